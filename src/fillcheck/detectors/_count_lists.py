"""FC303: a numeral that disagrees with the list it introduces or sums up.

Reads the items inside the bracket after `三个清单（…）` and the items before
`等五个方面`, counting at the top level only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..finding import Hit
from ..messages import t
from ..numerals import NUMERAL_CHARS, concept_at, counts_in, parse_numeral
from ..patterns import char_after, char_before, is_han, lazy_compile
from ._count_text import (
    CLAUSE_STOPS,
    clause_start,
    iter_literal,
    matching_close,
    shorten,
    split_top_level,
    top_level_separators,
)

# ----------------------------------------------------------------- FC303

_NAME_CHAR = r"(?:(?![一二两三四五六七八九十百千零〇])[\u4e00-\u9fff])"
# The phrase that announces a bracketed list, ending right before the bracket:
# `三个清单`, `“四学”`, `“五个一”`, `10名同学`. Searched in a short window only.
ANNOUNCE = lazy_compile(
    r"(?P<q>[“\"])?(?P<num>[一二两三四五六七八九十]{1,2}|[0-9]{1,2})"
    r"(?P<unit>个|项|大|条|种|类|份|张|名|位|家|支|批)?"
    rf"(?P<name>一|{_NAME_CHAR}{{1,8}}?)(?P<q2>[”\"])?\Z"
)
# `等五个方面`, `等3名`: a count closing a list that `等` ends.
DENG_COUNT = lazy_compile(
    r"等(?P<num>[一二两三四五六七八九十]{1,3}|[0-9]{1,3})"
    r"(?P<unit>个|项|类|种|大|方面|名|位|家|所|条|款|篇|批|支|座|处|户)"
)
# A measure or time word where the announced name would start: not a list's name.
_NOT_A_NAME_START = set("次场期篇件人年月日号时点分秒岁天周届轮是元万千百亿余多")
# Bracket contents that give examples or a note, not the whole list.
_NOT_A_LIST_START = ("如", "例如", "比如", "包括", "含", "包含", "其中", "以下简称", "简称", "下同")
_NOT_A_LIST_END = ("等", "等等", "…", "...", "之类")
# Conjunctions that may join the last two items: `A、B和C`.
_CONJUNCTION = lazy_compile("和|及|与|并|以及")
# `平等`, `同等`, `高等`: 等 that is part of a word, not "and so on".
_WORD_DENG = "平同对高初上中下均相特优次头"


def list_count_mismatches(text: str) -> Iterator[Hit]:
    """Hits for bracketed lists and `等N` lists whose item count contradicts the numeral."""
    for opener in ("（", "("):
        for index in iter_literal(text, opener):
            hit = _check_bracket_list(text, index)
            if hit is not None:
                yield hit
    for index in iter_literal(text, "等"):
        hit = _check_deng_list(text, index)
        if hit is not None:
            yield hit


def _announcement(text: str, index: int) -> re.Match[str] | None:
    """The announcing phrase that ends at the bracket ``index``, if any."""
    before = char_before(text, index)
    if not (is_han(before) or before in '”"'):
        return None
    match = ANNOUNCE.search(text, max(0, index - 14), index)
    if match is None:
        return None
    if char_before(text, match.start()) in NUMERAL_CHARS or char_before(
        text, match.start("num")
    ) in ("第前后每近约超余" + "".join(NUMERAL_CHARS)):
        return None
    return match


def _check_bracket_list(text: str, index: int) -> Hit | None:
    match = _announcement(text, index)
    if match is None:
        return None
    announced = parse_numeral(match.group("num"))
    if announced is None or not 2 <= (announced.value or 0) <= 20:
        return None
    if match.group("name")[0] in _NOT_A_NAME_START:
        return None  # `5次活动（…）`, `三年行动计划（2018—2020年）`: not a list of its items
    close = matching_close(text, index)
    if close < 0:
        return None
    content = _list_content(text[index + 1 : close])
    if content is None:
        return None
    accepted, items = _item_counts(content)
    name = match.group("name")
    if int(announced.value) in accepted or len(items) < 2:
        return None
    if all(_ends_with_count(item) for item in items):
        return None  # `9例(广东4例，北京1例，…)`: parts with their own counts are summed (FC305)
    if len(name) <= 2 and all(len(item) <= 2 and all(map(is_han, item)) for item in items):
        return None  # `县(市、区)`, `镇(街道)`: a gloss on the noun, not its items
    phrase = text[match.start() : index].strip('“”"')
    listed = shorten("、".join(items))
    key = "list-fewer" if len(items) < announced.value else "list-more"
    message = t(key, phrase=phrase, announced=int(announced.value), count=len(items), listed=listed)
    return Hit(match.start(), close + 1, message, t("list-agree"))


def _ends_with_count(item: str) -> bool:
    """`广东4例`: an item that is a name and its count."""
    counts = counts_in(item.rstrip())
    return bool(counts) and counts[-1].end == len(item.rstrip())


def _list_content(content: str) -> str | None:
    """The bracket content as a list (prefixes like `即：` removed), or None."""
    content = content.strip()
    for prefix in ("即：", "即:", "即"):
        if content.startswith(prefix):
            content = content[len(prefix) :].lstrip()
            break
    content = content.rstrip("。；;，,")
    if not content or "。" in content or content.startswith(_NOT_A_LIST_START):
        return None
    if "下同" in content or "简称" in content:
        return None  # `17亿元(人民币,下同)`: a note on the figure, not a list
    if content.endswith(_NOT_A_LIST_END):
        return None
    return content


def _item_counts(content: str) -> tuple[set[int], list[str]]:
    """Item counts a reader could defend, and the items at the top level.

    Counting every separator and counting only the strongest one present
    (`；` over `，` over `、`) can differ (`A、B，C`); either reading is accepted,
    as is one more item when the last one joins two with `和`/`及`/`与`.
    """
    separators = top_level_separators(content)
    strongest = next((s for s in ("；;", "，,", "、") if any(c in separators for c in s)), "、")
    by_all = split_top_level(content, "、，,；;")
    by_top = split_top_level(content, strongest)
    if any(not item.strip() for item in by_all):
        return {len(by_all), len(by_top)}, []  # an empty item: another rule's business
    accepted = {len(by_all), len(by_top)}
    for items in (by_all, by_top):
        if _CONJUNCTION.search(items[-1]):
            accepted.add(len(items) + 1)
    return accepted, [item.strip() for item in by_top]


def _check_deng_list(text: str, index: int) -> Hit | None:
    """`A、B、C、D、E、F等五个方面`: more items listed than the numeral after 等."""
    if char_before(text, index) in _WORD_DENG:
        return None
    match = DENG_COUNT.match(text, index)
    if match is None or char_after(text, match.end()) in "余多":
        return None
    announced = parse_numeral(match.group("num"))
    if announced is None or announced.value is None or announced.value < 2:
        return None  # `等一批`: a batch, not a number of items
    start = _after_earlier_count(text, clause_start(text, index, CLAUSE_STOPS, limit=150), index)
    items = split_top_level(text[start:index], "、")
    last_limit = 40 if items and items[-1][:1] in "“《" else 15  # `“…8个居民小区”(市…局)`
    if len(items) < 2 or len(items[-1]) > last_limit or any(not item for item in items):
        return None
    if len(items) - _compound_items(items) <= announced.value:
        return None  # fewer items than announced is what 等 ("and so on") means
    listed = shorten("、".join(items))
    message = t(
        "list-before-deng",
        phrase=match.group(),
        announced=int(announced.value),
        count=len(items),
        listed=listed,
    )
    return Hit(start, match.end(), message, t("list-agree"))


# A count phrase inside a clause (`A、B等4个分局以及C、D等6个股室`): the next list
# starts after it and the conjunction that follows it.
_EARLIER_COUNT = lazy_compile(
    r"(?:[一二两三四五六七八九十]{1,3}|[0-9]{1,3})(?:个|项|类|种|大|名|位|家|所|条|批|支)"
    r"[\u4e00-\u9fff]{0,4}?(?:以及|和|及|与|，|,)"
)


def _after_earlier_count(text: str, start: int, end: int) -> int:
    """``start``, moved past the last count phrase and conjunction before ``end``."""
    ends = [match.end() for match in _EARLIER_COUNT.finditer(text, start, end)]
    return ends[-1] if ends else start


def _compound_items(items: list[str]) -> int:
    """How many items are the first half of a pair sharing the suffix of the list
    (`行政复议、行政诉讼情况` in a list of `…情况`): one item, split by `、`."""
    suffixes = [item.strip()[-2:] for item in items]
    common = max(set(suffixes), key=suffixes.count)
    if suffixes.count(common) * 2 < len(items) or not all(is_han(c) for c in common):
        return 0
    pairs = pairwise(suffixes)
    return sum(
        1 for first, second in pairs if first != common and second == common and is_han(first[-1:])
    )


# `毛家川、甜水堡、马坊川三大煤矿`, `A、B和C“三个清单”`, `“A、B、C”六个建设目标`: a
# count right after the list it counts (the list is read back to the clause start).
COUNT_AFTER_LIST = lazy_compile(
    r"(?P<num>[两二三四五六七八九十]|十[一二]|[2-9]|1[0-2])"
    r"(?P<unit>个|项|大|条|种|类|本|部分|方面|级|支|座|所|家|名|位)"
)
# `精神产品中五个`: a place word before the count, not a listed item.
_LOCATIVE = set("中里内外上下间")
# Words after a count that make it a duration or amount, not a named set.
_NOT_A_SET_NAME = set("月年日天周次以多余左")
# An item holding a figure is a quantity (`完成广场南路等5条路…`), not a name.
_HAS_FIGURE = lazy_compile("[0-9０-９%％等]|[一二两三四五六七八九十][个项大条种类]")
# `“忠诚于党我带头、…”的“五带头”`: a quoted count without a measure word, right
# after a quotation (the list) and `的“`.
QUOTED_COUNT = lazy_compile(
    r"(?P<num>[两二三四五六七八九十]|十[一二])(?P<unit>)(?=[\u4e00-\u9fff]{1,3}[”\"])"
)
# Characters a listed item ends with right before its count: a Han character or a
# closing quote, bracket or book-title mark.
_ITEM_END = set('”"’》）)')
# A list before a count has a `、` or ends with a quotation or book title.
_LIST_MARK = lazy_compile('[、”"》]')
# Conjunctions that always add an item (`A、B以及C`), and those that may join
# words inside one item (`党建和业务融合`).
_ALWAYS_AN_ITEM = ("以及",)


def counts_after_lists(text: str) -> Iterator[Hit]:
    """Hits for `A、B、C四个…` (no 等): the count right after a list must match it."""
    for match in COUNT_AFTER_LIST.finditer(text):
        if char_before(text, match.start()) in _NO_ITEM_BEFORE:
            continue  # the cheap test of `_list_before`, before any other work
        hit = _check_count_after_list(text, match)
        if hit is not None:
            yield hit
    for index in iter_literal(text, "的“"):
        match = QUOTED_COUNT.match(text, index + 2)
        if match is not None and text[index - 1 : index] in '”"':
            hit = _check_count_after_list(text, match)
            if hit is not None:
                yield hit


# Characters right before a count that no listed item ends with (see `_list_before`).
_NO_ITEM_BEFORE = frozenset("等第前后每近约超余共有和及与\n，,。；;：:、") | NUMERAL_CHARS
_NO_ITEM_BEFORE |= _LOCATIVE


def _list_before(text: str, index: int, quoted: bool) -> tuple[int, list[str], bool] | None:
    """Where the list before the count at ``index`` starts, its items, and whether
    they are written as plain names (not one quotation)."""
    before = char_before(text, index)
    if not (is_han(before) or before in _ITEM_END) or before in "等第前后每近约超余共有和及与":
        return None  # `…、人民银行和三大运营商`: the count is the list's last item
    if before in NUMERAL_CHARS or before in _LOCATIVE:
        return None
    if _LIST_MARK.compiled.search(text, max(0, index - 160), index) is None:
        if not _CONJUNCTION.compiled.search(text, max(0, index - 13), index - 3):
            return None  # neither `、`, a closing quote nor 和 before it: no list
        pair = _joined_pair(text, index)  # `…的A和B三大问题`
        return None if pair is None else (pair[0], pair[1], True)
    start = clause_start(text, index, CLAUSE_STOPS, limit=160)
    segment = text[start:index]
    quotation = _quoted_list(segment) if before in '”"' else None
    if before in '”"' and quoted and quotation is None:
        return None  # `“村村到”“四个一”`: two names side by side, not a list and its sum
    if quotation is not None:  # `落实“创新、协调、绿色、开放、共享”五大发展理念`
        return start, quotation, False
    items = split_top_level(segment, "、")
    if len(items) >= 2 and all(item.strip() for item in items):
        return start, items, True  # items named in quotes may end the sentence
    if len(items) != 1:
        return None
    quoted_items = _quoted_items(segment)
    if not quoted_items and _CONJUNCTION.compiled.search(text, max(0, index - 13), index - 3):
        pair = _joined_pair(text, index)  # `…的A和B三大问题`
        return None if pair is None else (pair[0], pair[1], True)
    return start, quoted_items, False


# `面临的多元协作不通畅和在地参与不充分三大问题`: two parallel phrases joined by 和.
_JOINED_PAIR = lazy_compile(
    r"(?P<a>[\u4e00-\u9fff]{4,12})(?:和|与|及)(?P<b>[\u4e00-\u9fff]{4,12})\Z"
)


def _joined_pair(text: str, index: int) -> tuple[int, list[str]] | None:
    """Two parallel phrases of similar length joined by 和 right before ``index``
    (after the clause start or a `的`), as a list of two items."""
    start = clause_start(text, index, CLAUSE_STOPS + "的", limit=30)
    if char_before(text, start) != "的":
        return None  # `抓好党建引领和业务融合发展三大举措`: a verb's object, not a list
    match = _JOINED_PAIR.search(text, start, index)
    if match is None or match.start() != start:
        return None
    a, b = match.group("a"), match.group("b")
    if 3 * len(b) < 2 * len(a) or 3 * len(a) < 2 * len(b) or "和" in a + b:
        return None
    return start, [a, b]


def _check_count_after_list(text: str, match: re.Match[str]) -> Hit | None:
    index = match.start()
    if concept_at(text, index):
        return None
    quoted = char_before(text, index) == "“" or text[index - 2 : index] == '的"'
    if quoted:  # `“A、B”的“五带头”`, `重点工作清单、亮点工作清单“三个清单”`
        index -= 2 if text[index - 3 : index - 1] in ("”的", '"的') else 1
    found = _list_before(text, index, quoted)
    if found is None:
        return None
    start, items, named = found
    name_end = _name_end(text, match.end())
    after = char_after(text, match.end())
    if after in _NOT_A_SET_NAME or (named and not (is_han(after) or after in '“"')):
        return None  # `建成移动公厕12座、`: a quantity, not a set; `连续12个月`: a duration
    if char_after(text, name_end) == "、":
        return None  # `咬定一个目标、发力五个突破、聚力八大攻坚`: the count is an item itself
    if len(items) < 2 or any(len(item) > 40 or _has_figure(item) for item in items):
        return None
    name = text[match.end() : name_end]
    if not match.group("unit") and not all(item.strip('“”"').endswith(name) for item in items):
        return None  # `“五带头”` counts items that all end with 带头
    before = char_before(text, index)
    if quoted and before not in '”"' and items[-1][-2:] != text[match.end() : match.end() + 2]:
        return None  # `坚定“四个自信”`: a quoted name after a verb, not the sum of a list
    joined = _LIST_MARK.compiled.search(text, start, index) is None  # `A和B三大问题`
    return _count_hit(text, match, start, items, name_end, joined)


def _has_figure(item: str) -> bool:
    """An item holding a figure or a count outside quotes (`发力五个突破`) is a
    quantity, not a name; `领会“三个务必”的意义` is a name."""
    if "“" in item:
        item = re.sub("“[^“”]*”", "", item)
    return _HAS_FIGURE.search(item) is not None


def _parallel(items: list[str]) -> bool:
    """Items that all end alike (`…我带头`): the last one is one item even with a 和 inside."""
    return len({item.strip('“”" ')[-2:] for item in items}) == 1


def _name_end(text: str, end: int) -> int:
    """End of the (up to four-character) name after a count: `三个清单`, `五带头`."""
    name_end = end
    while name_end < min(len(text), end + 4) and is_han(text[name_end]):
        name_end += 1
    return name_end


def _count_hit(
    text: str, match: re.Match[str], start: int, items: list[str], name_end: int, joined: bool
) -> Hit | None:
    """The hit when the ``items`` are more or fewer than the count ``match`` states."""
    announced = parse_numeral(match.group("num"))
    if announced is None or announced.value is None:
        return None
    value = int(announced.value)
    accepted = {len(items)}
    last = items[-1]
    if any(word in last for word in _ALWAYS_AN_ITEM):
        accepted = {len(items) + last.count("以及")}
    elif _CONJUNCTION.search(last) and not (joined or _parallel(items)):
        accepted.add(len(items) + 1)
    if value in accepted or value >= 2 * max(accepted):
        return None  # twice as many announced: the list is something else (`“A、B”八大行动`)
    listed = shorten("、".join(item.strip() for item in items))
    message = t(
        "list-before-count",
        phrase=text[match.start() : min(name_end, match.end() + 2)],
        announced=value,
        count=max(accepted),
        listed=listed,
    )
    return Hit(start, match.end(), message, t("list-agree"))


# `“事故型”和“举荐型”`, `《A》和《B》`: quoted or titled items joined by 和/与/及.
_JOINED_QUOTES = lazy_compile(r"(?:(?:“[^“”]{1,30}”|《[^《》]{1,40}》)(?:和|与|及|以及)?){2,}\Z")


def _quoted_items(segment: str) -> list[str]:
    """The quoted or book-title items that end ``segment``, when two or more are joined."""
    match = _JOINED_QUOTES.search(segment)
    if match is None:
        return []
    return [m.group() for m in re.finditer("“[^“”]*”|《[^《》]*》", match.group())]


def _quoted_list(segment: str) -> list[str] | None:
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
    items = split_top_level(content, "、")
    return items if len(items) >= 2 and all(items) else None
