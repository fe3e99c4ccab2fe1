"""`首先…其次…再次…最后`: a series of words that number a list, read for FC306 and FC303."""

from __future__ import annotations

from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ._count_text import iter_literal

Marker = tuple[int, int, str, int]  # start, end, style, value (as in `_enum_markers`)

# `首先…其次…其次`: a series whose second word is repeated (`其次` is never "again",
# unlike `再次`, so only it is followed).
_SERIES_WORDS = ("首先", "其次", "最后")
_SERIES_BEFORE = frozenset("。；;：:！!？?，,\n \t\u3000")
_SERIES_SPAN = 1500


def series_repeats(text: str) -> Iterator[Hit]:
    """`首先…其次…其次`: `其次` where the word after it belongs."""
    if "首先" not in text or text.count("其次") < 2:
        return
    for start in iter_literal(text, "其次"):
        if not _opens_clause(text, start):
            continue
        previous, word = _previous_series_word(text, start)
        if word != "其次":
            continue
        if _previous_series_word(text, previous)[1] == "首先":
            yield Hit(
                start, start + 2, t("enumeration-repeats", label=word, last=word), t("renumber")
            )


def series_markers(text: str) -> list[Marker]:
    """`首先` (1), `其次` (2), `再次` (3) and `最后` (the next number) opening clauses."""
    if "首先" not in text or "其次" not in text:
        return []
    words = sorted((i, w) for w in ("首先", "其次", "再次", "最后") for i in iter_literal(text, w))
    markers: list[Marker] = []
    for start, word in words:
        if not _opens_clause(text, start):
            continue
        if word == "最后":
            if markers and markers[-1][3] >= 2:
                markers.append((start, start + 2, "首先", markers[-1][3] + 1))
        else:
            markers.append((start, start + 2, "首先", ("首先", "其次", "再次").index(word) + 1))
    return markers


def _opens_clause(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _SERIES_BEFORE


def _previous_series_word(text: str, end: int) -> tuple[int, str]:
    """The nearest series word opening a clause before ``end`` (within the span)."""
    lo = max(0, end - _SERIES_SPAN)
    best, found = -1, ""
    for word in _SERIES_WORDS:
        at = text.rfind(word, lo, end)
        while at >= 0 and not _opens_clause(text, at):
            at = text.rfind(word, lo, at)
        if at > best:
            best, found = at, word
    return best, found
