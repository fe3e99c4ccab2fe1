"""`首先…其次…再次…最后`: a series of words that number a list, read for FC306 and FC303."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import ORDINALS
from ._count_text import iter_literal

Marker = tuple[int, int, str, int]  # start, end, style, value (as in `_enum_markers`)

# `首先…其次…其次`: a series whose second word is repeated (`其次` is never "again",
# unlike `再次`, so only it is followed).
_SERIES_WORDS = ("首先", "其次", "最后")
_SERIES_BEFORE = frozenset("。；;：:！!？?，,\n \t\u3000")
_SERIES_SPAN = 1500


def series_repeats(text: str) -> Iterator[Hit]:
    """`首先…其次…其次`: `其次` where the word after it belongs."""
    if "首先" not in text or text.count("其次") < 2:
        return
    for start in iter_literal(text, "其次"):
        if not _opens_clause(text, start):
            continue
        previous, word = _previous_series_word(text, start)
        if word != "其次":
            continue
        if _previous_series_word(text, previous)[1] == "首先":
            yield Hit(
                start, start + 2, t("enumeration-repeats", label=word, last=word), t("renumber")
            )


def series_markers(text: str) -> list[Marker]:
    """`首先` (1), `其次` (2), `再次` (3) and `最后` (the next number) opening clauses."""
    if "首先" not in text or "其次" not in text:
        return []
    words = sorted((i, w) for w in ("首先", "其次", "再次", "最后") for i in iter_literal(text, w))
    markers: list[Marker] = []
    for start, word in words:
        if not _opens_clause(text, start):
            continue
        if word == "最后":
            if markers and markers[-1][3] >= 2:
                markers.append((start, start + 2, "首先", markers[-1][3] + 1))
        else:
            markers.append((start, start + 2, "首先", ("首先", "其次", "再次").index(word) + 1))
    return markers


def _opens_clause(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _SERIES_BEFORE


def _previous_series_word(text: str, end: int) -> tuple[int, str]:
    """The nearest series word opening a clause before ``end`` (within the span)."""
    lo = max(0, end - _SERIES_SPAN)
    best, found = -1, ""
    for word in _SERIES_WORDS:
        at = text.rfind(word, lo, end)
        while at >= 0 and not _opens_clause(text, at):
            at = text.rfind(word, lo, at)
        if at > best:
            best, found = at, word
    return best, found


# `第一项叮咛…第二项叮咛…第二项叮咛`, `第一项，…；第二项，…`: ordinals that carry a measure
# word and a noun (or a comma right after the measure word), one list as long as they
# open clauses and repeat the same noun.
_ORDINAL_UNIT = re.compile(
    "第(?P<num>[一二三四五六七八九十]{1,2})(?P<unit>个|项|条|点|种|类|方面|部分|块|批)"
    "(?P<name>[\u4e00-\u9fff]{2}|(?<=[项点个类种面分批块条])(?=[，,、：:]|是|为))"
)
_ORDINAL_OPENS = frozenset("。；;：:！!？?\n \t\u3000“「·•")
# `第一个是…第二个小组是…第三个则为…`: an ordinal whose measure word a copula follows
# (after at most a short noun) names its item there; two such ordinals are of one list
# when their measure words agree, whatever noun stands between.
_COPULA_AFTER = re.compile("[\u4e00-\u9fff]{0,3}?(?:是|为)")


def _copula(text: str, match: re.Match[str]) -> bool:
    return _COPULA_AFTER.match(text, match.end("unit"), match.end("unit") + 5) is not None


def _same_list(text: str, first: re.Match[str], match: re.Match[str]) -> bool:
    """Two ordinals of one list: the same measure word and noun (`项叮咛`), or the same
    measure word with a copula after each (`第一个是`, `第二个小组是`)."""
    if first.group("unit") != match.group("unit"):
        return False
    if first.group("name") == match.group("name"):
        return True
    return _copula(text, first) and _copula(text, match)


def _label_end(match: re.Match[str]) -> int:
    """The end of an ordinal's words: after its noun, not after a copula (`第四个是`)."""
    name = match.group("name")
    return match.end("unit") if not name or name[0] in "是为" else match.end()


_ORDINAL_SPAN = 1500


def ordinal_unit_breaks(text: str) -> Iterator[Hit]:
    """`第一项叮咛…第二项叮咛…第二项叮咛`, `第一个问题…第二个问题…第四个问题`: a repeated
    or skipped number once two of the list stood in order."""
    if "第二" not in text and "第三" not in text:
        return  # no second ordinal, nor a third where the second was skipped
    for first in iter_literal(text, "第一"):
        match = _ORDINAL_UNIT.match(text, first)
        if match is None:
            continue
        # `设立4个工作小组,第一个是…`: a list named by its copula may open after a comma
        copula = text[first - 1 : first] in "，," and _copula(text, match)
        if _opens_ordinal(text, first) or copula:
            yield from _ordinal_run(text, match)


def _opens_ordinal(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _ORDINAL_OPENS


def _next_ordinal(text: str, at: int, first: re.Match[str]) -> tuple[int, re.Match[str]] | None:
    """The next ordinal of the list ``first`` opens after ``at``, if it opens a clause
    within reach."""
    nxt = text.find("第", at, at + _ORDINAL_SPAN)
    while nxt >= 0:
        match = _ORDINAL_UNIT.match(text, nxt)
        if match is not None and _same_list(text, first, match):
            return (nxt, match) if _opens_ordinal(text, nxt) else None
        nxt = text.find("第", nxt + 1, at + _ORDINAL_SPAN)
    return None


def _ordinal_run(text: str, first: re.Match[str]) -> Iterator[Hit]:
    """The break in the run of ordinals that ``first`` (`第一项叮咛`) opens, if any; a
    second skipped right after the first counts once the list goes on in order after it
    (`第一项…第三项…第四项`)."""
    words = text[first.end("num") : _label_end(first)]
    value, run, at = 1, 1, first.end()
    while True:
        found = _next_ordinal(text, at, first)
        if found is None:
            return
        nxt, match = found
        number = ORDINALS.get(match.group("num"))
        if number == 1 or number is None:
            return  # a new list starts
        if number != value + 1:
            after = _next_ordinal(text, match.end(), first) if run == 1 else None
            goes_on = after is not None and ORDINALS.get(after[1].group("num")) == number + 1
            if run >= 2 or (goes_on and number == value + 2):
                key = "enumeration-repeats" if number == value else "enumeration-follows"
                end = _label_end(match)
                label, last = text[nxt:end], f"第{_CN_WORDS[value]}{words}"
                yield Hit(nxt, end, t(key, label=label, last=last), t("renumber"))
            return
        value, run, at = number, run + 1, match.end()


_CN_WORDS = dict(enumerate("零一二三四五六七八九十")) | {11: "十一", 12: "十二"}
