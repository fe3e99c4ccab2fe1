"""FC1xx: template placeholders left unfilled (star and letter masks, 某, blanks, slots)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import language, t
from ..patterns import (
    CJK_PUNCT,
    SENTENCE_END,
    is_ascii_word,
    is_han,
)
from ..registry import register
from ._leaks import SURNAMES
from ._letters import BEFORE, classify, glued_mask, line_mask, weak_word
from ._masks import masks
from ._records import redacted
from ._values import UNIT_WINDOW, Unit, describe, mask_unit

# Stars set apart by spaces before a word: `* * * arranged`, `由* * *同志`.
SPACED_STARS = re.compile(r"\*(?: \*)+(?= ?[^\s*\d])")

# Emphasis in Markdown never spans a sentence end, and is rarely this long.
_MAX_EMPHASIS = 60
_WORD = Unit("", "word")
# Characters after a mask that decide its verdict: the longest unit, or 世纪.
_WINDOW = max(UNIT_WINDOW, 2)
# Letters and `_` before a letter token make it part of a Latin word or identifier.
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
# Letter masks that make a document's lone letters before a name masks too (`X铁路`).
_EVIDENCE = 2


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The character before a mask and the few after it: all a verdict on it depends on.

    The verdicts below are pure functions of these and are cached: a scraped
    corpus repeats the same few contexts (`XX名`, `**次`) hundreds of thousands
    of times.
    """
    return (text[start - 1] if start else "\n"), text[end : end + _WINDOW]


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


@lru_cache(maxsize=4096)
def _message(mask: str, unit: Unit, lang: str) -> tuple[str, str]:
    """(message, suggestion) in ``lang`` for ``mask`` standing for a value of ``unit``'s kind."""
    what = describe(unit.kind)
    if unit.kind in ("word", "title"):
        message = t("masked-word", mask=mask, what=what)
    else:
        message = t("masked-unit", mask=mask, unit=unit.text, what=what)
    return message, t("fill-mask", mask=mask)


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
    weak = is_han(before) and is_han(after)
    return (_WORD if weak else None), False


# What a star is defined as in a legend (`注：*为重点项目`, `“*”表示`), after no Chinese.
_LEGEND = ("为", "表示", "代表", "指", "是", "标注", "的为", "者")
_LEGEND_BEFORE = '\n：:，,；;（(“" \u3000注'
# What a numbered `号` follows when the star masks its number (`5月*号`, `中山路**号`).
_NUMBERED = "月路街巷弄楼栋室幢"
# Verbs that mark an item with the sign: `带*项目`, `标*的`, `打*`.
_MARKING = "带标打"


def _names_the_star(before: str, ahead: str) -> bool:
    """True where the text talks about the star sign itself, not a value it masks.

    `标*号的为必填项`, `*号表示同比下降` name the sign (星号); `注：*为重点项目` and
    `“*”表示` define it in a legend. `5月*号` and `中山路**号` mask a number.
    """
    if ahead.startswith("号") and before not in _NUMBERED and not before.isdigit():
        return True
    if before in _MARKING:
        return True  # `带*项目为必填项`, `标*的`
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


@register("FC101", "star-masked-value", Category.PLACEHOLDER, Severity.ERROR)
def star_masked_value(doc: Document) -> Iterator[Hit]:
    """Asterisks stand where a number, name or word was never filled in.

    ## What it does
    Finds runs of `*` or `＊` that replace a value in Chinese text: a count before
    a measure word (`*项`, `**次`), an amount (`****元`), a place or organisation
    (`****村`, `**市`, `市**局`), a year (`20**年`) or part of a title (`《***提升…》`).
    The message names the kind of value from the unit that follows the mask. In
    a document that masks with stars, a star beside the punctuation around a
    name is one too (`（*新城）`, `活力*、`); `* * *` inside a sentence stands
    for a name (`Throughout the year, * * * arranged`).

    Markdown is left alone: `**bold**` and `*italic*` pairs, `* ` bullets and
    `***` rules, as are `a*b`, `3*4`, `x**2` and `O(n*m)`. A pair of runs is
    taken for emphasis unless both runs are followed by a unit (`**次，党员大会**次`),
    as CommonMark pairs them: never across a bracket, never a run with
    punctuation inside and a letter outside. A footnote star (`统计局*`) is left alone.

    ## Why is this bad?
    Templates from document-sharing sites mask every figure with asterisks. A
    report handed in with `召开支委会**次` tells the reader it was never finished.

    ## Example
    Bad: 全年召开支委会**次，党员大会**次。
    Good: 全年召开支委会12次，党员大会4次，**重点工作**按期完成。
    """
    # A masked public record's masks (FC409) and a word filter's stars (FC404) are redaction.
    skip = redacted(doc)
    yield from (hit for hit in star_masks(doc) if (hit.start, hit.end) not in skip)


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
    if hits or not _inside_a_word(doc.text, weak):
        return []
    return [(hit.start, hit.end) for hit in weak]


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
        yield Hit(start, end, *_message(text[start:end], _WORD, language())), _STRONG
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
                hit = Hit(start, end, *_message(text[start:end], unit, language()))
                yield hit, _WEAK if not strong and unit is _WORD else _STRONG
            elif partner is None and _edge_star(*_neighbours(text, start, end)):
                edges.append((start, end))
        index = group[-1] + 1
    if found:  # a document that masks names with stars masks them beside punctuation too
        for start, end in edges:
            yield Hit(start, end, *_message(text[start:end], _WORD, language())), _EDGE


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


