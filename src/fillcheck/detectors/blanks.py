"""FC104-FC106: blanks, template slots and template instructions left in the text.

These are placeholder rules (category ``placeholder``) like those in
``placeholders.py``; they live apart because they look for empty room and
template syntax rather than for masked values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..patterns import (
    char_after,
    char_before,
    find_matches,
    is_digit,
    is_han,
    lazy_compile,
    triggered,
)
from ..registry import register
from ..scan import declare, declared_starts
from ._blank_text import blank_is_text
from ._circle_records import circle_record
from ._drawn_blanks import drawn_blanks
from ._empty import empty_slots
from ._fields import field_gaps, zero_dates
from ._form_gaps import address_gaps, alias_gaps, trailing_fields
from ._masks import masks
from ._role_slots import ROLE, ROLES, party_slots, role_slot
from ._single_gaps import single_gaps
from ._slot_labels import INSTRUCTIONS, NOTES, SLOT_ONLY, paren_stands_alone, slot_kind
from ._template_blanks import bare_amounts, bare_units, lost_underlines
from ._values import describe, unit_at

# Bracketed slot labels: `【单位名称】`, `[姓名]`, `〔日期〕`, `<姓名>`; one pattern per
# bracket pair, so that each starts with a literal.
# (The brackets are looked for on the shared trigger scan; parentheses, common in Chinese
# prose, by `re` on its own.)
# A label may carry an example after it (`[离职原因(如个人发展、合同期满等)]`), hence the
# room for 30 characters; only the label before the example is judged.
BRACKET_SLOTS = {
    left: re.compile(f"{re.escape(left)}([^{re.escape(right)}\\n]{{1,30}}){re.escape(right)}")
    for left, right in ("【】", "[]", "〔〕", "〈〉", "<>", "［］", "＜＞", "｛｝")
}
# A slot label after a field's colon whose closing bracket a scraped page lost at the end of
# its line: `申请人:[姓名`, `日期:[填写日期`.
UNCLOSED_SLOTS = {
    left: re.compile(f"{re.escape(left)}([\u4e00-\u9fff/／]{{2,12}})(?=\n|$)")
    for left in ("[", "【", "［")
}
# A single-brace slot with a Chinese label: `{项目名称}`, `{姓名}` (code's `{name}`, `{}` and
# `{0}` hold no Chinese label).
BRACE_SLOT = re.compile(r"\{([^{}\n]{1,12})\}")
# The example or note after a label: `离职原因(如个人发展…)`, `风格，例如：有趣`.
_EXAMPLE_TAIL = re.compile(
    r"\s*[（(，,：:]\s*(?:如|例如|比如|譬如|即|可|请|包括)|[（(][^（()）]{1,8}[)）]$"
)
# In parentheses a label that can be nothing but a slot (`（联系人姓名）`, `(具体事项)`), or one
# that names a value where it stands alone after a colon or a space (`致: (接收方全称)`,
# `自 (开始日期) 至`, `本人（ 姓名 ）`); the rule decides which.
_PAREN_ENDS = "名称|姓名|名字|待填|待定|填写|全称|职务|日期|时间|地点|单位|金额|数量|部门|号码"
_PAREN_STARTS = "具体|填写|请填写|输入|请输入|此处|在此"
PAREN_SLOTS = tuple(
    triggered(
        f"{re.escape(left)}((?:[^{re.escape(right)}\n]{{0,10}}(?:{_PAREN_ENDS})"
        f"|(?:{_PAREN_STARTS})[^{re.escape(right)}\n]{{1,10}}|{ROLES})[ \u3000]*){re.escape(right)}"
    )
    for left, right in ("（）", "()")
)
# Template-engine slots: `{{name}}`, `{{ 姓名 }}`, `${name}`.
ENGINE_SLOT = lazy_compile(r"\{\{\s*[\w.\-]+\s*\}\}|\$\{[\w.\-]+\}")
# The verb of a template instruction; the words before it decide (此处填写, 单击此处输入文字).
INSTRUCTION_VERBS = declare("fc106-verbs", ("填写", "输入", "键入", "添加"))
SLOT_TRIGGERS = declare("fc105-slots", (*BRACKET_SLOTS, "{", "${"))
# What must stand right before that verb: 此处, 在此, 请在此处, 单击此处, 点击或单击此处.
INSTRUCTION_LEAD = lazy_compile(
    r"(?:(?:单击|点击)(?:或(?:单击|点击))?此处|请?(?:在此处|在此|此处|本处))$"
)

# So many blanks make a document a template, whose gaps inside sentences are blanks too.
_TEMPLATE_BLANKS = 2
_TEMPLATE_GAPS = 3  # single-space gaps (`我司与 有限公司`) that make one blank a template
_OPENERS = "（(【[〔<〈"
_CLOSERS = "）)】]〕>〉"


@register("FC104", "blank-left-unfilled", Category.PLACEHOLDER, Severity.WARNING)
def blank_left_unfilled(doc: Document) -> Iterator[Hit]:
    """A blank (`____`, `□□`, `（  ）`, `总金额为  元`, `于年月日`) was left where a value belongs.

    ## What it does
    Finds runs of three or more `_`, two or more `＿`, `□`, `○` or `〇` (one before a
    date unit: `○月○日`, `＿年＿月＿日`), brackets
    holding nothing but spaces (`（  ）`, `《 》`), year blanks (`20__`), and
    empty value slots whose underline was lost: a unit with nothing or only
    spaces before it after a word that takes a number (`共计元`, `为期年`,
    `总金额为  元`, `（大写：  整）`, `¥    元`, `签订后    日内`) and an
    unfilled date (`于年月日签订`, `（盖章）    年  月  日`). It leaves alone
    identifiers (`__init__`), years written with `○` (`二○○八年`), lines made
    only of underscores, Latin `( )`, and units in ordinary words (`出生年月日`,
    `单位：元`, `以人民币元为单位`, `在日内瓦`). Both ends of a range of empty dates
    are blanks (`自年月日-年月日止`); in a document with other blanks, so is a double
    gap inside a sentence where an underline was lost (`委托乙方进行  项目的设计`), but
    not one in a menu, a heading or a spaced-out label (`姓　　名：`).

    ## Why is this bad?
    A blank is where the writer should have put a name, date or figure; a
    document handed in with `共有____人参加` is unfinished.

    ## Example
    Bad: 本次活动共有____人参加，时间为（  ），合同总金额为  元。
    Good: 二○○八年五月，第一批__init__模块完成，金额单位：元。
    """
    text, taken = doc.text, []
    record = circle_record(doc)  # a court record's circles are redaction (FC408)
    for start, end, kind in drawn_blanks(doc):  # `时间:———`, `ˍˍ年`, `＿ ＿ ＿`, `……年……月`
        taken.append((start, end))
        yield _blank_hit(start, end, text[start:end], kind)
    for start, end in masks(doc).blanks:  # `___`, `＿＿`, `□□`, `○○`, `（  ）`, `《 》`
        if blank_is_text(text, start, end) or (record and text[start] in "○〇"):
            continue
        unit = unit_at(text, end)
        taken.append((start, end))
        yield _blank_hit(start, end, text[start:end], unit.kind if unit else "value")
    for start, end, blank, kind in empty_slots(doc):
        taken.append((start, end))
        yield _blank_hit(start, end, blank, kind)
    for start, end in bare_amounts(text):  # `甲方付乙方元整`: the figure before 元整
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            yield _blank_hit(start, end, text[start:end], "money")
    for start, end in zero_dates(text):  # `0000年 00 月 00 日`
        taken.append((start, end))
        yield _blank_hit(start, end, text[start:end], "date")
    for start, end in field_gaps(text):  # `姓名：      性别：`; one space is spacing
        if end - start >= 2:
            taken.append((start, end))
            yield _blank_hit(start, end, text[start:end], "value")
    for start, end in alias_gaps(text):  # `出租人      （以下简称甲方）`
        taken.append((start, end))
        yield _blank_hit(start, end, text[start:end], "value")
    if len(taken) >= _TEMPLATE_BLANKS:  # a template: its sentences lost underlines too
        for start, end in (*trailing_fields(text), *address_gaps(text)):
            if not any(s < end and start < e for s, e in taken):  # `签订日期：      `
                taken.append((start, end))
                yield _blank_hit(start, end, text[start:end], "value")
        for start, end in lost_underlines(text, taken):
            yield _blank_hit(start, end, text[start:end], "value")
        for start, end in bare_units(text):  # `备料不低于t,`: the figure before the unit
            yield _blank_hit(start, end, text[start:end], "value")
        for start, end in single_gaps(text, taken):  # `应提前 日通知`, `總計 年 個月`
            yield _blank_hit(start, end, text[start:end], "value")
    elif taken:  # one blank: a template when several single spaces stand where values belong
        gaps = list(single_gaps(text, taken))
        if len(gaps) >= _TEMPLATE_GAPS:
            for start, end in gaps:
                yield _blank_hit(start, end, text[start:end], "value")


def _blank_hit(start: int, end: int, blank: str, kind: str) -> Hit:
    """A blank, its message naming the kind of value that belongs there."""
    what = t("kind-value") if kind == "value" else describe(kind)
    return Hit(start, end, t("blank", blank=blank, what=what), t("fill-blank"))


def _heads_a_line(text: str, start: int, end: int) -> bool:
    """`【活动时间】2023年5月1日`: a label at the start of a line with its value after it, or
    after a space with its value right after it (a journal's `… [基金项目]上海市…` where
    PDF extraction joined the lines)."""
    at_line_start = start == 0 or text[start - 1] == "\n"
    after = char_after(text, end)
    if char_before(text, start) in " \t\u3000" and is_han(after):
        return True
    return at_line_start and after not in ("", "\n")


@register("FC105", "template-slot", Category.PLACEHOLDER, Severity.ERROR)
def template_slot(doc: Document) -> Iterator[Hit]:
    """A template slot such as `【单位名称】`, `[姓名]` or `{{name}}` was never replaced.

    ## What it does
    Finds bracketed slot labels (`【单位名称】`, `[姓名]`, `〔日期〕`, `{项目名称}`),
    with an example or note after them (`[离职原因(如个人发展…)]`), instructions
    (`[填写……]`) and template-engine slots (`{{name}}`, `${name}`). A label at the start of a
    line that is followed by its value (`【活动时间】2023年5月1日`) is a heading,
    not a slot; bylines with a value (`【编辑：张三】`) are left alone. In
    parentheses only a label that can be nothing but a slot counts
    (`请联系（联系人姓名）`), or one that names a value after the blank it annotates
    (`———在———(地点)`) or alone after a comma (`XXX餐厅,(具体地址或公交线路)`); not one
    that labels the value after it (`甲方（名称）：`).
    Options to pick from are a slot too, in single or doubled brackets
    (`[纪律/材料准备等]`, `[[姓名]]`), but not `[是/否]` or a wiki link (`[[会议纪要]]`).

    ## Why is this bad?
    The slot tells the writer what to put there; leaving it in means the
    value is missing and the template shows through.

    ## Example
    Bad: 现将【单位名称】2023年度工作总结报告如下。
    Good: 【编辑：张三】本文由办公室整理。
    """
    text = doc.text
    engine, brackets = _slot_matches(doc)
    found, peers = 0, []
    for hit in _template_slots(text, engine, brackets, peers):
        found += 1
        yield hit
    for start, end in party_slots(text):  # `决定和 (企业)签订`: the party's kind for its name
        found += 1
        label = text[start + 1 : end - 1]
        yield Hit(start, end, t("template-slot", slot=text[start:end], label=label), t("fill-slot"))
    if found >= _PEER_EVIDENCE:  # a template's slots: its other labels in sentences are too
        for start, end, label in peers:
            yield Hit(
                start, end, t("template-slot", slot=text[start:end], label=label), t("fill-slot")
            )


# Slots that make a document's other bracketed labels inside its sentences slots too.
_PEER_EVIDENCE = 2


def _template_slots(
    text: str,
    engine: list[re.Match[str]],
    brackets: list[re.Match[str]],
    peers: list[tuple[int, int, str]],
) -> Iterator[Hit]:
    """The slots FC105 reports on their own; labels that are slots only in a template's
    company go to ``peers``."""
    for match in engine:
        yield Hit(*match.span(), t("engine-slot", slot=match.group()))
    for match in brackets:
        label, (start, end) = match.group(1).strip(), match.span()
        if label.startswith("[") and char_after(text, end) == "]":
            label, end = label[1:].strip(), end + 1  # doubled: `[[纪律/材料准备等]]`
        example = _EXAMPLE_TAIL.search(label)
        if example is not None and example.start() > 0:
            label = label[: example.start()]  # `[离职原因(如个人发展…)]`: the label is judged
        if len(label) > 12 and not label.startswith(INSTRUCTIONS):
            continue  # a long label only when it tells the writer what to do
        if text[start] == "{" and not _brace_slot(text, start):
            continue
        if text[start] in "（(" and ROLE.fullmatch(label):
            if role_slot(text, start, end):  # `(授权方) (品牌名称)`, `特授权 (被授权方) 在`
                yield Hit(
                    start,
                    end,
                    t("template-slot", slot=text[start:end], label=label),
                    t("fill-slot"),
                )
            continue
        kind = slot_kind(label)
        if kind is None and _in_sentence_slot(text, start, end, label):
            peers.append((start, end, label))  # `及[其他收入组成部分]。`
        if kind is None or (kind == "label" and _heads_a_line(text, start, end)):
            continue
        if kind == "label" and _value_follows(text, end):
            continue  # `〔文章编号〕2095-8048`, `[文章编号]  1009-928X`: a label with its value
        if text[start] in "（(" and (
            char_after(text, end) in ":：_＿"
            or (not label.endswith(SLOT_ONLY) and not paren_stands_alone(text, start, end, label))
        ):
            continue  # `（联系人姓名）`, `致: (接收方全称)`; not `甲方（名称）：`, a label
        if text[start] in "（(" and label.startswith(("请填写", "请输入")):
            continue  # `（请填写单位全称）`: an instruction, FC106's
        if text[start] == "[" and _markdown_link(text, start, end):
            continue  # a Markdown link: [单位](https://…), [单位][ref], [单位]: https://…
        yield Hit(start, end, t("template-slot", slot=text[start:end], label=label), t("fill-slot"))


def _in_sentence_slot(text: str, start: int, end: int, label: str) -> bool:
    """A Chinese label in square brackets inside a sentence (`包括基本工资及[其他收入]。`,
    `性别[男/女]`): Chinese before it, Chinese or a clause mark after it; not a note (`[注]`)."""
    if text[start] not in "[【［" or not 2 <= len(label) <= 12 or label.endswith(NOTES):
        return False
    if not any(map(is_han, label)) or not all(
        is_han(c) or c in "/／" or c.isdigit() for c in label
    ):
        return False  # `[其他收入组成部分]`, a choice `[男/女]`, a length `[18位]`
    after = char_after(text, end)
    return is_han(char_before(text, start)) and (is_han(after) or after in "，。；、,;")


def _slot_matches(doc: Document) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """(template-engine slots, bracketed labels by start) of ``doc``: each kind's matches as
    one search of the text after another would find them, without overlaps."""
    text = doc.text
    engine: list[re.Match[str]] = []
    brackets = list(find_matches(text, PAREN_SLOTS))
    free: dict[str, int] = {}
    for at in declared_starts(doc, SLOT_TRIGGERS):
        kind = "{" if text[at] in "{$" else text[at]
        if at < free.get(kind, 0):
            continue
        match = (ENGINE_SLOT if kind == "{" else BRACKET_SLOTS[kind]).match(text, at)
        if match is not None:
            (engine if kind == "{" else brackets).append(match)
            free[kind] = match.end()
        elif kind in UNCLOSED_SLOTS and char_before(text, at) in ":：":
            match = UNCLOSED_SLOTS[kind].match(text, at)  # `申请人:[姓名` ending its line
            if match is not None:
                brackets.append(match)
                free[kind] = match.end()
        elif kind == "{" and text[at] == "{":
            match = BRACE_SLOT.match(text, at)
            if match is not None:
                brackets.append(match)
                free[kind] = match.end()
    return engine, sorted(brackets, key=lambda match: match.start())


def _value_follows(text: str, end: int) -> bool:
    """True when digits or Latin letters follow a bracketed label, after spaces or not."""
    stop = end
    while stop < len(text) and text[stop] in " \u3000\xa0":
        stop += 1
    return stop < len(text) and text[stop].isascii() and text[stop].isalnum()


def _brace_slot(text: str, start: int) -> bool:
    """A `{…}` that can be a slot: not a LaTeX argument (`\\text{面积}`, `x^{2}`) or code's
    nested braces."""
    before = char_before(text, start)
    return not (before.isascii() and (before.isalnum() or before in "\\^_}{$"))


def _markdown_link(text: str, start: int, end: int) -> bool:
    """`[label](url)`, `[label][ref]`, or a reference definition `[label]: url` starting a line.

    A link's target and a reference name are Latin (`(https://…)`, `[ref]`, `[1]`); a
    bracket holding Chinese after the label is the text going on (`[姓名](身份证号:…)`,
    `[部门][岗位]`)."""
    after = char_after(text, end)
    if after in "([":
        target = char_after(text, end + 1)
        return target == "" or not (is_han(target) or target in _OPENERS)
    return after in ":：" and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _instruction_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the instruction around the verb at ``start:end``, or None."""
    window_start = max(0, start - 10)
    lead = INSTRUCTION_LEAD.search(text, window_start, start)
    if lead is not None:
        begin = lead.start()
    elif text[start - 1 : start] == "请" and char_before(text, start - 1) in _OPENERS:
        begin = start - 1  # `（请填写单位全称）`; a bare 请填写 is an everyday request
    else:
        return None
    if char_before(text, begin) in _OPENERS:
        closes = [i for i in (text.find(c, end, end + 40) for c in _CLOSERS) if i >= 0]
        if closes:
            return begin - 1, min(closes) + 1
    stop = end
    while stop < len(text) and stop - end < 12 and (is_han(text[stop]) or is_digit(text[stop])):
        stop += 1
    return begin, stop


@register("FC106", "template-instruction", Category.PLACEHOLDER, Severity.ERROR)
def template_instruction(doc: Document) -> Iterator[Hit]:
    """An instruction meant for the template's user (`此处填写…`, `单击此处输入文字`) was left in.

    ## What it does
    Finds instructions that speak about the document itself: `此处填写…`,
    `在此输入…`, `单击此处输入文字`, and bracketed ones such as `（请填写单位名称）`.
    An ordinary request in a notice (`请填写附件表格并报送`) is left alone.

    ## Why is this bad?
    The instruction was for whoever fills in the template; left in, it shows
    the document was never completed.

    ## Example
    Bad: 单位名称：（请填写单位全称）
    Good: 请填写附件1报名表，并于5月10日前报送。
    """
    text = doc.text
    last_end = -1
    for verb_start in declared_starts(doc, INSTRUCTION_VERBS):
        verb_end = verb_start + 2  # every verb is two characters
        span = _instruction_span(text, verb_start, verb_end)
        if span is None or span[0] < last_end:
            continue
        last_end = span[1]
        phrase = text[span[0] : span[1]]
        yield Hit(span[0], span[1], t("template-instruction", phrase=phrase), t("delete-it"))
