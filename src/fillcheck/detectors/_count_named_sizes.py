"""Item counts for items that each end with the announced noun (`四个问题，即A和B问题，…`,
`三个结合：A与B的结合、…`, `三个清单：责任清单、问题清单和整改清单`)."""

from __future__ import annotations

from ._count_items import _LEADING_CONJUNCTION, JOINED, list_sizes


def named_sizes(items: list[str], name: str) -> set[int]:
    """:func:`list_sizes`, but one item each when every item ends with the announced
    noun ``name`` (`四个问题，即A和B问题，C的问题，…`, `三个结合：A与B的结合、C与D的结合`:
    a conjunction inside an item that names its own noun joins words, not items)."""
    items = [item.rstrip("。；;，,") for item in items]
    if len(name) < 2 or not all(item.endswith(name) for item in items):
        return list_sizes(items)
    # `问题清单和整改清单`: parts that each end with the noun are two items
    return {sum(_named_parts(item, name) for item in items)}


def _named_parts(item: str, name: str) -> int:
    """How many items ``item`` holds: its conjunction's parts when each ends with ``name``."""
    parts = JOINED.compiled.split(_LEADING_CONJUNCTION.sub("", item))
    return len(parts) if len(parts) > 1 and all(p.endswith(name) for p in parts) else 1
