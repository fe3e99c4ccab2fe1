"""Blanks drawn with characters the mask lexer does not read (FC104).

Templates draw the room for a value with whatever line a keyboard or a font gives:
em dashes (`时间:———`, `———(姓名)`), the modifier letter low macron
(`ˍˍˍˍ年ˍˍ月ˍˍ日`), full-width or ASCII underscores set apart by spaces
(`姓名：＿ ＿ ＿ ＿`) and ellipses standing for a date's figures (`……年……月……日`).
Each is a blank only where a value belongs: after a label's colon, before the label of
its value in brackets, or before the unit of a date, count or amount. A line drawn with
dashes alone is a rule, a dash between two figures a range, and an ellipsis in a
sentence an ellipsis.

The characters that start these blanks are declared to the shared trigger scan as
short literals (`———`, `……年`, `ˍ`, `＿ ＿`), so common punctuation never stops it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..document import Document
from ..patterns import is_digit
from ..scan import declare, declared_starts
from ._letters import LETTERS
from ._values import unit_at

_SPACES = " \u3000"
# Dashes drawn as a line: three or more em dashes, full-width hyphens or horizontal bars.
_DASH_RUN = re.compile("—{3,}|－{3,}|―{3,}")
# A macron-low line (`ˍˍˍ`), or one before a date unit (`ˍ年`).
_MACRON_RUN = re.compile("ˍ{2,}|ˍ(?=[年月日])")
# Underscores set apart by spaces: `＿ ＿ ＿`, `_ _ _`.
_SPACED_RUN = re.compile(f"＿(?:[{_SPACES}]＿)+|_(?:[{_SPACES}]_){{2,}}")
# An ellipsis standing for a date's figures: `……年`, `…………月`.
_ELLIPSIS_RUN = re.compile(r"(?:…+|\.{3,})(?=[年月日])")
_DATE_UNITS = "年月日"

TRIGGERS = declare(
    "fc104-drawn-blanks",
    (
        "———", "－－－", "―――", "ˍ", "：——", ":——", "——年", "——月", "——日",
        "＿ ＿", "＿\u3000＿", "_ _", "_\u3000_",
        "…年", "…月", "…日", "...年", "...月", "...日", "_年",
    ),
)  # fmt: skip

# A bracketed label after a blank: `(姓名)`, `（地点）`, `(夫妻姓名)`.
_LABEL_AFTER = re.compile(r"[(（][\u4e00-\u9fff]{1,6}[)）]")
# The kinds of unit a drawn blank stands before for a value.
_VALUE_KINDS = ("date", "year", "count", "people", "money", "percent")
# What a value's label ends with before its blank.
_COLONS = ":："


def drawn_blanks(doc: Document) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each drawn blank in ``doc``, in text order."""
    text, covered = doc.text, 0
    for at in declared_starts(doc, TRIGGERS):
        if at < covered:
            continue
        found = _blank_at(text, at)
        if found is not None:
            start, end, kind = found
            covered = end
            yield start, end, kind


def _blank_at(text: str, at: int) -> tuple[int, int, str] | None:
    """The blank starting at (or, for an ellipsis, running through) ``at``, if any."""
    char = text[at]
    if char in ":：":
        at += 1  # `报告人：——`: the dashes after a label's colon
    if text[at : at + 2] == "——" and _DASH_RUN.match(text, at) is None:
        return _short_dashes(text, at)
    if char in "—－―":
        match = _DASH_RUN.match(text, at)
        return _judged(text, at, match.end(), _dash_kind) if match else None
    if char == "ˍ":
        match = _MACRON_RUN.match(text, at)
        return _judged(text, at, match.end(), _line_kind) if match else None
    if char == "_" and text[at + 1 : at + 2] == "年":
        return _year_underline(text, at)
    if char in "＿_":
        match = _SPACED_RUN.match(text, at)
        return _judged(text, at, match.end(), _line_kind) if match else None
    start, mark = at, text[at]
    while start and text[start - 1] == mark:
        start -= 1
    match = _ELLIPSIS_RUN.match(text, start)
    return _judged(text, start, match.end(), _ellipsis_kind) if match else None


