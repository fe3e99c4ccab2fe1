"""FC4xx: traces of text removed or masked, and masks that leak what they hide.

The deletion traces (FC401-FC404) are what an editor or a site's word filter
leaves when it takes words out: punctuation with nothing between it, a dot or
stars where a word stood. The mask rules (FC405-FC409) look at values masked
in part (`政X`, `138****5678`) and ask whether the document gives them away
elsewhere, and list the values a public record was republished without.
The document-wide comparisons live in ``_leaks.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..patterns import char_after, char_before, is_han, triggered
from ..registry import register
from ._leaks import leaked_masks, personal_data, recoverable_masks
from ._masks import masks
from ._records import formula_stars, masked_report, report_masks
from ._traces import empty_items, empty_pairs, spaced_stars
from ._values import unit_at
from .placeholders import filtered_word_stars, letter_masks, star_masks

# Words that name the marks themselves: `书名号《》`, `引号“”的用法`.
_MARK_NAMES = ("号", "符", "标点", "括号", "引号")
# A dot where a word was filtered out between two Han characters: `特色.主义`.
FILTER_DOT = triggered(r"\.")
_HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f"  # as is_han()
_HAN_DOT = re.compile(f"\\.(?<=[{_HAN}]\\.)(?=[{_HAN}])")
# Pinyin initials that word filters and self-censoring writers put for political words.
INITIALISMS = {
    "ZZ": "政治", "ZF": "政府", "GCD": "共产党", "DJ": "党建", "JW": "纪委", "ZZB": "组织部",
    "DZB": "党支部", "ZFW": "政法委", "XJP": "习近平", "ZXJ": "总书记", "SJ": "书记",
    "ZY": "中央", "GWY": "国务院", "RMDB": "人民代表",
}  # fmt: skip
_LOWER_RUNS = re.compile(r"[a-z][a-z]+")  # not `[a-z]{2,}`: `re` skips ahead to a class
_LOWER_INITIALS = {key.lower() for key in INITIALISMS}
# (Look-behinds stand after the first character: a pattern that starts with one makes `re`
# try every position of the text.)
INITIALISM_RUNS = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[A-Z]{1,3}(?![A-Za-z])")
# A single mask letter inside a word: `政X`, `X员`.
# (Read from the mask lexer's letter runs: an `X` not followed by a Latin letter or a
# digit, and every `Ｘ`.)
_LATIN_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
# Real words that start with a Latin letter: `X光`, `X射线`, `X轴`.
LATIN_WORDS = (
    "光", "射线", "线", "型", "轴", "形", "染色体", "战警", "因子", "档案", "一代", "方向",
    "坐标", "值", "变量", "代", "世代", "综艺", "平台", "系列", "先生", "女士", "战队", "音速",
)  # fmt: skip
# Another lone capital letter in Chinese text: the letters are variables (`则Y随X增大`).
_MATH_LETTERS = re.compile(r"[A-WYZ](?<![A-Za-z0-9][A-WYZ])(?![A-Za-z0-9])")
# Function words around a variable (`设X为`, `X和Y`) rather than a masked character.
_VARIABLE_NEIGHBOURS = set("设令若当对取则和与及或的在为是把将从到至向比于个第位上中等即")


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
    number at the start of a line (`2、、xx日`, a chunk cut after `、`) is left alone.

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
        if _quotes_the_mark(text, start, end):
            continue
        yield Hit(start, end, t("empty-list-item", text=text[start:end]), t("restore-item"))


@register("FC402", "empty-quotation", Category.REDACTION, Severity.WARNING)
def empty_quotation(doc: Document) -> Iterator[Hit]:
    """Title marks or quotation marks hold nothing: the words inside were deleted.

    ## What it does
    Finds `《》`, `“”`, `‘’`, `【】`, `「」` and `『』` with nothing between them,
    except where the text names the marks themselves (`书名号《》`). Empty
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
        if not _marks_named(text, start, end):
            yield Hit(start, end, t("empty-quotation", text=text[start:end]), t("restore-words"))


# A dot that ends a Chinese sentence: after Han, before a quote, a line end or the end.
# (Literal-led: the character before is checked in Python, which keeps `re` fast.)
_SENTENCE_DOT = re.compile(r"\.(?=[“”\n]|$)")
_SENTENCE_ENDERS = "”）)"


def dot_is_punctuation(text: str) -> bool:
    """True when `.` is how ``text`` (a document or a line) ends sentences, not a filtered word.

    Text converted to half-width punctuation ends its sentences with `.`
    (`完成任务.` at a line end or before a quote); a word filter leaves dots
    inside text whose sentences end with `。`. Half-width commas say nothing
    either way: filtered novels and scraped pages use them alike.
    """
    sentence_dots = sum(
        1
        for match in _SENTENCE_DOT.finditer(text)
        if match.start()
        and (is_han(text[match.start() - 1]) or text[match.start() - 1] in _SENTENCE_ENDERS)
    )
    return sentence_dots > 0 and 2 * sentence_dots >= text.count("。")


_HALF_COMMA = re.compile(r"(?<=[\u4e00-\u9fff]),")
# So many dots in one clause separate its items, as `、` would; a filter's dots split words.
_LIST_DOTS = 3
_CLAUSE_ENDS = re.compile(r"[，,。；;：:！？!?、“”\n]")


def _clause_dots(text: str, index: int) -> int:
    """How many dots the clause around ``index`` holds."""
    ends = _CLAUSE_ENDS.search(text, index)
    end = ends.start() if ends else len(text)
    start = max((m.end() for m in _CLAUSE_ENDS.finditer(text, max(0, index - 200), index)),
                default=max(0, index - 200))  # fmt: skip
    return text.count(".", start, end)


