"""FC304 and FC305: parts (`其中…`, `已办结…`) measured against the total they belong to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numerals import Count, same_kind
from ..patterns import char_before, is_han, lazy_compile, line_bounds
from ._count_brackets import _COUNT_ENDS_HERE, bracket_breakdown, complement
from ._count_breakdown import (
    _DELTA,
    Breakdown,
    Part,
    _is_share,
    _label,
    _parts,
    _plain_counts,
    _same_measure,
    _sentence_start,
    _top_level_counts,
    after_label_start,
    remark,
)
from ._count_division import division_breakdowns
from ._count_following import following_breakdowns
from ._count_index import CountIndex
from ._count_line_parts import line_breakdowns
from ._count_pairs import pair_breakdowns
from ._count_parts_again import split_again
from ._count_parts_first import parts_first_breakdowns
from ._count_parts_negated import negated_breakdowns
from ._count_semicolons import parts_end, semicolon_breakdowns
from ._count_table_rows import table_row_breakdowns
from ._count_tables import table_breakdowns
from ._count_text import (
    clause_start,
    literal_offsets,
    matches_near,
    sentence_end,
    top_level_spans,
)
from ._count_totals import stated_breakdowns

__all__ = ["Breakdown", "Part", "after_label_start", "breakdowns", "complement", "counted_noun"]

# What may stand before `其中` when it opens the parts of the count just before it.
_QIZHONG_BEFORE = "，,、；;：:（("
# What stands before a `其中` that opens a sentence (the total is in the sentence before).
_SENTENCE_BEFORE = "。\n"
# `中` followed by the punctuation that opens the parts of a counted noun (`诉求中，`).
_ZHONG_OPENING = lazy_compile("中(?=[，,：:“]|有[0-9０-９一二三四五六七八九十两])")


def _all_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Every `<total>，其中<part>、<part>…` in ``text`` with exact, same-kind counts.

    The total is the last plain count before `其中` in its sentence (a change
    such as `比上年增加37867个`, a share's base and a bracket are passed over),
    or in the sentence before when `其中` opens a sentence (`…617.50亿元。其中，`).
    `本周受理的诉求中，…` opens parts the same way when its noun was counted.
    """
    for index in counted.positions("其中"):  # the document's anchors, found once
        yield from _opened_at(counted, index)
    for index in counted.positions("当中"):
        # `整體罪案有787宗,當中129宗為暴力罪案`: right after a total's comma only
        if char_before(counted.text, index) in "，,":
            yield from _opened_at(counted, index)
    for index in counted.positions("包括", "包含"):
        # `通过其中24件，包括制定法律6件，修改法律14件…`: right after a total's comma only
        if char_before(counted.text, index) not in "，,":
            continue
        if _COUNT_ENDS_HERE.compiled.search(counted.text, max(0, index - 5), index - 1) is None:
            continue  # no numeral and measure word before the comma: no line is read
        if counted.ending_at(index - 1):
            yield from _opened_at(counted, index)
    yield from _noun_breakdowns(counted)
    yield from stated_breakdowns(counted)
    yield from pair_breakdowns(counted)
    yield from following_breakdowns(counted)
    yield from table_breakdowns(counted)
    yield from table_row_breakdowns(counted)
    yield from line_breakdowns(counted)
    yield from semicolon_breakdowns(counted)
    yield from _opened_breakdowns(counted)
    yield from _change_breakdowns(counted)
    yield from division_breakdowns(counted, _total_in_sentence)
    yield from parts_first_breakdowns(counted)  # and the parts named by a head noun
    yield from negated_breakdowns(counted)
    for opener in "（(":
        for index in counted.positions(opener):
            yield from bracket_breakdown(counted, index)


