"""``--format json``: one JSON array of finding objects, streamed file by file.

Columns in it always count characters (code points), whatever ``--column-unit``
says: the keys and their meaning stay the same for every consumer. The text is
exactly what ``json.dump(findings, indent=2, ensure_ascii=False)`` writes, but
each file's findings are encoded (with orjson when it is installed) and written
as they come, a few thousand at a time, so the whole array is never held in memory.
"""

from __future__ import annotations

from ..document import Document
from ..finding import Finding
from . import Formatter
from ._encode import chunks, indented_items, write


class JsonFormatter(Formatter):
    """Writes every finding into one indented JSON array, file by file."""

    def __init__(self, stream, **settings) -> None:
        super().__init__(stream, **settings)
        self.written = 0

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Write the findings of one file as the next items of the array."""
        for chunk in chunks(findings):
            self.stream.write(",\n" if self.written else "[\n")
            write(self.stream, indented_items(chunk))
            self.written += len(chunk)

    def end(self) -> None:
        """Close the array (``[]`` when nothing was found)."""
        self.stream.write("\n]\n" if self.written else "[]\n")


FORMATTER = JsonFormatter
