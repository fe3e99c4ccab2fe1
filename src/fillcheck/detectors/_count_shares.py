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
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import Count, same_kind
from ..patterns import lazy_compile
from ._count_index import CountIndex
from ._count_share_base import CLAUSE, PLAN, Share, agrees, check, digits, implied, num
from ._count_share_complements import complement_hits
from ._count_share_distant import distant_hit, distant_whole
from ._count_share_pairs import pair_sum
from ._count_share_parts import based_whole, joint_share_hits, lone_share_hit
from ._count_share_respective import ratio_hits, respective_hits
from ._count_share_wholes import (
    NEW_WHOLE,
    declared_whole,
    label_head,
    named_total,
    noun_whole,
    split_whole,
    stated_total,
)
from ._count_text import (
    after_last_stop,
    matches_ending_at,
    matches_near,
    percents_after_de,
    run_start,
)

# `占47.09%`, `占比27%`, `占承办总数的26.8%`, `占年度投资计划的72.9%`,
# `占生产总值的比重为6.1%`, `占常住人口的 51.6%`, `占比率达80.80%`.
# Hong Kong and Taiwan texts write `佔百分之16.4`.
SHARE = lazy_compile(
    r"占(?:比率|比例|比|到)?(?P<base>[^，,。；;：:%％0-9]{0,16}?)(?P<de>的(?:比重|比例)?|比重|比例)?"
    r"(?:为|是|达)?\s?(?P<cn>百分之)?(?P<pct>[0-9]+(?:\.[0-9]+)?)(?(cn)(?![0-9.])|\s?[%％])"
)
# `第二产业增加值400亿元，比重为40.0%`: a share after its part's own clause, its base
# not named (taken only right after a clause that ends with a count; see ``_ratio_shares``).
RATIO = lazy_compile(
    r"(?:所占)?(?:比重|比例)(?:为|是|达)?\s?(?P<base>)(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]"
)
# `咨询类300件（40%）`: a bracket holding only a share, right after its part.
BRACKETED = lazy_compile(r"[（(]\s?(?P<base>)(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％](?=\s?[）)])")
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
_DELTA = lazy_compile(
    "(?:增加(?!值)|减少|增长|下降|上升|提高)(?![到至])|增收|减收|净增|比上年|同比|环比"
)


def share_contradictions(counted: CountIndex) -> Iterator[Hit]:
    """FC308 hits in the text of ``counted``."""
    text = counted.text
    for match in matches_ending_at(EXPLICIT.compiled, text, _percent_ends(text, True)):
        hit = _explicit(counted, match)
        if hit is not None:
            yield hit
    shares = list(_shares(counted))
    found = list(_sibling_hits(counted, shares))
    yield from found
    reported = {hit.end for hit in found}
    over = [hit for hit in _over_whole(text, shares) if hit.end not in reported]
    yield from over
    reported |= {hit.end for hit in over}
    joint = [hit for hit in joint_share_hits(counted) if hit.end not in reported]
    yield from joint
    reported |= {hit.end for hit in joint}
    listed = [*respective_hits(counted), *ratio_hits(counted)]
    yield from (hit for hit in listed if hit.end not in reported)
    reported |= {hit.end for hit in listed}
    yield from (hit for hit in complement_hits(counted) if hit.end not in reported)


# A base that names a whole (`党员总数`, `全市`, `合计`): no part is more than all of it.
_WHOLE_BASE = lazy_compile("总|全|合计")


