"""Output formats: one module per format, each a Formatter subclass chosen by name."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, TextIO

from ..document import Document
from ..finding import Finding

if TYPE_CHECKING:
    from ..columns import ColumnConverter

# format name -> module in fillcheck.formatters; `--statistics` selects "statistics".
FORMATS = {
    "text": "text",
    "json": "json",
    "jsonl": "jsonl",
    "github": "github",
    "sarif": "sarif",
    "gitlab": "gitlab",
    "rdjson": "rdjson",
    "junit": "junit",
    "grouped": "grouped",
    "statistics": "statistics",
    "html": "html",
}

TOOL_NAME = "fillcheck"


class Formatter:
    """Receives each file's findings in order and writes them to ``stream``.

    Streaming formats write in :meth:`add`; whole-document formats (JSON)
    collect and write in :meth:`end`. ``column_unit`` (``char``, ``byte``,
    ``utf16``, ``display``) is what a column counts in the formats that leave
    the unit open: text, grouped, junit and github. The others fix it: json and
    jsonl keep characters, rdjson writes bytes, sarif writes code points or,
    for ``utf16``, UTF-16 code units.
    """

    # Whether add() reads the Document's text and parts (html does): a runner that reads
    # files in other processes need only send the text back for these formatters.
    needs_text = False

    def __init__(self, stream: TextIO, *, column_unit: str = "char") -> None:
        self.stream = stream
        if column_unit != "char":  # columns (and unicodedata) only load when needed
            from ..columns import check_unit

            check_unit(column_unit)
        self.column_unit = column_unit
        self._converters: dict[str, ColumnConverter] = {}
        self._document: Document | None = None

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Take the findings of one file and the Document they were found in."""
        raise NotImplementedError

    def end(self) -> None:
        """Finish the output (called once, after the last file)."""

    def columns(self, finding: Finding, doc: Document, unit: str | None = None) -> tuple[int, int]:
        """The finding's start and exclusive end column in ``unit`` (default: column_unit)."""
        unit = unit or self.column_unit
        if unit == "char":
            return finding.column, finding.end_column
        if doc is not self._document:  # converters hold per-line state of one document
            self._document, self._converters = doc, {}
        converter = self._converters.get(unit)
        if converter is None:
            from ..columns import ColumnConverter

            converter = self._converters[unit] = ColumnConverter(doc, unit)
        return converter.span(finding)


class Discard(Formatter):
    """Writes nothing: for runs whose findings go elsewhere (``--write-baseline``)."""

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Ignore the findings of one file."""


def get_formatter(name: str, stream: TextIO, **settings: object) -> Formatter:
    """Instantiate the formatter called ``name``; ValueError for an unknown name or setting."""
    module_name = FORMATS.get(name)
    if module_name is None:
        from ..messages import unknown

        raise ValueError(unknown("format", name, list(FORMATS)))
    module = importlib.import_module(f"fillcheck.formatters.{module_name}")
    return module.FORMATTER(stream, **settings)


def last_line(finding: Finding) -> int:
    """The last line a finding covers (its exclusive end may be column 1 of the next line)."""
    if finding.end_line > finding.line and finding.end_column == 1:
        return finding.end_line - 1
    return finding.end_line


def home_page() -> str | None:
    """The project's home page from the installed package's metadata, if it declares one."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata(TOOL_NAME)
    except PackageNotFoundError:
        return None
    if meta.get("Home-page"):
        return meta["Home-page"]
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "source", "repository"):
            return url.strip()
    return None
