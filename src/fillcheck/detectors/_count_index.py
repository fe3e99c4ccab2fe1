"""The counts of one document, read once and looked up by window.

The count rules ask about thousands of small windows (every clause before a
`其中`, every share, every stage of a pipeline). A :class:`CountIndex` reads the
counts of each sentence on first need (a count never spans a sentence stop) and
keeps them with their start and end offsets, so a window is a few bisections; text
that no rule asks about (most of a document of plain prose) is never read. One
index is kept per document in its memo (see ``counts._counts``).

The index also holds the document's anchors that several count rules start
from, each found once: the offsets of a literal (`其中`, `（`, `等`), read with
:func:`._count_text.iter_literal` (a few literals: faster than the shared trigger
scan of either backend), the sentence stops, so that a sentence's start or end
is one bisection, and the numerals that a measure word follows (one pattern over the
text): a window without one holds no count and is answered without reading its
sentence.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import chain

from ..numerals import NUMERAL_THEN_MEASURE, Count, counts_in
from ._count_text import iter_literal, matching_close, sentence_stops

# What ends a sentence (or a paragraph) for the count rules.
SENTENCE_STOPS = "。！!？?\n"


# A match's start, as a function (for ``map``).
_MATCH_START = re.Match.start
# The reading of a sentence without counts (shared: most sentences have none).
_NO_COUNTS: tuple[list[Count], list[int], list[int]] = ([], [], [])


class CountIndex:
    """The counts of ``text``, found sentence by sentence on first need, and its anchors.

    A count never spans a sentence stop (`。！!？?` or a line break: none is part of a
    numeral or a measure word), so the counts of a sentence, read alone, are the
    counts of the whole text that lie in it.
    """

    __slots__ = ("_numerals", "_openers", "_positions", "_sentences", "_stops", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._stops: Sequence[int] = sentence_stops(text)
        self._sentences: dict[int, tuple[list[Count], list[int], list[int]]] = {}
        self._positions: dict[tuple[str, ...], tuple[int, ...]] = {}
        # the brackets of ``outside_brackets`` by its ``openers`` (one lookup a window)
        self._openers: dict[str, tuple[int, ...]] = {}
        self._numerals: Sequence[int] | None = None

    def numerals(self) -> Sequence[int]:
        """Offsets of the last character of every numeral followed by a measure word
        (`3` of `3个`, `余` of `20余人`), ascending; found once per document.

        Every count holds one (its numeral's last character), so a window without
        one holds no count, and no sentence is read for it.
        """
        found = self._numerals
        if found is None:
            found = array("q", map(_MATCH_START, NUMERAL_THEN_MEASURE.finditer(self.text)))
            self._numerals = found
        return found

    def may_hold_count(self, start: int, end: int) -> bool:
        """False when ``text[start:end]`` holds no count (no numeral before a measure
        word): a cheap test before reading a window."""
        numerals = self.numerals()
        at = bisect_left(numerals, start)
        return at < len(numerals) and numerals[at] < end

    def _sentence(self, number: int) -> tuple[list[Count], list[int], list[int]]:
        """The counts of sentence ``number`` (the text up to and with its stop) with
        their starts and ends, in order."""
        sentence = self._sentences.get(number)
        if sentence is None:
            stops = self._stops
            start = stops[number - 1] + 1 if number else 0
            end = stops[number] + 1 if number < len(stops) else len(self.text)
            numerals = self._numerals if self._numerals is not None else self.numerals()
            at = bisect_left(numerals, start)  # ``may_hold_count``, inline: once a sentence
            held = at < len(numerals) and numerals[at] < end
            counts = counts_in(self.text, start, end, self._hits(at, end)) if held else []
            sentence = (counts, [c.start for c in counts], [c.end for c in counts])
            self._sentences[number] = sentence if counts else _NO_COUNTS
        return sentence

    def _hits(self, at: int, end: int) -> list[tuple[int, int]]:
        """The spans of the matches of ``NUMERAL_THEN_MEASURE`` from numeral ``at`` up to
        ``end``, taken from the numerals found once instead of a scan of the sentence: a
        match is its character, and the space of `61723 件` when one follows."""
        text = self.text
        numerals = self._numerals
        found = numerals[at : bisect_left(numerals, end, at)]
        return [(p, p + 2 if text[p + 1] == " " else p + 1) for p in found]

    def between(self, start: int, end: int) -> list[Count]:
        """The counts that lie inside ``text[start:end]``, in order.

        The same as :func:`fillcheck.numerals.counts_in` on whole sentences, filtered
        to the window: a window cut through a number does not read part of it.
        """
        numerals = self._numerals
        if numerals is None:
            numerals = self.numerals()
        at = bisect_left(numerals, start)
        if at == len(numerals) or numerals[at] >= end:
            return []  # the usual window: no numeral before a measure word, no count
        stops = self._stops
        first = bisect_left(stops, start)  # the sentence that holds ``start``
        if end <= start or first == len(stops) or end <= stops[first] + 1:  # one sentence
            counts, starts, ends = self._sentences.get(first) or self._sentence(first)
            if not counts:
                return []
            return counts[bisect_left(starts, start) : bisect_right(ends, end)]
        last = bisect_left(stops, end - 1)
        found: list[Count] = []
        for number in range(first, last + 1):
            counts, starts, ends = self._sentences.get(number) or self._sentence(number)
            if counts:
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
        opened = self._openers.get(openers)
        if opened is None:  # the document's brackets, found once
            opened = self._openers[openers] = self.positions(*openers)
        at = bisect_left(opened, start)
        if at == len(opened) or opened[at] >= end:
            return counts  # the usual window: no bracket opened in it
        spans = []
        while at < len(opened) and opened[at] < end:
            close = matching_close(self.text, opened[at])
            if close < 0 or (closed and close >= end):
                break
            spans.append((opened[at], close))
            at = bisect_left(opened, close + 1, at + 1)  # the next one after it closes
        if len(spans) == 1:  # the usual window: one bracket
            (a, b), *_ = spans
            return [c for c in counts if not a <= c.start < b]
        return [c for c in counts if not any(a <= c.start < b for a, b in spans)]

    def ending_at(self, end: int) -> Count | None:
        """The count that ends exactly at offset ``end``, if any."""
        counts, _, ends = self._sentence(bisect_left(self._stops, max(0, end - 1)))
        at = bisect_left(ends, end)
        return counts[at] if at < len(ends) and ends[at] == end else None

    def positions(self, *literals: str) -> tuple[int, ...]:
        """Every offset where one of ``literals`` starts, ascending; scanned once per
        index and set of literals (overlapping occurrences too)."""
        found = self._positions.get(literals)
        if found is None:
            # a few literals: their own patterns beat the shared scanner (hyperscan would
            # encode the whole text again for them)
            if len(literals) == 1:
                found = tuple(iter_literal(self.text, literals[0]))
            else:
                each = (iter_literal(self.text, literal) for literal in literals)
                found = tuple(sorted(set(chain.from_iterable(each))))
            self._positions[literals] = found
        return found

    def sentence_start(self, index: int, limit: int = 300) -> int:
        """Offset just after the last sentence stop before ``index``, looking back at
        most ``limit`` characters (the window's start when there is none)."""
        lo = max(0, index - limit)
        stops = self._stops
        at = bisect_left(stops, index) - 1
        return stops[at] + 1 if at >= 0 and stops[at] >= lo else lo

    def sentence_end(self, index: int, limit: int = 400) -> int:
        """Offset of the first sentence stop at or after ``index`` (or ``index + limit``,
        at most the end of the text)."""
        end = min(len(self.text), index + limit)
        stops = self._stops
        at = bisect_left(stops, index)
        return stops[at] if at < len(stops) and stops[at] < end else end
