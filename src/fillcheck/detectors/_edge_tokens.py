"""The tokens of a line of site machinery, each given a kind and points.

A line is cut into tokens at spaces, bars and middle dots (`发表于 2010-5-26
13:51:42 | 显示全部楼层`, `陈恒捷 · 2015年03月22日 · 4270 次阅读`). Each token
is a field (`查看: 124597`, `發刊日期:2005-06-06`), a date, a clock, a counter
(`4270次阅读`, `需浏览 26分钟`), a stamp word (`发表于`), a form or button
word, a user handle, a short word, or nothing a site writes. :func:`read_fields`
sums them into the kind of the line (see ``_edge_shape``).
"""

from __future__ import annotations

import re

from ._edge_words import (
    KEY_ENDS,
    LINK_KEYS,
    LIST_KEYS,
    STAMP_WORDS,
    TIME_KEYS,
    UI_WORDS,
    WEB_KEYS,
)

SURE, META, WEAK, EDGE = "sure", "meta", "weak", "edge"
# An empty field of a form (`书名:`): weak in a column of such fields, else nothing (`同志们:`).
FIELD = "field"

TOKENS = re.compile(r"[ \t　|｜·•,，!！]+")
KEY = re.compile(r"(?:TAG|Tag|tag)?([\u4e00-\u9fff]{1,8}|[A-Z]{2,6})[:：](.*)")
ISO = re.compile(r"\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")
MONTH_DAY = re.compile(r"\d{1,2}-\d{1,2}")
CDATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
COUNT = re.compile(
    r"共?\d{1,7}(?:页|P|次浏览|次阅读|人阅读|次查看|次下载|人已下载|人下载|字|KB|MB|K|M)"
    r"|(?:需|预计)?(?:浏览|阅读)(?:时间|时长)?\d{1,3}分钟"
    r"|\d{1,7}[个条人次]?(?:回答|评论|留言|回复|点赞|关注|粉丝|访问)"
    # `1.2万阅读`, `阅读1.2w`, `3.5k人看过`, a price in a site's coins: `8金币`, `2下载券`
    r"|\d{1,5}(?:\.\d{1,2})?[万千kKwW]?(?:次阅读|阅读|浏览|人看过|人浏览|次播放|播放)"
    r"|(?:阅读|浏览|点击|播放|访问|下载)(?:量|数|次数)?\d{1,5}(?:\.\d{1,2})?[万千kKwW]"
    r"|\d{1,5}(?:\.\d{1,2})?(?:金币|下载券|财富值|点券|积分)"
)
# A time a page gives from now: `3天前`, `2小时前`, `刚刚`, `昨天 10:12`.
RELATIVE = re.compile(r"\d{1,3}(?:秒|分钟|小时|天|周|个月|年)前|刚刚|昨天|前天")
HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.@-]{1,19}")
# A counter a viewer prints by a button: `阅读(123)`, `评论（0）`.
TALLY = re.compile(r"(?:阅读|浏览|评论|点赞|收藏|下载|分享|赞)[(（]\d{1,7}[)）]")
# An entry of a site's category menu: `办公文档>`, `PPT模板»`.
MENU = re.compile(r"[^\s>»›]{1,10}[>»›]")

WORD = re.compile(r"[\u4e00-\u9fff]{1,8}")
# A date glued to the names after it, a byline a page prints under a title: `2021-09-05刘四维`.
DATED_NAMES = re.compile(r"\d{4}-\d{1,2}-\d{1,2}[\u4e00-\u9fff]{2,12}")
# A handle glued to a date, as a page's spans run together: `admin22025-06-28`.
HANDLE_DATE = re.compile(r"[A-Za-z][A-Za-z_]{1,15}\d{0,3}?\d{4}-\d{1,2}-\d{1,2}")
# A field's value that is a count (`博客积分: 2078`, `帖子: 35`) or nothing yet (`书名:`).
FIELD_COUNT = re.compile(r"\d{1,9}(?:\.\d+)?[个次人篇条分天]?|")
_FIELD_KEY_LEN = 6
# An entry of a side bar's list with its count: `全部博文(498)`, `2017年(1)`, `工作总结(35)`.
LISTED = re.compile(r"[^\s()（）:：,，。]{1,12}[(（]\d{1,6}[)）]")

# A key whose letters a form spaced out to a column's width: `书    名 :`, `I  S  B  N:`.
SPACED_KEY = re.compile(r"([\u4e00-\u9fffA-Z](?:[ \t　]+[\u4e00-\u9fffA-Z]){1,5})[ \t　]*(?=[:：])")

