"""``--format grouped``: findings under the name of their file, for people to read.

::

    docs/a.txt:
      1:7  error    FC102 `XX名`: the number of people was never filled in [`XX`]
      2:6  warning  FC103 `某单位`: the name of the 单位 was never filled in [`某`]

    docs/b.md:
      5:1  error  FC201 paywall marker `##paidend##` left in the text [`##paidend##`]

Positions and severities are padded to line up within a file; a blank line
separates files, and files without findings are left out. Columns follow
``--column-unit``.
"""

from __future__ import annotations

from ..document import Document
from ..finding import Finding
from . import Formatter
from .text import one_line, path_line

INDENT = "  "


class GroupedFormatter(Formatter):
    """Writes each file's block as soon as the file is done."""

    def __init__(self, stream, **settings) -> None:
        super().__init__(stream, **settings)
        self.blocks = 0

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Write the block of one file, if it has findings."""
        if not findings:
            return
        positions = [f"{f.line}:{self.columns(f, doc)[0]}" for f in findings]
        place = max(map(len, positions))
        level = max(len(f.severity) for f in findings)
        lines = [f"{path_line(findings[0].path)}:"]
        for finding, position in zip(findings, positions, strict=True):
            lines.append(
                f"{INDENT}{position:<{place}}  {finding.severity:<{level}}  {finding.rule} "
                f"{one_line(finding.message)} [`{one_line(finding.text)}`]"
            )
        if self.blocks:
            self.stream.write("\n")
        self.stream.write("\n".join(lines) + "\n")
        self.blocks += 1


FORMATTER = GroupedFormatter
