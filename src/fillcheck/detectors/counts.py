r"""FC3xx: counts that contradict each other.

Government reports and statistics bulletins are full of numbers that agree,
so every rule here starts from a narrow trigger (a measure word at the end of a
clause, `其中`, a bracket after a numeral, a list marker) and parses numbers only
around it. Approximations (`余`, `多`, `约`, `数十`, `五六个`) never take part
in a contradiction.

This module holds the rule table, the rules' documentation and FC301/FC302/FC307;
the list rule lives in ``_count_lists``, the part rules in ``_count_parts``, the
enumeration rule in ``_enumeration``, and clause and bracket helpers in
``_count_text``. Numbers themselves are read by :mod:`fillcheck.numerals`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..numerals import (
    HOUSEHOLDS,
    NUMERAL,
    NUMERAL_CHARS,
    ORGANISATIONS,
    PEOPLE,
    Count,
    counts_in,
)
from ..patterns import lazy_compile
from ..registry import register
from ._count_announced import announced_items
from ._count_index import CountIndex
from ._count_lists import counts_after_lists, list_count_mismatches
from ._count_parts import Breakdown, breakdowns
from ._count_rates import rate_contradictions
from ._count_series import series_breakdowns
from ._count_shares import share_contradictions
from ._count_stages import numeral_text, stage_hits
from ._count_sums import parts_exceeding_total, parts_not_summing
from ._count_text import CLAUSE_STOPS, clause_start, matches_near
from ._count_view import Squeezed, paired_quotes
from ._enumeration import enumeration_breaks

# ------------------------------------------------------------ FC301 / FC302

# A people, household or organisation count that ends its clause: `…入党申请6人。`
# The measure word right after a numeral character (the lookbehind keeps the
# regex engine, not Python, stepping over the many 人 and 家 of plain words).
CLAUSE_END_UNIT = lazy_compile(
    rf"[名人位户家](?<=[{''.join(sorted(NUMERAL_CHARS))}].)(?=[，,。；;：:！!？?、）)\n]|\Z)"
)
# The measure words of CLAUSE_END_UNIT: each is a measure word of a count by itself.
_GROUP_UNITS = "名人位户家"
# A first count of the same kinds earlier in the clause (a cheap test before parsing).
EARLIER_UNIT = lazy_compile(rf"{NUMERAL}(?:名|人|位|户|家)")
_REPEATABLE_KINDS = (PEOPLE, HOUSEHOLDS, ORGANISATIONS)
# The message key naming each kind of group counted.
_KIND_WORDS = {
    PEOPLE: "group-people",
    HOUSEHOLDS: "group-households",
    ORGANISATIONS: "group-organisations",
}
# Between the two counts, these mean the second count is another group of people
# (`10名党员带动群众200人`), a sum (`共`), or a subset (`中有`, `其中`, `10名委员实到9人`).
OTHER_GROUP = lazy_compile(
    "带|服务|帮扶|走访|慰问|联系|结对|培训|吸纳|安置|帮助|惠及|覆盖|辐射|接待|救助|资助|吸引"
    "|招聘|录用|招录|动员|组织|引导|指导|辅导|救治|转移|看望|教育|处理|处分|问责|约谈|提醒"
    "|培养|选派|推荐|表彰|奖励|发展|实到|到会|出席|缺席|请假|合计|包括"
    "|增加|减少|上升|下降|增长|提高|降低|[和与及共含中有占、/由至为]"
)
# Last characters of nouns for people or organisations: a count right after one
# counts that noun (`走访群众200人`), not the subject of the clause.
_NOUN_END = set("员众生工者部表象子家才师民童人女年干志庭业户属士手长军警友农村企")
_MAX_GAP = 30


def repeated_counts(counted: CountIndex) -> Iterator[tuple[Count, Count]]:
    """Pairs (first, second) of counts of the same people in one clause.

    The trigger is a measure word that ends its clause (`…入党申请6人。`); the
    counts of the clause are looked up in the document's :class:`CountIndex`.
    """
    text = counted.text
    earlier_unit = EARLIER_UNIT.compiled.search
    clause_end = CLAUSE_END_UNIT.compiled.match
    for numeral in counted.numerals():
        # A pair needs a count that ends with the measure word (see ``_GROUP_UNITS``), so
        # the trigger is tried only after the numerals the index located (not at every
        # 人 and 家 of the text); before the same measure word after `.`, no count ends.
        if text[numeral + 1] not in _GROUP_UNITS:
            continue
        match = clause_end(text, numeral + 1)
        if match is None:
            continue
        index = match.start()
        start = clause_start(text, index, CLAUSE_STOPS + "、", limit=_MAX_GAP + 20)
        number_start = index - 1
        while number_start > start and text[number_start - 1] in NUMERAL_CHARS:
            number_start -= 1
        if not counted.may_hold_count(start, number_start):
            continue  # no numeral before a measure word earlier in the clause
        if earlier_unit(text, start, number_start) is None:
            continue
        counts = counted.between(start, match.end())
        if len(counts) < 2 or counts[-1].end != match.end():
            continue
        second = counts[-1]
        first = next((c for c in counts[:-1] if c.kind == second.kind), None)
        if first is not None and _same_people(text, first, second, counts):
            yield first, second


def _same_people(text: str, first: Count, second: Count, counts: list[Count]) -> bool:
    if second.kind not in _REPEATABLE_KINDS or not (first.exact and second.exact):
        return False
    if first.value != int(first.value or 0) or second.value != int(second.value or 0):
        return False  # `平均每户2.62人`: an average, not a group
    if counts.index(first) != len(counts) - 2 or second.start - first.end > _MAX_GAP:
        return False  # another count stands between them
    between = text[first.end : second.start]
    if OTHER_GROUP.search(between) or not between:
        return False
    return text[second.start - 1] not in _NOUN_END


def _text(doc: Document) -> str:
    """The text the count rules read: the engine's view, traditional script already
    folded to simplified (see :mod:`fillcheck.normalise`), straight double quotes paired
    (see :mod:`._count_view`)."""
    return doc.memo("counts.text", lambda: paired_quotes(doc.text))


def _squeezed(doc: Document) -> Squeezed:
    """The text the list readers (FC303, FC306) read: no spaces after punctuation marks."""
    return doc.memo("counts.squeezed", lambda: Squeezed(_text(doc)))


def _counts(doc: Document) -> CountIndex:
    """The counts of the document's folded text, read once per document."""
    return doc.memo("counts.index", lambda: CountIndex(_text(doc)))