# A heading numbered with a Chinese numeral and a dot: `一.人员编制`.
_NUMERAL_HEADING = re.compile(r"(?:^|(?<=\n))[ \u3000]*[一二三四五六七八九十]{1,3}$")


def word_dots(doc: Document) -> tuple[list[int], list[int]]:
    """(filtered, marks): offsets of dots between Chinese characters, by what left them.

    A word filter leaves dots anywhere in a word or a phrase (`市.委`,
    `特色.主义`); a site's copy mark is a dot after `的` (`产品的.声誉`). Where
    every such dot of a document follows `的`, they are copy marks (FC507);
    otherwise they are all a filter's (FC403). Lines written with `.` as their
    full stop, headings such as `一.总则` and lists whose items a clause
    separates with dots (`设计费.制造费.包装费`) hold neither, nor does a single
    dot in scraped text written with half-width commas (`毛.人学率`): a filter
    hits the words it filters again and again.
    """
    text = doc.text
    if "." not in text:
        return [], []
    return doc.memo("redaction.word-dots", lambda: _word_dots(text))


def _word_dots(text: str) -> tuple[list[int], list[int]]:
    candidates = [match.start() for match in _HAN_DOT.finditer(text)]
    if not candidates or dot_is_punctuation(text):
        return [], []
    dots = []
    for start in candidates:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if dot_is_punctuation(line) or _NUMERAL_HEADING.search(text, line_start, start):
            continue
        if _clause_dots(text, start) >= _LIST_DOTS:
            continue  # `设计费.制造费.预装费.包装费`: dots separate a list's items
        dots.append(start)
    if dots and all(text[start - 1] == "的" for start in dots):
        return [], dots
    if len(dots) == 1 and len(_HALF_COMMA.findall(text)) > text.count("，"):
        return [], []  # scraped half-width text: one stray dot is a slip, a filter recurs
    return dots, []


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


@register("FC404", "word-filter-stars", Category.REDACTION, Severity.WARNING)
def word_filter_stars(doc: Document) -> Iterator[Hit]:
    """Stars with a space on each side stand in Chinese text where a word was filtered out.

    ## What it does
    Finds `*`, `***` or `＊＊` with a space on both sides and Chinese on both
    sides of the spaces (`市 *** 常务会议`): the mark of a site's word filter;
    and stars standing for a name that no writer fills in, in a political
    formula (`坚定维护***总书记`, `***新时代中国特色社会主义思想`, `中国***人`).
    Arithmetic (`a * b`) and Markdown (`* * *`, `* 项目`) are left alone.

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
            spans.append((start + 1, end - 1))
    for start, end in sorted(spans):
        yield Hit(start, end, t("filtered-stars", text=text[start:end]), t("restore-word"))


def _single_letter_mask(text: str, start: int) -> bool:
    """True when the letter at ``start`` masks one character of a Chinese word."""
    before, after = char_before(text, start), char_after(text, start + 1)
    if not (is_han(before) or is_han(after)):
        return False
    if before in _VARIABLE_NEIGHBOURS or after in _VARIABLE_NEIGHBOURS:
        return False
    if text.startswith(LATIN_WORDS, start + 1) or unit_at(text, start + 1) is not None:
        return False  # `X光`, or a placeholder before a unit (FC1 reports those)
    if before.isascii() and (before.isalnum() or before in "-_./"):
        return False
    return is_han(before) and (is_han(after) or after in "，。、；：！？”）")


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
    variables = _MATH_LETTERS.search(text) is not None  # `则Y随X增大`: letters are variables
    for start in [] if variables else _single_letters(doc):
        if _single_letter_mask(text, start):
            shown = text[start - 1 : start + 2].strip()
            yield Hit(start, start + 1, t("letter-in-word", text=shown), t("write-word-out"))
    for match in _initialisms(text):
        word = INITIALISMS.get(match.group().upper())
        start, end = match.span()
        if word and is_han(char_before(text, start)) and is_han(char_after(text, end)):
            yield Hit(start, end, t("pinyin-initials", text=match.group(), word=word),
                      t("write-this", text=word))  # fmt: skip


def _single_letters(doc: Document) -> list[int]:
    """Offsets of each `X` not followed by a Latin letter or a digit, then of each `Ｘ`."""
    text, found = doc.text, masks(doc).letters
    wide = [at for start, end in found for at in range(start, end) if text[at] == "Ｘ"]
    return [
        at
        for start, end in found
        for at in range(start, end)
        if text[at] == "X" and text[at + 1 : at + 2] not in _LATIN_OR_DIGIT
    ] + wide


def _initialisms(text: str) -> list[re.Match[str]]:
    """Upper-case initials, and lower-case ones in prose with no other lower-case word."""
    runs = list(INITIALISM_RUNS.finditer(text))
    lower = []
    for match in _LOWER_RUNS.finditer(text):
        before = char_before(text, match.start())
        if match.group() not in _LOWER_INITIALS or (before.isascii() and before.isalpha()):
            return runs  # another Latin word (`用js的`, `Word`): lower case is not a mask here
        lower.append(match)
    return sorted(runs + lower, key=lambda match: match.start())


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
    card number with `*`, and anonymised name (`张某某`, `李某`), so that a
    publisher can list what was masked (`--select FC4 --format json`). At
    `info` it never fails a run (`fail-on` is `warning` by default).

    ## Why is this bad?
    It is not: the listing lets a publisher check that everything that should
    be masked is, and a receiver see what was taken out.

    ## Example
    Bad: 当事人张某某，联系电话138****5678。
    Good: 联系电话12345，某些事项另行通知。
    """
    yield from personal_data(doc)


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
