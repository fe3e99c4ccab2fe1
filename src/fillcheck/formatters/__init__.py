"""Output formats: one module per format, each a Formatter subclass chosen by name."""

from __future__ import annotations

import importlib
from typing import TextIO

from ..finding import Finding

# format name -> module in fillcheck.formatters
FORMATS = {"text": "text", "json": "json", "jsonl": "jsonl"}


class Formatter:
    """Receives each file's findings in order and writes them to ``stream``.

    Streaming formats write in :meth:`add`; whole-document formats (JSON)
    collect and write in :meth:`end`.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def add(self, findings: list[Finding]) -> None:
        """Take the findings of one file."""
        raise NotImplementedError

    def end(self) -> None:
        """Finish the output (called once, after the last file)."""


def get_formatter(name: str, stream: TextIO) -> Formatter:
    """Instantiate the formatter called ``name``; ValueError for an unknown name."""
    module_name = FORMATS.get(name)
    if module_name is None:
        raise ValueError(f"unknown format {name!r} (expected one of: {', '.join(FORMATS)})")
    module = importlib.import_module(f"fillcheck.formatters.{module_name}")
    return module.FORMATTER(stream)
