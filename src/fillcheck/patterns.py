"""Named character classes and small helpers shared by the detectors.

Chinese has no word boundaries, so detectors never wrap Chinese tokens in
``\\b``; they anchor on the measure word, unit or punctuation around them and
look at the neighbouring characters with the predicates below. Full-width
variants are matched in character classes rather than by NFKC normalisation,
which would shift offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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


_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def is_ascii_word(char: str) -> bool:
    """True for an ASCII letter, digit or underscore (identifier characters)."""
    return char in _ASCII_WORD


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


def lines_holding(text: str, starts: Iterable[int]) -> Iterator[tuple[int, int]]:
    """:func:`line_bounds` of each line that holds one of ``starts`` (ascending), once
    per line however many starts it holds."""
    done = -1  # the end of the last line given
    for at in starts:
        if at > done:
            begin, done = line_bounds(text, at)
            yield begin, done


def alternation(literals: Iterable[str]) -> str:
    """A regex source matching any one of ``literals`` (longest first), with one branch per
    first character: where a first character stands but no literal follows, ``re`` tries
    one branch per first character rather than one per literal.

    ``alternation(["万元", "万", "元"])`` is ``万(?:元)?|元``.
    """
    groups: dict[str, set[str]] = {}
    for literal in literals:
        groups.setdefault(literal[0], set()).add(literal[1:])
    branches = []
    for first, rests in sorted(groups.items()):
        longer = sorted(rests - {""}, key=lambda rest: (-len(rest), rest))
        if not longer:
            branches.append(re.escape(first))
            continue
        body = "|".join(map(re.escape, longer))
        branches.append(f"{re.escape(first)}(?:{body}){'?' if '' in rests else ''}")
    return "|".join(branches)


class LazyPattern:
    """A regular expression compiled on first use.

    A pre-commit hook pays every rule's start-up on every commit; most of the
    FC2 and FC3 patterns are only ever tried at a trigger that a given
    document may not contain, so they are compiled only when first needed.
    Supports the ``re.Pattern`` methods the detectors use.
    """

    __slots__ = ("_compiled", "finditer", "flags", "fullmatch", "match", "pattern", "search")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        # Until the first use these compile; from then on they are the compiled
        # pattern's own methods, so a call costs no frame of this class.
        self.match = self._match
        self.fullmatch = self._fullmatch
        self.search = self._search
        self.finditer = self._finditer

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            compiled = re.compile(self.pattern, self.flags)
            self.match = compiled.match
            self.fullmatch = compiled.fullmatch
            self.search = compiled.search
            self.finditer = compiled.finditer
            self._compiled = compiled
        return self._compiled

    def _match(self, *args: int | str) -> re.Match[str] | None:
        """As ``re.Pattern.match``."""
        return self.compiled.match(*args)  # type: ignore[arg-type]

    def _fullmatch(self, *args: int | str) -> re.Match[str] | None:
        """As ``re.Pattern.fullmatch``."""
        return self.compiled.fullmatch(*args)  # type: ignore[arg-type]

    def _search(self, *args: int | str) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        return self.compiled.search(*args)  # type: ignore[arg-type]

    def _finditer(self, *args: int | str):
        """As ``re.Pattern.finditer``."""
        return self.compiled.finditer(*args)  # type: ignore[arg-type]


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled when first used; see :class:`LazyPattern`."""
    return LazyPattern(pattern, flags)


# A pattern that can only match where its first character occurs. ``char in text``
# finds a single character about three times faster than a regex search skips to
# a literal, so find_runs asks ``in`` first and runs the pattern only when the
# character is there (most triggers are absent from most documents).
Triggered = tuple[str, "re.Pattern[str]"]


def triggered(pattern: str) -> Triggered:
    """Compile ``pattern``, which must start with a literal character, with that character."""
    first = pattern[1] if pattern.startswith("\\") else pattern[0]
    return first, re.compile(pattern)


def literal_runs(char_set: str, minimum: int = 1) -> tuple[Triggered, ...]:
    """One pattern per character of ``char_set``, each matching a run of ``char_set``
    that starts with ``minimum`` copies of that character.

    Python's ``re`` finds a pattern that starts with a literal about ten times
    faster than one that starts with a character class (``[*＊]+``), so a class
    of trigger characters is searched as several literal-prefixed patterns
    whose matches :func:`find_runs` merges.
    """
    body = re.escape(char_set)
    return tuple(triggered(f"{re.escape(char * minimum)}[{body}]*") for char in char_set)


def find_matches(text: str, patterns: tuple[Triggered, ...]) -> list[re.Match[str]]:
    """Matches of the patterns whose trigger character occurs in ``text``, by start."""
    found = [list(p.finditer(text)) for char, p in patterns if char in text]
    found = [group for group in found if group]
    if len(found) <= 1:
        return found[0] if found else []
    return sorted((m for group in found for m in group), key=lambda m: m.start())


def find_runs(text: str, patterns: tuple[Triggered, ...]) -> list[tuple[int, int]]:
    """Spans of the runs matched by ``patterns``, leftmost first, without overlaps."""
    merged: list[tuple[int, int]] = []
    for match in find_matches(text, patterns):
        start, end = match.span()
        if merged and start < merged[-1][1]:
            continue  # a tail of a run another pattern matched from its start
        merged.append((start, end))
    return merged
