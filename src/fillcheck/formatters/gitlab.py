"""``--format gitlab``: a GitLab Code Quality report (a JSON array), for merge-request widgets.

Each finding is ``{description, check_name, fingerprint, severity, location:
{path, lines: {begin, end}}}``. Severities map error → ``major``, warning →
``minor``, info → ``info``. The path is relative to the working directory
(the repository root in a pipeline). Fingerprints are fillcheck's own, made
unique within the report as GitLab requires.
"""

from __future__ import annotations

import json

from ..document import Document
from ..finding import Finding
from ..fingerprint import normal_path, unique_fingerprints
from . import Formatter, last_line

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def issue(finding: Finding, fingerprint: str) -> dict[str, object]:
    """The Code Quality issue for one finding."""
    return {
        "description": f"{finding.rule} {finding.message}",
        "check_name": finding.rule,
        "fingerprint": fingerprint,
        "severity": SEVERITIES.get(finding.severity, "minor"),
        "location": {
            "path": normal_path(finding.path),
            "lines": {"begin": finding.line, "end": last_line(finding)},
        },
    }


class GitlabFormatter(Formatter):
    """Collects every finding and writes the report at the end."""

    def __init__(self, stream, **settings) -> None:
        super().__init__(stream, **settings)
        self.issues: list[dict[str, object]] = []

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Collect the findings of one file."""
        fingerprints = unique_fingerprints(findings, doc)
        self.issues.extend(map(issue, findings, fingerprints))

    def end(self) -> None:
        """Write the array."""
        json.dump(self.issues, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


FORMATTER = GitlabFormatter
