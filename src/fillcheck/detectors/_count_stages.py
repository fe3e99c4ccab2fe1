"""FC304, pipelines: a later stage that counts more than the first (`受理企业工单30件，
已办结45件`, `累计确诊病例2120例，累计治愈出院病例2639例`)."""

from __future__ import annotations

import re

from ..finding import Hit
from ..messages import t
from ..numerals import Count, same_kind
from ..patterns import char_after, lazy_compile
from ._count_index import CountIndex
from ._count_text import clause_start, matches_from, sentence_end

# The first stage of a pipeline (`受理企业工单30件`), and a later stage that cannot
# count more (`已办结45件`, `累计治愈出院病例5836例`).
FIRST_STAGE = lazy_compile(
    "受理|接收|接到|立案|排查出?|梳理出?|查摆出?|摸排出?|累计确诊|确诊病例|需整改|应整改"
)
LATER_STAGE = lazy_compile(
    "办结|结案|审执结|审结|执结|整改到位|完成整改|整改|化解|处理完毕|答复|回复|销号|治愈出院|治愈"
)
# The stage still open after the later one: `受理…件，已办结…件，正在办理…件`.
PENDING_STAGE = lazy_compile(
    "正在办理中?|办理中|在办|未办结|尚未办结|未结案?|待办理?|未整改(?:到位|完成)?|正在整改"
)
_STAGE_GAP = 90
# Cases opened (立案) and closed (结案, 审结) in a year are two tallies, not a pipeline:
# a year closes cases opened the year before.
_YEARLY_CLOSING = lazy_compile("结案|审结|审执结|执结")

# After a later stage, these say it includes cases from before the first stage.
_CARRIED_OVER = lazy_compile("含|结转|上年|往年|历年|累计")

_DIGIT = re.compile("[0-9]")


def described(count: Count, label: str) -> str:
    """`154 (村上保洁员)`, or just `154` when the count has no label."""
    if not label:
        return numeral_text(count)
    return t("count-label", count=numeral_text(count), label=label)


def numeral_text(count: Count) -> str:
    """The numeral of a count as written (`154`, `8.1万`)."""
    return count.text[: count.num_end - count.start]


def stage_hits(counted: CountIndex) -> tuple[list[Hit], list[Hit]]:
    """FC304 hits (a later stage of a pipeline larger than its first stage) and FC305
    hits (completed and pending stages that do not add up to it), in one reading."""
    text = counted.text
    exceeding: list[Hit] = []
    pending: list[Hit] = []
    for match in FIRST_STAGE.finditer(text):
        first = _count_after(counted, match.end(), 16)
        if first is None:
            continue
        end = min(sentence_end(text, first.end, _STAGE_GAP), first.end + _STAGE_GAP)
        later = LATER_STAGE.search(text, first.end, end)
        restart = FIRST_STAGE.search(text, first.end, end)
        if later is None or (restart is not None and restart.start() < later.start()):
            continue
        second = _count_after(counted, later.end(), 12)
        if second is None or second.unit != first.unit:
            continue
        if _CARRIED_OVER.search(text, second.end, sentence_end(text, second.end, 60)):
            continue  # `办结45件（含上年结转20件）`: the later stage includes older cases
        if match.group() == "立案" and _YEARLY_CLOSING.fullmatch(later.group()):
            continue  # `立案298件,结案308件`: a year's closings include cases opened before
        if any(  # `接收留言15件;接听来电8947个,其中转办2274件,办结1715件`: another first stage
            same_kind(c, second) and c.exact and (c.value or 0) >= (second.value or 0)
            for c in counted.between(first.end, second.start)
        ):
            continue
        label_1 = text[match.start() : first.start].strip()
        label_2 = text[clause_start(text, later.start()) : second.start].strip()
        if (second.value or 0) > (first.value or 0):
            message = t(
                "part-exceeds", part=described(second, label_2), total=described(first, label_1)
            )
            exceeding.append(Hit(second.start, second.end, message, t("check-both")))
            continue
        hit = _pending_hit(counted, first, second, (label_1, label_2))
        if hit is not None:
            pending.append(hit)
    more_exceeding, more_pending = _stated_first_hits(counted)
    return exceeding + more_exceeding, pending + more_pending


# A count stated before the verb that says it is done or still open:
# `有320件已完成`, `55件正在有序推进中`, `12个尚未开工`.
_DONE_AFTER = lazy_compile(r"\s*(?:已经?|均已|全部)(?:完成|办结|解决|落实|完工|竣工|销号|整改)")
_DONE_WORD = lazy_compile(r"(?:已经?|均已|全部)(?:完成|办结|解决|落实|完工|竣工|销号|整改)")
_OPEN_AFTER = lazy_compile(r"\s*(?:正在|仍在|尚未|未|待)")
# The total those counts split: `共有375件`, `共梳理问题48个`, `交办…共计26项`.
_STATED_TOTAL = lazy_compile("共有|共计|合计|总计|共")
# Where its matches start (`共`, `合计`, `总计`): scans that open with one literal, far
# faster than a search for any of the three first characters.
_STATED_STARTS = (re.compile("共"), re.compile("合(?=计)"), re.compile("总(?=计)"))


