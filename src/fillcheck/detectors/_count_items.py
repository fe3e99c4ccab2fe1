"""The announcing count and the items after it, shared by the FC303 readers of
``_count_announced``: `坚持三点` at the end of a clause, the count of a clause that
`分别是` ends, the list after `即`/`包括`/`分别是`, and items that open with the same word.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import ORDINALS, concept_at, counts_in, parse_numeral
from ..patterns import is_han, lazy_compile
from ._count_text import sentence_end, shorten, split_top_level

# The announcing count at the end of a clause: `“三个保障”`, `两点要求`, `四部分组成`,
# `以下两类`, `五个基本组成部分`. Searched in a short window before the items.
ANNOUNCED = lazy_compile(
    r"(?<![0-9０-９.．十百千])(?P<num>[两二三四五六七八九十]|十[一二]|1[0-2](?!件)|[2-9])"
    r"(?P<unit>个|项|点|条|种|类|大|部分|方面|句话|件|句|张|招|步|道|环节|维度|层面|板块"
    r"|字(?=诀|经|方针|要诀))"
    r"(?:[“‘「](?=[\u4e00-\u9fff]{1,8}[”’」]))?"  # `三个“必须”：`: the name quoted after the unit
    r"(?P<name>[\u4e00-\u9fff]{0,8}?)(?:[”\"’」』](?:活动|要求|工作法|机制|模式|制度|工程)?)?"
    r"(?:组成|如下)?[ \t\u3000]?[：:。，,]?[ \t\u3000]*\Z"
)


# Words that make the count a number of events or a duration, not of items.
_NOT_ITEMS = set("次场年月日天周届轮")


_ITEM_SEPARATOR = lazy_compile("[、，,]")


JOINED = lazy_compile("和|及|与|暨")
# Words with 和/及/与 inside that join nothing (`构建和谐社会`, `涉及`), and quoted or
# bracketed parts, whose conjunctions are the name's own (`《…党和国家…》`).
_NOT_JOINING = re.compile(
    "及以上|及以下|及其|和谐|和平|共和|缓和|总和|饱和|调和|温和"
    "|涉及|普及|危及|波及|触及|顾及|及时|及早|与会|参与"
)
_LEADING_CONJUNCTION = re.compile("^(?:以及|和|及|与)")
_QUOTED_PART = re.compile("“[^“”]*”|《[^《》]*》|「[^「」]*」|（[^（）]*）|\\([^()]*\\)")


def joins_two(item: str) -> bool:
    """`重温一次入党誓词和开展一次集体谈心谈话`: a conjunction outside quotes joins two items."""
    item = _LEADING_CONJUNCTION.sub("", item)  # `以及C`: the list's last item, joined to it
    bare = _NOT_JOINING.sub("", _QUOTED_PART.sub("", item))
    return JOINED.search(bare) is not None


def list_sizes(items: list[str]) -> set[int]:
    """Item counts a reader could defend for ``items`` (parted by `、`): one more when the
    last joins two with 和/及/与 and no other item holds a conjunction (then 和 is the
    list's), either count when other items hold one too (`经济及能源、…`)."""
    if not joins_two(items[-1]):
        return {len(items)}
    if any(joins_two(item) for item in items[:-1]) or _joined_under_tail(items):
        return {len(items), len(items) + 1}
    return {len(items) + 1}


def _joined_under_tail(items: list[str]) -> bool:
    """`决议的公开、组织施行决议和施行结果的公开`: every item ends with one tail, and the
    last one's words before its conjunction do not, so the conjunction may join within it."""
    tail = os.path.commonprefix([item[::-1] for item in items])[::-1]  # noqa: RUF071
    if len(items) < 2 or len(tail) < 2:
        return False
    head = JOINED.compiled.split(_LEADING_CONJUNCTION.sub("", items[-1]), maxsplit=1)[0]
    return not head.endswith(tail)


_CHANGE = lazy_compile("比上年|比去年|减少|增加|增长|下降|提高|降低")
# A clause after a list's items that goes on with the sentence, not another item.
_GOES_ON = re.compile("并且|并|同时|从而|进而|以便|以此|为此|由此|使|让")


# `“五要素”，即…`, `“四有”：…`: a quoted count without a measure word ending the clause.
QUOTED_ANNOUNCED = lazy_compile(
    r"[“\"](?P<num>[两二三四五六七八九十])(?P<unit>)"
    r"(?P<name>(?:(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]){1,3})"
    r"[”\"](?:是|为)?[：:，,]?[ \t\u3000]*\Z"
)


# `这四项制度分别是：`: an announcement that refers back and still introduces the items.
_RESPECTIVELY_END = lazy_compile(r"(?:分别是|分别为|如下|包括)[：:]")
# `原因有三：`, `要求有二：`: a bare numeral after 有 that a colon ends.
BARE_ANNOUNCED = lazy_compile(
    r"有(?P<num>[两二三四五六七八九十])(?P<unit>)(?P<name>)[：:][ \t\u3000]*\Z"
)


def announcement(text: str, end: int) -> re.Match[str] | None:
    """The announcing count that ends right before ``end`` (within its clause)."""
    start = max(0, end - 22)
    search = ANNOUNCED.compiled.search
    if search(text, start, end) is None:  # none in the whole window, so none in its clause
        if "”" in text[start:end]:
            return _quoted_announcement(text, start, end)
        return BARE_ANNOUNCED.search(text, max(start, end - 5), end)
    for stop in "。；;\n":
        cut = text.rfind(stop, start, max(start, end - 1))
        if cut >= 0:
            start = cut + 1
    match = search(text, start, end)
    if match is None:
        return _quoted_announcement(text, start, end)
    if concept_at(text, match.start()):
        return None
    if _CHANGE.compiled.search(text, start, end):
        return None  # `有6个，比上年减少2个省，包括…`: the count before is a change
    if match.group("name")[:1] in _NOT_ITEMS:
        return None
    before = text[match.start() - 1 : match.start()]
    if before in ("第", "前", "每", "近", "约", "等"):
        return None
    if before in ("这", "那") and not _RESPECTIVELY_END.search(text, match.end("unit"), end):
        return None  # `这三个` refers back, unless `这四项制度分别是：` goes on to the items
    return match


def _quoted_announcement(text: str, start: int, end: int) -> re.Match[str] | None:
    """`“五要素”，` right before ``end``, unless a concept name (`“四个意识”`)."""
    match = QUOTED_ANNOUNCED.search(text, start, end)
    if match is None or concept_at(text, match.start("num")):
        return None
    if match.start() and text[match.start() - 1] in '”"':
        return None  # `“四必访”“四摸清”，即…`: two sets share the items that follow
    return None if match.group("name")[:1] in _NOT_ITEMS else match


def announced_value(match: re.Match[str]) -> int:
    """The number an announcing match states (0 when it cannot be read)."""
    announced = parse_numeral(match.group("num"))
    return int(announced.value or 0) if announced is not None else 0


def items_hit(match: re.Match[str], count: int, items: str) -> Hit | None:
    """The hit for ``count`` items (shown as ``items``) after ``match``, or None when
    they are as many as it announces."""
    announced = parse_numeral(match.group("num"))
    if announced is None or announced.value is None or int(announced.value) == count:
        return None
    end = match.end("name") if match.group("name") else match.end("unit")
    opened = any(quote in match.string[match.start("num") : end] for quote in "“‘「")
    if opened and match.string[end : end + 1] in "”’」":
        end += 1  # `三个“必须”`: the quote the name opened is closed too
    message = t(
        "items-follow",
        phrase=match.string[match.start("num") : end],
        announced=int(announced.value),
        count=count,
        listed=shorten(items),
    )
    return Hit(match.start("num"), end, message, t("items-agree"))


def items_after(text: str, start: int, long: bool = False) -> list[str] | None:
    """The items of the list that starts at ``start`` and ends its sentence; a
    ``long`` list (after `分别是`) may run to 2,000 characters when `；` parts it, any
    other to 400 when two `；` or more part it and no `、` list ends at the first."""
    respective, end = long, sentence_end(text, start, 2000 if long else 400)
    # clauses parted by two `；` or more are the items, whatever the introducer
    # (`分为五大类，即A，…16个项目；B…15个项目；…`), each up to 80 characters
    long = text.count("；", start, end) + text.count(";", start, end) >= 2
    if not long:
        end = sentence_end(text, start, 200)
    semicolon = min(
        (i for i in (text.find("；", start, end), text.find(";", start, end)) if i >= 0), default=-1
    )
    if semicolon >= 0 and _ITEM_SEPARATOR.search(text, start, semicolon):
        if not long or (not respective and "、" in text[start:semicolon]):
            end, long = semicolon, False  # `包括A、B、C；其余…`: the list ends at the semicolon
    content = text[start:end].lstrip("：: ").rstrip("；;，,")
    if not content:
        return None
    if content[0] in '“"' and content.count("“") <= 1:
        close = content.find("”")  # `即“A，B，C，D”——作为…`: the quotation is the list
        inner = content[1:close] if close > 0 else content.strip('“”"')
        items = split_top_level(inner, "、，,；;")
    elif content.count("“") >= 2 and not any(sep in content for sep in "、，,；;"):
        items = re.findall("“[^”]*”", content)
    else:
        strongest = next((s for s in "；;，,、" if s in content), "、")
        if respective and strongest in "，,":
            return None  # `分别为A和B，主要围绕…`: the clause goes on; no list of its own
        items = split_top_level(content, "；;" if strongest in "；;" else strongest)
    items = [item.strip() for item in items]
    for k, item in enumerate(items):
        if item.endswith("等"):  # `…，坚持质效并重促进专业化建设等，全面展示了…`
            items = items[: k + 1]
            break
        if k >= 2 and _GOES_ON.match(item):  # `…，一次特色活动，并形成机制长期开展`
            items = items[:k]
            break
    if len(items) < 2 or any(not item or len(item) > (80 if long else 40) for item in items):
        return None
    return items


def ends_with_count(item: str) -> bool:
    """`制定法律6件`: an item that is a name and its count."""
    item = item.rstrip("等")
    counts = counts_in(item)
    return bool(counts) and counts[-1].end == len(item)


# `有3件未达到目标任务进度，分别是…`, `过去6年间…分别约为…`: the count of a clause that
# `分别是`/`分别为` ends, further back than an announcement right before its items.
_RESPECTIVE_COUNT = (
    r"(?<![0-9０-９.．第前每近约])(?P<num>[两二三四五六七八九十]|十[一二]|[1-9][0-9]|[2-9])"
    r"(?P<unit>个|项|件|起|宗|类|种|条|名|家|所|年)(?P<name>[\u4e00-\u9fff]{1,4}(?![\u4e00-\u9fff])|)"
)
RESPECTIVE = lazy_compile(_RESPECTIVE_COUNT + r"(?=[^。；;！!？?\n]{0,40}分别)")
# `有3起涉及违规操办婚丧喜庆。分别是…`: 分别 opens the sentence after the count's.
_RESPECTIVE_BEFORE = lazy_compile(_RESPECTIVE_COUNT)


def respective_announcement(text: str, index: int) -> re.Match[str] | None:
    """The count of the clause before `分别是` at ``index`` (or of the clause before
    that one, when the nearest has none), if the clause has exactly one."""
    end, pattern = index, RESPECTIVE
    if text[index - 1 : index] == "。":  # the sentence before, up to its full stop
        end, pattern = index - 1, _RESPECTIVE_BEFORE
    for _ in range(2):
        start = end
        while start > max(0, end - 40) and text[start - 1] not in "。；;！!？?，,\n":
            start -= 1
        stop = end if pattern is _RESPECTIVE_BEFORE else index + 2
        matches = list(pattern.finditer(text, start, stop))
        if matches:
            break
        if start == 0 or text[start - 1] not in "，,":
            return None
        end = start - 1
    if len(matches) != 1 or concept_at(text, matches[0].start()):
        return None
    match = matches[0]
    if match.group("unit") == "年" and text[match.start() - 2 : match.start()] != "过去":
        return None  # `过去6年间…分别为`: only a span of years counts its values
    return match


# Any count of items, to tell an announcement from a breakdown's counts.
ANY_COUNT = re.compile("(?<![十第0-9])(?:[一两二三四五六七八九十]|[0-9]+)[个项点条种类大件]")
# The first characters every item repeats: `要认真学习…。要学深悟透…。要结合当前…`.
_SENTENCE_SPLIT = re.compile("[。！!？?]")


_LEADING_PUNCTUATION = "…．.。，, \t\u3000"


def head_items(text: str, match: re.Match[str], start: int) -> Iterator[Hit]:
    """`提出三点要求。\n要…。要…。要…。`: sentences after an announcement that all open
    with the same word are its items, over the paragraphs that follow while every
    sentence of a paragraph opens with it."""
    sentences: list[str] = []
    head = ""
    for _ in range(12):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        pieces = [p.lstrip(_LEADING_PUNCTUATION) for p in _SENTENCE_SPLIT.split(text[start:end])]
        pieces = [p for p in pieces if p.strip(_LEADING_PUNCTUATION)]
        head = head or (pieces[0][:1] if pieces else "")
        if not pieces or any(not piece.startswith(head) for piece in pieces):
            break
        sentences += pieces
        start = end + 1
    if len(sentences) < 2 or not is_han(head) or head in ORDINALS or head in "第各从在":
        return
    lo = max(0, match.start() - 200)
    sentence = max(lo - 1, *(text.rfind(stop, lo, match.start()) for stop in "。！？!?\n"))
    if len(ANY_COUNT.findall(text, sentence + 1, match.end())) > 1:
        return  # `揭发控告1件、求决57件、意见建议7件。`: counts of a breakdown
    hit = items_hit(match, len(sentences), "；".join(sentence[:6] for sentence in sentences))
    if hit is not None:
        yield hit


# `严格按“三步走”做好组织实施工作。一是…`: a quoted count after a verb of method, in the
# sentence that ends right before a list's first marker. Not after 坚持 or 做到: what
# one holds to (`坚持“两个毫不动摇”`) is a name whose items the list need not spell out.
_METHOD_COUNT = lazy_compile(
    r"(?:按|按照|采取|实行|推行|实施)“(?P<num>[两二三四五六七八九十])(?P<unit>个|项|大|条|步|)"
    r"(?P<name>(?:(?![一二两三四五六七八九十])[\u4e00-\u9fff]){1,4}?)”"
)


def sentence_announcement(text: str, end: int) -> re.Match[str] | None:
    """The one quoted count of method (`按“三步走”`) in the sentence ending at ``end``."""
    if text[end - 1 : end] not in "。：:":
        return None
    lo = max(0, end - 80)
    for stop in "。！？!?；;\n":
        lo = max(lo, text.rfind(stop, lo, end - 1) + 1)
    matches = list(_METHOD_COUNT.finditer(text, lo, end))
    if len(matches) != 1 or concept_at(text, matches[0].start("num")):
        return None
    if len(ANY_COUNT.findall(text, lo, end)) > 1:
        return None  # other counts in the sentence: which one the list spells out is unclear
    return matches[0]


# `紧紧围绕“四个到位”` then sub-headings `领导思想重视到位` … that end with its name;
# `“五学”模式` then `制定计划专题学。`, `管理班子集中学。` …
QUOTED_SET = lazy_compile(
    r"“(?P<num>[两二三四五六七八九十])(?P<unit>个|项|大|条|种|)"
    r"(?P<name>(?:(?![一二两三四五六七八九十])[\u4e00-\u9fff]){1,2})”"
)


def _listed_before(text: str, match: re.Match[str]) -> bool:
    """`刑事、民事、行政和公益诉讼“四大检察”`: the set's items stand right before it."""
    before = text[max(0, match.start() - 40) : match.start()]
    clause = re.split("[。；;，,：:\n]", before)[-1]
    return "、" in clause


_HEAD_END = re.compile("[。，,：:；; \t\u3000]")


def tail_items(text: str) -> Iterator[Hit]:
    """Lines after a quoted set (`“四个到位”`) whose opening phrase ends with its name:
    `领导思想重视到位`, `宣传工作落实到位`, … are its items, one a paragraph."""
    for match in QUOTED_SET.finditer(text):
        start = text.find("\n", match.end()) + 1
        if not start or concept_at(text, match.start("num")) or _listed_before(text, match):
            continue
        yield from tail_heads(text, match, start, match.group("name"))


# A line that opens with a numbered heading: the end of the items before it.
_NUMBERED_LINE = re.compile(
    "[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}[.．、]"
)


def tail_heads(text: str, match: re.Match[str], start: int, name: str) -> Iterator[Hit]:
    """The lines from ``start`` whose opening phrase ends with ``name``, counted against
    ``match`` once the list has visibly ended: the set is named again, the text ends or
    a numbered heading opens a line. The first must stand on one of the next two lines."""
    heads, ended = [], False
    for k in range(16):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip(" \t\u3000")
        named_again = match.group() in line
        numbered = _NUMBERED_LINE.match(line) is not None  # the marker readers' item
        if named_again or end >= len(text) or (heads and numbered):
            ended = True
        head = _HEAD_END.split(line, maxsplit=1)[0]
        shortest = len(name) + (3 if len(name) == 1 else 1)  # `“五学”`: `制定计划专题学`
        if head.endswith(name) and shortest <= len(head) <= 12 and not (named_again or numbered):
            heads.append(head)
        elif not heads and k >= 1:
            return  # no item on either of the next two lines
        if ended:
            break
        start = end + 1
    if ended and len(heads) >= 2:
        hit = items_hit(match, len(heads), "；".join(heads))
        if hit is not None:
            yield hit
