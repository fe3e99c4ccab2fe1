"""Totals and parts in the rows of a table flattened into lines: a total row (`合 计 |
total | 763.23 | 632.90 | 635.06`) and, under a grouping row (`按收获季节分`), the rows
that split it (`春收粮食 | … | 44.55 | …`).

A grouping splits the total in every column, but a flattened table does not show which
rows are indented under others (`稻谷`, then `早稻`, `中稻`, `晚稻`). So the rows of a
group are summed only in a column where all the other columns add up to their totals:
the table shows there that the rows are the whole split. A row above its total counts
wherever its other figures are within theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numerals import ITEMS, Count, Numeral
from ._count_breakdown import Breakdown, Part
from ._count_index import CountIndex

_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_TOTAL_ROW = re.compile("^(?:合计|总计|总数|总量|全部|全市|全县|全省|全区|全州|总)$")
_GROUPING = re.compile("^按.{1,8}分$")
_ROWS = 40


def table_row_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """A breakdown per column of each group of rows under a total row."""
    text = counted.text
    for index in counted.positions("按"):
        line_start = text.rfind("\n", 0, index) + 1
        if text[line_start:index].strip(" |") or "|" not in text[index : index + 12]:
            continue  # not a grouping row's first cell
        first = _cells(text, line_start)[0][1] if _cells(text, line_start) else ""
        if not _GROUPING.match(first.replace(" ", "")):
            continue
        total = _total_row(text, line_start)
        if total is None:
            continue
        rows = _group_rows(text, text.find("\n", index) + 1)
        yield from _columns(total, rows)


def _cells(text: str, start: int) -> list[tuple[int, str, int]]:
    """(offset, text, column) of the filled cells of the line at ``start``."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    cells, offset = [], start
    for column, cell in enumerate(text[start:end].split("|")):
        stripped = cell.strip()
        if stripped:
            cells.append((offset + cell.index(stripped), stripped, column))
        offset += len(cell) + 1
    return cells


def _figures(cells: list[tuple[int, str, int]]) -> dict[int, tuple[int, str]]:
    return {column: (at, cell) for at, cell, column in cells if _NUMBER.fullmatch(cell)}


def _total_row(text: str, grouping: int) -> tuple[str, dict[int, tuple[int, str]]] | None:
    """The total row above a grouping row (past other groups' rows, within the table)."""
    at = grouping
    for _ in range(_ROWS):
        if at == 0:
            return None
        at = text.rfind("\n", 0, at - 1) + 1
        cells = _cells(text, at)
        if not cells or "|" not in text[at : text.find("\n", at)]:
            return None
        name = cells[0][1].replace(" ", "")
        if _TOTAL_ROW.match(name):
            figures = _figures(cells)
            return (name, figures) if len(figures) >= 2 else None
    return None


def _group_rows(text: str, start: int) -> list[tuple[str, dict[int, tuple[int, str]]]]:
    """The rows of a group, up to the next grouping row or the end of the table."""
    rows, at = [], start
    for _ in range(_ROWS):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if at >= len(text) or "|" not in text[at:end]:
            break
        cells = _cells(text, at)
        if not cells or _GROUPING.match(cells[0][1].replace(" ", "")):
            break
        figures = _figures(cells)
        if figures:
            rows.append((cells[0][1].lstrip("#＃ "), figures))
        at = end + 1
    return rows


def _columns(
    total: tuple[str, dict[int, tuple[int, str]]],
    rows: list[tuple[str, dict[int, tuple[int, str]]]],
) -> Iterator[Breakdown]:
    name, totals = total
    columns = [c for c in totals if all(c in figures for _, figures in rows)]
    if len(rows) < 2 or len(columns) < 2:
        return
    adds_up = {c: _adds_up(totals[c], [figures[c] for _, figures in rows]) for c in columns}
    for column in columns:
        others = [c for c in columns if c != column]
        whole = _count(*totals[column])
        parts = [Part(_count(*figures[column]), label) for label, figures in rows]
        within = [
            all(float(figures[c][1]) <= float(totals[c][1]) for c in others) for _, figures in rows
        ]
        kept = tuple(part for part, ok in zip(parts, within, strict=True) if ok)
        exhaustive = all(adds_up[c] for c in others)
        if kept:
            yield Breakdown(
                whole,
                name,
                kept if not exhaustive else tuple(parts),
                exhaustive=exhaustive,
                summable=False,
            )


def _adds_up(total: tuple[int, str], cells: list[tuple[int, str]]) -> bool:
    steps = [_step(cell) for _, cell in (total, *cells)]
    value = sum(float(cell) for _, cell in cells)
    return abs(value - float(total[1])) <= sum(steps) / 2 + 1e-9


def _step(cell: str) -> float:
    decimals = len(cell.partition(".")[2])
    return 10.0**-decimals if decimals else 0.0


def _count(at: int, cell: str) -> Count:
    """A table cell read as a count: its figure, rounded to its last written digit."""
    value = float(cell)
    numeral = Numeral(value, value, False, _step(cell))
    return Count(at, at + len(cell), at + len(cell), numeral, "", ITEMS, cell)
