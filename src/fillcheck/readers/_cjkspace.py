"""Spaces that PDF extraction inserts into Chinese text, and taking them out again.

Word processors draw ASCII characters (digits, ``X``, ``*``, Latin words) in a
Latin font and leave a small gap on either side of them, the "space between
Asian and Latin text". Extraction sees glyphs at positions, so each gap at a
font change becomes a space that was never typed: ``XX 名``, ``共 6 人``,
``280 万元``. Left in, these spaces hide placeholders (``XX 名`` is ``XX名``)
and move every column after them.

A run of spaces is removed when it sits

* between two CJK characters (ideographs, kana, CJK and full-width
  punctuation): ``单位 名称`` → ``单位名称``;
* next to CJK or full-width punctuation, which carries its own spacing:
  ``名称 ：`` → ``名称：``;
* between a CJK character and a token made only of digits and mask characters
  (``*``, ``＊``, ``X``, ``x``, ``×``, ``_`` and number punctuation), unless a
  Latin word follows that token: ``XX 名`` → ``XX名``, ``共 6 人`` → ``共6人``,
  while ``Windows 10 系统`` keeps its spaces;
* between a CJK character and anything else, a Latin word included, when the
  PDF has no space character there at all, only a gap between glyphs:
  ``基层 ##paidbegin## 党建`` → ``基层##paidbegin##党建``.

Spaces between Latin words, and a space character the PDF really holds
between a CJK character and a Latin word, are kept. Where a space character
has a gap beside it, the gap is only its spacing and goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Characters that make up a number or a mask: ``6``, ``280``, ``8.5%``, ``XX``, ``**``, ``__``.
NUMERIC = frozenset("0123456789.,%*Xx×_-/:")


def is_cjk(char: str) -> bool:
    """Ideographs, kana, CJK punctuation and full-width forms (``＊``, ``Ｘ``, ``，``)."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3000 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3134F
        or char in "“”‘’…—·"
    )


def is_cjk_punctuation(char: str) -> bool:
    """CJK and full-width punctuation: ``，。、：（）《》“”…``."""
    code = ord(char)
    return (
        0x3000 <= code <= 0x303F
        or 0xFE30 <= code <= 0xFE4F
        or (0xFF00 <= code <= 0xFF65 and not char.isalnum())
        or char in "“”‘’…—·"
    )


def _numeric_token(text: str, start: int, step: int) -> bool:
    """True when the token from ``start`` going ``step`` (+1 right, -1 left) is a number or
    a mask, with no Latin word directly beyond it (``Windows 10 系统``)."""
    index = start
    while 0 <= index < len(text) and text[index] != " " and not is_cjk(text[index]):
        if text[index] not in NUMERIC:
            return False
        index += step
    if index == start:
        return False
    while 0 <= index < len(text) and text[index] == " ":
        index += step
    beyond = text[index] if 0 <= index < len(text) else ""
    return not (beyond.isascii() and beyond.isalpha())


def _removable(text: str, start: int, end: int, gap_only: bool) -> bool:
    """Whether the spaces ``text[start:end]`` are an artefact of extraction; ``gap_only``
    when the PDF has no space character there, only a gap between glyphs."""
    if start == 0 or end == len(text):
        return False
    before, after = text[start - 1], text[end]
    if is_cjk_punctuation(before) or is_cjk_punctuation(after):
        return True  # full-width punctuation carries its own spacing
    if is_cjk(before):
        return gap_only or is_cjk(after) or _numeric_token(text, end, 1)
    if is_cjk(after):
        return gap_only or _numeric_token(text, start - 1, -1)
    return False


def normalise(text: str, gaps: Sequence[int] = ()) -> tuple[str, list[int]]:
    """``text`` without the spaces extraction inserted, and the sorted offsets it removed.

    ``gaps`` are the offsets of spaces that stand for a gap between glyphs
    rather than a space character in the PDF; next to a space character, such
    a gap adds nothing and goes.
    """
    if " " not in text:
        return text, []
    inserted = set(gaps)
    removed: list[int] = []
    for match in re.finditer(" +", text):
        start, end = match.span()
        gapped = [i for i in range(start, end) if i in inserted]
        if _removable(text, start, end, len(gapped) == end - start):
            removed.extend(range(start, end))
        elif gapped and len(gapped) < end - start:
            removed.extend(gapped)  # a gap next to a space character is only its spacing
    if not removed:
        return text, []
    gone = set(removed)
    return "".join(char for i, char in enumerate(text) if i not in gone), removed
