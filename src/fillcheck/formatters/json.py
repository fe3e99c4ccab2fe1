"""``--format json``: one JSON array of finding objects, written at the end.

Columns in it always count characters (code points), whatever ``--column-unit``
says: the keys and their meaning stay the same for every consumer.
"""

from __future__ import annotations

import json

from ..document import Document
from ..finding import Finding
from . import Formatter


class JsonFormatter(Formatter):
    """Collects every finding and writes them as one indented JSON array."""

    def __init__(self, stream, **settings) -> None:
        super().__init__(stream, **settings)
        self.items: list[dict[str, object]] = []

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Collect the findings of one file."""
        self.items.extend(finding.to_dict() for finding in findings)

    def end(self) -> None:
        """Write the array."""
        json.dump(self.items, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


FORMATTER = JsonFormatter
