"""FC303, counts that announce items from further away than the end of the clause right
before them: `“四个一”惠民举措——即“…”`, a count in the clause before `，包括`
(`仍有五大急迫问题需要面对与解决，包含…`), a quoted set whose name every item repeats
(`可以用“三新”的特点来加以概括：一是“新气象”…`), and ordinals that carry the announced
measure word (`由四块组成。第一块：…第二块：…`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from ..finding import Hit
from ..messages import t
from ..numerals import concept_at
from ..patterns import lazy_compile
from ._count_after import quoted_count_read
from ._count_items import _CHANGE, ANY_COUNT, announced_value, items_hit
from ._count_text import matches_from, shorten

# `“四个一”惠民举措——即…`, `“三基”建设，即…`: a quoted count and the noun it names,
# before `——`, a comma or `即`.
QUOTED_NOUN = lazy_compile(
    r"[“\"](?P<num>[两二三四五六七八九十])(?P<unit>个|项|大|条|种|)"
    r"(?P<name>(?:(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]){1,3}|一)"
    r"[”\"][\u4e00-\u9fff]{0,4}(?:——|[，,])?[ \t\u3000]*\Z"
)


def quoted_noun_announcement(text: str, end: int) -> re.Match[str] | None:
    """`“四个一”惠民举措——` right before ``end``, unless a concept name."""
    match = QUOTED_NOUN.search(text, max(0, end - 16), end)
    if match is None or concept_at(text, match.start("num")):
        return None
    if match.start() and text[match.start() - 1] in '”"':
        return None  # `“四必访”“四摸清”，即…`: two sets share the items that follow
    if text[match.end() - 1 : match.end()] in "，," and _CLAUSE_COMMA.match(text, end, end + 200):
        return None  # `“四个一”活动，即A，B，C，并…`: after a comma, only a `、` list is its own
    return match


# A comma in the sentence after `即` (its items may run into the clause after them).
_CLAUSE_COMMA = lazy_compile("[^。；;！!？?\n]*?[，,]")


# A count of items in the clause before `，包括` (`国内仍有五大急迫问题需要面对与解决，包含…`).
_CLAUSE_COUNT = lazy_compile(
    r"(?<![0-9０-９.．第前每近约十])(?P<num>[两二三四五六七八九十]|[2-9])"
    r"(?P<unit>个|项|大|类|种|条)(?P<name>[\u4e00-\u9fff]{1,6}?)(?=需要|亟待|有待|[，,]|\Z)"
)


def clause_announcement(text: str, index: int) -> re.Match[str] | None:
    """The one count of items in the clause that the comma before ``index`` ends."""
    if text[index - 1 : index] not in "，,":
        return None
    start = index - 1
    while start > max(0, index - 50) and text[start - 1] not in "。；;！!？?，,：:\n":
        start -= 1
    matches = list(ANY_COUNT.finditer(text, start, index - 1))
    if len(matches) != 1 or _CHANGE.compiled.search(text, start, index):
        return None
    match = _CLAUSE_COUNT.compiled.search(text, matches[0].start(), index - 1)
    if match is None or match.start() != matches[0].start() or concept_at(text, match.start()):
        return None
    return match


# `可以用“三新”的特点来加以概括：`: a quoted set name in the sentence before a list.
_QUOTED_SET_NAME = lazy_compile(
    r"[“\"](?P<num>[两二三四五六七八九十])(?P<unit>)"
    r"(?P<name>(?:(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]){1,2})[”\"]"
)
_SENTENCE_STOPS = "。！？!?；;\n"


def named_set_announcement(text: str, end: int, markers: list, i: int) -> re.Match[str] | None:
    """The one quoted set (`“三新”`) in the sentence that ends at ``end`` (with `：` or
    `。`), when every item of the list from ``markers[i]`` repeats its name
    (`一是“新气象”…二是“新风格”…三是“新形式”`)."""
    if text[end - 1 : end] not in "：:。":
        return None
    lo = max(0, end - 80)
    for stop in _SENTENCE_STOPS:
        lo = max(lo, text.rfind(stop, lo, end - 1) + 1)
    matches = list(_QUOTED_SET_NAME.finditer(text, lo, end))
    if len(matches) != 1 or concept_at(text, matches[0].start("num")):
        return None
    if not _items_hold(text, markers, i, matches[0].group("name"), to_next_marker=True):
        return None
    return matches[0]


# `三个“统一”打好创先争优思想基础`: a count and its quoted two-character name in a line
# (a headline) a paragraph or two before the list.
_HEADLINE_SET = lazy_compile(
    r"(?P<num>[两二三四五六七八九十])(?P<unit>个|大|项|)[“\"]"
    r"(?P<name>(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]{2})[”\"]"
)
_HEADLINE_REACH = 400  # how far before the list's first marker the set may be named


def heading_set_announcement(text: str, end: int, markers: list, i: int) -> re.Match[str] | None:
    """The one quoted set (`三个“统一”`) in the lines a paragraph or two before the list
    that opens a line at ``markers[i]``, when every item holds its name (`一是在学习中统一
    认识…二是在交流中统一思想…`)."""
    first = markers[i][0]
    if first and text[first - 1] != "\n":
        return None
    lo = max(0, end - _HEADLINE_REACH)
    matches = list(_HEADLINE_SET.finditer(text, lo, end))
    if len(matches) != 1 or concept_at(text, matches[0].start("num")):
        return None
    if not _items_hold(text, markers, i, matches[0].group("name"), to_next_marker=False):
        return None
    return matches[0]


def _items_hold(text: str, markers: list, i: int, name: str, *, to_next_marker: bool) -> bool:
    """True when every item of the run of consecutive markers from ``markers[i]`` holds
    ``name`` in its first sentence (``to_next_marker``: an item but the last ends at the
    next marker instead), looking 200 characters at most."""
    j = i
    while j + 1 < len(markers) and markers[j + 1][3] == markers[j][3] + 1:
        j += 1
    for k in range(i, j + 1):
        begin = markers[k][1]
        if to_next_marker and k < j:
            stop = markers[k + 1][0]
        else:
            stop = text.find("。", begin, begin + 200)
        if name not in text[begin : stop if stop > 0 else begin + 200]:
            return False
    return True


# `第一块：`, `第一部分是`: an ordinal with the measure word the count announced.
_FIRST_WITH_UNIT = lazy_compile(r"第一(?P<unit>块|部分|阶段|步|层次|环节|板块|篇|章|节)")
_OPENS_CLAUSE = frozenset("。；;：:，,！!？?\n \t\u3000“")
_CN = "一二三四五六七八九十"
# The count of them before the first, in the same paragraph (`由四块组成`, `两大部分`).
_UNIT_COUNTS = {
    unit: re.compile(
        rf"(?<![第前每近约0-9])(?P<num>[两二三四五六七八九十])(?P<unit>个|大|)(?P<name>{unit})"
    )
    for unit in ("块", "部分", "阶段", "步", "层次", "环节", "板块", "篇", "章", "节")
}


def ordinal_unit_items(text: str) -> Iterator[Hit]:
    """`由四块组成。第一块：…第二块：…第三块：…`: ordinals that carry the count's measure
    word, counted in the paragraph of the count; fewer count once no next ordinal
    follows within the next paragraphs either."""
    for first in _FIRST_WITH_UNIT.finditer(text):
        start, unit = first.start(), first.group("unit")
        if start and text[start - 1] not in _OPENS_CLAUSE:
            continue
        paragraph_end = text.find("\n", start)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        count, at = 1, first.end()
        while count < len(_CN):
            at = text.find(f"第{_CN[count]}{unit}", at, paragraph_end)
            if at < 0 or text[at - 1] not in _OPENS_CLAUSE:
                break
            count += 1
        lo = max(text.rfind("\n", 0, start) + 1, start - 150)
        matches = list(_UNIT_COUNTS[unit].finditer(text, lo, start))
        if count < 2 or len(matches) != 1 or concept_at(text, matches[0].start()):
            continue
        later = text[paragraph_end : paragraph_end + 1500]
        if count < announced_value(matches[0]) and f"第{_CN[count]}{unit}" in later:
            continue  # the list goes on in the next paragraphs
        hit = items_hit(matches[0], count, f"第一{unit}…第{_CN[count - 1]}{unit}")
        if hit is not None:
            yield hit


# `始终做到心中有党、心中有民、心中有责、心中有戒。这是…的“四有”干部标准`: a quoted set
# whose name each item of the list that closes the sentence before it holds.
_NAMED_SET = lazy_compile(
    r"“(?P<num>[两二三四五六七八九十])(?P<unit>个|项|大|条|种|)"
    r"(?P<name>(?:(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]){1,2})”"
)
_ITEM_PARTS = re.compile("[、，,]")
_NAMED_ITEM_LIMIT = 12  # characters of one item (after the first, which may open with a verb)
_NAMED_SET_REACH = 60  # how far after the list's sentence the set may be named
_NAMED_LIST_REACH = 200  # how far back the sentence that holds the list is read


def named_list_before(text: str) -> Iterator[Hit]:
    """`A、B、C、D。…“四有”`: a quoted set named in the sentence after a list whose items
    each hold its name and share the words around it (`心中有`), counted against it."""
    if "。“" not in text and "”" not in text:
        return
    read = -1  # the sentence whose list was last counted: only its first naming counts
    for match in _NAMED_SET.finditer(text):
        if concept_at(text, match.start("num")) or text[match.end() : match.end() + 1] in "：:（(":
            continue  # its own list follows: the rules of announced items read it
        reach = max(0, match.start() - _NAMED_SET_REACH)
        stop = max(text.rfind(s, reach, match.start()) for s in "。！？!?；;")
        if stop < 0 or stop == read:
            continue
        read = stop
        items = _named_items(text, stop, match.group("name"))
        if items is None or len(items) == announced_value(match):
            continue
        message = t(
            "list-before-count",
            phrase=match.group()[1:-1],
            announced=announced_value(match),
            count=len(items),
            listed=shorten("、".join(items)),
        )
        yield Hit(match.start("num"), match.end() - 1, message, t("list-agree"))


def _named_items(text: str, stop: int, name: str) -> list[str] | None:
    """The items of the list that closes the sentence ending at ``stop``, when each holds
    ``name`` and all but the first share two characters around it."""
    reach = max(0, stop - _NAMED_LIST_REACH)
    lo = max(reach - 1, *(text.rfind(s, reach, stop) for s in "。！？!?；;\n"))
    parts = _ITEM_PARTS.split(text[lo + 1 : stop])
    items: list[str] = []
    for part in reversed(parts):
        if name not in part or (items and len(items[0]) > _NAMED_ITEM_LIMIT):
            break
        items.insert(0, part)
    if len(items) < 2 or any(len(item) > _NAMED_ITEM_LIMIT for item in items[1:]):
        return None
    shared = _shared_part(items[1:], name)
    if shared is None or shared not in items[0]:
        return None
    # the first item as long as the others: `始终做到心中有党` shows as `心中有党`
    lead = items[-1].find(shared)
    items[0] = items[0][max(0, items[0].find(shared) - lead) :]
    return items


def _shared_part(items: list[str], name: str) -> str | None:
    """The words all ``items`` open or end with, when they hold ``name`` and one more
    character (`心中有` of `心中有民、心中有责`; `带头讲` of `带头讲政治、带头讲团结`)."""
    prefix = items[0]
    for item in items[1:]:
        while not item.startswith(prefix):
            prefix = prefix[:-1]
    suffix = items[0]
    for item in items[1:]:
        while not item.endswith(suffix):
            suffix = suffix[1:]
    for shared in (prefix, suffix):
        if name in shared and len(shared) > len(name) and shared not in items:
            return shared
    return None


# `三述是指述纪、述廉、述作风`, `三议指A议、B议、C议`, `两公开是A公开、B公开`,
# `四个意识就是政治意识、…`: a bare count (or one with 个) and the one- or
# two-character name its items each hold, opening a sentence and defined by
# 是指/指的是/指/就是/即/是.
_BARE_SET = (
    r"(?P<num>[两二三四五六七八九十])(?P<unit>个|個)?"
    r"(?P<name>(?:(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]){1,2}?)"
    r"(?:是指|指的是|指|就是|即|是)[：:]?"
)
# After a sentence stop, or at the text's start: two patterns, because a pattern that
# opens with a set of characters is searched for that set alone, one with `\A|` at
# every position.
_BARE_SET_DEFINED = lazy_compile(r"[。；;！!？?\n]" + _BARE_SET)
# Where its matches start: a stop before a numeral, one scan per stop (each opens with a
# literal, far faster than a search for any of the stops).
_BARE_SET_STARTS = tuple(
    re.compile(f"{re.escape(stop)}(?=[两二三四五六七八九十])") for stop in "。；;！!？?\n"
)
_BARE_SET_OPENING = lazy_compile(_BARE_SET)
# `述纪、述廉、述作风的“三述”之路`: a quoted count after 的 and the list its name runs through;
# or right after the list's last item (`医疗、医保、医药“三医”联动`).
_QUOTED_SET_AFTER = lazy_compile(
    r"(?:的|(?<=[\u4e00-\u9fff]))“(?P<num>[两二三四五六七八九十])(?P<unit>)"
    r"(?P<name>(?:(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]){1,2})”"
)
_LIST_STOPS = "。；;！!？?：:，,\n"
_SENTENCE_STOP = lazy_compile("[。；;！!？?\n]")


def sets_named_in_items(text: str) -> Iterator[Hit]:
    """Items that each hold the set's name, against its count: after `三述是指` (the
    sentence it opens) or before `的“三述”` (the clause that ends there)."""
    opening = _BARE_SET_OPENING.match(text)  # at a sentence's start only
    defined = matches_from(_BARE_SET_DEFINED.compiled, text, *_BARE_SET_STARTS)
    for match in chain((opening,) if opening else (), defined):
        # a concept's name too (`四个意识`): the items that define it must be as many
        stop = _SENTENCE_STOP.search(text, match.end())
        end = len(text) if stop is None else stop.start()
        items = text[match.end() : end].split("、")
        last = re.split("[，,和及与]", items[-1])
        if len(last) == 2 and all(match.group("name") in item for item in last):
            items[-1:] = last  # `…、核心意识,看齐意识`, `…核心意识和看齐意识`: two items
        yield from _named_hit(match, items, match.group("name"))
    for match in _QUOTED_SET_AFTER.finditer(text):
        quoted = text[match.start() - 1 : match.start()] in '”"」'
        if concept_at(text, match.start("num")) or (
            quoted and quoted_count_read(text, match.start("num"))
        ):
            continue  # `“A、B”的“五带头”` that the count-after-list rules read already
        lo = max(0, match.start() - 80)
        start = max(lo, *(text.rfind(stop, lo, match.start()) + 1 for stop in _LIST_STOPS))
        items = text[start : match.start()].split("、")
        if len(items) >= 2:  # the first item may open with the clause's words
            name = match.group("name")
            items[0] = items[0][items[0].rfind(name) :] if name in items[0] else items[0]
        yield from _named_hit(match, items, match.group("name"))


def _named_hit(match: re.Match[str], items: list[str], name: str) -> Iterator[Hit]:
    """The hit when ``items`` (each holding ``name``, each short) are not as many as
    ``match`` counts."""
    if len(items) < 2 or any(name not in item or not 1 < len(item) <= 12 for item in items):
        return
    announced = announced_value(match)
    if announced and announced != len(items):
        before = match.group().startswith(("的", "“"))
        phrase = match.string[match.start("num") : match.end() - before]
        message = t(
            "list-before-count" if before else "items-follow",
            phrase=phrase,
            announced=announced,
            count=len(items),
            listed=shorten("、".join(items)),
        )
        yield Hit(match.start("num"), match.end("name"), message, t("list-agree"))
