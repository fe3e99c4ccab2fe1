"""Blank runs that are ordinary text, not a blank left unfilled (FC104).

The mask lexer finds every run of blank characters (`___`, `□□`, `○○`, `（ ）`); these
are the runs the rule leaves alone: identifiers (`__init__`), years written with circles
(`二○○八年`), rules drawn with underscores, bars drawn with squares, code's brackets.
"""

from __future__ import annotations

import re

from ..patterns import (
    CN_DIGITS,
    char_after,
    char_before,
    is_ascii_word,
    is_digit,
    is_han,
    line_bounds,
)
from ._mark_names import shown_after_name
from ._values import NOT_UNITS, unit_at

# Filled and empty marks side by side draw a bar or a rating, not a blank.
_BAR_MARKS = frozenset("■□●○◯△▲")
_NUMERALS = "零〇○一二两三四五六七八九"  # after circles that are zeros (`○○七`); not 万, 十
# Circles that stand for a blank, or for zeros among numerals: `○`, `〇`, the large `◯`.
_CIRCLES = "○〇◯"
# Triangles that stand for a second name beside circles (`△△公司`).
_TRIANGLES = "△▲"


def _is_latin_context(text: str, start: int, end: int) -> bool:
    return is_ascii_word(char_before(text, start)) or is_ascii_word(char_after(text, end))


def blank_is_text(text: str, start: int, end: int) -> bool:
    """A blank run that is part of ordinary text: `__init__`, `二○○八年`, a rule line."""
    run = text[start:end]
    before, after = char_before(text, start), char_after(text, end)
    if shown_after_name(text, start):
        return True  # `书名号(《 》)`, `专名号( ____ )`: the mark itself, named
    if run == "_":  # one underscore is a blank only beside its unit: `人民币_ 元`, `月 _日`
        if text.startswith("年", end + (after == " ")):
            return False  # `_年_月_日`: the lexer took it before a year and another blank
        unit = unit_at(text, end + (after == " "))
        return (
            unit is None
            or unit.kind not in ("money", "date")
            or _is_latin_context(text, start, end)
        )
    if run == "__" and not (
        unit_at(text, end + (after == " "))
        or before in ":："
        or is_digit(before)
        or (is_han(before) and is_han(after))
    ):
        return True  # `__init__`, `a__b`: a blank only as `__月__日`, `日__签订`
    if run[0] == "_" and _is_latin_context(text, start, end):
        return not (_year_blank(text, start, end) or _after_mask_run(text, start, end))
    if run[0] in _CIRCLES and (
        before in CN_DIGITS or after in _NUMERALS or text.startswith("年代", end)
    ):  # `二○○八年`, `○○年代`: zeros; `民國○○年` is a blank
        return True
    if run[0] in _CIRCLES + _TRIANGLES and not _chinese_near(text, start, end):
        return True  # `(Loyalty ◯◯◯)`, `◯◯ ≡ ◯`: a symbol among Latin text or logic
    if run[0] in _TRIANGLES:
        return _ornament(text, start, end)
    if run in _CIRCLES and after not in "月日":  # `共○人`, `第○届`: a lone circle after a word
        return not is_han(before) or text[end : end + 2] in NOT_UNITS
    if run in ("()", "[]") and (is_ascii_word(before) or text[end : end + 2] in NOT_UNITS):
        return True  # code (`a[]年`, `f()元`) and a word after the brackets (`表()年度`)
    if run[0] in "([" and not (is_han(before) or is_han(after)):
        return True  # Latin `( )`, a Markdown task `- [ ] item`, a checkbox `□[ ]`
    if run[0] in "□■" + _CIRCLES and (before in _BAR_MARKS or after in _BAR_MARKS):
        return True  # `■■■■□□□ 60%`, `●●●○○`: a bar or a rating drawn with marks
    if run[0] in _LOW_LINES:
        return _drawing(text, start, end)
    if run[0] not in "_■":
        return False
    line_start, line_end = line_bounds(text, start)
    if run[0] == "_" and _divider(text[line_start:line_end]):
        return True
    # a line of underscores is a rule; of filled squares, an ornament or a bar
    return not text[line_start:line_end].strip(" \t" + run[0])


