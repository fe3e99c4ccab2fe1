"""The default format: one GNU-style line per finding, optionally with its source.

``path:line:column: severity CODE message [`text`]`` is parsed with no set-up
by Vim's default errorformat (``%f:%l:%c:%m``), Emacs compilation-mode and
VS Code's ``$go`` problem matcher. Columns count characters unless
``column_unit`` says otherwise (``byte`` for Vim, ``utf16`` for VS Code,
``display`` for Emacs' default screen columns); only the start column is shown.

``show_source`` adds the line under each finding, cut to a window around the
finding when it is long, and a caret line under the finding measured in screen
columns (a Chinese character takes two). ``color`` colours the severity, the
code and the finding's text with ANSI escapes; the CLI turns it on for terminals.
"""

from __future__ import annotations

import unicodedata

from ..columns import display_width
from ..document import Document
from ..finding import Finding
from ..terminal import BLUE, BOLD, MAGENTA, SEVERITY_COLORS, paint
from . import Formatter

# Screen columns of context shown on each side of a finding on a long line.
CONTEXT = 20
ELLIPSIS = "…"


def one_line(value: str) -> str:
    """Make ``value`` safe for a one-line record: escape newlines and carriage returns."""
    if "\n" not in value and "\r" not in value and "\\" not in value:
        return value
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def path_line(path: str) -> str:
    """``path`` safe for a one-line record: newlines escaped, backslashes (Windows) kept."""
    if "\n" not in path and "\r" not in path:
        return path
    return path.replace("\n", "\\n").replace("\r", "\\r")


def render(finding: Finding, column: int | None = None, color: bool = False) -> str:
    """The text line for one finding, its column given in the chosen unit (default: chars)."""
    column = finding.column if column is None else column
    if not color:
        return (
            f"{path_line(finding.path)}:{finding.line}:{column}: {finding.severity} "
            f"{finding.rule} {one_line(finding.message)} [`{one_line(finding.text)}`]"
        )
    severity = paint(finding.severity, SEVERITY_COLORS.get(finding.severity, BOLD), True)
    return (
        f"{paint(path_line(finding.path), BOLD, True)}:{finding.line}:{column}: {severity} "
        f"{paint(finding.rule, BOLD, True)} {one_line(finding.message)} "
        f"[`{paint(one_line(finding.text), MAGENTA, True)}`]"
    )


def _visible(text: str) -> str:
    """``text`` with tabs and control characters shown as one space each."""
    if text.isprintable():
        return text
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)


def _take(text: str, budget: int, from_end: bool = False) -> tuple[str, bool]:
    """The longest end (or start) of ``text`` that fits ``budget`` columns, and whether cut."""
    if display_width(text) <= budget:
        return text, False
    chars = reversed(text) if from_end else iter(text)
    kept, used = [], 1  # one column for the ellipsis
    for char in chars:
        used += display_width(char)
        if used > budget:
            break
        kept.append(char)
    return ("".join(reversed(kept)) if from_end else "".join(kept)), True


def source_window(line_text: str, start: int, end: int) -> tuple[str, str]:
    """The (line, carets) shown under a finding at characters ``start:end`` of a line.

    A long line keeps about ``CONTEXT`` screen columns on each side of the
    finding, with ``…`` where it was cut; the carets are measured in screen
    columns, so they stand under a Chinese finding however wide its characters.
    """
    text = _visible(line_text.rstrip("\r"))
    end = max(min(end, len(text)), start + 1)
    before, span, after = text[:start], text[start:end], text[end:]
    span, span_cut = _take(span, 2 * CONTEXT)
    left_budget = CONTEXT + max(0, CONTEXT - display_width(after))
    right_budget = CONTEXT + max(0, CONTEXT - display_width(before))
    before, left_cut = _take(before, left_budget, from_end=True)
    after, right_cut = _take(after, right_budget)
    before = (ELLIPSIS if left_cut else "") + before
    shown_after = ELLIPSIS if span_cut else (ELLIPSIS if right_cut else "")
    line = before + span + ("" if span_cut else after.rstrip()) + shown_after
    carets = " " * display_width(before) + "^" * max(1, display_width(span))
    return line, carets


class TextFormatter(Formatter):
    """Writes one line per finding (and its source, if asked) as soon as a file is done."""

    def __init__(self, stream, *, show_source: bool = False, color: bool = False, **settings):
        super().__init__(stream, **settings)
        self.show_source = show_source
        self.color = color

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Write the findings of one file."""
        if self.show_source or self.color:
            self.stream.write("".join(self._block(f, doc) for f in findings))
            return
        write, chunk = self.stream.write, 4096  # bounded memory for files with many findings
        for start in range(0, len(findings), chunk):
            part = findings[start : start + chunk]
            write("".join(f"{render(f, self.columns(f, doc)[0])}\n" for f in part))

    def _block(self, finding: Finding, doc: Document) -> str:
        head = render(finding, self.columns(finding, doc)[0], self.color) + "\n"
        if not self.show_source:
            return head
        text = doc.line_text(finding.line)
        end = finding.end_column - 1 if finding.end_line == finding.line else len(text)
        line, carets = source_window(text, finding.column - 1, end)
        gutter = " " * len(str(finding.line))
        style = SEVERITY_COLORS.get(finding.severity, BOLD)
        bar = paint("|", BLUE, self.color)
        return (
            f"{head}{paint(str(finding.line), BLUE, self.color)} {bar} {line}\n"
            f"{gutter} {bar} {paint(carets, style, self.color)}\n\n"
        )


FORMATTER = TextFormatter
