"""Dots between Chinese characters: where a word filter took a word out, or a site marked a copy.

Read by FC403 (``redaction.py``) and FC507 (``format.py``): :func:`word_dots` sorts the
dots of a document by what left them, :func:`dot_is_punctuation` tells text that ends its
sentences with `.` from text whose dots stand for filtered words.
"""

from __future__ import annotations

import re

from ..document import Document
from ..patterns import is_han, triggered

# A dot where a word was filtered out between two Han characters: `特色.主义`.
FILTER_DOT = triggered(r"\.")
_HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f"  # as is_han()
_HAN_DOT = re.compile(f"\\.(?<=[{_HAN}]\\.)(?=[{_HAN}])")

# A dot that ends a Chinese sentence: after Han, before a quote, a line end or the end.
# (Literal-led: the character before is checked in Python, which keeps `re` fast.)
_SENTENCE_DOT = re.compile(r"\.(?=[“”\n]|$)")
_SENTENCE_ENDERS = "”）)"


def dot_is_punctuation(text: str) -> bool:
    """True when `.` is how ``text`` (a document or a line) ends sentences, not a filtered word.

    Text converted to half-width punctuation ends its sentences with `.`
    (`完成任务.` at a line end or before a quote); a word filter leaves dots
    inside text whose sentences end with `。`. Half-width commas say nothing
    either way: filtered novels and scraped pages use them alike.
    """
    sentence_dots = sum(
        1
        for match in _SENTENCE_DOT.finditer(text)
        if match.start()
        and (is_han(text[match.start() - 1]) or text[match.start() - 1] in _SENTENCE_ENDERS)
    )
    return sentence_dots > 0 and 2 * sentence_dots >= text.count("。")


_HALF_COMMA = re.compile(r"(?<=[\u4e00-\u9fff]),")
# So many dots in one clause separate its items, as `、` would; a filter's dots split words.
_LIST_DOTS = 3
_CLAUSE_ENDS = re.compile(r"[，,。；;：:！？!?、“”\n]")


def _clause_dots(text: str, index: int) -> int:
    """How many dots the clause around ``index`` holds."""
    ends = _CLAUSE_ENDS.search(text, index)
    end = ends.start() if ends else len(text)
    start = max((m.end() for m in _CLAUSE_ENDS.finditer(text, max(0, index - 200), index)),
                default=max(0, index - 200))  # fmt: skip
    return text.count(".", start, end)


# A heading numbered with a Chinese numeral and a dot: `一.人员编制`.
_NUMERAL_HEADING = re.compile(r"(?:^|(?<=\n))[ \u3000]*[一二三四五六七八九十]{1,3}$")


# Characters that spell foreign names in Chinese (the usual transliteration table): a dot
# between them stands for a name's `·` (`马丁.路德.金`, `列夫.托尔斯泰`), not a filtered word.
_SOUNDS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂丁东杜多厄恩法范菲费芬丰"
    "弗福富盖甘戈格贡古哈海汉豪赫亨胡华惠霍基吉加贾杰金居卡凯坎康考柯科克肯库夸奎拉莱赖兰朗"
    "劳勒雷蕾里利丽莉列林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米密明姆莫墨穆纳娜奈南内尼妮涅宁纽"
    "诺欧帕潘佩彭皮普齐契乔切琼丘萨塞赛桑瑟森莎沙尚舍施史斯松苏索塔泰坦汤唐特提托瓦万旺威韦"
    "维温沃乌伍西希席夏谢辛休雅亚扬耶叶伊尤约泽扎詹朱卓兹翰尔夫琪露丝茜黛薇萝珀茨什"
)


def _name_dot(text: str, start: int) -> bool:
    """True for a dot inside a foreign name: the characters on both sides and one more
    beside them spell sounds (`丁.路`, `德.金`, `夫.托`)."""
    before, after = text[max(0, start - 2) : start], text[start + 1 : start + 3]
    if before[-1:] not in _SOUNDS or after[:1] not in _SOUNDS:
        return False
    return before[:1] in _SOUNDS or after[1:2] in _SOUNDS


def word_dots(doc: Document) -> tuple[list[int], list[int]]:
    """(filtered, marks): offsets of dots between Chinese characters, by what left them.

    A word filter leaves dots anywhere in a word or a phrase (`市.委`,
    `特色.主义`); a site's copy mark is a dot after `的` (`产品的.声誉`). Where
    every such dot of a document follows `的`, they are copy marks (FC507);
    otherwise they are all a filter's (FC403). Lines written with `.` as their
    full stop, headings such as `一.总则` and lists whose items a clause
    separates with dots (`设计费.制造费.包装费`) hold neither, nor does a single
    dot in scraped text written with half-width commas (`毛.人学率`): a filter
    hits the words it filters again and again.
    """
    text = doc.text
    if "." not in text:
        return [], []
    return doc.memo("redaction.word-dots", lambda: _word_dots(text))


def _word_dots(text: str) -> tuple[list[int], list[int]]:
    candidates = [match.start() for match in _HAN_DOT.finditer(text)]
    if not candidates or dot_is_punctuation(text):
        return [], []
    dots = []
    for start in candidates:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if dot_is_punctuation(line) or _NUMERAL_HEADING.search(text, line_start, start):
            continue
        if _clause_dots(text, start) >= _LIST_DOTS:
            continue  # `设计费.制造费.预装费.包装费`: dots separate a list's items
        if _name_dot(text, start):
            continue  # `马丁.路德.金`: a name's `·` typed as a dot
        dots.append(start)
    if dots and all(text[start - 1] == "的" for start in dots):
        return [], dots
    if len(dots) == 1 and len(_HALF_COMMA.findall(text)) > text.count("，"):
        return [], []  # scraped half-width text: one stray dot is a slip, a filter recurs
    return dots, []
