"""Numbers written against a unit, with or without a space: what FC501 counts and reports.

``280 万元`` (a space between) against ``280万元`` (none); found with ``re`` alone, the
spaced pairs from their spaces rather than from every digit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain

from ..patterns import alternation
from ._values import NOT_UNITS, UNITS

# A number, one space, and what may be a unit: `280 万元`, `1 次`, `60 %`, `2021 版`.
# (A number never starts after a digit, a dot or a letter; that is checked after its first
# digit, since a pattern that starts with a look-behind makes `re` try every position,
# and what may follow is narrowed to the first characters of units, so that Python
# looks only at numbers before one.)
_UNIT_FIRSTS = "".join(sorted({unit[0] for unit in UNITS}))
SPACED_PAIR = re.compile(
    f"\\d(?<![\\d.A-Za-z]\\d)\\d*(?:\\.\\d+)?[ \u3000\xa0](?=[{re.escape(_UNIT_FIRSTS)}版])"
)
# The space of such a pair: a space between a digit and what may be a unit (far rarer than
# a digit, so `re` stops at fewer places); one pattern per space character, each opening
# with that literal, which `re` scans for far faster than for any of the three.
_PAIR_SPACES = tuple(
    re.compile(f"{space}(?<=\\d{space})(?=[{re.escape(_UNIT_FIRSTS)}版])")
    for space in " \u3000\xa0"
)
# A number written straight against what may be a unit: `280万元` (never `%`: `60%` is a
# share, not a pair the document spaces or not).
TIGHT_PAIR = re.compile(
    f"\\d(?<![\\d.A-Za-z]\\d)\\d*(?:\\.\\d+)?(?=[{re.escape(_UNIT_FIRSTS.replace('%', ''))}])"
)
# The same, counted where a unit follows, as unit_at() reads one: a unit starts there
# and the two characters there are no ordinary word (`项目`). Counted by `re` alone.
TIGHT_UNIT = re.compile(
    f"{TIGHT_PAIR.pattern}(?=(?:{alternation(UNITS)}))(?!(?:{alternation(NOT_UNITS)}))"
)


_START = re.Match.start


def spaced_pairs(text: str) -> Iterator[re.Match[str]]:
    """``SPACED_PAIR.finditer(text)``, found from the spaces rather than from every digit.

    A match ends with its space, and its number can start only where a run of digits and
    dots starts (the look-behind): the number of each space between a digit and a unit is
    matched from the start of the run before it, as a scan from the left would.
    """
    spaces = (map(_START, pattern.finditer(text)) for pattern in _PAIR_SPACES)
    for end in sorted(chain.from_iterable(spaces)):
        begin = end - 1
        while begin > 0 and (text[begin - 1].isdecimal() or text[begin - 1] == "."):
            begin -= 1
        for start in range(begin, end):
            if match := SPACED_PAIR.match(text, start):
                yield match
                break


# How many pairs on each side of a spaced pair make its neighbourhood.
_NEIGHBOURS = 3
# So many spaced pairs in a line without a tight one make the line a passage of its own.
_LINE_PAIRS = 3


def in_spaced_passage(text: str, pairs: list[tuple[int, int, int]], tight: list[int]) -> set[int]:
    """The starts of spaced pairs that stand in a passage spacing its own pairs.

    A page that gathers passages from several sources (a collection of model
    reports, a news digest quoting a Hong Kong statement that writes `830 項`)
    mixes styles, each passage consistent in itself. A spaced pair is part of
    such a passage when its line writes no pair without a space, and most of
    the pairs around it (``_NEIGHBOURS`` on each side, in text order) are
    spaced too or its line writes ``_LINE_PAIRS`` pairs or more: not a slip
    against the document's style but another style. ``tight``: the starts of the
    pairs written without a space, in text order.
    """
    spaced_starts = sorted(pair[0] for pair in pairs)
    marks = sorted([(start, False) for start in tight] + [(start, True) for start in spaced_starts])
    passage = set()
    for index, (start, spaced) in enumerate(marks):
        if not spaced:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if bisect_left(tight, line_end) > bisect_left(tight, line_start):
            continue  # the line writes a pair without a space
        around = marks[max(0, index - _NEIGHBOURS) : index + _NEIGHBOURS + 1]
        in_line = bisect_left(spaced_starts, line_end) - bisect_left(spaced_starts, line_start)
        if in_line >= _LINE_PAIRS or 2 * sum(1 for _, other in around if other) > len(around):
            passage.add(start)
    return passage
