"""One space left where a template's value was (FC104): `应提前 日通知`, `總計 年 個月`.

A template scraped from a sharing site loses its underlines, and sometimes all that is
left of a blank is one space. One space is also what PDF extraction leaves where it joined
two lines, so a single space counts only in a document already found to be a template
(the caller passes the blanks found), and only in a shape no line join makes: one space
between a Chinese word and the unit of a number that is not there (`總計 年 個月`,
`应提前 日向甲方提出`, `授权期限 年 月 日`), in a sentence.

A space after a digit (`2023 年`), a spaced-out label (`合 计`), a unit that starts an
ordinary word (`本 年度`, `每 日常`) and a table row without clause marks stay silent.
(A form's field with one space after its colon, `身份证号码: 证件地址:`, is left alone:
filled forms and pages write their labels that way too. So is a spreadsheet's row saved
as text, its cells joined by commas: `, 版本号: , 1.`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patterns import char_after, char_before, is_han, line_bounds
from ._empty import _WORDS_AFTER_GAP
from ._values import NOT_MASK_UNITS, NOT_UNITS

# One space (not part of a run) after a Chinese character, before something that is not
# a space.
_SINGLE = re.compile("(?<=[\u4e00-\u9fff:：])[ \u3000\xa0](?![ \u3000\xa0\n])")
# The units a value left out stands before: a date's, money's, a count's, an area's.
_UNITS = ("个月", "個月", "平方米", "万元", "萬元", "年", "月", "日", "元", "天", "份", "号", "號")
# Two-character words that start with such a unit: ordinary text after a space.
_UNIT_WORDS = frozenset(
    "年代 年级 年前 年来 年度 年轻 年龄 年终 年初 年底 年内 年后 年份 年会 年报 年鉴 年限 年薪"
    " 年假 年货 年华 年头 年间 月份 月底 月初 月度 月报 月刊 月薪 月亮 月饼 月光 月球 日常"
    " 日期 日报 日记 日程 日子 日益 日趋 日前 日本 日后 日夜 日用 日语 日照 日志 元旦 元素"
    " 元宵 元首 元气 元年 天气 天下 天然 天空 天地 天津 天使 天才 天文 天天 份额 号召 号码"
    " 号称 号角 號召 號碼".split()
)
_CLAUSE_MARKS = "，。；,;"


def single_gaps(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of single spaces left where a value belongs, in a document with blanks
    ``taken`` already (those spans are not repeated)."""
    for match in _SINGLE.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) or _cell_row(text, start):
            continue
        if text[start - 1] in ":：":
            if _empty_value(text, start, end) or _place_chain(text, start, end):
                yield start, end
        elif _unit_gap(text, start, end) or _name_gap(text, start, end):
            yield start, end
        elif _before_mark(text, start, end):
            yield start, end
        elif _place_chain(text, start, end):
            yield start, end


def _cell_row(text: str, at: int) -> bool:
    """True on a spreadsheet's row saved as text (`, 版本号: , 1.`, `终止__人 ,,`): cells
    joined by commas, empty ones as commas in a row. A space there separates two cells; it
    is no value left out."""
    line_start, line_end = line_bounds(text, at)
    line = text[line_start:line_end].lstrip(" \u3000")
    return line.startswith(",") or ",," in line


def _unit_gap(text: str, start: int, end: int) -> bool:
    """`提前 日向`, `總計 年 個月`: one space between a word and a unit with no number."""
    if char_before(text, start - 1) in " \u3000\xa0" and text[start - 1] not in "年月":
        return False  # `合 计 人`: a label spaced out (not a date's `年 月 日`, `年 個月`)
    if not _unit(text, end):
        return False
    line_start, line_end = line_bounds(text, start)
    return any(mark in text[line_start:line_end] for mark in _CLAUSE_MARKS)


def _before_mark(text: str, start: int, end: int) -> bool:
    """`兹证明 ,身份证号码 ,`, `本人因 ，需请假`: one space between a word and the comma that
    ends its clause, where the value after the word was left out (no line join puts a
    space there)."""
    if text[end : end + 1] not in ",，;；" or char_before(text, start - 1) in " \u3000\xa0":
        return False  # `合 计 ,`: a label spaced out
    if char_after(text, end + 1) in " \u3000\xa0":
        return False  # `11例 , 其中`: punctuation set apart by spaces on both sides
    return is_han(text[start - 1])


