"""Empty value slots: a unit with no value before it (FC104).

Contracts and forms scraped from sharing sites lose their underlines, and what
is left is a unit with nothing before it: `于年月日签订`, `为期年`, `共计元`,
`总金额为  元`, `（大写：  整）`, a signature block's `（盖章）    年  月  日`.
The lexer finds the unit; the classifier reads the word before it, which must
be one that takes a number (`共计`, `为期`, `大写`, `人民币`, `于`, `为`), so that
everyday words such as `出生年月日`, `单位：元` or `按年月日排列` stay silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..patterns import (
    CN_DIGITS,
    char_after,
    char_before,
    find_matches,
    find_runs,
    is_han,
    line_bounds,
    triggered,
)
from ._values import NOT_MASK_UNITS, NOT_UNITS, mask_unit_at, unit_at

_SPACES = " \u3000\xa0"
# Words that take a number right after them; a unit after one with nothing
# between names a value never filled in (`共计元`, `为期年`, `大写(xiě)元`).
NUMBER_WORDS = (
    "共计", "合计", "总计", "为期", "大写", "小写", "人民币", "金额为", "暂定", "一式", "各执",
    "面积", "租金", "押金", "年龄", "期限", "工资", "连续", "奖金", "期为", "金为", "资为", "费为",
)  # fmt: skip
# Number words that take only some units (`一式份`, `面积平方米`; not `面积年均增长`).
_WORD_UNITS = {
    "暂定": ("年", "个月"), "一式": ("份",), "各执": ("份",), "面积": ("平方米",),
    "租金": ("元", "万元"), "押金": ("元", "万元"), "年龄": ("岁",), "期限": ("年", "个月"),
    "工资": ("元",), "连续": ("天", "日", "个月", "年"), "奖金": ("元", "万元"),
    "期为": ("年", "个", "天"), "金为": ("元", "万元"), "资为": ("元",), "费为": ("元", "万元"),
}  # fmt: skip
# Single characters that take a number, trusted only before a gap of spaces
# (`总金额为 元`, `在 个工作日内`, `保证金 元`).
NUMBER_CHARS = "为计共在约达币金款付期满逾后续¥￥"
# Units no text leaves without a number before them (`工资 元`, `的 %`), and the words
# that start with one.
_AMOUNTS = ("元", "万元", "%", "％")
_YUAN_WORDS = (
    "元旦", "元素", "元宵", "元首", "元年", "元月", "元气", "元老", "元帅", "元代", "元朝",
    "元件", "元器件", "元数据", "元宇宙", "元曲", "元凶", "元勋", "元音",
)  # fmt: skip
# Words that start with a unit character and may follow a space in running text.
_WORDS_AFTER_GAP = frozenset(
    "日本 日报 日期 日前 日益 日趋 天津 天下 天地 天空 人们 人类 人员 年代 年级 年前 年来"
    " 月份 月亮 名字 名单 个体 元素 元旦 整体 整个 整改 整合 整理 整治 整顿 整洁".split()
)
# A currency named in brackets before the amount: `价款(人民币) 元`.
_CURRENCY_NOTES = ("人民币)", "人民币）", "人民幣)", "人民幣）")
# Brackets that hold an amount with nothing in it: `( 整人民币)`, `（  元整）`.
_OPENERS = "(（"
# Chinese capital numerals: what fills the gap after `大写`.
_CAPITALS = "零壹贰贰叁肆伍陆柒捌玖拾佰仟万亿"
# Units a slot asks for, after a number word or a gap.
_SLOT_UNITS = (
    "万元", "元", "个", "年", "月", "日", "天", "名", "人", "%", "％", "份", "平方米", "岁", "页",
)  # fmt: skip
# A pinyin gloss that a script converter put after a character: `大寫(xiě)`.
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)$")
# A period with no number in it: `手续后日内`, `在个工作日内`, `生效后的个工作日内`
# (not `日内瓦`).
_WITHIN_LEADS = "后在于起的"
_PERIODS = ("日内", "天内", "个工作日")
# An unfilled date: `年月日` or `年  月  日` with no number in it.
DATE_SLOT = re.compile(r"年[ \u3000\xa0]*月[ \u3000\xa0]*日")
# The other end of a range of empty dates, across a dash or 至: `年月日- 年月日`, `年月日至年月日`.
_RANGE = f"[{_SPACES}]*(?:[-－—–~～]+|至|到)[{_SPACES}]*"
_DATE_BEFORE = re.compile(f"年[{_SPACES}]*月[{_SPACES}]*日{_RANGE}$")
_DATE_AFTER = re.compile(f"{_RANGE}年[{_SPACES}]*月[{_SPACES}]*日")
# An empty date beside another on a signature line, one for each party: `年 月 日  年 月 日`.
_DATE_BESIDE = re.compile(f"年[{_SPACES}]+月[{_SPACES}]+日[{_SPACES}]+$")
# What may stand before an unfilled date written without gaps (`于年月日签订`).
_DATE_LEADS = "于自从至到为起止：:"
# Labels after which an unfilled date stands: `签订日期：年月日`.
_DATE_NAMES = ("日期", "时间")
# An unfilled year and month (`    年    月`), and a range of them (`年月至年月`).
_YEAR_MONTH = re.compile(f"年[{_SPACES}]{{2,}}月")
# A year's century printed before the figures a template left blank: `二○年月`, `20  年`.
_CENTURIES = ("二○", "二〇", "二零")
_YEAR_MONTH_RANGE = re.compile(
    f"年[{_SPACES}]*月(?!日){_RANGE}(?:{'|'.join(_CENTURIES)})?年[{_SPACES}]*月(?![{_SPACES}]*日)"
)
# An unfilled year and month before a day left as an underline (`至年月____日`): the
# underline is a blank of its own, the year and month are an empty slot.
_YEAR_MONTH_LINE = re.compile(f"年[{_SPACES}]*月(?=[{_SPACES}]*[_＿]{{2,}}[{_SPACES}]*日)")
# An unfilled month and day (`  月  日`).
_MONTH_DAY = re.compile(f"月[{_SPACES}]+日")
# The kinds of value a wide gap may leave out before its unit.
_GAP_KINDS = ("people", "count", "money", "percent")
# What starts every empty slot, one literal-led pattern each (a literal lets `re`
# skip ahead fast; the shared hyperscan database would cost more to build than
# these few scans): a gap before a unit (`为 元`), the last character of a number
# word or a gloss's `)` before a unit (`共计元`, `大寫(xiě)元`), a period after its
# lead (`后日内`), a date's `年` before `月` (`于年月日`, `年  月`), and a gap after
# `大写` (`大写)        (`).
_GAP_CHARS = " \u3000\xa0"
_UNIT_AHEAD = (
    "(?=[元个年月日天名人%％整户页份次项件张本岁位家条篇场期批台辆套间亩吨周届]|万元|平方米)"
)
_GAPS = tuple(triggered(f"{gap}[{_GAP_CHARS}]*{_UNIT_AHEAD}") for gap in _GAP_CHARS[:2])
_SLOT_AHEAD = "(?=[元个年月日天名人%％份岁页]|万元|平方米)"  # the units of `_SLOT_UNITS`
_WORD_ENDS = tuple(
    triggered(f"{re.escape(end)}{_SLOT_AHEAD}")
    for end in sorted({word[-1] for word in NUMBER_WORDS} | {")", ":", "："})
)
# The labels of an amount in figures or words, whose colon may stand right before the unit
# (`(小写:元)`); `合计：元`, `金额：元` may head a column in yuan instead.
_LABEL_WORDS = ("大写", "小写", "大寫", "小寫")
_WITHIN = (triggered("内(?<=[日天]内)"), triggered("个工作日"))
# A rate per period and per thing with no amount after it: `房屋租赁费用每月每间,`,
# `每人每天,` (two periods, `每年每月,`, say how often, not how much).
_PERIODS_PER, _THINGS_PER = "月年日天", "人间套户亩"
_RATES = (
    triggered(f"每[{_PERIODS_PER}]每[{_THINGS_PER}](?=[,，;；。])"),
    triggered(f"每[{_THINGS_PER}]每[{_PERIODS_PER}](?=[,，;；。])"),
)
_DATES = (
    triggered("每月(?=日(?:前|之前|以前))"),  # `乙方应当于每月日前向甲方支付`: the day lost
    triggered(f"年(?=[{_GAP_CHARS}]*月)"),
    triggered("年日"),  # `开工日期:年日`
    triggered(f"月(?=[{_GAP_CHARS}]+日)"),
    triggered(f"写(?=[)）]?[:：]?[{_GAP_CHARS}])"),
)


def _trigger_offsets(text: str) -> list[int]:
    """Where a slot may start, as the dispatcher reads it (a gap: its last space)."""
    offsets = [end - 1 for _, end in find_runs(text, _GAPS)]
    offsets += [m.start() for m in find_matches(text, _WORD_ENDS)]
    for start, _ in find_runs(text, _WITHIN):  # the lead before `日内`, `天内`, `个工作日`
        lead = start - 2 if text[start] == "内" else start - 1
        if lead >= 0:
            offsets.append(lead)
    offsets += [m.start() for m in find_matches(text, _DATES)]
    offsets += [m.start() + 2 for m in find_matches(text, _RATES)]  # the second `每`
    return sorted(set(offsets))


def _word_before(text: str, start: int) -> str:
    """The characters before ``start``, a pinyin gloss (`(xiě)`) skipped."""
    before = text[max(0, start - 12) : start]
    gloss = _GLOSS.search(before) if before.endswith(")") else None
    return before[: gloss.start()] if gloss else before


def empty_slots(doc: Document) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, blank, kind of value) of every empty value slot in ``doc``."""
    text = doc.text
    for offset in _trigger_offsets(text):
        slot = _slot_at(text, offset)
        if slot is not None:
            yield slot


