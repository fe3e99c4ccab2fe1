"""FC303, a count right after the list it counts: `毛家川、甜水堡、马坊川三大煤矿`,
`A、B和C“三个清单”`, `“创新、协调、绿色、开放、共享”五大发展理念`, `A、B、C“三大”攻坚战`.
The list is read back to the start of its clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import NUMERAL_CHARS, concept_at, parse_numeral
from ..patterns import char_after, char_before, is_han, lazy_compile
from ._count_after_quotes import (
    after_headline_space,
    content_frame,
    glued_items,
    quoted_items,
    quoted_list,
    refers_back,
)
from ._count_items import joins_two, list_sizes
from ._count_text import (
    CLAUSE_STOPS,
    clause_start,
    iter_literal,
    matches_near,
    shorten,
    split_top_level,
)

# Conjunctions that may join the last two items: `A、B和C`.
_CONJUNCTION = lazy_compile("和|及|与|暨|并|以及")

# `毛家川、甜水堡、马坊川三大煤矿`, `A、B和C“三个清单”`, `“A、B、C”六个建设目标`: a
# count right after the list it counts (the list is read back to the clause start).
COUNT_AFTER_LIST = lazy_compile(
    r"(?P<num>[两二三四五六七八九十2-9]|十[一二]|1[0-2])"  # one class first: a faster scan
    r"(?P<unit>个|项|大|条|种|类|本|份|部分|方面|级|支|座|所|家|名|位|张|件|字(?=诀|经|方针|要诀)"
    r"|句(?=话))"
)
# The first character of a measure word of ``COUNT_AFTER_LIST`` after the last character
# of its numeral: where a match can end (a rarer start than a numeral character).
_UNIT_AFTER_NUMERAL = lazy_compile(
    "[个项大条种类本份部方级支座所家名位张件字句](?<=[两二三四五六七八九十一0-9].)"
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
_ITEM_END = set('”"’》）)」』')
# A list before a count has a `、` or ends with a quotation or book title.
_LIST_MARK = lazy_compile('[、”"》」』]')
# Conjunctions that always add an item (`A、B以及C`), and those that may join
# words inside one item (`党建和业务融合`).
_ALWAYS_AN_ITEM = ("以及",)


def counts_after_lists(text: str) -> Iterator[Hit]:
    """Hits for `A、B、C四个…` (no 等): the count right after a list must match it."""
    # Tried only just before a measure word that a numeral character precedes: every
    # match ends with one, after a numeral of one or two characters.
    units = (found.start() for found in _UNIT_AFTER_NUMERAL.finditer(text))
    for match in matches_near(COUNT_AFTER_LIST.compiled, text, units, 1, 2):
        if char_before(text, match.start()) in _NO_ITEM_BEFORE:
            if not _number_name_before(text, match.start()):
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
    for match in TOTAL_AFTER_LIST.finditer(text):
        if match.start() == 0 or text[match.start() - 1] in _NO_ITEM_BEFORE:
            continue  # `，共3类`: no list right before the total
        hit = _check_count_after_list(text, match)
        if hit is not None:
            yield hit


def quoted_count_read(text: str, index: int) -> bool:
    """Whether the quoted count after `”的“` (its numeral at ``index``) gives a hit of
    the count-after-list reading (`“A、B、C”的“五带头”`)."""
    match = QUOTED_COUNT.match(text, index)
    return match is not None and _check_count_after_list(text, match) is not None


# `分为内政、外交、…、其他政务共20类`: a total of the kinds just listed.
TOTAL_AFTER_LIST = lazy_compile(
    r"共(?P<num>[两二三四五六七八九十]|十[一二三四五六七八九]|二十|[2-9]|[1-9][0-9])"
    r"(?P<unit>类|个|项|章|部分|方面|种|条|大)"
)


# Characters right before a count that no listed item ends with (see `_list_before`).
_NO_ITEM_BEFORE = frozenset("等第前后每近约超余共有和及与各\n，,。；;：:、") | NUMERAL_CHARS
_NO_ITEM_BEFORE |= _LOCATIVE


def _list_before(text: str, index: int, quoted: bool) -> tuple[int, list[str], bool] | None:
    """Where the list before the count at ``index`` starts, its items, and whether
    they are written as plain names (not one quotation)."""
    before = char_before(text, index)
    if _number_name_before(text, index):
        pass  # `把12319、12318、12369三条热线`: numbers name the items
    elif not (is_han(before) or before in _ITEM_END) or before in "等第前后每近约超余共有和及与各":
        return None  # `…、人民银行和三大运营商`: the count is the list's last item
    elif before in NUMERAL_CHARS or before in _LOCATIVE:
        return None
    if _LIST_MARK.compiled.search(text, max(0, index - 160), index) is None:
        if not _CONJUNCTION.compiled.search(text, max(0, index - 13), index - 1):
            return None  # neither `、`, a closing quote nor 和 before it: no list
        pair = _joined_pair(text, index)  # `…的A和B三大问题`
        return None if pair is None else (pair[0], pair[1], True)
    start = clause_start(text, index, CLAUSE_STOPS, limit=160)
    heading = _HEADING.match(text, start)
    if heading is not None and (start == 0 or text[start - 1] == "\n"):
        start = heading.end()  # `十、新建和改建5所幼儿园`: the heading's number is no item
    start = after_headline_space(text, start, index)
    segment = text[start:index]
    quotation = quoted_list(segment) if before in '”"' else None
    if before in '”"' and quoted and quotation is None:
        return None  # `“村村到”“四个一”`: two names side by side, not a list and its sum
    if quotation is not None:  # `落实“创新、协调、绿色、开放、共享”五大发展理念`
        return start, quotation, False
    items = split_top_level(segment, "、")
    if len(items) >= 2 and all(item.strip() for item in items):
        return start, items, True  # items named in quotes may end the sentence
    if len(items) != 1:
        return None
    joined_quotes = quoted_items(segment)
    if not joined_quotes and _CONJUNCTION.compiled.search(text, max(0, index - 13), index - 1):
        pair = _joined_pair(text, index)  # `…的A和B三大问题`
        return None if pair is None else (pair[0], pair[1], True)
    return start, joined_quotes, False


# `面临的多元协作不通畅和在地参与不充分三大问题`: two parallel phrases joined by 和.
_JOINED_PAIR = lazy_compile(
    r"(?P<a>[\u4e00-\u9fff]{4,12})(?:和|与|及)(?P<b>[\u4e00-\u9fff]{4,12})\Z"
)


# Prepositions that open a pair of named things: `围绕A和B两大主题`, `从A和B两个层面`.
_PAIR_OPENER = lazy_compile(
    r"(?:围绕|聚焦|在|从|对)(?=[\u4e00-\u9fff]{4,12}(?:和|与|及)[\u4e00-\u9fff]{4,12}\Z)"
)


# `由首部和落款两个部分组成`: what a whole is made of, two parts joined by 和, the count
# and 组成/构成 after it (short names included: the frame says they are the parts).
_COMPOSED_OF = lazy_compile(
    r"由(?P<a>[\u4e00-\u9fff]{2,12}?)(?:和|与|及)(?P<b>[\u4e00-\u9fff]{2,12})\Z"
)
_COMPOSED_END = re.compile("组成|构成")


def _joined_pair(text: str, index: int) -> tuple[int, list[str]] | None:
    """Two parallel phrases of similar length joined by 和 right before ``index``
    (after the clause start or a `的`), as a list of two items."""
    start = clause_start(text, index, CLAUSE_STOPS + "的", limit=30)
    composed = _COMPOSED_OF.search(text, start, index)
    if composed is not None and _COMPOSED_END.search(text, index, index + 8):
        return composed.start("a"), [composed.group("a"), composed.group("b")]
    if char_before(text, start) != "的":
        # `紧紧围绕经济发展和社会进步两大主题`, `在A和B两个方面`: after a preposition
        found = _PAIR_OPENER.compiled.search(text, start, index)
        if found is None:
            return None  # `抓好党建引领和业务融合发展三大举措`: a verb's object, not a list
        start = found.end()
    match = _JOINED_PAIR.search(text, start, index)
    if match is None or match.start() != start:
        return None
    a, b = match.group("a"), match.group("b")
    if 3 * len(b) < 2 * len(a) or 3 * len(a) < 2 * len(b) or "和" in a + b:
        return None
    return start, [a, b]


def _check_count_after_list(text: str, match: re.Match[str]) -> Hit | None:
    index = match.start()
    total = text[index] == "共"  # `A、B、C共3类`
    concept = concept_at(text, index) is not None
    if concept and "、" not in text[max(0, index - 40) : index]:
        return None  # `坚决打好三大攻坚战`: a name, with no list of its names before it
    # `‘三大战役’`: single quotes, as a quotation inside a quotation writes a name
    quoted = char_before(text, index) in "“‘" or text[index - 2 : index] == '的"'
    demonstrative = 0 if quoted else refers_back(text, index)
    if demonstrative:  # `「A」、「B」这两句话`: the quoted items, then 这 and their count
        index -= demonstrative  # `“A、B、C”，这三个“战”`: and the comma after them
    elif match.group("unit") == "句":
        return None  # `三句话` with no quoted sayings right before it
    framed = 0  # the words between a quoted list and its count (`为主要内容的`, `(简称`)
    if quoted:  # `“A、B”的“五带头”`, `重点工作清单、亮点工作清单“三个清单”`
        index -= 2 if text[index - 3 : index - 1] in ("”的", '"的') else 1
        framed = content_frame(text, index)  # `以“A、B、C”为主要内容的“四个一”`
        index -= framed
    found = _list_before(text, index, quoted)
    if found is None:
        return None
    start, items, named = found
    if named and match.group("unit") == "件":
        return None  # `A、B、C三件`: cases or papers; only a quotation's three things count
    if concept and not _bare_names(items):
        return None  # `三大攻坚战` counts the names right before it, and nothing else
    name_end = _name_end(text, match.end())
    after = char_after(text, match.end())
    if quoted and after in '”"’':
        after = char_after(text, match.end() + 1)  # `A、B、C“三大”攻坚战`
    if after in _NOT_A_SET_NAME and not (quoted and _all_end_with(items, after)):
        return None  # `连续12个月`: a duration, unless the items name it (`A年、B年“两个年”`)
    # `A、B、C三部分。`: 部分 and 方面 name the set themselves; other units need a noun
    set_unit = match.group("unit") in ("部分", "方面")
    if named and not (is_han(after) or after in '“"' or total or set_unit or framed):
        return None  # `建成移动公厕12座、`: a quantity, not a set
    if char_after(text, name_end) == "、":
        return None  # `咬定一个目标、发力五个突破、聚力八大攻坚`: the count is an item itself
    # `“一项任务、一名领导、…”(简称“五个一”)`: a set of ones counts items that each hold 一
    ones = text.startswith("一", match.end()) and all(
        item.lstrip("“")[:1] == "一" for item in items
    )
    if len(items) < 2 or any(
        len(item) > 40 or (_has_figure(item) and not ones) for item in items[1:]
    ):
        return None
    tail = items[0][-max(map(len, items[1:])) - 2 :]
    if (_has_figure(tail) and not ones) or _FIRST_COUNTED.search(items[0]):
        return None  # the clause's subject may open the first item: `12345热线设有市、区`
    name = text[match.end() : name_end]
    if not match.group("unit") and not all(item.strip('“”"').endswith(name) for item in items):
        return None  # `“五带头”` counts items that all end with 带头
    before = char_before(text, index)
    if quoted and before not in '”"’' and not _sums_list(text, match, items):
        return None  # `坚定“四个自信”`: a quoted name after a verb, not the sum of a list
    joined = _LIST_MARK.compiled.search(text, start, index) is None  # `A和B三大问题`
    return _count_hit(text, match, start, items, name_end, joined)


def _sums_list(text: str, match: re.Match[str], items: list[str]) -> bool:
    """A quoted count right after plain items sums them up when the quotation holds
    only the count (`A、B、C“三大”攻坚战`), repeats the last item's ending, the last
    item joins two (`经济、金融、贸易、航运和科创“五个中心”`), or every item ends
    with the same word (`素质关、比例关、程序关“三个主要关口”`)."""
    if text[match.end() : match.end() + 1] in '”"’':
        return True
    if items[-1][-2:] == text[match.end() : match.end() + 2]:
        return True
    if len(items) >= 3 and _CONJUNCTION.search(items[-1]) and max(map(len, items[1:])) <= 8:
        return True
    ends = {item.strip()[-1:] for item in items}
    if len(ends) == 1 and ends.pop() in text[match.end() : match.end() + 6]:
        return True
    return _bare_names(items)  # `家庭、学校、社会、网络、政府、司法“六大保护”`


# Verbs that end a clause's last item when a quoted name is their object, not a sum:
# `加强党建、推进改革、落实“三个清单”`.
_VERB_END = re.compile(
    "(?:落实|做到|实现|坚持|推进|开展|树牢|增强|强化|推动|深化|践行|围绕|打好|抓好|建立|健全"
    "|完善|贯彻|实施|突出|把握|守住|筑牢|构建|创新|推行|做好|抓实|打造|争创|创建)$"
)


def _bare_names(items: list[str]) -> bool:
    """Two or more short names of one size, no quotes or verbs among them (the first
    item may carry the clause's verb): a list that a count right after sums up."""
    rest = [item.strip() for item in items[1:]]
    if len(items) < 2 or not all(rest) or not all(is_han(c) for item in rest for c in item):
        return False
    sizes = [len(item) for item in rest]
    return max(sizes) <= 8 and max(sizes) - min(sizes) <= 2 and not _VERB_END.search(rest[-1])


def _number_name_before(text: str, index: int) -> bool:
    """A Chinese count right after a number of four or more digits that ends a `、` list:
    `12319、12318、12369三条热线`."""
    return (
        text[index : index + 1] in _CN_COUNT_DIGITS
        and text[max(0, index - 4) : index].isdigit()
        and "、" in text[max(0, index - 24) : index]
    )


_CN_COUNT_DIGITS = frozenset("两二三四五六七八九十")
# A number of four to six digits ending an item names it: a hotline, not a quantity.
_NUMBER_NAME = re.compile("(?<![0-9.．])[0-9]{4,6}$")
# A count or 等 anywhere in the first item: a quantity, not a name.
_FIRST_COUNTED = re.compile("[0-9０-９]+(?:个|项|条|名|家|所|件|人|户|座|处|%|％)|等")


def _all_end_with(items: list[str], end: str) -> bool:
    return all(item.strip('“”"').endswith(end) for item in items)


def _has_figure(item: str) -> bool:
    """An item holding a figure or a count outside quotes (`发力五个突破`) is a
    quantity, not a name; `领会“三个务必”的意义` is a name, and so is a number that
    names a hotline (`12319、12318、12369三条热线`)."""
    item = _NUMBER_NAME.sub("", item)
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


# `以A、B、C为主的`, `为代表的`, `为重点的`: the items named lead the counted set.
_LEADING_FRAME = lazy_compile("为(?:主|代表|重点|核心|主体|龙头|首|主导)的?\\Z")


def _count_hit(
    text: str, match: re.Match[str], start: int, items: list[str], name_end: int, joined: bool
) -> Hit | None:
    """The hit when the ``items`` are more or fewer than the count ``match`` states."""
    announced = parse_numeral(match.group("num"))
    if announced is None or announced.value is None:
        return None
    value = int(announced.value)
    glued = glued_items(items)
    accepted = {len(items) + glued}
    last = items[-1]
    if any(word in last for word in _ALWAYS_AN_ITEM):
        accepted = {len(items) + last.count("以及")}
    elif joins_two(last) and not (joined or _parallel(items)):
        accepted = list_sizes(items)
    elif _CONJUNCTION.search(last) and _joins_alike(items):
        accepted.add(len(items) + 1)  # `社区志愿者、青年志愿者和文明志愿者三项`
    count = max(accepted)
    before_comma = _items_before_comma(text, start)
    if before_comma:
        accepted.add(count + before_comma)
    if value in accepted or value >= 2 * count:
        return None  # twice as many announced: the list is something else (`“A、B”八大行动`)
    if count < value and _LEADING_FRAME.search(text, max(0, match.start() - 4), match.start()):
        return None  # `以A、B、C为主的四大支柱产业`: the items named lead the set, as with 等
    listed = shorten("、".join(item.strip() for item in items))
    message = t(
        "list-before-count",
        phrase=text[match.start() : min(name_end, match.end() + 2)],
        announced=value,
        count=count,
        listed=listed,
    )
    return Hit(start, match.end(), message, t("list-agree"))


# A heading's number at the start of a line (`十、`).
_HEADING = re.compile("[ \t\u3000]*[一二三四五六七八九十]{1,3}、")


def _joins_alike(items: list[str]) -> bool:
    """The last item joins two that end like every item (`青年志愿者和文明志愿者`)."""
    ending = items[0].strip()[-2:]
    parts = _CONJUNCTION.compiled.split(items[-1])
    return len(parts) == 2 and all(part.strip().endswith(ending) for part in parts)


def _items_before_comma(text: str, start: int) -> int:
    """How many `、` items the clause before ``start`` ends with, when a comma parts
    them from the list (`建有A、B，C、D、E、F六个社会组织`): 0 when it is no list."""
    if start == 0 or text[start - 1] not in "，,":
        return 0
    before = text[clause_start(text, start - 1, CLAUSE_STOPS, limit=80) : start - 1]
    items = split_top_level(before, "、")
    return len(items) if len(items) >= 2 and all(0 < len(item) <= 15 for item in items[1:]) else 0
