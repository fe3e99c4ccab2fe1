"""FC308: the shares of one classification, stated without their counts, that do not
make 100%: `从地区分布情况看:西部地区…占36.9%;东部地区、中部地区和东北地区分别占21.7%、
23.8%和17.6%` (100.0), `从坡度等级情况看:0-15度的耕地…占87.5%;15-25度、25度以上的耕地
分别占9.2%和3.3%`.

A sentence that opens with a view of a classification (`从…分布…看`, `从…类别看`,
`按…分`) and then gives only shares (no counts, no other percentages) names every class
of one whole: its shares add up to 100, each to its rounding. Shares of groups that may
overlap (`其中`, two bands with `以上`) or that the sentence leaves open (`等`, `主要`,
`前`) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..patterns import lazy_compile
from ._count_index import CountIndex
from ._count_share_base import digits
from ._count_text import sentence_end

# `从地区分布情况看:`, `从耕地类别看,`, `从坡度等级情况来看:`: a view of a classification.
_VIEW = lazy_compile(
    r"从[\u4e00-\u9fff]{0,8}?(?:分布|类别|类型|结构|构成|等级)(?:情况)?来?看[：:，,]"
)
# Every percentage of the sentence, and the shares among them (`占36.9%`, `分别占…`).
_PERCENT = lazy_compile(r"(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]")
_SHARE_WORD = lazy_compile(r"占(?:比)?(?:为)?\s?$|分别占\s?$|[、和及与]\s?$")
# Words that leave the classes open or let them overlap.
_OPEN = lazy_compile("其中|等|主要|前[0-9一二三四五六七八九十]|超过|不足|增|减|同比|比上年")


def view_share_hits(counted: CountIndex) -> Iterator[Hit]:
    """FC308 hits of the shares of a classification that do not make 100%."""
    text = counted.text
    done = -1
    for look in counted.positions("看"):  # every view ends `看` and a stop
        if text[look + 1 : look + 2] not in "：:，,":
            continue
        index = text.rfind("从", max(0, look - 14), look)
        if index < 0 or index <= done:
            continue
        view = _VIEW.compiled.match(text, index)
        if view is None:
            continue  # the usual `分布`: no view of a classification
        done = index
        end = sentence_end(text, view.end())
        if counted.between(view.end(), end) or _OPEN.search(text, view.end(), end):
            continue  # counts of its own, or classes left open
        if text.count("以上", view.end(), end) + text.count("以下", view.end(), end) > 1:
            continue  # bands that may overlap (`大专以上…本科以上…`); one open end is a band
        percents = list(_PERCENT.finditer(text, view.end(), end))
        if len(percents) < 2:
            continue
        lead = view.end()
        for match in percents:
            if not _SHARE_WORD.search(text, max(lead, match.start() - 4), match.start()):
                break  # a percentage that is no share of the whole (`比重最大,为…`)
            lead = match.end()
        else:
            hit = _sum_hit(text, percents)
            if hit is not None:
                yield hit


def _sum_hit(text: str, percents: list) -> Hit | None:
    values = [match.group("pct") for match in percents]
    total = sum(float(v) for v in values)
    slack = sum(0.5 * 10 ** -digits(v) for v in values) + 0.1
    if abs(total - 100) <= slack:
        return None
    shares = " + ".join(f"{v}%" for v in values)
    message = t("shares-not-summing", shares=shares, sum=f"{total:g}")
    return Hit(percents[0].start(), percents[-1].end(), message, t("share-recompute"))
