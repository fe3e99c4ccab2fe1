"""The default format: one GNU-style line per finding.

``path:line:column: severity CODE message [`text`]`` is parsed with no set-up
by Vim's default errorformat (``%f:%l:%c:%m``), Emacs compilation-mode and
VS Code's ``$go`` problem matcher. Columns count characters unless
``column_unit`` says otherwise (``byte`` for Vim, ``utf16`` for VS Code,
``display`` for Emacs' default screen columns); only the start column is shown.
"""

from __future__ import annotations

from ..document import Document
from ..finding import Finding
from . import Formatter


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


def render(finding: Finding, column: int | None = None) -> str:
    """The text line for one finding, its column given in the chosen unit (default: chars)."""
    column = finding.column if column is None else column
    return (
        f"{path_line(finding.path)}:{finding.line}:{column}: {finding.severity} {finding.rule} "
        f"{one_line(finding.message)} [`{one_line(finding.text)}`]"
    )


class TextFormatter(Formatter):
    """Writes one line per finding as soon as a file is done."""

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Write the findings of one file."""
        write, chunk = self.stream.write, 4096  # bounded memory for files with many findings
        for start in range(0, len(findings), chunk):
            part = findings[start : start + chunk]
            write("".join(f"{render(f, self.columns(f, doc)[0])}\n" for f in part))


FORMATTER = TextFormatter
