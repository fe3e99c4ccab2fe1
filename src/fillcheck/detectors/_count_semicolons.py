"""Parts listed in `；` clauses right after their total, with no opening word:
`刑事检察(含未检)案件141件,审查逮捕41件;审查起诉99件;提请延押1件;二审上诉0件。`,
and the `；` clauses that go on with the parts a `，其中` opens
(`审结163件235人,其中批准逮捕134件187人,逮捕率为79.57%;不捕29件48人,不捕率为20.43%。`);
and where the parts of any `其中` end (:func:`parts_end`).

The total ends its clause and a comma or colon follows it; then three or more clauses,
each ending at a `；` (the last at the sentence's end), hold nothing but a name and one
exact count of the total's measure. Such a list reads as the kinds the total is made of:
none may exceed it, and (the kinds being distinct) together they may not either. A list
need not name every kind, so falling short of the total is no slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patterns import lazy_compile
from ._count_breakdown import Breakdown, Part, _label, _same_measure, in_brackets, remark
from ._count_index import CountIndex
from ._count_text import clause_start, matching_close, sentence_end

# The separators of the clauses, and what may stand between the total and the first part.
_SEMICOLONS = ("；", ";")
_AFTER_TOTAL = "，,：:"
# A name that is itself a change, a share or a stage of handling, not a kind of the total
# (`同比增加`, `占`, `办结`): such clauses report on the total, they do not split it.
_NOT_A_KIND = lazy_compile(
    "同比|比上年|较上年|增加|减少|增长|下降|占|办结|审结|结案|完成|累计|共|合计|总"
)
# A name holding a numeral or a share: more than a plain kind.
_FIGURES = lazy_compile("[0-9０-９%％]")


def semicolon_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Each total followed by three or more `；` clauses of a name and a count."""
    text = counted.text
    done = -1
    for index in counted.positions(*_SEMICOLONS):
        if index <= done:
            continue  # a later `；` of a list already read
        if not "\u4e00" <= text[index - 1] <= "\u9fff" and text[index - 1] != " ":
            continue  # the usual `；` after a share or a change (`增长5%；`): no measure word
        name_start = _name_start(text, index)
        if name_start <= 0 or text[name_start - 1] not in _AFTER_TOTAL:
            continue  # the usual `；`: its clause opens after another `；` or a stop
        if not counted.may_hold_count(index - 4, index):
            continue  # no numeral and measure word just before it
        first = counted.ending_at(_trimmed_end(text, index))
        if first is None or not first.exact or first.start < name_start:
            continue
        total = counted.ending_at(_trimmed_end(text, name_start - 1))
        if total is None or not total.exact or not _same_measure(total, first):
            continue
        end = sentence_end(text, index)
        done = end
        parts = _clauses(counted, name_start, end, total)
        if len(parts) < 3:
            continue
        label = _label(text[clause_start(text, total.start) : total.start])
        if label and not _NOT_A_KIND.search(label):
            yield Breakdown(total, label, tuple(parts))


def _trimmed_end(text: str, index: int) -> int:
    """``index`` moved back over spaces (`41件 ;`)."""
    while index > 0 and text[index - 1] == " ":
        index -= 1
    return index


# Everything up to the last separator of a window (one call, however many separators).
_TO_LAST_STOP = re.compile(r".*[，,：:；;。\n]", re.S)


def _name_start(text: str, index: int) -> int:
    """Where the name of the count at ``index`` begins: after the last separator in the
    30 characters before it (0 when there is none)."""
    found = _TO_LAST_STOP.match(text, max(0, index - 30), index)
    return found.end() if found else 0


def _clauses(counted: CountIndex, start: int, end: int, total) -> list[Part]:
    """The parts of the `；` clauses from ``start`` to ``end``: each a plain name and one
    exact count of the total's measure ending its clause; [] when any clause is more."""
    text = counted.text
    parts: list[Part] = []
    at = start
    while at < end:
        stops = [i for i in (text.find(s, at, end) for s in _SEMICOLONS) if i >= 0]
        stop = min(stops, default=end)
        clause_end = _trimmed_end(text, stop)
        counts = counted.between(at, clause_end)
        if len(counts) != 1 or counts[0].end != clause_end or not counts[0].exact:
            return []
        count = counts[0]
        name = text[at : count.start].strip()
        if not name or _FIGURES.search(name) or _NOT_A_KIND.search(name):
            return []
        if any(mark in name for mark in "，,：:"):
            return []
        if not _same_measure(count, total):
            return []
        parts.append(Part(count, _label(name)))
        at = stop + 1
    return parts