def _over_whole(text: str, shares: list[Share]) -> Iterator[Hit]:
    """`女党员…，占党员总数的120%`: a part's share of a whole it belongs to above 100%
    (a plan, budget or target may be exceeded: `占年计划的107.56%` is no part)."""
    for share in shares:
        if share.percent <= 100 or not _WHOLE_BASE.search(share.base):
            continue
        if _OWN_BASE.search(share.base):
            continue
        stated = text[share.start : share.end].strip()
        message = t("share-over-whole", part=num(share.part), base=share.base, stated=stated)
        yield Hit(share.part.start, share.end, message, t("share-recompute"))


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
    matches = [*SHARE.finditer(text), *shares_of, *_ratio_shares(counted)]
    matches += _bracketed_shares(counted)
    matches.sort(key=lambda m: m.start())
    for match in matches:
        if text[max(0, match.start() - 2) : match.start()].endswith(_JOINT_WORDS):
            continue  # `三者合占62.9%`: the share of several parts together
        part = _part_before(counted, match.start(), None)
        if part is None:
            continue
        base = match.group("base").replace(" ", "").strip()
        if base and not match.groupdict().get("de", "的") and not _TOTAL_ONLY.search(base):
            continue  # `占调整预算100.93%`: a base of its own, not a share of the whole
        pct = match.group("pct")
        start = match.start("cn") if match.groupdict().get("cn") else match.start("pct")
        yield Share(part, float(pct), digits(pct), base, start, match.end())


_JOINT_WORDS = ("合", "共", "合计", "合共")
# A base that only names the whole (`占总量13.5%`, written without `的`).
_TOTAL_ONLY = lazy_compile("(?:总量|总数|总额|总计|合计|全部)$")


_PER = lazy_compile("每|平均|人均|户均|增|减|降|升")


def _bracketed_shares(counted: CountIndex) -> list[re.Match[str]]:
    """``BRACKETED`` matches right after an exact count (the brackets are anchors the
    bracket rules scan already)."""
    text = counted.text
    found = []
    for opener in "（(":
        for index in counted.positions(opener):
            match = BRACKETED.compiled.match(text, index)
            if match is None or index == 0:
                continue
            count = counted.ending_at(index)
            if count is None or not count.exact:
                continue
            start = after_last_stop(text, max(0, count.start - 40), count.start, CLAUSE)
            lo = max(start, 0)
            if not (_DELTA.search(text, lo, count.start) or _PER.search(text, lo, count.start)):
                found.append(match)  # not `增加78家(2.0%)`, `每萬人…年增8.4人(3.3%)`: rates
    return found


def _ratio_shares(counted: CountIndex) -> Iterator[re.Match[str]]:
    """``RATIO`` matches that open a clause right after one ending with an exact count
    (`…500亿元，比重为50.0%`), not inside a share of its own (`占…比重为`)."""
    text = counted.text
    # every match holds `比重` at its start or after `所占`: tried there only (the
    # pattern's optional start would have ``re`` try it at every character)
    for match in matches_near(RATIO.compiled, text, counted.positions("比重", "比例"), 0, 2):
        start = match.start()
        if start < 2 or text[start - 1] not in "，,":
            continue
        counts = counted.between(max(0, start - 16), start - 1)
        if counts and counts[-1].exact and counts[-1].end == start - 1:
            yield match


def _part_before(counted: CountIndex, index: int, like: Count | None) -> Count | None:
    """The count a share at ``index`` is of: the last exact count of the clause before it
    (or of the clause the share stands in), skipping a clause that states a change."""
    text = counted.text
    end = index
    attempt = 0
    while attempt < 4:
        if attempt >= 2 and not _DELTA.search(text, end + 1, index):
            return None  # a third clause back only past a change (`共14 119人,同比上升0.3%,占…`)
        if attempt == 3:
            found = (text.find(c, end + 1, index) for c in "，,")
            stop = min((i for i in found if i > 0), default=-1)
            if stop < 0 or not _DELTA.search(text, end + 1, stop):
                return None  # a fourth only past two (`…亿元,比上年增收…亿元,同比增长33.7%,占…`)
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


