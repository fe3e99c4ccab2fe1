"""FC102, FC104: dates masked with slashes, circles, low lines and Chinese numerals.

Templates mask a date as `XXXX/XX/XX` or `20XX/X/X`, leave `○月○日` or `＿年＿月＿日`,
and mask the last figures of a year written in numerals (`二〇XX年`, `二○○X年`).
A circle is also a real zero (`二○○八年`, `一〇〇`) and a bullet, a slash also a path
or a fraction: those rows stay silent. Rows: text, expected [(code, line, column)].
"""

from __future__ import annotations

import pytest

from helpers import positions, rule_table

MUST_FIRE = [
    ("签订日期：XXXX/XX/XX", [("FC102", 1, 6)]),
    ("出生日期：20XX/X/X，籍贯：XX省", [("FC102", 1, 8), ("FC102", 1, 18)]),
    ("会议定于○月○日在三楼会议室召开。", [("FC104", 1, 5), ("FC104", 1, 7)]),
    ("2023年〇月〇日", [("FC104", 1, 6), ("FC104", 1, 8)]),
    ("二〇XX年度工作计划", [("FC102", 1, 3)]),
    ("二○○X年上半年工作总结", [("FC102", 1, 4)]),
    ("一九XX年参加工作", [("FC102", 1, 3)]),
    ("日期：＿年＿月＿日", [("FC104", 1, 4), ("FC104", 1, 6), ("FC104", 1, 8)]),
    ("〇〇公司员工手册", [("FC104", 1, 1)]),
    ("签订时间：□年□月□日", [("FC104", 1, 6), ("FC104", 1, 8), ("FC104", 1, 10)]),
    ("本合同自[]年[]月[]日起生效", [("FC104", 1, 5), ("FC104", 1, 8), ("FC104", 1, 11)]),
    ("日期：_年_月_日", [("FC104", 1, 4), ("FC104", 1, 6), ("FC104", 1, 8)]),
    ("日期：__ 年 __ 月 __ 日", [("FC104", 1, 4), ("FC104", 1, 9), ("FC104", 1, 14)]),
    ("日期：＿ 年 ＿ 月 ＿ 日", [("FC104", 1, 4), ("FC104", 1, 8), ("FC104", 1, 12)]),
    ("项目总投资○○万元，由○○同志负责", [("FC104", 1, 6), ("FC104", 1, 12)]),
    ("ＸＸＸＸ／ＸＸ／ＸＸ", [("FC102", 1, 1)]),
    ("２０XX年度", [("FC102", 1, 3)]),
    ("金额：¥XXX.XX元", [("FC102", 1, 5)]),
    ("XX：\n    您好！", [("FC102", 1, 1)]),
    ("甲方代表：XXX（签字）", [("FC102", 1, 6)]),
    ("本次为第○届年会，共○人参加", [("FC104", 1, 5), ("FC104", 1, 11)]),
    ("发言记录：\nxx ……………………………\n", [("FC102", 2, 1)]),
]

MUST_NOT_FIRE = [
    # circles and ideographic zeros among numerals are zeros
    "二〇二三年工作总结",
    "二○○八年五月，第一批模块完成。",
    "一九九○年出生，共计一〇〇件。",
    "二〇一〇年十月一日",
    "二○一九年十二月二十日(星期五)前提交",
    "公元二〇〇〇年",
    "一○月份的工作安排",
    "第二〇〇号令",
    # a circle as a bullet or a mark
    "○ 第一点内容",
    "〇 第二点",
    "评价：○优秀 ○良好 ○合格",
    "图例：● 已完成 ○ 未完成",
    # slashes in paths, fractions and version strings
    "路径/XXXX/XX/XX/index",
    "比例为x/y的取值",
    "访问 http://x.com/xx/xx/xx 下载",
    "尺寸XXL/XL/L可选",
    "日期：2023/10/01，地点：北京",
    # checkboxes before a period, empty brackets in code and before a word
    "付款方式：□月付 □季付 □年付",
    "期限：□年 □月",
    "□日常 □周末",
    "数组a[]年份，调用f()元素",
    "int[]元数据",
    "见表()年度报告",
    # circles that are zeros of a number, and the 2000s
    "投资三○○万元",
    "编号○○七",
    "○○年代的老歌",
    # a lone circle as a bullet, a mark, or a zero before a unit
    "○人员安排",
    "○ 个人信息",
    "标有○的项目",
    "三○人",
    "二○○五年第一期",
    # a letter before a short ellipsis is speech, not a line to fill in
    "XX……好吧",
    "xx …\n",
    # underscores in identifiers and a year's digits
    "调用a_年份函数",
    "file_name__ 年报",
    # a line that opens with a letter and a colon, and a dialogue
    "X：横坐标",
    "xx：你好啊",
    "XXL：大号",
    "¥X",
    "型号为X（签字笔）",
    # a single numeral before a letter is no year
    "三X光片检查",
    # single low lines in identifiers
    "变量名为a＿b，函数名__init__",
    "文件名file_年度报告.docx",
]


test_must_fire, test_must_not_fire, test_more_clean_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC1"
)


# Single spaces where a name was left out make a document with one other blank a
# template once there are three of them; fewer, or none beside no blank, stay silent.
_AGREEMENT = (
    "1.乙方合作意向:就 品牌在网络销售及线上管理;\n"
    "2.我司与 有限公司合作方式为网络独家代理商,则 有限公司有义务提供其品牌;\n"
    "签订日期:____年\n"
)


def test_one_blank_and_three_single_gaps_make_a_template():
    assert positions(_AGREEMENT, "FC104") == [
        ("FC104", 1, 11), ("FC104", 2, 6), ("FC104", 2, 25), ("FC104", 3, 6),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no other blank: a line join may leave such spaces
        (_AGREEMENT.replace("____", "2023"), []),
        # one gap left beside the blank
        (
            _AGREEMENT.replace("就 品牌", "就本品牌").replace("则 有限", "则本有限"),
            [("FC104", 3, 6)],
        ),
        ("我司与 有限公司合作,资金到位;\n签订日期:____年\n", [("FC104", 2, 6)]),
        # determiners before the name: words a line join split
        ("本 公司与该 银行合作,各 分公司执行;\n签订日期:____年\n", [("FC104", 2, 6)]),
    ],
)
def test_too_few_single_gaps_stay_silent(text, expected):
    assert positions(text, "FC104") == expected


def test_a_line_of_mask_letters_is_a_mask_beside_other_masks():
    """`XXX` alone (a signature) or opening a line before a comma, in a masked template."""
    text = "XXX，男，汉族，19XX年X月出生\n特此证明。\nXXX\n"
    assert positions(text, "FC1") == [
        ("FC102", 1, 1), ("FC102", 1, 12), ("FC102", 1, 15), ("FC102", 3, 1),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "第一章\nXX\n正文内容，他来了。\nXXX\n",  # Roman numerals heading chapters
        "XX，你好\n",  # no other mask in the document
        "XXL\nXXXL\n尺码表",  # sizes
        "xx，,\n",  # no Chinese after the comma
    ],
)
def test_a_line_of_letters_without_other_masks_stays_silent(text):
    assert positions(text, "FC1") == []
