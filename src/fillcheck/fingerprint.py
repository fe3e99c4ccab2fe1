"""Stable identities for findings, shared by the baseline and the SARIF and GitLab formats.

A fingerprint hashes the rule, the file's path, the matched text and up to
:data:`CONTEXT` characters either side of it on the same line. It never uses
the line or column, so inserting or deleting lines elsewhere in a document
leaves every other finding's fingerprint unchanged.
"""

from __future__ import annotations

import hashlib
import os

from .document import Document
from .finding import Finding

CONTEXT = 16


def normal_path(path: str) -> str:
    """``path`` as a fingerprint sees it: relative to the working directory if below it,
    normalised, with forward slashes."""
    if os.path.isabs(path):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            path = relative
    return os.path.normpath(path).replace(os.sep, "/")


def context(finding: Finding, doc: Document) -> tuple[str, str]:
    """The text before and after the finding on its own line, at most CONTEXT characters."""
    start = doc.offset(finding.line, finding.column)
    end = start + len(finding.text)
    text = doc.text
    line_start = doc.line_starts[finding.line - 1]
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    return text[max(line_start, start - CONTEXT) : start], text[end : min(line_end, end + CONTEXT)]


def fingerprint(finding: Finding, doc: Document) -> str:
    """A 32-hex-digit identity of ``finding`` that survives edits elsewhere in ``doc``."""
    before, after = context(finding, doc)
    key = "\0".join((finding.rule, normal_path(finding.path), finding.text, before, after))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
