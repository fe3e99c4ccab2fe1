"""FC308: a stated percentage that contradicts the counts it is computed from.

Three readings, each needing the counts to be in the text:

* an explicit base: `完成1318万元，占全年任务2355万元的60%` (1318/2355 is 56%);
* a named base stated earlier: `年度投资计划647.4亿元。…完成投资629.0亿元，占年度投资计划的72.9%`;
* sibling shares of one whole: `咨询类33523件，占47.09%；…建议类10497件，占19.75%`, each
  part and its share imply the size of the whole, and one part disagrees with the
  others (or with a total stated before them).

Every figure is taken as rounded to its last written digit, and a share is one
unit of its last digit away from the exact quotient before it is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ..finding import Hit
from ..messages import t
from ..numerals import Count, same_kind
from ..patterns import is_han, lazy_compile
from ._count_index import CountIndex
from ._count_parts import counted_noun
from ._count_text import (
    after_last_stop,
    literal_offsets,
    matches_ending_at,
    matches_near,
    percents_after_de,
    run_start,
)

# `占47.09%`, `占比27%`, `占承办总数的26.8%`, `占年度投资计划的72.9%`.
SHARE = lazy_compile(
    r"占(?:比|到)?(?P<base>[^，,。；;：:%％0-9]{0,16}?)(?P<de>的)?"
    r"(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]"
)
# `完成年度计划开工的60.6%`, `为年计划的95.6%`: a share of a base named, not counted.
SHARE_OF = lazy_compile(
    r"(?:完成|为)(?P<base>[\u4e00-\u9fff]{2,14}?)的(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]"
)
# `完成年初预算数25200万元的13.9%`, `完成年度目标任务132个的59.09%`: a base with its count.
EXPLICIT = lazy_compile(
    r"(?:完成|为|达到?|占)(?P<base>[^，,。；;：:%％0-9]{0,14}?)"
    r"(?P<count>[0-9][0-9,.]*\s?[万亿]?(?:元|个|项|件|人|名|户|家|例|吨|所))的"
    r"(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]"
)
# Bases that are each part's own plan or budget: parts' shares of them do not imply
# one whole (`计划投资93.68亿元，…占年度计划的47.2%；…计划投资54.5亿元…`).
_OWN_BASE = lazy_compile("计划|预算|目标|任务|上年|同期|去年")
# A base that is a plan or budget (`年度计划`, `年初预算`), not a sum spent (`预算支出`).
_PLAN = lazy_compile("(?:计划|预算|目标|任务)数?$")
# Words between a plan's name and its count: `计划投资93.68亿元`.
_PLAN_OBJECTS = frozenset(("投资", "总投资", "资金", "金额"))
# A clause that states a change: its count is no part (`同比增加2,168万元`).
# (`增加到0.17萬名` states a level, not a change.)
_DELTA = lazy_compile("(?:增加|减少|增长|下降|上升|提高)(?![到至])|增收|减收|净增|比上年|同比|环比")
CLAUSE = "，,；;：:。\n"


class Share(NamedTuple):
    """A part, its stated share and the base words (`承办总数`)."""

    part: Count
    percent: float
    digits: int
    base: str
    start: int
    end: int


def share_contradictions(counted: CountIndex) -> Iterator[Hit]:
    """FC308 hits in the text of ``counted``."""
    text = counted.text
    for match in matches_ending_at(EXPLICIT.compiled, text, _percent_ends(text, True)):
        hit = _explicit(counted, match)
        if hit is not None:
            yield hit
    yield from _sibling_hits(counted, list(_shares(counted)))


# Digits, separators, magnitudes and every character ``\s`` matches (all below U+3001).
_COUNT_CHARS = "0123456789,.万亿" + "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def _percent_ends(text: str, counted: bool) -> Iterator[tuple[int, int]]:
    """Each `%` that can end a match of ``EXPLICIT`` (``counted``) or ``SHARE_OF``, with
    the least offset such a match can start at. Both end `的<digits>[.digits]\\s?%`:
    the digits are the whole run of digits and dots before the `%`, right after `的`;
    before `的`, ``SHARE_OF`` has at most 2 + 14 characters, ``EXPLICIT`` a unit, the
    run of its count's figure (digits, separators, 万/亿, spaces) and at most 2 + 14."""
    for index, de in percents_after_de(text):
        if not counted:
            yield index, de - 16
        elif de >= 2:
            yield index, run_start(text, de - 1, _COUNT_CHARS) - 16


