"""FC304/FC305: a total split into a kind and its negation (`工单共3456件,…,已解决3112件,未解决
444件`, `抽检120批次,合格118批次,不合格2批次`): the two clauses right after the total name the
same state, the second with `未` or `不` before it, so the two counts make the total."""

from __future__ import annotations

from collections.abc import Iterator

from ..numerals import same_kind
from ..patterns import is_han, lazy_compile
from ._count_breakdown import Breakdown, Part, _label, _top_level_counts, after_label_start
from ._count_index import CountIndex
from ._count_text import after_last_stop

# A clause opening with a negation: `,未解决`, `；不合格`.
_NEGATED = lazy_compile(r"[，,；;](?:未|不)")
_STOPS = "，,；;。！？\n：:"
# Words before a state that say it is reached (`已解决`, `共合格`): not part of its name.
_DONE = "已共均"


def negated_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Breakdowns of a total into a state and its negation (see the module)."""
    text = counted.text
    for match in _NEGATED.compiled.finditer(text):
        at = match.start()
        negated = _clause_count(counted, at + 1)
        if negated is None:
            continue
        count2, label2 = negated
        lo = max(0, at - 40)
        start1 = max(lo, after_last_stop(text, lo, at, _STOPS))
        first = _clause_count(counted, start1)
        if first is None or first[0].end > at:
            continue
        count1, label1 = first
        state = label1.lstrip(_DONE)
        if len(state) < 2 or label2[1:] != state or not same_kind(count1, count2):
            continue
        if start1 < 1 or text[start1 - 1] not in "，,；;":
            continue
        before = _top_level_counts(counted, max(0, start1 - 120), start1 - 1)
        back = max(0, start1 - 120)
        sentence = max(back, after_last_stop(text, back, start1, "。！？\n"))
        totals = [c for c in before if c.start >= sentence and same_kind(c, count1)]
        if not totals or not totals[-1].exact:
            continue
        total = totals[-1]
        # the total's clause must end right before the state's (a bracket may close it)
        if any(c in _STOPS for c in _between_outside_brackets(text, total.end, start1 - 1)):
            continue
        parts = (Part(count1, label1), Part(count2, label2))
        lo = after_label_start(text, max(0, total.start - 20), total.start)
        yield Breakdown(total, _label(text[lo : total.start]), parts, exhaustive=True)


def _clause_count(counted: CountIndex, start: int) -> tuple[object, str] | None:
    """The count a clause opens with after its name (`未解决444件`), and the name."""
    text = counted.text
    end = start
    while end < len(text) and end - start < 10 and is_han(text[end]):
        end += 1
    if end == start or end >= len(text) or not text[end].isdigit():
        return None
    found = counted.between(end, min(len(text), end + 16))
    if not found or found[0].start != end or not found[0].exact:
        return None
    return found[0], text[start:end]


def _between_outside_brackets(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without what brackets enclose."""
    out, depth = [], 0
    for char in text[start:end]:
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(char)
    return "".join(out)
