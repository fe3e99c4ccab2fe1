"""Named character classes and small helpers shared by the detectors.

Chinese has no word boundaries, so detectors never wrap Chinese tokens in
``\\b``; they anchor on the measure word, unit or punctuation around them and
look at the neighbouring characters with the predicates below. Full-width
variants are matched in character classes rather than by NFKC normalisation,
which would shift offsets.
"""

from __future__ import annotations

import re

# CJK Unified Ideographs (basic block, extension A, compatibility, extensions B+).
HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN = f"[{HAN_RANGES}]"

# Star-like mask characters: ASCII asterisk and full-width asterisk.
STARS = "*＊"
# Letter-mask characters: X/x in ASCII and full width, and the multiplication sign.
MASK_LETTERS = "XxＸｘ×"

# Chinese and full-width punctuation that ends or separates clauses.
CJK_PUNCT = "，。、；：？！“”‘’（）《》【】〔〕「」『』…—·"
# Sentence-final punctuation (a markdown emphasis span rarely crosses one).
SENTENCE_END = "。！？；!?"

DIGITS = "0123456789０１２３４５６７８９"
CN_DIGITS = "零〇○一二两三四五六七八九十百千万亿廿卅"


def is_han(char: str) -> bool:
    """True for a CJK ideograph (any of the unified blocks)."""
    if not char:
        return False
    code = ord(char[0])
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
    )


def is_ascii_word(char: str) -> bool:
    """True for an ASCII letter, digit or underscore (identifier characters)."""
    return bool(char) and char.isascii() and (char.isalnum() or char == "_")


def is_digit(char: str) -> bool:
    """True for an ASCII or full-width decimal digit."""
    return bool(char) and char in DIGITS


def char_before(text: str, index: int) -> str:
    """The character before ``index``; the start of the text reads as a newline.

    Never returns '' (``'' in "abc"`` is True, which would make every
    membership test succeed at the edges of the text).
    """
    return text[index - 1] if index > 0 else "\n"


def char_after(text: str, index: int) -> str:
    """The character at ``index`` (just after a span ending there); the end reads as a newline."""
    return text[index] if index < len(text) else "\n"


def line_bounds(text: str, index: int) -> tuple[int, int]:
    """Offsets of the start and end (before its newline) of the line holding ``index``."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return start, len(text) if end < 0 else end


def literal_runs(char_set: str, minimum: int = 1) -> tuple[re.Pattern[str], ...]:
    """One pattern per character of ``char_set``, each matching a run of ``char_set``
    that starts with ``minimum`` copies of that character.

    Python's ``re`` finds a pattern that starts with a literal about ten times
    faster than one that starts with a character class (``[*＊]+``), so a class
    of trigger characters is searched as several literal-prefixed patterns
    whose matches :func:`find_runs` merges.
    """
    body = re.escape(char_set)
    return tuple(re.compile(f"{re.escape(char * minimum)}[{body}]*") for char in char_set)


def find_runs(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[tuple[int, int]]:
    """Spans of the runs matched by ``patterns``, leftmost first, without overlaps."""
    spans = sorted(m.span() for pattern in patterns for m in pattern.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            continue  # a tail of a run another pattern matched from its start
        merged.append((start, end))
    return merged
