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
# The words a declared total is looked for after: not a bare `共` or `总`, too frequent
# to try a count after each (`共计`, `总计` and the rest are).
_ANCHOR = lazy_compile("合计|共计|总计|各类|各项|各种|全部|所有|整体")
# How far after a word of totals its count may stand: `發生各類事故300起`.
_NAME_REACH = 20
# The characters of a figure, read back from its last one (`36,774`, `4.2万`).
_FIGURE = "0123456789０１２３４５６７８９.,．万亿千 "
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
    """A total and one part larger than it, for each such pair the head noun links.

    Read from the numerals the count index found: a declared total holds a word of
    totals in the few characters before its numeral (`發生各類事故300起`)."""
    for last in counted.numerals():  # the last character of each count's numeral
        yield from noun_breakdowns_at(counted, last)


def noun_breakdowns_at(counted: CountIndex, last: int) -> Iterator[Breakdown]:
    """The pairs whose total's numeral ends at ``last`` (see :func:`noun_breakdowns`)."""
    text = counted.text
    lo = max(0, last - _NAME_REACH)
    word = _ANCHOR.compiled.search(text, lo, last)
    if word is None:
        return  # the usual numeral: no word of totals just before it
    first = len(text[lo : last + 1].rstrip(_FIGURE)) + lo  # where the figure starts
    head = text[word.end() : first]
    if len(head) < _MIN_HEAD or not all(map(is_han, head)):
        return  # no head noun alone between the word and the figure: nothing is read
    found = counted.between(lo, last + 8)
    total = next((c for c in found if c.start <= last < c.end), None)
    if total is None:
        return
    named = _name(text, total)
    if named is not None and _declares_a_head(named.label):
        yield from _parts_of(counted, named)


def _declares_a_head(label: str) -> bool:
    """True when a total's name is scopes and words of totals, one at least, before a
    head noun of two or more characters (`發生各類` + `事故`): no other can be declared."""
    scope = _SCOPE.compiled.match(label)
    if scope is None or len(label) - scope.end() < _MIN_HEAD:
        return False
    return _TOTAL_WORD.search(label, 0, scope.end()) is not None


def _parts_of(counted: CountIndex, total: _Named) -> Iterator[Breakdown]:
    """``total`` with each part of its noun after it in the paragraph that exceeds it."""
    text = counted.text
    line_end = text.find("\n", total.count.end)
    window_end = len(text) if line_end < 0 else line_end
    for _ in range(_LINES_AFTER):
        if window_end >= len(text) or window_end - total.count.end > _WINDOW:
            break
        following = text.find("\n", window_end + 1)
        following = len(text) if following < 0 else following
        if following == window_end + 1:
            break  # a blank line ends the paragraph
        window_end = following
    end = min(window_end, total.count.end + _WINDOW)
    if not counted.may_hold_count(total.count.end, end):
        return  # the usual total: no count after it in its paragraph
    size = total.count.value or 0
    counts = counted.outside_brackets(total.count.end, end)
    for k, count in enumerate(counts):  # the usual count is no larger: no name is read
        if (count.value or 0) <= size or not count.exact or not _same_measure(count, total.count):
            continue
        part = _name(text, count)
        if part is not None and _is_part(counted, part, total, counts[:k]):
            yield Breakdown(total.count, total.label, (Part(count, part.label),), False, False)


def _named(counted: CountIndex, start: int, end: int) -> list[_Named]:
    """The exact counts of the window that a noun names, with their names."""
    found = (_name(counted.text, count) for count in counted.outside_brackets(start, end))
    return [named for named in found if named is not None]


def _name(text: str, count: Count) -> _Named | None:
    """An exact count with the words of its clause that name it, or None."""
    if not count.exact or not count.value or text[count.end : count.end + 1] == "的":
        return None
    lo = clause_start(text, count.start, "，,、；;：:。！？\n（(", limit=30)
    label = _label(text[lo : count.start])
    return _Named(count, label) if len(label) >= _MIN_HEAD and is_han(label[-1]) else None


def _declared(named: _Named, head: str) -> bool:
    """True when the count is declared a total of ``head``: its name is the head with
    scopes and words of totals only, one word of totals at least (`發生各類事故`,
    `全市共受理案件`)."""
    own = named.label[: len(named.label) - len(head)]
    return bool(_TOTAL_WORD.search(own)) and _SCOPE.compiled.sub("", own) == ""


def _is_part(counted: CountIndex, part: _Named, total: _Named, between: list[Count]) -> bool:
    """True when ``part`` is a part of ``total`` by its head noun: no other period, plan,
    stage or change, and no count of that noun ``between`` them as large as the part (its
    total, maybe) nor declared a total itself."""
    text = counted.text
    if _NOT_PART.search(part.label) or _TOTAL_WORD.search(part.label) or part.label[0] in "非未不":
        return False
    clause = clause_start(text, part.count.start, "，,；;。\n", limit=40)
    if _DELTA.search(text, clause, part.count.start):
        return False
    head = _head(total.label, part.label)
    if not head or not _declared(total, head):
        return False
    for count in between:
        if not _same_measure(part.count, count):
            continue
        other = _name(text, count)
        if other is None or not other.label.endswith(head):
            continue
        if (count.value or 0) >= (part.count.value or 0) or _declared(other, head):
            return False  # a count of the noun as large, or a total of its own
    return True


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
