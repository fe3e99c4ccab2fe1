"""Masked public records, and the verdict the placeholder rules ask of the redaction rules.

A government work report or a judgement republished with its figures and names
masked (`X亿元`, `增长x.x%`) holds masks that no writer will fill in: they are
redaction (FC409), not a template's slots (FC101, FC102). So are the stars a
word filter put for a name in a political formula (`***总书记`, FC404).
:func:`redacted` gives the placeholder rules those spans.
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..document import Document
from ..patterns import char_after, char_before, is_han, lazy_compile
from ._leaks import GAZETTEER
from ._masks import masks

# A masked report: a finished document republished with its figures and names masked.
# Letter masks (`X`, `xx`, `x.x`) and star runs before a figure's unit (`**亿元`).
_REPORT_MASKS = (
    re.compile(r"[Xx×Ｘｘ]+(?:\.[Xx×Ｘｘ]+)?"),
    re.compile(r"[*＊]+(?=[0-9%万亿元个人名项次年届市县区镇乡村])"),
)
# A slot a template leaves for the writer's own date: `X月`, `XX日`, `20XX年`, `202x年`.
# (Found by the unit after the slot, a literal, and read backwards: `re` stays fast.)
_DATE_UNITS = re.compile("[月日年]")
_DATE_SLOT_BEFORE = {
    "月": re.compile(r"(?<![Xx×Ｘｘ*＊0-9])[Xx×Ｘｘ*＊]{1,2}$"),
    "日": re.compile(r"(?<![Xx×Ｘｘ*＊0-9])[Xx×Ｘｘ*＊]{1,2}$"),
    "年": re.compile(
        r"(?<![Xx×Ｘｘ*＊0-9])(?:\d\d[Xx×Ｘｘ*＊]{2}|\d{3}[Xx×Ｘｘ*＊]|[Xx×Ｘｘ*＊]{4})$"
    ),
}


def _date_slot(text: str) -> bool:
    """True when a date waits for a writer: `X月`, `XX日`, `20XX年`, `202x年`."""
    for match in _DATE_UNITS.finditer(text):
        start = match.start()
        if start and text[start - 1] in "Xx×Ｘｘ*＊":
            pattern = _DATE_SLOT_BEFORE[match.group()]
            if pattern.search(text, max(0, start - 4), start):
                return True
    return False


# Real places the masking left written out: `甘肃`, `澳门`, `许昌市`.
_PROVINCES = tuple(sorted(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北"
    " 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆"
    " 香港 澳门".split(),
    key=len, reverse=True,
))  # fmt: skip
# Compiled on first need (from the pattern cache): the place names make it a large one.
_CLEAR_PLACE = lazy_compile(
    f"(?:{'|'.join(_PROVINCES)})|(?:{'|'.join(sorted(GAZETTEER - set(_PROVINCES)))})市"
)
# Documents that are public records once finished: a government work report delivered to a
# congress, a statistical or audit report, a court judgement, a penalty decision.
_PUBLIC_RECORD = re.compile(
    r"政府工作报告|各位代表|人民代表大会|统计公报|审计工作报告|判决书|裁定书|处罚决定书"
)
# A document shows its masks early: the verdict counts them in its first characters.
_VERDICT_SPAN = 100_000
# So many masks make a document masked rather than left with a slip or two.
_REPORT_MIN_MASKS = 8


def masked_report(doc: Document) -> bool:
    """True when ``doc`` is a public record republished with its values masked.

    The placeholder rules (FC101, FC102) consult this verdict: a masked report's
    `X亿元` and `x.x%` are redaction (FC409), not a template's unfilled slots.
    A masked report is a document that is public once finished (a government
    work report delivered to a congress, a statistical or audit report, a
    court judgement, a penalty decision) holding many masks; the masking left
    real places written out (a province such as `甘肃`, a city such as
    `许昌市`), and no date waits for a writer (`X月X日`, `20XX年`): a template
    names no real place and masks the writer's date. A work report with masked
    figures and no such marks (`2022年上半年政府工作报告(镇乡)` on a site of
    samples) is a sample to fill in (FC1).
    """
    text = doc.text
    if not any(c in text for c in "Xx×Ｘｘ*＊"):
        return False
    return doc.memo("redaction.masked-report", lambda: _masked_report(text))


def _ascii_word(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char == "_")


def report_masks(text: str) -> list[tuple[int, int]]:
    """Spans of the letter masks and masked figures of ``text`` by Chinese or in brackets."""
    spans = []
    for pattern in _REPORT_MASKS:
        for match in pattern.finditer(text):
            start, end = match.span()
            before, after = char_before(text, start), char_after(text, end)
            if _ascii_word(before) or _ascii_word(after):
                continue  # `index`, `x86`: Latin, not a mask
            if is_han(before) or is_han(after) or (before in "(（" and after in ")）"):
                spans.append((start, end))
    return spans


def _masked_report(text: str) -> bool:
    if _PUBLIC_RECORD.search(text) is None:
        return False
    if sum(text.count(char) for char in "Xx×Ｘｘ*＊") < _REPORT_MIN_MASKS:
        return False
    if len(report_masks(text[:_VERDICT_SPAN])) < _REPORT_MIN_MASKS:
        return False
    if _date_slot(text):
        return False
    return _CLEAR_PLACE.search(text) is not None


# Stars where a word filter took out a name that no writer fills in: the leader before
# `总书记` or `新时代中国特色社会主义思想`, the party in `中国***人`.
FORMULA_AFTER = ("总书记", "新时代中国特色社会主义思想", "同志为核心")


def formula_stars(doc: Document) -> list[tuple[int, int]]:
    """Spans of stars standing for a fixed name in a political formula (`***总书记`):
    runs of the mask lexer of two to four stars before such a name, or inside `中国*人`."""
    text, spans = doc.text, []
    for start, end in masks(doc).stars:
        if 2 <= end - start <= 4 and (
            text.startswith(FORMULA_AFTER, end)
            or (text[max(0, start - 2) : start] == "中国" and char_after(text, end) in "人党")
        ):
            spans.append((start, end))
    return spans


class _Every:
    """Holds every span: the masks of a masked public record are all redaction."""

    def __contains__(self, span: object) -> bool:
        return True


def redacted(doc: Document) -> Container[tuple[int, int]]:
    """The (start, end) spans of ``doc`` whose masks are redaction (FC404, FC409), not slots.

    The one hook the placeholder rules (FC101, FC102) consult: every mask of a
    masked public record (``masked_report``), and stars a word filter put for a
    name no writer fills in (`坚定维护***总书记的核心地位`).
    """
    if masked_report(doc):
        return _Every()
    return doc.memo("redaction.formula-stars", lambda: frozenset(formula_stars(doc)))
