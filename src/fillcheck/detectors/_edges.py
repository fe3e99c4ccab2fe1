"""Residue told by where it stands: short lines at the edges of a text, next to residue.

A page copied from a document-sharing or 范文 site starts and ends with the
site's machinery: the uploader's name (`Administrator`, `ZTFB |`), a page
count (`11页`), a publishing time (`时间:2022-05-14 09:10:00`), a bookmark
button (`收藏《述职报告的写作》`), a notice cut short (`本网站为网`). Alone,
such a line could be the document's own; what makes it residue is where it
stands. The model:

* the **head** and the **tail** of a text are its first and last lines up to
  the first line of prose (a sentence, or a line longer than a heading);
* a line's **shape** is read from its tokens and scored (see ``_edge_shape``):
  ``sure`` lines are a site's by shape alone (skip links, menus, metadata
  with site fields, stamps or counters, copyright footers), ``meta`` lines
  are metadata, ``weak`` lines (handles, counts, form words) could be anyone's;
* a zone is a site's when it holds a line the phrase rules (FC205-FC210)
  found, a ``sure`` line, or two dated metadata lines; then its ``sure`` and
  metadata lines are residue, and a weak line is when a run of residue lines
  reaches it across at most two other lines; a button or a site's own notice
  is residue on the very first or last line too;
* lists are read as wholes: a column of menu words with a navigation word,
  a block of titles one of which the text repeats as its own title (a page's
  list of articles; a table of contents repeats them all), the titles under
  a related-articles header at the tail;
* inside the text, machinery lines next to residue are residue too.

A meeting's own `时间:2023年1月6日` (a date in words, or followed by
`地点:`) and a lone date are never taken for metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ._edge_chunks import chunk_numbers, middle_lines, nonempty_lines
from ._edge_lists import adjacent, dated_titles, field_panels, link_list, listed
from ._edge_marks import LINK_HEADER
from ._edge_own import addressed, heading
from ._edge_shape import (
    EDGE,
    META,
    PROSE_LEN,
    PROSE_MARK,
    STRIP,
    SURE,
    WEAK,
    menu_word,
    shape,
    trailing_button,
)
from ._edge_tokens import FIELD
from .scrape import residue_starts

__all__ = ["edge_lines", "shape"]

# How many non-empty lines the head and the tail may span.
_ZONE = 60
# How many lines of another kind a run of residue lines may step over.
_GAP = 2
# A site's welcome banner, whose name the next line may repeat alone (`三一文库`).
WELCOME = re.compile(r"欢迎(?:来到|光临|访问)")
_ECHO_LEN = 8
# The fields that follow a meeting's own time: `地点:`, `主持人:`.
MEETING = re.compile(r"[ \t　]*(?:地点|会议地点|主持|参加|出席|参会|列席|记录)")
_PROSE = "prose"


def _zone(
    text: str, reverse: bool, lo: int = 0, hi: int | None = None, limit: int = _ZONE
) -> list[tuple[int, int, str | None]]:
    """The head (or tail) lines with their shape; ``prose`` marks a sentence or long line."""
    zone = []
    for begin, end in nonempty_lines(text, reverse, limit, lo, hi):
        line = text[begin:end]
        kind = shape(line)
        if kind is None and _prose(line.strip()):
            kind = _PROSE
        zone.append((begin, end, kind))
    return zone


def _zones(doc: Document) -> list[list[tuple[int, int, str | None]]]:
    """The head and tail of the text and, in a paged document, of each page."""
    text = doc.text
    zones = [_zone(text, False), _zone(text, True)]
    pages = [offset for offset, label in doc.parts if label.startswith("page ")]
    for lo, hi in zip(pages, [*pages[1:], len(text)], strict=False):
        zones += [_zone(text, False, lo, hi, _PAGE_ZONE), _zone(text, True, lo, hi, _PAGE_ZONE)]
    return zones


# How many lines the head and the tail of a page may span.
_PAGE_ZONE = 8


# A long line is prose when it holds a sentence's punctuation (a page title
# `… - 雨滴社区 - Powered by Discuz!` holds none), or longer still.
_LONG_LINE = 80


def _prose(line: str) -> bool:
    """True for a line of the document's text: a sentence, not a heading or a title bar."""
    if line.endswith("。") or len(line) > _LONG_LINE:
        return True
    return len(line) > PROSE_LEN and PROSE_MARK.search(line) is not None


def _meeting_time(text: str, end: int) -> bool:
    """True when the line after ``end`` holds a meeting's place or chair."""
    rest = text[end + 1 : end + 80].lstrip("\n")
    return MEETING.match(rest) is not None


