"""List markers as fillcheck reads them, for FC306 (sequence) and FC303 (announced
items): `一、`, `（一）`, `1.`, `（1）`, `①` opening lines or clauses, `一是`/`一要`,
`，一、` inside a paragraph, `第一，` and `首先…其次…最后`.

Seed-like reports carry a `一是` every few dozen characters, so `一是` markers are
read by a plain `str.find` loop over `是`, without building or sorting a list of them.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from typing import overload

from ..numerals import ORDINALS
from ..patterns import is_han, lazy_compile
from ._count_text import iter_literal, list_goes_on
from ._enum_series import series_markers

_CN_ORDINALS = "一二三四五六七八九十"
# Heading styles, outermost first; `一是` (inline) is below all of them.
# `甲、…；乙、…`: the heavenly stems number the innermost items.
HEADING_STYLES = ("一、", "（一）", "1.", "（1）", "①", "甲、")
_NESTED = {style: HEADING_STYLES[rank + 1 :] for rank, style in enumerate(HEADING_STYLES)}

# After a marker's dot, a digit means a decimal (`1.5亿元`) unless it starts a year
# (`2.2022年度民生实事项目完成情况`, an item that names a year).
_NOT_A_DECIMAL = r"(?![0-9０-９](?![12][0-9]{3}年|[0-9]{3}年))"
# At the start of a line (after indentation): `一、`, `1.`, `1．`, `1、`, `①`.
LINE_MARKER = lazy_compile(
    r"\n[ \t\u3000]*(?P<m>(?P<cn>[一二三四五六七八九十]{1,3})[ \t\u3000]*、"
    rf"|(?P<ar>[0-9０-９]{{1,2}})[.．、]{_NOT_A_DECIMAL}|(?P<circ>[①-⑳])"
    r"|(?P<stem>[甲乙丙丁戊己庚辛壬癸])、(?![甲乙丙丁戊己庚辛壬癸]))"
)
# After `；` or `：` inside a paragraph (`：1.…；2.…`, `；②`). Not `一、` inline (also how
# `一、二、三等奖` is written), not after `，` (`1、2月份`), and one pattern per literal
# first character: `re` finds a literal several times faster than a character class.
_INLINE_BODY = (
    r"(?P<m>(?P<ar>[0-9０-９]{1,2})[.．、](?![0-9０-９])|(?P<circ>[①-⑳])"
    r"|(?P<stem>[甲乙丙丁戊己庚辛壬癸])、(?![甲乙丙丁戊己庚辛壬癸]))"
)
INLINE_MARKERS = (
    lazy_compile(f"；{_INLINE_BODY}"),
    lazy_compile(f"：{_INLINE_BODY}"),
    lazy_compile(f";{_INLINE_BODY}"),
    lazy_compile(f":{_INLINE_BODY}"),
    # `附件: 1.2022年度…`: a colon and a space before the first item
    lazy_compile(rf": [ \t\u3000]*(?P<m>(?P<ar>1)[.．、]{_NOT_A_DECIMAL})"),
    lazy_compile(rf"： [ \t\u3000]*(?P<m>(?P<ar>1)[.．、]{_NOT_A_DECIMAL})"),
)
# After a space, when a list is written on one line: `1. 2. 2.` (a literal first
# character keeps the scan fast).
SPACED_MARKER = lazy_compile(r" (?P<m>(?P<ar>[0-9]{1,2})[.．](?=[ \t\u3000]|[\u4e00-\u9fff]|\Z))")
# Bracketed markers `（一）`, `（1）` and `(一)`, `(1)`: one pattern per opening
# bracket, so that each starts with a literal; the context is checked after.
_BRACKETED = r"(?:(?P<cnp>[一二三四五六七八九十]{1,3})|(?P<arp>[0-9０-９]{1,2}))[）)]"
# `〔一〕…〔二〕`: tortoise-shell brackets, as rules and regulations number clauses.
_SHELL_BRACKETED = r"(?:(?P<cnp>[一二三四五六七八九十]{1,3})|(?P<arp>[0-9０-９]{1,2}))〕"
BRACKET_MARKERS = (
    lazy_compile(f"（{_BRACKETED}"),
    lazy_compile(rf"\({_BRACKETED}"),
    lazy_compile(f"〔{_SHELL_BRACKETED}"),
)
# What may stand before a bracketed marker: punctuation, or a line start.
_BRACKET_BEFORE = frozenset("\n。；;：:，,）)")
# What may stand before `一是`: punctuation, space or a line start.
_SHI_BEFORE = frozenset("。；;：:，,！!？?）)”]】\n \t\u3000")
_ORDINAL_SET = frozenset(_CN_ORDINALS)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
STEMS = "甲乙丙丁戊己庚辛壬癸"
_GROUP_STYLES = (("cn", "一、"), ("ar", "1."), ("cnp", "（一）"), ("arp", "（1）"))

Marker = tuple[int, int, str, int]  # start, end, style, value


# Every style a marker can have, in string order: a heading marker is sorted as one
# integer (start, length, style rank, value) whose order is the order of its tuple.
_STYLES = tuple(
    sorted((*HEADING_STYLES, "一是", "一要", "第一", "其一", "一方面", "首先", "，一、"))
)
_STYLE_RANK = {style: rank for rank, style in enumerate(_STYLES)}
_LENGTH_LIMIT = 1 << 20


def _encode(marker: Marker) -> int:
    start, end, style, value = marker
    return start << 32 | (end - start) << 12 | _STYLE_RANK[style] << 8 | value


def _encodable(marker: Marker) -> bool:
    start, end, _style, value = marker
    return 0 <= start < 1 << 31 and end - start < _LENGTH_LIMIT and 0 <= value < 256


class Markers(Sequence[Marker]):
    """Markers in text order, held in four arrays (18 bytes a marker, where a tuple
    takes about 150: a document of 200 MB holds about half a million markers). Items,
    slices and iteration give ``Marker`` tuples, iteration without Python code."""

    __slots__ = ("_ends", "_ranks", "_starts", "_values")

    def __init__(self) -> None:
        self._starts, self._ends = array("q"), array("q")
        self._ranks, self._values = array("B"), array("B")

    def _append(self, start: int, end: int, rank: int, value: int) -> None:
        self._starts.append(start)
        self._ends.append(end)
        self._ranks.append(rank)
        self._values.append(value)

    @classmethod
    def of(cls, markers: Iterable[Marker]) -> Sequence[Marker]:
        """``markers`` (in order) kept compactly, or as a list when one cannot be."""
        kept = cls()
        rest = iter(markers)
        for marker in rest:
            if not _encodable(marker):
                return [*kept, marker, *rest]
            start, end, style, value = marker
            kept._append(start, end, _STYLE_RANK[style], value)
        return kept

    @classmethod
    def of_keys(cls, keys: Iterable[int]) -> Markers:
        """Markers from their integers (see ``_encode``), in the order given."""
        kept = cls()
        append = kept._append
        for key in keys:
            start = key >> 32
            append(start, start + (key >> 12 & 0xFFFFF), key >> 8 & 15, key & 0xFF)
        return kept

    def of_style(self, style: str) -> Markers:
        """The markers of one style, in order."""
        kept = Markers()
        rank = _STYLE_RANK[style]
        for name in self.__slots__:
            column = getattr(self, name)
            getattr(kept, name).extend(compress(column, map(rank.__eq__, self._ranks)))
        return kept

    def styles(self) -> list[str]:
        """The styles of the markers, in the order each first appears."""
        return [_STYLES[rank] for rank in dict.fromkeys(self._ranks)]

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[Marker]:
        styles = map(_STYLES.__getitem__, self._ranks)
        return zip(self._starts, self._ends, styles, self._values, strict=True)

    @overload
    def __getitem__(self, index: int) -> Marker: ...
    @overload
    def __getitem__(self, index: slice) -> list[Marker]: ...
    def __getitem__(self, index: int | slice) -> Marker | list[Marker]:
        if isinstance(index, slice):
            styles = map(_STYLES.__getitem__, self._ranks[index])
            columns = self._starts[index], self._ends[index], styles, self._values[index]
            return list(zip(*columns, strict=True))
        rank = self._ranks[index]
        return self._starts[index], self._ends[index], _STYLES[rank], self._values[index]

    def starts(self) -> array:
        """The markers' start offsets, in order."""
        return self._starts


