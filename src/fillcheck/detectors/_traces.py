"""Deletion traces: empty list items and quotes, a word filter's spaced stars.

An editor or a word filter that takes words out leaves their punctuation
behind: `、”` (an item deleted before a closing quote), `《》` (a title
deleted), `市 *** 常务会议` (a word filtered to stars). Empty pairs of marks start
with rare characters and are declared to the shared trigger scan of
:mod:`fillcheck.scan`; list items and spaced stars start with `、`, `，` and
spaces, which are common: declared there, every family's scan would stop at
each, so they are looked for with literal-led patterns of their own.
"""

from __future__ import annotations

from ..document import Document
from ..patterns import find_matches, triggered
from ..scan import declare, declared_starts

# `、` with nothing after it (`、”`, `、、`, `、。`) or nothing before it (`，、`, `“、`).
EMPTY_ITEMS = (
    triggered(r"、[”’）)》」』。；;，,、：！？]"),
    triggered(r"，、"),
    triggered(r"“、"),
    triggered(r"（、"),
    triggered(r"：、"),
)
# Paired marks with nothing inside. `（）` is a form's blank (FC104 reports it).
EMPTY_PAIRS = declare("fc402-pairs", ("《》", "“”", "‘’", "【】", "「」", "『』"))
# A word filter's stars with spaces around them: `市 *** 常务会议`.
SPACED_STARS = (triggered(r" [*＊]+ "), triggered(r"\u3000[*＊]+\u3000"))


def empty_items(doc: Document) -> list[tuple[int, int]]:
    """Spans of `、` with nothing after or before it, by start."""
    return [match.span() for match in find_matches(doc.text, EMPTY_ITEMS)]


def empty_pairs(doc: Document) -> list[tuple[int, int]]:
    """Spans of paired marks with nothing inside (`《》`, `“”`)."""
    return [(at, at + 2) for at in declared_starts(doc, EMPTY_PAIRS)]


def spaced_stars(doc: Document) -> list[tuple[int, int]]:
    """Spans of star runs with a space, or an ideographic space, on each side."""
    return [match.span() for match in find_matches(doc.text, SPACED_STARS)]
