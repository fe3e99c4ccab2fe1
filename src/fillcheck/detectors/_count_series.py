"""Series of parallel counts measured against a grand total stated earlier.

Statistics bulletins state a grand total once (`中国共产党党员总数为9671.2万名`,
`全省常住人口为3480.48万人`) and later split it in a sentence of its own
(`30岁及以下党员1262.4万名,31至35岁党员1153.5万名,…,61岁及以上党员2721.0万名`,
`各市常住人口分布如下:太原市 539.10万人大同市 …`). Each such series becomes a
:class:`~._count_parts.Breakdown` of that grand total: exhaustive when its
first part is open below (`以下`) and its last open above (`以上`), or when it
is introduced as a distribution (`分布`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numerals import NUMERAL_THEN_MEASURE, Count
from ..patterns import is_han, lazy_compile
from ._count_index import CountIndex
from ._count_parts import Breakdown, Part
from ._count_text import matches_from, sentence_end

# A sentence of a paragraph.
_SENTENCE = lazy_compile("[^。！？!?\n]+")
# A grand total (`党员总数为9671.2万名`, `全省常住人口为3480.48万人`): series are
# looked for only after one.
_GRAND = lazy_compile(
    "(?:总数|总量)(?:为|是)?(?=[0-9０-９])"
    "|全[省市国县区州盟旗镇乡][\u4e00-\u9fff]{1,6}?(?:为|是|达)(?=[0-9０-９])"
)
# Where a match of ``_GRAND`` can start: `总数`, `总量`, and `全` before a place word.
_GRAND_STARTS = (re.compile("总(?=数|量)"), re.compile("全(?=[省市国县区州盟旗镇乡])"))
# `常住人口分布如下`: the noun a distribution splits.
_DISTRIBUTION = lazy_compile(r"(?P<noun>[\u4e00-\u9fff]{2,6})(?:的)?分布(?:如下|为|情况)")
# After the noun of a grand total: `总数为`, `总量`; after `全省常住人口`, also `为`.
_TOTAL_WORDS = ("总数为", "总数是", "总数", "总量为", "总量")
_WHOLE_WORDS = ("为", "是", "达", "")
# Before the noun of a grand total without `总数`: `全省常住人口为3480.48万人`.
_WHOLE_BEFORE = lazy_compile("(?:全省|全市|全国|全县|全区|全州|全盟|全旗|全镇|全乡)$")
_MIN_PARTS = 4
# The end of a numeral and a measure word (a cheap test before reading counts).
_COUNT_END = NUMERAL_THEN_MEASURE
_LOOK_BACK = 1500


def series_breakdowns(counted: CountIndex) -> Iterator[Breakdown]:
    """A breakdown of the grand total for every sentence that is a series of at least
    four counts of one measure word naming parts of one noun."""
    text = counted.text
    for sentence_start, counts in _sentences_of_counts(counted):
        counts = [c for c in counts if c.exact]
        if len(counts) < _MIN_PARTS or len({c.unit for c in counts}) != 1:
            continue
        labels = _labels(text, sentence_start, counts)
        distribution = None
        if text.find("分布", sentence_start, counts[0].start) >= 0:
            distribution = _DISTRIBUTION.search(text, sentence_start, counts[0].start)
        if distribution:
            nouns = [distribution.group("noun")[-k:] for k in range(2, 7)]
        else:
            nouns = [_common_suffix(labels)]
        found = (
            (noun, _grand_total(counted, noun, counts[0], sentence_start))
            for noun in nouns
            if len(noun) >= 2
        )
        noun, total = next(((n, c) for n, c in found if c is not None), ("", None))
        if total is None:
            continue
        parts = tuple(Part(c, label) for c, label in zip(counts, labels, strict=True))
        exhaustive = distribution is not None or ("以下" in labels[0] and "以上" in labels[-1])
        yield Breakdown(total, noun, parts, exhaustive, summable=False)


def _labels(text: str, start: int, counts: list[Count]) -> list[str]:
    """The words before each count, back to the previous count or separator."""
    labels = []
    previous = start
    for count in counts:
        words = text[previous : count.start]
        for separator in "，,、；;：:":
            words = words.rpartition(separator)[2]
        labels.append(words.strip().rstrip("为是有达"))
        previous = count.end
    return labels


def _common_suffix(labels: list[str]) -> str:
    """The longest run of Chinese characters that ends every label (`党员`)."""
    suffix = ""
    for chars in zip(*(label[::-1] for label in labels), strict=False):
        if len(set(chars)) != 1:
            break
        suffix = chars[0] + suffix
    while suffix and not is_han(suffix[0]):
        suffix = suffix[1:]
    return suffix if all(map(is_han, suffix)) else ""


def _grand_total(counted: CountIndex, noun: str, like: Count, before: int) -> Count | None:
    """The nearest earlier statement `<noun>总数为<count>` of the same measure word."""
    text = counted.text
    lo = max(0, before - _LOOK_BACK)
    position = text.rfind(noun, lo, before)
    while position >= 0:
        after = position + len(noun)
        whole = _WHOLE_BEFORE.compiled.search(text, max(0, position - 6), position) is not None
        for words in _TOTAL_WORDS + (_WHOLE_WORDS if whole else ()):
            if text.startswith(words, after):
                count = _count_at(counted, after + len(words))
                if count is not None and count.unit == like.unit:
                    return count
        position = text.rfind(noun, lo, position)
    return None


def _count_at(counted: CountIndex, index: int) -> Count | None:
    """The exact count that starts at ``index``, if any."""
    found = counted.between(index, index + 16)
    if found and found[0].start == index and found[0].exact:
        return found[0]
    return None


def _sentences_of_counts(counted: CountIndex) -> Iterator[tuple[int, list[Count]]]:
    """(start of the sentence, its counts) for every sentence with four counts or more
    that follows a statement of a grand total (only those sentences are read)."""
    text = counted.text
    done = 0
    for match in matches_from(_GRAND.compiled, text, *_GRAND_STARTS):
        lo = max(done, sentence_end(text, match.end()) + 1)
        hi = min(len(text), match.end() + _LOOK_BACK)
        for sentence in _SENTENCE.finditer(text, lo, hi):
            if len(_COUNT_END.findall(text, *sentence.span())) < _MIN_PARTS:
                continue  # fewer than four numerals before a measure word
            counts = counted.between(*sentence.span())
            if len(counts) >= _MIN_PARTS:
                yield sentence.start(), counts
        done = max(done, hi)
