"""Totals whose parts are stated without `其中`: groups named before `分别为`, amounts
added to a sum (`加上…后，支出总计`), and party organisations counted by level.

* `0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、…和25594人`: age groups
  that cover every age (or the members of a split such as 男/女) are the whole of the
  count their noun names (`年末全县户籍人口为112635人`);
* `支出完成59.69亿元。加上上解支出1.4亿元、…后，支出总计66.05亿元`: the sum and the
  amounts added to it make the total;
* `党的基层组织3656个` … `基层党委188个、总支部218个、支部3249个`: every basic party
  organisation is a committee, a general branch or a branch.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..numerals import Count
from ..patterns import lazy_compile
from ._count_breakdown import (
    Breakdown,
    Part,
    _is_share,
    _label,
    _plain_counts,
    _same_measure,
    _sentence_start,
)
from ._count_index import CountIndex
from ._count_pairs import is_member, whole_before
from ._count_text import sentence_end

_INFINITY = float("inf")
# An age group at the start of a label: `0-17岁`, `31至35岁`, `60岁及以上`, `14歲以下`,
# `14岁以上不满16岁`, `30岁及以下`.
_AGE = lazy_compile(
    r"(?P<lo>[0-9]+)\s*(?:岁|歲)?\s*(?:[-—–~～至到]\s*(?P<hi>[0-9]+)\s*(?:岁|歲)"
    r"|(?P<up>及?以上|以上)(?:不满(?P<below>[0-9]+)(?:岁|歲))?"
    r"|(?P<down>及?以下))"
)
# Members of a split named by `分别为`: each label starts with one of them.
_SPLITS = (("男", "女"), ("城镇", "乡村"), ("城镇", "农村"), ("城市", "农村"), ("城鎮", "鄉村"))


def age_range(label: str, prefix: int = 0) -> tuple[float, float] | None:
    """The ages (lowest, highest, inclusive) an age group's label names, or None; with
    ``prefix``, up to that many characters without a digit may stand before the age
    (`全省共有35岁及以下党员`)."""
    label = label.strip()
    match = _AGE.search(label, 0, len(label)) if prefix else _AGE.match(label)
    if match is None or match.start() > prefix or any(c.isdigit() for c in label[: match.start()]):
        return None
    low = float(match.group("lo"))
    if match.group("hi"):
        return low, float(match.group("hi"))
    if match.group("down"):
        return 0.0, low
    if match.group("below"):
        return low, float(match.group("below")) - 1
    return low, _INFINITY


def ages_disjoint(labels: list[str]) -> bool:
    """True when every label names an age group and no two groups overlap."""
    ranges = [age_range(label) for label in labels]
    if len(ranges) < 2 or any(r is None for r in ranges):
        return False
    ordered = sorted(r for r in ranges if r is not None)
    return all(b[0] >= a[1] for a, b in itertools.pairwise(ordered))


def ages_cover_all(labels: list[str]) -> bool:
    """True when the age groups are disjoint and cover every age, from 0 up."""
    if not ages_disjoint(labels):
        return False
    ordered = sorted(r for r in map(age_range, labels) if r is not None)
    gaps_closed = all(b[0] - a[1] <= 1 for a, b in itertools.pairwise(ordered))
    return ordered[0][0] <= 1 and ordered[-1][1] == _INFINITY and gaps_closed


def stated_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Totals with parts stated in the three forms of the module docstring."""
    yield from _respective_breakdowns(counted)
    yield from _added_breakdowns(counted)
    yield from _organisation_breakdowns(counted)
    yield from _age_breakdowns(counted)


def _age_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """`30歲及以下黨員1241.2萬名,31至35歲黨員1119.6萬名,…,61歲及以上黨員2787.2萬名`:
    counts of age groups that cover every age, measured against the total of their
    noun stated before them (`黨員總數為9918.5萬名`)."""
    text = counted.text
    at = 0
    while True:
        index = text.find("岁", at)
        if index < 0:
            return
        line_end = text.find("\n", index)
        line_end = len(text) if line_end < 0 else line_end
        run = _age_run(counted, text.rfind("\n", 0, index) + 1, line_end)
        at = line_end + 1
        # from each label's age on (`年齡數據中0-17歲人口` names `0-17歲人口`)
        ages = [label[_AGE.search(label).start() :] for _, label in run]  # type: ignore[union-attr]
        if len(run) < 3 or not ages_cover_all(ages):
            continue
        first_label = run[0][1]
        match = _AGE.search(first_label)
        noun = first_label[match.end() :].strip("的") if match else ""
        noun = noun[: _NOUN_LINK.search(noun).start()]  # `人口總數為` names `人口`
        if len(noun) < 2:
            continue
        # the whole declared as such (`黨員總數為`), not a member's (`女性人口總數為26.18萬人`),
        # or the nearest count of the noun (`全國人口(…)140967萬人`)
        total = _declared_total(counted, noun, run[0][0])
        if total is None:
            least = min(count.value or 0 for count, _ in run)
            whole = whole_before(counted, run[0][0], noun, least)
            total = whole[0] if whole is not None else None
        if total is not None:
            named = zip(run, ages, strict=True)
            parts = tuple(Part(count, _label(age)) for (count, _), age in named)
            yield Breakdown(total, noun, parts, exhaustive=True)


