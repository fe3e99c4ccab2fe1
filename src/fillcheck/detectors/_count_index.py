"""The counts of one document, read once and looked up by window.

The count rules ask about thousands of small windows (every clause before a
`其中`, every share, every stage of a pipeline). A :class:`CountIndex` reads the
counts of each line on first need (a count never spans a line) and keeps them
with their start and end offsets, so a window is two bisections; text that no
rule asks about (most of a document of plain prose) is never read. One index is
kept per document in its memo (see ``counts._counts``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..numerals import Count, counts_in

_NEWLINE = re.compile("\n")


class CountIndex:
    """The counts of ``text``, found line by line on first need."""

    __slots__ = ("_lines", "line_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self._lines: dict[int, tuple[list[Count], list[int], list[int]]] = {}

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
