"""FC306: numbered lists whose markers skip or repeat a number.

Markers come in styles, outermost first: `一、`, `（一）`, `1.`, `（1）`, `①`,
`一是`. Each style keeps its own count; a marker of an outer style starts the
inner lists afresh, and a marker numbered one restarts its own list.

Seed-like reports carry a `一是` every few dozen characters, so `一是` markers are
read by a plain `str.find` loop over `是` and checked against the heading
positions, without building or sorting a list of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ..finding import Hit
from ..numerals import ORDINALS

_CN_ORDINALS = "一二三四五六七八九十"
# Heading styles, outermost first; `一是` (inline) is below all of them.
HEADING_STYLES = ("一、", "（一）", "1.", "（1）", "①")
_NESTED = {style: HEADING_STYLES[rank + 1 :] for rank, style in enumerate(HEADING_STYLES)}

# At the start of a line (after indentation): `一、`, `1.`, `1．`, `1、`, `①`.
LINE_MARKER = re.compile(
    r"\n[ \t\u3000]*(?P<m>(?P<cn>[一二三四五六七八九十]{1,3})[ \t\u3000]*、"
    r"|(?P<ar>[0-9０-９]{1,2})[.．、](?![0-9０-９])|(?P<circ>[①-⑳]))"
)
# After clause punctuation (`；2.`, `：①`), or after a space when written `1. 2. 2.`.
# Not `一、` inline (also how `一、二、三等奖` is written), and not after `，`, which
# precedes `1、2月份`.
INLINE_MARKER = re.compile(
    r"[。；;：:](?P<m>(?P<ar>[0-9０-９]{1,2})[.．、](?![0-9０-９])|(?P<circ>[①-⑳]))"
    r"|[ \t\u3000](?P<sp>(?P<ars>[0-9]{1,2})[.．](?=[ \t\u3000]|[\u4e00-\u9fff]|\Z))"
)
# Bracketed markers `（一）`, `（1）` and `(一)`, `(1)`: one pattern per opening
# bracket, so that each starts with a literal; the context is checked after.
_BRACKETED = r"(?:(?P<cnp>[一二三四五六七八九十]{1,3})|(?P<arp>[0-9０-９]{1,2}))[）)]"
BRACKET_MARKERS = (re.compile(f"（{_BRACKETED}"), re.compile(rf"\({_BRACKETED}"))
# What may stand before a bracketed marker: punctuation, or a line start.
_BRACKET_BEFORE = frozenset("\n。；;：:，,）)")
# What may stand before `一是`: punctuation, space or a line start.
_SHI_BEFORE = frozenset("。；;：:，,！!？?）)”\n \t\u3000")
_ORDINAL_SET = frozenset(_CN_ORDINALS)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_GROUP_STYLES = (("cn", "一、"), ("ar", "1."), ("ars", "1."), ("cnp", "（一）"), ("arp", "（1）"))

Marker = tuple[int, int, str, int]  # start, end, style, value


def heading_markers(text: str) -> list[Marker]:
    """Markers of every style but `一是`, in text order."""
    markers = []
    if text[:1] != "\n":
        first = LINE_MARKER.match("\n" + text[:16])
        if first is not None:
            markers.append(_marker(first, shift=-1))
    markers += [_marker(m) for m in LINE_MARKER.finditer(text)]
    markers += [_marker(m) for m in INLINE_MARKER.finditer(text)]
    for pattern in BRACKET_MARKERS:
        markers += [_marker(m) for m in pattern.finditer(text) if _bracket_in_place(text, m)]
    return sorted(marker for marker in markers if marker is not None)


def _bracket_in_place(text: str, match: re.Match[str]) -> bool:
    """A bracketed marker opens a line or follows clause punctuation, not a word."""
    i = match.start() - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i < 0 or text[i] in _BRACKET_BEFORE


def _marker(match: re.Match[str], shift: int = 0) -> Marker | None:
    groups = match.groupdict()
    whole = "m" if groups.get("m") else "sp" if groups.get("sp") else 0
    start, end = match.start(whole) + shift, match.end(whole) + shift
    if groups.get("circ"):
        return start, end, "①", _CIRCLED.index(groups["circ"]) + 1
    for group, style in _GROUP_STYLES:
        value = groups.get(group)
        if value:
            number = ORDINALS.get(value)
            return None if number is None else (start, end, style, number)
    return None


def _shi_markers(text: str) -> Iterator[Marker]:
    """`一是`, `二是`, ... after punctuation or at a line start (not `统一是`, `第一是`)."""
    find, ordinals, allowed_before = text.find, _ORDINAL_SET, _SHI_BEFORE
    index = find("是")
    while index >= 0:
        if index and text[index - 1] in ordinals:
            start = index - 1
            while start and text[start - 1] in ordinals and index - start < 3:
                start -= 1
            word = text[start:index]
            if (start == 0 or text[start - 1] in allowed_before) and word in ORDINALS:
                if not text.startswith(word, index + 1):  # `一是一，二是二` is an idiom
                    yield start, index + 1, "一是", ORDINALS[word]
        index = find("是", index + 1)


class _Sequence:
    """The running state of one style: last value, its marker text, and how many
    markers in a row were in order."""

    __slots__ = ("marker", "run", "value")

    def __init__(self) -> None:
        self.value, self.marker, self.run = 0, "", 0

    def step(self, text: str, marker: Marker) -> Hit | None:
        """Advance with ``marker``; a Hit if it breaks an established sequence.

        A sequence is established by two markers in order: a lone `一、` followed
        by `三、` is not reported, because excerpts and templates often drop a
        whole section, and two markers alone may belong to different lists.
        """
        start, end, _, value = marker
        label = text[start:end].strip()
        hit = None
        if value == 1:
            self.run = 1
        elif value == self.value + 1:
            self.run += 1
        else:
            if self.run >= 2:
                verb = "repeats" if value == self.value else "follows"
                message = f"{label} {verb} {self.marker}: the list is numbered out of sequence"
                hit = Hit(start, end, message, "renumber the list")
            self.run = 1
        self.value, self.marker = value, label
        return hit


def enumeration_breaks(text: str) -> Iterator[Hit]:
    """Hits where a marker breaks its list's sequence (`一是…二是…二是`, `（一）（二）（四）`)."""
    headings = heading_markers(text)
    sequences: dict[str, _Sequence] = {}
    for marker in _dedupe(headings):
        style = marker[2]
        for nested in _NESTED[style]:
            sequences.pop(nested, None)
        hit = sequences.setdefault(style, _Sequence()).step(text, marker)
        if hit is not None:
            yield hit
    # `一是` lists are nested in every heading style: a heading starts them afresh.
    starts = [marker[0] for marker in headings]
    sequence, last_heading = _Sequence(), -1
    for marker in _shi_markers(text):
        heading = bisect_left(starts, marker[0])
        if heading != last_heading:
            sequence, last_heading = _Sequence(), heading
        hit = sequence.step(text, marker)
        if hit is not None:
            yield hit


def _dedupe(markers: list[Marker]) -> list[Marker]:
    result: list[Marker] = []
    for marker in markers:
        if not result or marker[0] >= result[-1][1]:
            result.append(marker)
    return result
