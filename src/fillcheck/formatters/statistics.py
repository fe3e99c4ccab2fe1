"""``--statistics`` (also ``--format statistics``): a table of findings per rule.

Rows are rule code, name and count, most frequent first (ties by code), then
a total line; a run without findings prints ``no findings``.
"""

from __future__ import annotations

from collections import Counter

from ..document import Document
from ..finding import Finding
from . import Formatter


class StatisticsFormatter(Formatter):
    """Counts findings per rule and writes the table at the end."""

    def __init__(self, stream, **settings) -> None:
        super().__init__(stream, **settings)
        self.counts: Counter[str] = Counter()
        self.names: dict[str, str] = {}

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Count the findings of one file."""
        for finding in findings:
            self.counts[finding.rule] += 1
            self.names.setdefault(finding.rule, finding.name)

    def rows(self) -> list[tuple[str, str, int]]:
        """(code, name, count) per rule, by count descending, then code."""
        ordered = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return [(code, self.names[code], count) for code, count in ordered]

    def end(self) -> None:
        """Write the table, or ``no findings``."""
        if not self.counts:
            self.stream.write("no findings\n")
            return
        from tabulate import SEPARATING_LINE, tabulate

        rows: list[object] = [*self.rows(), SEPARATING_LINE, ("total", "", self.counts.total())]
        self.stream.write(tabulate(rows, headers=["code", "name", "count"]) + "\n")


FORMATTER = StatisticsFormatter