def _explicit(counted: CountIndex, match: re.Match[str]) -> Hit | None:
    text = counted.text
    counts = counted.between(match.start("count"), match.end("count"))
    if len(counts) != 1:
        return None
    base = counts[0]
    part = _part_before(counted, match.start(), base)
    if part is None:
        return None
    share = Share(part, float(match.group("pct")), digits(match.group("pct")), "", *match.span())
    return check(text, share, base, match.start("pct"), match.end())


def _shares(counted: CountIndex) -> Iterator[Share]:
    text = counted.text
    shares_of = matches_ending_at(SHARE_OF.compiled, text, _percent_ends(text, False))
    matches = [*SHARE.finditer(text), *shares_of]
    matches.sort(key=lambda m: m.start())
    for match in matches:
        part = _part_before(counted, match.start(), None)
        if part is None:
            continue
        base = match.group("base").strip()
        if base and not match.groupdict().get("de", "的"):
            continue  # `占调整预算100.93%`: a base of its own, not a share of the whole
        pct = match.group("pct")
        yield Share(part, float(pct), digits(pct), base, match.start("pct"), match.end())


def _part_before(counted: CountIndex, index: int, like: Count | None) -> Count | None:
    """The count a share at ``index`` is of: the last exact count of the clause before it
    (or of the clause the share stands in), skipping a clause that states a change."""
    text = counted.text
    end = index
    attempt = 0
    while attempt < 3:
        if attempt == 2 and not _DELTA.search(text, end + 1, index):
            return None  # a third clause back only past a change (`共14 119人,同比上升0.3%,占…`)
        start = after_last_stop(text, max(0, end - 80), end, CLAUSE)
        if start < 0:  # a clause longer than 80 characters, or the start of the text
            start = max(0, end - 80)
            while start > 0 and text[start - 1] not in CLAUSE:
                start -= 1
        clause_counts = [  # not a sub-part in brackets: `325件(其中无照经营210件),占…的9%`
            c
            for c in counted.outside_brackets(start, end, closed=True)
            if c.exact and (like is None or same_kind(c, like)) and text[c.end : c.end + 1] != "的"
        ]
        if clause_counts and not _DELTA.search(text, start, end):
            return clause_counts[-1]
        if start == 0 or text[start - 1] in "。\n；;":
            return None
        attempt += start < end or end == index  # `,,` in scraped text is one stop
        end = start - 1
    return None


def digits(pct: str) -> int:
    return len(pct.partition(".")[2])


def _ratio_range(part: Count, whole: Count) -> tuple[float, float]:
    p_step, w_step = part.numeral.step / 2, whole.numeral.step / 2
    low = (part.value - p_step) / (whole.value + w_step) * 100
    high = (part.value + p_step) / max(whole.value - w_step, 1e-9) * 100
    return low, high


def check(text: str, share: Share, whole: Count, start: int, end: int) -> Hit | None:
    if not whole.value or not share.part.value:
        return None
    low, high = _ratio_range(share.part, whole)
    unit = 10**-share.digits
    if low - unit <= share.percent <= high + unit:
        return None
    actual = share.part.value / whole.value * 100
    shown = f"{actual:.{share.digits}f}"
    stated = text[start:end].strip()
    message = t(
        "share-contradicts", part=_num(share.part), whole=_num(whole), actual=shown, stated=stated
    )
    return Hit(share.part.start, end, message, t("share-recompute"))


def _num(count: Count) -> str:
    return count.text[: count.num_end - count.start].strip()


def _sibling_hits(counted: CountIndex, shares: list[Share]) -> Iterator[Hit]:
    """Shares of one whole in one sentence run (same base, no own plan as base)."""
    text = counted.text
    # the part of a share of its own plan (`支出98240万元,完成年初预算的48.99%`) may be a base
    parts = frozenset(s.part.start for s in shares if not _PLAN.search(s.base))
    for share in shares:
        if _OWN_BASE.search(share.base):
            named = _named_total(counted, share, parts)
            if named is not None:
                hit = check(text, share, named, share.start, share.end)
                if hit is not None:
                    yield hit
    for group in _groups(text, shares):
        total = _named_total(counted, group[0], parts) if group[0].base else None
        total = total or _stated_total(counted, group, parts) or _noun_whole(counted, group)
        total = total or _declared_whole(counted, group, parts)
        if total is not None:
            for share in group:
                hit = check(text, share, total, share.start, share.end)
                if hit is not None:
                    yield hit
            continue
        if len(group) < 3:
            continue
        yield from _outliers(text, group)