def _repeated(doc: Document) -> list[tuple[Count, Count]]:
    """FC301 and FC302 share one scan per document."""
    return doc.memo("counts.repeated", lambda: list(repeated_counts(_counts(doc))))


@register("FC301", "count-repeated-in-clause", Category.COUNT, Severity.WARNING)
def count_repeated_in_clause(doc: Document) -> Iterator[Hit]:
    """One count of people stated twice in the same clause.

    ## What it does
    Finds a clause that counts the same people (or households, or
    organisations) at its start and again, with the same number, at its end:
    `6名90后干部先后提交入党申请6人` counts the six cadres with 名 and again with 人.

    ## Why is this bad?
    The sentence was edited from two drafts and both survived; the reader
    stumbles and a reviewer sees careless work.

    ## Example
    Bad: 6名90后干部先后提交入党申请6人
    Good: 6名90后干部先后提交入党申请
    Good: 组织10名党员走访群众200人
    """
    for first, second in _repeated(doc):
        if first.value == second.value:
            group = t(_KIND_WORDS[first.kind])
            message = t("count-repeated", first=first.text, second=second.text, group=group)
            yield Hit(first.start, second.end, message, t("delete-repeated", second=second.text))


@register("FC302", "count-contradicts-in-clause", Category.COUNT, Severity.ERROR)
def count_contradicts_in_clause(doc: Document) -> Iterator[Hit]:
    """One clause gives two different numbers for the same people.

    ## What it does
    Finds a clause that counts the same people (or households, or
    organisations) at its start and again at its end, with a different
    number: `6名90后干部先后提交入党申请5人`.

    ## Why is this bad?
    At most one of the numbers is right, and the reader cannot tell which.

    ## Example
    Bad: 6名90后干部先后提交入党申请5人
    Good: 6名90后干部先后提交入党申请
    Good: 组织10名党员走访群众200人
    """
    for first, second in _repeated(doc):
        if first.value != second.value:
            group = t(_KIND_WORDS[first.kind])
            message = t("count-contradicts", first=first.text, second=second.text, group=group)
            yield Hit(first.start, second.end, message, t("keep-right-number"))


# ------------------------------------------------------------ FC303 - FC306


@register("FC303", "list-count-mismatch", Category.COUNT, Severity.ERROR)
def list_count_mismatch(doc: Document) -> Iterator[Hit]:
    """A numeral that disagrees with the list it introduces or sums up.

    ## What it does
    Counts the items of the bracketed list after `三个清单（…）`, `“四学”（…）`
    or `“五个一”（即：…）`, and the items before `等五个方面`, across `、`, `，`
    and `；`, treating quotes and nested brackets as one item.

    ## Why is this bad?
    An item was dropped or added after the numeral was written; the
    announced structure no longer matches the text.

    ## Example
    Bad: 建立“三个清单”（责任清单、问题清单）
    Good: 建立“三个清单”（责任清单、问题清单、任务清单）
    Good: 推荐了2名同学（户迎森、张文娟）为正式党员
    """
    view = _squeezed(doc)
    yield from view.hits(list_count_mismatches(view.text))
    yield from view.hits(counts_after_lists(view.text))
    yield from view.hits(announced_items(view.text))


