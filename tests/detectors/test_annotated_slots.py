"""Masks with the label that says what they stand for, masked date lines, format notes.

Rows are real text from 邀请函, 请示 and 离职证明 templates and from work reports and
notices (`tests/corpus/labeled/SOURCES.md` names the pages), or close copies of it:
text, expected [(code, line, column)].
"""

from __future__ import annotations

import pytest

from helpers import positions, rule_table

# Masks before their letters' evidence: a template that masks dates with letters.
_DATES = "谨订于20XX年XX月XX日\n"

# FC105: a label in parentheses after the blank or mask it annotates, or alone after a
# comma at the end of its clause.
SLOT_FIRE = [
    ("时间:———在———(地点)", [("FC105", 1, 11)]),
    ("地址:XXX餐厅,(具体地址或公交线路)", [("FC105", 1, 10)]),
    ("兹为我儿(女)———(姓名)举办满月宴", [("FC105", 1, 11)]),
    ("尊敬的[收件人称呼]:根据我单位工作需要", [("FC105", 1, 4)]),
    # a field's slot whose closing bracket the page lost at the end of its line
    ("此致\n敬礼!\n申请人:[姓名\n日期:[填写日期\n", [("FC105", 3, 5), ("FC105", 4, 4)]),
]
SLOT_SILENT = [
    "群众反映问题较多,(具体情况详见附件)。",
    "本月受理诉求,(具体详见附件2)。",
    "负责人(具体名单见附件)",
    "甲方（单位）：张三,合同金额（万元）",
    "会议于（日期）另行通知。",
    "引言——(时间)是最好的见证者",
    "各县(市)区人口计生局的主要负责人",
    "请于会后报送,(具体时间另行通知)。",
    "在Linux(时间)命令的输出中",
    "出具日期:[年月日\n负责人签字:",
    "参考文献:[注释\n",
    "见下表:[表1\n",
    "题目:[1\n",
]
test_slot_fires, test_slot_silent, test_slot_rows = rule_table(SLOT_FIRE, SLOT_SILENT, "FC105")

# FC102: a run of mask letters before the label that says what it stands for, before a
# blank of underscores, and a line of masked date parts. The first line of each row masks
# a date (the evidence a template gives); the second is the row's case.
_EVIDENCE = [("FC102", 1, 6), ("FC102", 1, 9), ("FC102", 1, 12)]
LETTER_FIRE = [
    (_DATES + "xxx(夫妻姓名)恭候", [("FC102", 2, 1)]),
    (_DATES + "XXX(邀请人)敬邀", [("FC102", 2, 1)]),
    (_DATES + "为吾儿(吾女)xx____举行百日酒席", [("FC102", 2, 8)]),
    (_DATES + "Xxxx,xxxx,xx,xx", [("FC102", 2, 1), ("FC102", 2, 6), ("FC102", 2, 11),
                                  ("FC102", 2, 14)]),
]  # fmt: skip
LETTER_SILENT = [
    _DATES + "调用 xxx(a, b) 即可",
    _DATES + "函数名为xx____init",
    _DATES + "设置my_xx____名称",
    _DATES + "abc,xxx,xx",
    _DATES + "XXL,XL,XXL",
    _DATES + "Linux(系统名称)",
    _DATES + "xxx,yyy,zzz",
    _DATES + "尺码:XXL/XL/XXXL",
]


@pytest.mark.parametrize(("text", "expected"), LETTER_FIRE)
def test_letter_fires(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(text, "FC102") == _EVIDENCE + expected


@pytest.mark.parametrize("text", LETTER_SILENT)
def test_letter_silent(text: str) -> None:
    assert positions(text, "FC102") == _EVIDENCE


def test_letter_rows() -> None:
    assert len(LETTER_SILENT) > len(LETTER_FIRE)


def test_letter_run_alone_needs_evidence() -> None:
    # no other mask in the text: `XXX` may be a Roman numeral, `xxx(…)` a call
    assert positions("xxx(夫妻姓名)恭候\nXxxx,xxxx,xx,xx", "FC102") == []


# FC104: the blank after a mask run; `年月日` in brackets after 日期 names a date's form.
BLANK_FIRE = [
    ("为吾儿(吾女)xx____举行百日酒席", [("FC104", 1, 10)]),
    ("签订（年月日）", [("FC104", 1, 4)]),
    # a date alone on its line under the seal or signature
    ("在___部们担任___职位。\n特此证明\n单位公章\n年月日", [("FC104", 1, 2), ("FC104", 1, 9),
                                                  ("FC104", 4, 1)]),
    # an address line's gap after its last unit, where the rest of the address was
    (
        "甲方:      乙方:     \n"
        "房屋坐落:   縣(市)   市(鄉、鎮、區)         路(街)                \n",
        [("FC104", 1, 4), ("FC104", 1, 13), ("FC104", 2, 6), ("FC104", 2, 13),
         ("FC104", 2, 24), ("FC104", 2, 37)],
    ),
]  # fmt: skip
BLANK_SILENT = [
    "需加盖单位公章,并标注成文日期(年月日)。",
    "出生日期（年月日）：1990年5月1日",
    "函数名为xx____init",
    "设置my_xx____名称",
    "调用__init__方法",
    "起止时间(年月)按实际填写",
    "房屋坐落:台北市(北區)中山路(街)  \n租金每月一萬元",
    "日期的写法\n年月日\n按顺序书写",
    "单位公章\n年月日排列",
    "单位名称\n年月日\n",
    "本案地址為新北市板橋區(原板橋市)文化路(一段)  \n",
]
test_blank_fires, test_blank_silent, test_blank_rows = rule_table(BLANK_FIRE, BLANK_SILENT, "FC104")

# FC406: a preposition before the text's own 市 or 县 is no place written out.
LEAK_FIRE = [
    ("融入天津市卫生局的工作，落实**市卫生局的部署。", [("FC406", 1, 15)]),
]
LEAK_SILENT = [
    "××市卫生局召开会议。根据市卫生局转发的关于认真做好工作的通知。",
    "××市文明委印发通知。按照市文明委制定的标准，逐项落实。",
    "××县委召开常委会。根据县委、县政府讨论的意见，抓好落实。",
    "【致辭人】××市人口計生委\n認真按照市人口計生委關於開展大討論的意見",
    "××区委部署工作。今年要按照区委“城市建设年”工作要求推进。",
]
test_leak_fires, test_leak_silent, test_leak_rows = rule_table(LEAK_FIRE, LEAK_SILENT, "FC406")