def parallel_end(counted: CountIndex, start: int, semicolon: int, end: int) -> int:
    """Where the parts a `，其中` opens at ``start`` end, when its `；` clause ends at
    ``semicolon`` and its sentence at ``end``: the sentence's end when every later `；`
    clause has the first one's shape (a plain name, the same measures side by side, and
    a remark after them in each or in none: `不捕29件48人,不捕率为20.43%`); else
    ``semicolon``. A clause of another shape (`；完成第三产业增加值7.4亿元`) is no part."""
    if semicolon >= end:
        return end
    text = counted.text
    shape = _shape(counted, start, semicolon)
    if shape is None:
        return semicolon
    at = semicolon + 1
    while at < end:
        stops = [i for i in (text.find(s, at, end) for s in _SEMICOLONS) if i >= 0]
        stop = min(stops, default=end)
        if _shape(counted, at, stop) != shape:
            return semicolon
        at = stop + 1
    return end


def _shape(counted: CountIndex, start: int, end: int) -> tuple[tuple[str, ...], bool] | None:
    """The measures of the counts that open a clause right after its name, side by side
    (`29件48人`), and whether a remark follows them; None for any other clause."""
    text = counted.text
    counts = counted.between(start, end)
    if not counts:
        return None
    name = text[start : counts[0].start].strip(" ，,：:")
    if not name or len(name) > 12 or _FIGURES.search(name) or _NOT_A_KIND.search(name):
        return None
    if any(mark in name for mark in "，,、：:（()）"):
        return None
    run = 1
    while run < len(counts) and counts[run].start == counts[run - 1].end:
        run += 1
    if not all(count.exact for count in counts[:run]):
        return None
    after = counts[run - 1].end
    rest = text[after:end].strip(" ，,")
    if rest and not remark(text, after, end):
        return None  # more than a rate or a change after the counts
    return tuple(count.unit for count in counts[:run]), bool(rest)


# An age group opening the clause after a `；`.
_AGE_NEXT = lazy_compile(r"\s*[0-9]+\s*(?:岁|[-—~至到][0-9]+岁)")


# `其中:` (or `其中，`) and nothing else before the line break.
_COLON_AT_LINE_END = lazy_compile(r"[ \t]*[：:，,]?[ \t]*\n")
# A line that heads another section (`(三)`, `三、`, `二是`), ending a list of item lines.
_HEADING = lazy_compile(r"\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、是])")
_ITEM_LINES = 30
_ITEM_LINE_LENGTH = 160


def item_lines_end(counted: CountIndex, start: int) -> int:
    """The end of the lines from ``start`` that each state one item with a count
    (`工商貿其它 發生1起,死亡3人;` under `其中:`): a blank line, a line without a count,
    a long line or a heading ends them."""
    text = counted.text
    end = start
    for _ in range(_ITEM_LINES):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end == end or line_end - end > _ITEM_LINE_LENGTH or _HEADING.match(text, end):
            break
        if not counted.between(end, line_end):
            break
        end = line_end + 1
        if end >= len(text):
            break
    return max(start, end - 1)


def parts_end(counted: CountIndex, index: int, before: str) -> int:
    """Where the parts after the 其中 at ``index`` end: the sentence, bracket or next 其中.

    A `其中` joined by a comma covers its own `；` segment only
    (`…47.1亿元，其中规模以上…；完成第三产业增加值7.4亿元`), unless every `；` segment
    to the sentence's end has the shape of its own (see :func:`parallel_end`).
    """
    text = counted.text
    if before in "（(":
        close = matching_close(text, index - 1)
        if close > 0:
            return close
        # a bracket the page leaves open at the end of its line, with no sentence stop
        # (`资金3558.83万元(其中:中央…2825万元、省级…1251.89万元` and a line break)
        line_end = text.find("\n", index)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - index < 400 and "。" not in text[index:line_end]:
            return line_end
        return index
    colon = _COLON_AT_LINE_END.match(text, index + 2)
    if colon is not None:  # `其中:` closing its line: the parts are the lines below
        end = item_lines_end(counted, colon.end())
        nested = text.find("其中", colon.end(), end)
        return nested if nested > 0 else end
    end = sentence_end(text, index + 2)
    if before in "，,、":
        start = index
        while True:  # age groups go on past a `；` (`…不满16岁的327人,…;16岁以上…`)
            semicolon = min(
                (i for i in (text.find("；", start, end), text.find(";", start, end)) if i > 0),
                default=end,
            )
            if semicolon == end or not _AGE_NEXT.match(text, semicolon + 1):
                break
            start = semicolon + 1
        end = parallel_end(counted, index + 2, semicolon, end)
    nested = text.find("其中", index + 2, end)
    while nested > 0 and in_brackets(text, index + 2, nested):
        # `中學52所(其中:普通中學49所…),特殊教育學校1所`: a bracket's own parts
        nested = text.find("其中", nested + 2, end)
    return nested if nested > 0 else end
