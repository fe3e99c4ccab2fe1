"""FC1xx: template placeholders left unfilled (star and letter masks, 某, blanks, slots)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import language, t
from ..registry import register
from ._leaks import SURNAMES
from ._letter_masks import letter_masks
from ._mask_message import mask_message
from ._masks import masks
from ._records import redacted
from ._stars import star_masks
from ._template_slots import template_letter_masks, template_star_masks
from ._values import Unit


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
    hits = [hit for hit in star_masks(doc) if (hit.start, hit.end) not in skip]
    yield from hits
    found = {(hit.start, hit.end) for hit in hits}
    yield from (hit for hit in template_star_masks(doc, found) if (hit.start, hit.end) not in skip)


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
    inside identifiers, URLs and e-mail addresses, Roman numerals, `Windows X`, and
    a format named with mask letters (`日期格式为XXXX-XX-XX`).

    ## Why is this bad?
    `XX` is how templates mark what the writer must replace; a report that still
    says `发展对象XX名` was handed in unfinished.

    ## Example
    Bad: 今年以来审批确定入党积极分子XX名，发展对象X名，同比增长x.x%。
    Good: 部署了XXL-JOB调度平台，进行X光检查，访问 https://xx.example.com 查看。
    """
    # A masked public record's masks are redaction (FC409).
    skip = redacted(doc)
    hits = [hit for hit in letter_masks(doc) if (hit.start, hit.end) not in skip]
    yield from hits
    found = {(hit.start, hit.end) for hit in hits}
    extra = template_letter_masks(doc, found)  # `××× 谨启`, `5xx4.9万人`
    yield from (hit for hit in extra if (hit.start, hit.end) not in skip)


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


# What opens a note on the shape an answer takes: a length (`150-200字,`), an example.
_FORMAT_NOTE = re.compile(r"[(（][^()（）\n]{0,40}?(?:\d+字|如|例如|格式)[^()（）\n]*$")


def _in_format_note(text: str, start: int) -> bool:
    """True for a 某 inside a bracketed note that gives the format of an answer:
    `（150-200字,某某学院某专业/教研室某某老师说）`, `（如：某某单位）`."""
    window = text[max(0, start - 60) : start]
    return _FORMAT_NOTE.search(window) is not None


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
            yield Hit(start, covered, *mask_message(date.group(), Unit("", "date"), language()))
            continue
        if end - start == 2 and text[start - 1 : start] in SURNAMES:
            continue  # `廖某某等27人`: a real person's anonymised name (FC408 lists it)
        if _in_format_note(text, start):
            continue  # `(150-200字,某某学院某专业某某老师说)`: the shape an answer should take
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