def _stated_first_hits(counted: CountIndex) -> tuple[list[Hit], list[Hit]]:
    """`…督辦事項共有375件(…),有320件已完成(…),55件正在有序推進中`: the count done
    exceeds the total, or the counts done and open do not add up to it."""
    text = counted.text
    exceeding: list[Hit] = []
    pending: list[Hit] = []
    for match in matches_from(_STATED_TOTAL.compiled, text, *_STATED_STARTS):
        if _DIGIT.search(text, match.end(), match.end() + 12) is None:
            continue  # `共产党`, `共同`: no count stated right after
        end = sentence_end(text, match.end())
        if _DONE_WORD.search(text, match.end(), end) is None:
            continue  # the usual case: nothing said done after the total
        counts = [c for c in counted.outside_brackets(match.end(), end) if c.exact]
        if len(counts) < 2 or counts[0].start - match.end() > 12:
            continue
        total = counts[0]
        done = next((c for c in counts[1:] if _DONE_AFTER.match(text, c.end)), None)
        if done is None or done.unit != total.unit:
            continue
        if any(c.unit == total.unit for c in counts[1 : counts.index(done)]):
            continue  # another count of the kind before it: not a plain split
        label_1 = text[clause_start(text, match.start()) : total.start].strip()
        label_2 = text[done.end : _DONE_AFTER.match(text, done.end).end()].strip()
        if (done.value or 0) > (total.value or 0):
            message = t(
                "part-exceeds", part=described(done, label_2), total=described(total, label_1)
            )
            exceeding.append(Hit(done.start, done.end, message, t("check-both")))
            continue
        rest = counts[counts.index(done) + 1 :]
        still = next((c for c in rest if _OPEN_AFTER.match(text, c.end)), None)
        if still is None or still.unit != total.unit or rest.index(still) > 0:
            continue
        tolerance = sum(c.numeral.step for c in (total, done, still)) / 2
        value = (done.value or 0) + (still.value or 0)
        if abs(value - (total.value or 0)) <= tolerance + 1e-9:
            continue
        label_3 = text[still.end : _OPEN_AFTER.match(text, still.end).end() + 2].strip()
        shown = f"{described(done, label_2)} + {described(still, label_3)}"
        message = t(
            "parts-not-summing",
            parts=shown,
            sum=sum_text(value, done),
            total=described(total, label_1),
        )
        pending.append(Hit(total.start, still.end, message, t("check-figures")))
    return exceeding, pending


def _pending_hit(
    counted: CountIndex, first: Count, second: Count, labels: tuple[str, str]
) -> Hit | None:
    """`受理9471件,…审执结8007件,…尚有未结案2453件`: completed and pending cases that do
    not add up to the cases received."""
    text = counted.text
    pending_word = PENDING_STAGE.search(text, second.end, sentence_end(text, second.end, 40))
    if pending_word is None:
        return None
    pending = _count_after(counted, pending_word.end(), 12)
    if pending is None or pending.unit != first.unit:
        return None
    if any(same_kind(c, first) for c in counted.between(second.end, pending.start)):
        return None  # another count stands between: not a plain triple
    counts = (second, pending)
    tolerance = sum(c.numeral.step for c in (first, *counts)) / 2
    total = sum(c.value or 0 for c in counts)
    if abs(total - (first.value or 0)) <= tolerance + 1e-9:
        return None
    label_3 = text[clause_start(text, pending_word.start()) : pending.start].strip()
    shown = " + ".join(
        described(c, label) for c, label in ((second, labels[1]), (pending, label_3))
    )
    message = t(
        "parts-not-summing",
        parts=shown,
        sum=sum_text(total, second),
        total=described(first, labels[0]),
    )
    return Hit(first.start, pending.end, message, t("check-figures"))


def _count_after(counted: CountIndex, index: int, limit: int) -> Count | None:
    """The first exact count within ``limit`` characters after ``index``, in its clause."""
    text = counted.text
    stop = index + limit
    for i in range(index, min(stop, len(text))):
        if text[i] in "，,。；;：:！!？?\n" and not (text[i] == "," and text[i - 1 : i].isdigit()):
            stop = i
            break
    counts = counted.between(index, min(stop, len(text)))
    if not counts or not counts[0].exact or char_after(text, counts[0].end) == "的":
        return None
    return counts[0]


def sum_text(value: float, like: Count) -> str:
    """``value`` written as ``like`` writes its numeral: `1605.1亿` after `208.2亿元`."""
    suffix = ""
    for word, size in (("亿", 1e8), ("万", 1e4)):
        if numeral_text(like).endswith(word):
            value, suffix = value / size, word
            break
    value = round(value, 6)
    shown = str(int(value)) if value == int(value) else f"{value:.6f}".rstrip("0")
    return shown + suffix
