"""FC308 on two shares of one whole whose parts make that whole.

`汉族毕业生共2017人,占毕业生总人数的61.99%;少数民族毕业生共1237人,占毕业生总人数的38.01%`,
`商品投诉393件,占72.6%;服务投诉148件,占27.4%`: the two parts add up to the whole the
shares are of. When one share is exactly its part over the two parts' sum, the other must
be too. When neither is but the two shares add up to 100%, the parts do not stand in the
ratio of their shares and the pair is reported as one.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..patterns import lazy_compile
from ._count_share_base import Share, num

# A base that names a whole (`党员总数`, `全市`, `合计`).
_WHOLE_BASE = lazy_compile("总|全|合计")
# Shares listed for several parts at once: the share next to a part need not be its own.
_RESPECTIVE = lazy_compile("分别|分別")


def pair_sum(text: str, group: list[Share]) -> Iterator[Hit]:
    """Hits on a pair of shares (see the module)."""
    first, second = group
    if first.base != second.base or (first.base and not _WHOLE_BASE.search(first.base)):
        return  # both name the whole, or neither does (not `占93.8%` after `占全部…的0.2%`)
    if any(_RESPECTIVE.search(text, s.part.end, s.end) for s in group):
        return  # `…76689人死亡,分別佔總數的60.6%和77.7%`: shares of parts read elsewhere
    whole = (first.part.value or 0) + (second.part.value or 0)
    if not whole or first.part.unit != second.part.unit:
        return
    fits = [_fits(share, whole) for share in group]
    if fits.count(True) == 0 and _complete(group):
        yield _ratio_hit(text, group, whole)
        return
    if fits.count(True) != 1:
        return  # both fit, or neither: the parts need not make the whole
    right, wrong = group[fits.index(True)], group[fits.index(False)]
    if len(f"{right.percent:g}".replace(".", "").lstrip("0")) < 3:
        return  # `0.2%` fits many wholes: no evidence that the parts make this one
    yield _hit(text, wrong, first, second, whole, wrong.end)


def _fits(share: Share, whole: float) -> bool:
    """True when the share is its part over ``whole`` to its last written digit (allowing
    for the rounding of parts written in 万 or 亿)."""
    part = share.part.value or 0
    step = share.part.numeral.step
    slack = 0.5 * 10**-share.digits + 1e-9 + step / whole * 100
    return abs(part / whole * 100 - share.percent) <= slack


def _complete(group: list[Share]) -> bool:
    """True when the two shares add up to 100% to their last written digit."""
    unit = max(10**-share.digits for share in group)
    return abs(sum(share.percent for share in group) - 100) <= unit + 1e-9


def _ratio_hit(text: str, group: list[Share], whole: float) -> Hit:
    """One hit over both shares: their parts are not in the ratio of the shares."""
    first, second = group
    return _hit(text, first, first, second, whole, second.end)


def _hit(text: str, share: Share, first: Share, second: Share, whole: float, end: int) -> Hit:
    actual = (share.part.value or 0) / whole * 100
    stated = text[share.start : share.end].strip()
    message = t(
        "share-contradicts",
        part=num(share.part),
        whole=f"({num(first.part)}+{num(second.part)})",
        actual=f"{actual:.{share.digits}f}",
        stated=stated,
    )
    return Hit(share.part.start, end, message, t("share-recompute"))
