"""``--statistics`` (also ``--format statistics``): a table of findings per rule.

Rows are rule code, name and count, most frequent first (ties by code), then
a total line; a run without findings prints ``no findings``. With ``as_json``
(``--statistics --format json``) the same rows are a JSON array of
``{"code", "name", "count"}`` objects (``[]`` without findings), as in ruff.
"""

from __future__ import annotations

from collections import Counter

from ..columns import display_table
from ..document import Document
from ..finding import Finding
from ..messages import t
from . import Formatter


class StatisticsFormatter(Formatter):
    """Counts findings per rule and writes the table at the end."""

    def __init__(self, stream, *, as_json: bool = False, **settings) -> None:
        super().__init__(stream, **settings)
        self.as_json = as_json
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
        """Write the table, or ``no findings``; or the JSON array."""
        if self.as_json:
            import json

            rows = [{"code": code, "name": name, "count": n} for code, name, n in self.rows()]
            self.stream.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        if not self.counts:
            self.stream.write(t("no-findings") + "\n")
            return
        rows: list[tuple[object, ...] | None] = [*self.rows(), None]
        rows.append((t("total"), "", self.counts.total()))
        headers = [t("header-code"), t("header-name"), t("header-count")]
        self.stream.write(display_table(headers, rows) + "\n")


FORMATTER = StatisticsFormatter
