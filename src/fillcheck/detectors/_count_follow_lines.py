"""FC303, the lines that follow an announcement, in two forms the numbered-line reader
of :mod:`._count_announced` does not take: bulleted lines (`聚焦三大重点：` then `- …`
lines) and a count further back in the sentence that `如下：` ends
(`体现六大施政领域之政策方向，重点如下：` then `1. …` lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..numerals import concept_at
from ..patterns import lazy_compile
from ._count_items import _CHANGE, ANY_COUNT

# A line that ends with `如下：` (spaces or ASCII watermark after it), and the count in
# its sentence that the lines after it spell out.
AS_FOLLOWS = lazy_compile(r"如下[：:][ \t\u3000]*\n")
_SENTENCE_COUNT = lazy_compile(
    r"(?P<num>[两二三四五六七八九十]|[2-9])(?P<unit>个|项|点|条|种|类|大|方面)"
    r"(?P<name>[\u4e00-\u9fff]{0,6}?)(?=[之的，,、：:]|\Z)"
)
_SENTENCE_STOPS = "。；;！!？?\n"


def as_follows_announcement(text: str, index: int) -> re.Match[str] | None:
    """The one count of items in the sentence that `如下` at ``index`` ends, unless a
    concept name, a change (`比上年增加3个`) or one of several counts."""
    start = max(0, index - 60)
    for stop in _SENTENCE_STOPS:
        start = max(start, text.rfind(stop, start, index) + 1)
    counts = list(ANY_COUNT.finditer(text, start, index))
    if len(counts) != 1 or _CHANGE.compiled.search(text, start, index):
        return None
    match = _SENTENCE_COUNT.compiled.match(text, counts[0].start(), index)
    if match is None or (counts[0].start() and text[counts[0].start() - 1] in "第前每近约这那等"):
        return None
    return None if concept_at(text, match.start()) else match


# A bullet that opens a line: a hyphen or a dot or square of a word processor's list.
_BULLET = re.compile(r"([ \t\u3000]*)([-•·●○■□◆◇▪►▶★☆])[ \t\u3000]*(?=\S)")


def bullet_items(lines: Iterable[str]) -> tuple[int, str, bool]:
    """How many bulleted lines (one bullet, one indent) open ``lines``, their openings,
    and whether the list visibly ended (a blank line and a paragraph after its last
    item). Nothing is counted (0) when the first non-blank line carries no bullet."""
    shape, shown, blank, ended = None, [], False, False
    for line in lines:
        if not line.strip():
            blank = True
            continue
        match = _BULLET.match(line)
        if shape is None:
            if match is None:
                return 0, "", False
            shape = match.groups()
        if match is None or match.groups() != shape:
            if match is not None and len(match.group(1)) > len(shape[0]):
                continue  # a nested list under an item
            ended = blank  # a line right after an item may go on with its text
            break
        shown.append(line[match.end() :][:8].rstrip("。；;，,:："))
        blank = False
    return len(shown), "；".join(shown), ended
