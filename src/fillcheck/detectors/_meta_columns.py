"""A page's metadata printed one value to a line: a column of bare values around a tally.

A blog or a tutorial site prints what it knows of a post above its text, one value to a
line: the author, a stamp, a tag and a tally (`咔咔` / `发布: 2020-11-06 16:21:33` /
`原创` / `5274 人浏览过`; `原创` / `02/03 12:00` / `阅读数 68`). No line of such a column is
a row on its own, but the lines together are the same row ``_site_meta_rows`` reads on one
line. A column is the run of adjacent non-empty lines around a line holding a tally, every
line short and made of row values and nothing else; it is a page's metadata when the run
holds a tally and a stamp (a date or a clock) and at most one name. A journal's dates
(`出版日期:` / `2025-03-01`) hold no tally, a signature (`张三` / `2023年5月1日`) neither.

A listing prints a post's stamp and its count on one line under each entry
(`2025-10-14 10:23:07 594`): a stamp to the minute and bare numbers, nothing else. One such
line may be a log's; two of them, apart, are a listing's rows. A stamp to the second with
a name and nothing else (`2019-07-29 09:47:58龚显卿`) is a post's stamp and its author.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..document import Document
from ._site_meta_rows import KINDS, gated_lines, value_kinds

# Row values a column adds to those of a row: a tag a site puts on a post, a stamp word
# with its colon (`发布:`), a month and day before a clock (`02/03 12:00`).
_EXTRA = (
    ("tag", r"原创|转载|翻译|首发|独家"),
    ("stamp", r"(?:发布|更新|上传|发表|编辑)(?:于|时间|日期)?\s?[:：]"),
    ("date", r"\d{1,2}[-/]\d{1,2}(?=[ \t\u3000]+\d{1,2}:\d{2})"),
)
_TOKEN = re.compile(
    "|".join(f"(?P<{kind}{i}>{p})" for i, (kind, p) in enumerate((*_EXTRA, *KINDS)))
)
_LEAD = " \t\u3000•·-*|｜"
_MAX_CELL = 30  # characters of one line of a column
_MAX_NAME = 4  # characters of an author's Chinese name on a line of its own
_REACH = 4  # lines of a column on either side of its tally


def _cell(text: str, start: int, end: int) -> list[str] | None:
    """The kinds of the line ``start``..``end`` when it can be a line of a column."""
    body = text[start:end].strip(_LEAD)
    if not body or len(body) > _MAX_CELL:
        return None
    kinds = value_kinds(body, _TOKEN)
    if kinds == ["name"] and len(body) > _MAX_NAME and not body.isascii():
        return None  # a title right above the column (`工作总结范文`), not its author
    return kinds


def _column(kinds: list[str]) -> bool:
    """Whether a run of lines with these kinds is a page's metadata."""
    stamped = "date" in kinds or "clock" in kinds
    return "tally" in kinds and stamped and kinds.count("name") <= 1


def _line_at(text: str, start: int, step: int) -> tuple[int, int] | None:
    """The line before (``step`` -1) or after (+1) the line starting at ``start``."""
    if step < 0:
        if start == 0:
            return None
        end = start - 1
        return text.rfind("\n", 0, end) + 1, end
    end = text.find("\n", start)
    if end < 0:
        return None
    after = text.find("\n", end + 1)
    return end + 1, len(text) if after < 0 else after


def _run(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[str]] | None:
    """The column around the line ``start``..``end``: its lines and their kinds."""
    kinds = _cell(text, start, end)
    if kinds is None or "tally" not in kinds:
        return None
    lines, found = [(start, end)], list(kinds)
    for step in (-1, 1):
        at = start
        for _ in range(_REACH):
            line = _line_at(text, at, step)
            if line is None:
                break
            cell = _cell(text, *line)
            if cell is None:
                break
            lines.append(line)
            found += cell
            at = line[0]
    return sorted(lines), found


