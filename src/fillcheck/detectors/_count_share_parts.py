"""FC308, shares of the total a `其中` splits: a lone share after one of its parts
(`來台旅客計219.6萬人次,…其中以來自日本71.9萬人次,占32.7%居首`), and the share a few
named parts make together (`…香港136.7万人次…日本58.4万人次、澳门57.2万人次,三者合占62.9%`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import Count
from ..patterns import lazy_compile
from ._count_index import CountIndex
from ._count_pairs import WHOLE_REACH, whole_before
from ._count_parts import Part, opened_total
from ._count_share_base import Share, agrees, check, digits
from ._count_sums import complete
from ._count_text import literal_offsets

# `其中` that splits the total a share's part belongs to, searched this far back.
_REACH = 200


def total_of_part(counted: CountIndex, part: Count) -> Count | None:
    """The total a `其中` in the part's sentence splits, when ``part`` is one of its
    parts' counts and smaller than it (a part above its total is FC304's)."""
    text = counted.text
    lo = max(0, part.start - _REACH)
    stop = max(text.rfind(s, lo, part.start) for s in "。\n")
    index = text.rfind("其中", max(lo, stop + 1), part.start)
    among = text.rfind("当中", max(lo, stop + 1), part.start)  # `…787宗,當中129宗為…`
    if among > index and text[among - 1 : among] in "，,":
        index = among
    if index < 0:
        return None
    found = opened_total(counted, index)
    if found is None:
        return None
    total, end = found
    if total.start <= stop and _share_in_sentence(text, total.start, stop):
        return None  # `…占建议总数的91%。其中,…206件,占26.5%`: which total is not said
    if end < part.end or total.unit != part.unit or not total.exact:
        return None
    return total if (total.value or 0) > (part.value or 0) else None


def _share_in_sentence(text: str, at: int, stop: int) -> bool:
    """True when the sentence of the count at ``at`` (ending at ``stop``) states a share:
    its count may then be a part of a larger whole, and a `其中` after it ambiguous."""
    start = max(text.rfind(s, 0, at) for s in "。\n") + 1
    return "%" in text[start:stop] or "％" in text[start:stop]


def lone_share_hit(counted: CountIndex, share: Share) -> Hit | None:
    """A share without a base, alone in its run, after a part of a `其中` total."""
    text = counted.text
    if share.percent > 100 and share.base:
        return None  # `占党员总数的140%`: the rule for a share above its whole says so
    if share.base and not _WHOLE.search(share.base):
        return None  # `占全省的12%`: a share of a whole not stated here
    if "分别" in text[max(0, share.start - 8) : share.start]:
        return None  # `…23件,分别占比23.39%`: shares of several counts
    total = total_of_part(counted, share.part)
    if total is None:
        return None
    return check(counted.text, share, total, share.start, share.end)


# A base that names the whole a `其中` splits: `占受理总数的65%`, `占全部的`.
_WHOLE = lazy_compile("总数|总量|总额|总计|合计|全部")


def based_whole(counted: CountIndex, group: list[Share]) -> Count | None:
    """The whole a run of shares names as its base, stated lines before them
    (`2023年末全市常住人口[3]为429405人。…居住在城镇的人口为297557人,占常住人口的69.30%`),
    when all the shares but one agree with it."""
    base = group[0].base
    if len(base) < 2 or len(group) < 2:
        return None
    text = counted.text
    first = group[0].part.start
    if text.rfind(base[-2:], max(0, first - WHOLE_REACH), first) < 0:
        return None  # the usual case: the base is not named before (see `whole_before`)
    parts = []
    for share in group:
        start = max(
            text.rfind(s, max(0, share.part.start - 30), share.part.start) for s in "，,；;：:。\n"
        )
        parts.append(Part(share.part, text[start + 1 : share.part.start].strip()))
    if not complete(tuple(parts)):
        return None  # only a split's shares, whose parts may not sum to the whole
    least = min(share.part.value or 0 for share in group)
    found = whole_before(counted, group[0].part, base, least)
    if found is None or found[0].unit != group[0].part.unit:
        return None
    agreeing = sum(agrees(share, found[0]) for share in group)
    return found[0] if agreeing >= max(1, len(group) - 1) else None


_SMALL = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"两": 2}
_SMALL |= {str(i): i for i in range(10)}
# `三者合占62.9%`, `两项合计占比41.2%`, `上述3类共占87.5%`.
_JOINT = lazy_compile(
    r"(?P<n>[两二三四五六七八九]|[2-9])(?:者|地|项|类|个|家|种|省|市|县|区)"
    r"(?:合计|合共|共|合)占(?:比)?(?:为|达)?\s?(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]"
)


def joint_share_hits(counted: CountIndex) -> Iterator[Hit]:
    """`…其中仍以前往香港136.7万人次居冠,…其次为日本58.4万人次、澳门57.2万人次,三者合占
    62.9%`: the named parts' sum over the total the `其中` splits."""
    text = counted.text
    for index in literal_offsets(text, "合占", "共占", "合计占", "合共占"):
        match = _JOINT.compiled.search(text, max(0, index - 3), index + 12)
        if match is None or match.start("pct") < index:
            continue
        n = _SMALL.get(match.group("n"))
        lo = max(0, match.start() - _REACH)
        stop = max(lo - 1, *(text.rfind(s, lo, match.start()) for s in "。\n"))
        before = [c for c in counted.between(stop + 1, match.start()) if c.exact]
        if n is None or len(before) < n:
            continue
        parts = before[-n:]
        if len({c.unit for c in parts}) != 1:
            continue
        total = total_of_part(counted, parts[0])
        if total is None or any(c.start <= total.end for c in parts):
            continue
        value = sum(c.value or 0 for c in parts)
        step = sum(c.numeral.step for c in parts)
        numeral = parts[0].numeral._replace(low=value, high=value, step=step)
        summed = parts[0]._replace(numeral=numeral)
        pct = match.group("pct")
        share = Share(summed, float(pct), digits(pct), "", match.start("pct"), match.end())
        hit = check(text, share, total, match.start("pct"), match.end())
        if hit is not None:
            shown = " + ".join(c.text[: c.num_end - c.start] for c in parts)
            message = t(
                "share-joint",
                parts=shown,
                total=total.text[: total.num_end - total.start],
                actual=f"{value / (total.value or 1) * 100:.{share.digits}f}",
                stated=text[match.start("pct") : match.end()],
            )
            yield Hit(parts[0].start, match.end(), message, t("share-recompute"))
