"""FC304 and FC305 hits: parts (`其中…`, `已办结…`) measured against their total.

The totals and their parts are read by :mod:`._count_parts`; here they are
compared: a part larger than its total, the parts of a complete split that do
not add up, and parallel parts that together exceed the total.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import same_kind
from ..patterns import lazy_compile
from ._count_breakdown import names_partition
from ._count_disjoint import _PERSONS, funding_levels, head_noun_kinds, year_groups
from ._count_index import CountIndex
from ._count_parts import Breakdown, Part, complement
from ._count_parts_twins import twin_parts_exceeding
from ._count_stages import described, sum_text
from ._count_text import matching_close
from ._count_totals import ages_disjoint

# (`其他`/`其它` are left out: they often close a list of the largest kinds only.)
_REMAINDER = ("其余", "剩余", "余")


def parts_exceeding_total(counted: CountIndex, found: list[Breakdown]) -> Iterator[Hit]:
    """FC304 hits: a part in ``found`` breakdowns larger than its total."""
    for breakdown in found:
        total = breakdown.total
        exceeding = [p for p in breakdown.parts if (p.count.value or 0) > (total.value or 0)]
        if exceeding and not _other_total(counted, breakdown):
            yield from (_exceeds_hit(breakdown, part) for part in exceeding)
        yield from twin_parts_exceeding(counted, breakdown)


def _exceeds_hit(breakdown: Breakdown, part: Part) -> Hit:
    total = breakdown.total
    message = t(
        "part-exceeds",
        part=described(part.count, part.label),
        total=described(total, breakdown.total_label),
    )
    return Hit(part.count.start, part.count.end, message, t("check-both"))


def _other_total(counted: CountIndex, breakdown: Breakdown) -> bool:
    """True when the parts add up to another count of the paragraph before them
    (`财政总收入222827万元,…一般公共预算收入97092万元,…其中税收收入190268万元,…32559万元`):
    the parts belong to that count."""
    total = breakdown.total
    values = [part.count.value or 0 for part in breakdown.parts]
    tolerance = sum(p.count.numeral.step for p in breakdown.parts) / 2
    text = counted.text
    lo = max(0, total.start - 300)
    start = text.rfind("\n", lo, total.start) + 1 or lo
    sums = [sum(values[:k]) for k in range(2, len(values) + 1)]  # the first parts may do
    for count in counted.between(start, breakdown.parts[0].count.start):
        if count is not total and same_kind(count, total) and count.exact:
            step = tolerance + count.numeral.step / 2 + 1e-9
            if any(abs(value - (count.value or 0)) <= step for value in sums):
                return True
    return False


def parts_not_summing(counted: CountIndex, found: list[Breakdown]) -> Iterator[Hit]:
    """FC305 hits: the parts of a complete split that do not add up to their total, and
    parallel parts that together exceed it (`转派18113件,其中转派县…17629件、…2013件`)."""
    for breakdown in found:
        if len(breakdown.parts) < 2:
            continue
        total = breakdown.total
        values = [part.count.value or 0 for part in breakdown.parts]
        # a rounded total may also be cut short (`12.39万` for 123968): a whole step
        tolerance = sum(p.count.numeral.step for p in breakdown.parts) / 2 + total.numeral.step
        excess = sum(values) - (total.value or 0)
        if breakdown.exhaustive or complete(breakdown.parts, breakdown.total_label):
            if abs(excess) <= tolerance + 1e-9:
                continue
        elif _nearly_all(counted.text, breakdown, excess, tolerance):
            pass  # a long list of kinds one unit short of its total
        elif not breakdown.summable or excess <= tolerance + 1e-9:
            continue
        elif max(values) > (total.value or 0):
            continue  # a part above the total: the part rule reports that
        elif not (breakdown.disjoint or _disjoint(counted.text, breakdown, values)):
            continue
        if _other_total(counted, breakdown) or _excluded(counted, breakdown, excess, tolerance):
            continue
        shown = " + ".join(described(p.count, p.label) for p in breakdown.parts)
        message = t(
            "parts-not-summing",
            parts=shown,
            sum=sum_text(sum(values), breakdown.parts[0].count),
            total=described(total, breakdown.total_label),
        )
        first, end = breakdown.parts[0].count.start, breakdown.parts[-1].count.end
        if total.start > first:  # parts before their total (`…加上…后，支出总计66.05亿元`)
            yield Hit(first, max(end, total.end), message, t("check-figures"))
            continue
        start = total.start if "\n" not in counted.text[total.end : first] else first
        if "\n" in counted.text[first:end]:
            start = _odd_part(counted.text, breakdown) or start
        yield Hit(start, end, message, t("check-figures"))


# A part's own share right after it: `举报281件,占受理总量15%`.
_OWN_SHARE = lazy_compile(
    r"\s*[，,]\s*占[^%％，,。；;\n0-9]{0,12}?(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]"
)


def _odd_part(text: str, breakdown: Breakdown) -> int | None:
    """Where the one part whose own share disagrees with its total starts, when the
    parts stand on lines of their own and every part states its share (the others
    agreeing): the part that was changed, which the reader should look at first."""
    total = breakdown.total.value or 0
    odd = []
    for part in breakdown.parts:
        share = _OWN_SHARE.match(text, part.count.end)
        if share is None or not total:
            return None
        pct = share.group("pct")
        unit = 10 ** -(len(pct.partition(".")[2]))
        if abs((part.count.value or 0) / total * 100 - float(pct)) > unit:
            odd.append(part.count.start)
    return odd[0] if len(odd) == 1 else None


# `118人(不含…5人…)`: a bracket after the total that leaves a count out of it.
_LEFT_OUT = lazy_compile("不含|不包括|未含|未计")


def _excluded(counted: CountIndex, breakdown: Breakdown, excess: float, tolerance: float) -> bool:
    """True when the parts exceed the total by a count its bracket leaves out
    (`决定不起诉118人(不含…附条件不起诉5人…),其中…附条件…不起诉5人`)."""
    text = counted.text
    total = breakdown.total
    if text[total.end : total.end + 1] not in "（(" or total.end >= len(text):
        return False
    close = matching_close(text, total.end)
    if close < 0 or not _LEFT_OUT.search(text, total.end, close):
        return False
    return any(
        abs((count.value or 0) - excess) <= tolerance + count.numeral.step / 2 + 1e-9
        for count in counted.between(total.end, close)
        if same_kind(count, total)
    )


# Labels of groups that overlap others (`女党员`, `少数民族党员`, `大专以上学历`), and of
# a part of another part (`谷物中冬小麦产量`).
_OVERLAPPING = lazy_compile(
    "女|妇女|少数民族|学历|大专|本科|研究生|硕士|博士|退休|困难|残疾|老年|青年|流动|党员"
    "|中(?![学医职心专小等级型]|$)"
)


# Labels of units that split a total without overlap: departments, categories,
# projects (`税务部门`, `求决类`, `续建项目`). Measures of one thing by several
# criteria (`党纪处分`/`政务处分`, `初次举报`/`署名举报`) overlap and are not summed.
_UNITS = lazy_compile("部门|单位|类|项目|预算")


def _disjoint(text: str, breakdown: Breakdown, values: list[float]) -> bool:
    """True when the parts read as disjoint units: none larger than the total (the
    part rule reports that), and either age groups that do not overlap, or every label
    naming a department, category or project, or kinds listed in one `、` enumeration
    (`幼儿园4529人、小学5613人、初中2696人`), none of a group that usually overlaps others."""
    if max(values) > (breakdown.total.value or 0):
        return False
    labels = [part.label for part in breakdown.parts]
    if ages_disjoint(labels) or year_groups(labels):
        return True
    if funding_levels(labels, breakdown.total.kind):
        return True
    if any(_OVERLAPPING.search(label) for label in labels):
        return False
    if all(_UNITS.search(label) for label in labels) or _kinds(text, breakdown, True):
        return True
    if any(_CRITERIA.search(label) for label in labels):
        return False
    betweens = [
        _BRACKETED.sub("", text[left.count.end : right.count.start])
        for left, right in itertools.pairwise(breakdown.parts)
    ]
    if head_noun_kinds(labels, betweens, breakdown.total.kind):
        return True
    return _plain_kinds(text, breakdown, betweens)


# Words of a stage of handling, an average or a second criterion in a part's name.
_NOT_KIND = lazy_compile(
    "办结|审结|结案|答复|回复|生均|人均|平均|初次|重复|署名|匿名|实名|一次|收到|接到"
)


def _plain_kinds(text: str, breakdown: Breakdown, betweens: list[str]) -> bool:
    """True when two or more parts of things (not people, who fall under several heads)
    with distinct plain names follow one another in one sentence, each clause holding
    its part and at most a remark on it, and the total stands alone in its clause."""
    total = breakdown.total
    if total.kind in _PERSONS or len(breakdown.parts) < 2:
        return False
    labels = [part.label for part in breakdown.parts]
    if len(set(labels)) < len(labels) or any(_NOT_KIND.search(label) for label in labels):
        return False
    if any(stop in between for between in betweens for stop in "。\n"):
        return False
    if len(_common_tail([*labels, total_label_of(breakdown)])) >= 2:
        # `粮食种植面积…其中,小麦种植面积…;油料种植面积…`: the measure of the total
        # named again may be that of parallel items; only a `、` list is one of kinds
        return all(between.startswith("、") for between in betweens)
    return True


# Labels of groups that overlap other kinds (`35岁以下`, `一线`, `重点`, `新建`).
_CRITERIA = lazy_compile("以上|以下|岁|一线|重点|新|涉|含|及|获|优秀|先进|示范|贫困|脱贫|规模")


_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def _kinds(text: str, breakdown: Breakdown, relaxed: bool = False) -> bool:
    """True when three or more parts with distinct, plain names are listed in one
    enumeration: only `、` (and no clause stop) between each part and the next.

    ``relaxed`` also takes, as lists of kinds, five or more plain `name count` clauses
    joined by commas (`副高级职称4人,中级职称32人,…,中级工1人`), three or more clauses
    each ending at a `；` (`市长公开电话8346件,同比上升57.8%;市长信箱908件,…`), and
    the parts a `包括` right after the total opens (`24件,包括制定法律6件,修改法律14件`)."""
    parts = breakdown.parts
    labels = [part.label for part in parts]
    if len(parts) < 2 or len(set(labels)) < len(labels) or not all(labels):
        return False
    if any(_CRITERIA.search(label) for label in labels):
        return False
    betweens = [
        _BRACKETED.sub("", text[left.count.end : right.count.start])
        for left, right in itertools.pairwise(parts)
    ]
    if len(parts) >= 3 and all(_enumerated(between, "、") for between in betweens):
        return True
    # five or more kinds of one head noun (`民事案件…,刑事案件…,行政案件…`) may be
    # listed with commas; fewer are often criteria that overlap (`初次举报…,署名举报…`)
    if len(parts) >= 5 and len(_common_tail(labels)) >= 2:
        if all(_enumerated(between, "、，,") for between in betweens):
            return True
    if not relaxed:
        return False
    total = breakdown.total
    opened = _INCLUDING.match(text, total.end, parts[0].count.start)
    if opened and not any(stop in text[opened.end() : parts[0].count.start] for stop in "，,；;"):
        return all(_enumerated(between, "、，,") for between in betweens)
    if len(parts) >= 5 and all(
        between.endswith(label)
        and between[: len(between) - len(label)].strip() in "，,"
        and between.strip()[:1] in "，,"
        for between, label in zip(betweens, labels[1:], strict=True)
    ):
        return True  # plain `name count` clauses, nothing else between them
    if len(_common_tail([*labels, total_label_of(breakdown)])) >= 2:
        return False  # `小麦种植面积…;油料种植面积…` of `粮食种植面积`: maybe parallel items
    if len(parts) < 3 or not all(_semicolon_clause(between) for between in betweens):
        return False
    # parallel clauses have one shape: each part followed by a remark (`,同比上升57.8%`)
    # or none (`…区长公开电话2232件,同比上升42.4%;收到群众表扬信29件` ends the list)
    return len({bool(_trailer(text, part.count.end)) for part in parts}) == 1


def _trailer(text: str, end: int) -> str:
    """The words after a part's count up to the end of its `；` clause."""
    stops = [i for i in (text.find(s, end, end + 60) for s in "；;。\n") if i >= 0]
    return text[end : min(stops, default=end)].strip(" ，,")


