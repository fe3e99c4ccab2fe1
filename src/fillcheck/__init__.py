"""fillcheck: find unfilled placeholders, redaction masks, paywall residue and
contradictory counts in documents before they are handed in or published.

The library API is one pure function::

    from fillcheck import audit_text
    for finding in audit_text("共组织学习*次"):
        print(finding.rule, finding.column, finding.message)
"""

from __future__ import annotations

from collections.abc import Sequence

from .finding import Category, Finding, Hit, Severity

__version__ = "0.1.0"
__all__ = ["Category", "Finding", "Hit", "Severity", "__version__", "audit_text"]


def audit_text(
    text: str,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    path: str = "<text>",
    kind: str = "text",
    lang: str | None = None,
) -> list[Finding]:
    """Audit ``text`` and return its findings, sorted by position.

    ``select`` and ``ignore`` take rule codes, code prefixes (``FC1``) or rule
    names, as on the command line; an unknown one raises ``ValueError``.
    ``kind`` is the document kind (``text``, ``markdown``) the text came from.
    ``lang`` (``en``, ``zh``) is the language of the messages; by default the
    process's, set by :func:`fillcheck.messages.set_language` (English).
    The function is pure and picklable, so data pipelines can map it over
    documents in worker processes.
    """
    from .document import Document
    from .engine import audit_document
    from .messages import use_language
    from .registry import select_rules

    rules = select_rules(select, ignore)
    if kind == "markdown":
        from .readers.markdown import blank_code

        text = blank_code(text)
    with use_language(lang):
        return audit_document(Document(text, source=path, kind=kind), rules)
