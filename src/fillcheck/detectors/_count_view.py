"""The text the count rules read: corner quotes as curly ones, ASCII double quotes paired.

Scraped pages write `"A""B""C"四个环节`, and pages in traditional script `「A」「B」「C」四個環節`,
where print in simplified script writes `“A”“B”“C”四个环节`; the count readers know the
curly pair. Corner quotes fold to curly ones (`「」` to `“”`, `『』` to `‘’`). A straight `"`
could open or close: within each line that holds an even number of them they are paired
in order, the first opening (`“`), the second closing (`”`), and so on; a line with an odd
number (an inch mark, a quotation that goes on over the line) keeps them. One character
for one, so every offset stays where it was.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator

from ..finding import Hit

__all__ = ["Squeezed", "paired_quotes"]

_CORNERS = str.maketrans("「」『』", "“”‘’")


def paired_quotes(text: str) -> str:
    """``text`` with corner quotes folded and each line's straight double quotes paired."""
    if "「" in text or "『" in text:
        text = text.translate(_CORNERS)
    if '"' not in text:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        count = line.count('"')
        if count and count % 2 == 0:
            parts = line.split('"')
            marks = ("“", "”") * (count // 2)
            lines[k] = (
                "".join(part + mark for part, mark in zip(parts, marks, strict=False)) + parts[-1]
            )
    return "\n".join(lines)


# Spaces after a punctuation mark (not a colon, after which a list may open), before the
# next word: scraped and converted text writes
# `一是…, 二是…`, `九、 孩次构成情况`, `心中有黨、 心中有民`. Not before a line break.
_SPACE_AFTER = re.compile(r"(?<=[、，；。！？,;])[ \u3000\xa0]+(?=\S)")


class Squeezed:
    """A text without the spaces after its punctuation marks, and the way back: the
    list readers of FC303 and FC306 read `A、 B、 C` as `A、B、C`, and their hits are
    moved back to the offsets of the text as written."""

    __slots__ = ("_at", "_removed", "text")

    def __init__(self, text: str) -> None:
        self._at: list[int] = []  # where each removed run stood in the squeezed text
        self._removed: list[int] = []  # how many characters were removed up to and with it
        if _SPACE_AFTER.search(text) is None:
            self.text = text
            return
        parts, last, removed = [], 0, 0
        for run in _SPACE_AFTER.finditer(text):
            parts.append(text[last : run.start()])
            removed += run.end() - run.start()
            self._at.append(run.end() - removed)
            self._removed.append(removed)
            last = run.end()
        parts.append(text[last:])
        self.text = "".join(parts)

    def hits(self, hits: Iterable[Hit]) -> Iterator[Hit]:
        """``hits`` on the squeezed text, placed on the text as written."""
        if not self._at:
            yield from hits
            return
        for hit in hits:
            start = self._original(hit.start, bisect_right)
            end = self._original(hit.end, bisect_left)
            yield hit._replace(start=start, end=max(end, start))

    def _original(self, offset: int, side: Callable[[list[int], int], int]) -> int:
        k = side(self._at, offset)
        return offset + (self._removed[k - 1] if k else 0)
