"""Quotations around a count after its list (see :mod:`._count_after`): quoted or titled
items joined by 和/及 (`“事故型”和“举荐型”`, `「A」及「B」`), a quotation that is the list
(`“平安、效益、美丽”三大目标`), the words between a list and its quoted count
(`为主要内容的`), `这` referring back to quotations, items glued without `、`, and a
headline's space that parts its clauses.
"""

from __future__ import annotations

import re

from ..patterns import char_before, lazy_compile
from ._count_text import split_top_level

# A space between two words of a headline parts its clauses (`…雙軸並進 實現「A」、「B」`).
_HEADLINE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff”」])[ \u3000]+(?=[\u4e00-\u9fff“「])")


def after_headline_space(text: str, start: int, index: int) -> int:
    """``start``, moved past the last space that parts a headline's clauses before the
    list's first `、` (a headline writes a space where prose writes a comma)."""
    first_mark = text.find("、", start, index)
    if first_mark < 0 or (
        " " not in text[start:first_mark] and "\u3000" not in text[start:first_mark]
    ):
        return start
    spaces = list(_HEADLINE_SPACE.finditer(text, start, first_mark))
    return spaces[-1].end() if spaces else start


# `以“A、B、C”为主要内容的“四个一”活动`, `“A、B、C”(简称“三个一”)`: the words between a
# quoted list and its count.
_CONTENT_FRAMES = ("为主要内容的", "为内容的", "（简称", "(简称", "（以下简称", "(以下简称")


def content_frame(text: str, index: int) -> int:
    """Length of the frame (`为主要内容的`, right before ``index``) between a closing
    quote and a quoted count, or 0."""
    for frame in _CONTENT_FRAMES:
        start = index - len(frame)
        if text.startswith(frame, start) and char_before(text, start) in '”"':
            return len(frame)
    return 0


# Quotation marks that close a quoted saying or name.
_CLOSING_QUOTES = frozenset('”"」』')


def refers_back(text: str, index: int) -> int:
    """`「A」、「B」这两句话`, `“A、B、C”，这三个“战”`: 这 right before the count, and a
    closing quote before it (or before the comma before it): how many characters stand
    between the quotation and the count (0: none of these)."""
    if char_before(text, index) != "这":
        return 0
    if char_before(text, index - 1) in _CLOSING_QUOTES:
        return 1
    if char_before(text, index - 1) in "，," and char_before(text, index - 2) in _CLOSING_QUOTES:
        return 2
    return 0


# `“理”学“践”学` in a list of `“诵”学、“荐”学…`: two items whose `、` was left out.
_QUOTED_HEAD = re.compile("“[^“”]{1,4}”[\u4e00-\u9fff]{0,2}")
_QUOTED_HEADS = re.compile(f"(?:{_QUOTED_HEAD.pattern})+")


def glued_items(items: list[str]) -> int:
    """How many items more than ``items`` holds when items of one quoted shape (`“诵”学`)
    stand glued without their `、` (the first item may carry the clause's verb)."""
    first = items[0][items[0].find("“") :] if "“" in items[0] else items[0]
    shapes = [_QUOTED_HEADS.fullmatch(item) for item in (first, *items[1:])]
    if not all(shapes):
        return 0
    heads = [len(_QUOTED_HEAD.findall(item)) for item in (first, *items[1:])]
    return sum(heads) - len(items) if heads.count(1) * 2 >= len(items) else 0


# `“事故型”和“举荐型”`, `《A》和《B》`: quoted or titled items joined by 和/与/及.
_JOINED_QUOTES = lazy_compile(
    r"(?:(?:“[^“”]{1,30}”|「[^「」]{1,30}」|『[^『』]{1,30}』|《[^《》]{1,40}》)(?:和|与|及|以及)?){2,}\Z"
)


def quoted_items(segment: str) -> list[str]:
    """The quoted or book-title items that end ``segment``, when two or more are joined."""
    match = _JOINED_QUOTES.search(segment)
    if match is None:
        return []
    return [m.group() for m in _QUOTED_ITEM.finditer(match.group())]


_QUOTED_ITEM = re.compile("“[^“”]*”|「[^「」]*」|『[^『』]*』|《[^《》]*》")


# A quotation right after another and `、` or a conjunction: one of a list of quoted items.
_AFTER_QUOTED_ITEM = re.compile(r'[”"](?:、|和|及|与|以及)\Z')


def quoted_list(segment: str) -> list[str] | None:
    """The items of a quotation that ends ``segment`` (`“平安、效益、美丽”`), if a list."""
    segment = segment.rstrip("的")
    if not segment.endswith(("”", '"')):
        return None
    opener = max(segment.rfind("“"), segment.rfind('"', 0, len(segment) - 1))
    if opener < 0:
        return None
    content = segment[opener + 1 : -1]
    if any(stop in content for stop in "，,。；;：:"):
        return None  # a quoted sentence, not a list of names
    if _AFTER_QUOTED_ITEM.search(segment, 0, opener):
        return None  # `“A、B”、“C”及“D、E”`: the last of quoted items, not the whole list
    items = split_top_level(content, "、")
    return items if len(items) >= 2 and all(items) else None