def _slot_at(text: str, offset: int) -> tuple[int, int, str, str] | None:
    """The empty slot whose trigger literal starts at ``offset``, if it is one."""
    char = text[offset]
    if char in _GAP_CHARS:  # the gap's last space, before the unit
        start, end = offset, offset + 1
        while start > 0 and text[start - 1] in _GAP_CHARS:
            start -= 1
        ok = gap_slot(text, start, end)
        return (start, end, text[start:end], _kind(text, end)) if ok else None
    if char == "写" and text[offset + 1] in ")）:：" + _GAP_CHARS and text[offset - 1] == "大":
        return _capitals_gap(text, offset + 1)
    if char in "年月":
        span = (date_slot if char == "年" else month_day_slot)(text, offset)
        return None if span is None else (*span, text[span[0] : span[1]], "date")
    if char == "每" and text.startswith("月日", offset + 1):
        return offset + 2, offset + 3, text[offset : offset + 3], "date"  # `每月日前`
    if char == "每" and text[offset - 2 : offset - 1] == "每":
        return offset, offset + 2, text[offset : offset + 2], "money"  # `每月每间,`
    if char in _WITHIN_LEADS and text.startswith(_PERIODS, offset + 1):
        period = next(p for p in _PERIODS if text.startswith(p, offset + 1))
        if text[offset + 1 + len(period) : offset + 2 + len(period)] == "瓦":
            return None  # `在日内瓦`
        return offset + 1, offset + 2, text[offset : offset + 1 + len(period)], "count"
    word = empty_unit(text, offset + 1)
    return (
        None
        if word is None
        else (offset + 1, offset + 2, word + text[offset + 1], _kind(text, offset + 1))
    )


