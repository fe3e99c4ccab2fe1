"""Shared helpers for the test suite."""

from __future__ import annotations

from fillcheck import audit_text


def positions(text: str, select: str | list[str] | None = None, kind: str = "text"):
    """The (code, line, column) triples fillcheck reports on ``text``."""
    if isinstance(select, str):
        select = [select]
    return [(f.rule, f.line, f.column) for f in audit_text(text, select=select, kind=kind)]
