"""A page's stamp lines, read by their shape in the blocks around a text's paragraphs.

A page prints when it was posted and how long it reads above the text it carries, in
whatever wording its theme chose: `2022-11-09 21:53:22`, `2012.04.16 更新`,
`2024/04/14阅读时间约 2 分钟`, `时间:2022-05-06 12:23:24 初中数学 我要投稿`, a date split
over lines (`25` / `2025` / `03` / `22:27:41`), a field line naming who published it
(`类型:阅读推广 单位: 教资中心 日期:2013/5/7 发布人:教资中心`). None of these needs a
site's word: the shape is a date with a clock, an update word or a reading time, and the
place is the page's head (the lines before the first paragraph) or its tail (the lines
after the last). A document writes its own dates in sentences or with a key of its own
(`会议时间：2023年5月6日`), and a person writes the minute at most, never the second.

Only the first and last few lines of a text are read; lines come from the document's
view, where traditional script is folded to simplified.
"""

from __future__ import annotations

import re

from ..document import Document
from ._edge_shape import shape
from ._edge_tokens import EDGE, META, SURE, WEAK

_SP = r"[ \t\u3000]"
_ISO = r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
_CJK_DAY = r"(?:19|20)\d{2}年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日"
_DAY = rf"(?:{_ISO}|{_CJK_DAY})"
_MINUTE = r"(?:[01]?\d|2[0-3]):[0-5]\d"
_SECOND = rf"{_MINUTE}:[0-5]\d"
# A page's stamp alone: a day with a clock to the second, which no one writes by hand
# (a meeting's `2023-12-22 14:30` under its title is the text's own).
_STAMP = rf"(?:{_ISO}{_SP}+{_SECOND}|{_CJK_DAY}{_SP}*{_SECOND})"
_VERB = r"(?:发表|发布|更新|编辑|上传|修改|收录|投稿)(?:于|时间|日期)?"
# How long a page reads or how many characters it holds: `阅读时间约 2 分钟`,
# `需浏览 20分钟`, `共 9778字`.
_READ = (
    rf"(?:(?:阅读|浏览)(?:时间|时长)?(?:约|大约)?{_SP}*\d{{1,3}}{_SP}*(?:分钟|min)"
    rf"|(?:需|预计)(?:阅读|浏览)?{_SP}*\d{{1,3}}{_SP}*分钟"
    rf"|共{_SP}*\d{{1,3}}(?:,?\d{{3}})?{_SP}*字)"
)
_SEP = rf"(?:{_SP}|[|｜·•,，])*"
_LEAD = " \t\u3000•·-*|｜"

# A stamp alone (`2022-11-09 21:53:22`), a day with its verb after it (`2012.04.16 更新`),
# or a stamp with its clock after its verb (`更新于 2012.04.16 10:21`). A verb's key before a
# bare day is a document's own too (a standard's `发布日期：2020-10-21`).
STAMP_LINE = re.compile(
    rf"{_STAMP}|{_DAY}{_SP}*{_VERB}|{_VERB}{_SP}*[:：]?{_SP}*{_DAY}{_SP}+{_MINUTE}(?::[0-5]\d)?"
)
# A reading time, with the page's day before it: `2024/04/14阅读时间约 2 分钟`,
# `共 9778字,需浏览 20分钟`. Read on any short line.
READ_LINE = re.compile(rf"(?:{_DAY}{_SEP})?{_READ}(?:{_SEP}{_READ})*(?:{_SEP}{_DAY})?")
# A stamp to the second, keyed or not, opening a line of words with no sentence in it:
# `时间:2022-05-06 12:23:24 初中数学 我要投稿`.
SECOND_LEAD = re.compile(
    rf"(?:(?:发布|更新|发表|上传)?(?:时间|日期){_SP}*[:：]{_SP}*)?"
    rf"(?:(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_CJK_DAY}){_SP}*{_SECOND}"
)
_URL = re.compile(r"https?://\S+")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_SENTENCE = re.compile(r"[。！？；!?;]")
# Keys naming who put a page up; a line of fields with one of them and a date is the page's.
ROLE_KEYS = frozenset(
    "发布人 发布者 发稿人 发布单位 发布部门 发布机构 录入 录入者 录入人 审核 审核人 审稿"
    " 供稿 撰稿 通讯员".split()
)
# Keys of a page's read counter: with a number, one of them and another field are the page's.
READS_KEYS = frozenset(
    "点击 点击数 点击率 点击量 浏览 浏览次数 浏览量 阅读 阅读次数 阅读量".split()
)
SOURCE_KEYS = frozenset("来源 出处 文章来源 信息来源 稿源".split())
# A key glued to the number before it: `文档序号:6363659阅读:163来源:国知局`.
_GLUED_KEY = re.compile(r"(?<=\d)(?=[\u4e00-\u9fff]{2,5}[:：])")
_FIELD = re.compile(
    r"(?P<key>[\u4e00-\u9fff]{2,5})[ \t\u3000]*[:：][ \t\u3000]*(?P<value>[^:：\s]{0,24})"
    r"(?=[ \t\u3000|｜/]*(?:[\u4e00-\u9fff]{2,5}[ \t\u3000]*[:：]|$))"
)
_DATE_VALUE = re.compile(rf"{_DAY}|(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}")
# Lines of a date split one part to a line at a page's head: `25` / `2025` / `03` / `22:27:41`.
_PART = re.compile(rf"\d{{1,4}}|{_MINUTE}(?::[0-5]\d)?")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CLOCK = re.compile(_MINUTE)

