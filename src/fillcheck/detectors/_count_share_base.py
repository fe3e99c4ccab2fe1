"""FC308's shared pieces: a stated share, and the test that its counts agree with it.

Every figure is taken as rounded to its last written digit, and a share is one
unit of its last digit away from the exact quotient before it is reported.
"""

from __future__ import annotations

from typing import NamedTuple

from ..finding import Hit
from ..messages import t
from ..numerals import Count
from ..patterns import lazy_compile

CLAUSE = "，,；;：:。\n"
PLAN = lazy_compile("(?:计划|预算|目标|任务)数?$")
# Words between a plan's name and its count: `计划投资93.68亿元`.
PLAN_OBJECTS = frozenset(("投资", "总投资", "资金", "金额"))
# A clause that states a change: its count is no part (`同比增加2,168万元`).
# (`增加到0.17萬名` states a level, not a change.)


class Share(NamedTuple):
    """A part, its stated share and the base words (`承办总数`)."""

    part: Count
    percent: float
    digits: int
    base: str
    start: int
    end: int


def digits(pct: str) -> int:
    return len(pct.partition(".")[2])


def ratio_range(part: Count, whole: Count) -> tuple[float, float]:
    p_step, w_step = part.numeral.step / 2, whole.numeral.step / 2
    low = (part.value - p_step) / (whole.value + w_step) * 100
    high = (part.value + p_step) / max(whole.value - w_step, 1e-9) * 100
    return low, high


def check(text: str, share: Share, whole: Count, start: int, end: int) -> Hit | None:
    if not whole.value or not share.part.value:
        return None
    low, high = ratio_range(share.part, whole)
    unit = 10**-share.digits
    if low - unit <= share.percent <= high + unit:
        return None
    actual = share.part.value / whole.value * 100
    shown = f"{actual:.{share.digits}f}"
    stated = text[start:end].strip()
    message = t(
        "share-contradicts", part=num(share.part), whole=num(whole), actual=shown, stated=stated
    )
    return Hit(share.part.start, end, message, t("share-recompute"))


def num(count: Count) -> str:
    return count.text[: count.num_end - count.start].strip()


def agrees(share: Share, whole: Count) -> bool:
    low, high = ratio_range(share.part, whole)
    unit = 10**-share.digits
    return low - unit <= share.percent <= high + unit


def implied(share: Share) -> tuple[float, float]:
    unit = 10**-share.digits
    value = share.part.value or 0
    step = share.part.numeral.step / 2
    high_pct, low_pct = share.percent + unit, max(share.percent - unit, 1e-9)
    return (value - step) / high_pct * 100, (value + step) / low_pct * 100
