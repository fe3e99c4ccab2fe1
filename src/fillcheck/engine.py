"""Run the selected detectors over a Document and turn their spans into Findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .document import Document
from .finding import Finding, Hit, Severity
from .registry import Rule


def audit_document(
    doc: Document,
    rules: Sequence[Rule],
    *,
    min_severity: Severity = Severity.INFO,
) -> list[Finding]:
    """Return the findings of ``rules`` on ``doc``, sorted by position then rule code.

    Hits are sorted as plain (start, code, end) tuples before any Finding is
    built: comparing dataclasses field by field is several times slower, and a
    scraped corpus can hold a finding every few hundred characters.
    """
    hits: dict[tuple[int, str, int], tuple[Rule, Hit]] = {}
    for rule in rules:
        if rule.severity.rank < min_severity.rank:
            continue
        for hit in rule.check(doc):
            hits.setdefault((hit.start, rule.code, hit.end), (rule, hit))
    text = doc.text
    return [_to_finding(doc, rule, hit, text) for _, (rule, hit) in sorted(hits.items())]


def _to_finding(doc: Document, rule: Rule, hit: Hit, text: str) -> Finding:
    if not 0 <= hit.start < hit.end <= len(text):
        raise ValueError(f"{rule.code} produced an invalid span {hit.start}..{hit.end}")
    line, column = doc.position(hit.start)
    span = text[hit.start : hit.end]
    if "\n" in span:
        end_line, end_column = doc.position(hit.end)
    else:  # the usual case: one bisect instead of two
        end_line, end_column = line, column + len(span)
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
        text=span,
        message=hit.message,
        suggestion=hit.suggestion,
    )


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    """Count findings per severity name, with every severity present."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    return counts