def _breakdowns(doc: Document) -> list[Breakdown]:
    """FC304 and FC305 share one reading of the `其中` breakdowns per document."""
    return doc.memo(
        "counts.breakdowns",
        lambda: [*breakdowns(_counts(doc)), *series_breakdowns(_counts(doc))],
    )


def _stages(doc: Document) -> tuple[list[Hit], list[Hit]]:
    """FC304 and FC305 share one reading of the pipelines (`受理…办结…在办…`)."""
    return doc.memo("counts.stages", lambda: stage_hits(_counts(doc)))


@register("FC304", "part-exceeds-total", Category.COUNT, Severity.ERROR)
def part_exceeds_total(doc: Document) -> Iterator[Hit]:
    """A part that is larger than the total it belongs to.

    ## What it does
    Compares the counts after `其中` with the total just before it
    (`保洁员23人、其中…村上保洁员154名`), and a later stage of a pipeline
    with the earlier one (`受理企业工单30件，已办结45件`).

    ## Why is this bad?
    A part cannot exceed its whole: one of the figures is a typo or belongs
    to another year. Over-fulfilment of a plan (`计划47项，完成90项`) and parts
    of different things are not reported.

    ## Example
    Bad: 受理企业工单30件，已办结45件
    Good: 受理企业工单45件，已办结30件
    Good: 计划47项，完成90项
    """
    yield from parts_exceeding_total(_counts(doc), _breakdowns(doc))
    yield from _stages(doc)[0]


@register("FC305", "parts-do-not-sum-to-total", Category.COUNT, Severity.ERROR)
def parts_do_not_sum_to_total(doc: Document) -> Iterator[Hit]:
    """Listed parts that do not add up to the stated total.

    ## What it does
    When a total is followed by `其中` (or `中有`, `具体分布为`, `从…来看`,
    `…分类：`) and every part of a complete split is given (男/女, 城镇/农村,
    正式党员/预备党员, a last part `其余`/`其他`, a distribution, or age bands
    from `以下` to `以上` split from a grand total such as `党员总数为…`),
    checks that the parts add up to the total, allowing for rounding. Parallel
    parts that together exceed their total are reported too, and so are
    received, completed and pending cases that do not add up
    (`受理9471件…审执结8007件…尚有未结案2453件`). Overlapping groups (`女党员`,
    `少数民族党员`), averages (`人均`) and parts that add up to another count
    of the paragraph are left alone.

    ## Why is this bad?
    Parts that do not add up show that a figure was mistyped or left over
    from an earlier draft.

    ## Example
    Bad: 共3人，其中男2人、女2人
    Good: 共3人，其中男1人、女2人
    Good: 共有党员30名，其中女党员10名
    Bad: 收入完成28583万元，从征收部门来看：税务部门完成13866万元；财政部门完成18070万元
    """
    yield from parts_not_summing(_counts(doc), _breakdowns(doc))
    yield from _stages(doc)[1]


@register("FC306", "enumeration-out-of-sequence", Category.COUNT, Severity.WARNING)
def enumeration_out_of_sequence(doc: Document) -> Iterator[Hit]:
    r"""A numbered list that skips or repeats a number.

    ## What it does
    Follows the markers of each numbering style (`一、`, `（一）`, `1.`, `（1）`,
    `①`, `一是`) and reports a marker that is neither the next number nor a
    restart at one, once two markers in order have established the list. A
    heading of an outer style starts the inner lists afresh; a skipped number
    written where no marker is recognised (`…对策8.中央…`) counts as present.

    ## Why is this bad?
    A skipped or repeated number shows that an item was deleted, moved or
    pasted twice, and readers cite items by their numbers.

    ## Example
    Bad: 一是抓制度；二是抓队伍；二是抓监督
    Good: 一是抓制度；二是抓队伍；三是抓监督
    Good: 一、成效\n（一）抓党建\n（二）抓业务\n二、问题\n（一）学习不够
    """
    view = _squeezed(doc)
    yield from view.hits(enumeration_breaks(view.text))


# ------------------------------------------------------------ FC307