def _kind(text: str, start: int) -> str:
    """The kind of value the unit at ``start`` measures (`元`: money, `整`: money)."""
    if text.startswith(("年", "月", "日"), start):
        return "date" if text.startswith(("年月", "年 ", "月", "日"), start) else "count"
    unit = unit_at(text, start)
    return unit.kind if unit else "money"


def empty_unit(text: str, start: int) -> str | None:
    """The number word before the unit at ``start`` when nothing stands between them."""
    if not text.startswith(_SLOT_UNITS, start) or text[start : start + 2] in NOT_UNITS:
        return None  # `共计人民币`
    before = _word_before(text, start)
    unit = next(u for u in _SLOT_UNITS if text.startswith(u, start))
    if before[-1:] in ":：":  # `(小写:元)`: a label that takes a number, then its unit
        label = before[:-1]
        word = next((w for w in _LABEL_WORDS if label.endswith(w)), None)
        if word is None or unit not in ("元", "万元") or text.startswith("/", start + len(unit)):
            return None
        return word + before[-1]
    word = next((w for w in NUMBER_WORDS if before.endswith(w)), None)
    if word is None or text.startswith(("为单位", "）", ")", "/"), start + len(unit)):
        return None  # `以人民币元为单位`, `金额（人民币元）`
    if (word in _WORD_UNITS and unit not in _WORD_UNITS[word]) or text.startswith(
        _YUAN_WORDS, start
    ):
        return None  # `耕地面积年均减少`, `资金为元宇宙`
    if before.endswith("单位人民币") or char_before(before, len(before) - len(word)) in "（(":
        return None  # `单位：人民币元`
    return word


