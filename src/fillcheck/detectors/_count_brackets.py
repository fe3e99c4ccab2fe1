"""FC304 and FC305, brackets: a total split by the counts of the bracket after it
(`19例(上海10例,北京2例,…)`), or after the `，均为…` that names all of it."""

from __future__ import annotations

from ..numerals import Count
from ..patterns import lazy_compile
from ._count_breakdown import Breakdown, Part, _label, _same_measure
from ._count_index import CountIndex
from ._count_text import clause_start, matching_close, top_level_spans

# Bracketed parts that are stages or subsets of the total, not a split of it:
# `9701例(出院5259例，死亡108例)`, `(其中重症病例2例)`, `(含4例由无症状感染者转为确诊)`.
_NOT_A_SPLIT = lazy_compile("出院|死亡|治愈|重症|其中|含|新增|累计|以上|以下|为|占|/")


# A numeral and a one- or two-character measure word ending at a position.
_COUNT_ENDS_HERE = lazy_compile("[0-9０-９一二两三四五六七八九十百千万亿] ?[\u4e00-\u9fff]{1,2}$")


def bracket_breakdown(counted: CountIndex, index: int) -> list[Breakdown]:
    """`9例(广东4例，北京1例，…)`: a total whose bracket splits it into counted parts;
    a group counted in two measures (`16369户54851人(脱贫不稳定户5018户18684人、…)`)
    is split in both."""
    text = counted.text
    total = _total_before_bracket(counted, index)
    if total is None:
        return []
    close = matching_close(text, index)
    if close < 0 or _NOT_A_SPLIT.search(text, index, close):
        return []
    before = counted.between(max(0, total.start - 14), total.start)
    totals = [total]
    if before and before[-1].end == total.start and before[-1].exact:
        if not _same_measure(before[-1], total):
            totals.insert(0, before[-1])  # `16369户54851人`: one group, two measures
    columns: list[list[Part]] = [[] for _ in totals]
    for start, end in top_level_spans(text, index + 1, close, "，,、；;"):
        counts = counted.between(start, end)
        if len(counts) != len(totals) or not all(c.exact for c in counts):
            return []
        if not all(_same_measure(c, t) for c, t in zip(counts, totals, strict=True)):
            return []
        if text[counts[-1].end : end].strip():
            return []  # `(上海10例输入)`: more than a name and its count
        label = _label(text[start : counts[0].start])
        for column, count in zip(columns, counts, strict=True):
            column.append(Part(count, label))
    if len(columns[0]) < 2:
        return []
    label_start = clause_start(text, totals[0].start)
    total_label = _label(text[label_start : totals[0].start])
    whole = not _subset(columns[0], total_label)
    return [
        Breakdown(each, total_label, tuple(parts), whole)
        for each, parts in zip(totals, columns, strict=True)
    ]


# `新增确诊病例9例,均为境外输入病例(广东4例,…)`: the bracket splits the count before `均为`.
_ALL_OF = lazy_compile(r"[，,](?:均为|均係|均系|全部为|全部是|全为)[\u4e00-\u9fff]{1,10}$")


def _total_before_bracket(counted: CountIndex, index: int) -> Count | None:
    """The exact count a bracket at ``index`` splits: right before it (`9例(`), or
    before the `，均为…` that names all of it (`9例,均为境外输入病例(`)."""
    text = counted.text
    if _COUNT_ENDS_HERE.compiled.search(text, max(0, index - 4), index) is not None:
        end = index
    else:
        window = text[max(0, index - 14) : index]
        if "均" not in window and "全" not in window:
            return None  # no numeral and measure word right before the bracket
        match = _ALL_OF.compiled.search(text, max(0, index - 14), index)
        if match is None:
            return None  # no numeral and measure word right before the bracket
        end = match.start()
    before = counted.between(max(0, end - 14), end)
    if not before or before[-1].end != end or not before[-1].exact:
        return None
    return before[-1]


def complement(labels: list[str]) -> bool:
    """True for a name and its complement (`电话诉求`, `非电话诉求`): the whole split."""
    return len(labels) == 2 and any(
        b in ("非" + a, "不" + a, "未" + a) for a, b in (labels, labels[::-1])
    )


def _subset(parts: list[Part], total_label: str) -> bool:
    """True when every part's name ends in words the total's lacks: `执业助理504人
    (乡村全科162人、执助全科8人)` splits the 全科 among them, not the whole."""
    labels = [part.label for part in parts]
    if complement(labels):
        return False
    common = 0
    while common < min(map(len, labels)) and len({lab[-common - 1] for lab in labels}) == 1:
        common += 1
    return common >= 2 and labels[0][-common:] not in total_label