# Small marks of a page: an anchor `:::`, a logo, a forum rank `[LV.8]以坛为家I`, a client's IP.
MARK = re.compile(
    r":{1,3}|[^\s]{0,20}?[-_ ]?(?:LOGO|logo|Logo)|\[(?:LV|Lv|lv)\.?\d{1,2}\][^\s]{0,8}"
    r"|[(（]?\d{1,3}(?:\.\d{1,3}){3}[)）]?"
    r"|![a-z_]{3,30}!"  # a template's variable the page never filled: `!header_login!`
)

# A byline's fields: a site's only on a line with a date (`来源:新华网` alone is the news's own).
BYLINE_KEYS = frozenset("来源 作者 信息来源 文章来源 撰稿 编辑 责任编辑".split())
_BYLINE_LEN = 16

_BRACKETS = re.compile(r"(?<=[】\]])(?=[【\[])")  # `【打印本页】【关闭窗口】`
_KEY_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t　]+(?=[:：])")  # `出版时间 :`
_COLON_SPACE = re.compile(r"([:：])[ \t　]+(?=[^\s:：])")
_NUMBER_SPACE = re.compile(
    r"(?<=\d)[ \t　]+(?=(?:次|人|字|页|分钟|条留言|条评论)(?![^\s]*[:：]))"
    r"|(?<=共|览|读)[ \t　]+(?=\d)"
)
_CLOCK_WORD = re.compile(r"(?<=\d:\d{2}:\d{2})(?=[\u4e00-\u9fff])(?![次人字页分])")
# Points a metadata line needs to be residue by its shape alone, and to let pass one
# token of another kind (`文档格式:.doc 文档大小:34.5K 文档页数:5页 顶/踩数:0/0`).
_SURE_POINTS = 4
_TOLERANT_POINTS = 6
_VALUE_LEN = 24
_MAX_WORDS = 3


# What a token needs to be anything but a plain run of words: a digit, a Latin letter,
# a colon, a bracket, an arrow or a mark.
_MARKED = re.compile(r"[0-9A-Za-z:：>»›(（\[【!！|｜·@._-]")
_PLAIN_LEN = 12


def _token(token: str) -> tuple[str | None, int]:
    """The kind of one (folded) token of a line and the points it scores."""
    if len(token) > _PLAIN_LEN and _MARKED.search(token) is None:
        return None, 0  # a run of words longer than any field, button or stamp
    if token.strip("[]【】").rstrip(":：?？!！") in UI_WORDS or MENU.fullmatch(token):
        return WEAK, 1
    if token in STAMP_WORDS:
        return "key", 2
    if match := KEY.fullmatch(token):
        return _field(*match.groups())
    if ISO.fullmatch(token):
        return "date", 1
    if CLOCK.fullmatch(token):
        return "clock", 1
    if COUNT.fullmatch(token) or TALLY.fullmatch(token):
        return "count", 2
    if HANDLE_DATE.fullmatch(token):
        return "key", 3  # `admin22025-06-28`: a poster's handle glued to the day it posted
    if DATED_NAMES.fullmatch(token) or LISTED.fullmatch(token):
        return WEAK, 0  # `2021-09-05刘四维`, `全部博文(498)`: a site's only next to residue
    if HANDLE.fullmatch(token) or MARK.fullmatch(token):
        return WEAK, 0
    if CDATE.fullmatch(token) or RELATIVE.fullmatch(token):
        return "date", 1  # `2023年01月01日 10:10` with its clock is a stamp; alone, the text's
    if WORD.fullmatch(token):
        return "word", 0
    return None, 0


# A value that is a template's bracketed slot: `[具体日期]`, `【填写日期】`, `{date}`.
_SLOT_VALUE = re.compile(r"\[[^\[\]]{1,20}\]|【[^【】]{1,20}】|\{[^{}]{1,20}\}")


def _field(key: str, value: str) -> tuple[str | None, int]:
    """A ``key:value`` token: a site's field, a form's word, or nothing of a site's."""
    if key in UI_WORDS:
        return WEAK, 1
    if _SLOT_VALUE.fullmatch(value):
        return None, 0  # `日期:[具体日期]`: a template's slot, a form's field
    timed = key in TIME_KEYS or key.endswith(("时间", "日期"))
    if key in BYLINE_KEYS and len(value) <= _BYLINE_LEN:
        return "byline", 1  # a site's field only beside a date: `2024-07-16 来源:个人…`
    if not (key in WEB_KEYS or timed or key.endswith(KEY_ENDS)):
        if len(key) <= _FIELD_KEY_LEN and FIELD_COUNT.fullmatch(value):
            return (WEAK if value else FIELD), 0  # `博客积分:2078`; `书名:`, an empty field
        return None, 0
    if timed and MONTH_DAY.fullmatch(value):
        return "key", 1  # `日期:08-02`: an e-paper's page stamp, the year in its header
    if timed and value and not ISO.fullmatch(value):
        # `时间:2023年1月6日` is a meeting's; `时间:` with no date is a site's empty field
        return (None, 0) if any(c.isdigit() for c in value) else ("key", 1)
    if len(value) > _VALUE_LEN and not (key in LINK_KEYS and value.startswith("http")):
        return None, 0
    if key in LIST_KEYS or key.endswith("标签"):
        return "list", 2  # `标签:工作总结 述职报告 …`: the words after it are its values
    return "key", 2 if key in WEB_KEYS else 1