def gap_slot(text: str, start: int, end: int) -> bool:
    """True for a gap of spaces left where a number belongs (`总金额为 元`, `大写： 整`)."""
    before, after = char_before(text, start), text[end : end + 1]
    if not is_han(after) and after not in "%％":
        return False
    if text[end] == "%" and _FORMAT_SPEC.search(text, max(0, start - 2000), end + 2000):
        return False  # `使用 % 二进制操作符` beside `'%d %s' % (1, 'dead')`: the operator named
    if after == "整":
        return before in _OPENERS or text[max(0, start - 3) : start].rstrip(":：").endswith("大写")
    if end - start >= 2 and text.startswith(("元整", "元正"), end):
        return True  # `新台幣(以下同)     元整`: a gap before an amount's closing words
    if before in _OPENERS and text.startswith(("元", "万元"), end):
        return True  # `（  元整）`
    note = text[max(0, start - 9) : start]
    if note.endswith(_CURRENCY_NOTES) and text.startswith("元", end) and "单位" not in note:
        return (
            True  # `价款(人民币) 元`: the amount after its currency's note; not `单位(人民币) 元`
        )
    if text[end : end + 2] in NOT_UNITS or text[end : end + 2] in _WORDS_AFTER_GAP:
        return False  # `为 人民服务`, `随后 日本代表团`
    if text.startswith(NOT_MASK_UNITS, end):
        return False  # `在 页面`, `为 时代`
    if text.startswith("月", end) or DATE_SLOT.match(text, end) or _year_month_slot(text, end):
        return False  # `于  年  月  日`: the date slot reports its gaps
    if _spaced_out(text, start) or "单位" in text[max(0, start - 5) : start]:
        return False  # `合 计  人`: a spaced-out heading; `单位：  元`
    if _SPACED_ON.match(text, end + 1):
        return False  # `首     页 政 务 公 开`: a menu spaced out to fill a width
    if before in NUMBER_CHARS and text.startswith(_SLOT_UNITS, end):
        return True
    if is_han(before) and text.startswith(_AMOUNTS, end) and not text.startswith(_YUAN_WORDS, end):
        return _in_sentence(
            text, start
        )  # `每日工资 元`, `拖欠工资的 %`; not `单价 元` heading a column
    if (
        before in ":："
        and text.startswith(("元", "万元"), end)
        and "单位" not in text[start - 5 : start]
    ):
        return True  # `租金標準: 元/月`, `(大寫: 元)`
    if before == "第" and unit_at(text, end) is not None:
        return True  # `第    条`: an ordinal left blank
    wide_lead = is_han(before) or before in ":：（("  # `共有      户`, `年龄：    岁`
    return end - start >= 2 and wide_lead and _counted_unit(text, end)


_CLAUSE_MARKS = "，。；,;"