@lru_cache(maxsize=8192)
def _letter_verdict(before: str, mask: str, ahead: str, lang: str) -> tuple[str, str] | None:
    """(message, suggestion) in ``lang`` for a letter mask here, or None if it is not one."""
    unit = classify(before, mask, ahead)
    return None if unit is None else _message(mask, unit, lang)


@register("FC102", "letter-masked-value", Category.PLACEHOLDER, Severity.ERROR)
def letter_masked_value(doc: Document) -> Iterator[Hit]:
    """`XX`, `xx`, `ＸＸ` or `××` stand in Chinese text where a value was never filled in.

    ## What it does
    Finds mask letters (`X`, `x`, full-width `Ｘ`/`ｘ`, `×`) inside Chinese text:
    runs (`XX名`, `党的XX大`, `XX区`, `区XXXX`, `最XX接体现`), single letters
    before a unit, an ordinal or a date (`X名`, `第X名`, `X月X日`, `增长X%`,
    `x书记`), decimals and ranges (`x.x%`, `X.X亿元`, `x-x月`) and year slots
    (`20xx年`, `〔20XX〕`, `20XX专业`), document numbers (`2022xx号`), names
    glued to a count (`XX4个`), date ranges (`×月×————×日`), values after a
    label (`电话:XXXX-XXXXXXX`, `邮箱:xx@`), also next to ASCII punctuation and
    in quotes (`,XX同志`, `“xx”计划`). A lone letter before a name (`X铁路`,
    `对X系列`) says nothing of its value, so it is a mask only in a document
    with two or more other letter masks, as is a `×` run before Latin noise
    (`致×××abc公司`) or `XX` glued to an upper-case word (`XXXPERSONAL RESUME`).
    Latin text is left alone: `XXL`, `XXL-JOB`,
    `iPhone X`, `x86`, `3x3`, `X光`, `X射线`, variables (`设X为`), `长×宽`, `xx`
    inside identifiers, URLs and e-mail addresses, Roman numerals, `Windows X`.

    ## Why is this bad?
    `XX` is how templates mark what the writer must replace; a report that still
    says `发展对象XX名` was handed in unfinished.

    ## Example
    Bad: 今年以来审批确定入党积极分子XX名，发展对象X名，同比增长x.x%。
    Good: 部署了XXL-JOB调度平台，进行X光检查，访问 https://xx.example.com 查看。
    """
    # A masked public record's masks are redaction (FC409).
    skip = redacted(doc)
    yield from (hit for hit in letter_masks(doc) if (hit.start, hit.end) not in skip)


# A text doing algebra with `x`: `2x`, `x+5`, `x²`, `=x`, `设…x`; its lone `x` are variables
# (`202x年` is a year slot and `建设x个中心` builds; neither does algebra). Literal-led, so
# that `re` skips ahead to each `x` or `设`.
_ALGEBRA_X = re.compile(
    r"x(?:(?<=[0-9]x)(?![A-Za-z0-9年〕])|(?=\s*[+=＝²³])|(?<=[=＝+]x)|(?<=[=＝+] x))"
)
_LET_X = re.compile(r"设[^，。；\n]{0,15}x")


def _does_algebra(text: str) -> bool:
    """True when ``text`` uses `x` as an unknown (`设x年后`, `2x件`, `x+2`)."""
    for match in _ALGEBRA_X.finditer(text):
        at = match.start()
        if not (text[at - 1 : at].isdigit() and text[at - 2 : at - 1].isdigit()):
            return True  # `2x`, `1.5x`: a coefficient; `202x` is a year
    for match in _LET_X.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if not before or not is_han(before) or before in "解若假":
            return True
    return False


