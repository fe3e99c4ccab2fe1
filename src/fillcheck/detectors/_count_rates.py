"""FC308: rates and runs of shares that contradict their own figures.

* a stage's rate: `共排查一般隐患141911项,已整改137354项,整改率97.28%` (96.79%);
* shares of one whole that name every part (the last `其他`) and do not make 100%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import Count
from ..patterns import lazy_compile
from ._count_index import CountIndex
from ._count_part_rates import part_rate_hits
from ._count_share_base import CLAUSE, Share, check, digits
from ._count_share_views import view_share_hits
from ._count_text import after_last_stop, iter_literal, matches_near


def rate_contradictions(counted: CountIndex) -> Iterator[Hit]:
    """FC308 hits of rates and of share runs in the text of ``counted``."""
    yield from _rate_hits(counted)
    yield from _ratio_hits(counted)
    yield from _share_sum_hits(counted)
    yield from view_share_hits(counted)
    yield from part_rate_hits(counted, RATE.compiled)


# `整改率97.28%`, `办结率为75.42%`, `开工率为 98.4%`: a rate named by the stage it counts.
RATE = lazy_compile(
    r"(?P<stem>办结|解决|整改|完成|开工|办复|答复|回复|结案|化解|销号|竣工|落实|到位|履约"
    r"|处置|利用|回收|采纳|执行|签约|验收)"
    r"率(?:为|达到?|是)?\s?(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]"
)
# Words that may name a rate of the whole (`综合办结率`); others name a subset.
_WHOLE_RATE = frozenset(("", "综合", "总", "总体", "整体", "總", "綜合", "總體", "整體"))
# Before the stage's name, these make its count the rest (`未完成5个`, `正在整改6个`).
_NOT_DONE = lazy_compile("未|正在|尚未|待|不")


def _rate_hits(counted: CountIndex) -> Iterator[Hit]:
    """`共排查一般隐患141911项,已整改137354项,整改率97.28%`: in a sentence that counts
    the whole and the stage the rate names (and perhaps the rest), the stage over
    the whole."""
    text = counted.text
    # Every rate's two-character stem stands right before its `率`.
    for match in matches_near(RATE.compiled, text, iter_literal(text, "率"), 2, 2):
        stem = match.group("stem")
        clause = after_last_stop(text, max(0, match.start() - 20), match.start(), CLAUSE)
        prefix = text[clause : match.start()].strip() if clause >= 0 else ""
        if prefix in _WHOLE_RATE:
            prefix = ""
        start = max(text.rfind(stop, max(0, match.start() - 160), match.start()) for stop in "。\n")
        # counts before an earlier rate or share belong to it (`完成投资154.21億元,完成率
        # 44.04%,資本金到位86.83億元,到位率75.11%`: 86.83 is no stage of 154.21)
        start = max(
            start,
            text.rfind("%", start + 1, match.start()),
            text.rfind("％", start + 1, match.start()),
        )
        if prefix and not _named_in(prefix, text[start + 1 : clause]):
            continue  # `审判案件结案率92.32%`: the rate of a subset the sentence does not count
        counts = [c for c in counted.outside_brackets(start + 1, match.start()) if c.exact]
        if not counts:
            continue
        unit = counts[-1].unit
        kept = []
        for count in counts:
            clause = after_last_stop(text, start + 1, count.start, CLAUSE + "、")
            words = text[max(clause, start + 1) : count.start]
            if count.unit == unit and not _NOT_DONE.search(words):
                # a plan is the whole even when named by the stage (`计划完成投资85.5亿元`)
                kept.append((count, stem in words and not _PLANNED.search(words), words))
        if len(kept) != 2 or not kept[1][1] or kept[0][1]:
            continue
        if prefix and not _named_in(prefix, kept[1][2]):
            continue  # `审判案件结案率92.32%`: the rate of a subset of the cases
        whole, part = kept[0][0], kept[1][0]
        pct = match.group("pct")
        share = Share(part, float(pct), digits(pct), "", match.start("pct"), match.end())
        hit = check(text, share, whole, share.start, share.end)
        if hit is not None:
            yield hit


# Words that make a count a plan or target, not a stage reached.
_PLANNED = lazy_compile("计划|目标|预算|任务")


def _named_in(prefix: str, words: str) -> bool:
    """True when the words before a rate (`年度投资完成率`) name the stage's count too,
    two characters at a time (`年度累计完成投资54.21亿元`)."""
    chunks = [prefix[i : i + 2] for i in range(0, len(prefix) - 1, 2)]
    return bool(chunks) and all(chunk in words for chunk in chunks)


# `结收比为92.12%`: cases closed over cases received.
_CLOSED_RATIO = lazy_compile(r"结收比(?:为|达到?|是)?\s?(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]")
_RECEIVED = lazy_compile("收案|受理|新收")
_CLOSED = lazy_compile("结案|审结|办结|执结")


def _ratio_hits(counted: CountIndex) -> Iterator[Hit]:
    """`收案数共152件,结案数共140件,结收比为92.12%`: the closed over the received."""
    text = counted.text
    for match in _CLOSED_RATIO.finditer(text):
        start = max(text.rfind(stop, max(0, match.start() - 120), match.start()) for stop in "。\n")
        found: dict[str, Count] = {}
        for count in counted.outside_brackets(start + 1, match.start()):
            clause = after_last_stop(text, start + 1, count.start, CLAUSE)
            words = text[max(clause, start + 1) : count.start]
            for name, words_re in (("whole", _RECEIVED), ("part", _CLOSED)):
                if count.exact and words_re.search(words) and name not in found:
                    found[name] = count
        whole, part = found.get("whole"), found.get("part")
        if whole is None or part is None or whole.unit != part.unit or part.start < whole.end:
            continue
        pct = match.group("pct")
        exact = (part.value or 0) / (whole.value or 1) * 100
        if abs(exact - float(pct)) <= 2 * 10 ** -digits(pct):
            continue  # `140/152`, 92.105…, written 92.12%: a slip of the last digit only
        share = Share(part, float(pct), digits(pct), "", match.start("pct"), match.end())
        hit = check(text, share, whole, share.start, share.end)
        if hit is not None:
            yield hit


# `咨询类占41.50%`, `其他类占3.22%`: shares of one whole, the last the rest of it.
_PLAIN_SHARE = lazy_compile(r"占(?:比)?(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]")
_REST = lazy_compile("其他|其它|其余")


def _share_sum_hits(counted: CountIndex) -> Iterator[Hit]:
    """Shares of one sentence that name every part (the last is `其他`) and do not add up
    to 100% (allowing each its rounding)."""
    text = counted.text
    run: list[re.Match[str]] = []
    for match in _PLAIN_SHARE.finditer(text):
        if run and _SENTENCE_STOP.search(text, run[-1].end(), match.start()):
            yield from _run_sum_hit(text, run)
            run = []
        run.append(match)
    yield from _run_sum_hit(text, run)


_SENTENCE_STOP = lazy_compile("[。！？!?\n；;]")


def _run_sum_hit(text: str, run: list[re.Match[str]]) -> Iterator[Hit]:
    if len(run) < 3:
        return
    last = run[-1]
    clause = after_last_stop(text, run[-2].end(), last.start(), CLAUSE)
    if clause < 0 or not _REST.search(text, clause, last.start()):
        return
    values = [m.group("pct") for m in run]
    total = sum(float(v) for v in values)
    slack = sum(0.5 * 10 ** -digits(v) for v in values) + 0.1
    if abs(total - 100) <= slack:
        return
    message = t("shares-not-summing", shares=" + ".join(f"{v}%" for v in values), sum=f"{total:g}")
    yield Hit(run[0].start("pct"), last.end(), message, t("share-recompute"))
