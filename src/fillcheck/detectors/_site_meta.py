"""A sharing site's metadata lines, read by their statistics rather than one site's wording.

A document-sharing page prints what it knows of a file around it: who uploaded it and
when, its pages, size, format, category, score, price, views and downloads, its
keywords (`上传者：lucky　页数：5　文档价格：5元`, `所属分类:工作总结 关键词:述职`), in any
order, in either script, with ASCII or full-width colons. A line is such a block when
it is a run of ``key: value`` fields and nothing else, two or more of them, every key
a field a site prints about a file, at least one of them a key only a site prints
(`上传者`, `下载次数`, `文档价格`; not `时间` or `格式`, which a meeting's minutes or a
form has too) or two tallies (`浏览`, `下载`, `评分`); or a single field with a site-only
key on a line of its own next to another such line. Values are short and hold no sentence.

Lines come from the document's view, where traditional script is folded to simplified.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Document
from ..scan import declare, declared_starts, literal_starts
from ._edge_words import PANEL_FIELDS
from ._meta_columns import BARE_STAMP, counted_stamps

# Keys only a sharing site prints about a file.
SITE_KEYS = frozenset(
    "文章日期 文章时间 发稿时间 已发表 发表于 发布于 小编"
    " 上传人 上传者 上传用户 上传时间 上传日期 上传于 贡献者 贡献时间 分享者 分享人 分享时间 发布者"
    " 文档页数 文档大小 文档格式 文档类型 文档分类 文档价格 文档评分 文档编号 文档ID 文档星级"
    " 文件大小 文件格式 文件类型 文件页数 资料大小 资料格式 资料类型 资料页数 资料价格 资料分类"
    " 资源大小 资源格式 资源类型 资源ID 资源分类 资源价格 全文页数 所属分类 所属栏目 所需积分"
    " 下载积分 下载次数 下载量 下载数 浏览次数 浏览量 浏览数 阅读次数 阅读量 阅读数 收藏次数"
    " 收藏数 评论数 点击次数 点击数 点击量 推荐度 文章标签 相关标签".split()
)
# Keys a site prints too, but a document's own fields share: with a site key, not alone.
SHARED_KEYS = frozenset(
    "时间 日期 格式 大小 类型 分类 栏目 作者 来源 编号 浏览 阅读 下载 收藏 评论 点击 更新"
    " 更新时间 发布时间 发布日期 语言 版本 适用 年级 学科 册别 地区 专题 编辑 责任编辑"
    " 人气 热度 售价 价格 星级 评分 字数 页数 关键词 关键字 标签".split()
)
# Keys of a blog's or a forum's profile panel: `性别: 男`, `来自: 上海`, `积分: 120`.
PROFILE_KEYS = PANEL_FIELDS | frozenset("性别 来自 博客等级 用户组 注册 最后登录 访问量".split())
# Shared keys that count something about a page: two of them make a site's tally line
# (`浏览:1234次 下载:56次 评分:4.5`), where a document's control header has one (`页数:12`).
COUNTER_KEYS = frozenset(
    "浏览 下载 阅读 收藏 评论 点击 评分 人气 热度 页数 字数 价格 售价 星级"
    " 访问量 积分 篇数 帖子 主题 精华".split()
)
# One field: a key (two to six Chinese characters, or `ID`), a colon, a short value.
FIELD = re.compile(
    r"(?P<key>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,5}|[A-Za-z]{2,4})"
    r"[ \t\u3000]*[:：][ \t\u3000]*"
    r"(?P<value>https?://\S{1,120}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|[^:：\n]{0,30}?)"
    r"(?=[ \t\u3000|｜/·•]*(?:[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,4})"
    r"[ \t\u3000]*[:：]|[ \t\u3000|｜]*$)"
)
KNOWN_KEYS = SITE_KEYS | SHARED_KEYS | PROFILE_KEYS
# A site object's word before a known key makes a key of the same kind: `博客积分` is a
# `积分`, `博客访问` a `访问量`, `文档下载` a `下载`.
OBJECTS = ("博客", "博文", "文档", "资料", "资源", "帖子", "网友", "技术", "个人")


def _known(key: str) -> str:
    """``key``, or the known key it ends with after a site object's word."""
    if key in KNOWN_KEYS or not key.startswith(OBJECTS):
        return key
    rest = key[2:]
    if rest in ("数量", "总数", "数"):
        return "篇数"  # `博文数量: 498`: a site's count of its objects
    for known in (rest, rest + "量", rest + "数"):
        if known in KNOWN_KEYS:
            return known
    return key


_LEAD = " \t\u3000•·-*|｜[]【】"
_PROSE = re.compile(r"[，。；！？,;!?]")
_MAX_LINE = 160


