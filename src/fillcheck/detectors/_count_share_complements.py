"""FC308: the shares of two complementary kinds that do not add up to 100%.

`税收收入增收额占财政收入增收额的比重为91.6%,非税收入增收额占财政收入增收额的比重为8.4%`,
`男性人口为70356万人,占51.22%;女性人口为66993万人,占48.78%`: two clauses next to each other
name a kind and its complement (`非…`, or the two sides of one split: men and women, town and
country, centre and localities) with the same words around, and state their shares of one
whole (the same base, or none). The two make the whole, so the shares add up to 100%.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..patterns import is_han
from ._count_breakdown import PARTITIONS
from ._count_index import CountIndex
from ._count_text import after_last_stop

# The two sides of one split: each pair's words take the same place in the two labels.
_SIDES = (*PARTITIONS, ("商品", "服务"))
_CLAUSE_STOPS = "，,；;。！？\n：:"
_SEPARATORS = "，,；;"
_DIGITS = "0123456789."
# How far apart the two shares may stand.
_GAP = 90


def complement_hits(counted: CountIndex) -> Iterator[Hit]:
    """FC308 hits on complementary shares (see the module)."""
    text = counted.text
    shares = [s for s in map(lambda i: _share(text, i), counted.positions("%", "％")) if s]
    for first, second in itertools.pairwise(shares):
        if second.start - first.end > _GAP or "。" in text[first.end : second.start]:
            continue
        if first.base != second.base or not _complementary(first.label, second.label):
            continue
        if not _between_ok(text, first, second):
            continue
        total = first.value + second.value
        unit = max(first.unit, second.unit)
        if abs(total - 100) <= unit + 1e-9:
            continue
        digits = max(first.digits, second.digits)
        shown = f"{_shown(first)} ({first.label}) + {_shown(second)} ({second.label})"
        message = t("shares-not-summing", shares=shown, sum=f"{total:.{digits}f}")
        yield Hit(first.number, second.end, message, t("share-recompute"))


def _shown(share: _Share) -> str:
    return f"{share.value:.{share.digits}f}%"


class _Share:
    """A percentage with the label of its clause and the base words before it."""

    def __init__(self, label: str, base: str, value: float, digits: int, number: int, end: int):
        self.label, self.base, self.value, self.digits = label, base, value, digits
        self.number, self.end = number, end
        self.start = number
        self.unit = 10**-digits


def _share(text: str, index: int) -> _Share | None:
    """The share whose `%` is at ``index``: its number, the label that opens its clause
    run (`男性人口`), and the words of its base (`占财政收入增收额的比重为`, or `占`)."""
    end = index - 1 if index and text[index - 1] == " " else index
    number = end
    while number > 0 and text[number - 1] in _DIGITS:
        number -= 1
    if number == end or not text[number].isdigit():
        return None
    if text.find("占", max(0, number - 120), number) < 0:
        return None  # no base: the clause below lies within these 120 characters
    run = text[number:end]
    # the label: the han run that opens the clause the share closes, or the one before
    # a `，占` clause (`男性人口为70356万人,占51.22%`)
    clause = _after_stop(text, number)
    words = text[clause:number]
    if words.startswith("占") and clause >= 1 and text[clause - 1] in "，,":
        prior = _after_stop(text, clause - 1)
        label_words, base = text[prior : clause - 1], words
    else:
        at = words.find("占")
        if at < 1:
            return None
        label_words, base = words[:at], words[at:]
    label = _leading_han(label_words)
    if len(label) < 2 or not all(map(is_han, base)):
        return None
    return _Share(label, base, float(run), len(run.partition(".")[2]), number, index + 1)


def _after_stop(text: str, index: int) -> int:
    """Where the clause ending at ``index`` starts (looking back at most 120 characters)."""
    lo = max(0, index - 120)
    return max(lo, after_last_stop(text, lo, index, _CLAUSE_STOPS))


def _leading_han(words: str) -> str:
    """The han characters a clause opens with, up to a figure or a verb of amount."""
    out = []
    for char in words:
        if not is_han(char) or char in "为是达有共":
            break
        out.append(char)
    return "".join(out)


def _complementary(first: str, second: str) -> bool:
    """True when the labels name a kind and its complement with the same words around."""
    if second.startswith("非") and len(second) >= 3:
        if second[1:] == first:
            return True  # `公有经济`, `非公有经济`
        if first[0] == second[1] and len(second) >= 4 and first.endswith(second[2:]):
            return True  # `税收收入增收额`, `非税收入增收额`
    for one, other in _SIDES:
        for a, b in ((one, other), (other, one)):
            if a in first and b in second and first.replace(a, "", 1) == second.replace(b, "", 1):
                return True
    return False


def _between_ok(text: str, first: _Share, second: _Share) -> bool:
    """True when the second share's clause run starts right after the first share."""
    between = text[first.end : second.number]
    return bool(between) and between[0] in _SEPARATORS
