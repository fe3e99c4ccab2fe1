"""FC303 on two items written as `一个是…，另一个是…` (`一方面…另一方面…`): the pair
after a count that announces them (`制约发展的两个最大因素。一个是土地不足，另一个是
劳动力不足。`). `另一` names the last of two, so any other count contradicts it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ._count_items import announcement, items_hit
from ._count_text import iter_literal

# The second of the pair, and the first it answers, both opening a clause.
_OTHER = re.compile("另一(?P<unit>个|方面|种|点|条|项|类)(?:是|为|就是|则是|则为|，|,)")
_FIRST = {
    unit: re.compile(rf"(?<![另第])一{unit}(?:是|为|就是|，|,)")
    for unit in "个 方面 种 点 条 项 类".split()
}
_CLAUSE_OPENS = frozenset("。；;：:，,！!？?\n \t\u3000")
_REACH = 160  # how far before `另一` the first of the pair may open


def one_and_other(text: str) -> Iterator[Hit]:
    """Hits where a count announces a pair written `一个是…另一个是…` and is not two."""
    for index in iter_literal(text, "另一"):
        other = _OTHER.match(text, index)
        if other is None or (index and text[index - 1] not in _CLAUSE_OPENS):
            continue
        lo = max(0, index - _REACH, text.rfind("\n", 0, index) + 1)
        firsts = [
            m
            for m in _FIRST[other.group("unit")].finditer(text, lo, index)
            if m.start() == 0 or text[m.start() - 1] in _CLAUSE_OPENS
        ]
        if len(firsts) != 1:
            continue
        start = firsts[0].start()
        match = announcement(text, start)
        if match is None:
            continue
        shown = text[start : other.end() + 8]
        hit = items_hit(match, 2, shown)
        if hit is not None:
            yield hit
