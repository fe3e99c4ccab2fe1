"""The text detectors match on: invisible characters removed, look-alikes folded.

A mask can hide from every detector behind a character nobody sees
(``X\\u200bX名``: a zero-width space between the two X) or one that only looks
like the character a detector knows (``ⅩⅩ名`` with Roman numeral ten, ``Х``
in Cyrillic, ``✱✱项``). Detectors therefore see a *view* of the document:

* **removed**: format characters (Unicode category Cf: zero-width space,
  ZWNJ, ZWJ, word joiner, soft hyphen, bidi marks, embeddings and isolates, a
  BOM inside the text, tag characters) and a few other characters that render
  as nothing (variation selectors, the combining grapheme joiner, Hangul
  fillers);
* **folded**, one character to one character: NFKC for the blocks whose
  compatibility forms are look-alikes of ordinary text (mathematical letters
  ``𝐗``, Roman numerals ``Ⅹ``, Kangxi radicals ``⼈``, CJK compatibility
  ideographs, small form underscores and asterisk), then a small table of
  confusables for the mask characters (``✕ ╳ Х х Χ χ`` to ``X``/``x``,
  ``∗ ✱ ✲ ⁎`` to ``*``).

Full-width forms (``，``, ``Ｘ``, ``１``) are *not* folded: they are ordinary
Chinese typography and the detectors name them in their character classes.

The view differs from the text only by deletions and one-for-one replacements,
so a view offset maps back to the original with one bisect over the deleted
positions; a table folding traditional to simplified characters can join the
same mapping later. Text with none of these characters (nearly all text) costs
one regular-expression search and gets the document itself as its view.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from functools import cache

from .document import Document
from .script import fold_table, translate_traditional

# Characters removed from the view. Cf as of Unicode 14 (generated from unicodedata),
# then variation selectors, the combining grapheme joiner and the Hangul fillers.
INVISIBLE = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
    "\ufe00-\ufe0f\U000e0100-\U000e01ef\u034f\u115f\u1160\u3164\uffa0\u17b4\u17b5"
)
# Blocks folded with NFKC where it maps a character to one character: Roman numerals,
# Kangxi radicals, CJK compatibility ideographs (and supplement), small-form underscores
# and asterisk, superscript/subscript letters, mathematical alphanumerics.
NFKC_BLOCKS = (
    "\u2160-\u217f\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f\ufe4d-\ufe4f\ufe61"
    "\u1d2c-\u1d6a\u2070-\u209c\U0001d400-\U0001d7ff"
)
# Look-alikes of mask characters, applied after NFKC (so superscript chi, ᵡ, becomes x).
CONFUSABLES = {
    "X": "\u2715\u2716\u2573\u2613\u2a2f\u0425\u03a7\u2cac\ua7b3",  # ✕ ✖ ╳ ☓ ⨯ Х Χ Ⲭ Ꭓ
    "x": "\u0445\u03c7\u2cad\uab53",  # х χ ⲭ ꭓ
    "*": "\u2217\u2731\u2732\u204e\u2055\u229b",  # ∗ ✱ ✲ ⁎ ⁕ ⊛
}
_FOLDED = "".join(CONFUSABLES.values())
VIEW_KEY = "normalise:view"  # the memo of a Document that holds its view


def _ranges(spec: str) -> list[tuple[int, int]]:
    """The (first, last) code points of a character-class body like ``a-z_``."""
    out, index = [], 0
    while index < len(spec):
        if index + 2 < len(spec) and spec[index + 1] == "-":
            out.append((ord(spec[index]), ord(spec[index + 2])))
            index += 3
        else:
            out.append((ord(spec[index]), ord(spec[index])))
            index += 1
    return out


def _class(ranges: list[tuple[int, int]]) -> re.Pattern[str]:
    body = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)
    return re.compile(f"[{body}]")


# Anything that makes the view differ from the text, split in two: a class of characters
# below U+10000 is a bitmap lookup per character in ``re``, while one character above
# makes ``re`` walk a list of ranges for every character (several times slower). Text
# holds characters above U+FFFF rarely, and CPython tells that from its size in memory.
_ALL = _ranges(INVISIBLE) + _ranges(NFKC_BLOCKS) + [(ord(c), ord(c)) for c in _FOLDED]
NEEDS_VIEW = _class([(a, b) for a, b in _ALL if b <= 0xFFFF])
NEEDS_VIEW_ASTRAL = _class([(a, b) for a, b in _ALL if a > 0xFFFF])
_INVISIBLE = frozenset(
    chr(code) for first, last in _ranges(INVISIBLE) for code in range(first, last + 1)
)
_WIDE_BASE = sys.getsizeof("\U00010000") - 8  # a CPython str of 4-byte characters, less them


def _has_astral(text: str) -> bool:
    """Whether ``text`` may hold a character above U+FFFF (true unless CPython says not)."""
    if sys.implementation.name != "cpython":
        return True
    return sys.getsizeof(text) >= _WIDE_BASE + 4 * len(text) + 4


@cache
def _fold_table() -> dict[int, str]:
    """``str.translate`` table for the folded characters (built on first use)."""
    table: dict[int, str] = {}
    confusable = {char: to for to, chars in CONFUSABLES.items() for char in chars}
    for start, end in _ranges(NFKC_BLOCKS):
        for code in range(start, end + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = confusable.get(folded, folded)
    for char, to in confusable.items():
        table[ord(char)] = to
    return table


class View:
    """A normalised copy of a text and the way back to the original's offsets.

    ``removed`` holds the original offsets of deleted characters, in order.
    """

    __slots__ = ("_shifted", "removed", "text")

    def __init__(self, text: str, removed: list[int]) -> None:
        self.text = text
        self.removed = removed
        # removed[j] - j: how many kept characters precede the j-th deletion
        self._shifted = [offset - j for j, offset in enumerate(removed)]

    def original(self, offset: int) -> int:
        """The original offset of the character at view ``offset``."""
        return offset + bisect_right(self._shifted, offset)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of view span ``start..end`` (deletions inside it included)."""
        return self.original(start), self.original(end - 1) + 1

    def to_view(self, offset: int) -> int:
        """The view offset of original ``offset`` (the next kept character's, if deleted)."""
        return offset - bisect_left(self.removed, offset)


