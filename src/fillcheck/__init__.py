"""fillcheck: find unfilled placeholders, redaction masks, paywall residue and
contradictory counts in documents before they are handed in or published.

The library API is one pure function::

    from fillcheck import audit_text
    for finding in audit_text("共组织学习*次"):
        print(finding.rule, finding.start, finding.end, finding.message)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .finding import Category, Finding, Hit, Severity

__version__ = "0.1.0"
__all__ = ["Category", "Finding", "Hit", "Severity", "__version__", "audit_bytes", "audit_text"]


def audit_text(
    text: str,
    *,
    kind: str = "text",
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] | None = None,
    settings: Mapping[str, Any] | None = None,
    path: str = "<text>",
    lang: str | None = None,
) -> list[Finding]:
    """Audit ``text`` and return its findings, sorted by position.

    ``kind`` is what the text is: ``text``, ``markdown`` (code blocks and spans
    are skipped, as the ``.md`` reader does) or ``html`` (only the visible text
    is audited, as the ``.html`` reader extracts it), or ``docx``, ``pdf``,
    ``doc``, ``wps`` for text already extracted from such a file (audited as
    it is; inline suppression directives are not read there, as in ``check``);
    any other kind raises ``ValueError`` naming the valid ones. ``select``
    and ``ignore`` take rule codes, code prefixes (``FC1``) or rule names, as
    a string (comma-separated allowed) or a sequence; an unknown one raises
    ``ValueError``. ``settings`` is what a
    ``[tool.fillcheck]`` table holds, as a mapping (``allow``, ``severity``,
    ``patterns``, ``pattern-timeout``, ``select``, ``ignore``, ...), plus
    ``min-severity``; it is validated as a configuration file is.

    Each finding's ``start`` and ``end`` are character offsets (code points,
    as a Python slice) into ``text``; for ``kind="html"`` they index the
    extracted text (what ``fillcheck extract page.html`` prints), as do its
    lines and columns. Bytes are refused: use :func:`audit_bytes`.
    ``lang`` (``en``, ``zh``) is the language of the messages; by default the
    process's, set by :func:`fillcheck.messages.set_language` (English).
    The function is pure and picklable, so data pipelines can map it over
    documents in worker processes.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(
                "audit_text() takes str, not bytes; use audit_bytes(data, ...), "
                "which decodes them as the text reader does"
            )
        raise TypeError(f"audit_text() takes str, not {type(text).__name__}")
    from .auditor import auditor, make_spec
    from .messages import use_language

    spec = make_spec(kind=kind, select=select, ignore=ignore, settings=settings, path=path)
    with use_language(lang):
        return auditor(spec)(text)


def audit_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    kind: str = "text",
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] | None = None,
    settings: Mapping[str, Any] | None = None,
    path: str = "<bytes>",
    lang: str | None = None,
) -> list[Finding]:
    """Decode ``data`` as fillcheck's readers do, then audit it as :func:`audit_text` does.

    Text and Markdown are decoded by BOM, then UTF-8, then detected Chinese
    encodings (GB18030, Big5, UTF-16); HTML also honours ``<meta charset>``.
    ``encoding`` forces one. Offsets index the decoded text (without a BOM).
    ``ValueError`` says why data cannot be decoded.
    """
    from .auditor import check_kind, decode

    return audit_text(
        decode(bytes(data), check_kind(kind), encoding),
        kind=kind, select=select, ignore=ignore, settings=settings, path=path, lang=lang,
    )  # fmt: skip
