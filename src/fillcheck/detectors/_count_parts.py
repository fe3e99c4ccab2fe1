"""FC304 and FC305: parts (`其中…`, `已办结…`) measured against the total they belong to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..finding import Hit
from ..messages import t
from ..numerals import NUMERAL, Count, counts_in, same_kind
from ..patterns import char_before, lazy_compile
from ._count_text import (
    clause_start,
    iter_literal,
    matching_close,
    sentence_end,
    top_level_spans,
)

# What may stand before `其中` when it opens the parts of the count just before it.
_QIZHONG_BEFORE = "，,、；;：:（("
# A clause that reports a change or a share states no part: `比上年增加1.06万所`.
_DELTA = lazy_compile("增加|减少|增长|下降|提高|降低|上升|回落|比上年|同比|环比|较上|占")
# A clause with a total of its own ends the list of parts: `全年共培训200人`.
_AGGREGATE = lazy_compile(r"^\s*共|共计|共有|总共|合计|累计|总计|全年|总数|另有|此外")
# Words around a label that do not name the part: `其中`, `有`, `为`.
_LABEL_TRIM_LEFT = "其中，,：: "
_LABEL_TRIM_RIGHT = "共有为是达计约 "
# Pairs of parts that together make up the whole, so their sum must equal it.
PARTITIONS = (
    ("男", "女"),
    ("城镇", "乡村"),
    ("城镇", "农村"),
    ("城市", "农村"),
    ("正式党员", "预备党员"),
    ("在职", "离退休"),
    ("在职", "退休"),
    ("公办", "民办"),
)
_REMAINDER = ("其余", "其他", "其它", "剩余")

_STAGE_COUNT = rf"(?P<{{0}}>{NUMERAL})(?P<{{1}}>件|个|条|项|宗|起)"
# A pipeline stated twice: received, then finished (`受理企业工单30件，已办结45件`).
STAGES = lazy_compile(
    r"(?P<first>受理|接收|接到|立案|排查出?|梳理出?|查摆出?|摸排出?)"
    r"(?P<what>[^，,。；;：:\n\d]{0,12}?)" + _STAGE_COUNT.format("n1", "u1") + r"[，,；;]\s*"
    r"(?P<pre>已|均已|共|已全部)?"
    r"(?P<second>办结|结案|整改到位|完成整改|整改|化解|解决|处理完毕|答复|回复|销号)"
    r"(?P<what2>[^，,。；;：:\n\d]{0,8}?)" + _STAGE_COUNT.format("n2", "u2")
)


# After a later stage, these say it includes cases from before the first stage.
_CARRIED_OVER = lazy_compile("含|结转|上年|往年|历年|累计")


class Part(NamedTuple):
    """One part after `其中`: its count and the words that name it."""

    count: Count
    label: str


class Breakdown(NamedTuple):
    """A total and the parts listed after its `其中`."""

    total: Count
    total_label: str
    parts: tuple[Part, ...]


def breakdowns(text: str) -> Iterator[Breakdown]:
    """Every `<total>，其中<part>、<part>…` in ``text`` with exact, same-kind counts."""
    for index in iter_literal(text, "其中"):
        before = char_before(text, index)
        if before not in _QIZHONG_BEFORE:
            continue  # after `。` the total it refers to is not certain
        total, total_label = _total_before(text, index - 1)
        if total is None:
            continue
        end = _parts_end(text, index, before)
        parts = _parts(text, index + 2, end, total)
        if parts:
            yield Breakdown(total, total_label, tuple(parts))


def _total_before(text: str, stop: int) -> tuple[Count | None, str]:
    """The count that ends the clause before ``stop`` (the separator before 其中)."""
    start = clause_start(text, stop)
    counts = counts_in(text, start, stop)
    if not counts or counts[-1].end != stop or not counts[-1].exact:
        return None, ""
    total = counts[-1]
    return total, _label(text[start : total.start])


def _parts_end(text: str, index: int, before: str) -> int:
    """Where the parts after the 其中 at ``index`` end: the sentence, bracket or next 其中."""
    if before in "（(":
        close = matching_close(text, index - 1)
        return close if close > 0 else index
    end = sentence_end(text, index + 2)
    nested = text.find("其中", index + 2, end)
    return nested if nested > 0 else end


def _parts(text: str, start: int, end: int, total: Count) -> list[Part]:
    parts = []
    for clause_start_, clause_end in top_level_spans(text, start, end, "，,、；;"):
        clause = text[clause_start_:clause_end]
        if _AGGREGATE.search(clause) and parts:
            break
        if _DELTA.search(clause):
            continue
        counts = counts_in(text, clause_start_, clause_end)
        count = next((c for c in counts if same_kind(c, total)), None)
        if count is None or not count.exact:
            continue
        label = _label(text[clause_start_ : count.start])
        if not label:  # `其中56家企业实现…`: the words after the count name the part
            label = text[count.end : clause_end].strip()[:8]
        parts.append(Part(count, label))
    return parts


def _label(words: str) -> str:
    """The words just before a count that name it (`村上保洁员` in `、村上保洁员154名`)."""
    return words.strip(_LABEL_TRIM_LEFT).rstrip(_LABEL_TRIM_RIGHT)[-10:]


def described(count: Count, label: str) -> str:
    """`154 (村上保洁员)`, or just `154` when the count has no label."""
    if not label:
        return numeral_text(count)
    return t("count-label", count=numeral_text(count), label=label)


def numeral_text(count: Count) -> str:
    """The numeral of a count as written (`154`, `8.1万`)."""
    return count.text[: count.num_end - count.start]


def parts_exceeding_total(text: str, found: list[Breakdown]) -> Iterator[Hit]:
    """FC304 hits: a part in ``found`` breakdowns, or a later stage, larger than its total."""
    for breakdown in found:
        total = breakdown.total
        for part in breakdown.parts:
            if (part.count.value or 0) > (total.value or 0):
                yield _exceeds_hit(breakdown, part)
    yield from _stage_hits(text)


def _exceeds_hit(breakdown: Breakdown, part: Part) -> Hit:
    total = breakdown.total
    message = t(
        "part-exceeds",
        part=described(part.count, part.label),
        total=described(total, breakdown.total_label),
    )
    return Hit(part.count.start, part.count.end, message, t("check-both"))


def _stage_hits(text: str) -> Iterator[Hit]:
    for match in STAGES.finditer(text):
        counts = counts_in(text, match.start(), match.end())
        numbers = [c for c in counts if c.start in (match.start("n1"), match.start("n2"))]
        if len(numbers) != 2 or not all(c.exact for c in numbers):
            continue
        first, second = numbers
        if (second.value or 0) <= (first.value or 0):
            continue
        if _CARRIED_OVER.search(text, match.end(), sentence_end(text, match.end(), 60)):
            continue  # `办结45件（含上年结转20件）`: the later stage includes older cases
        label_1 = match.group("first") + match.group("what")
        label_2 = (match.group("pre") or "") + match.group("second") + match.group("what2")
        message = t(
            "part-exceeds", part=described(second, label_2), total=described(first, label_1)
        )
        yield Hit(second.start, second.end, message, t("check-both"))


def parts_not_summing(found: list[Breakdown]) -> Iterator[Hit]:
    """FC305 hits: every part of a known partition is given and they do not add up."""
    for breakdown in found:
        if len(breakdown.parts) < 2 or not _complete(breakdown.parts):
            continue
        total = breakdown.total
        values = [part.count.value or 0 for part in breakdown.parts]
        tolerance = sum(p.count.numeral.step for p in breakdown.parts) / 2 + total.numeral.step / 2
        if abs(sum(values) - (total.value or 0)) <= tolerance + 1e-9:
            continue
        shown = " + ".join(described(p.count, p.label) for p in breakdown.parts)
        message = t(
            "parts-not-summing",
            parts=shown,
            sum=_format(sum(values)),
            total=described(total, breakdown.total_label),
        )
        yield Hit(total.start, breakdown.parts[-1].count.end, message, t("check-figures"))


def _complete(parts: tuple[Part, ...]) -> bool:
    labels = [part.label for part in parts]
    if labels[-1].startswith(_REMAINDER):
        return True
    for partition in PARTITIONS:
        if len(labels) == len(partition) and all(
            any(label.startswith(member) for label in labels) for member in partition
        ):
            return True
    return False


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
