"""Star masks (`**次`, `****村`, `* * *`) told from Markdown, arithmetic and the sign itself.

The masks FC101 reports as slots and FC409 as a public record's masks
(:func:`star_masks`), and the stars a word filter leaves inside a word when a
document masks no values (:func:`filtered_word_stars`, FC404).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..document import Document
from ..finding import Hit
from ..messages import language
from ..patterns import CJK_PUNCT, SENTENCE_END, is_ascii_word, is_han
from ._mask_message import WINDOW, WORD, mask_message
from ._masks import masks
from ._values import Unit, mask_unit

# Stars set apart by spaces before a word: `* * * arranged`, `由* * *同志`.
SPACED_STARS = re.compile(r"\*(?: \*)+(?= ?[^\s*\d])")

# Emphasis in Markdown never spans a sentence end, and is rarely this long.
_MAX_EMPHASIS = 60


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The character before a mask and the few after it: all a verdict on it depends on.

    The verdicts below are pure functions of these and are cached: a scraped
    corpus repeats the same few contexts (`XX名`, `**次`) hundreds of thousands
    of times.
    """
    return (text[start - 1] if start else "\n"), text[end : end + WINDOW]


def _in_han_context(before: str, after: str) -> bool:
    """True when a span between ``before`` and ``after`` sits inside Chinese text."""
    han_before, han_after = is_han(before), is_han(after)
    if han_before and han_after:
        return True
    if han_before:
        return after in CJK_PUNCT or after.isspace()
    if han_after:
        return before in CJK_PUNCT or before.isspace()
    return False


def _is_arithmetic(before: str, after: str) -> bool:
    """`a*b`, `3*4`, `x**2`, `O(n*m)`, `**/*.py`: stars between Latin, digits or symbols."""
    latin_before = is_ascii_word(before) or before in ")]/"
    latin_after = is_ascii_word(after) or after in "([/."
    if latin_before and latin_after:
        return True
    return (latin_before and not is_han(after)) or (latin_after and not is_han(before))


@lru_cache(maxsize=4096)
def _star_evidence(before: str, ahead: str) -> tuple[Unit | None, bool]:
    """(unit, strong): strong means the run is a mask even where it pairs like Markdown."""
    after = ahead[:1] or "\n"
    if _is_arithmetic(before, after) or _names_the_star(before, ahead):
        return None, False
    unit = mask_unit(before, ahead)
    if unit is not None:
        return unit, True
    if after in "（(" and _labelled(before, ahead):
        return WORD, True  # `兹有***(姓名)同志`: a mask before the label of its value
    weak = is_han(before) and is_han(after)
    return (WORD if weak else None), False


def _labelled(before: str, ahead: str) -> bool:
    """A bracketed two-character label right after the run (`(姓名)`, `（单位）`), in
    Chinese text or at the start of a line."""
    return (
        (is_han(before) or before in "\n:：")
        and is_han(ahead[1:2])
        and is_han(ahead[2:3])
        and ahead[3:4] in ("）", ")")
    )


# What a star is defined as in a legend (`注：*为重点项目`, `“*”表示`), after no Chinese.
_LEGEND = ("为", "表示", "代表", "指", "是", "标注", "的为", "者")
_LEGEND_BEFORE = '\n：:，,；;（(“" \u3000注'
# What a numbered `号` follows when the star masks its number (`5月*号`, `中山路**号`).
_NUMBERED = "月路街巷弄楼栋室幢"
# Verbs that mark an item with the sign: `带*项目`, `标*的`, `打*`.
_MARKING = "带标打"
# Options a form's reader deletes where they do not apply (`*先生/太太/小姐/女士`,
# `*本人/本人子女`): the star marks the choice; a rate (`**万元/年`) is a masked amount.
_CHOICE = re.compile("[\u4e00-\u9fff]{2}(?<![元年月日天次])[/／][\u4e00-\u9fff]")


def _names_the_star(before: str, ahead: str) -> bool:
    """True where the text talks about the star sign itself, not a value it masks.

    `标*号的为必填项`, `*号表示同比下降` name the sign (星号); `注：*为重点项目` and
    `“*”表示` define it in a legend. `5月*号` and `中山路**号` mask a number.
    """
    if ahead.startswith("号") and before not in _NUMBERED and not before.isdigit():
        return True
    if before in _MARKING:
        return True  # `带*项目为必填项`, `标*的`
    if _CHOICE.match(ahead):
        return True  # `*先生/太太`: delete what does not apply
    return before in _LEGEND_BEFORE and ahead.lstrip('”"').startswith(_LEGEND)


def _emphasis_partner(text: str, runs: list[tuple[int, int]], index: int) -> int | None:
    """Index of the run that closes run ``index`` as Markdown emphasis, if any."""
    (open_start, open_end) = runs[index]
    mark = text[open_start:open_end]
    if len(mark) > 3 or "＊" in mark or index + 1 >= len(runs):
        return None
    (close_start, close_end) = runs[index + 1]
    inner = text[open_end:close_start]
    if text[close_start:close_end] != mark or not inner or len(inner) > _MAX_EMPHASIS:
        return None
    if inner[0].isspace() or inner[-1].isspace() or "\n" in inner:
        return None
    if not _flanks(text, open_start, open_end, inner[0]) or not _flanks(
        text, close_end, close_start, inner[-1]
    ):
        return None  # `（*新城）、五路（*大道`: CommonMark would not pair these
    if _BRACKETS.search(inner) and any(inner.count(o) != inner.count(c) for o, c in _PAIRS):
        return None  # emphasis never straddles a bracket: `*大道)”建设，“活力*`
    if any(char in SENTENCE_END for char in inner):
        return None
    return index + 1