def _groups(text: str, shares: list[Share]) -> Iterator[list[Share]]:
    group: list[Share] = []
    for share in shares:
        if _OWN_BASE.search(share.base):
            continue
        if group and not _same_group(text, group[-1], share):
            yield group
            group = []
        group.append(share)
    if group:
        yield group


_NEW_WHOLE = lazy_compile("[\u4e00-\u9fff]{2}(?<!其)中[，,：:]")


def _same_group(text: str, last: Share, share: Share) -> bool:
    if share.base != last.base or not same_kind(last.part, share.part):
        return False
    if last.part.unit != share.part.unit:
        return False
    between = text[last.end : share.part.start]
    if _NEW_WHOLE.search(between):
        return False  # `…0.26萬名社區黨組織書記中,…`: shares of another whole follow
    return "\n" not in between and len(between) <= 160


def _named_total(counted: CountIndex, share: Share, parts: frozenset[int]) -> Count | None:
    """The count of the base a share names, stated before it on its line:
    `年度投资计划647.4亿元…占年度投资计划的72.9%`, `人犯27 208人…占有罪人犯的38.9%`,
    `一般公共预算支出98240万元…占到公共财政预算支出的61.26%`.

    A shorter ending of the base's name is tried too, but not for a whole
    (`总到位资金` is not the `到位资金` of a part), and a plan or budget
    (`年度计划`) is looked for in the share's own sentence unless named in full
    right before its count.
    Counts that are themselves the parts of shares (``parts``) are never a base.
    """
    text = counted.text
    base = share.base
    line_start = text.rfind("\n", 0, share.part.start) + 1
    sentence_start = max(text.rfind(stop, line_start, share.part.start) for stop in "。；;") + 1
    shortest = len(base) if base[:1] in "总全" else 2
    for length in range(len(base), shortest - 1, -1):
        suffix = base[-length:]
        plan = _PLAN.search(base) is not None
        lo = max(line_start, sentence_start) if plan and length < len(base) else line_start
        if (
            length == len(base) > 2
            and "总数" in base
            and text.rfind(base, lo, share.part.start) < 0
        ):
            lo = max(0, share.part.start - 1000)  # `党员总数为…` stated paragraphs before
        position = text.rfind(suffix, lo, share.part.start)
        while position >= 0:
            # a plan named outside the share's sentence must be named exactly
            gap = 0 if plan and position < sentence_start else 2 if length <= 2 else 4
            count = _count_right_after(counted, position + length, share, gap=gap)
            if count is not None and count.start not in parts:
                return count if (count.value or 0) >= (share.part.value or 0) / 2 else None
            position = text.rfind(suffix, lo, position)
    return None


def _count_right_after(counted: CountIndex, index: int, share: Share, gap: int) -> Count | None:
    text = counted.text
    counts = counted.between(index, min(index + 24, share.part.start))
    if not counts:
        return None
    between = text[index : counts[0].start]
    if between and not (len(between) <= gap > 2 and all(map(is_han, between))):
        if not (gap and _PLAN.search(share.base) and between in _PLAN_OBJECTS):
            return None
    count = counts[0]
    if not count.exact or count.unit != share.part.unit or count.start == share.part.start:
        return None
    return count


def _stated_total(counted: CountIndex, group: list[Share], parts: frozenset[int]) -> Count | None:
    """A count before the first share, in its sentence or the one before, that the
    parts' shares agree with (`代表共提出建议1034件…140件，占13.5%`).

    A count that is itself a share of something (`内资企业336.4万个，占97.5%`) is
    a part, not the whole the next shares are of (`内资企业中…私营企业291.2万个，占84.4%`
    is a share of all enterprises)."""
    text = counted.text
    first = group[0]
    start = max(0, first.part.start - 240)
    cut = text.rfind("\n", start, first.part.start)
    start = cut + 1 if cut >= 0 else start
    candidates = [
        c
        for c in counted.between(start, first.part.start)
        if c.exact
        and c.unit == first.part.unit
        and (c.value or 0) > (first.part.value or 0)
        and c.start not in parts
    ]
    for candidate in reversed(candidates):
        agreeing = sum(_agrees(s, candidate) for s in group)
        if agreeing >= max(1, len(group) - 1) and agreeing >= (len(group) + 1) // 2:
            return candidate
    return None


# `總人口中,男性16308人,占50.5%`: the shares after it are of the noun before `中`.
_OF_NOUN = lazy_compile("([\u4e00-\u9fff]{2,8})中[，,：:]$")


