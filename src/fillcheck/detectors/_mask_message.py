"""What the mask rules share: the context a verdict reads and the message naming the value."""

from __future__ import annotations

from functools import lru_cache

from ..messages import t
from ._values import UNIT_WINDOW, Unit, describe

WORD = Unit("", "word")
# Characters after a mask that decide its verdict: the longest unit, or 世纪.
WINDOW = max(UNIT_WINDOW, 2)


@lru_cache(maxsize=4096)
def mask_message(mask: str, unit: Unit, lang: str) -> tuple[str, str]:
    """(message, suggestion) in ``lang`` for ``mask`` standing for a value of ``unit``'s kind."""
    what = describe(unit.kind)
    if unit.kind in ("word", "title"):
        message = t("masked-word", mask=mask, what=what)
    else:
        message = t("masked-unit", mask=mask, unit=unit.text, what=what)
    return message, t("fill-mask", mask=mask)
