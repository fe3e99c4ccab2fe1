"""The count that a list's lead clause holds anywhere before its colon, for FC303:
`重点围绕四个方面问题开展专项整治：一是…`, `十大民生实事涉及…各方面，分别包括：` then
`①…`. The readers of ``_count_marked`` and ``_count_announced`` take the count right
before the colon first; this one reads the whole clause the colon ends, and answers only
when that clause holds a single count of items, so that `共走访3个社区，发现问题如下：`
(a count in another clause) and `抓好一个格局，建立两个机制：` stay unread.
"""

from __future__ import annotations

import re

from ..numerals import concept_at
from ..patterns import lazy_compile
from ._count_items import ANY_COUNT
from ._count_text import after_last_stop

# A count of items inside a clause: `四个方面问题`, `三大方向`, `两点`, `十大民生实事`.
LEAD_COUNT = lazy_compile(
    r"(?<![0-9０-９.．十百千第前每近约等这那])(?P<num>十[一二]|[两二三四五六七八九十]|1[0-2]|[2-9])"
    r"(?P<unit>个|项|点|条|种|类|大|部分|方面|环节|维度|层面|板块|步|招|句话)"
    r"(?P<name>(?:(?!的|确保|开展|进行|推进|涉及|展开|落实|实现|加强|围绕|作为)[\u4e00-\u9fff]){0,4})"
)
# Units that count items by themselves; after 个 and 项 the noun must name items
# (`四个方面`, `三项任务`), since `3个社区` and `5项检查` count other things.
_ITEM_UNITS = frozenset("点 条 种 类 大 部分 方面 环节 维度 层面 板块 步 招 句话".split())
_ITEM_NOUNS = re.compile(
    "方面|问题|重点|任务|措施|要求|方向|原则|目标|特点|做法|经验|环节|阶段|步骤|机制|举措"
    "|工作|建议|意见|原因|关键|优势|难点|短板|领域|方针|制度|清单|内容|事项|行动|工程"
    # the names reports give their sets of resolutions: `三个明确`, `四个到位`, `五个坚持`
    "|明确|到位|坚持|必须|结合|带头|统一|转变"
)
# Words after the count that make it a number of events or a span of time.
_NOT_ITEMS = set("次场年月日天周届轮")
_CLAUSE_STOPS = "。！？!?；;，,\n"


def lead_count(text: str, colon: int) -> re.Match[str] | None:
    """The one count of items in the clause that the colon at ``colon`` ends (within
    40 characters, no comma between), or None."""
    start = _span_start(text, colon, 40, _CLAUSE_STOPS)
    match = _one_item_count(text, start, colon)
    if match is None:
        return None
    if text[match.start() - 1 : match.start()] in '“"「' and "”" in text[match.end() : colon]:
        return None  # `“四个到位”的要求：`: a quoted name, whose items the readers of sets take
    return match


_SENTENCE_STOPS = "。！？!?；;\n"
# `比上年增加3个`: a change, not a count of items.
_CHANGE = lazy_compile("比上年|比去年|同比|减少|增加|增长|下降|提高|降低")


def sentence_count(text: str, colon: int) -> re.Match[str] | None:
    """The one count of items in the sentence that the colon at ``colon`` ends, for a
    colon that numbered lines follow (`严格落实三个明确确保工作有序开展：`, `十大民生实事
    涉及…各方面，分别包括：`), as long as the sentence holds no other count and no change."""
    match = lead_count(text, colon)
    if match is not None:
        return match
    start = _span_start(text, colon, 80, _SENTENCE_STOPS)
    match = _one_item_count(text, start, colon)
    if match is None:
        return None
    return None if _CHANGE.compiled.search(text, start, colon) else match


def _span_start(text: str, colon: int, reach: int, stops: str) -> int:
    """Where the span ending at ``colon`` starts: after the last of ``stops`` within
    ``reach`` characters."""
    start = max(0, colon - reach)
    return max(start, after_last_stop(text, start, colon, stops))


def _one_item_count(text: str, start: int, colon: int) -> re.Match[str] | None:
    """The one count of items between ``start`` and ``colon``, or None: none or several
    counts, a concept's name, or `个`/`项` without a noun of items (`共有3个社区…，情况如下：`)."""
    matches = list(LEAD_COUNT.finditer(text, start, colon))
    if len(matches) != 1 or len(ANY_COUNT.findall(text, start, colon)) > 1:
        return None
    match = matches[0]
    name = match.group("name")
    if name[:1] in _NOT_ITEMS or concept_at(text, match.start()):
        return None
    if match.group("unit") not in _ITEM_UNITS and not _ITEM_NOUNS.match(name):
        return None
    return match


# A paragraph that opens with a heading's marker: `一、`, `（一）`, `(1)`, `1.`.
_HEADING_OPENS = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十0-9]{1,2}[）)]"
    r"|[0-9]{1,2}[.．、])"
)
# A quoted count of items: `“三个到位”`, `“四项机制”`, `“四大重点”`.
_QUOTED_COUNT = lazy_compile(
    r"[“\"](?P<num>[两二三四五六七八九十])(?P<unit>个|项|大|点|条|种|类|步)"
    r"(?P<name>(?:(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]){1,4})[”\"]"
)


def heading_count(text: str, end: int) -> re.Match[str] | None:
    """The one quoted count in a heading sentence that ends at ``end`` with `。` and
    opens its paragraph (`一、坚持“三个到位”，高起点定位“三城同创”工作。` then
    `一是…；二是…；三是…。`): a report's heading that announces its paragraph's items."""
    if text[end - 1 : end] != "。":
        return None
    line = text.rfind("\n", 0, end - 1) + 1
    if "。" in text[line : end - 1] or _HEADING_OPENS.match(text, line) is None:
        return None
    matches = list(_QUOTED_COUNT.finditer(text, line, end))
    if len(matches) != 1 or len(ANY_COUNT.findall(text, line, end)) > 1:
        return None
    return None if concept_at(text, matches[0].start("num")) else matches[0]