def _chinese_near(text: str, start: int, end: int) -> bool:
    """True when Chinese (or Japanese) text or its punctuation stands beside a run, past a
    space or two: where a form's circles stand for a value left out."""
    before = text[max(0, start - 3) : start].rstrip(" \u3000")[-1:]
    after = text[end : end + 3].lstrip(" \u3000")[:1]
    return any(is_han(char) or (char and char in _CJK_MARKS) for char in (before, after))


_CJK_MARKS = "：:，。、；（）「」《》【】\n"


def _ornament(text: str, start: int, end: int) -> bool:
    """True for a run of triangles that decorates rather than stands for a name: longer
    than a name's few marks, set apart by spaces, alone on its line, or framing a heading
    (`▲▲▲【書き換えはここまで】▲▲▲`). `△△公司` touches the word it names."""
    run = text[start:end]
    line_start, line_end = line_bounds(text, start)
    line = text[line_start:line_end].strip(" \t\u3000")
    if len(run) > 4 or line.count(run) > 1:
        return True
    before, after = char_before(text, start), char_after(text, end)
    return not any(is_han(char) or (char and char in _CJK_MARKS) for char in (before, after))


# A low line other than the underscore: the lower one-eighth block.
_LOW_LINES = "▁"
# Block elements and box drawing (U+2500-U+259F) and the ASCII brackets of a progress bar:
# neighbours that make a low line part of a sparkline or a drawing (`▅▆▇█▆▅▄▃▂▁▁▁`,
# `[▁▁▁▁▁▁]`, `▕▁▁▁▁▏`), not a fill line.
_DRAWING_NEIGHBOURS = "[]|"


def _drawing(text: str, start: int, end: int) -> bool:
    """A run of low lines that draws a chart, a bar or a box rather than a fill line: beside
    a block or box character, an ASCII word or bracket, or on a line with no Chinese."""
    for near in (char_before(text, start), char_after(text, end)):
        if "\u2500" <= near <= "\u259f" or is_ascii_word(near) or near in _DRAWING_NEIGHBOURS:
            return True
    line_start, line_end = line_bounds(text, start)
    return not any(map(is_han, text[line_start:line_end]))


def _year_blank(text: str, start: int, end: int) -> bool:
    """`20__`, `19__年`: the last digits of a year left blank."""
    return (
        end - start == 2
        and text[max(0, start - 2) : start] in ("19", "20")
        and not is_ascii_word(char_before(text, start - 2))
        and not is_ascii_word(char_after(text, end))
    )


def _after_mask_run(text: str, start: int, end: int) -> bool:
    """`xx____举行`: three underscores or more after a run of mask letters that stands
    after Chinese or its punctuation, Chinese after them (not `xx__init__`, `my_xx___`)."""
    if end - start < 3 or not is_han(char_after(text, end)):
        return False
    head = start
    while head and text[head - 1] in "Xx" and start - head < 4:
        head -= 1
    before = char_before(text, head)
    return head < start and (is_han(before) or before in ")）：:，,")


_DIVIDER = re.compile(r"([^\u4e00-\u9fff_]*)(_{5,})([^_]+?)(_{5,})([^\u4e00-\u9fff_]*)")


def _divider(line: str) -> bool:
    """A line that opens and closes with long underscores around a heading: a divider
    (`print("_______ 分割线 _______")`, `# ______ 配置项 ______`), not two blanks.

    What stands between the runs holds no label's colon and starts with no unit, so
    `____年____月` and `______ 公司：______` stay blanks.
    """
    match = _DIVIDER.fullmatch(line)
    if match is None:
        return False
    middle = match.group(3)
    if ":" in middle or "：" in middle or not any(map(is_han, middle)):
        return False
    return unit_at(middle.lstrip(" "), 0) is None