def _empty_value(text: str, start: int, end: int) -> bool:
    """`租金支付時間: ,`: a label, its colon, one space and the end of the clause; or the
    unit of the value left out (`建筑面积: 平方米`, `总工期: 天`), or a note on it
    (`工程面积: (以设计图纸为准)`), ending the line."""
    if not is_han(char_before(text, start - 1)):
        return False
    after = char_after(text, end)
    if after in ",，;；。":
        return True
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].rstrip(" \u3000")
    if after in "(（":
        return rest[-1:] in ")）" and rest.count("(") + rest.count("（") == 1
    unit = next((u for u in _UNITS if rest.startswith(u)), None)
    return unit is not None and rest[len(unit) :] in ("", "。", ",", "，")


# What follows a name: a company's, a bank's, a brand's (`在 銀行開立賬戶`, `与 有限公司合作`),
# the use a value was for (`仅作为 用途`, `作 之用`), a title (`担任 职务`) or an amount
# in capitals (`人民币 (大写)`).
_NAME_ENDS = (
    "有限公司", "公司", "银行", "銀行", "品牌", "集团", "集團", "用途", "之用", "职务", "職務",
    "(大写", "（大写", "(大寫", "（大寫",
)  # fmt: skip
_DETERMINERS = "本该該我贵貴各总總分子母其此"


def _name_gap(text: str, start: int, end: int) -> bool:
    """`應在 銀行開立賬戶`, `我司与 有限公司合作`: one space where a name was left out."""
    if char_before(text, start - 1) in " \u3000\xa0" or not text.startswith(_NAME_ENDS, end):
        return False
    if text[start - 1] in _DETERMINERS:
        return False  # `本 公司`, `该 银行`: a word a line join split
    line_start, line_end = line_bounds(text, start)
    return any(mark in text[line_start:line_end] for mark in _CLAUSE_MARKS)


def _unit(text: str, at: int) -> bool:
    """True when a unit with no number before it starts at ``at``, not an ordinary word."""
    if not text.startswith(_UNITS, at):
        return False
    word = text[at : at + 2]
    if word in _UNIT_WORDS or word in NOT_UNITS or word in _WORDS_AFTER_GAP:
        return False
    return not text.startswith(NOT_MASK_UNITS, at)


# The one-character units of an address or of a flat's layout, each after the value left
# out of it: `位于 市 区 号门面`, `房型 房 厅 套`.
_PLACE_UNITS = "省市区區县縣镇鎮乡鄉村路街巷号號栋棟幢楼樓层層室房厅廳卫衛套"


def _place_chain(text: str, start: int, end: int) -> bool:
    """`位于 市 区 号门面`, `房型 房 厅 套`: one space before an address or layout unit, in a
    chain of two such gaps at least, after a word written without spaces, in a sentence.

    A spaced-out line (`北 京 市 海 淀 区`) chains no two units; one gap alone is a line join.
    """
    if text[end : end + 1] not in _PLACE_UNITS or not text[end : end + 1]:
        return False
    head = start
    while text[head - 2 : head - 1] == " " and text[head - 1 : head] in _PLACE_UNITS:
        head -= 2  # back over the chain's earlier gaps: ` 市 区` before ` 号`
    tail = end + 1
    while text[tail : tail + 1] == " " and text[tail + 1 : tail + 2] in _PLACE_UNITS:
        tail += 2
    if (
        (tail - head) >= 4
        and char_before(text, head) in ":："
        and is_han(char_before(text, head - 1))
    ):
        return text[tail : tail + 1] in ("", "\n", "，", ",", "。")  # `居室规格: 室 卫`
    if (tail - head) < 4 or text[tail : tail + 1] in ("", " ", "\n"):
        return False  # one gap, or a chain that ends in spacing
    if not is_han(char_before(text, head)) or char_before(text, head - 1) in " \u3000\xa0":
        return False  # `合 计 人`: a spaced-out word before the chain
    line_start, line_end = line_bounds(text, start)
    return any(mark in text[line_start:line_end] for mark in _CLAUSE_MARKS)
