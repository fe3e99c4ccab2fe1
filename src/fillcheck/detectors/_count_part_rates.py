"""FC308: a rate named after one part of a `其中` split, right after that part's counts:
`审结163件235人,其中批准逮捕134件187人,逮捕率为79.57%;不捕29件48人,不捕率为20.43%`.

The rate's name (two or more characters before `率`) stands in the part's name, so the
rate is the part over the total the `其中` splits. A part counted in two measures side by
side (`29件48人`) is measured in each against the total of that measure; the rate is
reported only when it agrees with none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..patterns import lazy_compile
from ._count_breakdown import after_label_start
from ._count_index import CountIndex
from ._count_share_base import Share, check, digits
from ._count_share_parts import total_of_part

# `,逮捕率为79.57%`: a comma, the rate's name, `率`, the percentage.
_PART_RATE = lazy_compile(
    r"[，,]\s*(?P<stem>[\u4e00-\u9fff]{2,4})率(?:为|是|達到?|达到?)?\s?"
    r"(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]"
)


def part_rate_hits(counted: CountIndex, stage: re.Pattern[str]) -> Iterator[Hit]:
    """FC308 hits of rates named after a part of a `其中` split; a rate that ``stage``
    matches (`办结率`) is a stage's, of the count before its part, and left to that rule."""
    text = counted.text
    for index in counted.positions("率"):
        match = _PART_RATE.compiled.search(text, max(0, index - 6), index + 16)
        if match is None or match.end("stem") != index:
            continue
        if stage.search(text, match.start("stem"), match.end()):
            continue
        run = _counts_before(counted, match.start())
        if not run:
            continue
        start = after_label_start(text, max(0, run[0].start - 20), run[0].start)
        if match.group("stem") not in text[start : run[0].start]:
            continue  # a rate of something the part's name does not say
        pct = match.group("pct")
        hits = []
        for count in run:
            total = total_of_part(counted, count)
            if total is None:
                continue
            share = Share(count, float(pct), digits(pct), "", match.start("pct"), match.end())
            hit = check(text, share, total, share.start, share.end)
            if hit is None:
                break  # the rate agrees with one measure of the part
            hits.append(hit)
        else:
            if hits:
                yield hits[-1]


def _counts_before(counted: CountIndex, end: int) -> list:
    """The exact counts side by side that end at ``end`` (`29件48人`), in order."""
    run = []
    count = counted.ending_at(end)
    while count is not None and count.exact and len(run) < 3:
        run.insert(0, count)
        count = counted.ending_at(count.start)
    return run
