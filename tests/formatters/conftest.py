"""Helpers for the format tests: run a formatter over documents or over given findings."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest

from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.finding import Finding
from fillcheck.formatters import get_formatter
from fillcheck.registry import select_rules


def emit(fmt: str, files: list[tuple[Document, list[Finding]]], **settings) -> str:
    """The output of format ``fmt`` for these (document, findings) pairs."""
    stream = io.StringIO()
    formatter = get_formatter(fmt, stream, **settings)
    for doc, findings in files:
        formatter.add(findings, doc)
    formatter.end()
    return stream.getvalue()


def audit(documents: dict[str, str]) -> list[tuple[Document, list[Finding]]]:
    """Each document of ``{path: text}`` with its findings under every rule."""
    rules = select_rules()
    files = []
    for path, text in documents.items():
        doc = Document(text, source=path)
        files.append((doc, audit_document(doc, rules)))
    return files


def made_up(doc: Document, line: int, column: int, length: int, **fields) -> Finding:
    """A finding on ``doc`` at (line, column) spanning ``length`` characters of one line."""
    start = doc.offset(line, column)
    values = {
        "path": doc.source, "line": line, "column": column, "rule": "FC101",
        "end_line": line, "end_column": column + length, "name": "star-masked-value",
        "category": "placeholder", "severity": "error", "text": doc.text[start : start + length],
        "message": "the number was never filled in", "suggestion": None,
    }  # fmt: skip
    values.update(fields)
    return Finding(**values)


@pytest.fixture
def fmt():
    """The helpers above, as ``fmt.emit``, ``fmt.audit`` and ``fmt.made_up``."""
    return SimpleNamespace(emit=emit, audit=audit, made_up=made_up)
