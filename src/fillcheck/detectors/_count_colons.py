"""FC303, items after the punctuation that ends an announcement: a `、` list after a
colon (`做到“四个带头”：带头讲政治、带头讲团结、…`), clauses parted by `；` after a colon
(`做到三个坚持：坚持A；坚持B；坚持C。`), and quoted items after a comma
(`提出了四点新要求，“…”、“…”、“…”、“…”`). Each list ends with its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..numerals import concept_at
from ..patterns import lazy_compile
from ._count_announcers import quoted_noun_announcement
from ._count_items import (
    ANY_COUNT,
    JOINED,
    announced_value,
    announcement,
    items_hit,
)
from ._count_named_sizes import named_sizes
from ._count_text import after_last_stop, iter_literal, sentence_end, split_top_level

_QUOTED = re.compile("“[^“”]{1,15}”")
# `A、B，以及C`: the last name of a `、` list after a comma and 以及 (or 和, 及).
_LAST_ITEM_AFTER_COMMA = re.compile("[，,](?:以及|和|及)(?=[^，,；;：:]{1,30}$)")
_ONLY_QUOTES = re.compile("(?:“[^“”]{1,15}”(?:和|与|及)?){2,}")


# The start of an announcement that a colon ends (`三个方面：`, `“五要素”：`): no colon
# without one in the few characters before it is read.
_COUNT_START = re.compile(
    "[两二三四五六七八九十0-9](?:个|项|点|条|种|类|大|部|方|句|件|字|张|招|步|环|维|层|板)"
    '|[“"][两二三四五六七八九十]'
)


def colon_lists(text: str) -> Iterator[Hit]:
    """Items after the colon that ends an announcement, up to the end of its sentence:
    a `、` list (`做到“四个带头”：带头讲政治、带头讲团结、带头讲纪律。`), clauses parted
    by `；` (`做到三个坚持：坚持A，…；坚持B；坚持C。`), or clauses parted by `，` that
    all open or all end alike (`带头讲政治，带头讲团结，…`)."""
    for colon in ("：", ":"):
        for index in iter_literal(text, colon):
            if _COUNT_START.search(text, max(0, index - 14), index) is None:
                continue
            match = announcement(text, index + 1) or quoted_noun_announcement(text, index)
            if match is None:
                continue  # (`开展“五个一”活动：读一本好书、…`: a quoted count and its noun)
            items = _name_items(text, index, match.group("name"))
            hit = _name_hit(match, items) if items else _clause_list(text, index, match)
            if hit is not None:
                yield hit
    yield from _named_clause_lists(text)


# `提出了施政“三份清单”，并对此进行了详细解释：` then `；` clauses that each hold
# the set's noun (`拿出“权力清单”，…；给出“负面清单”，…；理出“责任清单”，…。`).
_SET_IN_SENTENCE = lazy_compile(
    r"“(?P<num>[两二三四五六七八九十])(?P<unit>个|份|张|项|大|条|种)"
    r"(?P<name>(?:(?![一二两三四五六七八九十])[\u4e00-\u9fff]){2,4})”"
)


def _named_clause_lists(text: str) -> Iterator[Hit]:
    """`；` clauses after a colon whose sentence holds one quoted count further back than
    its end, when every clause holds the count's noun: the clauses are its items. Read
    from the quoted counts (rare) forward to the colon of their sentence."""
    for match in _SET_IN_SENTENCE.finditer(text):
        stops = [text.find(stop, match.end(), match.end() + 60) for stop in "。！？!?；;\n"]
        limit = min((i for i in stops if i >= 0), default=match.end() + 60)
        colons = [
            i
            for i in (text.find("：", match.end(), limit), text.find(":", match.end(), limit))
            if i >= 0
        ]
        if not colons:
            continue
        index = min(colons)
        if _COUNT_START.search(text, max(0, index - 14), index) is not None:
            continue  # a count right before the colon: read by `colon_lists`
        lo = max(0, index - 80)
        lo = max(lo, after_last_stop(text, lo, index, "。！？!?；;\n"))
        if len(ANY_COUNT.findall(text, lo, index)) > 1 or concept_at(text, match.start("num")):
            continue
        if len(list(_SET_IN_SENTENCE.finditer(text, lo, index))) != 1:
            continue
        end = sentence_end(text, index, 400)
        content = text[index + 1 : end].rstrip("；;")
        parts = [part for part in split_top_level(content, "；;") if part.strip()]
        noun = match.group("name")[-2:]
        if len(parts) >= 2 and all(noun in part for part in parts):
            hit = items_hit(match, len(parts), "；".join(part[:8] for part in parts))
            if hit is not None:
                yield hit


def _name_items(text: str, index: int, name: str = "") -> list[str] | None:
    """The `、` list of names (or quoted names) after the colon at ``index``, if any;
    items that each end with the announced noun ``name`` may be longer."""
    if text.find("、", index, index + 30) < 0 and text[index + 1 : index + 2] != "“":
        if _LAST_ITEM_AFTER_COMMA.search(text[index : sentence_end(text, index, 80)]) is None:
            return None
    end = sentence_end(text, index, 200)
    content = text[index + 1 : end].rstrip("；;")
    if _HAS_MARKER.match(content):
        return None  # `甲、题材；乙、用字`, `1、加强学习；2、…`: items under markers, not names
    semicolon = min((i for i in map(content.find, "；;") if i >= 0), default=-1)
    if semicolon > 0 and "、" in content[:semicolon]:
        content = content[:semicolon]  # `“三会”是：A、B、C；“一课”是：D`: the list ends at `；`
    content = _LAST_ITEM_AFTER_COMMA.sub("、", content)  # `A、B，以及C`
    quotes = _ONLY_QUOTES.match(content)  # `“A”“B”和“C”，建立健全…`: the quotations first
    if quotes is not None and content[quotes.end() : quotes.end() + 1] in ("，", ","):
        content = quotes.group()
    if any(mark in content for mark in "，,；;：:"):
        return None  # clauses, not a list of names
    items = [item.strip() for item in split_top_level(content, "、")]
    if len(items) == 1:  # `“三个结合”：“A”“B”“C”`
        items = _QUOTED.findall(content) if _ONLY_QUOTES.fullmatch(content) else items
    named = len(name) >= 2 and all(item.endswith(name) for item in items)
    if len(items) < 2 or any(not item or len(item) > (30 if named else 24) for item in items):
        return None
    return items


def _name_hit(match: re.Match[str], items: list[str]) -> Hit | None:
    """The hit when the names are more or fewer than ``match`` announces."""
    sizes, announced = named_sizes(items, match.group("name")), announced_value(match)
    if items[-1].endswith("等") and min(sizes) <= announced:
        return None  # 等: fewer named than announced
    if announced in sizes:
        return None  # `A、B和C`
    return items_hit(match, max(sizes), "、".join(items))


def _clause_list(text: str, index: int, match: re.Match[str]) -> Hit | None:
    """Clauses parted by `；` (or alike clauses parted by `，`) after the colon at
    ``index``, to the end of the sentence (the list's end)."""
    end = sentence_end(text, index, 400)
    semicolon = "；" in text[index:end] or ";" in text[index:end]
    if not semicolon and "，" not in text[index:end] and "," not in text[index:end]:
        return None
    if text[end : end + 1] not in "。！？!?":
        return None
    lo = max(0, match.start() - 60)
    sentence = max(lo - 1, *(text.rfind(stop, lo, match.start()) for stop in "。！？!?\n"))
    content = text[index + 1 : end].rstrip("；;")
    if len(ANY_COUNT.findall(text, sentence + 1, index)) > 1:
        # `三个方面9个差距：`: two counts, of the `；` clauses and of the `、` items in them
        return _two_level_hit(text, sentence + 1, index, content) if semicolon else None
    if _HAS_MARKER.search(content):
        return None
    parts = [part.strip() for part in split_top_level(content, "；;" if semicolon else "，,")]
    if len(parts) < 2 or not all(0 < len(part) <= 60 for part in parts):
        return None
    if not semicolon and not _alike(parts) and not _hold_name(parts, match):
        return None
    if len(parts) + 1 == announced_value(match) and JOINED.search(parts[-1], 2):
        return None  # `能不能A，能不能B和C？`: the last clause asks for two
    return items_hit(match, len(parts), "；".join(part[:8] for part in parts))


# The two counts of a two-level list: `两个方面9个差距：`.
_LEVEL_COUNT = lazy_compile(
    r"(?<![0-9第前每近约])(?P<num>[两二三四五六七八九十]|[1-9][0-9]?)(?P<unit>个|项|点|条|种|类|大)"
    r"(?P<name>[\u4e00-\u9fff]{0,2})"
)


def _two_level_hit(text: str, start: int, index: int, content: str) -> Hit | None:
    """Two counts before a colon and `；` clauses that each hold a `、` list: one count
    numbers the clauses, the other all the items in them (`两个方面9个差距：主观上，A、B、C
    有差距；状态上，…；行动上，…`). When one count fits its level and the other does not,
    the other is reported against its level."""
    counts = list(_LEVEL_COUNT.finditer(text, start, index))
    parts = [part for part in split_top_level(content, "；;") if part.strip()]
    if len(counts) != 2 or len(parts) < 2 or not all("、" in part for part in parts):
        return None
    clauses = len(parts)
    items = sum(len(split_top_level(part, "、")) for part in parts)
    first, second = counts
    a, b = announced_value(first), announced_value(second)
    shown = "；".join(part[:8] for part in parts)
    if a == clauses and b != items and b > clauses:
        return items_hit(second, items, shown)
    if b == items and a != clauses and a < items:
        return items_hit(first, clauses, shown)
    return None


_QUOTED_LIST = re.compile("(?:“[^“”]{1,20}”[、，,和与及]?){2,}")


def _second_quote_follows(text: str, quote: int) -> bool:
    """True when the quotation opened at ``quote`` closes within 20 characters and a
    second one opens right after it (or after one separator): what ``_QUOTED_LIST``
    needs first."""
    close = text.find("”", quote + 1, quote + 22)
    if close < 0:
        return False
    after = text[close + 1 : close + 3]
    return after[:1] == "“" or (after[:1] in _QUOTE_SEPARATORS and after[1:] == "“")


_QUOTE_SEPARATORS = frozenset("、，,和与及")


def quoted_lists(text: str) -> Iterator[Hit]:
    """`提出了四点新要求，“要做…”、“要做…”、“要做…”、“要做…”。`: quoted items after the
    comma that ends an announcement, up to the end of its sentence."""
    for mark in ("，“", ",“"):
        for index in iter_literal(text, mark):
            if not _second_quote_follows(text, index + 1):
                continue  # the cheap test first: no list of two quoted items starts here
            content = text[index + 1 : sentence_end(text, index, 200)].rstrip("；;，,")
            if not _QUOTED_LIST.fullmatch(content):
                continue
            match = announcement(text, index + 1)
            if match is not None:
                items = re.findall("“[^“”]*”", content)
                hit = items_hit(match, len(items), "、".join(items))
                if hit is not None:
                    yield hit


# Markers inside a colon's clauses: the lists the marker readers count.
_HAS_MARKER = re.compile(
    "[一二三四五六七八九十][是要][^一二三四五六七八九十]|[（(][一二三四五六七八九十0-9]|[①-⑳]|"
    "(?:^|[；;])[0-9一二三四五六七八九十]{1,2}[、.．]|(?:^|[；;])[甲乙丙丁戊己庚辛壬癸]、"
    "|第[一二三四五六七八九十][，,、]|首先"
)


# `一次`, `一个`: the 一 of a `“四个一”` set, counting one thing in each clause.
_ONE_OF = re.compile("一[次个项批场堂篇本条件张份]")


def _hold_name(parts: list[str], match: re.Match[str]) -> bool:
    """Clauses that each hold the name of the quoted set announcing them
    (`“四个一”：每月开展一次学习，每季度组织一次调研，…`)."""
    name = match.group("name")
    num = match.start("num")
    if not name or match.string[max(0, num - 1) : num] not in '“"':
        return False
    if name == "一":
        return all(_ONE_OF.search(part) for part in parts)
    return all(name in part for part in parts)


def _alike(parts: list[str]) -> bool:
    """Clauses that all open or all end with the same two characters."""
    return len({part[:2] for part in parts}) == 1 or len({part[-2:] for part in parts}) == 1
