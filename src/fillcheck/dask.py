"""fillcheck for teams already in Dask: audit a Bag of records or a DataFrame of texts.

``audit_bag(bag, text_key="text")`` turns a Bag of dict records into a Bag of
finding dicts (the columns of ``fillcheck corpus`` JSON Lines output, less
``file``); ``audit_dataframe(ddf, text_column="text")`` runs
:func:`audit_frame` with ``map_partitions`` and returns a Dask DataFrame of
findings. Both take ``kind``, ``select``, ``ignore`` and ``settings`` as
:func:`fillcheck.audit_text` does; the arguments are validated at once, on
the client. Install with ``pip install 'fillcheck[dask]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .auditor import AuditSpec, auditor, make_spec

# The keys of a finding dict and the columns of a findings DataFrame, in order.
FINDING_COLUMNS = ("id", "start", "end", "line", "column", "rule", "name", "category",
                   "severity", "text", "message")  # fmt: skip


def _spec(kind: str, select: Any, ignore: Any, settings: Any) -> AuditSpec:
    return make_spec(kind=kind, select=select, ignore=ignore, settings=settings)


def finding_dicts(record_id: Any, text: str, spec: AuditSpec) -> list[dict[str, Any]]:
    """The findings of one text as dicts with :data:`FINDING_COLUMNS` as keys."""
    return [
        {"id": record_id, "start": f.start, "end": f.end, "line": f.line, "column": f.column,
         "rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
         "text": f.text, "message": f.message}
        for f in auditor(spec)(text)
    ]  # fmt: skip


def _audit_records(
    records: Iterable[Mapping[str, Any]], spec: AuditSpec, text_key: str, id_key: str
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for position, record in enumerate(records):
        text = record.get(text_key) if isinstance(record, Mapping) else None
        if not isinstance(text, str):
            raise TypeError(f"record {position} of a partition has no string {text_key!r}")
        found.extend(finding_dicts(record.get(id_key, position), text, spec))
    return found


def audit_bag(
    bag: Any,
    *,
    text_key: str = "text",
    id_key: str = "id",
    kind: str = "text",
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> Any:
    """A Bag of finding dicts, one per finding, for a Bag of dict records.

    A record without ``id_key`` is identified by its position in its
    partition; a record whose ``text_key`` is not a string raises TypeError
    when the bag is computed.
    """
    spec = _spec(kind, select, ignore, settings)
    return bag.map_partitions(_audit_records, spec, text_key, id_key)


def audit_frame(
    frame: Any,
    text_column: str = "text",
    id_column: str | None = "id",
    spec: AuditSpec | None = None,
) -> Any:
    """A pandas DataFrame of the findings in one pandas DataFrame (a partition).

    The ``id`` column holds ``id_column``'s values, or the frame's index when
    there is no such column. Null texts are passed over.
    """
    import pandas as pd

    spec = spec or AuditSpec()
    ids = frame[id_column] if id_column and id_column in frame.columns else frame.index
    rows: list[dict[str, Any]] = []
    for record_id, text in zip(ids, frame[text_column], strict=True):
        if isinstance(text, str):
            rows.extend(finding_dicts(record_id, text, spec))
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS)).astype(_dtypes(), errors="ignore")


def _dtypes() -> dict[str, str]:
    ints = ("start", "end", "line", "column")
    return {name: "int64" for name in ints}


def audit_dataframe(
    ddf: Any,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    kind: str = "text",
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> Any:
    """``ddf.map_partitions(audit_frame, ...)``: a Dask DataFrame of findings."""
    spec = _spec(kind, select, ignore, settings)
    meta = audit_frame(ddf._meta, text_column, id_column, spec)
    if id_column and id_column in ddf.columns:
        meta["id"] = meta["id"].astype(ddf._meta[id_column].dtype)
    return ddf.map_partitions(audit_frame, text_column, id_column, spec, meta=meta)