def total_label_of(breakdown: Breakdown) -> str:
    """The total's label, or "" (never a tail shared with every part's)."""
    return breakdown.total_label or "\0"


# `，包括`, `,包含` right after a total, before its first part's name.
_INCLUDING = lazy_compile(r"\s*[，,]\s*(?:包括|包含)[：:]?\s*")


def _enumerated(between: str, separators: str) -> bool:
    """True when ``between`` joins two parts with one of ``separators`` and no clause stop."""
    if not any(mark in between for mark in separators):
        return False
    stops = "".join(c for c in "，,、" if c not in separators)
    return not any(stop in between for stop in "；;。：:\n（(" + stops)


def _semicolon_clause(between: str) -> bool:
    """True when a part's clause ends at a `；` before the next part (`…908件,同比下降6.7%;`)."""
    return ("；" in between or ";" in between) and not any(s in between for s in "。：:\n")


def _common_tail(labels: list[str]) -> str:
    tail = 0
    while tail < min(map(len, labels)) and len({label[-tail - 1] for label in labels}) == 1:
        tail += 1
    return labels[0][len(labels[0]) - tail :] if tail else ""


def _nearly_all(text: str, breakdown: Breakdown, excess: float, tolerance: float) -> bool:
    """True when six or more kinds of one enumeration fall short of their total by at most
    1% of it (`医疗机构728家,其中,…十二类…` adding up to 727): a list meant to be whole."""
    total = breakdown.total.value or 0
    if len(breakdown.parts) < 6 or not -0.01 * total <= excess < -tolerance - 1e-9:
        return False
    return _kinds(text, breakdown)


def complete(parts: tuple[Part, ...], whole: str = "") -> bool:
    """True when ``parts`` name every member of a split (男/女, …, or a last 其余) that
    their ``whole`` (the total's label) is not a member of."""
    labels = [part.label for part in parts]
    if labels[-1].startswith(_REMAINDER) or _levels(labels) or complement(labels):
        return True
    return names_partition(labels, whole)


def _levels(labels: list[str]) -> bool:
    """True for the three levels of basic party organisations (`基层党委`, `总支部`,
    `支部`), which make up their whole."""
    if len(labels) != 3:
        return False
    committee, general, branch = labels
    return (
        committee.endswith("党委")
        and "总支" in general
        and branch.endswith("支部")
        and ("总支" not in branch)
    )
