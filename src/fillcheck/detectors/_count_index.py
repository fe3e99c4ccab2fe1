"""The counts of one document, read once and looked up by window.

The count rules ask about thousands of small windows (every clause before a
`其中`, every share, every stage of a pipeline). A :class:`CountIndex` reads every
count of the text in one scan on first need (a count never spans a line) and
keeps their start and end offsets in two sorted lists, so a window is two
bisections. One index is kept per document in its memo (see ``counts._counts``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..numerals import Count, counts_in


class CountIndex:
    """The counts of ``text``, found in one scan on first need."""

    __slots__ = ("_counts", "_ends", "_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: list[Count] | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []

    @property
    def counts(self) -> list[Count]:
        """Every count of the text, in order."""
        if self._counts is None:
            found = counts_in(self.text)
            self._starts = [c.start for c in found]
            self._ends = [c.end for c in found]
            self._counts = found
        return self._counts

    def between(self, start: int, end: int) -> list[Count]:
        """The counts that lie inside ``text[start:end]``, in order.

        The same as :func:`fillcheck.numerals.counts_in` on whole lines, filtered
        to the window: a window cut through a number does not read part of it.
        """
        counts = self._counts if self._counts is not None else self.counts
        return counts[bisect_left(self._starts, start) : bisect_right(self._ends, end)]

    @property
    def starts(self) -> list[int]:
        """The start offsets of :attr:`counts`, in order."""
        if self._counts is None:
            self.counts  # noqa: B018 - reads the counts
        return self._starts