# A clock to the second: a site's machine stamp; a person writes `14:00`, not `12:12:56`.
SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_STAMP_TOKENS = 5
_HANDLE_LEN = 16


def _site_stamp(tokens: list[str], scored: list[tuple[str | None, int]]) -> bool:
    """True for a date and a clock to the second with a site's word by them: a post's stamp
    (`时间:2021-10-27 12:12:56 演讲稿`, `千问 | 2008-3-7 19:54:07 | 显示全部楼层`).

    The word is one short word (the poster, the column) or a site's field or button; a
    handle is not enough (`2021-10-27 12:12:56 INFO` is a log's line). After a stamp word
    the poster's name may be anything short (`你离开我真会死。 提交于 2020-03-10 23:48:38`).
    """
    if len(tokens) > _STAMP_TOKENS or not any(SECONDS.fullmatch(token) for token in tokens):
        return False
    at = next(i for i, token in enumerate(tokens) if SECONDS.fullmatch(token))
    before = tokens[at - 1] if at else ""
    key, _, value = before.replace("：", ":").rpartition(":")
    if not ISO.fullmatch(value):
        return False
    others = [(kind, point) for i, (kind, point) in enumerate(scored) if i not in (at, at - 1)]
    if key:  # a page's field with a clock to the second in it
        if key in WEB_KEYS:
            return all(kind is not None for kind, _ in scored)  # `发布时间:… 10:27:05 …`
        # `时间:2021-10-27 12:12:56 演讲稿`, `时间:… | 来源:…`, or alone to a second no one
        # writes by hand
        # (`时间:2016-12-05 10:09:27`; `时间:2022-05-14 09:10:00` may be a record's)
        if key not in TIME_KEYS:
            return False
        if not others:
            return not tokens[at].endswith(":00")
        words = sum(kind == "word" for kind, _ in others)
        return words <= 1 and all(kind is not None for kind, _ in others)
    if at >= 2 and tokens[at - 2] in STAMP_WORDS:
        return len(others) <= 2 and all(len(token) <= _HANDLE_LEN for token in tokens[: at - 2])
    if not others:
        return False  # a date and its clock alone: a stamp, but maybe the text's own
    words = sum(kind == "word" for kind, _ in others)
    return words <= 1 and all(kind == "word" or point > 0 for kind, point in others)


def read_fields(body: str) -> str | None:
    """The kind of a line read token by token: a metadata line, a weak line, or None."""
    if ":" in body or "：" in body:
        body = SPACED_KEY.sub(lambda m: re.sub(r"[ \t　]+", "", m.group(1)), body, count=1)
        body = _KEY_SPACE.sub("", body)
    glued = _NUMBER_SPACE.sub("", _COLON_SPACE.sub(r"\1", _BRACKETS.sub(" ", body)))
    glued = _CLOCK_WORD.sub(" ", glued)  # `00:00:00转载`: a stamp's verb glued to its clock
    tokens = [token for token in TOKENS.split(glued) if token]
    scored = [_token(token) for token in tokens]
    if _site_stamp(tokens, scored):
        return SURE
    kinds = [kind for kind, _ in scored]
    points = sum(point for _, point in scored)
    if "list" in kinds:
        return SURE if kinds[0] == "list" and points >= _SURE_POINTS else META
    if not kinds or kinds.count(None) > (1 if points >= _TOLERANT_POINTS else 0):
        return None  # one token no site writes is let pass on a line of many fields
    kinds = [kind for kind in kinds if kind is not None]
    if "byline" in kinds:
        if "date" not in kinds and "clock" not in kinds and "key" not in kinds:
            return None  # `来源:新华网`, `作者:张三`: a byline of the document's own
        kinds = ["key" if kind == "byline" else kind for kind in kinds]
    if "key" in kinds:
        if kinds.count("word") > _MAX_WORDS:
            return None
        return SURE if points >= _SURE_POINTS else META
    if "word" in kinds or kinds.count("date") == len(kinds):
        return None  # a heading, or a date on its own: the document's own
    if FIELD in kinds:
        return FIELD if len(kinds) == 1 else WEAK
    return SURE if points >= _SURE_POINTS and len(kinds) > 1 else WEAK
