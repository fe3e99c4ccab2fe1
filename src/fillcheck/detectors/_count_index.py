"""The counts of one document, read once and looked up by window.

The count rules ask about thousands of small windows (every clause before a
`其中`, every share, every stage of a pipeline). A :class:`CountIndex` reads the
counts of each line on first need (a count never spans a line) and keeps them
with their start and end offsets, so a window is two bisections; text that no
rule asks about (most of a document of plain prose) is never read. One index is
kept per document in its memo (see ``counts._counts``).

The index also holds the document's anchors that several count rules start
from, each found once: the offsets of a literal (`其中`, `（`, `等`), read with
the shared trigger scan (:func:`fillcheck.scan.literal_starts`, either backend),
and the sentence stops, so that a sentence's start or end is one bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ..numerals import Count, counts_in
from ..scan import literal_starts, match_starts
from ._count_text import matching_close

_NEWLINE = re.compile("\n")
# What ends a sentence (or a paragraph) for the count rules.
SENTENCE_STOPS = "。！!？?\n"
_SENTENCE_STOP = re.compile(f"[{re.escape(SENTENCE_STOPS)}]")


@lru_cache(maxsize=8)
def _openers(openers: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(openers)}]")


class CountIndex:
    """The counts of ``text``, found line by line on first need, and its anchors."""

    __slots__ = ("_lines", "_positions", "_stops", "line_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self._lines: dict[int, tuple[list[Count], list[int], list[int]]] = {}
        self._positions: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._stops: Sequence[int] | None = None

    def _line(self, number: int) -> tuple[list[Count], list[int], list[int]]:
        """The counts of line ``number`` with their starts and ends (in order)."""
        line = self._lines.get(number)
        if line is None:
            starts = self.line_starts
            end = starts[number + 1] if number + 1 < len(starts) else None
            counts = counts_in(self.text, starts[number], end)
            line = self._lines[number] = (
                counts,
                [c.start for c in counts],
                [c.end for c in counts],
            )
        return line

    def line_of(self, index: int) -> int:
        """The number of the line that holds offset ``index``."""
        return bisect_right(self.line_starts, index) - 1

    def between(self, start: int, end: int) -> list[Count]:
        """The counts that lie inside ``text[start:end]``, in order.

        The same as :func:`fillcheck.numerals.counts_in` on whole lines, filtered
        to the window: a window cut through a number does not read part of it.
        """
        line_starts = self.line_starts
        first = bisect_right(line_starts, start) - 1
        if first + 1 == len(line_starts) or end <= line_starts[first + 1]:  # one line
            counts, starts, ends = self._lines.get(first) or self._line(first)
            if not counts:
                return []
            return counts[bisect_left(starts, start) : bisect_right(ends, end)]
        last = bisect_right(line_starts, end - 1) - 1
        found: list[Count] = []
        for number in range(first, last + 1):
            counts, starts, ends = self._line(number)
            found.extend(counts[bisect_left(starts, start) : bisect_right(ends, end)])
        return found

    def outside_brackets(
        self, start: int, end: int, openers: str = "（(", *, closed: bool = False
    ) -> list[Count]:
        """The counts of ``text[start:end]`` that no bracket opened in the window holds
        (``openers``: the opening marks; `“` too to pass over quotations).

        Brackets are taken left to right, each to its closing partner (which may lie
        past ``end``); one left open stops the reading, and the counts after it stay.
        With ``closed``, only brackets closed before ``end`` count: the reading stops at
        one still open there (`…(其中党员120人` before its `，占60%)`).
        """
        counts = self.between(start, end)
        if not counts:
            return counts
        search = _openers(openers).search
        found = search(self.text, start, end)
        if found is None:
            return counts
        spans = []
        while found is not None:
            close = matching_close(self.text, found.start())
            if close < 0 or (closed and close >= end):
                break
            spans.append((found.start(), close))
            found = search(self.text, close + 1, end)
        return [c for c in counts if not any(a <= c.start < b for a, b in spans)]

    def ending_at(self, end: int) -> Count | None:
        """The count that ends exactly at offset ``end``, if any."""
        number = bisect_right(self.line_starts, max(0, end - 1)) - 1
        counts, _, ends = self._line(number)
        at = bisect_left(ends, end)
        return counts[at] if at < len(ends) and ends[at] == end else None

    def positions(self, *literals: str) -> tuple[int, ...]:
        """Every offset where one of ``literals`` starts, ascending; scanned once per
        index and set of literals (overlapping occurrences too)."""
        found = self._positions.get(literals)
        if found is None:
            found = self._positions[literals] = literal_starts(self.text, literals)
        return found

    def _sentence_stops(self) -> Sequence[int]:
        if self._stops is None:
            self._stops = match_starts(_SENTENCE_STOP, self.text)
        return self._stops

    def sentence_start(self, index: int, limit: int = 300) -> int:
        """Offset just after the last sentence stop before ``index``, looking back at
        most ``limit`` characters (the window's start when there is none)."""
        lo = max(0, index - limit)
        stops = self._sentence_stops()
        at = bisect_left(stops, index) - 1
        return stops[at] + 1 if at >= 0 and stops[at] >= lo else lo

    def sentence_end(self, index: int, limit: int = 400) -> int:
        """Offset of the first sentence stop at or after ``index`` (or ``index + limit``,
        at most the end of the text)."""
        end = min(len(self.text), index + limit)
        stops = self._sentence_stops()
        at = bisect_left(stops, index)
        return stops[at] if at < len(stops) and stops[at] < end else end
