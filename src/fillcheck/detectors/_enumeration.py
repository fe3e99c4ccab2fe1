"""FC306: numbered lists whose markers skip or repeat a number.

Markers come in styles, outermost first: `一、`, `（一）`, `1.`, `（1）`, `①`,
`一是` (read by :mod:`._enum_markers`). Each style keeps its own count; a marker of
an outer style starts the inner lists afresh, and a marker numbered one restarts
its own list.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from ..finding import Hit
from ..messages import t
from ..numerals import ORDINALS
from ._count_items import announcement
from ._count_lead import sentence_count
from ._enum_markers import (
    _CIRCLED,
    _CN_ORDINALS,
    _NESTED,
    STEMS,
    Marker,
    document_markers,
    inline_markers,
    item_markers,
    marker_starts,
)
from ._enum_series import ordinal_unit_breaks, series_repeats

__all__ = ["enumeration_breaks", "item_markers"]


class _Sequence:
    """The running state of one style: the last marker, and how many markers in a
    row were in order."""

    __slots__ = ("announced", "end", "pending", "repeated", "run", "start", "style", "value")

    def __init__(self, style: str) -> None:
        self.style = style
        self.value = self.start = self.end = self.run = 0
        self.pending: Hit | None = None
        self.repeated = False  # the last marker was reported as a repeated first one
        self.announced = False  # a count right before the list's first marker announced it

    @classmethod
    def at(cls, marker: Marker) -> _Sequence:
        """A sequence whose last marker is ``marker``."""
        sequence = cls(marker[2])
        sequence.start, sequence.end, _, sequence.value = marker
        return sequence

    def step(self, text: str, start: int, end: int, value: int) -> Hit | None:
        """Advance with the marker at ``start:end``; a Hit if it breaks the sequence.

        A sequence is established by two markers in order: a lone `一、` followed
        by `三、` is not reported, because excerpts and templates often drop a
        whole section, and two markers alone may belong to different lists;
        unless the list goes on from the skipped number (`一是…三是…四是`,
        `（一）（三）（四）`), which shows the list is whole and one number is
        missing. Top-level headings (`一、`) are excepted, as excerpts cut whole sections,
        unless the line before the first announces the list (`“七大攻坚战”。`, `包括：`).
        A list that goes from its first item straight to its third within a few
        lines (`1.参会单位名单` then `3.实施方案`; `（一）…（三）`) is reported:
        nothing else stands where the second item should be.
        """
        hit, pending, repeated = None, None, False
        if value == 1:
            # `一要A，一要B。…一要“A”，二要“B”`: after a repeated first marker, the next
            # one starts a list of its own
            if _repeated_first(text, self, start) and not self.repeated:
                hit, repeated = _break(text, start, end, value, self), True
            self.run = 1
            self.announced = self.style == "一、" and _announced_lines(text, start)
        elif value == self.value + 1 or _skipped_markers_present(text, self, start, value):
            self.run += 1
            hit = self.pending
        elif value <= self.value and _restart_present(text, self, start, value):
            self.run = value  # `…4、…三、会议议程1、通报…\n2、`: a new list, its first glued
        else:
            if self.run >= 2 or _lone_skip(text, self, start, value):
                hit = _break(text, start, end, value, self)
            elif self.value and value > self.value + 1 and (self.style != "一、" or self.announced):
                pending = _break(text, start, end, value, self)
            self.run = 1
        self.value, self.start, self.end = value, start, end
        self.pending, self.repeated = pending, repeated
        return hit


def _announced_lines(text: str, start: int) -> bool:
    """The line before the one the marker at ``start`` opens (blank lines between left
    out) ends with a count of items and `：` or `。` (`开展“七大攻坚战”。`,
    `严格落实三个明确确保工作有序开展：`)."""
    line = text.rfind("\n", 0, start)
    if line < 1 or text[line + 1 : start].strip(" \t\u3000"):
        return False
    end = len(text[max(0, line - 400) : line].rstrip(" \t\u3000\n")) + max(0, line - 400)
    stop = text[end - 1 : end]
    if stop in "：:":
        return sentence_count(text, end - 1) is not None
    return stop == "。" and announcement(text, end) is not None


# How far apart the first and third item of a list without a second may stand.
_LONE_SKIP_SPAN = 240
# Styles whose first marker, written twice with no second between, is a slip:
# `（一）…（一）`, `一是…一是`. Not `一、` or `1.`: joined excerpts and lists
# written in Markdown (`1. 1. 1.`) number every item one.
_REPEATABLE = frozenset(("（一）", "（1）", "①", "一是", "一要"))
_REPEAT_SPAN = 1500


def _opens_line(text: str, start: int) -> bool:
    """The marker at ``start`` opens its line (after indentation)."""
    before = text[max(0, start - 8) : start].rstrip(" \t\u3000")
    return start == 0 or before.endswith("\n") or (not before and start <= 8)


def _repeated_first(text: str, previous: _Sequence, start: int) -> bool:
    """`一是…。一是…` in one paragraph, or two paragraphs in a row that both open with
    `（一）`: the list's first marker again where its second belongs."""
    if previous.value != 1 or previous.style not in _REPEATABLE:
        return False
    between = text[previous.end : start]
    if "\n" not in between:
        return len(between) <= _REPEAT_SPAN
    return (
        between.count("\n") == 1 and _opens_line(text, previous.start) and _opens_line(text, start)
    )


