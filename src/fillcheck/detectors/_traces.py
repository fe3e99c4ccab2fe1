"""Deletion traces on the shared trigger scan: empty list items and quotes, spaced stars.

An editor or a word filter that takes words out leaves their punctuation
behind: `、”` (an item deleted before a closing quote), `《》` (a title
deleted), `市 *** 常务会议` (a word filtered to stars). Each such trace starts
with one of a few two-character literals, declared to the shared scan of
:mod:`fillcheck.scan`; the rules FC401, FC402 and FC404 look only there.
"""

from __future__ import annotations

import re

from ..document import Document
from ..scan import declare, declared_starts

# `、` with nothing after it (`、”`, `、、`, `、。`) or nothing before it (`，、`, `“、`).
_ITEM_ENDS = "”’）)》」』。；;，,、：！？"
EMPTY_ITEMS = declare(
    "fc401-items", (*(f"、{end}" for end in _ITEM_ENDS), "，、", "“、", "（、", "：、")
)
# Paired marks with nothing inside. `（）` is a form's blank (FC104 reports it).
EMPTY_PAIRS = declare("fc402-pairs", ("《》", "“”", "‘’", "【】", "「」", "『』"))
# A word filter's stars with spaces around them: `市 *** 常务会议`.
_STAR_GAPS = {" ": re.compile(r" [*＊]+ "), "\u3000": re.compile("\u3000[*＊]+\u3000")}
SPACED_STARS = declare("fc404-stars", (" *", " ＊", "\u3000*", "\u3000＊"))


def empty_items(doc: Document) -> list[tuple[int, int]]:
    """Spans of `、` with nothing after or before it, as one search per form would find them."""
    text, spans, free = doc.text, [], 0
    for at in declared_starts(doc, EMPTY_ITEMS):
        if text[at] == "、":
            if at < free:
                continue  # `、、、`: the second `、` closes the first trace
            free = at + 2
        spans.append((at, at + 2))
    return spans


def empty_pairs(doc: Document) -> list[tuple[int, int]]:
    """Spans of paired marks with nothing inside (`《》`, `“”`)."""
    return [(at, at + 2) for at in declared_starts(doc, EMPTY_PAIRS)]


def spaced_stars(doc: Document) -> list[tuple[int, int]]:
    """Spans of star runs with a space, or an ideographic space, on each side."""
    text, spans = doc.text, []
    free = {" ": 0, "\u3000": 0}
    for at in declared_starts(doc, SPACED_STARS):
        gap = text[at]
        if at < free[gap]:
            continue
        match = _STAR_GAPS[gap].match(text, at)
        if match is not None:
            spans.append(match.span())
            free[gap] = match.end()
    return spans
