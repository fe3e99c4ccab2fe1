"""Blanks only a template's sentences leave (FC104): lost underlines and bare units.

A template scraped from a sharing site loses its underlines. In a document already found
to hold blanks (the caller asks only then), two more shapes are where a value was:

- a gap of two or more spaces inside a sentence (`委托乙方进行  项目的设计`);
- a unit right after a word that compares a figure, with no figure between them
  (`黄砂备料不低于t,`, `不少于人。`, `不超过%;`): no sentence bounds a quantity by a unit
  alone.

And in any document, an amount's closing `元整` with no figure before it (`甲方付乙方元整`):
nothing but a figure stands before those words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patterns import is_han, line_bounds

_SPACES = " \u3000\xa0"
# A gap of two or more spaces between Chinese characters: where a template's underline
# was lost (`委托乙方进行  项目的设计`), or a form's label spaced out (`姓　　名：`). One
# space is no such gap: PDF extraction leaves single spaces where it joined lines.
_GAP = re.compile(
    f"[{_SPACES}](?<=[\u4e00-\u9fff][{_SPACES}])[{_SPACES}]+"
    f"(?=[\u4e00-\u9fff，,；;]|[（(](?:签|簽|盖|蓋))"
)
# The brackets a form is signed in: a gap before them is where the name was (`委托人    （签字）`).
_SIGNED = ("（签", "(签", "（簽", "(簽", "（盖", "(盖", "（蓋", "(蓋")
_CLAUSE_MARKS = "，。；,;"


# What opens a new field or item after a gap where a page joined its paragraphs with
# spaces: a label and its colon (`乙方:`, `法定代表人:`) or an item's number (`一、`, `㈠`,
# `⒈`, `1、`, `（一）`).
_NEXT_ITEM = re.compile(
    "[\u4e00-\u9fff][\u4e00-\u9fff（）()]{0,8}[：:]|[一二三四五六七八九十]{1,3}、"
    "|[㈠-㈩⒈-⒛①-⑳]|[0-9]{1,2}[、．.]|[（(][一二三四五六七八九十0-9]{1,2}[)）]"
)


def lost_underlines(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of gaps inside sentences where an underline was lost (`进行  项目`).

    Only a template's sentences lose their underlines; the caller asks only in a
    document with other blanks. A gap that ``taken`` (the blanks found) already
    covers, a gap in a line without a clause mark (a menu, a table row, a heading),
    a spaced-out label (`姓　　名：`) and a gap after a line's first character are not.
    """
    for match in _GAP.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        line_start, line_end = line_bounds(text, start)
        signed = text.startswith(_SIGNED, end)
        if not signed and not any(mark in text[line_start:line_end] for mark in _CLAUSE_MARKS):
            continue
        if text[end : end + 2].endswith(("：", ":")) or not text[line_start : start - 1].strip():
            continue
        if _NEXT_ITEM.match(text, end):
            continue  # `xxxx有限公司   乙方:`, `有限公司    一、总则`: paragraphs joined by spaces
        yield start, end


# Words that bound a quantity, then a unit with no figure between them and the clause's
# end after it: `不低于t,`, `不少于人。`, `不超过%；`. The unit must end the clause, so
# that ordinary words (`不少于人们的想象`, `不低于元旦`) stay silent.
_BOUNDS = "|".join(f"不{word}" for word in ("低于", "少于", "小于", "高于", "大于", "超过", "多于"))
_BOUNDS += "|" + "|".join(f"不{word}" for word in ("低於", "少於", "小於", "高於", "大於", "超過"))
_BARE_UNITS = "t|kg|g|mm|cm|m|km|m2|m3|元|万元|人|天|个|%|％|吨|米|平方米|公里|小时|萬元|噸|個"
_BARE = re.compile(f"(?:{_BOUNDS})({_BARE_UNITS})(?=[,，。;；、)）]|$)", re.M)


def bare_units(text: str) -> Iterator[tuple[int, int]]:
    """Spans of units a bounding word stands right before, their figure left out
    (`不低于t,`); the caller asks only in a template."""
    if "不" not in text:
        return
    for match in _BARE.finditer(text):
        yield match.span(1)


# The closing words of an amount written out (`人民币伍佰元整`), after which no figure
# stands: `甲方付乙方元整`, `人民币(大写)元整`. Words that end in 元 (`单元整体`, `美元`, `公元`)
# and a magnitude after its figure (`伍万元整`) are no such slot.
_CLOSING = re.compile("元[整正]")
_YUAN_WORDS = "单單公纪紀美欧歐日港韩韓澳台臺新坎"
_MAGNITUDES = "万萬亿億千仟百佰十拾"


def bare_amounts(text: str) -> Iterator[tuple[int, int]]:
    """Spans of an amount's closing 元整 with no figure before it (`甲方付乙方元整`)."""
    if "元整" not in text and "元正" not in text:
        return
    for match in _CLOSING.finditer(text):
        at = match.start()
        before = text[at - 1 : at]
        while before and before in _MAGNITUDES:
            at -= 1
            before = text[at - 1 : at]
        if before and is_han(before) and before not in _YUAN_WORDS + _NUMERALS:
            yield match.start(), match.start() + 1
        elif before in ")）" and text[max(0, at - 4) : at].rstrip(")）").endswith(("大写", "大寫")):
            yield match.start(), match.start() + 1  # `人民币(大写)元整`


# Numerals an amount is written in: capitals and ordinary ones.
_NUMERALS = "零〇○壹贰貳叁參肆伍陆陸柒捌玖一二两兩三四五六七八九"
