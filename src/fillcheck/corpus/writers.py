"""Where results go: the findings file (JSON Lines, Parquet, Dolma) and the keep/drop files.

Every chunk's output is written and flushed as it arrives, in input order, so
an interrupted run leaves files complete up to a record: JSON Lines end on a
line; ``.gz``/``.zst`` and Parquet files are closed properly on Ctrl-C.
"""

from __future__ import annotations

import os
import sys
from typing import Any, BinaryIO

from .work import Result, parquet_schema

FORMATS = ("jsonl", "parquet", "dolma")
PARQUET_ROWS = 65536  # findings buffered per Parquet row group


class OutputError(Exception):
    """An output that cannot be written or whose format is unclear."""


def output_format(path: str | None, given: str | None) -> str:
    """The findings format: ``--format`` if given, else by the name of ``-o``."""
    if given:
        if given not in FORMATS:
            raise OutputError(f"unknown --format {given!r} (expected one of: {', '.join(FORMATS)})")
        return given
    if path is None:
        return "jsonl"
    name = path.lower()
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    base = name.removesuffix(".gz").removesuffix(".zst")
    if base.endswith(".dolma.jsonl"):
        return "dolma"
    if base.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    raise OutputError(
        f"{path}: cannot tell the output format from the name "
        "(.jsonl, .parquet, .dolma.jsonl, optionally .gz/.zst; or give --format)"
    )


def open_lines(path: str | None) -> BinaryIO:
    """A binary stream for JSON Lines at ``path`` (``-`` or None: standard output)."""
    if path in (None, "-"):
        return sys.stdout.buffer
    directory = os.path.dirname(path)
    if directory:
        os.makedirs(directory, exist_ok=True)
    if path.endswith(".gz"):
        import gzip

        return gzip.open(path, "wb", compresslevel=6)  # type: ignore[return-value]
    if path.endswith(".zst"):
        import zstandard

        raw = open(path, "wb")
        return zstandard.ZstdCompressor(level=3).stream_writer(raw, closefd=True)  # type: ignore[return-value]
    return open(path, "wb")


def _flush(stream: Any) -> None:
    if hasattr(stream, "flush"):
        try:
            import zstandard

            if isinstance(stream, zstandard.ZstdCompressionWriter):
                stream.flush(zstandard.FLUSH_BLOCK)
                return
        except ImportError:
            pass
        stream.flush()


class ParquetSink:
    """Findings as a Parquet table, one row group per ``PARQUET_ROWS`` findings."""

    def __init__(self, path: str) -> None:
        import pyarrow.parquet as pq

        if path == "-":
            raise OutputError("Parquet output needs a file: give -o PATH.parquet")
        directory = os.path.dirname(path)
        if directory:
            os.makedirs(directory, exist_ok=True)
        self.writer = pq.ParquetWriter(path, parquet_schema(), compression="zstd")
        self.pending: list[Any] = []
        self.rows = 0

    def write(self, batch: Any) -> None:
        """Buffer one chunk's findings; write a row group when enough are buffered."""
        if batch.num_rows:
            self.pending.append(batch)
            self.rows += batch.num_rows
        if self.rows >= PARQUET_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write what is buffered as a row group."""
        if self.pending:
            import pyarrow as pa

            self.writer.write_table(pa.Table.from_batches(self.pending))
            self.pending, self.rows = [], 0

    def close(self) -> None:
        """Write the rest and the footer: the file is valid from here on."""
        self.flush()
        self.writer.close()


class Outputs:
    """The findings output and the optional keep/drop record files of one run (or part)."""

    def __init__(
        self, path: str | None, fmt: str, keep: str | None = None, drop: str | None = None
    ) -> None:
        self.fmt = fmt
        self.sink: Any = None
        self.lines: BinaryIO | None = None
        self.keep = self.drop = None
        try:
            if fmt == "parquet":
                self.sink = ParquetSink(path or "-")
            else:
                self.lines = open_lines(path)
            self.keep = open_lines(keep) if keep else None
            self.drop = open_lines(drop) if drop else None
        except OSError as error:
            self.close()
            raise OutputError(f"{error.filename}: cannot be written: {error.strerror}") from None

    def write(self, result: Result) -> None:
        """Write one chunk's outputs and flush them."""
        if self.sink is not None:
            self.sink.write(result.output)
        elif result.output:
            self.lines.write(result.output)  # type: ignore[union-attr]
            _flush(self.lines)
        for stream, data in ((self.keep, result.keep), (self.drop, result.drop)):
            if stream is not None and data:
                stream.write(data)
                _flush(stream)

    def close(self) -> None:
        """Close every file (standard output is flushed, not closed)."""
        if self.sink is not None:
            self.sink.close()
            self.sink = None
        for name in ("lines", "keep", "drop"):
            stream = getattr(self, name)
            if stream is None:
                continue
            if stream is sys.stdout.buffer:
                stream.flush()
            else:
                stream.close()
            setattr(self, name, None)
