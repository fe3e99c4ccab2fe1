"""FC308: a share whose base names a whole stated lines or paragraphs before it.

`全省公共財政支出874億元…。\\n從支出結構看,…民生支出合計628.16億元,占財政支出比重71.9%`,
`全市累計發生各類安全生產事故6769起,死亡595人…。\\n…死亡562人,占全市事故總死亡人數的94.45%`,
the base is the whole's name with its scope and words of totals
(`全市`, `全部`, `总`, `总…数`) taken off; the whole is the nearest earlier count of the
share's unit, larger than its part and not itself the part of a share, that follows
what is left of the base (a few verbs between them at most).
Being found at a distance, the whole is held to the share loosely: only a share more
than half a point away from the quotient is reported (an edit moves it by five or more).
A part whose sentence names another period than the whole's (`2017年上半年，国内旅游人数
25.37亿人次…。去年…共接待中外游客18亿人次，约占全国旅游人数的40.5%`) is a share of
that period's whole, which the text does not state.
"""

from __future__ import annotations

from ..finding import Hit
from ..numerals import Count
from ..patterns import is_han, lazy_compile
from ._count_index import CountIndex
from ._count_share_base import Share, check
from ._count_text import after_last_stop

# How far back the whole may be stated, and how far after its noun its count.
_REACH = 800
_GAP = 8
# A scope before the base's noun, and words of totals in it: `全市`, `全部`, `总`.
_SCOPE = lazy_compile(r"^(?:全[国省市县区州镇乡]|全部|全|本[市省县区])")
# A base's ending that names the measure of the whole (`总起数`, `死亡人数`, `比重`,
# `接待游客量`).
_MEASURE_END = lazy_compile(r"(?:[人起件个户家所项次例]?数|比重|比例|量)$")
# Bases of plans and other periods: another reading (see ``PLAN`` and ``_OWN_BASE``).
_OTHER_BASE = lazy_compile("计划|预算|目标|任务|上年|同期|去年|增")
# A share right after a count: `到位资金657465万元,占到位资金65.41%`.
_SHARE_AFTER = lazy_compile(r"\s*[，,]\s*占")
# The period a sentence speaks of: `去年`, `2017年`.
_PERIOD = lazy_compile(r"去年|上年|前年|今年|本年|(?:19|20)\d\d年")
_SENTENCE_END = "。！？\n"
_CLAUSE_END = "，,；;：:。！？\n"
# How far off a share may be from the quotient over a whole found at a distance.
_SLACK = 0.5


def distant_whole(counted: CountIndex, share: Share, parts: frozenset[int]) -> Count | None:
    """The whole ``share`` names, stated before it in the text (see the module): looked
    for where the base's noun is written, nearest first, with its count right after."""
    core = _core(share.base)
    if len(core) < 2 or _OTHER_BASE.search(share.base):
        return None
    text = counted.text
    part = share.part
    lo = max(0, part.start - 120)
    clause = max(lo, after_last_stop(text, lo, part.start, _CLAUSE_END))
    if "、" in text[clause : part.start]:
        return None  # `A类172件、B类80件、C类50件,占工单总量的59.68%`: a share of their sum
    lo = max(0, part.start - _REACH)
    at = text.rfind(core, lo, part.start)
    while at >= 0:  # the usual base is not written before its share: no count is read
        end = at + len(core)
        found = counted.between(end, min(part.start, end + _GAP + 24))
        count = found[0] if found and found[0].start <= end + _GAP else None
        if count is not None and _whole(text, count, end, part, parts):
            return None if _other_period(text, count.start, part.start) else count
        at = text.rfind(core, lo, at)
    return None


def _whole(text: str, count: Count, end: int, part: Count, parts: frozenset[int]) -> bool:
    """True when ``count`` follows the noun (at ``end``) as its whole: the same unit,
    larger than the part, not a part with a share of its own, only verbs between."""
    if not count.exact or count.unit != part.unit or count.start in parts:
        return False
    if (count.value or 0) <= (part.value or 0) or _SHARE_AFTER.match(text, count.end):
        return False
    return all(map(is_han, text[end : count.start]))


def _other_period(text: str, whole: int, part: int) -> bool:
    """True when the part's sentence and the whole's name different periods (`去年`, `2017年`)."""
    of_part, of_whole = _period(text, part), _period(text, whole)
    return bool(of_part and of_whole and of_part != of_whole)


def _period(text: str, at: int) -> str:
    """The first period named in the sentence that ``at`` stands in, up to ``at``."""
    lo = max(0, at - 300)
    start = max(lo, after_last_stop(text, lo, at, _SENTENCE_END))
    match = _PERIOD.compiled.search(text, start, at)
    return match.group() if match else ""


def distant_hit(text: str, share: Share, whole: Count) -> Hit | None:
    """The share checked against a whole found at a distance, with a loose tolerance."""
    exact = (share.part.value or 0) / (whole.value or 1) * 100
    if abs(exact - share.percent) <= max(_SLACK, 10**-share.digits) or share.percent > 100:
        return None  # close enough; or above the whole, which the rule says in its own words
    return check(text, share, whole, share.start, share.end)


def _core(base: str) -> str:
    """The noun a base names its whole by: `全市事故总起数` -> `事故`,
    `全部信息发布城市产生总量` -> `信息发布城市产生量`, `财政支出` stays."""
    base = _SCOPE.compiled.sub("", base.strip())
    base = _MEASURE_END.compiled.sub("", base.replace("总", ""))
    return base if all(map(is_han, base)) else ""
