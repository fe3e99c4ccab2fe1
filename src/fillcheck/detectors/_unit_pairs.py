"""Numbers written against a unit, with or without a space: what FC501 counts and reports.

``280 万元`` (a space between) against ``280万元`` (none); found with ``re`` alone, the
spaced pairs from their spaces rather than from every digit.
"""

from __future__ import annotations

import re
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
