"""FC304/FC305: parts stated before their total, in the total's sentence.

`警司級或以上464人、督察級2387人、初級警務人員26487人、文職人員4312人、輔警3124人,
總人數是36774人`: a clause that opens with a word of totals (`共`, `合计`, `总人数是`)
right after a run of clauses each naming one count of its measure closes that run, and
the run is the whole of it: the counts must add up to the total. A run that ends in
`等` names only some parts; then none may exceed the total, nor all of them together.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..numerals import Count
from ..patterns import lazy_compile
from ._count_breakdown import _DELTA, Breakdown, Part, _label, _same_measure
from ._count_index import CountIndex
from ._count_noun_parts import noun_breakdowns_at
from ._count_text import top_level_spans

# A total's clause: a word of totals and the count (`总人数是`, `共计`, `合计为`, `共`).
_TOTAL_CLAUSE = lazy_compile(
    r"\s*(?:总计|合计|共计|一共|总共|共有|共|总[人户件个起]?[数量额])"
    r"(?:为|是|达到?|有)?\s*$"
)
# The words before a numeral that may open such a clause or declare a total of a head
# noun (see :mod:`._count_noun_parts`), tried first (cheaply), this far back.
_ANCHOR = lazy_compile("总|合计|共|各类|各项|各种|全部|所有|整体")
_WIDE_REACH = 20
_REACH = 12
# The characters of a figure, read back from its last one (`36,774`, `4.2万`).
_NUMERAL_CHARS = "0123456789０１２３４５６７８９.,．万亿千 "
_SEPARATORS = "，,、；;"
_MAX_PARTS = 12


def parts_first_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Each total that closes a run of parts stated before it in its sentence, and (one
    pass over the numerals for both) each total of a head noun with a larger part."""
    text = counted.text
    search = _ANCHOR.compiled.search
    for last in counted.numerals():
        lo = max(0, last - _WIDE_REACH)
        if search(text, lo, last) is None:
            continue  # the usual numeral: no word of totals just before it
        breakdown = _first_at(counted, last)
        if breakdown is not None:
            yield breakdown
        yield from noun_breakdowns_at(counted, last)


def _first_at(counted: CountIndex, last: int) -> Breakdown | None:
    """The run of parts before the total whose numeral ends at ``last``, if any."""
    text = counted.text
    lo = max(0, last - _REACH)
    first = len(text[lo : last + 1].rstrip(_NUMERAL_CHARS)) + lo  # where the figure starts
    start = max(text.rfind(mark, lo, first) for mark in _SEPARATORS)
    if start < 0 or not _TOTAL_CLAUSE.compiled.fullmatch(text, start + 1, first):
        return None  # not a clause of a word of totals and the count: no sentence is read
    found = counted.between(lo, last + 8)
    total = next((c for c in found if c.start <= last < c.end), None)
    if total is None or not total.exact or total.start != first:
        return None
    return _run_before(counted, total, start)


def _run_before(counted: CountIndex, total: Count, stop: int) -> Breakdown | None:
    """The parts in the clauses of the total's sentence before ``stop`` (the separator
    before the total's clause), nearest first until a clause holds no such count."""
    text = counted.text
    sentence = counted.sentence_start(stop, limit=400)
    parts: list[Part] = []
    for start, end in reversed(top_level_spans(text, sentence, stop, _SEPARATORS)):
        counts = [c for c in counted.outside_brackets(start, end) if _same_measure(c, total)]
        if len(counts) != 1 or not counts[0].exact or _DELTA.search(text, start, end):
            break
        if "其中" in text[start:end]:
            break  # the parts of another total
        count = counts[0]
        label = _label(text[start : count.start])
        if not label or text[count.end : end].strip(" （()）等"):
            break  # a clause of more than a name and its count
        parts.append(Part(count, label))
        if len(parts) > _MAX_PARTS:
            return None
    if len(parts) < 2:
        return None
    parts.reverse()
    exhaustive = "等" not in text[parts[-1].count.end : stop]
    label = _label(text[stop + 1 : total.start])
    return Breakdown(total, label, tuple(parts), exhaustive)