def _noun_whole(counted: CountIndex, group: list[Share]) -> Count | None:
    """The count of the noun a run of shares opens with: counted right before it
    (`0.26萬名社區黨組織書記中,`), or stated earlier on its line (`總人口中,` after
    `總人口32320人`) when at least half of the shares agree with it."""
    text = counted.text
    first = group[0].part
    clause = after_last_stop(text, max(0, first.start - 20), first.start, CLAUSE)
    if clause < 2 or text[clause - 2] != "中":
        return None
    match = _OF_NOUN.search(text, max(0, clause - 10), clause)
    if match is None:
        return None
    noun = match.group(1)
    before = counted.between(max(0, match.start(1) - 14), match.end(1) - 2)
    if before and before[-1].end >= match.start(1) and before[-1].exact:
        # `0.26萬名社區黨組織書記中,…0.17萬名,占56.7%`: the whole counted right there
        whole = before[-1]
        if same_kind(whole, first) and (whole.value or 0) > (first.value or 0):
            return whole
        return None
    for length in range(len(noun), 1, -1):
        whole = counted_noun(counted, noun[-length:], match.start(1))
        if whole is not None and whole.unit == first.unit:
            agreeing = sum(_agrees(share, whole) for share in group)
            return whole if agreeing >= (len(group) + 1) // 2 else None
    return None


# `黨員總數為9918.5萬名`, `共有党员421.7万名`: a whole declared as such.
_DECLARED = lazy_compile("(?:总数|总量|总计|共有)(?:为|是|达|有)?")


def _declared_whole(counted: CountIndex, group: list[Share], parts: frozenset[int]) -> Count | None:
    """A whole declared as one (`党员总数为…`, `共有党员…`) in the paragraphs before the
    shares (up to 1000 characters), that all the shares but one agree with."""
    text = counted.text
    first = group[0].part
    best = None
    declared = _declared_ends(text)
    lo = bisect_left(declared, max(0, first.start - 1000))
    for end in declared[lo : bisect_left(declared, first.start)]:
        counts = counted.between(end, min(first.start, end + 20))
        if not counts or not is_han_run(text[end : counts[0].start], 4):
            continue
        count = counts[0]
        if not count.exact or count.unit != first.unit or count.start in parts:
            continue
        if any((share.part.value or 0) >= (count.value or 0) for share in group):
            continue
        if sum(_agrees(share, count) for share in group) >= max(1, len(group) - 1):
            best = count  # the nearest before the shares
    return best


@lru_cache(maxsize=4)
def _declared_ends(text: str) -> list[int]:
    """Where the words that declare a whole end (`总数为`, `共有`), once per text."""
    anchors = literal_offsets(text, "总数", "总量", "总计", "共有")  # how each one starts
    return [match.end() for match in matches_near(_DECLARED.compiled, text, anchors, 0, 0)]


def is_han_run(words: str, limit: int) -> bool:
    """True for at most ``limit`` Chinese characters (`党员` in `共有党员421.7万名`)."""
    return len(words) <= limit and all(map(is_han, words))


def _agrees(share: Share, whole: Count) -> bool:
    low, high = _ratio_range(share.part, whole)
    unit = 10**-share.digits
    return low - unit <= share.percent <= high + unit


def _implied(share: Share) -> tuple[float, float]:
    unit = 10**-share.digits
    value = share.part.value or 0
    step = share.part.numeral.step / 2
    high_pct, low_pct = share.percent + unit, max(share.percent - unit, 1e-9)
    return (value - step) / high_pct * 100, (value + step) / low_pct * 100


def _outliers(text: str, group: list[Share]) -> Iterator[Hit]:
    """Without a stated total: a share whose implied whole no other share agrees with,
    while all the others agree with one another."""
    ranges = [_implied(share) for share in group]
    for i, share in enumerate(group):
        others = [r for j, r in enumerate(ranges) if j != i]
        low = max(r[0] for r in others)
        high = min(r[1] for r in others)
        if low > high:
            continue  # the others do not agree either: another reading of the text
        if ranges[i][1] < low or ranges[i][0] > high:
            whole = (low + high) / 2
            actual = (share.part.value or 0) / whole * 100
            shown = f"{actual:.{share.digits}f}"
            stated = text[share.start : share.end].strip()
            message = t(
                "share-implied",
                part=_num(share.part),
                whole=f"{whole:.0f}",
                actual=shown,
                stated=stated,
            )
            yield Hit(share.part.start, share.end, message, t("share-recompute"))
