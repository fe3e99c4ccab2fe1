"""One text in, findings out: the engine behind ``audit_text`` and ``fillcheck corpus``.

An :class:`AuditSpec` says how to audit (kind, rule selection, settings) and is
small, hashable and picklable, so worker processes receive it once and build
their own :class:`Auditor`. Settings are a ``[tool.fillcheck]`` mapping
validated by :func:`fillcheck.config.parse_settings`, plus ``min-severity``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .document import Document
from .finding import Finding, Severity

# Kinds read from the given string; the extracted kinds name text already taken out of a
# .docx, .pdf, .doc or .wps file: audited as it is, with inline directives not read.
KINDS = ("text", "markdown", "html")
EXTRACTED_KINDS = ("docx", "pdf", "doc", "wps")
MIN_SEVERITY_KEY = "min-severity"


@dataclass(frozen=True)
class AuditSpec:
    """How to audit a text: validated, hashable and picklable."""

    kind: str = "text"
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    settings: Any = None  # a config.Settings, or None for the defaults
    min_severity: Severity = Severity.INFO
    path: str = "<text>"


def check_kind(kind: object) -> str:
    """``kind`` if it is one of :data:`KINDS`; ValueError naming the valid kinds otherwise."""
    if kind not in KINDS and kind not in EXTRACTED_KINDS:
        valid = ", ".join(KINDS + EXTRACTED_KINDS)
        raise ValueError(f"unknown kind {kind!r} (expected one of: {valid})")
    return kind  # type: ignore[return-value]


def selectors(value: str | Sequence[str] | None, what: str) -> tuple[str, ...] | None:
    """Rule selectors from a string (comma-separated allowed) or a sequence of strings."""
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    elif isinstance(value, (bytes, Mapping)) or not isinstance(value, Sequence):
        raise TypeError(
            f"{what} takes a string or a sequence of strings, not {type(value).__name__}"
        )
    parts: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"{what} takes strings, not {type(item).__name__}")
        parts.extend(part.strip() for part in item.split(",") if part.strip())
    return tuple(parts)


def parse_library_settings(settings: Any) -> tuple[Any, Severity]:
    """Validate ``settings`` (a ``[tool.fillcheck]`` mapping, a Settings, or None).

    Returns the Settings and the minimum severity; ValueError (a
    ``config.SettingError``) names the key at fault.
    """
    from .config import Settings, parse_settings
    from .userrules import SettingError

    if settings is None:
        return None, Severity.INFO
    if isinstance(settings, Settings):
        return settings, Severity.INFO
    if not isinstance(settings, Mapping):
        raise TypeError(f"settings takes a mapping, not {type(settings).__name__}")
    table = dict(settings)
    minimum = Severity.INFO
    if MIN_SEVERITY_KEY in table:
        value = table.pop(MIN_SEVERITY_KEY)
        if not isinstance(value, str):
            raise SettingError(MIN_SEVERITY_KEY, f"expected a severity name, got {value!r}")
        try:
            minimum = Severity.parse(value)
        except ValueError as error:
            raise SettingError(MIN_SEVERITY_KEY, str(error)) from None
    return parse_settings(table, source="settings", root=os.getcwd()), minimum


def make_spec(
    *,
    kind: str = "text",
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] | None = None,
    settings: Any = None,
    path: str = "<text>",
    min_severity: Severity | None = None,
) -> AuditSpec:
    """Validate the library's arguments into an AuditSpec (ValueError/TypeError if bad)."""
    parsed, minimum = parse_library_settings(settings)
    spec = AuditSpec(
        kind=check_kind(kind),
        select=selectors(select, "select"),
        ignore=selectors(ignore, "ignore") or (),
        settings=parsed,
        min_severity=min_severity or minimum,
        path=path,
    )
    auditor(spec)  # unknown rule codes fail here, once
    return spec


class Auditor:
    """Audits texts under one AuditSpec; build it once and call it for every text."""

    def __init__(self, spec: AuditSpec) -> None:
        from .config import Overrides, Resolved, Settings
        from .registry import all_rules, normalise_selectors

        self.spec = spec
        settings = spec.settings or Settings(root=os.getcwd())
        resolved = Resolved.build(settings, Overrides(select=spec.select, ignore=spec.ignore))
        chosen = [*(spec.select or ()), *spec.ignore]
        normalise_selectors(chosen, all_rules() + resolved.user_rules)  # ValueError if unknown
        self.resolved = resolved
        self.rules = resolved.rules_for(spec.path)

    def __call__(self, text: str) -> list[Finding]:
        """The findings on ``text``; a user pattern that timed out is warned about."""
        findings, timeouts = self.audit(text)
        if timeouts:
            import warnings

            for timeout in timeouts:
                warnings.warn(f"{self.spec.path}: {timeout}", RuntimeWarning, stacklevel=3)
        return findings

    def audit(self, text: str) -> tuple[list[Finding], list[Exception]]:
        """The findings on ``text`` and the user patterns that timed out on it."""
        from .engine import audit_document
        from .userrules import run_patterns

        doc = self.document(text)
        doc.style = self.resolved.settings.style
        minimum = self.spec.min_severity
        rules, timeouts = run_patterns(doc, self.rules, minimum)
        findings = audit_document(doc, rules, min_severity=minimum)
        findings = self.resolved.allowed(findings, doc)
        if self.spec.kind != "html" and text.startswith("\ufeff"):  # Document drops a BOM
            findings = [f._replace(start=f.start + 1, end=f.end + 1) for f in findings]
        return findings, timeouts  # type: ignore[return-value]

    def document(self, text: str) -> Document:
        """The Document audited for ``text``: markup and code read as the readers read them."""
        kind, path = self.spec.kind, self.spec.path
        if kind == "markdown":
            from .readers.markdown import blank_code

            text = blank_code(text)
        elif kind == "html":
            return html_document(text, path)
        return Document(text, source=path, kind=kind)


def html_document(text: str, path: str) -> Document:
    """The visible text of an HTML page given as a string, as the ``.html`` reader extracts it."""
    from .readers.html import visible_text

    extracted, parts = visible_text(text)
    return Document(extracted, source=path, kind="html", parts=parts)


@lru_cache(maxsize=64)
def auditor(spec: AuditSpec) -> Auditor:
    """The Auditor for ``spec``, built once per process."""
    return Auditor(spec)


def decode(data: bytes, kind: str, encoding: str | None = None) -> str:
    """Decode bytes as the reader of ``kind`` does; ValueError with the reason if it cannot."""
    if kind == "html":
        from .readers.html import decode_html

        return decode_html(data, encoding)
    from .readers.text import decode as decode_text

    return decode_text(data, encoding)
