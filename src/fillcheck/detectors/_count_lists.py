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
from ..numerals import NUMERAL_CHARS, counts_in, parse_numeral
from ..patterns import char_after, char_before, is_han, lazy_compile
from ._count_after import counts_after_lists
from ._count_after_quotes import quoted_list
from ._count_items import joins_two, list_sizes
from ._count_text import (
    CLAUSE_STOPS,
    clause_start,
    iter_literal,
    matching_close,
    shorten,
    split_top_level,
    top_level_separators,
)

__all__ = ["counts_after_lists", "list_count_mismatches"]  # the first read by counts.py

# ----------------------------------------------------------------- FC303

_NAME_CHAR = r"(?:(?![一二两三四五六七八九十百千零〇])[\u4e00-\u9fff])"
# The phrase that announces a bracketed list, ending right before the bracket:
# `三个清单`, `“四学”`, `“五个一”`, `“四个结合”机制`, `10名同学`. Searched in a short
# window only.
ANNOUNCE = lazy_compile(
    r"(?P<q>[“\"])?(?P<num>[一二两三四五六七八九十]{1,2}|[0-9]{1,2})"
    r"(?P<unit>个|项|大|条|种|类|份|张|名|位|家|支|批)?"
    rf"(?P<name>一|{_NAME_CHAR}{{1,8}}?)(?:(?P<q2>[”\"])(?(q)[\u4e00-\u9fff]{{0,3}}))?\Z"
)
# `等五个方面`, `等3名`, `等“三个一”`: a count closing a list that `等` ends.
DENG_COUNT = lazy_compile(
    r"等[“\"]?(?:乡村|村级|市级|县级|省级|区级|重点|主要)?(?P<num>[一二两三四五六七八九十]{1,3}|[0-9]{1,3})"
    r"(?P<unit>个|项|类|种|大|方面|名|位|家|所|条|款|篇|章|批|支|座|处|户)"
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
    for found in DENG_COUNT.finditer(text):  # only a 等 that a count follows can end a list
        hit = _check_deng_list(text, found.start())
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
    phrase = text[match.start() : match.end("q2") if match.group("q2") else index].strip('“”"')
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
    start = _list_start(text, index)
    end = index - 1 if text[index - 1 : index] == "、" else index  # `A、B、等9大类`
    start, segment = _joined_after_comma(text, start, end)
    items = split_top_level(segment.replace("\n", ""), "、")
    if len(items) == 1:  # `推動「閱讀、品德、健康、環境」等三大主軸`: the quotation is the list
        items = quoted_list(segment) or glued_quotations(segment) or items
    if len(items) < 2 or any(not item for item in items):
        return None
    last_limit = 40 if items[-1][:1] in "“《" else 15  # `“…8个居民小区”(市…局)`
    if len(items[-1]) > (2 * last_limit if joins_two(items[-1]) else last_limit):
        return None
    count = min(list_sizes(items))
    if count - _compound_items(items) <= announced.value:
        return None  # fewer items than announced is what 等 ("and so on") means
    listed = shorten("、".join(items))
    message = t(
        "list-before-deng",
        phrase=match.group(),
        announced=int(announced.value),
        count=count,
        listed=listed,
    )
    start = max(start, text.rfind("\n", 0, index) + 1)  # a list broken over lines: its last line
    return Hit(start, match.end(), message, t("list-agree"))


# `“A”“B”“C”等三类问题`: quotations glued without `、` (or joined by 和/及), each an item.
_GLUED = re.compile("(?:(?:以及|和|及|与)?[“「『][^“”「」『』、，,。；;]{1,40}[”」』]){2,}")
_QUOTATION = re.compile("[“「『][^“”「」『』]*[”」』]")


# The clause's verb before glued quotations (`涵盖“A”“B”“C”等三大领域`): a few Han characters.
_VERB_BEFORE = re.compile("[\u4e00-\u9fff]{1,6}")


def glued_quotations(segment: str) -> list[str] | None:
    """The quotations that make up the whole of ``segment`` (after a short verb that opens
    the clause), when two or more."""
    segment = segment.strip()
    first = segment.find("“") if segment[:1] not in "“「『" else 0
    if first > 0 and _VERB_BEFORE.fullmatch(segment, 0, first) is None:
        return None
    if first < 0 or _GLUED.fullmatch(segment, first) is None:
        return None
    return _QUOTATION.findall(segment, first)


_LAST_JOINED = lazy_compile("以及|及|和|与")


def _joined_after_comma(text: str, start: int, end: int) -> tuple[int, str]:
    """The list from ``start`` to ``end``, reaching back over a comma that `以及` (and
    the list's last quoted item) follows: `「A」、「B」、「C」，以及「D」等五大施政主軸`."""
    joined = _LAST_JOINED.match(text, start)
    if joined is None or start < 2 or text[start - 1] not in "，,":
        return start, text[start:end]
    earlier = _list_start(text, start - 1)
    last = text[joined.end() : end]
    items = split_top_level(text[earlier : start - 1], "、")
    # only quotations part so clearly: `，以及发改、统计等3个部门` may be a list of its own
    if len(items) < 2 or not all(item.lstrip()[:1] in "“「《" for item in (*items[1:], last)):
        return start, text[start:end]
    return earlier, text[earlier : start - 1] + "、" + last


def _list_start(text: str, index: int) -> int:
    """Where the list that `等` at ``index`` closes starts: the clause start, also across
    a line break right after a `、` (a list the page broke over two lines)."""
    start = clause_start(text, index, CLAUSE_STOPS, limit=150)
    while start >= 2 and text[start - 2 : start] == "、\n":
        start = clause_start(text, start - 1, CLAUSE_STOPS, limit=150)
    return _after_earlier_count(text, start, index)


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
