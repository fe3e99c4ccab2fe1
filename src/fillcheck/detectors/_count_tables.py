"""Totals and parts in tables flattened into lines (`医疗机构 | 64 | 4399 | 4165 | 1419 |`).

A statistics table states its parts under a header `其中` after the column of the
total (`总数 | 其中`, then `西医 | 中医 | 护理` on the next header line). When that `其中`
is the last group of columns, the last cells of every row are parts of the cell before
them: none may exceed it, and together they may not exceed it either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numerals import ITEMS, Count, Numeral
from ._count_breakdown import Breakdown, Part
from ._count_index import CountIndex

_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_TOTAL_HEADERS = frozenset(("总数", "合计", "总计", "小计", "總數", "合計", "總計"))
# Column names of groups that overlap (`女`, `少数民族`, `大专以上`): only each on its own
# is measured against the total.
_OVERLAPPING = re.compile("女|民族|学历|大专|本科|以上|以下|岁|党员|新|#|＃")
_HEADER_LINES = 4  # header lines read after the `其中` line
_ROWS = 40  # data rows read under one header


def table_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """A breakdown for every data row of a table whose last column group is `其中`."""
    text = counted.text
    for index in counted.positions("其中"):
        if text[index + 2 : index + 4].lstrip(" :：")[:1] not in ("|", ""):
            continue  # not a table cell
        line_start = text.rfind("\n", 0, index) + 1
        line_end = _line_end(text, index)
        cells = [c.strip() for c in text[line_start:line_end].split("|")]
        filled = [c for c in cells if c]
        if len(filled) < 2 or filled[-1] not in ("其中", "其中:", "其中："):
            continue
        if filled[-2] not in _TOTAL_HEADERS:
            continue
        yield from _rows(text, line_end + 1)


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _rows(text: str, start: int) -> Iterator[Breakdown]:
    """The rows under a `总数 | 其中` header line starting at ``start``."""
    names: list[str] = []
    at = start
    for _ in range(_HEADER_LINES):
        end = _line_end(text, at)
        cells = [c.strip() for c in text[at:end].split("|") if c.strip()]
        if not cells or any(_NUMBER.fullmatch(c) for c in cells):
            break
        names = cells
        at = end + 1
    if len(names) < 2:
        return
    for _ in range(_ROWS):
        if at >= len(text):
            return
        end = _line_end(text, at)
        breakdown = _row(text, at, end, names)
        if breakdown is False:
            return
        if breakdown is not None:
            yield breakdown
        at = end + 1


def _row(text: str, start: int, end: int, names: list[str]) -> Breakdown | bool | None:
    """The breakdown of one row, None for a row that has too few figures, False when the
    table has ended (a line without `|`)."""
    line = text[start:end]
    if "|" not in line:
        return False
    cells: list[tuple[int, str]] = []
    offset = start
    for cell in line.split("|"):
        stripped = cell.strip()
        if stripped:
            cells.append((offset + cell.index(stripped), stripped))
        offset += len(cell) + 1
    figures = [(at, cell) for at, cell in cells if _NUMBER.fullmatch(cell)]
    if len(figures) < len(names) + 1 or len(figures) != len(cells) - 1:
        return None
    total_at, total_text = figures[-len(names) - 1]
    total = _cell_count(total_at, total_text)
    parts = [
        Part(_cell_count(at, cell), name)
        for (at, cell), name in zip(figures[-len(names) :], names, strict=True)
    ]
    label = cells[0][1].lstrip("#＃ ")
    disjoint = not any(_OVERLAPPING.search(name) for name in names)
    return Breakdown(total, label, tuple(parts), disjoint=disjoint)


def _cell_count(at: int, cell: str) -> Count:
    """A table cell read as a count: its figure, rounded to its last written digit."""
    decimals = len(cell.partition(".")[2])
    value = float(cell)
    step = 10.0**-decimals if decimals else 0.0
    numeral = Numeral(value, value, False, step)
    return Count(at, at + len(cell), at + len(cell), numeral, "", ITEMS, cell)