# A printf conversion (`%d`, `%-6d`, `%(name)s`, `%.2f`): text about code, whose `%` stands
# for the operator, not for a percentage left blank.
_FORMAT_SPEC = re.compile(r"%(?:\([a-z_]+\))?[-+#0-9.]*[sdfgexrc](?![A-Za-z])")


def _in_sentence(text: str, at: int) -> bool:
    """True when the line holding ``at`` has a clause mark: prose, not a table row."""
    line_start, line_end = line_bounds(text, at)
    return any(mark in text[line_start:line_end] for mark in _CLAUSE_MARKS)


# Characters going on spaced out one at a time after a gap's unit (` 政 务 `).
_SPACED_ON = re.compile(r"[ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?:[ \u3000]|$)", re.M)


def _spaced_out(text: str, start: int) -> bool:
    """True when the word before a gap is spaced out one character at a time (`合 计  人`)."""
    return char_before(text, start - 1) in _SPACES and is_han(char_before(text, start - 2))


def _counted_unit(text: str, start: int) -> bool:
    """A measure word after a wide gap that ends its phrase (`共有      户。`, `有效期      年，`).

    Any word may stand before a gap two spaces wide or more; the unit must then be one
    that counts and stand alone: not the start of a word (`姓名  人数`, `千山  万径`).
    """
    unit = mask_unit_at(text, start)
    if unit is None or unit.kind not in _GAP_KINDS:
        return False
    rest = text[start + len(unit.text) : start + len(unit.text) + 8]
    spaced = rest[:1] in _SPACES and rest[:1] != ""
    rest = rest.lstrip(_SPACES)
    after = rest[:1] or "\n"
    if spaced and after not in ":：":
        return True  # `套房   間 總坪數`: a space ends the phrase after the unit
    # `姓　　名：`, `书       名 :` space a label out
    return not is_han(after) and after not in ":："


def _capitals_gap(text: str, start: int) -> tuple[int, int, str, str] | None:
    """A gap after `大写` (`大写)        (`, `大写：  `, `（大写）：      （￥：`) with no capital
    numerals after it."""
    if text[start] in ")）":
        start += 1
    if text[start : start + 1] in (":", "："):
        start += 1
    end = start
    while end < len(text) and text[end] in _GAP_CHARS:
        end += 1
    if end == start or (end - start < 2 and text[end : end + 1] != "整"):
        return None  # one space is spacing, unless 整 follows it
    if text[end : end + 1] in _CAPITALS or text[end : end + 1] == "\n":
        return None
    return start, end, text[start:end], "money"


def date_slot(text: str, start: int) -> tuple[int, int] | None:
    """The span of an unfilled date at 年 (`于年月日`, `（盖章）  年  月  日`), with the gap
    before it where the year was left blank (`于    年    月    日`)."""
    match = DATE_SLOT.match(text, start)
    if match is None and text.startswith("年日", start):
        return _year_day_slot(text, start)  # `开工日期:年日`: the month dropped too
    if match is None:
        lined = _YEAR_MONTH_LINE.match(text, start)
        if lined is not None and char_before(text, start) in _DATE_LEADS.strip(":："):
            return lined.span()  # `至年月____日`
        return _year_month_slot(text, start)
    gapped = match.end() - start > 3
    lead_at = _gap_start(text, start)
    lead = char_before(text, lead_at)
    century = text[start - 2 : start] in _CENTURIES
    if century and char_before(text, start - 2) not in CN_DIGITS:
        return start, match.end()  # `日期：二○年月日`: the figures after the century left blank
    stop = lead_at
    if lead == "\n" or (start - stop < 2 and (lead not in _DATE_LEADS or lead in ":：")):
        stop = start  # a line's indent, or one space after a label, is no blank year
    if (
        _DATE_BEFORE.search(text, max(0, start - 16), start)
        or _DATE_AFTER.match(text, match.end())
        or _DATE_BESIDE.search(text, max(0, start - 16), start)
    ):
        return stop, match.end()  # one end of a range of empty dates: `年月日- 年月日`
    if lead == "每" and stop == start and gapped:
        return start + 1, match.end()  # `以後於每年 月 日前支付`: the month and day left blank
    if lead == "\n" and not gapped and char_after(text, match.end()) in ("", "\n"):
        return (start, match.end()) if _under_seal(text, start - 1) else None  # `单位公章\n年月日`
    if lead in ":：" and not gapped and text[max(0, lead_at - 3) : lead_at - 1] not in _DATE_NAMES:
        return None  # `格式：年月日` names a format; `签订日期：年月日` leaves one blank
    if lead in _DATE_LEADS or (gapped and (lead in "\n\t）)：:" or stop < start)):
        return stop, match.end()
    if gapped and lead_at < start and is_han(lead) and _in_sentence(text, start):
        return lead_at, match.end()  # `授权期限 年 月 日`: one space, then an empty date
    if lead in "（(" and char_after(text, match.end()) in "）)":
        if not gapped and text[max(0, lead_at - 3) : lead_at - 1] in _DATE_NAMES:
            return None  # `标注成文日期(年月日)`: the form a date is written in
        return stop, match.end()  # `(年月日)`
    if lead.isdigit() and stop == start and _wide(text, start + 1) and _wide(text, match.end() - 1):
        return start + 1, match.end()  # `2023年   月   日`: month and day left blank
    return None


