"""The JSON encoding shared by the json and jsonl formats, built for many findings.

``json.dumps(..., ensure_ascii=False)`` builds a new encoder on every call and
``json.dump(..., indent=2)`` falls back to the pure-Python encoder. Here orjson
encodes a whole file's findings at once: compact objects for JSON Lines, and
``OPT_INDENT_2`` for the array, which is byte for byte what ``json`` writes with
``indent=2``. Without orjson (or for text orjson refuses: lone surrogates), one
reused ``json`` encoder writes the same text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..finding import FIELDS, Finding

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; the fallback keeps odd installs working
    orjson = None  # type: ignore[assignment]

# Reused encoders; the compact one is C-accelerated and writes what orjson writes.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2)
# Finding's field indexes in the order of the documented keys (rule comes before end_line).
_ORDER = tuple(Finding._fields.index(key) for key in FIELDS)


def rows(findings: Sequence[Finding]) -> list[dict[str, object]]:
    """The findings as JSON-ready dicts with the documented keys, in documented order."""
    order, keys = _ORDER, FIELDS
    return [dict(zip(keys, [finding[i] for i in order], strict=True)) for finding in findings]


def json_lines(findings: Sequence[Finding]) -> str:
    """One compact JSON object per finding, each on its own line ending in a newline."""
    items = rows(findings)
    if orjson is not None:
        try:
            return b"\n".join(map(orjson.dumps, items)).decode("utf-8") + "\n"
        except orjson.JSONEncodeError:  # lone surrogates: json escapes them, orjson refuses
            pass
    encode = _COMPACT.encode
    return "".join([encode(item) + "\n" for item in items])


def indented_items(findings: Sequence[Finding]) -> str:
    """The findings as the items of an ``indent=2`` JSON array, without the brackets.

    Items are separated by ``,\\n`` and indented by two spaces, as inside the
    array ``json.dump(..., indent=2)`` writes; the caller joins the items of
    several files with ``,\\n`` and wraps them in ``[\\n`` ... ``\\n]``.
    """
    items = rows(findings)
    if orjson is not None:
        try:
            text = orjson.dumps(items, option=orjson.OPT_INDENT_2).decode("utf-8")
        except orjson.JSONEncodeError:  # lone surrogates: json escapes them, orjson refuses
            text = _INDENTED.encode(items)
    else:
        text = _INDENTED.encode(items)
    return text[2:-2]  # drop "[\n" and "\n]"