def marker_starts(markers: Sequence[Marker]) -> Sequence[int]:
    """The start offsets of ``markers``, in order (compactly for :class:`Markers`)."""
    if isinstance(markers, Markers):
        return markers.starts()
    return [marker[0] for marker in markers]


def heading_markers(text: str) -> Markers | list[Marker]:
    """Markers of every style but `一是`, in text order (kept compactly)."""
    keys: list[int] = []
    wide: list[Marker] = []  # markers too long for a key (a run of spaces after `一`)
    for marker in _heading_candidates(text):
        if marker is None or _in_table_row(text, marker[0]):
            continue
        if _encodable(marker):
            keys.append(_encode(marker))
        else:
            wide.append(marker)
    if wide:
        return sorted([*Markers.of_keys(keys), *wide])
    keys.sort()
    return Markers.of_keys(keys)


def _heading_candidates(text: str) -> Iterator[Marker | None]:
    """Every match of the heading patterns, read as a marker (None when it is none)."""
    if text[:1] != "\n":
        first = LINE_MARKER.match("\n" + text[:16])
        if first is not None:
            yield _marker(first, shift=-1)
    yield from map(_marker, LINE_MARKER.finditer(text))
    for pattern in (*INLINE_MARKERS, SPACED_MARKER):
        yield from map(_marker, pattern.finditer(text))
    for pattern in BRACKET_MARKERS:
        yield from (_marker(m) for m in pattern.finditer(text) if _bracket_in_place(text, m))


