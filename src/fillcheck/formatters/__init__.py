"""Output formats: one module per format, each a Formatter subclass chosen by name."""

from __future__ import annotations

import importlib
from typing import TextIO

from ..document import Document
from ..finding import Finding

# format name -> module in fillcheck.formatters
FORMATS = {"text": "text", "json": "json", "jsonl": "jsonl"}


class Formatter:
    """Receives each file's findings in order and writes them to ``stream``.

    Streaming formats write in :meth:`add`; whole-document formats (JSON)
    collect and write in :meth:`end`.
    """

    def __init__(self, stream: TextIO, *, column_unit: str = "char") -> None:
        self.stream = stream
        self.column_unit = column_unit

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Take the findings of one file and the Document they were found in."""
        raise NotImplementedError

    def end(self) -> None:
        """Finish the output (called once, after the last file)."""


def get_formatter(name: str, stream: TextIO, **settings: object) -> Formatter:
    """Instantiate the formatter called ``name``; ValueError for an unknown name."""
    module_name = FORMATS.get(name)
    if module_name is None:
        raise ValueError(f"unknown format {name!r} (expected one of: {', '.join(FORMATS)})")
    module = importlib.import_module(f"fillcheck.formatters.{module_name}")
    return module.FORMATTER(stream, **settings)
