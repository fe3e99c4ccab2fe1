"""A sharing site's metadata printed as a row of bare values, or with English labels.

Not every site names its fields: many print a row of values whose units say what they
are, `2023-05-01 | 12页 | 3.5万字 | 下载 128`, `wmui / 3264人阅读`, a source glued to its
date (`data.gov.tw2025-03-22 收录`), or label them in English (`Pages: 12  Downloads: 128`).
A line is such a row when it is made of these values and nothing else: a date, a clock,
counts with a page's unit (页, 万字, 人阅读, 次下载), a tally word with its number
(`下载 128`), a file size, a file format, a site's address, a stamp verb (收录, 发布),
English labels with their values, and at most one short name. The row needs two kinds
of value, one of them a thing only a page says about a file (a tally, a size, a format,
a count of words or an English label) or a date with two counts; a document's own rows
(`2023年5月1日`, `共12页`, a table of bare numbers, a book's `320页 25万字` with no date)
stay silent. A title with such a row glued to its end (`述职报告 2023-05-01 12页 下载128`)
gives the row alone, when the row has three values.
"""

from __future__ import annotations

import re

from ..document import Document
from ..patterns import line_bounds
from ..scan import declare, declared_starts

_SEP = r"[ \t\u3000|｜/·•丨]"
_NUM = r"\d{1,7}(?:[.,]\d{1,3})?"
_NAME_END = r"(?:(?![\u4e00-\u9fffA-Za-z0-9_])|(?=\d{4}[-/.年]))"
# (kind, pattern) in the order tried at each position.
_KINDS = (
    ("date", r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日"),
    # a stamp relative to the reader's day: `3年以前`, `2小时前`, `刚刚`
    ("date", r"\d{1,3}\s?(?:秒|分钟|小时|天|周|个月|月|年)以?前|刚刚|昨天|前天"),
    ("clock", r"\d{1,2}:\d{2}(?::\d{2})?"),
    ("size", _NUM + r"\s?(?:[KMG]B|[KMG]|字节)(?![A-Za-z])"),
    # A counter with its label after the number: `23 浏览次数`, `0 喜欢次数`.
    ("counter", _NUM + r"\s?(?:浏览|阅读|下载|喜欢|点赞|收藏|评论|分享)(?:次数|量|数)"),
    (
        "tally",
        _NUM + r"\s?(?:万|千|k|w)?\s?(?:人|次)?(?:阅读|浏览|下载|收藏|点赞|评论|观看|围观)过?",
    ),
    (
        "tally",
        r"总?(?:阅读|浏览|下载|收藏|点赞|评论|热度|人气)(?:量|数|次数)?\s?[:：]?\s?"
        + _NUM
        + r"\s?(?:万|次)?",
    ),
    ("words", _NUM + r"\s?(?:万|千)字"),
    ("pages", r"(?:共)?" + _NUM + r"\s?页"),
    ("format", r"(?i:docx?|pdf|pptx?|xlsx?|txt|wps|rtf)(?![A-Za-z])"),
    ("site", r"(?:[a-z0-9-]{2,30}\.)+(?:com|cn|net|org|tw|hk|cc|top)(?![a-z])"),
    ("stamp", r"(?:收录|发布|更新|上传|发表)于?"),
    (
        "english",
        r"(?i:pages?|downloads?|views?|size|format|words?|uploaded(?: by| on)?|published(?: on)?"
        r"|upload date|file size|file type)\s?[:：]?\s?(?:" + _NUM + r"\s?(?:[KMG]B)?"
        r"|\d{4}-\d{1,2}-\d{1,2}|[A-Za-z]{2,5})(?![\w.])",
    ),
    # A name stops where a date glued to it starts: `魔搭社区2025-10-09`.
    ("name", r"[\u4e00-\u9fffA-Za-z_][\u4e00-\u9fffA-Za-z0-9_]{0,9}?" + _NAME_END),
)
KINDS = _KINDS  # the values a row is made of, for the columns of ``_meta_columns``
_TOKEN = re.compile("|".join(f"(?P<{kind}{i}>{p})" for i, (kind, p) in enumerate(_KINDS)))
_TAIL = re.compile(rf"(?:(?:{'|'.join(p for kind, p in _KINDS if kind != 'name')}){_SEP}*){{3,}}$")
_ONLY_SITE = {"tally", "counter", "size", "format", "words", "english", "site"}
_MAX_LINE = 160


_SEPS = re.compile(_SEP + "+")


def value_kinds(body: str, token: re.Pattern[str] = _TOKEN) -> list[str] | None:
    """The kinds of the values ``body`` is made of (``token``'s group names without their
    numbers), or None if anything else is in it."""
    kinds, at = [], 0
    while at < len(body):
        sep = _SEPS.match(body, at)
        if sep:
            at = sep.end()
            continue
        match = token.match(body, at)
        if not match or match.end() == at:
            return None
        kinds.append(match.lastgroup.rstrip("0123456789"))
        at = match.end()
    return kinds


def _row(kinds: list[str] | None) -> bool:
    """Whether the values make a site's metadata row."""
    if not kinds or kinds.count("name") > 1:
        return False
    if "counter" in kinds and all(kind in ("counter", "tally", "name") for kind in kinds):
        return True  # `23 浏览次数`, `提供建议 0 喜欢次数`: a page's counters and their button
    if len(kinds) < 2:
        return False
    values = [kind for kind in kinds if kind not in ("name", "stamp", "clock")]
    distinct = set(values)
    if not values or (len(kinds) == 2 and "name" not in kinds and len(distinct) < 2):
        return False
    if "english" in distinct:
        return kinds.count("english") >= 2 or len(distinct) >= 2
    site = distinct & _ONLY_SITE - {"words"}
    if site and len(distinct) >= 2:
        return True
    if site and "name" in kinds and len(values) == 1 and kinds[-1] == "tally":
        return True  # `wmui / 3264人阅读`: an author and a tally
    if kinds.count("stamp") >= 2 and values.count("date") >= 2:
        return True  # `更新 2025-10-09 收录 2025-01-25`: a page's two stamps
    if "site" in distinct and "date" in distinct:
        return True
    return "date" in distinct and len(distinct & {"pages", "words"}) == 2


GATE = declare(
    "fc208-rows",
    "页 万字 千字 阅读 浏览 下载 收藏 喜欢 点赞 KB MB 收录 Pages Downloads".split()
    + "views download Upload Post Published Category".split(),
)
_PROSE = re.compile(r"[，。；！？,;!?：:]")
_CLOCK = re.compile(r"\d:\d\d")
_LEAD = " \t\u3000•·-*|｜"
# Two or more English `key: value` fields and nothing else: `Pages: 12  Downloads: 128`.
_ENGLISH_FIELDS = re.compile(r"(?:[A-Za-z ]+[:：]\s?[^\s:：]+\s*){2,}")


def gated_lines(doc: Document):
    """(start, end) of each line holding a gate word, once per line."""
    text, last_end = doc.text, -1
    for at in declared_starts(doc, GATE):
        if at > last_end:
            start, last_end = line_bounds(text, at)
            yield start, last_end


def meta_rows(doc: Document) -> list[tuple[int, int]]:
    """Spans of the metadata rows of ``doc``: a whole line, or the row at a title's end."""
    text = doc.text
    out = []
    for start, end in gated_lines(doc):
        line = text[start:end]
        if len(line) > _MAX_LINE:
            continue
        body = line.strip(_LEAD)
        begin = start + line.find(body)
        if (":" in body or "：" in body) and not _CLOCK.search(body):
            # a tally's own colon (`总阅读数:3426 次`); a stamp with its clock is FC210's
            if _row(value_kinds(body)):
                out.append((begin, begin + len(body)))
                continue
        english = _ENGLISH_FIELDS.fullmatch(body)
        if not english and _PROSE.search(body):
            tail = _TAIL.search(body)
            if not tail or _PROSE.search(tail.group()):
                continue
        elif _row(value_kinds(body)):
            out.append((begin, begin + len(body)))
            continue
        tail = _TAIL.search(body)
        if tail and tail.start() > 0 and _row(value_kinds(tail.group())):
            lead = body[: tail.start()].rstrip()
            if lead and not lead[-1].isdigit():
                skip = len(tail.group()) - len(tail.group().lstrip(" \t\u3000|｜/·•丨"))
                out.append((begin + tail.start() + skip, begin + len(body)))
    return [(b, e) for b, e in out if e > b]


# One English field on a line of its own: `29 views`, `0 download`, `Post on 03-Sep-2019`,
# `Upload: others`. A column of three such lines (blank lines between allowed) is a
# viewer page's metadata; one alone is a document's own (`Published on 2020-01-01`).
_ENGLISH_LINE = re.compile(
    r"(?i:\d{1,7}(?:[.,]\d{1,3})?[kK]?\s?(?:views?|downloads?|pages?|likes?|comments?)"
    r"|(?:post(?:ed)?|upload(?:ed)?|published|updated)(?: on| by| date)?\s?[:：]?\s?\S[^:：]{0,30}"
    r"|(?:category|author|uploader|views|downloads|pages|size|format)\s?[:：]\s?\S[^:：]{0,30})"
)
# A key with its value on the next line (`Category:` then `Documents`): in a column, not
# counted towards its three lines.
_EMPTY_KEY = re.compile(r"(?i:category|author|uploader|tags?)\s?[:：]")
_COLUMN = 3
_GAP = 2  # other lines (a bare label, its value) allowed between two lines of a column


def _apart(text: str, end: int, start: int) -> bool:
    """Whether two lines are too far apart to be of one column."""
    between = text[end:start].split("\n")[1:-1]
    return len(between) > 4 * (_GAP + 1) or sum(bool(b.strip()) for b in between) > _GAP


def _value_after(text: str, end: int) -> tuple[int, int]:
    """The next non-empty line after ``end``, the value of a key standing alone."""
    rest = text[end:]
    body = next((line for line in rest.split("\n")[1:] if line.strip()), "")
    begin = end + rest.find(body) if body else end
    return (begin, begin + len(body)) if 0 < len(body) <= 20 else (end, end)


def english_column(doc: Document) -> list[tuple[int, int]]:
    """Spans of the lines of a column of one-field English metadata lines."""
    text = doc.text
    found = []
    for start, end in gated_lines(doc):
        body = text[start:end].strip(_LEAD)
        if len(body) <= 40 and (_ENGLISH_LINE.fullmatch(body) or _EMPTY_KEY.fullmatch(body)):
            begin = start + text[start:end].find(body)
            found.append((begin, begin + len(body)))
    out, run = [], []
    for span in [*found, None]:
        if run and (span is None or _apart(text, run[-1][1], span[0])):
            fields = [(b, e) for b, e in run if not _EMPTY_KEY.fullmatch(text, b, e)]
            if len(fields) >= _COLUMN:
                out += run + [_value_after(text, e) for b, e in run if (b, e) not in fields]
            run = []
        if span is not None:
            run.append(span)
    return [(b, e) for b, e in out if e > b]
