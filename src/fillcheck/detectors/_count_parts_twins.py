"""FC304 on the second unit of a total and its part: `播種面積26613千公頃(39920萬畝)…其中小麥
播種面積23091千公頃(34636萬畝)`, `總產量14978萬噸(2996億斤)…其中小麥產量13822萬噸(2764億斤)`.
A total written in two units with the second in brackets, and a part written the same way:
the part's bracketed amount is compared with the total's as well."""

from __future__ import annotations

from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import Count, same_kind
from ._count_breakdown import Breakdown
from ._count_index import CountIndex
from ._count_stages import described

_OPEN = "（("


def twin_parts_exceeding(counted: CountIndex, breakdown: Breakdown) -> Iterator[Hit]:
    """FC304 hits on the bracketed second amounts of ``breakdown``'s parts."""
    whole = _twin(counted, breakdown.total)
    if whole is None:
        return
    for part in breakdown.parts:
        if (part.count.value or 0) > (breakdown.total.value or 0):
            continue  # the first amounts already differ: the part rule reports that
        twin = _twin(counted, part.count)
        if twin is None or not same_kind(twin, whole) or (twin.value or 0) <= (whole.value or 0):
            continue
        message = t(
            "part-exceeds",
            part=described(twin, part.label),
            total=described(whole, breakdown.total_label),
        )
        yield Hit(twin.start, twin.end, message, t("check-both"))


def _twin(counted: CountIndex, count: Count) -> Count | None:
    """The amount in brackets right after ``count`` in another unit of the same kind
    (`26613千公頃(39920萬畝)`), or None."""
    text = counted.text
    if count.end >= len(text) or text[count.end] not in _OPEN:
        return None
    inside = counted.between(count.end + 1, min(len(text), count.end + 24))
    if not inside or inside[0].start != count.end + 1 or not inside[0].exact:
        return None
    twin = inside[0]
    if twin.unit == count.unit or twin.kind != count.kind:
        return None
    if twin.end >= len(text) or text[twin.end] not in "）)":
        return None
    return twin
