"""Where records come from: input files found from paths, folders and globs, read in chunks.

A chunk is a few thousand records of one file, small enough that a handful in
flight keeps memory bounded whatever the corpus size. JSON Lines chunks carry
the raw lines (decoded to JSON in the worker, so escaped ``\\u4e2d`` and plain
``中`` are the same string); Parquet chunks carry an Arrow record batch of the
text and id columns (``ParquetFile.iter_batches``).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
COMPRESSIONS = ("", ".gz", ".zst")
PARQUET_SUFFIXES = (".parquet", ".pq")
GLOB_CHARS = frozenset("*?[")
BATCH_RECORDS = 2000
BATCH_BYTES = 4 * 2**20


class InputError(Exception):
    """An input that cannot be read: one line naming the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Chunk:
    """Consecutive records of one file, as a worker receives them."""

    file: str  # as shown to the user
    kind: str  # "jsonl": ``payload`` is a list of lines; "arrow": a pyarrow RecordBatch
    payload: Any
    first: int  # 1-based line (JSON Lines) or row (Parquet) number of the first record
    done: int  # bytes of the file on disk read once this chunk is done, for progress
    rows: list[int] | None = None  # JSON Lines: the line number of each line in payload


def input_format(path: str) -> tuple[str, str] | None:
    """``("jsonl", compression)`` or ``("parquet", "")`` by the name of ``path``, else None."""
    name = path.lower()
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet", ""
    for compression in COMPRESSIONS:
        for suffix in JSONL_SUFFIXES:
            if name.endswith(suffix + compression):
                return "jsonl", compression
    return None


def expand(inputs: list[str]) -> Iterator[str | InputError]:
    """The input files named by ``inputs`` (files, folders, globs), in order; errors in place."""
    for given in inputs:
        if os.path.isdir(given):
            found = sorted(_walk(given))
            if not found:
                yield InputError(given, "holds no JSON Lines or Parquet files")
            yield from found
        elif GLOB_CHARS & set(given) and not os.path.exists(given):
            found = sorted(p for p in glob.glob(given, recursive=True) if _is_input(p))
            if not found:
                yield InputError(given, "no JSON Lines or Parquet files match")
            yield from found
        elif not os.path.exists(given):
            yield InputError(given, "no such file")
        elif input_format(given) is None:
            yield InputError(
                given, "is not JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst) or Parquet (.parquet)"
            )
        else:
            yield given


def _is_input(path: str) -> bool:
    return os.path.isfile(path) and input_format(path) is not None


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = os.path.join(root, name)
            if not name.startswith(".") and input_format(path) is not None:
                yield path


def chunks(
    path: str,
    *,
    text_key: str,
    id_key: str,
    all_columns: bool = False,
    row_groups: list[int] | None = None,
    batch_records: int = BATCH_RECORDS,
    shown: str | None = None,
) -> Iterator[Chunk]:
    """The chunks of one input file; InputError if it cannot be opened or read on.

    ``shown`` is the file's name in messages and outputs (default: ``path``).
    """
    fmt, compression = input_format(path) or ("jsonl", "")
    if fmt == "parquet":
        found = _parquet_chunks(path, text_key, id_key, all_columns, row_groups, batch_records)
    else:
        found = _jsonl_chunks(path, compression, batch_records)
    try:
        for chunk in found:
            if shown is not None:
                chunk.file = shown
            yield chunk
    except InputError as error:
        raise InputError(shown or path, error.reason) from None


def _open_jsonl(path: str, compression: str):
    """(raw file, decompressed binary stream); the raw file's position measures progress."""
    raw = open(path, "rb")
    if compression == ".gz":
        import gzip

        return raw, gzip.GzipFile(fileobj=raw, mode="rb")
    if compression == ".zst":
        import io

        import zstandard

        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return raw, io.BufferedReader(reader, buffer_size=2**20)  # type: ignore[arg-type]
    return raw, raw


def _jsonl_chunks(path: str, compression: str, batch_records: int) -> Iterator[Chunk]:
    try:
        raw, stream = _open_jsonl(path, compression)
    except OSError as error:
        raise InputError(path, f"cannot be read: {error.strerror or error}") from None
    except ImportError:
        raise InputError(
            path, "reading .zst needs zstandard: pip install 'fillcheck[corpus]'"
        ) from None
    number = 0
    with raw, stream:
        lines: list[bytes] = []
        rows: list[int] = []
        size = 0
        try:
            for line in stream:
                number += 1
                if not line.strip():
                    continue  # blank lines are not records
                lines.append(line)
                rows.append(number)
                size += len(line)
                if len(lines) >= batch_records or size >= BATCH_BYTES:
                    yield Chunk(path, "jsonl", lines, rows[0], raw.tell(), rows)
                    lines, rows, size = [], [], 0
        except Exception as error:  # gzip, zstandard and the OS raise their own types
            if lines:
                yield Chunk(path, "jsonl", lines, rows[0], raw.tell(), rows)
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            raise InputError(path, f"cannot be read after line {number}: {reason}") from None
        if lines:
            yield Chunk(path, "jsonl", lines, rows[0], raw.tell(), rows)


def _parquet_chunks(
    path: str,
    text_key: str,
    id_key: str,
    all_columns: bool,
    row_groups: list[int] | None,
    batch_records: int,
) -> Iterator[Chunk]:
    parquet = parquet_file(path)
    schema = parquet.schema_arrow
    if text_key not in schema.names:
        raise InputError(path, f"has no column {text_key!r} (use --text-key)")
    import pyarrow as pa

    if not (
        pa.types.is_string(kind := schema.field(text_key).type) or pa.types.is_large_string(kind)
    ):
        raise InputError(path, f"column {text_key!r} holds {kind}, not text")
    columns = None if all_columns else [c for c in (text_key, id_key) if c in schema.names]
    metadata = parquet.metadata
    groups = list(range(metadata.num_row_groups)) if row_groups is None else row_groups
    first = 1 + sum(metadata.row_group(i).num_rows for i in range(groups[0] if groups else 0))
    total = max(1, metadata.num_rows)
    size = os.path.getsize(path)
    try:
        for batch in parquet.iter_batches(
            batch_size=batch_records, columns=columns, row_groups=groups
        ):
            done = first - 1 + batch.num_rows
            yield Chunk(path, "arrow", batch, first, size * done // total)
            first += batch.num_rows
    except (OSError, pa.ArrowException) as error:
        raise InputError(path, f"cannot be read after row {first - 1}: {error}") from None


def parquet_file(path: str):
    """Open a Parquet file; InputError if it is not one (or pyarrow is missing)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            path, "reading Parquet needs pyarrow: pip install 'fillcheck[corpus]'"
        ) from None
    import pyarrow as pa

    try:
        return pq.ParquetFile(path)
    except OSError as error:
        raise InputError(path, f"cannot be read: {error.strerror or error}") from None
    except pa.ArrowException as error:
        raise InputError(path, f"is not a valid Parquet file ({error})") from None