def letter_masks(doc: Document) -> Iterator[Hit]:
    """The letter masks of ``doc``, whether slots to fill or masked values (FC102, FC409)."""
    text, lang = doc.text, language()
    strong, weak = 0, []
    algebra = None  # whether the text does algebra with `x`: asked once, when it matters
    for start, end in masks(doc).letters:
        if start and text[start - 1] in _LATIN:
            continue  # inside a Latin word (`index`, `Linux`): never a mask, nor evidence
        if end - start == 1 and text[start] == "x":
            algebra = _does_algebra(text) if algebra is None else algebra
            if algebra:
                continue  # a variable of an equation or word problem: `设x年后`, `需要x天`
        before = (text[max(0, start - BEFORE) : start] if start else "\n") or "\n"
        mask, ahead = text[start:end], text[end : end + _WINDOW + 1]
        if ahead[:2] == "——":
            ahead = _dashes_ahead(text, end)
        verdict = _letter_verdict(before, mask, ahead, lang)
        if verdict is not None:
            strong += 1
            yield Hit(start, end, *verdict)
        elif (
            weak_word(before, mask, ahead)
            or glued_mask(before, mask, ahead)
            or line_mask(before, mask, ahead)
        ):
            weak.append((start, end))
    if strong >= _EVIDENCE:  # a document that masks values masks names with lone letters too
        for start, end in weak:
            yield Hit(start, end, *_message(text[start:end], _WORD, lang))


def _dashes_ahead(text: str, end: int) -> str:
    """The characters after a letter token, its run of dashes read as one (`×————×日`)."""
    stop = end
    while stop < len(text) and text[stop] == "—":
        stop += 1
    return "—" + text[stop : stop + _WINDOW]


# A date left as 某: `某年某月某日`, `某月某日`, `某年某月`.
MOU_DATE = re.compile(r"某年某月(?:某日)?|某月某日")
# 某 followed by these is an everyday word, not an anonymised name.
_MOU_WORDS = ("些", "种", "个", "一", "方面", "程度", "天", "时", "日", "次", "项", "处", "件")
# Words that give one case as an example: `如某乡镇…`, `例如某单位…`.
_EXAMPLE = ("如", "比如", "例如", "像", "譬如")
# 某 followed by these names an organisation, place or person left anonymous.
_MOU_NAMES = tuple(
    sorted(
        (
            "党组 党委 党总支 党支部 支部 单位 部门 机关 局 厅 委 办 处 科 室 中心 公司 集团"
            " 企业 学校 医院 银行 协会 县 市 区 镇 乡 村 街道 社区 省 同志 书记 局长 主任"
            " 部长 处长 科长 校长 院长 经理 董事长 领导 先生 女士"
        ).split(),
        key=len,
        reverse=True,
    )
)


@register("FC103", "anonymised-name", Category.PLACEHOLDER, Severity.WARNING)
def anonymised_name(doc: Document) -> Iterator[Hit]:
    """`某` stands where the name of an organisation, place or person belongs.

    ## What it does
    Finds `某某` and `某` followed by an organisation, place or title
    (`某党组`, `某单位`, `某局`, `某同志`), and dates written `某年某月某日`; it
    leaves the everyday words `某些`, `某种`, `某个`, `某一`, `某方面`,
    `某种程度` and a lone `某日` alone.

    ## Why is this bad?
    Sample reports on sharing sites replace every name with `某`; a report that
    still says `某党组书记` never says whose report it is.

    ## Example
    Bad: 2022年度某党组书记抓基层党建工作述职报告
    Good: 在某些方面还存在差距，某种程度上影响了工作成效。
    """
    text, covered = doc.text, 0
    for start, end in masks(doc).mou:
        if start < covered:
            continue
        date = MOU_DATE.match(text, start)
        if date is not None:  # `某年某月某日`: the date was never filled in
            covered = date.end()
            yield Hit(start, covered, *_message(date.group(), Unit("", "date"), language()))
            continue
        if end - start == 2 and text[start - 1 : start] in SURNAMES:
            continue  # `廖某某等27人`: a real person's anonymised name (FC408 lists it)
        if end - start >= 2:
            yield Hit(start, end, t("anonymised-name", mask=text[start:end]))
            continue
        if text.startswith(_MOU_WORDS, end) or text[max(0, start - 2) : start].endswith(_EXAMPLE):
            continue  # `某些`; `如某乡镇在报告中`: one case given as an example
        name = next((word for word in _MOU_NAMES if text.startswith(word, end)), None)
        if name is not None:
            yield Hit(
                start,
                end,
                t("anonymised-named", name=name),
                t("fill-name"),
            )