# A page's stamp before its fields: `2026-01-26 来源:… 浏览:…`, `2022-07-23 04:29:19`.
STAMP = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]+"
)
# A download listing's line: a stamp to the second, a file size, a few tags:
# `2025/6/22 20:39:33 589KB ftp组件 C#`.
LISTING = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}:\d{2}[ \t\u3000]+"
    r"\d{1,4}(?:\.\d{1,2})?[KMG]B(?:[ \t\u3000]+[^\s，。；]{1,16}){0,4}[ \t\u3000]*"
)


def _fields(line: str) -> list[tuple[str, str]] | None:
    """The (key, value) fields of a line made of fields and nothing else, else None; a
    page's stamp before them is the field ``("@", stamp)``."""
    body = line.strip(_LEAD)
    stamped = STAMP.match(body)
    if stamped:
        body = body[stamped.end() :]
    if not body or len(body) > _MAX_LINE or _PROSE.search(body):
        return None
    fields, at = [], 0
    for match in FIELD.finditer(body):
        if body[at : match.start()].strip(_LEAD):
            return None  # words between fields: not a metadata block
        key = match.group("key").replace(" ", "").replace("\u3000", "")
        fields.append((_known(key), match.group("value").strip()))
        at = match.end()
    if body[at:].strip(_LEAD) or not fields:
        return None
    return [*fields, ("@", stamped.group())] if stamped else fields


def _kind(fields: list[tuple[str, str]] | None) -> str | None:
    """``block`` for a line of site fields; ``strong`` or ``field`` for one field with a
    value, whose key a site prints (strong: only a site, or a tally)."""
    if not fields:
        return None
    stamped = fields[-1][0] == "@"
    keys = [key for key, _ in fields if key != "@"]
    if not keys:
        return None
    if len(keys) == 1 and not stamped:
        key, value = fields[0]
        if not value or key not in KNOWN_KEYS:
            return None
        if key in SITE_KEYS:
            # (a stamp with a clock alone on its line is FC210's time field)
            dated = key in DATED_KEYS and _DATE.search(value) and not _CLOCK.search(value)
            return "dated" if dated else "site"
        return "strong" if key in COUNTER_KEYS and _DIGIT.search(value) else "field"
    if not all(key in SITE_KEYS or key in SHARED_KEYS for key in keys):
        return None
    site = sum(key in SITE_KEYS for key in keys) + stamped  # a stamp is the page's own
    # A date and a tally with its number: `日期：2023-01-01 作者：… 阅读：100`.
    dated = any(_DATE.match(value) for _, value in fields)
    site += dated and any(key in COUNTER_KEYS and _DIGIT.search(v) for key, v in fields)
    if len(keys) >= 2 and (site >= 1 or sum(key in COUNTER_KEYS for key in keys) >= 2):
        return "block"
    return None


_TALLY_RUN = 3  # one-field lines of tallies alone (`积分: 2078`) make a column from three
# Site keys that stamp the page: alone at the head or tail of a text, with a date, they are
# the page's dateline (`文章日期:2020年5月24日`).
DATED_KEYS = frozenset("文章日期 文章时间 发稿时间 上传时间 上传日期 已发表 发表于 发布于".split())
_DATE = re.compile(r"\d{2,4}[-/.年]\d{1,2}")
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_EDGE_LINES = 3  # non-empty lines at the head or the tail of a text where a page's field stands


def _at_edge(text: str, start: int, end: int) -> bool:
    """Whether ``start``..``end`` is among the first or the last few non-empty lines."""
    head = text[:start].split("\n")
    tail = text[end:].split("\n")
    return (sum(bool(line.strip()) for line in head[-40:]) < _EDGE_LINES and len(head) <= 40) or (
        sum(bool(line.strip()) for line in tail[:40]) < _EDGE_LINES and len(tail) <= 40
    )


# A sharing site's tally line, tokens with no keys: a score, the uploader, a date, counts,
# the size, the pages and the price: `3.0 牛悦 2024-11-11 4 4 2.16MB 112 页 15积分`.

