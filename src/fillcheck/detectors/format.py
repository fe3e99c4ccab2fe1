"""FC5xx: format slips against the document's own style and, in official documents, GB/T 9704.

Chinese style guides disagree (technical writing puts a space in `4 个`,
official documents never do: `280万元`), so these rules first judge a
document against itself: a form is a slip only where the same document
otherwise writes it the other way, by a clear majority. Official documents
(``style = "official"``, or recognised from a 红头 title, a 〔年份〕号 document
number or a 抄送 line) are also held to the official forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..patterns import char_after, char_before, is_han
from ..registry import register
from ..scan import declare, declared_starts
from ._dots import dot_is_punctuation, word_dots
from ._official import is_official, skipped_headings
from ._site_marks import apostrophe_marks
from ._unit_pairs import TIGHT_UNIT, in_spaced_passage, spaced_pairs
from ._values import Unit, unit_at

# A Latin word against Chinese, without and with a space: `为Word版`, `使用 Python 编写`.
TIGHT_LATIN = re.compile(r"[\u4e00-\u9fff][A-Za-z]{2,}|[A-Za-z]{2,}[\u4e00-\u9fff]")
SPACED_LATIN = re.compile(r"[\u4e00-\u9fff] [A-Za-z]{2,}|[A-Za-z]{2,} [\u4e00-\u9fff]")
# A middle dot as a decimal point before a percentage or an amount: `1·8%`.
# (Found on the shared trigger scan: the dots are rare; the digit before is checked there.)
DOT_DECIMAL = re.compile(r"[·•・](?=\d+(?:%|％|‰|万|亿|元|倍|个百分点))")
_DIGIT = re.compile(r"\d")
_DOTS = declare("fc5-dots", "·•・")
# (A run is written `[0-9][0-9]*`, not `[0-9]+`: `re` skips ahead fast only to a pattern
# that starts with a character or a class, not with a repeat.)
FULL_DIGITS = re.compile(r"[０-９][０-９]*")
HALF_DIGITS = re.compile(r"[0-9][0-9]*")
# Half-width punctuation with Chinese on the side(s) that matter, and its full-width form.
FULL_FORMS = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
HALF_PUNCT = re.compile(r"[,;:?!()]")
# Document numbers in brackets other than 〔〕: `国办发[2023]5号`, `京政发(2022)12号`.
BAD_DOC_NUMBER = re.compile(
    r"(?<=[\u4e00-\u9fff])([\[［(（【])((?:19|20)\d\d)([\]］)）】])(\d{1,4}号)"
)

# The edition of a standard by its year, which the unit table leaves out: `（2021 版）`.
# (A newspaper's page, `2024年04月02日 07 版`, is cited with its spaces.)
_EDITION = re.compile(r"(?:19|20)\d\d ")


def _edition(text: str, start: int, end: int) -> bool:
    """True for a year and a space before `版`: `标准（2021 版）`."""
    return char_after(text, end) == "版" and _EDITION.fullmatch(text, start, end) is not None


# A document is held to one form only where it writes the other this many times as often.
_MAJORITY = 3
_MIN_EVIDENCE = 5
# Mixed spacing is common in pasted text; a space is a slip only where it is rare.
_SPACING_MAJORITY = 6


# Kinds of unit that name rather than measure: `公司`, `书记`.
_NAMES = frozenset({"organisation", "person"})


def _spaced_pairs(text: str) -> list[tuple[int, int, int]]:
    """(start, space, end) of each number-unit pair written with a space inside.

    A number at the start of a line is a clause number (`4.2 本协议`), not a figure; nor
    is a number before a name (`14:00-16:00 公司会议室`, `2 书记`): organisations and
    titles measure nothing.
    """
    pairs = []
    for match in spaced_pairs(text):
        space = match.end() - 1
        unit = unit_at(text, match.end())
        if unit is None and _edition(text, match.start(), match.end()):
            unit = Unit(text[match.end()], "count")  # `2021 版`
        if unit is None or not (is_han(unit.text[0]) or unit.kind == "percent"):
            continue
        if unit.kind in _NAMES:
            continue
        if not _starts_line(text, match.start()):
            pairs.append((match.start(), space, match.end() + len(unit.text)))
    return pairs


def _starts_line(text: str, index: int) -> bool:
    """True when only spaces stand between the start of the line and ``index``."""
    before = index - 1
    while before >= 0 and text[before] in " \u3000\t":
        before -= 1
    return before < 0 or text[before] == "\n"


def _spaces_latin(text: str) -> bool:
    """True unless the document writes Latin words against Chinese and never with a space.

    A document that spaces its numbers as a style (`4 个节点`) spaces Latin
    words too (`使用 Python 编写`); one that writes `为Word版` but `2021 年`
    got its number spaces from a conversion.
    """
    return TIGHT_LATIN.search(text) is None or SPACED_LATIN.search(text) is not None


def _tight_pairs(text: str) -> list[int]:
    """Where the document writes a number-unit pair without a space."""
    return [match.start() for match in TIGHT_UNIT.finditer(text)]


@register("FC501", "space-in-number-unit", Category.FORMAT, Severity.WARNING)
def space_in_number_unit(doc: Document) -> Iterator[Hit]:
    """A space stands between a number and its unit where the document otherwise writes none.

    ## What it does
    Finds `280 万元`, `1 次`, `60 %` in a document that writes most number-unit
    pairs without a space (`100本`, `12次`), and every such space in an
    official document. A document that puts the space in consistently
    (technical writing: `4 个节点`) is left alone.

    ## Why is this bad?
    Official documents never put a space there (GB/T 15835); a lone `1 次`
    in a report that otherwise writes `12次` is a slip from pasting or
    converting text.

    ## Example
    Bad: 读本100本，会议12次，培训300人次，走访56户，问题34个，资金280万元，研究1 次。
    Good: 集群有 4 个节点，每个节点 8 个核心，共 32 个核心。
    """
    text = doc.text
    if not any(c in text for c in " \u3000\xa0"):
        return
    pairs = _spaced_pairs(text)
    if not pairs:
        return
    tight_starts = _tight_pairs(text)
    tight = len(tight_starts)
    clear = tight >= _MIN_EVIDENCE and tight >= _SPACING_MAJORITY * len(pairs)
    converted = tight == 0 and not _spaces_latin(text)  # `为Word版` but `2021 年 12 月`
    official = is_official(doc)
    if not (clear or converted or official):
        return
    if clear and not official:
        passage = in_spaced_passage(text, pairs, tight_starts)
        pairs = [pair for pair in pairs if pair[0] not in passage]
    for start, space, end in pairs:
        yield Hit(start, end, t("space-in-number-unit", text=text[start:end], count=tight),
                  t("write-this", text=text[start:space] + text[space + 1 : end]))  # fmt: skip


@register("FC502", "dot-as-decimal-point", Category.FORMAT, Severity.WARNING)
def dot_as_decimal_point(doc: Document) -> Iterator[Hit]:
    """A middle dot stands as the decimal point of a percentage or an amount.

    ## What it does
    Finds `·`, `•` or `・` between digits before `%`, `万`, `亿`, `元` or `倍`
    (`增长1·8%`). Event names such as `“7·20”` and `5·12地震` are left alone.

    ## Why is this bad?
    `1·8%` is a typing or conversion slip for `1.8%`; readers and software
    that total the figures misread it.

    ## Example
    Bad: 全年地区生产总值增长1·8%。
    Good: 全年地区生产总值增长1.8%，“7·20”特大暴雨灾后重建基本完成。
    """
    text = doc.text
    for start in declared_starts(doc, _DOTS):
        if start and _DIGIT.match(text, start - 1) and DOT_DECIMAL.match(text, start):
            yield Hit(start, start + 1, t("dot-decimal", text=text[start]),
                      t("write-this", text="."))  # fmt: skip


@register("FC503", "mixed-digit-width", Category.FORMAT, Severity.WARNING)
def mixed_digit_width(doc: Document) -> Iterator[Hit]:
    """Full-width digits stand in a document that otherwise writes half-width digits.

    ## What it does
    Finds numbers written with full-width digits (`２０２３`) in a document
    whose numbers are otherwise, by a clear majority, half-width (`2023`).

    ## Why is this bad?
    Mixed digit widths come from pasting; they look uneven in print and
    break searching and totalling.

    ## Example
    Bad: 2023年召开会议12次、座谈会8次，全年新发展党员５名，培训干部300人次，走访群众56户。
    Good: 2023年召开会议12次，全年新发展党员5名，培训干部300人次。
    """
    text = doc.text
    full = list(FULL_DIGITS.finditer(text)) if FULL_DIGITS.search(text) else []
    if not full:
        return
    half = sum(1 for _ in HALF_DIGITS.finditer(text))
    if half < _MIN_EVIDENCE or half < _MAJORITY * len(full):
        return
    for match in full:
        fixed = match.group().translate(_HALF_WIDTH)
        yield Hit(match.start(), match.end(),
                  t("full-width-digits", text=match.group(), count=half),
                  t("write-this", text=fixed))  # fmt: skip


_HALF_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _in_chinese(text: str, start: int, char: str) -> bool:
    """True where half-width punctuation ``char`` at ``start`` stands inside Chinese text."""
    before, after = char_before(text, start), char_after(text, start + 1)
    if char == "(":
        return is_han(after) and (is_han(before) or before in "，。：")
    if char == ")":
        return is_han(before)
    return is_han(before) and is_han(after)


@register("FC504", "half-width-punctuation", Category.FORMAT, Severity.WARNING)
def half_width_punctuation(doc: Document) -> Iterator[Hit]:
    """Half-width punctuation stands in Chinese text where the document otherwise uses full-width.

    ## What it does
    Finds `,` `;` `:` `?` `!` `(` `)` between Chinese characters in a document
    that writes such punctuation full-width (`，；：？！（）`) by a clear
    majority. Scraped text that is half-width throughout is consistent and
    left alone, as are times (`10:30`), list markers (`(1)`) and Latin text.

    ## Why is this bad?
    A stray half-width comma in Chinese prose comes from pasting or a
    different input method; it looks cramped and is inconsistent.

    ## Example
    Bad: 学习，认识，制度,落实，实处。改革，创新，保障，服务，效能，实效，为功，善成。
    Good: 加强学习,提高认识,完善制度,狠抓落实,确保各项工作落到实处。
    """
    text = doc.text
    full = sum(text.count(char) for char in "，；：？！（）")
    if full < 2 * _MIN_EVIDENCE or not any(c in text for c in ",;:?!()"):
        return  # no full-width majority to be inconsistent with
    slips = [m for m in HALF_PUNCT.finditer(text) if _in_chinese(text, m.start(), m.group())]
    if not slips:
        return
    if full < 2 * _MIN_EVIDENCE or full < 10 * len(slips):
        return
    for match in slips:
        char = match.group()
        full = FULL_FORMS[char]
        yield Hit(match.start(), match.end(), t("half-width-punctuation", char=char, full=full),
                  t("write-this", text=full))  # fmt: skip


@register("FC505", "document-number-brackets", Category.FORMAT, Severity.WARNING)
def document_number_brackets(doc: Document) -> Iterator[Hit]:
    """An official document number puts its year in brackets other than `〔〕`.

    ## What it does
    In official documents, finds document numbers whose year stands in `[]`,
    `()`, `【】` or `（）` (`国办发[2023]5号`); GB/T 9704 writes `〔2023〕`.

    ## Why is this bad?
    The document number identifies the document; written in the wrong
    brackets it is not in the official form and searches for it fail.

    ## Example
    Bad: 中共某某市委办公室文件\\n市委办发[2023]5号
    Good: 中共某某市委办公室文件\\n市委办发〔2023〕5号
    """
    text = doc.text
    if "号" not in text or not is_official(doc):
        return
    for match in BAD_DOC_NUMBER.finditer(text):
        fixed = f"〔{match.group(2)}〕{match.group(4)}"
        yield Hit(match.start(), match.end(), t("document-number-brackets", text=match.group()),
                  t("write-this", text=fixed))  # fmt: skip


@register("FC506", "heading-level-skipped", Category.FORMAT, Severity.WARNING)
def heading_level_skipped(doc: Document) -> Iterator[Hit]:
    """An official document's headings skip a level (`一、` straight to `1.`).

    ## What it does
    In official documents, follows the heading levels of GB/T 9704 (`一、`,
    `（一）`, `1.`, `（1）`) and reports a heading that is more than one level
    below the heading before it, where the same document uses the level it
    skips elsewhere. A document that leaves a level out throughout (`一、`
    then `1.` in every part) follows a style governments publish.

    ## Why is this bad?
    The levels tell the reader how the parts nest; `一、` followed directly by
    `1.` in a document that writes `（一）` under its other parts suggests a
    level was deleted or the numbering was copied from elsewhere.

    ## Example
    Bad: 安全生产工作的通知\\n抄送：市委办公室\\n一、总体要求\\n1.加强领导\\n二、保障\\n（一）压实
    Good: 安全生产工作的通知\\n抄送：市委办公室\\n一、总体要求\\n1.加强领导\\n二、保障\\n1.压实
    """
    if not is_official(doc):
        return
    yield from skipped_headings(doc.text)


@register("FC507", "stray-site-mark", Category.FORMAT, Severity.WARNING)
def stray_site_mark(doc: Document) -> Iterator[Hit]:
    """A stray `'` or `.` that a document-sharing site put into the text as a copy mark.

    ## What it does
    Finds an ASCII apostrophe between Chinese characters (`对客人的'询问`,
    `用语的',发现`) and, where every dot between Chinese characters of the
    document follows `的`, those dots (`产品的.声誉`), and a `.` ending a title
    line in a document that ends its sentences with `。` (`会议主持词.`):
    sites insert them to mark copies. Dots anywhere else in a word are a word filter's (FC403);
    pinyin (`xi'an`) and English text are left alone.

    ## Why is this bad?
    The mark is not part of the text; it breaks the sentence for readers and
    for search, and shows that the text was copied from a sharing site.

    ## Example
    Bad: 乙方有责任维护甲方产品的.声誉，对客人的'询问要热忱。
    Good: 乙方有责任维护甲方产品的声誉，He's here，xi'an。
    """
    text = doc.text
    marks = list(word_dots(doc)[1])
    if "." in text:
        ends = []
        for match in _LINE_END_DOT.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line = text[line_start : match.start()]
            if is_han(char_before(text, match.start())) and not _SENTENCE_MARKS.intersection(line):
                ends.append(match.start())  # `主持词.` in a text that ends sentences with `。`
        if ends and not dot_is_punctuation(text):
            marks.extend(ends)
    if "'" in text:
        marks.extend(apostrophe_marks(text))
    for start in sorted(marks):
        yield Hit(start, start + 1, t("stray-site-mark", text=text[start - 1 : start + 2]),
                  t("delete-mark"))  # fmt: skip


# Punctuation of sentences: a line without any is a title (`会议主持词.`), not prose.
_SENTENCE_MARKS = set(".。，,；;：:！？!?")
# A dot after a Chinese character at the end of a line.
_LINE_END_DOT = re.compile(r"\.(?=\n|$)")


# A Word field code left in the text when a document was converted: `TOC \o "1-3" \h \z \u`,
# `PAGEREF _Toc12345 \h`, `HYPERLINK \l "_Toc1"`, `MERGEFIELD 姓名 \* MERGEFORMAT`.
FIELD_CODE = re.compile(
    r"(?<![A-Za-z\\])(?:TOC|PAGEREF|HYPERLINK|MERGEFIELD|INCLUDEPICTURE|EMBED|SEQ|REF)"
    r"(?:[ \u3000]*(?:\\[a-z*](?:[ \u3000]*(?:\"[^\"\n]{0,40}\"|MERGEFORMAT))?"
    r"|_Toc\d+|[^\s\\\"]{1,20}(?=[ \u3000]*\\)))+"
)


@register("FC508", "word-field-code", Category.FORMAT, Severity.WARNING)
def word_field_code(doc: Document) -> Iterator[Hit]:
    """A Word field code stands in the text where a converted document had a field.

    ## What it does
    Finds the codes of Word fields with their switches (`TOC\\o"1-2"\\h\\u`,
    `PAGEREF _Toc12345 \\h`, `HYPERLINK \\l "_Toc1"`, `MERGEFIELD 姓名 \\*
    MERGEFORMAT`): what a conversion prints when it writes a field's code
    instead of its result. The bare words (`TOC`, `REF`) are left alone.

    ## Why is this bad?
    The reader sees codes where the table of contents, page number or link
    should be; the document was not checked after conversion.

    ## Example
    Bad: 非营利组织项目策划与执行规范TOC\\o"1-2"\\h\\u第一章项目策划概述
    Good: 目录（TOC）列出各章标题，REF 值见附表。
    """
    text = doc.text
    if "\\" not in text:
        return
    for match in FIELD_CODE.finditer(text):
        if "\\" in match.group() or "_Toc" in match.group():
            yield Hit(match.start(), match.end(), t("word-field-code", text=match.group()),
                      t("delete-field-code"))  # fmt: skip
