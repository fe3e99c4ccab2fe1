"""Findings to LSP diagnostics, and source offsets to positions in the negotiated encoding.

fillcheck counts columns in code points; a client counts in UTF-8 bytes,
UTF-16 units or code points, as negotiated at initialisation. Positions are
converted with pygls' position codec, on lines split at ``\\n`` only (as
fillcheck splits them).
"""

from __future__ import annotations

from bisect import bisect_right

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from ..document import Document
from ..finding import Finding
from ..fix import Edit, Fix
from .check import Checked

SOURCE = "fillcheck"
SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _utf8_units(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


# The codec's unit counts for its three encodings, counted in C: pygls' own counter goes
# character by character in Python, which on a long paragraph costs more than the check.
_UNITS = {
    types.PositionEncodingKind.Utf8: _utf8_units,
    types.PositionEncodingKind.Utf16: _utf16_units,
    types.PositionEncodingKind.Utf32: len,
}


class Lines:
    """A source text's lines and line starts, to position character offsets for a client."""

    def __init__(self, text: str, codec: PositionCodec) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.codec = codec
        self.units = _UNITS.get(codec.encoding, codec.client_num_units)

    def position(self, offset: int) -> types.Position:
        """The client position of a character offset."""
        line = bisect_right(self.starts, offset) - 1
        chars = self.lines[line][: offset - self.starts[line]]
        return types.Position(line=line, character=self.units(chars))

    def range(self, start: int, end: int) -> types.Range:
        """The client range of the offsets ``start``..``end``."""
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The character offset of a client position."""
        if position.line >= len(self.lines):
            return len(self.text)
        line = self.lines[position.line]
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return self.starts[position.line] + index
            units += self.codec.client_num_units(char)
        return self.starts[position.line] + len(line)


def source_span(checked: Checked, finding: Finding) -> tuple[int, int] | None:
    """Where ``finding`` is in the editor's text (None for a file read from disk).

    Plain text and Markdown are audited at the source's offsets; in HTML the
    finding's text is placed in the markup, else the whole source line its
    text came from is given.
    """
    doc, source = checked.doc, checked.source
    if doc is None or source is None:
        return None
    start = doc.offset(finding.line, finding.column)
    end = doc.offset(finding.end_line, finding.end_column)
    if doc.kind != "html":
        return start, end
    from ..fix.html import placer

    placed = placer(source, doc)(Fix(finding.rule, "", (Edit(start, end),), True))
    if placed is not None:
        return placed.edits[0].start, placed.edits[0].end
    return _anchored_line(source, doc, start)


def _anchored_line(source: str, doc: Document, offset: int) -> tuple[int, int] | None:
    label = doc.part_at(offset)
    if not label:
        return None
    line = int(label.rsplit(" ", 1)[1])
    lines = source.split("\n")
    if line > len(lines):
        return None
    start = sum(len(text) + 1 for text in lines[: line - 1])
    return start, start + len(lines[line - 1].rstrip("\r"))


def diagnostic(
    finding: Finding, where: types.Range, docs_url: str | None = None
) -> types.Diagnostic:
    """The diagnostic for ``finding`` at ``where``.

    With ``docs_url`` (a template such as ``https://example.org/rules/{code}``)
    the rule code links to its page; hover shows the documentation either way.
    """
    link = None
    if docs_url:
        href = docs_url.replace("{code}", finding.rule).replace("{name}", finding.name)
        link = types.CodeDescription(href=href)
    return types.Diagnostic(
        range=where,
        message=finding.message,
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule,
        code_description=link,
        source=SOURCE,
        data={"rule": finding.rule, "name": finding.name},
    )


def diagnostics(
    checked: Checked, codec: PositionCodec, docs_url: str | None = None
) -> list[types.Diagnostic]:
    """The diagnostics of a check; findings of a file read from disk go on its first line."""
    if checked.source is None:
        top = types.Range(start=types.Position(0, 0), end=types.Position(0, 0))
        return [diagnostic(f, top, docs_url) for f in checked.findings]
    lines = Lines(checked.source, codec)
    found = []
    for finding in checked.findings:
        span = source_span(checked, finding)
        if span is not None:
            found.append(diagnostic(finding, lines.range(*span), docs_url))
    return found