def _lone_skip(text: str, previous: _Sequence, start: int, value: int) -> bool:
    """`1.参会单位名单\n3.实施方案`: a first item followed closely by a third, or by a
    third that opens the paragraph right after the first's (`一是…。\n三是…`)."""
    return (
        previous.value == 1
        and value == 3
        and previous.style != "一、"
        and (
            start - previous.end <= _LONE_SKIP_SPAN
            or (
                _opens_line(text, previous.start)
                and _opens_line(text, start)
                and not text[previous.end : start].strip("\n").count("\n")
            )
        )
    )


_CN_NUMBERS = {value: word for word, value in ORDINALS.items() if word[0] in _CN_ORDINALS}
# How a skipped number would be written in each style, when it stands where no
# marker is recognised (`…及对策8.中央统战部…`, glued to the line before).
_FORMS = {
    "一、": lambda n: re.escape(_CN_NUMBERS[n]) + "[ \t\u3000]*、",
    "（一）": lambda n: f"[（(]{_CN_NUMBERS[n]}[）)]",
    "1.": lambda n: rf"(?<![0-9０-９.．]){n}[.．、](?![0-9０-９])",
    "（1）": lambda n: rf"[（(]{n}[）)]",
    "①": lambda n: _CIRCLED[n - 1] if n <= len(_CIRCLED) else "(?!)",
    "甲、": lambda n: STEMS[n - 1] + "、" if n <= len(STEMS) else "(?!)",
    "一是": lambda n: f"(?<![{_CN_ORDINALS}]){_CN_NUMBERS[n]}是",
    "一要": lambda n: f"(?<![{_CN_ORDINALS}]){_CN_NUMBERS[n]}要",
    "，一、": lambda n: re.escape(_CN_NUMBERS[n]) + "、",
    "第一": lambda n: f"第{_CN_NUMBERS[n]}",
    "其一": lambda n: f"其{_CN_NUMBERS[n]}",
}


def _skipped_markers_present(text: str, previous: _Sequence, start: int, value: int) -> bool:
    """True when every number skipped between the last marker and this one is in
    the text between them, only not where a marker is recognised."""
    missing = range(previous.value + 1, value)
    if not previous.value or not missing or len(missing) > 3:
        return False
    between = text[previous.end : start]
    form = _FORMS[previous.style]
    return all(re.search(form(n), between) for n in missing)


def _restart_present(text: str, previous: _Sequence, start: int, value: int) -> bool:
    """True when the numbers one to ``value - 1`` stand in order between the last marker
    and this one, only not where a marker is recognised: a new list has begun."""
    if not 1 < value <= 4:
        return False
    form, at = _FORMS[previous.style], previous.end
    for n in range(1, value):
        found = re.compile(form(n)).search(text, at, start)
        if found is None:
            return False
        at = found.end()
    return True


def _break(text: str, start: int, end: int, value: int, previous: _Sequence) -> Hit:
    label = text[start:end].strip()
    last = text[previous.start : previous.end].strip()
    key = "enumeration-repeats" if value == previous.value else "enumeration-follows"
    return Hit(start, end, t(key, label=label, last=last), t("renumber"))


