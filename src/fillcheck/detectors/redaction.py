"""FC4xx: traces of text removed or masked, and masks that leak what they hide.

The deletion traces (FC401-FC404) are what an editor or a site's word filter
leaves when it takes words out: punctuation with nothing between it, a dot or
stars where a word stood. The mask rules (FC405-FC409) look at values masked
in part (`政X`, `138****5678`) and ask whether the document gives them away
elsewhere, and list the values a public record was republished without.
The document-wide comparisons live in ``_leaks.py``, the dots a word filter leaves in
``_dots.py``, letters masking part of a word in ``_word_masks.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..patterns import char_after, char_before, is_han, line_bounds
from ..registry import register
from ._circle_records import circle_names
from ._dots import word_dots
from ._leaks import leaked_masks, personal_data, recoverable_masks
from ._letter_masks import letter_masks
from ._mark_names import line_names_marks
from ._records import formula_stars, masked_report, report_masks
from ._stars import filtered_word_stars, star_masks
from ._traces import empty_items, empty_pairs, lists_marks, spaced_stars
from ._word_masks import INITIALISMS, MATH_LETTERS, initialisms, single_letter_mask, single_letters

# Words that name the marks themselves: `书名号《》`, `引号“”的用法`.
_MARK_NAMES = ("号", "符", "标点", "括号", "引号")


def _marks_named(text: str, start: int, end: int) -> bool:
    """True where the text talks about the marks themselves (`书名号《》`, `“”号`)."""
    before = text[max(0, start - 3) : start]
    after = text[end : end + 2]
    return before.endswith(_MARK_NAMES) or after.startswith(_MARK_NAMES)


# The brackets and quotes a mark is named in (`顿号“、”`, `顿号（、）`, `“一、”`).
_QUOTE_OPENERS = "“‘「『（(《"
_QUOTE_CLOSERS = "”’」』）)》"
# An item number quoted as a numbering style: `“一、”`, `“（1）、”`, `“A、B、”`.
_ITEM_NUMBER = re.compile(
    r"(?:^|[“‘「『（(《、，,])[（(]?(?:[一二三四五六七八九十百〇零]{1,3}|\d{1,3}|[A-Za-z甲乙丙丁])[）)]?$"
)


def _quotes_the_mark(text: str, start: int, end: int) -> bool:
    """True where `、` is quoted as a mark or a numbering style, not a list's separator.

    `用顿号“、”隔开`, `顿号（、）表示…`, `标题序号用“一、”“二、”`, `“A、B、”`: the
    text talks about the mark; no item was deleted.
    """
    at = start if text[start] == "、" else start + 1
    before, after = char_before(text, at), char_after(text, at + 1)
    if before in _QUOTE_OPENERS and after in _QUOTE_CLOSERS:
        return True  # `“、”`, `（、）`
    if after not in _QUOTE_CLOSERS:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return _ITEM_NUMBER.search(text[max(line_start, at - 6) : at]) is not None


@register("FC401", "empty-list-item", Category.REDACTION, Severity.WARNING)
def empty_list_item(doc: Document) -> Iterator[Hit]:
    """An enumeration comma stands with no item after or before it: an item was deleted.

    ## What it does
    Finds `、` followed by closing or sentence punctuation (`、”`, `、。`, `、、`)
    and `、` right after an opening mark or a comma (`“、`, `，、`): the places
    where a list item was taken out and its separator left behind. An item
    number at the start of a line (`2、、xx日`, a chunk cut after `、`) is left alone,
    as is a list of marks in a text about punctuation (`中文标点（，。、；：？！）`).

    ## Why is this bad?
    `用好“学习强国、甘肃党建、”等平台` shows the reader that something was
    removed, and often what kind of thing it was.

    ## Example
    Bad: 用好“学习强国、甘肃党建、”等党员日常学习教育平台。
    Good: 用好“学习强国”“甘肃党建”等党员日常学习教育平台。
    """
    text = doc.text
    for start, end in empty_items(doc):
        if text[text.rfind("\n", 0, start) + 1 : start].strip(" \u3000").isdigit():
            continue  # `2、、xx日`: an item number `2、` before a list's own `、`
        if _quotes_the_mark(text, start, end) or lists_marks(text, start, end):
            continue
        yield Hit(start, end, t("empty-list-item", text=text[start:end]), t("restore-item"))


@register("FC402", "empty-quotation", Category.REDACTION, Severity.WARNING)
def empty_quotation(doc: Document) -> Iterator[Hit]:
    """Title marks or quotation marks hold nothing: the words inside were deleted.

    ## What it does
    Finds `《》`, `“”`, `‘’`, `【】`, `「」` and `『』` with nothing between them,
    except where the text names or lists the marks themselves (`书名号《》`,
    `引号(“”‘’)`, `[,。!?;:、“”‘’()《》【】]`). Empty
    round brackets `（）` are a form's blank and are reported by FC104.

    ## Why is this bad?
    `根据《》要求` cites a document whose title was taken out; the sentence
    no longer says what it refers to.

    ## Example
    Bad: 根据《》要求，结合实际制定本方案。
    Good: 书名号《》用于标示书名、篇名。
    """
    text = doc.text
    for start, end in empty_pairs(doc):
        if not (
            _marks_named(text, start, end)
            or lists_marks(text, start, end)
            or line_names_marks(text, start)  # `《》名称是「小书名号」`
        ):
            yield Hit(start, end, t("empty-quotation", text=text[start:end]), t("restore-words"))


@register("FC403", "filtered-word-dot", Category.REDACTION, Severity.WARNING)
def filtered_word_dot(doc: Document) -> Iterator[Hit]:
    """A dot stands between two Chinese characters where a word was filtered out.

    ## What it does
    Finds an ASCII `.` with a Chinese character on each side (`特色.主义`,
    `党的.精神`, `以.为统领`), in a document whose sentences end with `。`.
    Lines that use `.` as their full stop are left alone, as are numbers,
    file names, URLs, headings such as `一.总则`, and dots that all follow `的`
    (a site's copy marks, FC507).

    ## Why is this bad?
    Sites that filter words replace them with a dot; the text no longer says
    what it said, and a reader sees that it was censored.

    ## Example
    Bad: 坚持和发展中国特色.主义。
    Good: 详见附件1.2节和报告.docx。
    """
    text = doc.text
    for start in word_dots(doc)[0]:
        yield Hit(start, start + 1, t("filtered-dot", text=text[start - 1 : start + 2]),
                  t("restore-word"))  # fmt: skip


# What a line that multiplies holds besides its one star: `总金额 = 单价 * 数量`, `(单价 * 数量)`.
_ARITHMETIC = '=＝+/÷×（()"“'


# Words after spaced stars that name them as an operator or a mark: `使用 ** 运算符`,
# `Python3 * 和 ** 运算符`, `转换为 ** 运算符`.
_OPERATOR_WORDS = ("运算符", "操作符", "运算", "通配符", "乘方", "乘号", "星号", "符号")


def _multiplies(text: str, at: int) -> bool:
    """True when the line holding the single spaced star at ``at`` is a formula or code."""
    line_start, line_end = line_bounds(text, at)
    return any(char in _ARITHMETIC for char in text[line_start:line_end])


@register("FC404", "word-filter-stars", Category.REDACTION, Severity.WARNING)
def word_filter_stars(doc: Document) -> Iterator[Hit]:
    """Stars with a space on each side stand in Chinese text where a word was filtered out.

    ## What it does
    Finds `*`, `***` or `＊＊` with a space on both sides and Chinese on both
    sides of the spaces (`市 *** 常务会议`): the mark of a site's word filter;
    and stars standing for a name that no writer fills in, in a political
    formula (`坚定维护***总书记`, `***新时代中国特色社会主义思想`, `中国***人`).
    Arithmetic (`a * b`, `金额 = 单价 * 数量`, `小计=单价*数量`), stars named as an
    operator (`使用 ** 运算符`) and Markdown (`* * *`, `* 项目`) are left alone.

    ## Why is this bad?
    The filtered word is gone from the text; what the sentence said can no
    longer be read.

    ## Example
    Bad: 市 *** 常务会议研究部署了相关工作，坚定维护***总书记的核心地位。
    Good: 计算 a * b 的值；* 第一项工作
    """
    text = doc.text
    spans = [*formula_stars(doc), *filtered_word_stars(doc)]
    for start, end in spaced_stars(doc):
        if is_han(char_before(text, start)) and is_han(char_after(text, end)):
            if end - start == 3 and _multiplies(text, start):
                continue  # `金额 = 单价 * 数量;`, `// 单价 * 数量`: a product, not a filter
            if text.startswith(_OPERATOR_WORDS, end):
                continue  # `使用 ** 运算符获取数字的幂`: the operator named
            spans.append((start + 1, end - 1))
    for start, end in sorted(spans):
        yield Hit(start, end, t("filtered-stars", text=text[start:end]), t("restore-word"))


@register("FC405", "mask-inside-word", Category.REDACTION, Severity.WARNING)
def mask_inside_word(doc: Document) -> Iterator[Hit]:
    """A Latin letter or pinyin initials replace part of a Chinese word.

    ## What it does
    Finds a single `X` standing for one character of a word (`政X建设`) and
    pinyin initials that word filters put for political words (`ZZ建设` for
    政治建设, `DJ工作` for 党建工作; lower case, `省zf` for 省政府, in prose
    with no other lower-case word), inside Chinese text. Real words that start
    with a Latin letter (`X光`, `X射线`, `X轴`), variables (`设X为`) and
    placeholders before a unit (`X名`, FC1) are left alone.

    ## Why is this bad?
    The word is masked, not written: the reader has to guess it, and a
    published document shows that it was self-censored.

    ## Example
    Bad: 加强党的ZZ建设，把政X建设摆在首位。
    Good: 进行X光检查，设X为自变量，CPU占用率下降。
    """
    text = doc.text
    variables = MATH_LETTERS.search(text) is not None  # `则Y随X增大`: letters are variables
    for start in [] if variables else single_letters(doc):
        if single_letter_mask(text, start):
            shown = text[start - 1 : start + 2].strip()
            yield Hit(start, start + 1, t("letter-in-word", text=shown), t("write-word-out"))
    for match in initialisms(text):
        word = INITIALISMS.get(match.group().upper())
        start, end = match.span()
        if word and is_han(char_before(text, start)) and is_han(char_after(text, end)):
            yield Hit(start, end, t("pinyin-initials", text=match.group(), word=word),
                      t("write-this", text=word))  # fmt: skip


@register("FC406", "mask-leaks-value", Category.REDACTION, Severity.ERROR)
def mask_leaks_value(doc: Document) -> Iterator[Hit]:
    """A value masked in one place is written out in another place of the same document.

    ## What it does
    Finds a masked place name (`**市`) whose length and suffix match a place
    written out elsewhere in the document (`天津市`), and a masked phone or
    ID number (`138****5678`) that stands in full elsewhere with the same
    visible digits. The message names both places.

    ## Why is this bad?
    A mask that the same document undoes protects nothing: whoever reads the
    published text learns what was meant to be hidden.

    ## Example
    Bad: 融入天津市专精特新培育工作，落实**市中小企业发展19条。
    Good: 融入**市专精特新培育工作，落实**市中小企业发展19条。
    """
    yield from leaked_masks(doc)


@register("FC407", "recoverable-partial-mask", Category.REDACTION, Severity.ERROR)
def recoverable_partial_mask(doc: Document) -> Iterator[Hit]:
    """The same value is masked at different positions in two places, revealing it whole.

    ## What it does
    Finds two masked phone, ID or card numbers that agree wherever both show a
    digit and whose visible digits together give the whole number
    (`138****5678` and `1381234****`).

    ## Why is this bad?
    Each mask alone hides the value; together they publish it.

    ## Example
    Bad: 联系电话138****5678，回访电话1381234****。
    Good: 联系电话138****5678，回访电话138****5678。
    """
    yield from recoverable_masks(doc)


@register("FC408", "masked-personal-data", Category.REDACTION, Severity.INFO)
def masked_personal_data(doc: Document) -> Iterator[Hit]:
    """Lists personal data that the document masks: phone, ID and card numbers, names.

    ## What it does
    Reports, at `info`, each masked phone number (`138****5678`), ID or bank
    card number with `*`, and anonymised name (`张某某`, `李某`, a court record's
    `甲○○`), so that a
    publisher can list what was masked (`--select FC4 --format json`). At
    `info` it never fails a run (`fail-on` is `warning` by default).

    ## Why is this bad?
    It is not: the listing lets a publisher check that everything that should
    be masked is, and a receiver see what was taken out.

    ## Example
    Bad: 当事人张某某，联系电话138****5678。
    Good: 联系电话12345，某些事项另行通知。
    """
    hits = list(personal_data(doc))
    text = doc.text
    hits += [Hit(start, end, t("anonymised-person", text=text[start:end]))
             for start, end in circle_names(doc)]  # fmt: skip
    yield from sorted(hits)


@register("FC409", "masked-public-record", Category.REDACTION, Severity.WARNING)
def masked_public_record(doc: Document) -> Iterator[Hit]:
    """A public record was republished with its figures and names masked.

    ## What it does
    In a document that is public once finished (a government work report
    delivered to a congress, a statistical or audit report, a court judgement,
    a penalty decision) that holds many masks and names real places, reports each mask (`X亿元`,
    `增长x.x%`, `xx如期脱贫`, `X高速`). Such a document names real places the
    masking left (`甘肃`, `澳门`) and leaves no date to fill in; a template's
    slots (`20XX年X月X日`, a work report with masked figures and no real place)
    are FC101 and FC102, never both.

    ## Why is this bad?
    The figures and names of a public record were taken out: the copy no longer
    says what the record said, and a reader cannot tell the masks from slots.

    ## Example
    Bad: 各位代表：甘肃产值X亿元，增x.x%；税收X亿元，增x.x%；投资X亿元，增x.x%；X高速、X铁路通车。
    Good: 各位代表：2021年甘肃生产总值3000亿元，增长6.5%；税收120亿元，增长4.2%。
    """
    if not masked_report(doc):
        return
    text = doc.text
    spans = [(hit.start, hit.end) for hit in (*star_masks(doc), *letter_masks(doc))]
    covered = set().union(*(range(start, end) for start, end in spans))
    spans += [span for span in report_masks(text) if not covered.intersection(range(*span))]
    for start, end in sorted(spans):
        yield Hit(start, end, t("masked-public-record", mask=text[start:end]), t("restore-value"))