# A line that introduces the data under it: `请求记录如下:`, `记录时间如下：`.
_INTRO = re.compile(
    r"(?:如下|以下|下列|下面|如|为|是)[ \t\u3000]*[:：][ \t\u3000]*$|.{9,}[:：][ \t\u3000]*$"
)
_EDGE = 3  # non-empty lines at either end where FC210 reads a post's stamp
_REACH = 16  # non-empty lines of a head or a tail block at most
_LOOK = 60  # lines read from either end
_MAX_LINE = 200
_PROSE_MIN = 12  # Chinese characters of a line that is a paragraph when it exclaims
_SHORT_PROSE = 4  # Chinese characters of a short sentence (`请求成功。`)
# A sentence's stop right after a Chinese character; an exclamation only ends a long line
# (a site's banner exclaims: `欢迎来到尧图网站建设!`).
_STOP = re.compile(r"[^\s。？][。？]|[\u4e00-\u9fff][.?](?:[ \t]|$)")
_EXCLAIM = re.compile(r"[\u4e00-\u9fff][！!]")


def _lines(text: str, step: int) -> list[tuple[int, int]]:
    """The first (``step`` 1) or last (-1) ``_LOOK`` lines of ``text`` as (start, end), in
    reading order from that end."""
    out = []
    if step > 0:
        at = 0
        while at <= len(text) and len(out) < _LOOK:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            out.append((at, end))
            at = end + 1
    else:
        end = len(text)
        while end >= 0 and len(out) < _LOOK:
            start = text.rfind("\n", 0, end) + 1
            out.append((start, end))
            end = start - 1
    return out


def _prose(line: str) -> bool:
    """Whether ``line`` is a paragraph of the text: enough Chinese and a sentence's stop
    after a word or a figure (an exclamation only on a long line). A page's short lines (a
    breadcrumb, a keyword chain, a spam line of comma-joined phrases, a title) end no
    sentence."""
    han = sum("\u4e00" <= c <= "\u9fff" for c in line)
    if han >= _PROSE_MIN:
        return bool(_STOP.search(line) or _EXCLAIM.search(line))
    return han >= _SHORT_PROSE and bool(_STOP.search(line))


def edge_block(text: str, step: int) -> list[tuple[int, int]]:
    """The non-empty lines before the first paragraph (``step`` 1) or after the last (-1),
    in reading order from that end; none when no paragraph stands within ``_REACH``
    non-empty lines of that end."""
    block = []
    for start, end in _lines(text, step):
        line = text[start:end]
        if not line.strip():
            continue
        if _prose(line):
            return block
        if len(block) >= _REACH:
            break
        block.append((start, end))
    return []  # no paragraph near that end: a list, a form or a line, not a page's head


def _role_fields(body: str) -> bool:
    """Whether ``body`` is made of two or more fields, one a date and one keyed by a role
    or a read counter, or one a read counter with its number."""
    body = _GLUED_KEY.sub(" ", body)
    fields, at = [], 0
    for match in _FIELD.finditer(body):
        if body[at : match.start()].strip(_LEAD):
            return False
        fields.append((match.group("key"), match.group("value")))
        at = match.end()
    if len(fields) < 2 or body[at:].strip(_LEAD):
        return False
    dated = any(_DATE_VALUE.fullmatch(value) for _, value in fields)
    read = any(key in READS_KEYS and value.isdigit() for key, value in fields)
    sourced = any(key in SOURCE_KEYS for key, _ in fields)
    if read and (dated or sourced):
        return True  # `文档序号:6363659 阅读:163 来源:国知局` (a report card's `阅读：88` is not)
    # (`日期：2023-01-01 阅读：全体党员` names who reads a circular, not how many did)
    return dated and (read or any(key in ROLE_KEYS for key, _ in fields))


# A post's row in a listing or over its text: the poster or the column, the site, the day
# and the views, parted by spaces (`符法    道教网    2022-10-21    140`, `技术2022-05-11  107`).
_ROW_DAY = re.compile(rf"(?P<word>[\u4e00-\u9fff]{{1,6}})?{_ISO}")
_ROW_COUNT = re.compile(r"\d{1,7}")
_ROW_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_.]{0,7}")


def post_row(body: str) -> bool:
    """Whether ``body`` is a post's row: one day (a short word may be glued before it),
    one or two bare counts after it, and at most two short words, parted by spaces."""
    tokens = body.split()
    days = [i for i, token in enumerate(tokens) if _ROW_DAY.fullmatch(token)]
    if len(days) != 1 or len(tokens) > 5:
        return False
    counts = [i for i, token in enumerate(tokens) if _ROW_COUNT.fullmatch(token)]
    words = [t for i, t in enumerate(tokens) if i not in days and i not in counts]
    after = all(i > days[0] for i in counts)
    return (
        1 <= len(counts) <= 2
        and after
        and len(words) <= 2
        and all(_ROW_WORD.fullmatch(word) for word in words)
    )