def _age_run(counted: CountIndex, start: int, end: int) -> list[tuple[Count, str]]:
    """The longest run of counts on a line each named by an age group."""
    text = counted.text
    best: list[tuple[Count, str]] = []
    run: list[tuple[Count, str]] = []
    if text.count("岁", start, end) < 3:
        return best
    previous = start
    for count in counted.between(start, end):
        if text.find("岁", max(previous, count.start - 16), count.start) < 0:
            run, previous = [], count.end
            continue
        lo = max(text.rfind(stop, previous, count.start) for stop in "，,、；;。：:") + 1
        label = text[max(lo, previous) : count.start].strip()
        previous = count.end
        same = not run or _same_measure(count, run[0][0])
        if count.exact and same and age_range(label, prefix=6):
            run.append((count, label))
            best = run if len(run) > len(best) else best
        else:
            run = []
    return best


_DECLARED = lazy_compile("(?:总数|总量|总计)(?:为|是|达|有)?")
_NOUN_LINK = lazy_compile(r"(?:总数|总量|总计|数)?(?:为|是|达|有|共)?$")


def _declared_total(counted: CountIndex, noun: str, before: Count) -> Count | None:
    """The count after `<noun>总数为` in the 1500 characters before ``before``."""
    text = counted.text
    lo = max(0, before.start - 1500)
    found = text.rfind(noun, lo, before.start)
    while found >= 0:
        if is_member(text[max(lo, found - 4) : found]):
            found = text.rfind(noun, lo, found)
            continue  # `女性人口總數為…`: a member's count, not the whole
        link = _DECLARED.match(text, found + len(noun))
        if link is not None:
            counts = counted.between(link.end(), min(before.start, link.end() + 14))
            if counts and counts[0].start == link.end() and counts[0].exact:
                return counts[0] if _same_measure(counts[0], before) else None
        found = text.rfind(noun, lo, found)
    return None


_RESPECTIVE = lazy_compile("分别(?:为|是|有|达)")
_JOINERS = lazy_compile(r"^[、和及与\s]*$")
_LABEL_SPLIT = re.compile("[、和与]")
_CLAUSE_STOPS = "，,；;。：:\n"


def _respective_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    text = counted.text
    for index in counted.positions("分别"):
        match = _RESPECTIVE.match(text, index)
        if match is None:
            continue
        parts_counts = _joined_counts(counted, match.end())
        if len(parts_counts) < 2:
            continue
        start = max(text.rfind(stop, max(0, index - 80), index) for stop in _CLAUSE_STOPS) + 1
        labels = [x.strip() for x in _LABEL_SPLIT.split(text[start:index])]
        if len(labels) != len(parts_counts) or not all(labels):
            continue
        noun = _AGE.compiled.sub("", labels[-1], count=1).strip() if age_range(labels[-1]) else ""
        if not (noun and ages_cover_all(labels)) and not _names_split(labels):
            continue
        noun = noun or _common_tail(labels)
        total = _noun_total(counted, noun, start, parts_counts[0]) if len(noun) >= 2 else None
        if total is not None:
            parts = tuple(Part(c, lab) for c, lab in zip(parts_counts, labels, strict=True))
            yield Breakdown(total, noun, parts, exhaustive=True)


def _joined_counts(counted: CountIndex, index: int) -> list[Count]:
    """The counts right after ``index`` joined by `、`/`和` only (`18891人、19099人和25594人`)."""
    text = counted.text
    found: list[Count] = []
    at = index
    for count in counted.between(index, sentence_end(text, index)):
        between = text[at : count.start]
        if (found and not _JOINERS.match(between)) or (not found and between.strip()):
            break
        if not count.exact or (found and not _same_measure(count, found[0])):
            return []
        found.append(count)
        at = count.end
    return found


def _names_split(labels: list[str]) -> bool:
    return any(
        len(labels) == len(members)
        and all(lab.startswith(m) for lab, m in zip(labels, members, strict=True))
        for members in _SPLITS
    )


def _common_tail(labels: list[str]) -> str:
    tail = 0
    shortest = min(map(len, labels))
    while tail < shortest and len({label[-tail - 1] for label in labels}) == 1:
        tail += 1
    return labels[0][len(labels[0]) - tail :] if tail else ""


_TOTAL_LINK = lazy_compile("(?:总数|总量|总计|合计)?(?:为|有|达|共|是)?")