def _judged(
    text: str, start: int, end: int, judge: Callable[[str, int, int], str | None]
) -> tuple[int, int, str] | None:
    kind = judge(text, start, end)
    return None if kind is None else (start, end, kind)


def _short_dashes(text: str, at: int) -> tuple[int, int, str] | None:
    """A Chinese dash's two em dashes left as a blank: alone after a label's colon
    (`报告人：——`, `经办人：—— 日期：`) or standing for a date's figures (`——年——月——日`).
    Elsewhere two em dashes are the dash of a sentence."""
    start = at
    while start and text[start - 1] == "—":
        start -= 1
    end = at
    while end < len(text) and text[end] == "—":
        end += 1
    if end - start != 2:
        return None
    last, after = text[start - 1 : start], text[end : end + 1]
    if after and after in _DATE_UNITS:
        if last and (last.isdigit() or last in LETTERS):
            return None  # `2023——年`? a range's end; `×——日` the letters' rule
        if text[end + 1 : end + 3] == "——" or (last and last in "年月" + _COLONS + _SPACES):
            return start, end, "date"  # `日期：——年——月——日`
        return None  # `——年月日在…会议上`: a subtitle's dash before a date that lost its figures
    if last in _COLONS and (not after or after in "\n" + _SPACES):
        return start, end, "value"
    return None


def _year_underline(text: str, at: int) -> tuple[int, int, str] | None:
    """A year's last figures left as an underline after its first ones: `20_年4月12日`
    (a longer underline is the mask lexer's)."""
    if text[at - 1 : at] == "_" or text[at - 2 : at] not in ("19", "20"):
        return None
    if is_digit(text[at - 3 : at - 2]):
        return None  # `2020_年`: not a year's figures left out
    return at, at + 1, "year"


def _line_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The rest of the line before ``start`` and after ``end``."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    return text[head:start], text[end : len(text) if tail < 0 else tail]


def _value_kind(text: str, end: int) -> str | None:
    """The kind of value whose unit or label follows a blank ending at ``end``."""
    rest = text[end:].lstrip(_SPACES)
    if _LABEL_AFTER.match(rest):
        return "value"
    unit = unit_at(rest, 0)
    return unit.kind if unit is not None and unit.kind in _VALUE_KINDS else None


def _dash_kind(text: str, start: int, end: int) -> str | None:
    """A dash line where a value belongs: after a label's colon (`时间:———`), before the
    label of its value (`———(姓名)`) or a unit (`———年`); never a rule drawn alone on its
    line, a range between figures, a quotation's attribution or a range of masked dates."""
    before, after = _line_of(text, start, end)
    if not before.strip(_SPACES + "—－―") and not after.strip(_SPACES + "—－―"):
        return None  # a rule
    last = before.rstrip(_SPACES)[-1:]
    if is_digit(last) or last in LETTERS:
        return None  # `8月24日———9月6日`, `×月×————×日`: a range
    kind = _value_kind(text, end)
    if kind is not None:
        return kind
    if last and last in _COLONS:
        return "value"  # `时间:———在`
    return None


def _line_kind(text: str, start: int, end: int) -> str | None:
    """A drawn line (`ˍˍˍ`, `＿ ＿ ＿`) inside a line of text, not a rule alone on its line."""
    before, after = _line_of(text, start, end)
    if not before.strip() and not after.strip():
        return None  # a rule, or Markdown's `_ _ _`
    last = before.rstrip(_SPACES)[-1:]
    if last.isascii() and last.isalnum():
        return None  # `a_ _b`: code
    return _value_kind(text, end) or "value"


def _ellipsis_kind(text: str, start: int, end: int) -> str | None:
    """An ellipsis standing for a date's figures: two parts of a date left so (`……年……月`),
    or one after a word that takes a date (`于……年`)."""
    ahead, mark = text[end : end + 5], text[start]
    if ahead[1:2] == mark:
        return "date"  # `……年……月……日`, `...年...月`
    last = text[start - 1 : start]
    if not last or last in "于自至从到在:：\n":
        return "date"
    return "date" if last in "年月" and text[start - 2 : start - 1] == mark else None
