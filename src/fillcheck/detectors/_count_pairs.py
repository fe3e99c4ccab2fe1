"""Both members of a split stated without an opener after their total:
`戶籍人口總數為54.1776萬人,…,城鎮人口總數為16.1823萬人,鄉村人口總數為37.9953萬人`,
`全國人口(…)140967萬人。…男性人口72032萬人,女性人口68935萬人`.

The two counts stand in neighbouring clauses (a change between them is passed over),
their names are the members of a split (男/女, 城镇/乡村, …, see
:data:`._count_breakdown.PARTITIONS`), and the total is the nearest count before them
of the noun both names end in (`人口`), itself named by no member of a split and by no
flow (`出生人口`, `死亡人口`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numerals import Count
from ..patterns import lazy_compile
from ._count_breakdown import (
    _DELTA,
    PARTITIONS,
    Breakdown,
    Part,
    _label,
    _same_measure,
    names_partition,
)
from ._count_index import CountIndex

# The second member of each split: where a pair is looked for.
_SECOND = tuple(sorted({members[-1] for members in PARTITIONS}))
_CLAUSE = "，,；;、：:"
# The link between a noun and its count (`人口總數為`, `人口[3]为`).
# A note's number after a noun: `常住人口[3]为429405人`.
_NOTE = re.compile(r"[\[［][0-9]{1,2}[\]］](?=[为是达有共]?$)")
_LINK = lazy_compile(r"(?:总数|总量|总计|合计|数)?(?:为|是|达|有|共)?$")
# Names of flows and changes, not of a stock that splits: `出生人口`, `迁入人口`.
# Names of age groups (`65岁及以上人口`) are no whole either.
_FLOW = lazy_compile(
    "出生|死亡|迁|新增|增加|减少|流动|净增|登记|变动|抽样|调查|岁|以上|以下|平均|人均|户均|每"
)
WHOLE_REACH = _REACH = 600  # how far before its parts a whole is looked for
# How far into its clause a member's name may start (`居住在乡村`, `地方税收`).
_MEMBER_REACH = 6
# Words that only place or date a whole (`2023年年末全国人口`, `户籍人口`, `全市常住人口`).
_SCOPE = lazy_compile(
    r"(?:[0-9]+年|年?末|年底|全[市县省国区州乡镇]|本[市县区]|户籍|常住|全部|全体|总)*"
)

_SECOND_COUNTED = re.compile(
    "(?:"
    + "|".join(sorted(_SECOND, key=lambda word: (-len(word), word)))
    + ")(?=[^，,；;、。\n]{0,18}[0-9])"
)


def pair_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Each pair of split members with the total of their noun (see the module docstring)."""
    text = counted.text
    seen: set[int] = set()
    for match in _SECOND_COUNTED.finditer(text):  # a member with a figure after it
        index = match.start()
        opening = text[max(0, index - _MEMBER_REACH) : index]
        if not any(stop in opening for stop in _CLAUSE + "。\n") and index > _MEMBER_REACH:
            continue  # a member names a part only near the start of its clause
        if opening and max(map(opening.rfind, "。\n")) > max(map(opening.rfind, _CLAUSE)):
            continue  # the member opens a sentence: no clause before it holds the other
        second = _count_in_clause(counted, index)
        if second is None or second.start in seen:
            continue
        clause = _clause_start(text, second.start)
        first = _previous_count(counted, clause, second)
        if first is None:
            continue
        labels = [_name(text, first.start), _name(text, second.start)]
        if not names_partition(labels) or "其中" in text[max(0, first.start - 40) : first.start]:
            continue
        noun = _noun(labels)
        if len(noun) < 2:
            continue
        least = min(first.value or 0, second.value or 0)
        found = whole_before(counted, first, noun, least)
        if found is None:
            continue
        seen.add(second.start)
        parts = (Part(first, labels[0]), Part(second, labels[1]))
        yield Breakdown(found[0], found[1], parts, exhaustive=True)