def _spaced_stars(text: str) -> list[tuple[int, int]]:
    """`* * *` standing for a name inside a sentence (`Throughout the year, * * * arranged`).

    On a line of its own, or after a list marker, it is a Markdown rule.
    """
    spans = []
    for match in SPACED_STARS.finditer(text):
        start, end = match.span()
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if not any(c.isalpha() for c in before):
            continue  # a rule line, or `- * * *` after a list marker
        if before.endswith((" ", "，", ",")) or is_han(before[-1]):
            spans.append((start, end))
    return spans


_PAIRS = ("（）", "()", "“”", "《》")
_BRACKETS = re.compile("[（）()“”《》]")
_PUNCT = CJK_PUNCT + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def _flanks(text: str, start: int, end: int, inside: str) -> bool:
    """Whether a run can open (``start < end``) or close (``start > end``) emphasis.

    CommonMark's flanking rule: a run with punctuation on its inner side must
    have space or punctuation on its outer side (`**“重点”**` pairs, `、*大道`
    after `（*新城）` does not).
    """
    outside = (
        (text[start - 1] if start else "\n") if start < end else text[start : start + 1] or "\n"
    )
    return inside not in _PUNCT or outside.isspace() or outside in _PUNCT


def star_masks(doc: Document) -> Iterator[Hit]:
    """The star masks of ``doc``, whether slots to fill or masked values (FC101, FC409).

    A star between two Chinese characters with no unit after it (`加强**建工作`) is a
    mask only in a document that masks values with stars elsewhere; without them it is
    a word filter's trace (FC404, :func:`filtered_word_stars`).
    """
    hits, weak = _star_hits(doc)
    yield from hits
    if hits or not _inside_a_word(doc.text, weak):
        yield from weak


_STRONG, _WEAK, _EDGE = "strong", "weak", "edge"


def filtered_word_stars(doc: Document) -> list[tuple[int, int]]:
    """Stars inside a word (`潜*规则`, `加强**建工作`) in a document that masks no values."""
    hits, weak = _star_hits(doc)
    weak = [hit for hit in weak if not _in_formula(doc.text, hit)]
    if hits or not _inside_a_word(doc.text, weak):
        return []
    return [(hit.start, hit.end) for hit in weak]


def _in_formula(text: str, hit: Hit) -> bool:
    """`小计=单价*数量`, `面积＝长*宽`: one star multiplying after an equals sign on its line."""
    if hit.end - hit.start != 1:
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    return "=" in text[line_start : hit.start] or "＝" in text[line_start : hit.start]


# Function words next to a mask that stands for a whole name: `在*某某市委`, `联合***等`.
_FUNCTION_CHARS = frozenset("在由对与和及同跟向从把被给让为是的等之以于将或并且而某")


def _inside_a_word(text: str, weak: list[Hit]) -> bool:
    """True when some weak star stands between two content characters (`潜*规则`,
    `加强**建工作`): a word filter cut a word, rather than a template masking a name."""
    return any(
        text[hit.start - 1] not in _FUNCTION_CHARS and text[hit.end] not in _FUNCTION_CHARS
        for hit in weak
    )


def _star_hits(doc: Document) -> tuple[list[Hit], list[Hit]]:
    """(the star masks found by a unit, place or punctuation, those found only between
    Chinese characters), once per document and family."""
    return doc.memo("placeholders.star-hits", lambda: _sort_star_hits(doc))


def _sort_star_hits(doc: Document) -> tuple[list[Hit], list[Hit]]:
    hits: list[Hit] = []
    weak: list[Hit] = []
    for hit, kind in _star_verdicts(doc):
        (weak if kind == _WEAK else hits).append(hit)
    return hits, weak


def _star_verdicts(doc: Document) -> Iterator[tuple[Hit, str]]:
    """Each star mask of ``doc`` and what makes it one: a unit or place (strong), only
    Chinese on both sides (weak), or the punctuation around a name (edge)."""
    text = doc.text
    runs = masks(doc).stars
    spaced = _spaced_stars(text) if "* *" in text else []
    for start, end in spaced:
        yield Hit(start, end, *mask_message(text[start:end], WORD, language())), _STRONG
    if spaced:
        runs = [run for run in runs if not any(s <= run[0] < e for s, e in spaced)]
    index, found, edges = 0, len(spaced), []
    while index < len(runs):
        partner = _emphasis_partner(text, runs, index)
        group = [index] if partner is None else [index, partner]
        evidence = [_star_evidence(*_neighbours(text, *runs[i])) for i in group]
        if partner is not None and not all(strong for _, strong in evidence):
            index = partner + 1  # Markdown emphasis, not masks
            continue
        for i, (unit, strong) in zip(group, evidence, strict=True):
            start, end = runs[i]
            if unit is not None:
                found += 1
                hit = Hit(start, end, *mask_message(text[start:end], unit, language()))
                yield hit, _WEAK if not strong and unit is WORD else _STRONG
            elif partner is None and _edge_star(*_neighbours(text, start, end)):
                edges.append((start, end))
        index = group[-1] + 1
    if found:  # a document that masks names with stars masks them beside punctuation too
        for start, end in edges:
            yield Hit(start, end, *mask_message(text[start:end], WORD, language())), _EDGE


# Punctuation that a star mask for a name stands against (`（*新城）`, `活力*、`, `香约**，`).
_EDGE_BEFORE = '（(、，,“"《'
_EDGE_AFTER = '）)、，,”"》；;'


def _edge_star(before: str, ahead: str) -> bool:
    """A star run between a Chinese character and the punctuation around a name."""
    after = ahead[:1]
    if _names_the_star(before, ahead):
        return False
    return (is_han(before) and after in _EDGE_AFTER and after != "") or (
        is_han(after) and before in _EDGE_BEFORE
    )
