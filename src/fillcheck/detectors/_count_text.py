"""Clause and list structure shared by the FC3xx count rules.

Chinese lists nest: an item may hold a quotation, a book title or a bracket
that has its own `、` inside (`“庆建档百年,展时代风貌”演讲比赛`, `县(市、区)`).
The helpers here walk brackets and quotes as single units so that items are
counted at the top level only.
"""

from __future__ import annotations

from collections.abc import Iterator

# Punctuation that ends a clause (a list or a count phrase never crosses it).
CLAUSE_STOPS = "，,。；;：:！!？?\n"
# Punctuation that ends a sentence.
SENTENCE_STOPS = "。！!？?\n"
# Opening bracket or quote -> its closing partner.
PAIRS = {
    "“": "”",
    "‘": "’",
    "（": "）",
    "(": ")",
    "《": "》",
    "【": "】",
    "「": "」",
    "『": "』",
    "〔": "〕",
    "[": "]",
}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
# Half-width and full-width round brackets close each other in real text.
_ROUND = {"（": "）)", "(": ")）"}


def clause_start(text: str, index: int, stops: str = CLAUSE_STOPS, limit: int = 60) -> int:
    """Offset just after the last clause stop before ``index`` (at most ``limit`` back).

    Closing quotes and brackets are skipped as a unit, so a `，` inside
    `“庆建档百年,展时代风貌”` does not end the clause that contains it.
    """
    depth = 0
    lo = max(0, index - limit)
    i = index - 1
    while i >= lo:
        char = text[i]
        if char in CLOSERS:
            depth += 1
        elif char in PAIRS:
            if depth == 0:
                return i + 1
            depth -= 1
        elif depth == 0 and char in stops:
            return i + 1
        i -= 1
    return lo


def matching_close(text: str, open_index: int, limit: int = 400) -> int:
    """Offset of the bracket that closes the one at ``open_index``, or -1."""
    opener = text[open_index]
    closers = _ROUND.get(opener, PAIRS.get(opener, ""))
    depth = 0
    end = min(len(text), open_index + limit)
    for i in range(open_index + 1, end):
        char = text[i]
        if char in closers and depth == 0:
            return i
        if char in PAIRS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
        elif char == "\n":
            return -1  # a bracket left open at the end of its paragraph
    return -1


def split_top_level(text: str, separators: str) -> list[str]:
    """Split ``text`` on ``separators`` that are outside quotes and brackets."""
    return [text[start:end] for start, end in top_level_spans(text, 0, len(text), separators)]


def top_level_spans(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """Spans of the pieces of ``text[start:end]`` between top-level ``separators``."""
    spans = []
    depth = 0
    piece = start
    for i in range(start, end):
        char = text[i]
        if char in PAIRS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
        elif depth == 0 and char in separators:
            spans.append((piece, i))
            piece = i + 1
    spans.append((piece, end))
    return spans


def top_level_separators(text: str) -> str:
    """The separators present at the top level of ``text``, in one string."""
    found = []
    depth = 0
    for char in text:
        if char in PAIRS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
        elif depth == 0 and char in "、，,；;":
            found.append(char)
    return "".join(found)


def iter_literal(text: str, literal: str) -> Iterator[int]:
    """Offsets of every occurrence of ``literal`` (``str.find`` is the fastest scan)."""
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for messages."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