def edge_lines(doc: Document, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the head and tail lines that are residue by shape and place.

    ``found`` holds the spans FC210 already reports; with what FC205-FC209
    find they are the evidence.
    """
    text = doc.text
    zones = _zones(doc)
    residue = {text.rfind("\n", 0, start) + 1 for start, _ in found}
    residue |= {text.rfind("\n", 0, start) + 1 for start in residue_starts(doc)}
    spans: set[tuple[int, int]] = set(middle_lines(text))
    if any(
        k not in (None, _PROSE) or b in residue or (k is None and listed(text[b:e]))
        for zone in zones
        for b, e, k in zone
    ):
        for zone in zones:
            spans |= _zone_residue(text, _cut(zone, residue), residue)
    if "\n1、" in text or text.startswith("1、"):
        spans.update(chunk_numbers(text, residue))
    if residue:
        spans |= _local_runs(text, residue)
    return sorted(
        span for span in spans if not (addressed(text, *span) or heading(text, *span, _prose))
    )


# How far a run of residue lines inside a text is followed from the line that starts it.
_LOCAL_REACH = 6
_RUN_KINDS = (SURE, META, WEAK, EDGE)


def _local_runs(text: str, residue: set[int]) -> set[tuple[int, int]]:
    """Lines shaped like machinery that stand next to residue inside a text: the
    run a site prints around a page break (`第2页 / 共27页`, then `下载文档`)."""
    found: set[tuple[int, int]] = set()
    for start in sorted(residue):
        for reverse in (False, True):
            for begin, end in _neighbours(text, start, reverse):
                if begin in residue or shape(text[begin:end]) not in _RUN_KINDS:
                    break
                found.add(_body(text, begin, end))
    return found


def _neighbours(text: str, start: int, reverse: bool) -> Iterator[tuple[int, int]]:
    """Spans of the non-empty lines before (or after) the line at ``start``, nearest first."""
    at = start
    for _ in range(_LOCAL_REACH):
        if reverse:
            if at == 0:
                return
            end = at - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1
            begin = text.rfind("\n", 0, end) + 1
        else:
            begin = text.find("\n", at)
            if begin < 0:
                return
            while begin < len(text) and text[begin] == "\n":
                begin += 1
            end = text.find("\n", begin)
            end = len(text) if end < 0 else end
        if begin >= end:
            return
        yield begin, end
        at = begin


def _cut(zone: list[tuple[int, int, str | None]], residue: set[int]) -> list:
    """The zone up to its first line of prose that is not residue itself.

    A title that reads as a sentence (`…,我只想说,收下我的膝盖。。。`) does not end the
    zone when a line that is a site's by its shape alone follows it closely: the page's
    stamp and counters under its title (`共 9926字,需浏览 20分钟`).
    """
    for i, (begin, end, kind) in enumerate(zone):
        if kind == _PROSE and begin not in residue:
            if i < _TITLE_REACH and end - begin <= _LONG_LINE and _site_follows(zone, i):
                continue
            return zone[:i]
    return zone


# How far from the edge a title may stand, and how near it the site's line must follow.
_TITLE_REACH = 40
_FOLLOW = 3


def _site_follows(zone: list[tuple[int, int, str | None]], i: int) -> bool:
    """True when a line a site prints by its shape alone follows line ``i`` closely, before any
    other prose."""
    for _, _, kind in zone[i + 1 : i + 1 + _FOLLOW]:
        if kind == _PROSE:
            return False
        if kind == SURE:
            return True
    return False


def _zone_residue(
    text: str, zone: list[tuple[int, int, str | None]], residue: set[int]
) -> set[tuple[int, int]]:
    """The lines of one zone (in order from the edge of the text) that are residue.

    A zone is known to be a site's when it holds residue a phrase rule found, a
    line that is machinery by its shape alone (``sure``), or two metadata lines
    one of which carries a number;
    then its metadata lines are residue, and the weak lines a run of residue
    reaches across at most :data:`_GAP` other lines.
    """
    kinds = _forms(zone, dated_titles(text, zone, _menus(text, zone)))
    kinds = field_panels(text, zone, kinds)
    phrase = [begin in residue for begin, _, _ in zone]
    meta = [k == META and not _meeting_time(text, zone[i][1]) for i, k in enumerate(kinds)]
    dated = any(m and _DIGIT.search(text[b:e]) for m, (b, e, _) in zip(meta, zone, strict=True))
    # A button or a site's notice on the very edge line is residue by its place alone,
    # and the start of a run of residue.
    edge = EDGE in kinds
    if not (any(phrase) or SURE in kinds or (sum(meta) >= 2 and dated) or edge):
        return set()
    echoes = {i for i in range(1, len(zone)) if phrase[i - 1] and _echo(text, zone, i)}
    strong = [
        p or i in echoes or k in (SURE, EDGE) or meta[i]
        for i, (p, k) in enumerate(zip(phrase, kinds, strict=True))
    ]
    reached = _runs(kinds, strong)
    found = {
        _body(text, begin, end)
        for i, (begin, end, _) in enumerate(zone)
        if not phrase[i] and (strong[i] or reached[i] or (i == 0 and kinds[i] == EDGE))
    }
    for i, (begin, end, _) in enumerate(zone):
        if kinds[i] is None and (at := trailing_button(text[begin:end])) is not None:
            found.add((begin + at, begin + len(text[begin:end].rstrip())))
    found |= {_body(text, begin, end) for begin, end in link_list(text, zone, kinds)}
    found |= {_body(text, begin, end) for begin, end in _listed(text, zone, kinds, phrase)}
    return found


# A header over a list of the site's links: `相关文章`, `推荐阅读`, `猜你喜欢`, `热门文档`.
LIST_HEADER = re.compile(
    r"[\[【(（]?(?:相关|推荐|热门|猜你|延伸|更多|最新|精彩)(?:文章|阅读|推荐|范文|文档|资料|喜欢|内容)"
)


_HEADER_LEN = 20


def _listed(
    text: str, zone: list[tuple[int, int, str | None]], kinds: list[str | None], found: list[bool]
) -> list[tuple[int, int]]:
    """The short lines between a residue header of links (`相关文章`) and the edge of the text:
    the titles it lists. Only below the text (in the tail zone, the header stands further
    from the edge than its items)."""
    for i, (begin, end, _) in enumerate(zone):
        if not (found[i] or kinds[i] in (SURE, EDGE)) or end - begin > _HEADER_LEN * 2:
            continue
        header = text[begin:end].strip(STRIP)
        if len(header) <= _HEADER_LEN and (
            LIST_HEADER.match(header) or LINK_HEADER.fullmatch(header)
        ):
            if zone[0][0] < begin:  # a head zone: the list would be above its header
                return []
            return [
                (b, e) for b, e, k in zone[:i] if k is None and len(text[b:e].strip()) <= PROSE_LEN
            ]
    return []


_DIGIT = re.compile(r"\d")


def _runs(kinds: list[str | None], strong: list[bool]) -> list[bool]:
    """Which lines a run of residue reaches, from either side, over at most _GAP other lines."""
    reached = [False] * len(kinds)
    for order in (range(len(kinds)), range(len(kinds) - 1, -1, -1)):
        run, gap = False, 0
        for i in order:
            if strong[i]:
                run, gap = True, 0
            elif kinds[i] in (WEAK, EDGE, META):
                reached[i] = reached[i] or run
                gap = 0
            else:
                gap += 1
                run = run and gap <= _GAP
    return reached


def _menus(text: str, zone: list[tuple[int, int, str | None]]) -> list[str | None]:
    """The kinds of a zone's lines, a column of menu words (`首页`, `研究机构`, … `搜索`) made sure.

    A column is three or more one-word lines in a row, one of them a navigation word.
    """
    kinds = [kind for _, _, kind in zone]
    words = [menu_word(text[begin:end]) for begin, end, _ in zone]
    start = 0
    for i in range(1, len(zone) + 1):
        if i < len(zone) and words[i] is not None and words[i - 1] is not None:
            if adjacent(zone[i - 1], zone[i]):
                continue
        if i - start >= _MENU_RUN and any(words[start:i]):
            kinds[start:i] = [SURE] * (i - start)
        start = i
    return kinds


_MENU_RUN = 3


def _forms(zone: list[tuple[int, int, str | None]], kinds: list[str | None]) -> list[str | None]:
    """The kinds of a zone's lines, an empty field (`书名:`) weak in a column of two or more
    (a form) and nothing alone (a salutation, `各位代表:`)."""
    if FIELD not in kinds:
        return kinds
    out = list(kinds)
    for i, kind in enumerate(kinds):
        if kind != FIELD:
            continue
        column = any(
            0 <= j < len(zone) and kinds[j] == FIELD and adjacent(zone[i], zone[j])
            for j in (i - 1, i + 1)
        )
        out[i] = WEAK if column else None
    return out


def _echo(text: str, zone: list[tuple[int, int, str | None]], i: int) -> bool:
    """True when line ``i`` of a zone repeats alone the site's name from the banner before it."""
    name = text[zone[i][0] : zone[i][1]].strip(STRIP)
    banner = text[zone[i - 1][0] : zone[i - 1][1]]
    return (
        1 < len(name) <= _ECHO_LEN
        and WELCOME.match(banner.strip(STRIP)) is not None
        and name in banner
    )


def _body(text: str, begin: int, end: int) -> tuple[int, int]:
    """The span of a line without its bullets and the spaces around it."""
    line = text[begin:end]
    body = line.strip(STRIP) or line.strip()  # a lone `·` is its own body
    start = begin + line.index(body)
    return start, start + len(body)