def _opened_at(counted: CountIndex, index: int) -> Iterator[Breakdown]:
    """The breakdown a two-character opener (`其中`, `包括`) at ``index`` starts, and
    for parts of another measure (`…97件134人，其中…`, `…573303例,死亡1358人。其中,
    …死亡1334人`), their own total, against which only a part exceeding it counts."""
    found = _qizhong_total(counted, index)
    if found is None:
        return
    total, total_label, end = found
    parts = _parts(counted, index + 2, end, total, total_label)
    if parts:
        yield Breakdown(total, total_label, tuple(parts))
    # the total's own line only: no other is read
    text = counted.text
    line_start, line_end = line_bounds(text, total.start)
    near = counted.between(max(line_start, total.start - 40), min(line_end, total.end + 40))
    if all(_same_measure(count, total) for count in near):
        return  # the usual case: one measure around the total
    text = counted.text
    stop = index - 1
    while stop > 0 and text[stop] == " ":
        stop -= 1
    seen = [total]
    for probe in _top_level_counts(counted, index + 2, end, quotes=True):
        if not probe.exact or any(_same_measure(probe, c) for c in seen):
            continue
        seen.append(probe)
        other, other_label = _total_in_sentence(counted, stop, probe)
        if other is None or other.start > total.end + 40 or other.end < total.start - 40:
            continue  # a count of another measure far from the total counts something else
        lo, hi = (other.end, total.start) if other.end <= total.start else (total.end, other.start)
        if len(top_level_spans(text, lo, hi, "，,；;")) > 2:
            continue  # another clause between them (`涉案货值11.53万元,捣毁…8个,移送…3件`)
        parts = _parts(counted, index + 2, end, other)
        if parts:
            # one group counted twice (`32户59人`): its parts add up in both measures
            twice = other.end == total.start or total.end == other.start
            yield Breakdown(other, other_label, tuple(parts), summable=twice)


def breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Every total with the parts listed after it (see :func:`_all_breakdowns`),
    except averages (`全国居民人均可支配收入…其中城镇居民人均…`), which are no parts."""
    for breakdown in _all_breakdowns(counted):
        labels = [breakdown.total_label, *(part.label for part in breakdown.parts)]
        if not any(_AVERAGE.search(label) for label in labels):
            yield breakdown


# Averages and medians: `人均可支配收入`, `平均每个家庭户`, `中位数`.
_AVERAGE = lazy_compile("人均|平均|户均|均价|中位数|每")
# A clause that announces a division of the total before it: `按阶段划分(含子项)`.
_DIVISION = lazy_compile(r"\s*(?:按|从|分)[^，,。；;：:]{1,10}(?:划分|分|来看|看)")
# Words that open the parts of the total before them: `具体分布为：`, `分别为`,
# `从征收部门来看：`, `工单分类：`. Only a `分布` (the whole split) makes them exhaustive;
# `分布` and `分类` may open a sentence (the total is then in the sentence before).
# The pattern starts at a literal (fast); the words before `分类` and `从…来看` are
# read by ``_opener_start``.
_OPENER = lazy_compile(
    r"[分来](?:(?P<whole>(?<=分)布(?:为|如下|情况为)|(?P<kind>(?<=分)类))[：:]?"
    r"|(?<=分)别[为是][：:]?|(?P<view>(?<=来)看)[：:，,])"
)


def _opener_start(text: str, match: re.Match[str]) -> int:
    """Where an opening word begins: before the 1-4 characters naming what is classified
    (`工单分类`), at the `从` of `从征收部门来看`; -1 when those words are missing."""
    index = match.start()
    if match.group("kind"):
        start = index
        while start > max(0, index - 4) and is_han(text[start - 1]):
            start -= 1
        return start if start < index else -1
    if match.group("view"):
        for start in range(max(0, index - 9), index - 1):
            if text[start] == "从" and all(map(is_han, text[start + 1 : index])):
                return start
        return -1
    return index - 2 if text[index - 2 : index] == "具体" else index


# `比上年增加5.4万个。其中,机关党组织增加0.9万个,…`: an increase split into increases.
_INCREASE = lazy_compile("(?:增加|净增|新增)(?=[0-9０-９])")
_DECREASE = lazy_compile("减少|下降|净减|降低")


def _change_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """An increase whose `其中` lists the increases of its parts, none a decrease: no part
    can exceed it, and together they cannot either."""
    text = counted.text
    for index in counted.positions("其中"):
        stop = index - 1
        while stop > 0 and text[stop] == " ":
            stop -= 1
        if stop <= 0 or text[stop] not in _SENTENCE_BEFORE:
            continue
        start = _sentence_start(text, stop)
        increase = _INCREASE.search(text, start, index)
        end = sentence_end(text, index)
        if increase is None or _DECREASE.search(text, start, end):
            continue
        totals = counted.between(increase.end(), increase.end() + 16)
        if not totals or totals[0].start != increase.end() or not totals[0].exact:
            continue
        parts = []
        for match in _INCREASE.finditer(text, index, end):
            found = counted.between(match.end(), match.end() + 16)
            if found and found[0].start == match.end() and same_kind(found[0], totals[0]):
                label_start = after_label_start(text, index, match.start())
                parts.append(Part(found[0], _label(text[label_start : match.start()])))
        if len(parts) >= 2:
            yield Breakdown(totals[0], _label(text[start : increase.start()]), tuple(parts))


def _opened_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """`病例18例,…,具体分布为:上海9例、福建7例…`: parts after an opening word, measured
    against the largest count of their kind before it (in its sentence, or the one
    before when the opening word starts a sentence)."""
    text = counted.text
    anchors = literal_offsets(text, "分布", "分类", "分别", "来看")  # how every opener starts
    for match in matches_near(_OPENER.compiled, text, anchors, 0, 0):
        end = _unwrapped_end(text, sentence_end(text, match.end()))
        probe = _top_level_counts(counted, match.end(), end, quotes=True)
        if not probe:
            continue
        stop = _opener_start(text, match)
        if stop < 0:
            continue
        if char_before(text, stop) in _SENTENCE_BEFORE:
            if not match.group("whole"):
                # `。从社会职业来看，…`: which total is meant is not said, unless the view
                # before split one (`从诉求类型来看…。从热点分布来看…`)
                again = split_again(counted, stop - 1, probe[0])
                if again is not None:
                    parts = _parts(counted, match.end(), end, again[0])
                    if parts:
                        yield Breakdown(again[0], again[1], tuple(parts), False)
                continue
            stop -= 1
        whole = "分布" in match.group()
        # `其中境外移入病例13例,分別為上海7例、…`: `分别为` right after a count splits it
        adjacent = counted.ending_at(stop - 1) if char_before(text, stop) in "，," else None
        if adjacent is not None and adjacent.exact and _same_measure(probe[0], adjacent):
            lo = after_label_start(text, max(0, adjacent.start - 20), adjacent.start)
            total, total_label, whole = adjacent, _label(text[lo : adjacent.start]), True
        else:
            total, total_label = _total_in_sentence(counted, stop, probe[0])
        if total is None:
            continue
        parts = _parts(counted, match.end(), end, total)
        if parts:
            yield Breakdown(total, total_label, tuple(parts), whole)


def _unwrapped_end(text: str, end: int) -> int:
    """The end of a sentence past the line breaks of hard-wrapped text, where the next
    line goes on with the list (`分別為上海7例\n、廣東3例、…`)."""
    while end + 1 < len(text) and text[end] == "\n" and text[end + 1] in "、，,；;":
        end = sentence_end(text, end + 1)
    return end


def opened_total(counted: CountIndex, index: int) -> tuple[Count, int] | None:
    """The total the `其中` at ``index`` splits and where its parts end, or None."""
    found = _qizhong_total(counted, index)
    return None if found is None else (found[0], found[2])


def _qizhong_total(counted: CountIndex, index: int) -> tuple[Count, str, int] | None:
    """The total of the `其中` at ``index``, its label and where its parts end."""
    text = counted.text
    stop = index - 1
    while stop > 0 and text[stop] == " ":  # `…6291例 。 其中 ,`: spaced punctuation
        stop -= 1
    before = char_before(text, stop + 1)
    if before in _QIZHONG_BEFORE:
        start = _sentence_start(text, stop)
        if not (_DIVISION.match(text, start) and not counted.between(start, stop)):
            end = parts_end(counted, index, before)
            if not counted.between(index + 2, end):
                return None  # no count after `其中`: no part to measure
            total, total_label = _total_before(counted, stop)
            return None if total is None else (total, total_label, end)
        stop = start - 1  # `。按阶段划分(含子项),其中…`: the sentence opens parts
        before = "。"
    if before not in _SENTENCE_BEFORE or stop <= 0:
        return None
    end = parts_end(counted, index, before)
    probe = _top_level_counts(counted, index + 2, end, quotes=True)
    if not probe:
        return None
    total, total_label = _total_in_sentence(counted, stop, probe[0])
    start = _sentence_start(text, stop)
    if total is None and start > 1 and text[start - 1] != "\n":
        # `安排重点项目458个…。1-8月共完成投资622.2亿元…。其中133个续建项目…`
        total, total_label = _total_in_sentence(counted, start - 1, probe[0])
        if total is not None and (total.value or 0) <= (probe[0].value or 0):
            if not _same_head(text, index + 2, probe[0], total_label):
                return None  # `有3个附件。…。其中69件…`: a count of something else
    for count in probe[1:] if total is None else ():
        # the next measure the sentence before counts (not `22种传染病`)
        total, total_label = _total_in_sentence(counted, stop, count)
        if total is not None:
            break
    return None if total is None else (total, total_label, end)


def _same_head(text: str, start: int, part: Count, total_label: str) -> bool:
    """True when the part's name ends with the total's name of two or more characters
    (`死亡595人。…。其中,道路交通事故導致人員死亡562人`): both count one thing."""
    name = _label(text[after_label_start(text, start, part.start) : part.start])
    return len(total_label) >= 2 and name.endswith(total_label)


# Clauses of changes and shares that may stand between a total and its `其中`.
_REMARKS = 3


def _total_before(counted: CountIndex, stop: int) -> tuple[Count | None, str]:
    """The total a `其中` after ``stop`` refers to: the last plain count of the clause
    before it, or of the clause before that when it states a change
    (`总数1070785个，比上年增加37867个，其中医院38355个`)."""
    text = counted.text
    start = _sentence_start(text, stop)
    if not counted.between(start, stop):
        return None, ""  # the usual case on plain prose: no count at all
    spans = top_level_spans(text, start, stop, "，,；;：:")[-_REMARKS - 1 :]
    for k, (span_start, span_end) in enumerate(reversed(spans)):
        if k == 0 and not text[span_start:span_end].strip():
            continue  # `…共计79件,(其中…`: the comma before a bracket's `其中`
        if remark(text, span_start, span_end):
            # remarks after the total (`…8736万元,完成年初预算的27.39%,同比增长11.91%,其中`)
            if k < _REMARKS:
                continue
            return None, ""
        counts = _plain_counts(counted, span_start, span_end)
        if not counts:
            return None, ""
        return counts[-1], _label(text[span_start : counts[-1].start])
    return None, ""


def _total_in_sentence(counted: CountIndex, stop: int, probe: Count) -> tuple[Count | None, str]:
    """For a `其中` that opens a sentence: the largest plain count of the sentence before
    that counts what ``probe`` (the first part) counts. The largest, because that
    sentence may also state parts (`共有98个项目…，总投资120.14亿元，年预计投资25.88亿元`)."""
    text = counted.text
    start = _sentence_start(text, stop)
    best: tuple[Count | None, str] = (None, "")
    if not any(_same_measure(probe, count) for count in counted.between(start, stop)):
        return best  # no count of the kind in the sentence
    for span_start, span_end in top_level_spans(text, start, stop, "，,；;：:"):
        if _DELTA.search(text, span_start, span_end) or _is_share(text, span_start, span_end):
            continue
        for count in _plain_counts(counted, span_start, span_end):
            if _same_measure(probe, count) and (best[0] is None or count.value > best[0].value):
                best = (count, _label(text[span_start : count.start]))
    return best


def _noun_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """`全年发展的196.5万名党员中，…`, `本周受理的市民诉求中，…`: parts of a counted noun."""
    text = counted.text
    for match in _ZHONG_OPENING.finditer(text):
        index = match.start()
        if char_before(text, index) in "其之当从":
            continue
        start = clause_start(text, index)
        counts = [c for c in _top_level_counts(counted, start, index) if c.exact]
        if counts:
            total = counts[-1]
        else:
            # the longest name first: `总人口中` is the 总人口 counted, not 流动人口
            nouns = (text[index - k : index] for k in range(min(6, index - start), 1, -1))
            total = next(
                (c for c in (counted_noun(counted, n, start) for n in nouns) if c is not None),
                None,
            )
            if total is None:
                continue
        parts = _parts(counted, index + 1, sentence_end(text, index + 1), total)
        if parts:
            yield Breakdown(total, _label(text[start:index]), tuple(parts))


def counted_noun(counted: CountIndex, noun: str, before: int) -> Count | None:
    """The count right after ``noun`` in the sentence before ``before`` (`受理市民诉求71184件`)."""
    text = counted.text
    if len(noun) < 2 or not all(map(is_han, noun)):
        return None
    line_start = text.rfind("\n", max(0, before - 150), before) + 1
    found = text.rfind(noun, max(line_start, before - 150), before)
    if found < 0:
        return None
    counts = counted.between(found + len(noun), min(before, found + len(noun) + 14))
    if counts and counts[0].start == found + len(noun) and counts[0].exact:
        return counts[0]
    return None
