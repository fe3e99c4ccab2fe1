"""What a worker does with a chunk: decode records, audit each text, encode the outputs.

Everything here runs in worker processes (or Dask workers), so the parent
process only reads lines and writes bytes. Results are per chunk and in
record order; bad records become one-line messages naming file and line/row.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..auditor import AuditSpec, auditor
from ..finding import Finding
from .sources import Chunk

# The columns of the findings table (JSON Lines keys, Parquet columns), in order.
COLUMNS = (
    "file", "id", "start", "end", "line", "column", "rule", "name", "category", "severity",
    "text", "message",
)  # fmt: skip
DOLMA_PREFIX = "fillcheck__"

try:
    import orjson

    def loads(data: bytes) -> Any:
        """Decode one JSON value; orjson, with the standard library for what it refuses."""
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError as error:
            try:
                return json.loads(data)  # lone surrogates, NaN: still JSON to Python
            except ValueError:
                raise error from None

    def dumps(value: Any) -> bytes:
        """Encode one JSON line (UTF-8, not ASCII-escaped)."""
        try:
            return orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE)
        except TypeError:  # lone surrogates, other types: escaped ASCII still round-trips
            return (json.dumps(value, default=str) + "\n").encode()

except ImportError:  # pragma: no cover - orjson is in the corpus extra

    def loads(data: bytes) -> Any:
        """Decode one JSON value."""
        return json.loads(data)

    def dumps(value: Any) -> bytes:
        """Encode one JSON line."""
        try:
            return (json.dumps(value, ensure_ascii=False) + "\n").encode()
        except UnicodeEncodeError:
            return (json.dumps(value, default=str) + "\n").encode()


@dataclass(frozen=True)
class Job:
    """What every chunk of a run is audited and encoded with (sent to workers once)."""

    spec: AuditSpec
    text_key: str = "text"
    id_key: str = "id"
    output: str | None = "jsonl"  # "jsonl", "parquet", "dolma" or None
    keep: bool = False  # encode records without findings
    drop: bool = False  # encode records with findings
    lang: str | None = None  # the language of messages (None: the worker's own)


@dataclass(kw_only=True)
class Counts:
    """Records audited, their bytes of text, those with findings, findings per rule, bad ones."""

    records: int = 0
    nbytes: int = 0
    flagged: int = 0
    rules: Counter = field(default_factory=Counter)
    bad: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Count ``other`` in too."""
        self.records += other.records
        self.nbytes += other.nbytes
        self.flagged += other.flagged
        self.rules.update(other.rules)
        self.bad.extend(other.bad)


@dataclass(kw_only=True)
class Result(Counts):
    """One chunk's outputs and counts, in record order."""

    file: str
    done: int
    output: Any = b""  # bytes (JSON Lines, Dolma) or a pyarrow RecordBatch
    keep: bytes = b""
    drop: bytes = b""


def records(chunk: Chunk, job: Job, bad: list[str]):
    """Yield (where, id, text, raw record) of each good record; bad ones go to ``bad``."""
    if chunk.kind == "arrow":
        yield from _arrow_records(chunk, job, bad)
        return
    rows = chunk.rows or range(chunk.first, chunk.first + len(chunk.payload))
    for number, line in zip(rows, chunk.payload, strict=True):
        where = f"{chunk.file}:{number}"
        try:
            record = loads(line)
        except ValueError as error:
            bad.append(f"{where}: not JSON ({str(error).splitlines()[0][:120]})")
            continue
        if not isinstance(record, dict):
            bad.append(f"{where}: not a JSON object")
            continue
        text = record.get(job.text_key)
        if not isinstance(text, str):
            reason = "no" if job.text_key not in record else "not a string in"
            bad.append(f"{where}: {reason} key {job.text_key!r}")
            continue
        yield where, record.get(job.id_key, number), text, line


def _arrow_records(chunk: Chunk, job: Job, bad: list[str]):
    batch = chunk.payload
    texts = batch.column(job.text_key).to_pylist()
    names = batch.schema.names
    ids = batch.column(job.id_key).to_pylist() if job.id_key in names else None
    rows = batch.to_pylist() if job.keep or job.drop else None
    for index, text in enumerate(texts):
        number = chunk.first + index
        where = f"{chunk.file}: row {number}"
        if text is None:
            bad.append(f"{where}: {job.text_key!r} is null")
            continue
        record_id = ids[index] if ids is not None and ids[index] is not None else number
        yield where, record_id, text, (rows[index] if rows is not None else None)


def audit_chunk(chunk: Chunk, job: Job) -> Result:
    """Audit every record of ``chunk`` and encode what ``job`` asks for."""
    from ..messages import use_language

    with use_language(job.lang):
        return _audit_chunk(chunk, job)


def _audit_chunk(chunk: Chunk, job: Job) -> Result:
    check = auditor(job.spec)
    result = Result(file=chunk.file, done=chunk.done)
    out: list[Any] = []
    kept: list[bytes] = []
    dropped: list[bytes] = []
    for where, record_id, text, raw in records(chunk, job, result.bad):
        findings, timeouts = check.audit(text)
        for timeout in timeouts:
            result.bad.append(f"{where}: {timeout}; its findings in this record are not reported")
        result.records += 1
        result.nbytes += len(text.encode("utf-8", "surrogatepass"))
        if findings:
            result.flagged += 1
            result.rules.update(f.rule for f in findings)
        _encode(job.output, chunk.file, record_id, findings, out)
        if (job.drop and findings) or (job.keep and not findings):
            line = raw if isinstance(raw, bytes) else dumps(raw)
            (dropped if findings else kept).append(line if line.endswith(b"\n") else line + b"\n")
    result.output = _finish(job.output, out)
    result.keep, result.drop = b"".join(kept), b"".join(dropped)
    return result


def _encode(output: str | None, file: str, record_id: Any, findings: list[Finding], out) -> None:
    if output == "dolma":
        out.append(dumps({"id": record_id, "attributes": dolma_attributes(findings)}))
    elif output == "jsonl":
        out.extend(
            dumps(dict(zip(COLUMNS, row(file, record_id, f), strict=True))) for f in findings
        )
    elif output == "parquet":
        out.extend(row(file, record_id, f) for f in findings)


def row(file: str, record_id: Any, f: Finding) -> tuple:
    """One finding as a row of :data:`COLUMNS`."""
    return (file, record_id, f.start, f.end, f.line, f.column, f.rule, f.name, f.category,
            f.severity, f.text, f.message)  # fmt: skip


def dolma_attributes(findings: list[Finding]) -> dict[str, list[list[float]]]:
    """``{"fillcheck__<rule-name>": [[start, end, 1.0], ...]}`` for one record."""
    attributes: dict[str, list[list[float]]] = {}
    for f in findings:
        attributes.setdefault(DOLMA_PREFIX + f.name, []).append([f.start, f.end, 1.0])
    return attributes


def _finish(output: str | None, out: list[Any]) -> Any:
    if output != "parquet":
        return b"".join(out)
    import pyarrow as pa

    columns = list(zip(*out, strict=True)) if out else [[] for _ in COLUMNS]
    data = {name: list(values) for name, values in zip(COLUMNS, columns, strict=True)}
    data["id"] = [value if isinstance(value, str) else str(value) for value in data["id"]]
    return pa.RecordBatch.from_pydict(data, schema=parquet_schema())


def parquet_schema():
    """The Arrow schema of the findings table."""
    import pyarrow as pa

    ints = ("start", "end", "line", "column")
    return pa.schema([(name, pa.int64() if name in ints else pa.string()) for name in COLUMNS])
