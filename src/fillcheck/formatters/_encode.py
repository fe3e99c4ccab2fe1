"""The JSON encoding shared by the json and jsonl formats, built for many findings.

``json.dumps(..., ensure_ascii=False)`` builds a new encoder on every call and
``json.dump(..., indent=2)`` falls back to the pure-Python encoder. Here orjson
encodes a whole file's findings at once: compact objects for JSON Lines, and
``OPT_INDENT_2`` for the array, which is byte for byte what ``json`` writes with
``indent=2``. Without orjson (or for text orjson refuses: lone surrogates), one
reused ``json`` encoder writes the same text.

A file's findings are encoded ``CHUNK`` at a time (see :func:`chunks`): a scraped
file of hundreds of megabytes holds hundreds of thousands of findings, and their
dicts and encoded text all at once would take more memory than the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TextIO

from ..finding import Finding

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; the fallback keeps odd installs working
    orjson = None  # type: ignore[assignment]

# Reused encoders; the compact one is C-accelerated and writes what orjson writes.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2)
CHUNK = 4096  # findings encoded at a time


def _row(f: Finding) -> dict[str, object]:
    """One finding as a dict with the documented keys (FIELDS), in documented order: a
    dict display with indexes into the tuple (rule comes before end_line in a Finding)
    is built a third faster than ``dict(zip(FIELDS, ...))``."""
    return {"path": f[0], "line": f[1], "column": f[2], "end_line": f[4], "end_column": f[5],
            "rule": f[3], "name": f[6], "category": f[7], "severity": f[8], "text": f[9],
            "message": f[10], "suggestion": f[11]}  # fmt: skip


def rows(findings: Sequence[Finding]) -> list[dict[str, object]]:
    """The findings as JSON-ready dicts with the documented keys, in documented order."""
    return list(map(_row, findings))


def chunks(findings: Sequence[Finding], size: int = CHUNK) -> Iterator[Sequence[Finding]]:
    """``findings`` in consecutive slices of at most ``size`` (the list itself if it is
    no longer; nothing if it is empty)."""
    if len(findings) <= size:
        if findings:
            yield findings
        return
    for start in range(0, len(findings), size):
        yield findings[start : start + size]


def write(stream: TextIO, data: bytes | str) -> None:
    """Write encoded output: UTF-8 bytes go straight to a UTF-8 stream's buffer (decoding
    them only for the text layer to encode them again costs as much as the encoding)."""
    if isinstance(data, str):
        stream.write(data)
        return
    buffer = getattr(stream, "buffer", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if buffer is not None and encoding == "utf8":
        stream.flush()
        buffer.write(data)
    else:
        stream.write(data.decode("utf-8"))


def json_lines(findings: Sequence[Finding]) -> bytes | str:
    """One compact JSON object per finding, each on its own line ending in a newline
    (UTF-8 bytes from orjson, text from the fallback)."""
    items = rows(findings)
    if orjson is not None and items:
        try:
            array = orjson.dumps(items)
        except orjson.JSONEncodeError:  # lone surrogates: json escapes them, orjson refuses
            pass
        else:
            # One call for the whole file, then one object per line: each object starts
            # with {"path": and inside a string value every quote is escaped (\"), so
            # },{"path": occurs only between two objects.
            return array[1:-1].replace(b'},{"path":', b'}\n{"path":') + b"\n"
    encode = _COMPACT.encode
    return "".join([encode(item) + "\n" for item in items])


def indented_items(findings: Sequence[Finding]) -> bytes | str:
    """The findings as the items of an ``indent=2`` JSON array, without the brackets.

    Items are separated by ``,\\n`` and indented by two spaces, as inside the
    array ``json.dump(..., indent=2)`` writes; the caller joins the items of
    several files with ``,\\n`` and wraps them in ``[\\n`` ... ``\\n]``.
    """
    items = rows(findings)
    if orjson is not None:
        try:
            return orjson.dumps(items, option=orjson.OPT_INDENT_2)[2:-2]  # drop "[\n", "\n]"
        except orjson.JSONEncodeError:  # lone surrogates: json escapes them, orjson refuses
            pass
    return _INDENTED.encode(items)[2:-2]
