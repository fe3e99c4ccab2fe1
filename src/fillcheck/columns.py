"""Column units: turn fillcheck's character columns into what other tools count.

A :class:`~fillcheck.finding.Finding` counts columns in characters (code
points), 1-based. Editors and CI tools disagree on the unit:

- ``char``: code points; ruff, SARIF's ``unicodeCodePoints``, Emacs with
  ``compilation-error-screen-columns`` set to nil.
- ``byte``: UTF-8 bytes; Vim and Neovim quickfix (``%c``), reviewdog rdjson.
- ``utf16``: UTF-16 code units; VS Code problem matchers, LSP's default
  position encoding, SARIF's ``utf16CodeUnits``.
- ``display``: screen columns; Emacs compilation-mode with its default
  settings, GCC's default ``-fdiagnostics-column-unit``.

On ``中文中文中文XX名`` the ``XX`` starts at char 7, byte 19, UTF-16 unit 7
and display column 13; ``𠀀`` (U+20000) is 1 char, 4 bytes, 2 UTF-16 units.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from .document import Document
from .finding import Finding

UNITS = ("char", "byte", "utf16", "display")
TAB_STOP = 8  # display columns between tab stops (Emacs' tab-width, GCC's -ftabstop)


def check_unit(unit: str) -> str:
    """Return ``unit`` if it is a known column unit; ValueError naming the choices if not."""
    if unit not in UNITS:
        from .messages import unknown

        raise ValueError(unknown("column-unit", unit, UNITS))
    return unit


def _char_width(char: str) -> int:
    """Screen width of one character other than a tab: 2 for wide CJK, 0 for marks."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 2
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 1


def _display_width(text: str, start: int = 0) -> int:
    """Screen columns ``text`` takes when it starts at screen column ``start`` (0-based)."""
    if text.isascii() and "\t" not in text:
        return len(text)
    position = start
    for char in text:
        if char == "\t":
            position += TAB_STOP - position % TAB_STOP
        else:
            position += _char_width(char)
    return position - start


def width(text: str, unit: str) -> int:
    """How many ``unit`` columns ``text`` spans when it starts a line."""
    if unit == "char":
        return len(text)
    if unit == "byte":
        return len(text.encode("utf-8", "surrogatepass"))
    if unit == "utf16":
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    if unit == "display":
        return _display_width(text)
    raise ValueError(f"unknown column unit {unit!r}")


def convert_column(line_text: str, column: int, unit: str) -> int:
    """The 1-based ``unit`` column of 1-based character ``column`` on a line.

    A column past the end of the line (the newline, or the start of the next
    line for an end column) counts one unit per character beyond the text.
    """
    prefix = line_text[: column - 1]
    beyond = max(0, column - 1 - len(line_text))
    return 1 + width(prefix, unit) + beyond


def byte_column(line_text: str, column: int) -> int:
    """The 1-based UTF-8 byte column of 1-based character ``column``."""
    return convert_column(line_text, column, "byte")


def utf16_column(line_text: str, column: int) -> int:
    """The 1-based UTF-16 code-unit column of 1-based character ``column``."""
    return convert_column(line_text, column, "utf16")


class ColumnConverter:
    """Converts the columns of one Document's findings into ``unit``.

    Findings arrive sorted by position, and a scraped page can be a single
    line of a megabyte with thousands of findings on it; so the converter
    remembers, per line, the unit count at each column it has converted and
    measures only the text between the nearest such column and the next.
    """

    def __init__(self, doc: Document, unit: str) -> None:
        self.doc = doc
        self.unit = check_unit(unit)
        self._line = 0
        self._text = ""
        self._columns: list[int] = [1]
        self._units: list[int] = [1]

    def column(self, line: int, column: int) -> int:
        """The 1-based ``unit`` column of 1-based character ``column`` on ``line``."""
        if self.unit == "char":
            return column
        if line != self._line:
            self._line, self._text = line, self.doc.line_text(line)
            self._columns, self._units = [1], [1]
        text = self._text
        index = bisect_right(self._columns, column) - 1
        known, units = self._columns[index], self._units[index]
        inside = min(column, len(text) + 1)
        if inside > known:
            piece = text[known - 1 : inside - 1]
            if self.unit == "display":
                units += _display_width(piece, units - 1)
            else:
                units += width(piece, self.unit)
            self._columns.insert(index + 1, inside)
            self._units.insert(index + 1, units)
        return units + max(0, column - inside)

    def span(self, finding: Finding) -> tuple[int, int]:
        """The finding's start and (exclusive) end column in ``unit``."""
        if self.unit == "char":
            return finding.column, finding.end_column
        start = self.column(finding.line, finding.column)
        return start, self.column(finding.end_line, finding.end_column)


def display_width(text: str) -> int:
    """Screen columns ``text`` takes at the start of a line (wide CJK characters count 2)."""
    return _display_width(text)


def display_table(headers: list[str], rows: list[tuple[object, ...] | None]) -> str:
    """A plain table aligned in screen columns, laid out as tabulate's ``simple`` format.

    ``None`` in ``rows`` is a separating line. Integer columns are right-aligned.
    Unlike tabulate without ``wcwidth``, Chinese headers and cells line up.
    """
    body = [row for row in rows if row is not None]
    numeric = [bool(body) and all(isinstance(row[i], int) for row in body)
               for i in range(len(headers))]  # fmt: skip
    widths = [
        max([_display_width(h) + 2, *(_display_width(str(row[i])) for row in body)])
        for i, h in enumerate(headers)
    ]

    def line(cells: tuple[object, ...] | list[str]) -> str:
        out = []
        for cell, size, right in zip(cells, widths, numeric, strict=True):
            text = str(cell)
            pad = " " * (size - _display_width(text))
            out.append(pad + text if right else text + pad)
        return "  ".join(out).rstrip()

    rule = "  ".join("-" * size for size in widths)
    return "\n".join([line(headers), rule, *(rule if r is None else line(r) for r in rows)])
