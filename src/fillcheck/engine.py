"""Run the selected detectors over a Document and turn their spans into Findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .document import Document
from .finding import Finding, Severity
from .registry import Rule


def audit_document(
    doc: Document,
    rules: Sequence[Rule],
    *,
    min_severity: Severity = Severity.INFO,
) -> list[Finding]:
    """Return the sorted, de-duplicated findings of ``rules`` on ``doc``."""
    findings: set[Finding] = set()
    text = doc.text
    for rule in rules:
        if rule.severity.rank < min_severity.rank:
            continue
        for hit in rule.check(doc):
            findings.add(_to_finding(doc, rule, hit, text))
    return sorted(findings)


def _to_finding(doc: Document, rule: Rule, hit, text: str) -> Finding:
    if not 0 <= hit.start < hit.end <= len(text):
        raise ValueError(f"{rule.code} produced an invalid span {hit.start}..{hit.end}")
    line, column = doc.position(hit.start)
    end_line, end_column = doc.position(hit.end)
    return Finding(
        path=doc.source,
        line=line,
        column=column,
        rule=rule.code,
        end_line=end_line,
        end_column=end_column,
        name=rule.name,
        category=rule.category.value,
        severity=rule.severity.value,
        text=text[hit.start : hit.end],
        message=hit.message,
        suggestion=hit.suggestion,
    )


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    """Count findings per severity name, with every severity present."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    return counts