def _count_in_clause(counted: CountIndex, index: int) -> Count | None:
    """The first exact count after ``index`` in its clause (within 20 characters)."""
    text = counted.text
    for count in counted.between(index, min(len(text), index + 20)):
        if any(stop in text[index : count.start] for stop in _CLAUSE + "。\n"):
            return None
        return count if count.exact else None
    return None


def _clause_start(text: str, index: int) -> int:
    """Just after the last clause stop in the 40 characters before ``index`` (or 40 back)."""
    lo = max(0, index - 40)
    return max(lo - 1, *(text.rfind(stop, lo, index) for stop in _CLAUSE + "。\n")) + 1


def _previous_count(counted: CountIndex, clause: int, like: Count) -> Count | None:
    """The count of the clause before ``clause`` (or of the one before it, past a clause
    that states a change: `城镇常住人口93267万人,比上年末增加1196万人;乡村…`)."""
    text = counted.text
    end = clause - 1
    for _ in range(2):
        if end <= 0 or text[end] not in _CLAUSE:
            return None
        start = _clause_start(text, end)
        counts = [c for c in counted.between(start, end) if _same_measure(c, like)]
        if counts and not _DELTA.search(text, start, end):
            return counts[-1] if counts[-1].exact else None
        if not counts and start < end:
            return None
        end = start - 1
    return None


def _name(text: str, start: int) -> str:
    """The words naming the count at ``start``, without the link (`城镇人口`)."""
    words = _label(_NOTE.sub("", text[_clause_start(text, start) : start]))
    return words[: _LINK.search(words).start()] if words else words


def _noun(labels: list[str]) -> str:
    """The noun both members' names end in (`人口` of `男性人口`, `女性人口`)."""
    tail = 0
    shortest = min(map(len, labels))
    while tail < shortest and len({label[-tail - 1] for label in labels}) == 1:
        tail += 1
    noun = labels[0][len(labels[0]) - tail :] if tail else ""
    return noun.lstrip("性的")


def whole_before(
    counted: CountIndex, first: Count, noun: str, least: float = 0.0
) -> tuple[Count, str] | None:
    """The nearest count before ``first`` named by ``noun`` as a whole (or, failing that,
    by a shorter ending of it: `常住人口` then `人口`), not by a member or a flow, and
    larger than ``least`` (the smallest part: a whole is larger than each part but one
    that is wrong)."""
    for length in range(len(noun), 1, -1):
        found = _named_before(counted, first, noun[-length:])
        if found is not None and (found[0].value or 0) > least:
            return found
    return None


def _named_before(counted: CountIndex, first: Count, noun: str) -> tuple[Count, str] | None:
    text = counted.text
    lo = max(0, first.start - _REACH)
    if text.rfind(noun, lo, first.start) < 0:
        return None  # the usual case: the noun is not named before
    for count in reversed(counted.between(lo, first.start)):
        if not count.exact or not _same_measure(count, first):
            continue
        if text.rfind(noun, max(lo, count.start - 60), count.start) < 0:
            continue
        end = count.start
        if end and text[end - 1] in "）)":  # `全國人口(包括…)140967萬人`
            end = _opening(text, end - 1)
            if end < 0:
                continue
        name = _name(text, end)
        if not name.endswith(noun) or _FLOW.search(name):
            continue
        if not _SCOPE.fullmatch(name[: len(name) - len(noun)]):
            continue  # `家庭户人口` is not all of `人口`
        if is_member(name):
            continue  # `城镇人口` is a member, not the whole
        return count, name
    return None


def is_member(words: str) -> bool:
    """True when ``words`` name a member of a split (`女性`, `城镇`)."""
    return any(member in words for members in PARTITIONS for member in members)


def _opening(text: str, close: int) -> int:
    """Offset of the bracket the one at ``close`` closes (within 200 characters), or -1."""
    depth = 0
    for i in range(close, max(-1, close - 200), -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            depth -= 1
            if depth == 0:
                return i
    return -1