def normalise(text: str) -> View | None:
    """The view of ``text``, or None when it is the text itself (the usual case)."""
    found = NEEDS_VIEW.search(text)
    astral = _has_astral(text) and NEEDS_VIEW_ASTRAL.search(text) is not None
    glosses = _gloss_positions(text) if "(" in text else set()
    script = fold_table(text)
    if found is None and not astral and not glosses and not script:
        return None
    starts = [match.start() for match in NEEDS_VIEW.finditer(text, found.start())] if found else []
    if astral:
        starts += [m.start() for m in NEEDS_VIEW_ASTRAL.finditer(text)]
    table = _fold_table()
    pieces: list[str] = []
    removed: list[int] = []
    last = 0
    for at in sorted({*starts, *glosses}):
        char = text[at]
        if char in _INVISIBLE or at in glosses:
            removed.append(at)
            replacement = ""
        else:
            replacement = table.get(ord(char), char)
        pieces.append(text[last:at])
        pieces.append(replacement)
        last = at + 1
    pieces.append(text[last:])
    view = "".join(pieces)
    if script:  # traditional to simplified, one character for one: offsets stay
        view = translate_traditional(view, script)
    if not removed and view == text:
        return None
    return View(view, removed)


# A pinyin gloss a script converter put after a character: `召開(kāi)`, `口(kou)(kou)`.
PINYIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff\)])\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-z]{1,6})\)"
)
# The same without the look-behind, which ``re`` would try at every character: starting
# with a literal, this one skips in C to each `(`; the character before is tested after.
# No match can start inside another (a gloss holds no `(`), so the two find the same.
_GLOSS_BODY = re.compile(r"\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-z]{1,6})\)")
# Plain-letter glosses (`(kou)`) count only in a text that also has tone-marked ones,
# or many plain ones: `(a)` in a list is not a gloss.
_MIN_PLAIN_GLOSSES = 5


def _gloss_positions(text: str) -> set[int]:
    """Offsets of the characters of every pinyin gloss in ``text``."""
    spans = [
        match.span()
        for match in _GLOSS_BODY.finditer(text)
        if match.start() and ("\u4e00" <= text[match.start() - 1] <= "\u9fff"
                              or text[match.start() - 1] == ")")
    ]  # fmt: skip
    if not spans:
        return set()
    toned = any(not text[start + 1 : end - 1].isascii() for start, end in spans)
    if not toned and len(spans) < _MIN_PLAIN_GLOSSES:
        return set()
    return {offset for start, end in spans for offset in range(start, end)}


def view_document(doc: Document) -> tuple[Document, View | None]:
    """The Document detectors see for ``doc``, and its View (None: ``doc`` itself).

    Kept in ``doc``'s memo, so every rule (and the runner's early pass over user
    patterns) shares one view; the view of a view is itself.
    """
    return doc.memo(VIEW_KEY, lambda: _make_view(doc))


def _make_view(doc: Document) -> tuple[Document, View | None]:
    view = normalise(doc.text)
    if view is None:
        return doc, None
    parts = [(view.to_view(offset), label) for offset, label in doc.parts]
    seen = Document(
        view.text, source=doc.source, kind=doc.kind, parts=parts, notes=doc.notes, style=doc.style
    )
    seen.memo(VIEW_KEY, lambda: (seen, None))
    return seen, view
