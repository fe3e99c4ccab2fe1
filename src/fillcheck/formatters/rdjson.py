"""``--format rdjson``: reviewdog's Diagnostic Format (one ``DiagnosticResult`` JSON object).

``reviewdog -f=rdjson`` turns it into review comments. Each diagnostic has a
message, a location (path and a range whose end is exclusive), a severity
(``ERROR``, ``WARNING``, ``INFO``) and the rule code. Columns are UTF-8 bytes,
1-based, as the format's specification (``reviewdog.proto``) requires,
whatever ``--column-unit`` says.

rdjson ``suggestions`` are replacement texts that reviewdog offers to apply;
a fillcheck suggestion is advice ("fill in the blank"), not a replacement, so
it is added to the message on a second line instead.
"""

from __future__ import annotations

import json

from ..document import Document
from ..finding import Finding
from ..fingerprint import normal_path
from . import TOOL_NAME, Formatter, home_page

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def diagnostic(finding: Finding, columns: tuple[int, int]) -> dict[str, object]:
    """The rdjson Diagnostic of one finding, its columns already in bytes."""
    message = finding.message
    if finding.suggestion:
        message += f"\n{finding.suggestion}"
    start = {"line": finding.line, "column": columns[0]}
    end = {"line": finding.end_line, "column": columns[1]}
    return {
        "message": message,
        "location": {"path": normal_path(finding.path), "range": {"start": start, "end": end}},
        "severity": SEVERITIES.get(finding.severity, "WARNING"),
        "code": {"value": finding.rule},
    }


class RdjsonFormatter(Formatter):
    """Collects every diagnostic and writes the result object at the end."""

    def __init__(self, stream, **settings) -> None:
        super().__init__(stream, **settings)
        self.diagnostics: list[dict[str, object]] = []

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Collect the findings of one file."""
        for finding in findings:
            self.diagnostics.append(diagnostic(finding, self.columns(finding, doc, "byte")))

    def end(self) -> None:
        """Write the DiagnosticResult."""
        source: dict[str, str] = {"name": TOOL_NAME}
        url = home_page()
        if url:
            source["url"] = url
        result = {"source": source, "diagnostics": self.diagnostics}
        json.dump(result, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


FORMATTER = RdjsonFormatter
