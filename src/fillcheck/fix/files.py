"""Fixing files: decode them as the readers do, fix, and write them back unchanged elsewhere.

A file is fixed only when writing it back changes nothing but the fixed
characters: its bytes must decode to exactly the text the reader audits and
encode back to exactly the same bytes, so the encoding (UTF-8, a byte-order
mark, GB18030, Big5, UTF-16) and the line endings (CRLF) are kept. The new
content is written to a temporary file in the same directory, then renamed
over the old one, so a crash never leaves half a file.

Plain text and Markdown are edited at the offsets of the findings (Markdown
code is never audited, so never edited). HTML is audited as the text a
browser shows, so each fix is placed in the markup by :mod:`.html`, and left
undone when it cannot be placed without doubt.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..document import Document
from ..engine import audit_document
from ..finding import Finding, Severity
from ..readers import ReadOptions, kind_of, read_bytes
from ..registry import Rule
from . import Audit, FixResult, fix_text

# Document kinds whose files --fix edits.
EDITABLE = frozenset({"text", "markdown", "html"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def make_audit(
    path: str, rules: Sequence[Rule], *, settings=None, min_severity: Severity = Severity.INFO
) -> Audit:
    """An audit of source text as ``check`` audits the file ``path``.

    The text goes through the reader of ``path``'s format (so Markdown code is
    blanked and HTML reduced to what a browser shows), the user patterns and
    the engine (suppression directives included), then the configuration's
    ``allow`` phrases (``settings``, a :class:`~fillcheck.config.Resolved`).
    A user pattern that times out is left out, as in ``check``.
    """
    from ..userrules import run_patterns

    options = ReadOptions(encoding="utf-8", max_size=2**62)

    def audit(text: str) -> tuple[Document, list[Finding]]:
        doc = read_bytes(text.encode("utf-8", "replace"), path, options)
        kept, _ = run_patterns(doc, rules, min_severity)
        findings = audit_document(doc, kept, min_severity=min_severity)
        if settings is not None:
            findings = settings.allowed(findings, doc)
        return doc, findings

    return audit


@dataclass(frozen=True)
class Source:
    """A file's text and how to turn the text back into the file's bytes."""

    text: str
    codec: str
    bom: bytes

    def encode(self, text: str) -> bytes:
        """``text`` in the file's encoding, with its byte-order mark."""
        return self.bom + text.encode(self.codec)


class NotEditable(ValueError):
    """A file that --fix leaves alone; the message says why, in one line."""


class Unreadable(NotEditable):
    """A file the readers cannot read either (``check`` reports it)."""


def decode_source(data: bytes, path: str, encoding: str | None = None) -> Source:
    """Decode ``data`` as the reader of ``path`` does, keeping what is needed to re-encode it.

    Raises NotEditable when the bytes would not survive a decode and encode
    unchanged (or when the reader's text cannot be reproduced).
    """
    from ..readers.text import decode

    kind = kind_of(path)
    try:
        if kind == "html":
            from ..readers.html import decode_html

            expected = decode_html(data, encoding)
        else:
            expected = decode(data, encoding)
    except ValueError as error:
        raise Unreadable(str(error)) from None
    expected = expected.removeprefix("\ufeff")
    for bom, codec in _candidates(data, encoding, kind):
        try:
            text = data[len(bom) :].decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        source = Source(text.removeprefix("\ufeff") if not bom else text, codec, bom)
        if source.text == expected and source.encode(source.text) == data:
            return source
    from ..messages import t

    raise NotEditable(t("fix-encoding"))


def _candidates(data: bytes, encoding: str | None, kind: str) -> Iterator[tuple[bytes, str]]:
    """(byte-order mark, codec) pairs that may reproduce the reader's text, likeliest first."""
    if encoding:
        yield b"", encoding
    yield from ((bom, codec) for bom, codec in _BOMS if data.startswith(bom))
    yield b"", "utf-8"
    if kind == "html":
        from ..readers.html import _PRESCAN, declared_encoding

        declared = declared_encoding(data[:_PRESCAN])
        if declared:
            yield b"", declared
    from ..readers.text import _detect

    detected = _detect(data) if data else None
    if detected:
        yield b"", detected


def fix_source(source: str, path: str, audit: Audit, *, unsafe: bool = False) -> FixResult:
    """Fix the text of the file ``path``; HTML fixes are placed in the markup."""
    placer = None
    if kind_of(path) == "html":
        from .html import placer as html_placer

        placer = html_placer
    return fix_text(source, audit, unsafe=unsafe, placer=placer)


def write_atomic(path: str, data: bytes) -> None:
    """Replace the file at ``path`` (a symbolic link's target) with ``data`` atomically,
    keeping its permissions (see :mod:`fillcheck.safewrite`). Raises OSError."""
    from ..safewrite import write_atomic_bytes

    write_atomic_bytes(path, data)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file's text, as ``diff -u`` (and ruff's --diff) prints it."""
    import difflib

    old, new = _lines(before), _lines(after)
    lines = []
    for line in difflib.unified_diff(old, new, fromfile=path, tofile=path):
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        lines.append(line)
    return "".join(lines)


def _lines(text: str) -> list[str]:
    """Lines with their endings, split on ``\\n`` only (as Document splits them)."""
    lines = text.split("\n")
    kept = [line + "\n" for line in lines[:-1]]
    return [*kept, lines[-1]] if lines[-1] else kept
