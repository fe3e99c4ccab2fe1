"""FC308: where the whole a run of shares is of is stated (see :mod:`._count_shares`).

A share names its base (`占年度投资计划的72.9%`), follows a total stated before it
(`代表共提出建议1034件…140件，占13.5%`), opens with the noun of its whole
(`總人口中,男性…,占50.5%`), or belongs to a whole declared as one earlier
(`党员总数为…`). Each finder returns that whole's count, or None.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..numerals import Count, same_kind
from ..patterns import is_han, lazy_compile
from ._count_index import CountIndex
from ._count_parts import Part, counted_noun
from ._count_share_base import PLAN, PLAN_OBJECTS, Share, agrees
from ._count_stages import sum_text as _format
from ._count_sums import complete
from ._count_text import after_last_stop, literal_offsets, matches_near

CLAUSE = "，,；;：:。\n"
# A note's number after a noun (`常住人口[3]`), which does not part it from its count.
_FOOTNOTE = lazy_compile(r"^\s*[\[［][0-9]{1,2}[\]］]")
# `…书记中,`: the shares after it are of another whole (not `其中,`).
NEW_WHOLE = lazy_compile("[\u4e00-\u9fff]{2}(?<!其)中[，,：:]")


def named_total(counted: CountIndex, share: Share, parts: frozenset[int]) -> Count | None:
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
        plan = PLAN.search(base) is not None
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
    between = _FOOTNOTE.compiled.sub("", text[index : counts[0].start])  # `常住人口[3]为429405人`
    if between and not (len(between) <= gap > 2 and all(map(is_han, between))):
        if not (gap and PLAN.search(share.base) and between in PLAN_OBJECTS):
            return None
    count = counts[0]
    if not count.exact or count.unit != share.part.unit or count.start == share.part.start:
        return None
    return count


def stated_total(counted: CountIndex, group: list[Share], parts: frozenset[int]) -> Count | None:
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
        if first.base and NEW_WHOLE.search(text, candidate.end, first.part.start):
            continue  # `内资企业336.4万个…。内资企业中,…占全部企业的0.3%`: not that count
        agreeing = sum(agrees(s, candidate) for s in group)
        if agreeing >= max(1, len(group) - 1) and agreeing >= (len(group) + 1) // 2:
            return candidate
    return None


# `總人口中,男性16308人,占50.5%`: the shares after it are of the noun before `中`.
_OF_NOUN = lazy_compile("([\u4e00-\u9fff]{2,8})中[，,：:]$")
# The words that make a base the whole of its noun: `投诉总量`, `党员总数`.
_TOTAL_WORD = lazy_compile("(?:总数|总量|总额|总计)$")


def noun_whole(counted: CountIndex, group: list[Share]) -> Count | None:
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
    base = _TOTAL_WORD.compiled.sub("", group[0].base)  # `占投诉总量的`: the noun `投诉`
    if base and base not in noun and noun not in base:
        return None  # `内资企业中,国有企业…,占全部企业的0.3%`: the base says which whole
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
            agreeing = sum(agrees(share, whole) for share in group)
            return whole if agreeing >= (len(group) + 1) // 2 else None
    return None


# `黨員總數為9918.5萬名`, `共有党员421.7万名`: a whole declared as such.
_DECLARED = lazy_compile(
    "(?:总数|总量|总计|共有)(?:为|是|达|有)?|共(?:受理|收到|办理|接到|接听|处理|查处|登记)"
)
# The verbs after `共` that declare what a whole counts (`共收到群众来信101件`).
_RECEIVED = ("共受理", "共收到", "共办理", "共接到", "共接听", "共处理", "共查处", "共登记")


# How far before a pair of shares the whole they share may be declared.
_NEAR = 300


def declared_whole(counted: CountIndex, group: list[Share], parts: frozenset[int]) -> Count | None:
    """A whole declared as one (`党员总数为…`, `共有党员…`) in the paragraphs before the
    shares (up to 1000 characters), that all the shares but one agree with."""
    text = counted.text
    first = group[0].part
    best = None
    declared = _declared_ends(text)
    lo = bisect_left(declared, max(0, first.start - 1000))
    for end in declared[lo : bisect_left(declared, first.start)]:
        if len(group) < 3 and first.start - end > _NEAR:
            continue  # two shares agree with few wholes by chance: only a near one
        if len(group) >= 3 and text[end - 3 : end] in _RECEIVED:
            continue  # `共受理…`: one of several counts received, for a pair of shares only
        counts = counted.between(end, min(first.start, end + 20))
        if not counts or not is_han_run(text[end : counts[0].start], 4):
            continue
        count = counts[0]
        if not count.exact or count.unit != first.unit or count.start in parts:
            continue
        if any((share.part.value or 0) >= (count.value or 0) for share in group):
            continue
        if sum(agrees(share, count) for share in group) >= max(1, len(group) - 1):
            best = count  # the nearest before the shares
    return best


@lru_cache(maxsize=4)
def _declared_ends(text: str) -> list[int]:
    """Where the words that declare a whole end (`总数为`, `共有`), once per text."""
    anchors = literal_offsets(text, "总数", "总量", "总计", "共")  # how each one starts
    return [match.end() for match in matches_near(_DECLARED.compiled, text, anchors, 0, 0)]


def is_han_run(words: str, limit: int) -> bool:
    """True for at most ``limit`` Chinese characters (`党员` in `共有党员421.7万名`)."""
    return len(words) <= limit and all(map(is_han, words))


def label_head(text: str, share: Share) -> str:
    """The first two characters of the words naming a share's part (`東部` of
    `東部地區擁有法人單位1280.2萬個`), or "" when they are not Chinese."""
    start = max(0, after_last_stop(text, max(0, share.part.start - 30), share.part.start, CLAUSE))
    head = text[start : min(start + 2, share.part.start)]  # two characters, not a long slice
    return head if len(head) == 2 and all(map(is_han, head)) else ""


def split_whole(counted: CountIndex, group: list[Share]) -> Count | None:
    """For the shares of a complete split (`男性为1012.6万人,占51.6%;女性为948.6万人,
    占48.4%`), the whole their parts add up to."""
    text = counted.text
    if len(group) < 2:
        return None
    parts = []
    for share in group:
        lo = max(0, share.part.start - 30)
        start = after_last_stop(text, lo, share.part.start, CLAUSE)
        start = lo if start < 0 else start  # no stop in the window: its start, not the text's
        parts.append(Part(share.part, text[start : share.part.start].strip()))
    if not complete(tuple(parts)):
        return None
    first = group[0].part
    value = sum(share.part.value or 0 for share in group)
    step = sum(share.part.numeral.step for share in group)
    numeral = first.numeral._replace(low=value, high=value, step=step)
    shown = _format(value, first)
    return first._replace(numeral=numeral, text=shown, num_end=first.start + len(shown))
