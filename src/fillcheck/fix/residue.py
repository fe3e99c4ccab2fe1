"""Fixers for FC201-FC210: paywall markers and the residue of document-sharing sites.

* A line that holds nothing but markers and residue (with white space and
  punctuation around them) is deleted whole, newline included: safe.
* A paywall marker inside other text (FC201-FC203) is deleted: safe; the
  marker is never part of the document's words.
* A residue phrase inside a sentence (FC204-FC210) is deleted: unsafe, since
  the words around it may belong to the sentence and need rewording.
"""

from __future__ import annotations

import unicodedata

from ..finding import Finding
from . import Edit, Fix, FixContext, register_fixer

MARKERS = ("FC201", "FC202", "FC203")
RESIDUE = ("FC204", "FC205", "FC206", "FC207", "FC208", "FC209", "FC210")


def _filler(char: str) -> bool:
    """White space, punctuation and symbols: what may stand beside residue on its line."""
    return char.isspace() or unicodedata.category(char)[0] in "PZS"


def _residue_lines(context: FixContext) -> frozenset[int]:
    """The lines made of nothing but FC2 findings, white space and punctuation."""

    def compute() -> frozenset[int]:
        spans: dict[int, list[tuple[int, int]]] = {}
        for finding in context.findings:
            if finding.rule in MARKERS or finding.rule in RESIDUE:
                spans.setdefault(finding.line, []).append(context.span(finding))
        lines = set()
        for line, found in spans.items():
            start, end = context.line_span(line)
            left = list(context.text[start:end])
            for first, last in found:
                left[first - start : last - start] = [" "] * (last - first)
            if all(_filler(char) for char in left):
                lines.add(line)
        return frozenset(lines)

    return context.memo("fc2-residue-lines", compute)  # type: ignore[return-value]


def _fix(context: FixContext, finding: Finding, what: str, *, safe: bool) -> Fix | None:
    from ..messages import t

    start, end = context.span(finding)
    if context.text[start:end] != finding.text:  # the text is not what was audited
        return None
    if finding.line == finding.end_line and finding.line in _residue_lines(context):
        line_start, line_end = context.line_span(finding.line)
        title = t(f"fix-delete-{what}-line")
        return Fix.of(finding, title, [Edit(line_start, line_end)], safe=True)
    return Fix.of(finding, t(f"fix-delete-{what}"), [Edit(start, end)], safe=safe)


@register_fixer(*MARKERS)
def delete_marker(context: FixContext, finding: Finding) -> Fix | None:
    """Delete a paywall marker (its whole line when the line holds nothing else)."""
    return _fix(context, finding, "marker", safe=True)


@register_fixer(*RESIDUE)
def delete_residue(context: FixContext, finding: Finding) -> Fix | None:
    """Delete a residue line (safe) or a residue phrase inside a sentence (unsafe)."""
    return _fix(context, finding, "residue", safe=False)
