"""``--format sarif``: one SARIF 2.1.0 log, for GitHub code scanning and SARIF viewers.

The log has one run. ``tool.driver.rules`` describes every rule that produced
a result, ordered by code (as ruff does), and each result points into it with
``ruleIndex``. Paths are URIs relative to ``%SRCROOT%``, the working
directory, which ``originalUriBaseIds`` resolves; a file outside it gets an
absolute ``file:`` URI. Columns count code points (``columnKind``
``unicodeCodePoints``), or UTF-16 code units with ``--column-unit utf16``;
SARIF has no byte or display unit, so those fall back to code points.
``partialFingerprints`` carries fillcheck's own fingerprint, which survives
edits elsewhere in the file.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..document import Document
from ..finding import Finding
from ..fingerprint import normal_path, unique_fingerprints
from . import TOOL_NAME, Formatter, home_page

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
COLUMN_KINDS = {"utf16": "utf16CodeUnits"}  # every other unit is written as code points
BASE_ID = "%SRCROOT%"
FINGERPRINT_KEY = "fillcheck/v1"


def artifact_location(path: str) -> dict[str, str]:
    """The artifactLocation of ``path``: relative to %SRCROOT% when it lies below it."""
    path = normal_path(path)
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path, safe="/"), "uriBaseId": BASE_ID}


def base_uri() -> str:
    """The ``file:`` URI of the working directory, ending in a slash as SARIF requires."""
    uri = Path.cwd().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _section(doc: str, heading: str) -> str | None:
    """The text of the ``## heading`` section of a rule's documentation, if it has one."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", doc, re.M | re.S)
    return match.group(1).strip() if match else None


def rule_descriptor(code: str, fallback: Finding) -> dict[str, object]:
    """The reportingDescriptor of rule ``code``, from the registry when it is registered."""
    from ..registry import get_rule

    try:
        rule = get_rule(code)
    except KeyError:  # a finding built outside the registry: describe it from itself
        return {
            "id": code,
            "name": fallback.name,
            "shortDescription": {"text": fallback.name},
            "defaultConfiguration": {"level": LEVELS.get(fallback.severity, "warning")},
            "properties": {"tags": [fallback.category]},
        }
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": _section(rule.doc, "What it does") or rule.summary},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"tags": [rule.category.value]},
    }


class SarifFormatter(Formatter):
    """Collects results file by file and writes the SARIF log at the end."""

    def __init__(self, stream, **settings) -> None:
        super().__init__(stream, **settings)
        self.unit = "utf16" if self.column_unit == "utf16" else "char"
        self.results: list[dict[str, object]] = []
        self.rules: dict[str, Finding] = {}  # code -> first finding of that rule

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Turn the findings of one file into SARIF results."""
        fingerprints = unique_fingerprints(findings, doc)
        for finding, fingerprint in zip(findings, fingerprints, strict=True):
            self.rules.setdefault(finding.rule, finding)
            self.results.append(self._result(finding, doc, fingerprint))

    def _result(self, finding: Finding, doc: Document, fingerprint: str) -> dict[str, object]:
        start, end = self.columns(finding, doc, self.unit)
        region = {
            "startLine": finding.line,
            "startColumn": start,
            "endLine": finding.end_line,
            "endColumn": end,
            "snippet": {"text": finding.text},
        }
        location = {"artifactLocation": artifact_location(finding.path), "region": region}
        return {
            "ruleId": finding.rule,
            "ruleIndex": -1,  # set in end(), once every rule is known
            "level": LEVELS.get(finding.severity, "warning"),
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": location}],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        }

    def end(self) -> None:
        """Write the log."""
        codes = sorted(self.rules)
        index = {code: i for i, code in enumerate(codes)}
        for result in self.results:
            result["ruleIndex"] = index[result["ruleId"]]
        driver: dict[str, object] = {"name": TOOL_NAME, "version": __version__}
        url = home_page()
        if url:
            driver["informationUri"] = url
        driver["rules"] = [rule_descriptor(code, self.rules[code]) for code in codes]
        run = {
            "tool": {"driver": driver},
            "originalUriBaseIds": {BASE_ID: {"uri": base_uri()}},
            "columnKind": COLUMN_KINDS.get(self.unit, "unicodeCodePoints"),
            "results": self.results,
        }
        log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        json.dump(log, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


FORMATTER = SarifFormatter
