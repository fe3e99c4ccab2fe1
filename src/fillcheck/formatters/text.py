"""The default format: one GNU-style line per finding.

``path:line:column: severity CODE message [`text`]`` is parsed with no set-up
by Vim's default errorformat (``%f:%l:%c:%m``), Emacs compilation-mode and
VS Code's ``$go`` problem matcher. Columns count characters.
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


def render(finding: Finding) -> str:
    """The text line for one finding."""
    return (
        f"{finding.path}:{finding.line}:{finding.column}: {finding.severity} {finding.rule} "
        f"{one_line(finding.message)} [`{one_line(finding.text)}`]"
    )


class TextFormatter(Formatter):
    """Writes one line per finding as soon as a file is done."""

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Write the findings of one file."""
        if findings:
            self.stream.write("\n".join(map(render, findings)) + "\n")


FORMATTER = TextFormatter
