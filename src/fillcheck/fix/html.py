"""Placing fixes made on an HTML page's text in its markup.

The HTML reader anchors each run of extracted text to the source line it
came from (``html line 57``). A fix's deleted text is looked for in the
source lines of its anchor, up to the next anchor's line: when the extracted
text and those source lines hold the same number of occurrences, the k-th
occurrence in one is the k-th in the other, and the fix is placed there.
Anything else (the text spelled with entities or split by tags, an
occurrence inside an attribute, a deletion that spans anchors) is left
unfixed: the finding stays reported. A line deletion removes the line's
text only, never the tags around it.
"""

from __future__ import annotations

from bisect import bisect_right

from ..document import Document
from . import Edit, Fix, Translate


def placer(source: str, doc: Document) -> Translate:
    """A Translate that moves fixes on ``doc`` (the page's text) into ``source``."""
    if "\r" in source.replace("\r\n", ""):
        return lambda fix: None  # lone CRs: the reader's line numbers are not ours
    starts = [0]
    starts += [index + 1 for index, char in enumerate(source) if char == "\n"]
    anchors = [(offset, int(label.rsplit(" ", 1)[1])) for offset, label in doc.parts]
    offsets = [offset for offset, _ in anchors]

    def region(line: int, next_line: int) -> tuple[int, int]:
        first = starts[min(line, len(starts)) - 1]
        last = max(line, next_line)
        return first, starts[last] if last < len(starts) else len(source)

    def place(edit: Edit) -> Edit | None:
        deleted = doc.text[edit.start : edit.end].rstrip("\n")
        index = bisect_right(offsets, edit.start) - 1
        if edit.replacement or not deleted or index < 0:
            return None
        low = offsets[index]
        high = offsets[index + 1] if index + 1 < len(offsets) else len(doc.text)
        if edit.start + len(deleted) > high:
            return None
        next_line = anchors[index + 1][1] if index + 1 < len(anchors) else len(starts)
        first, last = region(anchors[index][1], next_line)
        there = _occurrences(source, deleted, first, last)
        if len(there) != len(_occurrences(doc.text, deleted, low, high)):
            return None
        ordinal = len(_occurrences(doc.text, deleted, low, edit.start))
        at = there[ordinal]
        return Edit(at, at + len(deleted))

    def translate(fix: Fix) -> Fix | None:
        placed = [place(edit) for edit in fix.edits]
        if any(edit is None for edit in placed):
            return None
        return Fix(fix.rule, fix.title, tuple(sorted(placed)), fix.safe)  # type: ignore[arg-type]

    return translate


def _occurrences(text: str, needle: str, low: int, high: int) -> list[int]:
    """Where ``needle`` starts in ``text[low:high]`` (non-overlapping), as offsets of ``text``."""
    found = []
    at = text.find(needle, low, high)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + len(needle), high)
    return found
