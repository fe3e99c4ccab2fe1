"""The text the count rules read, with ASCII double quotes paired.

Scraped pages write `"A""B""C"四个环节` where print writes `“A”“B”“C”四个环节`; the count
readers know the curly pair, whose opening and closing marks differ, and a straight `"`
could open or close. Within each line that holds an even number of straight quotes,
they are paired in order: the first opens (`“`), the second closes (`”`), and so on. A
line with an odd number (an inch mark, a quotation that goes on over the line) is left
as it is. One character for one, so every offset stays where it was.
"""

from __future__ import annotations

__all__ = ["paired_quotes"]


def paired_quotes(text: str) -> str:
    """``text`` with the straight double quotes of each line paired as `“` and `”`."""
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