_TOKEN_KINDS = (
    ("date", re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")),
    ("clock", re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")),
    ("size", re.compile(r"\d{1,4}(?:\.\d{1,2})?[KMG]B?|[KMG]B")),
    ("pages", re.compile(r"(?:共)?\d{0,5}页")),
    ("price", re.compile(r"\d{0,5}(?:\.\d{1,2})?(?:积分|金币|下载券|财富值)")),
    ("number", re.compile(r"\d{1,7}(?:\.\d{1,2})?")),
    ("name", re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_#+]{0,7}")),
)


def _tally(line: str) -> bool:
    """Whether ``line`` is a site's tally line: a date, two of size, pages and price, and
    otherwise only numbers and at most two short names."""
    kinds = []
    for token in line.split():
        kind = next((k for k, pattern in _TOKEN_KINDS if pattern.fullmatch(token)), None)
        if kind is None:
            return False
        kinds.append(kind)
    goods = {"size", "pages", "price"} & set(kinds)
    return "date" in kinds and len(goods) >= 2 and kinds.count("name") <= 2


# A site's list of links after a site's list key: `热门城市:永康市律师 太原律师 滦南县律师 …`
# (`相关单位：市财政局 市发改委 …` and `推荐人选：…` are a document's own).
LINK_LIST = re.compile(
    r"^[ \t\u3000]*(?:(?:热门|相关)(?:城市|地区|搜索|标签|文章|专题|关键词|话题|推荐|阅读"
    r"|文档|范文))[ \t\u3000]*[:：][ \t\u3000]*"
    r"[^\s，。；,;:：]{1,12}(?:[ \t\u3000]+[^\s，。；,;:：]{1,12}){3,}[ \t\u3000]*$",
    re.MULTILINE,
)
LISTING_LINE = re.compile(rf"[ \t\u3000]*(?:{LISTING.pattern})")


# The words one of which a tally, a listing or a list of links holds.
GATE_WORDS = declare("fc208-meta", ("MB", "KB", "积分", "金币", "热门", "相关"))
# Colons are not declared to the shared scan: so common a character would lengthen every
# other family's filtering of its results; they are found with a scan of their own.
_COLONS = (":", "：")
_STAMP_FIRST = frozenset("0123456789 \t\u3000")
_GOODS = re.compile(r"[KMG]B|积分|金币|下载券")
_LIST_KEYS = ("热门", "相关")


def _lines_at(text: str, positions: Iterable[int]) -> list[tuple[int, int]]:
    """The (start, end) of each line holding one of ``positions``, ascending, once each."""
    lines: dict[int, int] = {}
    last_end = -1
    for at in positions:  # ascending
        if at <= last_end:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        last_end = end = len(text) if end < 0 else end
        lines[start] = end
    return list(lines.items())


def site_meta_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of the metadata lines of ``doc``: blocks, and one-field lines in a column of
    two or more such lines, one of them a site-only field or a tally."""
    text = doc.text
    found = {}  # start of line -> (end of line, kind)
    colons = ":" in text or "：" in text
    for start, end in _lines_at(text, declared_starts(doc, GATE_WORDS)):
        line = text[start:end]
        if len(line) > _MAX_LINE:
            continue
        if line.lstrip(" \t\u3000").startswith(_LIST_KEYS):
            if colons and LINK_LIST.fullmatch(line):
                found[start] = (end, "block")
        elif _GOODS.search(line) and (_tally(line) or (colons and LISTING_LINE.fullmatch(line))):
            found[start] = (end, "block")
    # one scan per colon (``str.find``): far faster than ``re`` looking for either of two
    colon_at = literal_starts(text, _COLONS) if colons else ()
    stamps = []  # lines that may be a listing's stamp and count (see _meta_columns)
    for start, end in _lines_at(text, colon_at):
        if start in found or end - start > 2 * _MAX_LINE or _PROSE.search(text, start, end):
            continue  # a sentence: `如下：…，…。`
        if kind := _kind(_fields(text[start:end])):
            found[start] = (end, kind)
        elif end - start <= 40 and text[start] in _STAMP_FIRST:  # a stamp's year or space
            stamps.append((start, end, text[start:end]))
    for start, end in counted_stamps(stamps):
        found[start] = (end, "block")
    for start, end, line in stamps:  # a stamp to the second alone, under a title or at the end
        if BARE_STAMP.fullmatch(line) and _at_edge(text, start, end):
            found[start] = (end, "block")
    spans = []
    run: list[tuple[int, int, str]] = []
    for start in [*sorted(found), -1]:
        if run and (start < 0 or start != run[-1][1] + 1):  # the column ends
            kinds = [kind for *_, kind in run]
            keep = (len(run) >= 2 and any(k in ("block", "site", "dated") for k in kinds)) or (
                len(run) >= _TALLY_RUN and "strong" in kinds
            )
            edge = len(run) == 1 and run[0][2] == "dated" and _at_edge(text, run[0][0], run[0][1])
            spans += [(s, e) for s, e, kind in run if keep or edge or kind == "block"]
            run = []
        if start >= 0:
            run.append((start, *found[start]))
    out = []
    for start, end in spans:
        line = text[start:end]
        body = line.strip(_LEAD)
        begin = start + line.index(body)
        out.append((begin, begin + len(body)))
    return out