def _noun_total(counted: CountIndex, noun: str, before: int, like: Count) -> Count | None:
    """The count stated right after ``noun`` earlier on the line (`户籍人口为112635人`)."""
    text = counted.text
    line_start = text.rfind("\n", 0, before) + 1
    found = text.rfind(noun, line_start, before)
    while found >= 0:
        link = _TOTAL_LINK.match(text, found + len(noun))
        end = link.end() if link else found + len(noun)
        counts = counted.between(end, min(before, end + 14))
        if counts and counts[0].start == end and counts[0].exact and _same_measure(counts[0], like):
            return counts[0]
        found = text.rfind(noun, line_start, found)
    return None


_ADDED_TOTAL = lazy_compile(r"(?:总计|合计)(?:为|达)?")
_SUBTRACTED = lazy_compile("减去|扣除|减少|下降|增长|增加")


def _added_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """`…支出完成59.69亿元。加上上解支出1.4亿元、…以及结转下年3.48亿元后，支出总计66.05亿元`."""
    text = counted.text
    for index in counted.positions("加上"):
        end = sentence_end(text, index)
        word = _ADDED_TOTAL.search(text, index, end)
        if word is None:
            continue
        totals = counted.between(word.end(), min(end, word.end() + 16))
        if not totals or totals[0].start != word.end() or not totals[0].exact:
            continue
        total = totals[0]
        added = [c for c in _plain_counts(counted, index, word.start()) if _same_measure(c, total)]
        if not added or _SUBTRACTED.search(text, index, word.start()):
            continue
        base = _base_before(counted, index, total)
        if base is None:
            continue
        parts = [Part(base[0], base[1])]
        for count in added:
            lo = max(text.rfind(s, index, count.start) for s in "、，,；;") + 1
            name = _label(text[max(lo, index + 2) : count.start])
            parts.append(Part(count, name.removeprefix("以及").removeprefix("及")))
        lo = max(text.rfind(s, index, word.start()) for s in "，,") + 1
        label = _label(text[lo : word.start()]) + text[word.start() : word.start() + 2]
        yield Breakdown(total, label, tuple(parts), exhaustive=True)


def _base_before(counted: CountIndex, index: int, like: Count) -> tuple[Count, str] | None:
    """The sum `加上` adds to: the last plain count before it in its sentence, or in the
    sentence before when `加上` opens a sentence; before a `其中` when the parts of that
    sum were listed (`收入完成13.62亿元。其中:税收收入…。加上…`)."""
    text = counted.text
    start, stop = _sentence_start(text, index), index
    if not text[start:stop].strip(" —-"):
        if start < 2 or text[start - 1] != "。":
            return None
        stop = start - 1
        start = _sentence_start(text, stop)
    opening = text.rfind("其中", start, stop)
    if opening >= 0:
        stop = opening
        if not text[start:stop].strip(" —-"):
            if start < 2 or text[start - 1] != "。":
                return None
            stop = start - 1
            start = _sentence_start(text, stop)
    for lo, hi in _clauses_backwards(text, start, stop):
        counts = [c for c in _plain_counts(counted, lo, hi) if _same_measure(c, like)]
        if counts and not _is_share(text, lo, hi):
            return counts[-1], _label(text[lo : counts[-1].start])
        if counts:
            return None
    return None


def _clauses_backwards(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    hi = end
    while hi > start:
        lo = max(text.rfind(s, start, hi - 1) for s in "，,；;。") + 1
        lo = max(lo, start)
        yield lo, hi
        hi = lo - 1


# `基层党委188个、总支部218个、支部3249个`: the three levels of basic party organisations.
_LEVELS = lazy_compile(
    r"党委(?P<a>[0-9.]+万?个)[、，,]\s*(?:党的)?(?:党)?总支部?(?P<b>[0-9.]+万?个)[、，,]\s*"
    r"(?:党的)?(?:党)?支部(?P<c>[0-9.]+万?个)"
)
_ORGANISATIONS = lazy_compile("(?:基层党组织|党的基层组织|基层组织)(?:总数)?(?:为|有|共|达)?")


def _organisation_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """Committees, general branches and branches measured against the basic party
    organisations stated before them (up to 3000 characters back, without a `其中`
    between, which the `其中` reading covers)."""
    text = counted.text
    for index in counted.positions("党委"):
        match = _LEVELS.match(text, index)
        if match is None or text.rfind("其中", max(0, index - 12), index) >= 0:
            continue
        parts = []
        for group, name in (("a", "党委"), ("b", "总支部"), ("c", "支部")):
            found = counted.between(match.start(group), match.end(group))
            if len(found) != 1 or not found[0].exact:
                break
            parts.append(Part(found[0], name))
        else:
            total = _organisations_before(counted, index, parts[0].count)
            if total is not None:
                yield Breakdown(total, "基层党组织", tuple(parts), exhaustive=True)


def _organisations_before(counted: CountIndex, index: int, like: Count) -> Count | None:
    text = counted.text
    lo = max(0, index - 3000)
    best = None
    for match in _ORGANISATIONS.finditer(text, lo, index):
        counts = counted.between(match.end(), min(index, match.end() + 12))
        if counts and counts[0].start == match.end() and counts[0].exact:
            if _same_measure(counts[0], like):
                best = counts[0]
    return best