# An author's picture named by its alternative text, the name after it again with a role:
# `史, 昂的头像史, 昂数式管理员`, `Alicja Duszejko avatar`.
AVATAR = re.compile(
    r"(?P<name>[^，。；！？\n]{1,12}?)的头像(?P=name)[^\s，。；！？]{0,12}"
    r"|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){0,2} avatar"
)


def _stamp_line(body: str) -> bool:
    """Whether ``body`` (a stripped line of a head or tail block) is the page's stamp."""
    if len(body) > _MAX_LINE or _SENTENCE.search(body):
        return False
    if STAMP_LINE.fullmatch(body) or READ_LINE.fullmatch(body) or post_row(body):
        return True
    lead = SECOND_LEAD.match(body)
    if lead and not _LATIN_WORD.search(_URL.sub("", body[lead.end() :])):
        return True  # (a log's line goes on in English: `… INFO Starting server`)
    return ("：" in body or ":" in body) and _role_fields(body)


def _split_date(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a date split one part to a line that opens the text: three to five
    bare numbers and a clock, one of the numbers a year."""
    run = []
    for start, end in block:
        if not _PART.fullmatch(text[start:end].strip()):
            break
        run.append((start, end))
    parts = [text[s:e].strip() for s, e in run]
    if not 3 <= len(run) <= 5 or not any(_YEAR.fullmatch(p) for p in parts):
        return []
    return run if any(_CLOCK.fullmatch(p.rsplit(":", 1)[0]) or ":" in p for p in parts) else []


# A blog's date header on a text's first line: `2019年9月23日 星期一` over the post's title.
_WEEKDAY_HEAD = re.compile(rf"{_DAY}{_SP}*(?:星期|礼拜|周)[一二三四五六日天]")


def _dated_head(text: str, head: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a date header with its weekday on the text's first non-empty line, when
    a title (not a paragraph: a diary writes its day over its first sentence) follows."""
    start, end = head[0]
    body = text[start:end].strip(_LEAD)
    if not _WEEKDAY_HEAD.fullmatch(body) or len(head) < 2 or text.find("\n", 0, start) >= 0:
        return None
    begin = start + text[start:end].index(body)
    return begin, begin + len(body)


def head_stamps(doc: Document) -> list[tuple[int, int]]:
    """Spans of the page's stamp lines in the head and tail blocks of ``doc``, and of the
    reading-time lines anywhere in them."""
    text = doc.text
    if not any(c.isdigit() for c in text[:4000]) and not any(c.isdigit() for c in text[-4000:]):
        return []
    head = edge_block(text, 1)
    tail = edge_block(text, -1)
    found = set(_split_date(text, head))
    if head and (dated := _dated_head(text, head)):
        found.add(dated)
    for block in (head, tail[::-1]):
        for i, (start, end) in enumerate(block):
            line = text[start:end]
            body = line.strip(_LEAD)
            if not body:
                continue
            if AVATAR.fullmatch(body):  # a picture's text: no stamp, but the page's panel
                begin = start + line.index(body)
                found.add((begin, begin + len(body)))
                continue
            if not any(c.isdigit() for c in body) or not _stamp_line(body):
                continue
            if i and _INTRO.search(text[block[i - 1][0] : block[i - 1][1]]):
                continue  # data a line introduces: `请求记录如下:` / `2023-01-01 12:00:00 200`
            if _fc210_stamp(text, block, i):
                continue  # a post's stamp on the edge line: FC210 reads it
            begin = start + line.index(body)
            found.add((begin, begin + len(body)))
    return sorted(found)


_PAGE_SHAPES = (SURE, META, WEAK, EDGE)  # a line FC210 reads as a page's, not a form's field


def _fc210_stamp(text: str, block: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` of ``block`` is a stamp FC210 reads: shaped as a page's field
    on a text's edge lines, alone there or beside another line of a page's shape."""
    start, end = block[i]
    kind = shape(text[start:end])
    if kind not in (SURE, META) or not _edge_line(text, start, end):
        return False
    if kind == SURE or _edge_line(text, start, end, 1):
        return True
    near = [block[j] for j in (i - 1, i + 1) if 0 <= j < len(block)]
    return any(shape(text[s:e]) in _PAGE_SHAPES for s, e in near)


def _edge_line(text: str, start: int, end: int, reach: int = 0) -> bool:
    """Whether ``start``..``end`` is among the first or last ``reach`` (``_EDGE``)
    non-empty lines."""
    reach = reach or _EDGE
    before = text[max(0, start - 2000) : start].split("\n")
    after = text[end : end + 2000].split("\n")
    return (
        sum(bool(x.strip()) for x in before) < reach or sum(bool(x.strip()) for x in after) < reach
    )
