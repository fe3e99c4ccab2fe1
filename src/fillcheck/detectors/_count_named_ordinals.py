"""FC303 on sub-headings named by their number (`关键词一`, `关键词二`, …) after the count
of them (`通过四个关键词来解读`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..numerals import concept_at
from ..patterns import is_han
from ._count_items import items_hit

# `通过四个关键词来解读`, then sub-headings `关键词一：…`, `关键词二：…`.
_NAMED_ITEM = re.compile("一[：: \t\u3000]")


def _named_items(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of every line that opens with a name and 一 (`关键词一：`)."""
    for found in _NAMED_ITEM.finditer(text):
        index = found.start()
        line = text.rfind("\n", max(0, index - 8), index)
        name = text[line + 1 : index].strip(" \t\u3000")
        if line >= 0 and 2 <= len(name) <= 3 and all(map(is_han, name)):
            yield index - len(name), index + 1, name


def named_ordinals(text: str) -> Iterator[Hit]:
    """Sub-headings named by their number (`关键词一`, `关键词二`, …) after the count of
    them (`四个关键词`): as many as it announces, once no next number follows."""
    numbers = "一二三四五六七八九十"
    for first_start, first_end, name in _named_items(text):
        if name not in text[max(0, first_start - 300) : first_start]:
            continue  # no count of them before
        pattern = re.compile(
            rf"(?<![0-9０-９.．第前每近约])(?P<num>[两二三四五六七八九十])(?P<unit>个|项|大|点|条|种|)"
            rf"(?P<name>{name})"
        )
        found = list(pattern.finditer(text, max(0, first_start - 300), first_start))
        if not found or concept_at(text, found[-1].start()):
            continue
        count = 1
        while count < 10 and _heading_at(text, name + numbers[count], first_end):
            count += 1
        if count >= 2:
            hit = items_hit(found[-1], count, f"{name}一…{name}{numbers[count - 1]}")
            if hit is not None:
                yield hit


def _heading_at(text: str, heading: str, start: int) -> bool:
    """``heading`` (`关键词二`) opens a line after ``start``, before `：` or a space."""
    index = text.find(heading, start)
    while index >= 0:
        line = text.rfind("\n", max(0, index - 8), index)
        after = text[index + len(heading) : index + len(heading) + 1]
        if line >= 0 and not text[line + 1 : index].strip(" \t\u3000") and after in "：: \t\u3000":
            return True
        index = text.find(heading, index + 1)
    return False
