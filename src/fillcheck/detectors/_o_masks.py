"""Masks written with the letter O (`OOO先生`, `民國OO年`, `ＯＯ縣ＯＯ鄉`) (FC102).

Templates and de-identified records in traditional script mask a name or a figure with
the capital letter O, half- or full-width, where simplified templates write `XXX`
(circles `○○○` are blanks the mask lexer reads). A run of O is a mask only in Chinese
text: three or more beside a Chinese character or a label's colon, two before the unit
of a date, a count or a place (`OO年`, `OO縣`, `OO國小`). O inside a Latin word
(`GOOGLE`, `COO`), object-oriented `OO设计` and `OOP` stay silent.

The runs start at `OO` or `ＯＯ`, declared to the shared trigger scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..patterns import CJK_PUNCT, is_ascii_word, is_han
from ..scan import declare, declared_starts
from ._values import Unit, unit_at

TRIGGERS = declare("fc102-o-masks", ("OO", "ＯＯ"))
_RUN = {"O": re.compile("O{2,}"), "Ｏ": re.compile("Ｏ{2,}")}
# Units a two-letter run stands before for a value; `设计`, `思想` are no units.
_KINDS = ("date", "year", "count", "people", "money", "percent", "place", "organisation")
# Words after `OO` in technical text: object-oriented design and its kin.
_TECH = ("设计", "設計", "思想", "编程", "編程", "语言", "語言", "模型", "方法", "技术", "技術")
# Places and schools a run names in a Taiwanese template: `OO國小`, `OO國中`, `OO里`.
_PLACES = ("國小", "國中", "高中", "大學", "里", "鄰", "段", "巷", "弄", "樓", "號")
_WORD = Unit("", "word")
_PERSON_AFTER = ("先生", "小姐", "女士", "同學", "老師", "君", "醫師", "經理", "主任", "校長")


def o_masks(doc: Document) -> Iterator[tuple[int, int, Unit]]:
    """(start, end, unit) of each run of mask O in ``doc``."""
    text, covered = doc.text, 0
    for at in declared_starts(doc, TRIGGERS):
        if at < covered:
            continue
        end = _RUN[text[at]].match(text, at).end()  # type: ignore[union-attr]
        covered = end
        unit = _o_unit(text, at, end)
        if unit is not None:
            yield at, end, unit


def _o_unit(text: str, start: int, end: int) -> Unit | None:
    """What the O run ``text[start:end]`` stands for, or None where it is Latin."""
    last = text[start - 1] if start else "\n"
    after = text[end : end + 1] or "\n"
    if is_ascii_word(last) or is_ascii_word(after) or last in "-_.@/\\" or after in "-_@/\\":
        return None  # `GOOGLE`, `COO`, `OOP`, `a.OO`
    if text.startswith(_TECH, end):
        return None  # `OO设计`: object-oriented design
    unit = unit_at(text, end)
    if unit is not None and unit.kind in _KINDS:
        return unit
    if text.startswith(_PERSON_AFTER, end):
        return Unit("", "person")
    if text.startswith(_PLACES, end):
        return Unit("", "place")
    if end - start < 3:
        return None
    chinese_before = is_han(last) or last in CJK_PUNCT or last in ":：\n"
    chinese_after = is_han(after) or after in CJK_PUNCT or after in ",;)\n "
    if not (chinese_before and chinese_after):
        return None
    return _WORD if is_han(last) or is_han(after) or last in ":：" else None
