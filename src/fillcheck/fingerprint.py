"""Stable identities for findings, shared by the baseline and the SARIF and GitLab formats.

A fingerprint hashes the rule, the file's path, the matched text and up to
:data:`CONTEXT` characters either side of it on the same line. It never uses
the line or column, so inserting or deleting lines elsewhere in a document
leaves every other finding's fingerprint unchanged.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter

from .document import Document
from .finding import Finding

CONTEXT = 16


def normal_path(path: str, root: str | None = None) -> str:
    """``path`` as a fingerprint sees it, normalised, with forward slashes.

    Without ``root``: relative to the working directory if below it. With
    ``root`` (the baseline's directory): relative to ``root``, wherever the
    working directory is, so that the result does not depend on where
    fillcheck was started; ``..`` steps are kept for files outside ``root``.
    """
    if root is not None:
        try:
            path = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        except ValueError:  # another drive on Windows: no relative path exists
            path = os.path.abspath(path)
    elif os.path.isabs(path):
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


def fingerprint(finding: Finding, doc: Document, *, root: str | None = None) -> str:
    """A 32-hex-digit identity of ``finding`` that survives edits elsewhere in ``doc``.

    ``root`` is passed to :func:`normal_path`: the baseline gives its own
    directory, output formats give nothing (paths relative to the working
    directory).
    """
    before, after = context(finding, doc)
    key = "\0".join((finding.rule, normal_path(finding.path, root), finding.text, before, after))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def unique_fingerprints(findings: list[Finding], doc: Document) -> list[str]:
    """The fingerprint of each finding, made unique within the file.

    Two findings of one rule on the same text with the same surroundings (a
    template line repeated) share a fingerprint; GitLab requires unique ones,
    and code scanning would merge them. The first keeps the plain fingerprint
    and each repeat gets one derived from it and its rank, so the identities
    still survive edits elsewhere in the file. (The baseline needs no such
    ranks: it counts identical fingerprints.)
    """
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        plain = fingerprint(finding, doc)
        rank = seen[plain]
        seen[plain] += 1
        if rank:
            plain = hashlib.sha256(f"{plain}:{rank}".encode()).hexdigest()[:32]
        result.append(plain)
    return result