def _sibling_hits(counted: CountIndex, shares: list[Share]) -> Iterator[Hit]:
    """Shares of one whole in one sentence run (same base, no own plan as base)."""
    text = counted.text
    # the part of a share of its own plan (`支出98240万元,完成年初预算的48.99%`) may be a base
    parts = frozenset(s.part.start for s in shares if not PLAN.search(s.base))
    for share in shares:
        if _OWN_BASE.search(share.base):
            named = named_total(counted, share, parts)
            if named is not None:
                hit = check(text, share, named, share.start, share.end)
                if hit is not None:
                    yield hit
    for group in _groups(text, shares):
        total = named_total(counted, group[0], parts) if group[0].base else None
        total = total or stated_total(counted, group, parts) or noun_whole(counted, group)
        total = total or declared_whole(counted, group, parts)
        total = total or based_whole(counted, group)
        split = None if total is not None else split_whole(counted, group)
        if total is not None or split is not None:
            hits = [check(text, share, total or split, share.start, share.end) for share in group]
            found = [hit for hit in hits if hit is not None]
            if split is not None and len(found) == len(group) == 2:
                # two parts that make their whole, both off: which one is wrong is not said
                found = [found[0]._replace(end=found[1].end)]
            yield from found
            continue
        distant = distant_whole(counted, group[0], parts) if group[0].base else None
        if distant is not None and sum(agrees(s, distant) for s in group) >= len(group) - 1:
            for share in group:
                hit = distant_hit(text, share, distant)
                if hit is not None:
                    yield hit
            continue
        if len(group) == 1:
            hit = lone_share_hit(counted, group[0])
            if hit is not None:
                yield hit
        if len(group) == 2:
            yield from pair_sum(text, group)
        if len(group) < 3:
            continue
        yield from _outliers(text, group)


def _groups(text: str, shares: list[Share]) -> Iterator[list[Share]]:
    group: list[Share] = []
    for share in shares:
        if _OWN_BASE.search(share.base):
            continue
        if group and not _same_group(text, group, share):
            yield group
            group = []
        group.append(share)
    if group:
        yield group


def _same_group(text: str, group: list[Share], share: Share) -> bool:
    """True when ``share`` goes on the run of ``group``: the same base (or none after a
    named one: `占总人次的65.9%；…占26.1%`), the same measure, and not a new run that
    starts again with the first part's name (`東部地區…中部地區…。東部地區…`)."""
    last = group[-1]
    elided = not share.base and bool(group[0].base)
    if elided and share.base != last.base and "。" in text[last.end : share.part.start]:
        return False  # `…占建议总数的91%。其中,…206件,占26.5%`: a share of that part
    if (share.base != last.base and not elided) or not same_kind(last.part, share.part):
        return False
    head = label_head(text, group[0])
    if len(group) >= 2 and head and label_head(text, share) == head:
        if any(label_head(text, member) != head for member in group[1:]):
            return False  # not when every part's name starts alike (`发展女党员…发展…`)
    if last.part.unit != share.part.unit:
        return False
    between = text[last.end : share.part.start]
    if NEW_WHOLE.search(between) and not (share.base and share.base == last.base):
        return False  # `…0.26萬名社區黨組織書記中,…`: shares of another whole follow
    if "\n" in between:
        # `1、咨询1188件,占受理总量65%;\n2、投诉359件,占受理总量20%`: numbered item lines
        line = between[between.rfind("\n") + 1 :]
        if between.count("\n") > 1 or not share.base or share.base != last.base:
            return False  # not the next line, or not the same named whole
        return bool(_ITEM_LINE.match(line))
    return len(between) <= 160


# A numbered item opening a line: `2、`, `3.`, `(4)`, `④`.
_ITEM_LINE = lazy_compile(
    r"\s*(?:[0-9]{1,2}\s?[、.．]|[（(][0-9一二三四五六七八九十]{1,2}[）)]|[①-⑳])"
)


def _outliers(text: str, group: list[Share]) -> Iterator[Hit]:
    """Without a stated total: a share whose implied whole no other share agrees with,
    while all the others agree with one another."""
    ranges = [implied(share) for share in group]
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
                part=num(share.part),
                whole=f"{whole:.0f}",
                actual=shown,
                stated=stated,
            )
            yield Hit(share.part.start, share.end, message, t("share-recompute"))
