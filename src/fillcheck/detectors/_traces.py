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
from ..patterns import CJK_PUNCT, find_matches, triggered
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


# Marks that a text lists together when it talks about punctuation: `（，。、；：）`,
# `引号(“”‘’)`, a regular expression's `[,。!?;:、“”‘’()《》【】]`.
_MARKS = frozenset(CJK_PUNCT + "？！（）［］｛｝〈〉﹃﹄～、,.!?;:'\"()[]{}<>")
# So many kinds of mark around a trace make it a list of marks, not a deletion: a deleted
# item or title leaves two or three marks (`、”`, `“、”`, `《》、《》`).
_MARK_KINDS = 4


def lists_marks(text: str, start: int, end: int) -> bool:
    """True when the trace at ``start:end`` stands in a run of marks of many kinds: the
    text lists punctuation (`中文标点（，。、；：？！）`, `[,。!?;:、“”‘’()《》【】]`)."""
    left, right = start, end
    while left > 0 and text[left - 1] in _MARKS and start - left < 40:
        left -= 1
    while right < len(text) and text[right] in _MARKS and right - end < 40:
        right += 1
    return len(set(text[left:right])) >= _MARK_KINDS
