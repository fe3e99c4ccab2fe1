"""``--format jsonl``: one JSON object per finding per line, streamed file by file.

Columns in it always count characters (code points), whatever ``--column-unit``
says: the keys and their meaning stay the same for every consumer.
"""

from __future__ import annotations

from ..document import Document
from ..finding import Finding
from . import Formatter
from ._encode import chunks, json_lines, write


class JsonLinesFormatter(Formatter):
    """Writes each finding as a compact JSON object on its own line, a few thousand a write."""

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Write the findings of one file."""
        for chunk in chunks(findings):
            write(self.stream, json_lines(chunk))


FORMATTER = JsonLinesFormatter