def meta_columns(doc: Document) -> list[tuple[int, int]]:
    """Spans of the lines of the metadata columns of ``doc``."""
    text = doc.text
    out: dict[int, int] = {}
    for start, end in gated_lines(doc):
        if start in out:
            continue
        run = _run(text, start, end)
        if run is None or len(run[0]) < 2 or not _column(run[1]):
            continue
        for s, e in run[0]:
            line = text[s:e]
            body = line.strip(_LEAD)
            begin = s + line.find(body)
            out[begin] = begin + len(body)
    return sorted(out.items())


# A listing's row: a stamp to the minute, then one to three bare numbers.
COUNTED_STAMP = re.compile(
    r"[ \t\u3000]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t\u3000]+\d{1,7}){1,3}[ \t\u3000]*"
)


# A post's stamp to the second with its author's name and nothing else, glued or not:
# `2019-07-29 09:47:58龚显卿`. A person writes the minute at most; the second is a machine's.
NAMED_STAMP = re.compile(
    r"[ \t\u3000]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}:\d{2}[ \t\u3000]*"
    r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_]{0,9}[ \t\u3000]*"
)


# A stamp to the second alone on its line (`2023-12-22 11:41:12`): the page's, at a text's edge.
BARE_STAMP = re.compile(
    r"[ \t\u3000]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}:\d{2}[ \t\u3000]*"
)


def counted_stamps(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Of ``lines`` (start, end, text), the listing rows, when two or more stand apart, and
    the stamps with a name."""
    rows = [(s, e) for s, e, line in lines if COUNTED_STAMP.fullmatch(line)]
    apart = len(rows) >= 2 and any(b[0] > a[1] + 1 for a, b in pairwise(rows))
    named = [(s, e) for s, e, line in lines if NAMED_STAMP.fullmatch(line)]
    return sorted((rows if apart else []) + named)


# A viewer's counters printed bare, one to three numbers to a line (`107` / `0` / `0`,
# `7210 2`): a number alone is anything, so only a short run of such lines holding two
# numbers at least, whose nearest non-empty line is residue, counts, and not when more
# numbers follow (a table's column).
_BARE = re.compile(r"[ \t\u3000]*\d{1,7}(?:[ \t\u3000]+\d{1,7}){0,2}[ \t\u3000]*")
_BARE_RUN = 4
_BEYOND = 20  # characters of the line beyond a run: a label or a button, not a paragraph


def _next_line(text: str, start: int, end: int, step: int) -> tuple[int, int] | None:
    """The line before (``step`` -1) or after (+1) the line ``start``..``end``."""
    if step < 0:
        return None if start == 0 else (text.rfind("\n", 0, start - 1) + 1, start - 1)
    if end >= len(text):
        return None
    after = text.find("\n", end + 1)
    return end + 1, len(text) if after < 0 else after


def bare_counters(doc: Document, evidence: list[int]) -> list[tuple[int, int]]:
    """Spans of the bare counter lines next to the residue starting at ``evidence``."""
    text = doc.text
    residue = {}
    for at in evidence:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        residue[start] = len(text) if end < 0 else end
    out = set()
    for start, end in residue.items():
        for step in (-1, 1):
            line = _next_line(text, start, end, step)
            while line is not None and not text[line[0] : line[1]].strip():
                line = _next_line(text, *line, step)
            run = []
            while line is not None and len(run) <= _BARE_RUN and _BARE.fullmatch(text, *line):
                run.append(line)
                line = _next_line(text, *line, step)
            if not run or len(run) > _BARE_RUN or run[-1][0] in residue:
                continue
            if len(run) == 1 and len(text[run[0][0] : run[0][1]].split()) < 2:
                continue  # one number alone: a year or a page split from its line (`2013`)
            if line is not None and len(text[line[0] : line[1]].strip()) > _BEYOND:
                continue
            for s, e in run:
                body = text[s:e].strip(" \t\u3000")
                begin = s + text[s:e].find(body)
                out.add((begin, begin + len(body)))
    return sorted(out)
