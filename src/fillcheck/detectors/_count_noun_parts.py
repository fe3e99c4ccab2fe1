"""FC304: a part named by its total's own noun, wherever the paragraph states it.

A total and its parts share a head noun: `全國發生各類事故300起…；發生重大事故7起`,
`全国谷物播种面积14.89亿亩…。…全国玉米播种面积6.46亿亩`, `全國一般公共預算收入
60189億元…中央一般公共預算收入…`. The part's name is the total's head noun with words
of its own before it (`重大`, `玉米`, `中央`), and the total is declared as one: its name
holds a word of totals (`共`, `总`, `各类`, `合计`), a `其中` follows it, or its name is
nothing but the head noun with a scope (`全国`, `全年`). No opening word is needed, and the
part may stand in a later sentence or line of the paragraph; a part larger than such a
total is a slip. Changes, shares, comparisons with other periods, plans and later
stages of handling (`审结`, `办结`) are no parts, and a sibling that is itself declared
as a total (`發生各類事故300起` after `較大以上事故644起`) starts a total of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..numerals import Count
from ..patterns import is_han, lazy_compile
from ._count_breakdown import _DELTA, Breakdown, Part, _label, _same_measure
from ._count_index import CountIndex
from ._count_text import clause_start

# How far after its total a part may stand: the rest of the paragraph and the next lines.
_WINDOW = 600
_LINES_AFTER = 2
# Words of totals, which no part's own words hold: `共查处`, `总产量`, `各类事故`.
_TOTAL_WORD = lazy_compile("共|总|合计|各类|各项|各种|全部|所有|整体")
# Scopes, periods, reporting verbs and words of totals: what a total's name may hold
# besides its head noun (`全国`, `今年1-7月`, `共受理`, `各类`), declaring nothing of its own.
_SCOPE = lazy_compile(
    r"^(?:全[国省市县区州镇乡]|全年|今年|本年|当年|[0-9]+年|[0-9]+(?:-[0-9]+)?月份?|"
    r"[一二三四上下]半年|前三季度|[一二三四]季度|全|共|总|合计|累计|各类|各项|各种|全部|所有"
    r"|整体|发生|受理|完成|实现|报告|达到|共有|拥有|有|查处|办理|收到|接到|接收|登记|录得"
    r"|[，,、 ])+"
)
# Words in a part's own words that make it no part: another period, a plan or target,
# a later stage of handling, a change or a comparison.
_NOT_PART = lazy_compile(
    "去年|上年|前年|同期|上月|上周|上期|比|较|计划|目标|任务|预计|预算|审结|办结|结案|执结"
    "|处理|处置|回复|答复|解决|满意|以上|以下|超过|不足|人均|平均|每|增|减|新"
    "|完成|落实|到位|拨付|支出|使用|全|[0-9年月季周日期假节（()）]"
)
_MIN_HEAD = 2


class _Named(NamedTuple):
    """A count with the words that name it."""

    count: Count
    label: str


def noun_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """A total and one part larger than it, for each such pair the head noun links."""
    text = counted.text
    numerals = counted.numerals()
    if len(numerals) < 2:
        return  # the usual sparse text: no two counts at all
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if counted.may_hold_count(line_start, line_end):
            yield from _line_breakdowns(counted, line_start, line_end)
        line_start = line_end + 1


def _line_breakdowns(counted: CountIndex, start: int, end: int) -> Iterator[Breakdown]:
    """The pairs whose total stands in ``text[start:end]`` (one line)."""
    text = counted.text
    totals = _named(counted, start, end)
    if not totals:
        return
    window_end = end
    for _ in range(_LINES_AFTER):
        if window_end >= len(text) or window_end - start > _WINDOW:
            break
        following = text.find("\n", window_end + 1)
        following = len(text) if following < 0 else following
        if following == window_end + 1:
            break  # a blank line ends the paragraph
        window_end = following
    later = _named(counted, totals[0].count.end, min(window_end, totals[0].count.end + _WINDOW))
    for part in later:
        total = _total_of(counted, part, totals, later)
        if total is not None and (part.count.value or 0) > (total.count.value or 0):
            yield Breakdown(total.count, total.label, (Part(part.count, part.label),), False, False)


def _named(counted: CountIndex, start: int, end: int) -> list[_Named]:
    """The exact counts of the window that a noun names, with their names."""
    text = counted.text
    found = []
    for count in counted.outside_brackets(start, end):
        if not count.exact or not count.value or text[count.end : count.end + 1] == "的":
            continue
        lo = clause_start(text, count.start, "，,、；;：:。！？\n（(", limit=30)
        label = _label(text[lo : count.start])
        if len(label) >= _MIN_HEAD and is_han(label[-1]):
            found.append(_Named(count, label))
    return found


def _declared(named: _Named, head: str) -> bool:
    """True when the count is declared a total of ``head``: its name is the head with
    scopes and words of totals only, one word of totals at least (`發生各類事故`,
    `全市共受理案件`)."""
    own = named.label[: len(named.label) - len(head)]
    return bool(_TOTAL_WORD.search(own)) and _SCOPE.compiled.sub("", own) == ""


def _total_of(
    counted: CountIndex, part: _Named, totals: list[_Named], later: list[_Named]
) -> _Named | None:
    """The nearest declared total before ``part`` whose head noun names it, or None
    when a count of that noun between them is as large as the part (its total, maybe)."""
    text = counted.text
    if _NOT_PART.search(part.label) or _TOTAL_WORD.search(part.label) or part.label[0] in "非未不":
        return None
    clause = clause_start(text, part.count.start, "，,；;。\n", limit=40)
    if _DELTA.search(text, clause, part.count.start):
        return None
    for total in reversed(totals):
        if total.count.start >= part.count.start or not _same_measure(part.count, total.count):
            continue
        head = _head(total.label, part.label)
        if not head or not _declared(total, head):
            continue  # a sibling (`小麦播种面积` before `玉米播种面积`), or no link
        if any(
            total.count.end <= other.count.start < part.count.start
            and _same_measure(part.count, other.count)
            and other.label.endswith(head)
            and (other.count.value or 0) >= (part.count.value or 0)
            for other in (*totals, *later)
        ):
            return None  # a count of the noun as large as the part may be its total
        return total
    return None


def _head(total_label: str, part_label: str) -> str:
    """The head noun (two or more characters) the two names end with, when the part's
    name adds words of its own before it, not only a scope."""
    tail = 0
    limit = min(len(total_label), len(part_label))
    while tail < limit and total_label[-tail - 1] == part_label[-tail - 1]:
        tail += 1
    if tail < _MIN_HEAD or tail == len(part_label):
        return ""
    head = part_label[-tail:]
    if not all(map(is_han, head)):
        return ""
    own = part_label[: len(part_label) - tail]
    if _SCOPE.compiled.sub("", own) == "":
        return ""  # `全国` + the head: the same total again, not a part
    return head
