"""FC105: bracketed slots as real templates write them, and real brackets that stay silent.

Rows are real text from 证明, 离职证明 and 请假条 templates, court and journal text and code
tutorials (`tests/corpus/labeled/SOURCES.md` names the pages), or close copies of it:
text, expected [(code, line, column)] for FC105.
"""

from __future__ import annotations

import pytest

from helpers import positions

MUST_FIRE = [
    # field names the template leaves for the writer
    (
        "兹有员工[姓名],性别[性别],身份证号码为[具体号码]。",
        [("FC105", 1, 5), ("FC105", 1, 12), ("FC105", 1, 23)],
    ),
    (
        "担任 [职务] 职务,自 [入职年月] 至 [离职年月/至今] 期间",
        [("FC105", 1, 4), ("FC105", 1, 14), ("FC105", 1, 23)],
    ),
    ("我因[请假事由],需要请假[请假时间]。", [("FC105", 1, 3), ("FC105", 1, 14)]),
    # a label followed by more text in brackets is no Markdown link
    (
        "兹证明:[姓名](身份证号:[身份证号]),在我公司担任[部门][岗位]。",
        [("FC105", 1, 5), ("FC105", 1, 15), ("FC105", 1, 29), ("FC105", 1, 33)],
    ),
    # an example or a note after the label; an instruction however long
    ("由于[离职原因(如个人发展、合同期满等)]原因提出离职", [("FC105", 1, 3)]),
    ("本单位名称为[单位全称],由【单位名称（全称）】盖章。", [("FC105", 1, 7), ("FC105", 1, 15)]),
    ("主要成绩:[填写本单位本年度主要工作成绩和亮点]。", [("FC105", 1, 6)]),
    ("成绩:[填写……]", [("FC105", 1, 4)]),
    # in parentheses: a label standing alone after a colon or a space, an instruction
    ("致: (接收方全称)", [("FC105", 1, 4)]),
    ("授权期限自 (开始日期) 至 (结束日期)。", [("FC105", 1, 7), ("FC105", 1, 16)]),
    ("为我单位在 (具体事项) 上的代理人", [("FC105", 1, 7)]),
    # full-width brackets
    (
        "兹证明［姓名］同志于＜日期＞在｛单位名称｝工作。",
        [("FC105", 1, 4), ("FC105", 1, 11), ("FC105", 1, 16)],
    ),
    # single braces and Latin names or numbers in a label
    ("现将{项目名称}进展情况报告如下,负责人{姓名}。", [("FC105", 1, 3), ("FC105", 1, 21)]),
    ("软件名称为[APP名称],子项目为[项目2名称]。", [("FC105", 1, 6), ("FC105", 1, 18)]),
]

MUST_NOT_FIRE = [
    # citations, titles and notes in brackets
    "也是保障法律连贯性与稳定性的有效手段[1]。",
    "为合议庭、法官会议及审委会的讨论提供素材和参照[2]。",
    "发布《最高人民法院司法责任制实施意见(试行)》(下称《实施意见》)",
    # section heads
    "【摘要】本文讨论了裁判文书上网公开的进展。",
    "【导读】近日,一份通知在网上流传,引发争议。",
    "【填写说明】请按表格要求逐项填写。",
    "【补充说明】以下为补充内容。",
    "【项目】2023年度重点工程",
    "【关键词】类案;检索",
    # a journal's front matter, its labels joined into one line with their values
    "Clinical research [基金项目] 1、上海市虹口区特色专病建设项目",
    "Clinical research [基金项目]上海市虹口区特色专病建设项目",
    "[第一作者简介]钱美玲(1986.12- ),女,住院医师。 [通讯作者]张少平",
    # parentheses that annotate the word before them or refer to an annex
    "甲方（单位）：张三,合同金额（万元）,签字（盖章）",
    "群众反映问题较多(具体情况详见附件),已转办。",
    "本月受理诉求(具体详见附件2)。",
    "会议于（日期）另行通知。",
    # options to tick, and a Markdown link
    "是否同意[是/否],性别[男/女]",
    "详见[单位](https://example.com/a)。",
    # code, markup and LaTeX
    'message = f"你好,我的名字是 {name},我今年 {age} 岁。"',
    'greeting = "你好,{} 来自 {}。".format(name, city)',
    'info = "{0} 的年龄是 {1}。{0} 住在 {2}。"',
    "公式 \\text{面积} 与 x^{项目} 的关系",
    "第一行<br>第二行",
    "【摘要】见［1］和＜附件＞。",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_slot_fires(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(text, "FC105") == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_real_brackets_stay_silent(text: str) -> None:
    assert positions(text, "FC105") == []
