"""Totals split over numbered lines: a line that states a total (`发生较大事故24起、死亡
和下落不明92人,同比增加6起、22人。`) and the numbered lines right under it, each naming
a kind and its own counts (`1.煤矿发生1起、死亡3人,同比减少1起、5人;`).

Each measure of the total line (`起`, `人`) is split by the counts of that measure that
open the numbered lines (before the first clause of a change, `同比…`). The kinds of a
numbered list do not overlap unless their names say so (`女`, `党员`, `以上`), so
together they may not exceed the total; a list need not name every kind, so falling
short of it is no slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numerals import Count
from ._count_breakdown import (
    Breakdown,
    Part,
    _change_in,
    _is_share,
    _label,
    _same_measure,
    _top_level_counts,
)
from ._count_index import CountIndex
from ._count_text import top_level_spans

# The marker that opens a numbered line: `1.`, `1、`, `(1)`, `（1）`, `①`.
_MARKER = re.compile(r"[ \t\u3000]*(?:[0-9]{1,2}\s?[.．、]|[（(][0-9]{1,2}[)）]|[①-⑳])")
# A numbered list's first line: a line break, then its first marker.
_FIRST = ("\n1.", "\n1、", "\n1．", "\n(1)", "\n（1）", "\n①")
_MAX_LINES = 20


def line_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """A breakdown per measure of each total line followed by two or more numbered lines,
    or by lines that a line ending `如下：` announces."""
    text = counted.text
    for index in counted.positions(*_FIRST):
        second = text.find("\n", index + 1)
        if second < 0 or _MARKER.match(text, second + 1) is None:
            continue  # a list of one line
        totals = _totals(counted, index)  # the usual case: none, and no line is read
        if totals:
            yield from _split(counted, totals, _numbered_lines(text, index + 1))
    for index in counted.positions(*_AS_FOLLOWS):
        end = index + len(_AS_FOLLOWS[0])
        if text.startswith("\n", end):
            totals = _totals(counted, end)
            if totals:
                yield from _split(counted, totals, _plain_lines(counted, end + 1))


# `主要支出科目情况如下:` at the end of a line: the lines under it list the parts.
_AS_FOLLOWS = ("如下:", "如下：")


def _split(
    counted: CountIndex, totals: list[Count], lines: list[tuple[int, int]]
) -> Iterator[Breakdown]:
    """The breakdowns of the ``totals`` of a line into the ``lines`` under it."""
    if len(lines) >= 2:
        heads = [_head(counted, start, end) for start, end in lines]
        for total in totals:
            parts = []
            for label, counts in heads:
                count = next((c for c in counts if _same_measure(c, total)), None)
                if count is not None and count.exact:
                    parts.append(Part(count, label))
            if len(parts) >= 2:
                yield Breakdown(total, "", tuple(parts), disjoint=_kinds_apart(parts))


def _plain_lines(counted: CountIndex, start: int) -> list[tuple[int, int]]:
    """The lines from ``start`` that each open with a name and a count (`社会保障和就业
    支出314.5亿元,…;`), up to the first that does not or that opens a list of its own."""
    text = counted.text
    lines = []
    while start < len(text) and len(lines) < _MAX_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        first = counted.between(start, min(end, start + 30))
        if not first or text[end - 1 : end] in ":：" or _MARKER.match(text, start, end):
            break
        if any(stop in text[start : first[0].start] for stop in "，,；;。：:"):
            break  # the line does not open with its count's name
        lines.append((start, end))
        start = end + 1
    return lines


def _totals(counted: CountIndex, index: int) -> list[Count]:
    """The first count of each measure in the last sentence of the line ending at
    ``index``, outside clauses of changes and shares."""
    text = counted.text
    line_start = text.rfind("\n", 0, index) + 1
    end = index
    while end > line_start and text[end - 1] in "。；;：: ":
        end -= 1
    start = max(line_start, *(text.rfind(stop, line_start, end) + 1 for stop in "。！？!?"))
    if text.startswith("如下", end - 2) and start > line_start:
        # `…支出1532.7亿元,同比增长16.2%。主要支出科目情况如下:`: the sentence before
        end = start - 1
        start = max(line_start, *(text.rfind(stop, line_start, end) + 1 for stop in "。！？!?"))
    totals: list[Count] = []
    for span_start, span_end in top_level_spans(text, start, end, "，,；;"):
        if _change_in(text, span_start, span_end) or _is_share(text, span_start, span_end):
            continue
        for count in _top_level_counts(counted, span_start, span_end):
            if not text[count.start].isdigit():
                continue  # `做到三个全覆盖：`: a count that announces the lines, not a total
            if count.exact and not any(_same_measure(count, seen) for seen in totals):
                totals.append(count)
    return totals


def _numbered_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The consecutive numbered lines from ``start``: (start, end) of each."""
    lines = []
    while start < len(text) and len(lines) < _MAX_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        marker = _MARKER.match(text, start, end)
        if marker is None:
            break
        lines.append((marker.end(), end))
        start = end + 1
    return lines


def _head(counted: CountIndex, start: int, end: int) -> tuple[str, list[Count]]:
    """The name of a numbered line's kind and the counts of its clauses before the
    first change or share (`煤矿发生1起、死亡3人`, not `同比减少1起、5人`)."""
    text = counted.text
    counts: list[Count] = []
    for span_start, span_end in top_level_spans(text, start, end, "，,；;。"):
        if _change_in(text, span_start, span_end) or _is_share(text, span_start, span_end):
            break
        counts += _top_level_counts(counted, span_start, span_end)
    label = _label(text[start : counts[0].start]) if counts else ""
    return label.removesuffix("发生"), counts


def _kinds_apart(parts: list[Part]) -> bool:
    """True unless a kind's name marks a group that overlaps others (`女`, `以上`)."""
    from ._count_sums import _CRITERIA, _OVERLAPPING  # the names the sum rule reads

    labels = [part.label for part in parts]
    if not all(labels) or len(set(labels)) < len(labels):
        return False
    return not any(_OVERLAPPING.search(x) or _CRITERIA.search(x) for x in labels)