# `现有5个支部`, `全局6个支部`, `下辖2个党支部`: a standing total of units or people.
TOTAL_DECLARATION = lazy_compile(
    r"(?:现有|共有|下辖|下设|辖有|拥有|设有|全局|全单位|全系统|全院|全校)(?:共有|共|有|设)?"
    r"(?P<count>[0-9０-９一二两三四五六七八九十百千]+(?:个|名|家|所|位))"
    r"(?P<noun>[\u4e00-\u9fff]{1,6}?)(?=[，,。；;、）)\n]|的|和|及|均|都|\Z)"
)
# The numeral characters of TOTAL_DECLARATION's count, its measure words (each one a
# measure word by itself), and the last characters of the words before its numeral.
_DECLARED_DIGITS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千")
_DECLARED_UNITS = "个名家所位"
_DECLARING_LAST = "有辖设局位统院校共"


def _declarations(counted: CountIndex) -> Iterator[re.Match[str]]:
    """``TOTAL_DECLARATION.finditer`` of the index's text, tried only before the numerals the
    index located: a declaration's count ends at one of them, and its numeral starts 2 to 5
    characters after the declaration (a word of 2 or 3, then one of 0 to 2)."""
    text = counted.text
    anchors = []
    for numeral in counted.numerals():
        if text[numeral + 1] not in _DECLARED_UNITS or text[numeral] not in _DECLARED_DIGITS:
            continue
        start = numeral
        while start > 0 and text[start - 1] in _DECLARED_DIGITS:
            start -= 1
        if text[start - 1 : start] and text[start - 1] in _DECLARING_LAST:
            anchors.append(start)
    return matches_near(TOTAL_DECLARATION.compiled, text, anchors, 2, 5)


# Nouns for standing units and staff, whose totals do not change within a report.
STANDING_NOUNS = frozenset(
    "支部 党支部 党总支 党小组 党组织 党委 科室 处室 部门 内设机构 单位 行政村 社区 乡镇 街道"
    " 学校 医院 党员 正式党员 预备党员 干部 职工 员工 委员 成员 在编人员".split()
)


@register("FC307", "total-stated-differently", Category.COUNT, Severity.INFO)
def total_stated_differently(doc: Document) -> Iterator[Hit]:
    r"""The same total stated with different numbers in one document.

    ## What it does
    Remembers standing totals such as `现有5个支部` or `全局共有80名党员` and
    reports a later statement of the same total with another number
    (`全局6个支部`), quoting both.

    ## Why is this bad?
    The organisation cannot have both sizes; one statement is out of date.

    ## Example
    Bad: 现有5个支部。\n全局6个支部，党员80名。
    Good: 现有5个支部。\n全局5个支部，党员80名。
    Good: 下辖2个党小组。\n现有5个支部。
    """
    seen: dict[tuple[str, str], tuple[Count, str]] = {}
    text = _text(doc)
    for match in _declarations(_counts(doc)):
        noun = match.group("noun")
        counts = counts_in(text, match.start("count"), match.end("count"))
        if noun not in STANDING_NOUNS or len(counts) != 1 or not counts[0].exact:
            continue
        count = counts[0]
        key = (count.kind, noun)
        if key not in seen:
            seen[key] = (count, match.group())
            continue
        earlier, earlier_text = seen[key]
        if earlier.value != count.value:
            message = t(
                "total-differs",
                statement=match.group(),
                count=numeral_text(count),
                earlier=earlier_text,
                earlier_count=numeral_text(earlier),
            )
            yield Hit(match.start(), match.end(), message, t("state-total-once"))


# ------------------------------------------------------------ FC308


@register("FC308", "share-contradicts-counts", Category.COUNT, Severity.ERROR)
def share_contradicts_counts(doc: Document) -> Iterator[Hit]:
    """A percentage that its own counts contradict.

    ## What it does
    Divides the part by its whole where the text gives both: an explicit base
    (`完成1318万元，占全年任务2355万元的60%`), a total stated before a run of
    shares (`提出建议1034件…140件，占8.5%`), or, failing those, the whole that
    the other shares of the same run imply (`咨询类33523件，占47.09%；建议类10497件，
    占19.75%；…`). Figures count as rounded to their last digit, and a share one
    unit of its last digit off is accepted. A stage's rate is checked against
    the counts before it (`共排查隐患141911项，已整改137354项，整改率97.28%`
    is 96.79%), and shares of one whole whose last part is `其他` must make 100%.

    ## Why is this bad?
    A percentage that does not follow from the numbers beside it was copied
    from another period or mistyped, and readers quote percentages.

    ## Example
    Bad: 累计完成1318万元，完成全年任务2355万元的60%
    Good: 累计完成1318万元，完成全年任务2355万元的56%
    Good: 直办37527件，占52.7%，转办33657件，占47.3%
    """
    yield from share_contradictions(_counts(doc))
    yield from rate_contradictions(_counts(doc))
