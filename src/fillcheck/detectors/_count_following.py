"""Parts listed in the sentence after their total, with no opening word:

* the next sentence opens with the word that states the total
  (`…处分62.7万人(其中党纪处分52.4万人)。处分省部级干部36人,厅局级干部3024人,…`);
* the total names how many kinds make it up (`全国三大粮食作物总产量达到51045万吨。稻谷总产量…
  20078万吨,…;小麦总产量18405万吨,…;玉米总产量19175万吨`): as many parts as announced
  are the whole split.

The total is the last plain count of its sentence; each part is the first exact count of
the total's measure in a clause (`；` clauses when the sentence has them) that opens with
its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numerals import Count
from ..patterns import lazy_compile
from ._count_breakdown import (
    _DELTA,
    Breakdown,
    Part,
    _label,
    _same_measure,
    _sentence_start,
    _top_level_counts,
)
from ._count_index import CountIndex
from ._count_text import sentence_end, top_level_spans

# `三大粮食作物`, `两类`, `五种`: a total that names how many kinds make it up.
_KINDS = lazy_compile("([两二三四五六七八九])(?:大|类|种)")
_KIND_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"两": 2}
_NAME_STOPS = "，,：:"
# First characters of words that place or date a sentence rather than state what it
# counts (`全市…。全市共组织…`, `今年…`): no head that the next sentence repeats.
_NOT_HEAD = "全本今年截此同其另各我该0123456789"
# A clause with a total of its own ends the list: `全市共组织实施…154项`.
_OWN_TOTAL = lazy_compile("共|其中|合计|累计|总计")

_DIGIT = re.compile("[0-9]")
# A `。` with a sentence after it whose first character may open a head: found in one
# scan, so that most stops (a line break or a date after them) cost no Python step.
_OPEN_STOP = re.compile(f"。(?=[^{_NOT_HEAD}\n ][\\s\\S])")


def following_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Totals whose parts the next sentence lists (see the module docstring)."""
    text = counted.text
    for match in _OPEN_STOP.finditer(text):
        stop = match.start()
        head = text[stop + 1 : stop + 3]
        if _DIGIT.search(text, max(0, stop - 40), stop) is None:
            continue  # no count ends the sentence
        lo = max(0, stop - 80)
        # kinds named in the 80 characters before (a window per candidate stop: few stops
        # are candidates, and a scan of the whole text for them costs more)
        named = _KINDS.compiled.search(text, lo, stop + 1) is not None
        if not named and text.find(head, lo, stop) < 0:
            continue  # the cheap test first: no head repeated, no kinds named
        last = max(lo - 1, *(text.rfind(s, lo, stop) for s in "，,；;。\n")) + 1
        if head not in text[last : last + 4] and _KINDS.search(text, last, stop) is None:
            continue
        found = _total_at_end(counted, stop)
        if found is None:
            continue
        total, label_start = found
        end = sentence_end(text, stop + 1)
        if "\n" in text[stop:end] or text.startswith("其中", stop + 1):
            continue
        clause = text[label_start : total.start]
        kinds = _KINDS.search(clause)
        repeated = len(head) == 2 and clause.startswith(head) and head[0] not in _NOT_HEAD
        if not repeated and kinds is None:
            continue
        parts = _listed(counted, stop + 1, end, total)
        if len(parts) < 2:
            continue
        announced = _KIND_VALUES.get(kinds.group(1)) if kinds else None
        if kinds is not None and announced != len(parts):
            continue  # `三大…` with other than three parts: another reading
        exhaustive = announced == len(parts)
        yield Breakdown(total, _label(clause), tuple(parts), exhaustive)


def _total_at_end(counted: CountIndex, stop: int) -> tuple[Count, int] | None:
    """The plain count that ends the sentence before ``stop`` (a bracket or a change may
    follow it), with the start of its clause."""
    text = counted.text
    start = _sentence_start(text, stop)
    counts = [c for c in _top_level_counts(counted, start, stop) if c.exact]
    if not counts:
        return None
    total = counts[-1]
    clause = max(text.rfind(s, start, total.start) for s in "，,；;：:") + 1
    clause = max(clause, start)
    if _DELTA.search(text, clause, total.start):
        return None
    tail = text[total.end : stop]
    if any(s in tail for s in "，,；;") and not _changes_only(text, total.end, stop):
        return None
    return total, clause


def _changes_only(text: str, start: int, end: int) -> bool:
    """True when every clause of ``text[start:end]`` states a change (`,增长4.5%`)."""
    pieces = [p for p in top_level_spans(text, start, end, "，,；;") if text[p[0] : p[1]].strip()]
    return all(_DELTA.search(text, lo, hi) for lo, hi in pieces)


def _listed(counted: CountIndex, start: int, end: int, total: Count) -> list[Part]:
    """The parts the sentence ``text[start:end]`` lists, each opening its clause; the
    list ends at the first clause without one."""
    text = counted.text
    separators = "；;" if any(s in text[start:end] for s in "；;") else "，,；;"
    parts: list[Part] = []
    for lo, hi in top_level_spans(text, start, end, separators):
        count = next(
            (c for c in _top_level_counts(counted, lo, hi) if _same_measure(c, total) and c.exact),
            None,
        )
        if count is None:
            break
        first = counted.between(lo, hi)[0].start  # `稻谷总产量突破2亿吨,达到20078万吨`
        stops = [i for i in (text.find(s, lo, first) for s in _NAME_STOPS) if i > 0]
        name = text[lo : min(stops, default=first)]
        if _DELTA.search(name) or _OWN_TOTAL.search(name) or not name.strip():
            break
        parts.append(Part(count, _label(name)))
    return parts