def _in_table_row(text: str, index: int) -> bool:
    """A marker on a line with cell bars (`| 1.镇 | 个 | 679 |`) numbers a table's rows,
    which flattened two-column tables interleave."""
    end = text.find("\n", index, index + 300)
    return "|" in text[index : index + 300 if end < 0 else end]


def _bracket_in_place(text: str, match: re.Match[str]) -> bool:
    """A bracketed marker opens a line or follows clause punctuation, not a word."""
    i = match.start() - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i < 0 or text[i] in _BRACKET_BEFORE


def _marker(match: re.Match[str], shift: int = 0) -> Marker | None:
    groups = match.groupdict()
    whole = "m" if "m" in groups else 0
    start, end = match.start(whole) + shift, match.end(whole) + shift
    if groups.get("circ"):
        return start, end, "①", _CIRCLED.index(groups["circ"]) + 1
    if groups.get("stem"):
        return start, end, "甲、", STEMS.index(groups["stem"]) + 1
    for group, style in _GROUP_STYLES:
        value = groups.get(group)
        if value:
            number = ORDINALS.get(value)
            return None if number is None else (start, end, style, number)
    return None


def shi_markers(text: str, verb: str = "是") -> Iterator[Marker]:
    """`一是`, `二是`, ... after punctuation or at a line start (not `统一是`, `第一是`);
    with ``verb="要"``, `一要`, `二要`, ..."""
    find, ordinals, allowed_before = text.find, _ORDINAL_SET, _SHI_BEFORE
    if verb == "要":  # `一要干净、二要干事`: short 要 items are parted by 、
        allowed_before = _SHI_BEFORE | {"、"}
    style = "一" + verb
    index = find(verb)
    while index >= 0:
        if index and text[index - 1] in ordinals:
            start = index - 1
            while start and text[start - 1] in ordinals and index - start < 3:
                start -= 1
            word = text[start:index]
            if (start == 0 or text[start - 1] in allowed_before) and word in ORDINALS:
                idiom = text.startswith(word, index + 1) and not is_han(
                    text[index + 1 + len(word) : index + 2 + len(word)]
                )
                if not idiom:  # `一是一，二是二` is an idiom; `一是一些部门` is a marker
                    yield start, index + 1, style, ORDINALS[word]
        index = find(verb, index + 1)


# `，一、年末常住人口，二、自然增长情况`: a Chinese-numbered list inside a paragraph,
# after clause punctuation and before a word, a quotation or a figure (`二、5+2產業…`;
# not `一、二、三等奖`, `一、二年级`).
_INLINE_CN_BODY = (
    r"(?P<m>(?P<cn>[一二三四五六七八九十]{1,3})、)"
    r"(?=[\u4e00-\u9fff“\"（(「『《0-9A-Za-z])(?![一二两三四五六七八九十])"
)
# One pattern per punctuation mark, so that each starts with a literal.
INLINE_CN_MARKERS = tuple(lazy_compile(mark + _INLINE_CN_BODY) for mark in "，,；;：:")
# `。一、…。二、…`: after a full stop, read only where a second item follows one (a full
# stop ends almost every sentence, so the pattern is not run on every text).
_FULL_STOP_CN_MARKER = lazy_compile("。[ \u3000]?" + _INLINE_CN_BODY)
# `第一，…；第二，…`, `第一为…`, `第一是…`: an ordinal opening a clause (not `第一为什么`,
# `第一为了`, `第一是否`).
ORDINAL_MARKER = lazy_compile(
    r"第(?P<cn>[一二三四五六七八九十]{1,2})(?=[，,、：:]|为(?![止期什了])|是(?![否非]))"
)
# `··第二，`: a bullet opens the line before the ordinal.
_ORDINAL_BEFORE = frozenset("。；;：:！!？?\n \t\u3000“「·•")