def enumeration_breaks(text: str) -> Iterator[Hit]:
    """Hits where a marker breaks its list's sequence (`一是…二是…二是`, `（一）（二）（四）`)."""
    headings, by_style = document_markers(text)
    sequences: dict[str, _Sequence] = {}
    for start, end, style, value in _dedupe(headings):
        for nested in _NESTED[style]:
            sequences.pop(nested, None)
        sequence = sequences.get(style)
        if sequence is None:
            sequence = sequences[style] = _Sequence(style)
        hit = sequence.step(text, start, end, value)
        if hit is not None:
            yield hit
    # `一是` and `第一，` lists are nested in every heading style: a heading starts
    # them afresh.
    starts = marker_starts(headings)
    for style in ("一是", "一要", "第一", "其一"):
        yield from _nested_breaks(text, starts, style, by_style.get(style, ()))
    yield from _paragraph_breaks(text, inline_markers(text))
    yield from _first_line_repeats(text, by_style.get("1.", ()))
    yield from series_repeats(text)
    yield from ordinal_unit_breaks(text)


# How far the markers around a repeated `1.` may stand and still belong to its list.
_AROUND = 400


def _first_line_repeats(text: str, markers: Sequence[Marker]) -> Iterator[Hit]:
    """`1.参会单位名单\n1.实施方案` and nothing numbered two after: a two-item list whose
    second line repeats the first number. Not lazy Markdown numbering (`1.` three times),
    not a list that goes on with `2.` (`1. 目录\n1. 相关知识点\n2. …`), not nested lists
    (another indentation)."""
    for k in range(1, len(markers)):
        first, second = markers[k - 1], markers[k]
        if first[3] != 1 or second[3] != 1 or text.count("\n", first[1], second[0]) != 1:
            continue
        if _indent(text, first[0]) != _indent(text, second[0]):
            continue
        before = markers[k - 2] if k >= 2 else None
        after = markers[k + 1] if k + 1 < len(markers) else None
        if before is not None and first[0] - before[1] <= _AROUND and before[3] == 1:
            continue
        if after is not None and after[0] - second[1] <= _AROUND and after[3] <= 2:
            continue
        yield _break(text, second[0], second[1], 1, _Sequence.at(first))


def _indent(text: str, start: int) -> str | None:
    """The indentation before the marker at ``start`` when it opens its line, else None."""
    line = text.rfind("\n", 0, start) + 1
    indent = text[line:start]
    return indent if not indent.strip(" \t\u3000") else None


def _nested_breaks(
    text: str, starts: Sequence[int], style: str, markers: Iterable[Marker]
) -> Iterator[Hit]:
    """Breaks in a list of ``style`` markers that every heading (at ``starts``) restarts."""
    sequence, following = _Sequence(style), 0  # `following`: the next heading's index
    outer: tuple[_Sequence, int] | None = None  # the list an announced inner one interrupts
    for start, end, _, value in markers:
        if following < len(starts) and starts[following] < start:
            following = bisect_left(starts, start, following)
            sequence, outer = _Sequence(style), None
        if (
            value == 1
            and sequence.value
            and outer is None
            and "\n" not in text[sequence.end : start]
        ):
            size = _announced_size(text, start)  # `有2家：一是…二是…` inside item 一
            if size:
                outer, sequence = (sequence, size), _Sequence(style)
        hit = sequence.step(text, start, end, value)
        if hit is not None:
            yield hit
        if outer is not None and sequence.value >= outer[1]:
            sequence, outer = outer[0], None


# `规模企业有2家：` right before a list's first marker: how many items it announces.
_INNER_ANNOUNCED = re.compile(
    r"(?<![0-9０-９.．])([2-9]|[两二三四五六七八九])(?:个|家|项|点|条|名|类|种)"
    r"[\u4e00-\u9fff]{0,6}[：:]\s*\Z"
)


def _announced_size(text: str, start: int) -> int:
    """The count a colon right before ``start`` ends (`有2家：`), or 0."""
    match = _INNER_ANNOUNCED.search(text, max(0, start - 14), start)
    if match is None:
        return 0
    return 2 if match.group(1) == "两" else ORDINALS.get(match.group(1), 0)


def _paragraph_breaks(text: str, markers: Iterable[Marker]) -> Iterator[Hit]:
    """Breaks in lists that one paragraph holds (`指标,一、…,二、…,三、…`)."""
    sequence, paragraph_end = None, -1
    for start, end, style, value in markers:
        if sequence is None or start > paragraph_end:
            sequence = _Sequence(style)
            paragraph_end = text.find("\n", start)
            paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        hit = sequence.step(text, start, end, value)
        if hit is not None:
            yield hit


def _dedupe(markers: Iterable[Marker]) -> Iterator[Marker]:
    last_end = -1
    for marker in markers:
        if last_end < 0 or marker[0] >= last_end:
            last_end = marker[1]
            yield marker