def _year_day_slot(text: str, start: int) -> tuple[int, int] | None:
    """An unfilled date whose month went with its figures (`开工日期:年日`, `于年日签订`):
    after a date's label and colon or a word that leads a date; not `全年日均`."""
    lead = char_before(text, start)
    if lead in ":：":
        return (start, start + 2) if text[max(0, start - 3) : start - 1] in _DATE_NAMES else None
    return (start, start + 2) if lead in _DATE_LEADS else None


# What ends the line a form is sealed or signed on: `单位公章`, `（盖章）`, `负责人签字：`.
_SEALS = ("章", "签字", "签名", "簽字", "簽名")


def _under_seal(text: str, newline: int) -> bool:
    """True when the line that ends at ``newline`` is where the form is sealed or signed."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip(" \u3000:：)）")
    return line.endswith(_SEALS)


def _year_month_slot(text: str, start: int) -> tuple[int, int] | None:
    """An unfilled year and month with no day (`出生年月：    年    月`), or a range of them
    (`年月至年月`)."""
    both = _YEAR_MONTH_RANGE.match(text, start)
    if both is not None and not is_han(char_before(text, start)):
        return both.span()
    match = _YEAR_MONTH.match(text, start)
    stop = _gap_start(text, start)
    if match is None or start - stop < 2 or char_after(text, match.end()) == "日":
        return None
    lead = char_before(text, stop)
    if (is_han(lead) and lead not in _DATE_LEADS) or lead.isdigit() or lead.isalpha():
        return None
    return stop, match.end()


def _gap_start(text: str, start: int) -> int:
    """Where the run of spaces ending at ``start`` begins (``start`` when there is none)."""
    while start > 0 and text[start - 1] in _SPACES:
        start -= 1
    return start


def _wide(text: str, at: int) -> bool:
    """True when two spaces or more stand right before ``at`` or right from it."""
    return text[at : at + 2].strip(_SPACES) == "" or text[max(0, at - 2) : at].strip(_SPACES) == ""


def month_day_slot(text: str, start: int) -> tuple[int, int] | None:
    """An unfilled month and day with no year before them (`于  月  日前报送`)."""
    match = _MONTH_DAY.match(text, start)
    if match is None:
        return None
    stop = _gap_start(text, start)
    lead = char_before(text, stop)
    if lead == "每" and stop == start and match.end() - start > 3:
        return start + 1, match.end() - 1  # `每月   日前支付`: the day of the month left blank
    if start - stop < 2 or lead == "年" or (is_han(lead) and lead not in _DATE_LEADS):
        return None  # a date's 年 reports its own month and day
    if lead.isdigit() or (lead.isalpha() and not is_han(lead)):
        return None
    return stop, match.end()