_last_inline: tuple[str, list[Marker]] | None = None  # the last text read, and its markers


def inline_markers(text: str) -> Iterator[Marker]:
    """`，一、…，二、…` inside a paragraph (the last text's read once, for FC303 and FC306)."""
    global _last_inline
    last = _last_inline
    if last is None or last[0] is not text:
        last = _last_inline = (text, list(_inline_markers(text)))
    yield from last[1]


def _inline_markers(text: str) -> Iterator[Marker]:
    full_stop, goes_on = list_goes_on(text)
    if not goes_on:
        return  # no list goes on to a second item (or to a third, the second skipped)
    found = []
    for pattern in (*INLINE_CN_MARKERS, *((_FULL_STOP_CN_MARKER,) if full_stop else ())):
        for match in pattern.finditer(text):
            value = ORDINALS.get(match.group("cn"))
            if value is not None:
                found.append((match.start("m"), match.end("m"), "，一、", value))
    yield from sorted(found)


def ordinal_markers(text: str) -> Iterator[Marker]:
    """`第一，`, `第二：` at the start of a clause or line."""
    for match in ORDINAL_MARKER.finditer(text):
        start = match.start()
        if start and text[start - 1] not in _ORDINAL_BEFORE:
            if text[start - 1] not in "，," or text[match.end() : match.end() + 1] not in "为是":
                continue  # `许下新年三愿，第一为…；第二为…`: 为 names the item after a comma
        value = ORDINALS.get(match.group("cn"))
        if value is not None:
            yield start, match.end(), "第一", value


# `其一，…；其二，…`: 其 and an ordinal opening a clause.
QI_MARKER = lazy_compile(r"其(?P<cn>[一二三四五六七八九十])(?=[，,、：:是])")


def qi_markers(text: str) -> Iterator[Marker]:
    """`其一，`, `其二：` at the start of a clause or line (read where a `其二` is, or a
    `其三` that a skipped `其二` leaves)."""
    if "其二" not in text and "其三" not in text:
        return
    for match in QI_MARKER.finditer(text):
        start = match.start()
        if start and text[start - 1] not in _ORDINAL_BEFORE and text[start - 1] not in "，,":
            continue
        value = ORDINALS.get(match.group("cn"))
        if value is not None:
            yield start, match.end(), "其一", value


def side_markers(text: str) -> Iterator[Marker]:
    """`一方面…；另一方面…`: the two sides a count of aspects may announce (items only,
    for FC303: `一方面…一方面…` is also how the pair is written)."""
    if "另一方面" not in text:
        return
    for index in iter_literal(text, "一方面"):
        if text[index - 1 : index] == "另":
            yield index - 1, index + 3, "一方面", 2
        elif index == 0 or text[index - 1] in _ORDINAL_BEFORE or text[index - 1] in "，,":
            yield index, index + 3, "一方面", 1


def yao_markers(text: str) -> Iterator[Marker]:
    """`一要`, `二要`, ... (read only when a list of them can start or go on)."""
    if "一要" in text or "二要" in text:
        yield from shi_markers(text, "要")


# The markers of the last text read: FC303 and FC306 read one document in turn.
_last_read: tuple[str, Sequence[Marker], dict[str, Sequence[Marker]]] | None = None


def document_markers(text: str) -> tuple[Sequence[Marker], dict[str, Sequence[Marker]]]:
    """The heading markers of ``text`` in order, and every list marker by style."""
    global _last_read
    last = _last_read
    if last is not None and last[0] is text:
        return last[1], last[2]
    headings = heading_markers(text)
    by_style: dict[str, Sequence[Marker]] = {}
    if isinstance(headings, Markers):
        for style in headings.styles():
            by_style[style] = headings.of_style(style)
    else:
        for marker in headings:
            by_style.setdefault(marker[2], []).append(marker)  # type: ignore[union-attr]
    for markers in (
        shi_markers(text),
        yao_markers(text),
        ordinal_markers(text),
        qi_markers(text),
        side_markers(text),
        series_markers(text),
    ):
        kept = Markers.of(markers)
        if kept:
            by_style[kept[0][2]] = kept
    _last_read = (text, headings, by_style)
    return headings, by_style


def item_markers(text: str) -> dict[str, Sequence[Marker]]:
    """Every list marker of the text by style, each style's in text order."""
    return document_markers(text)[1]
