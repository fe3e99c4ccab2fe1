"""FC201-FC204: paywall markers and notices left in the text.

Text copied from a paid CMS article carries the CMS's paid-content tags
(`##paidbegin##`, `<paid>`) and the notice a non-paying reader sees instead of
the content (`内容已经隐藏，点击付费后查看`). The rules share one anchor pass
over the text (``_anchors.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..patterns import char_after, char_before, is_han, lazy_compile, line_bounds
from ..registry import register
from ..scan import declare, declared_starts
from ._anchors import DELIM, SP, anchors, find, lead, matches_at, with_leads

# `##paidbegin##`, `$$paidend$$`, `## pagebreak ##`, `＃＃PAIDBEGIN＃＃`, `<paid>`, `</ paid >`.
MARKER = lazy_compile(
    rf"{DELIM}{{2}}{SP}(?P<word>(?i:paid[ \t]*(?:begin|end)|page[ \t]*break)){SP}{DELIM}{{2}}"
    r"|<[ \t]*(?P<close>/)?[ \t]*(?i:paid)[ \t]*>"
)
# FC204. `内容已经隐藏，点击付费后查看` and a bare `内容已经隐藏` (FastAdmin CMS); `本帖隐藏的内容
# 需要回复才可以浏览`, `如果您要查看本帖隐藏内容请回复` (Discuz!); `付费后即可阅读全文`,
# `以下内容需付费阅读`, `剩余内容请登录后查看`, `本文为付费内容`.
HIDDEN_NOTICE = lazy_compile(
    r"(?P<forum>隐藏的内容需要回复才可以浏览)|(?P<guest>隐藏内容请\s*回复)"
    r"|(?P<hidden>隐藏(?P<pay>[，,]?\s*(?:请|点击|请点击)?(?:付费|购买|登录|回复)后?"
    r"(?:查看|阅读|可见|浏览))?)"
    r"|(?P<unlock>(?:付费|购买)后(?:即可|可)?(?:阅读|查看)(?:全文|完整内容|剩余内容|完整版))"
    r"|(?P<rest>(?:付费|购买|登录)后?(?:才能|即可|可)?(?:阅读|查看|浏览))|(?P<paid>付费内容)"
)
_REST = r"(?:以下|剩余|剩下的|全部|完整|更多)内容(?:需要?|请)先?"
_HIDDEN_LEADS = {
    "forum": lead("本帖"),
    "guest": lead("如果您要查看本帖"),
    "hidden": lead("(?:剩余|其余|以下|后续|全部)?内容已经?"),
    "unlock": lead(_REST, required=False),
    "rest": lead(_REST),
    "paid": lead("(?:本文|本篇|此文|该内容|本内容|以下)[为是]"),
}
_BEGIN, _END, _BREAK = "begin", "end", "break"


@dataclass(frozen=True)
class _Marker:
    start: int
    end: int
    kind: str  # _BEGIN, _END or _BREAK
    code: str  # the one rule that reports it: FC201, FC202 or FC203


def _marker_kind(match: re.Match[str]) -> str:
    word = match.group("word")
    if word is None:
        return _END if match.group("close") else _BEGIN
    if word[-1] in "kK":
        return _BREAK
    return _END if word[-1] in "dD" else _BEGIN


def _classify(text: str, matches: list[re.Match[str]]) -> tuple[_Marker, ...]:
    """Assign each marker to the most specific rule: FC203, else FC202, else FC201."""
    kinds = [_marker_kind(match) for match in matches]
    open_begins: list[int] = []
    unpaired: set[int] = set()
    for index, kind in enumerate(kinds):  # pair begins and ends the way brackets pair
        if kind == _BEGIN:
            open_begins.append(index)
        elif kind == _END:
            if open_begins:
                open_begins.pop()
            else:
                unpaired.add(index)
    unpaired.update(open_begins)
    markers = []
    for index, (match, kind) in enumerate(zip(matches, kinds, strict=True)):
        start, end = match.span()
        if is_han(char_before(text, start)) and is_han(char_after(text, end)):
            code = "FC203"
        else:
            code = "FC202" if index in unpaired else "FC201"
        markers.append(_Marker(start, end, kind, code))
    return tuple(markers)


def _all_markers(doc: Document) -> tuple[_Marker, ...]:
    """Every marker in ``doc``, classified once and shared by FC201-FC203."""

    def compute() -> tuple[_Marker, ...]:
        text = doc.text
        found = [match for _, match in matches_at(text, anchors(doc), MARKER)]
        return _classify(text, found)

    return doc.memo("fc2-markers", compute)


def _markers(doc: Document, code: str) -> Iterator[tuple[_Marker, str]]:
    """The markers that rule ``code`` reports, with their text."""
    text = doc.text
    for marker in _all_markers(doc):
        if marker.code == code:
            yield marker, text[marker.start : marker.end]


@register("FC201", "paywall-marker", Category.PAYWALL, Severity.ERROR)
def paywall_marker(doc: Document) -> Iterator[Hit]:
    """A CMS paid-content or page-break marker (`##paidbegin##`, `<paid>`) was left in the text.

    ## What it does
    Flags `##paidbegin##`, `##paidend##`, `$$paidbegin$$`, `$$paidend$$`,
    `##pagebreak##`, `<paid>` and `</paid>` (any letter case, stray spaces
    allowed). A marker that splits a word is reported by FC203 instead, and a
    begin or end without its partner by FC202.

    ## Why is this bad?
    Content-management systems use these tags to mark where the paid part of
    an article begins and ends, or where a page breaks. Copied text keeps
    them, and they show verbatim in the handed-in document.

    ## Example
    Bad: ##paidbegin##压实各基层党组织书记抓基层党建的责任。##paidend##
    Good: 压实各基层党组织书记抓基层党建的责任。
    """
    for marker, tag in _markers(doc, "FC201"):
        key = "page-break-marker" if marker.kind == _BREAK else "paywall-marker"
        yield Hit(marker.start, marker.end, t(key, tag=tag), t("delete-marker"))


@register("FC202", "unpaired-paywall-marker", Category.PAYWALL, Severity.ERROR)
def unpaired_paywall_marker(doc: Document) -> Iterator[Hit]:
    """A paid-content begin marker has no end, or an end marker has no begin.

    ## What it does
    Pairs `##paidbegin##`, `$$paidbegin$$` and `<paid>` with the following
    `##paidend##`, `$$paidend$$` or `</paid>` the way brackets pair, and flags
    a begin never closed and an end never opened (unless the marker splits a
    word: FC203 reports those).

    ## Why is this bad?
    Besides showing like any marker, a lone half means the text was cut or
    pasted together: the paid part after a lone begin is often missing, and a
    lone end means the start of the section came from elsewhere.

    ## Example
    Bad: 压实各基层党组织书记抓基层党建的责任。##paidbegin##
    Good: 压实各基层党组织书记抓基层党建的责任。
    """
    for marker, tag in _markers(doc, "FC202"):
        key = "unclosed-paywall-marker" if marker.kind == _BEGIN else "unopened-paywall-marker"
        yield Hit(marker.start, marker.end, t(key, tag=tag), t("delete-marker-check"))


@register("FC203", "paywall-marker-splits-word", Category.PAYWALL, Severity.ERROR)
def paywall_marker_splits_word(doc: Document) -> Iterator[Hit]:
    """A paywall marker splits Chinese text between two characters (`深##paidbegin##入`).

    ## What it does
    Flags a CMS marker (`##paidbegin##`, `##paidend##`, `$$paidbegin$$`,
    `$$paidend$$`, `##pagebreak##`, `<paid>`, `</paid>`) with a Han character
    right on both sides, as in `深##paidbegin##入`, and names the two
    characters it separates, with the text around them.

    ## Why is this bad?
    The CMS cut the article at a character count, so the marker lands inside
    a sentence, often inside a word: the word is broken for readers, spell
    checkers and search, and deleting the marker by hand easily takes a
    character with it.

    ## Example
    Bad: 督导各支部深##paidbegin##入开展党员干部“担使命、践承诺”活动。
    Good: 督导各支部深入开展党员干部“担使命、践承诺”活动。
    """
    text = doc.text
    for marker, tag in _markers(doc, "FC203"):
        line_start, line_end = line_bounds(text, marker.start)
        before = text[max(line_start, marker.start - 6) : marker.start]
        after = text[marker.end : min(line_end, marker.end + 6)]
        yield Hit(
            marker.start,
            marker.end,
            t(
                "marker-splits-word",
                tag=tag,
                left=before[-1],
                right=after[0],
                before=before,
                after=after,
            ),
            t("delete-marker"),
        )


_hidden_lead_start = with_leads(_HIDDEN_LEADS)


def _hidden_notice_start(text: str, match: re.Match[str]) -> int | None:
    start = _hidden_lead_start(text, match)
    if start is not None and match.lastgroup == "hidden" and not match.group("pay"):
        # A bare 内容已经隐藏 counts only as a whole line: 部分内容已隐藏 is ordinary prose.
        line_start, line_end = line_bounds(text, start)
        if (
            text[line_start:line_end].strip(" \t\u3000\r（()）【】[]。.")
            != text[start : match.end()]
        ):
            return None
    return start


@register("FC204", "paywall-hidden-notice", Category.PAYWALL, Severity.WARNING)
def paywall_hidden_notice(doc: Document) -> Iterator[Hit]:
    """A paywall notice (`内容已经隐藏，点击付费后查看`) stands where content was hidden.

    ## What it does
    Flags paywall notices copied with the text: `内容已经隐藏，点击付费后查看`
    (and a bare `内容已经隐藏` line), `以下内容需付费阅读`, `本文为付费内容`,
    `付费后即可阅读全文`, the forum notice `本帖隐藏的内容需要回复才可以浏览`, and
    the cells of a table a preview hides: `***` cells in runs, rows of a label and
    masked cells (`1949 *** *** ***`, `| 2 | 打印机 | ■■ | ■■ |`), and rows a
    preview of paid data elides (`| ..... | | |`, two or more).

    ## Why is this bad?
    The notice stands where content was withheld: that part of the document
    is missing, and the notice shows where the text was copied from. It is a
    warning: the notice itself is harmless, the missing content is the issue.

    ## Example
    Bad: 二、存在的问题及原因 内容已经隐藏，点击付费后查看
    Good: 涉及个人隐私的部分内容已隐藏处理，不影响统计结果。
    """
    spans = [(s, e, q) for s, e, q in find(doc, HIDDEN_NOTICE, _hidden_notice_start)]
    spans += [(s, e, doc.text[s:e]) for s, e in _hidden_cells(doc)]
    for start, end, quote in sorted(spans):
        yield Hit(start, end, t("hidden-notice", quote=quote), t("restore-hidden"))


# A table cell a preview hides: `***` alone on its line, or between `|` separators.
HIDDEN_CELL = lazy_compile(r"[ \t|｜]*(\*{3,})[ \t|｜]*")
# A table row a preview hides: a row label (`1949`, `| 年末总人口 |`, `| 1 | 办公桌 |`) and
# two or more masked cells ending the row, cut at bars, tabs or spaces:
# `1949 *** *** *** ***`, `| 2 | 打印机 | ■■ | ■■ |`.
_MASK = r"(?:\*{3,}|＊{3,}|■{2,}|\.{6,}|…{2,})"
# The masks' shortest forms: the lines that hold one are the only ones read.
MASK_TRIGGERS = declare("fc204-masks", ("***", "＊＊＊", "■■", "....", "……", "。。。"))
_MASK_CELL = re.compile(_MASK)
_LABEL_LEN = 60  # characters of a row's label, at most: a sentence is no label
_PROSE = re.compile(r"[，。；！？,;!?]")
# Hidden cells come in runs: one `***` line is a Markdown rule, not a hidden table.
_MIN_CELLS = 3
_CELL_WINDOW = 12


def _row_cells(row: str, start: int) -> list[tuple[int, int]]:
    """The masked cells of a table row at ``start``: a label, then two or more masked
    cells and nothing else (`年末总人口 Population at the Year-end *** *** ***`)."""
    if _PROSE.search(row):
        return []
    cells = list(_MASK_CELL.finditer(row))
    if len(cells) < 2:
        return []
    label = row[: cells[0].start()].strip(" \t\u3000|｜")
    if len(label) > _LABEL_LEN or "*" in label or "■" in label:
        return []
    at = cells[0].start()
    for cell in cells:  # between and after the cells: only separators
        if row[at : cell.start()].strip(" \t\u3000|｜"):
            return []
        at = cell.end()
    if row[at:].strip(" \t\u3000|｜"):
        return []
    if label and row[cells[0].start() - 1] not in " \t\u3000|｜":
        return []  # a mask glued to a word: `工作***`
    return [(start + cell.start(), start + cell.end()) for cell in cells]


# A row a preview elides: its first cell dots, the others empty (`| ..... | | |`), as a
# seller's preview of paid data shows a table; a Markdown table's `| ... | ... |` is the
# writer's own elision and has no empty cell after its dots.
ELIDED_ROW = lazy_compile(r"[ \t]*[|｜][ \t]*(\.{4,}|…{2,}|。{3,})[ \t]*(?:[|｜][ \t]*){2,}")
_MIN_ELIDED = 2  # elided rows in a text: one is a template's own


def _mask_lines(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) of every line that holds a mask's shortest form, ascending."""
    text, lines, last_end = doc.text, [], -1
    for at in declared_starts(doc, MASK_TRIGGERS):  # ascending
        if at <= last_end:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        last_end = end = len(text) if end < 0 else end
        lines.append((start, end))
    return lines


def _hidden_cells(doc: Document) -> list[tuple[int, int]]:
    """Spans of `***` cells that stand with at least two more within a few lines, and of
    the rows a preview elides (two or more in a text)."""
    text = doc.text
    spans: set[tuple[int, int]] = set()
    elided: list[tuple[int, int]] = []
    for start, end in _mask_lines(doc):
        row = text[start:end]
        if match := HIDDEN_CELL.fullmatch(row):
            spans.add((start + match.start(1), start + match.end(1)))
        elif match := ELIDED_ROW.fullmatch(row):
            elided.append((start + match.start(1), start + match.end(1)))
        else:
            spans.update(_row_cells(row, start))
    cells = sorted((start, end, text.count("\n", 0, start)) for start, end in spans)
    lines = [line for _, _, line in cells]  # ascending
    return (elided if len(elided) >= _MIN_ELIDED else []) + [
        (start, end)
        for start, end, line in cells
        if bisect_right(lines, line + _CELL_WINDOW) - bisect_left(lines, line - _CELL_WINDOW)
        >= _MIN_CELLS
    ]
