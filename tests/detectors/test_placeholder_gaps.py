"""FC101-FC105 and FC401/FC404: blanks left as spaces, slots whose mark was lost, and the
real text around masks and list marks that must stay silent.

Rows are real text from templates, contracts, format guides and official reports
(`tests/corpus/labeled/SOURCES.md` names the pages), or close copies of it:
text, the rule prefix selected, expected [(code, line, column)].
"""

from __future__ import annotations

import pytest

from helpers import positions

MUST_FIRE = [
    # a form's empty fields: spaces between a label and the next label
    ("姓名：      性别：      出生年月：", "FC1", [("FC104", 1, 4), ("FC104", 1, 13)]),
    ("联系人：            联系电话：", "FC1", [("FC104", 1, 5)]),
    ("甲方（签章）：          乙方（签章）：", "FC1", [("FC104", 1, 8)]),
    ("姓名：      性别：      \n", "FC1", [("FC104", 1, 4), ("FC104", 1, 13)]),
    # a wide gap before a counting unit
    ("本次会议应到      人，实到      人。", "FC1", [("FC104", 1, 7), ("FC104", 1, 17)]),
    ("参加人数：共      人", "FC1", [("FC104", 1, 7)]),
    ("全村共有      户。", "FC1", [("FC104", 1, 5)]),
    ("本合同有效期      年，期满后另行协商。", "FC1", [("FC104", 1, 7)]),
    # a wide gap after a label or an ordinal, and an empty year and month
    ("工作年限：    年", "FC1", [("FC104", 1, 6)]),
    ("依照本合同第    条的规定", "FC1", [("FC104", 1, 7)]),
    ("出生年月：    年    月", "FC1", [("FC104", 1, 6)]),
    # empty dates: the gap before an empty year, a blank month and day
    ("双方于    年    月    日签订本协议。", "FC1", [("FC104", 1, 4)]),
    ("填表日期：2023年   月   日", "FC1", [("FC104", 1, 11)]),
    ("请于  月  日前报送。", "FC1", [("FC104", 1, 3)]),
    ("当工期进度过半(年月日),甲方即第二次付施工工费的40%。", "FC1", [("FC104", 1, 9)]),
    ("租期暂定年,即年月日至年月日。", "FC1", [("FC104", 1, 5), ("FC104", 1, 8), ("FC104", 1, 12)]),
    # slots whose underline was lost
    ("本合同一式份,甲乙双方各执份。", "FC1", [("FC104", 1, 6), ("FC104", 1, 14)]),
    ("房屋结构为钢筋混凝土,建筑面积平方米。", "FC1", [("FC104", 1, 16)]),
    (
        "二、该物业每月租金人民币_ 元正(¥____________ 元)。",
        "FC1",
        [("FC104", 1, 13), ("FC104", 1, 19)],
    ),
    # one space where a yuan, a percent or a year had its number (traditional script too)
    (
        "(一)租金標準: 元/月,總計 年 個月,應提前 日通知。",
        "FC1",
        [("FC104", 1, 9), ("FC104", 1, 16), ("FC104", 1, 18), ("FC104", 1, 25)],
    ),
    (
        "暂定为每日工资 元×25.5=月工资元。晋级加薪每年的月工资增 元至_ 元不等。",
        "FC1",
        [("FC104", 1, 8), ("FC104", 1, 19), ("FC104", 1, 32), ("FC104", 1, 35)],
    ),
    ("同意,提前解除双方于 0000年 00 月 00 日签订的劳动合同。", "FC1", [("FC104", 1, 12)]),
    ("年月至年月延時加班合計:", "FC1", [("FC104", 1, 1)]),
    ("20xx年x月x\n", "FC1", [("FC102", 1, 3), ("FC102", 1, 6), ("FC102", 1, 8)]),
    # masks: an hour, names listed with spaces, a date's day
    (
        "时间:××年×月×日×时\n出席人:xx xx xx ……",
        "FC1",
        [
            ("FC102", 1, 4),
            ("FC102", 1, 7),
            ("FC102", 1, 9),
            ("FC102", 1, 11),
            ("FC102", 2, 5),
            ("FC102", 2, 8),
            ("FC102", 2, 11),
        ],
    ),
    ("全年召开会议*次，其中5月*号举行专题会。", "FC1", [("FC101", 1, 7), ("FC101", 1, 14)]),
    # `建设` and `202x` do no algebra: the masks stay masks
    ("加快建设x个中心，202x年工作目标", "FC1", [("FC102", 1, 5), ("FC102", 1, 13)]),
    # stars cutting a word in a text that masks nothing else: a word filter
    ("六、加强**建工作", "FC4", [("FC404", 1, 5)]),
    ("就必须遵守官场潜*规则!", "FC4", [("FC404", 1, 9)]),
    # square and lenticular brackets holding nothing but spaces
    ("根据甲方与 公司签订的编号为【 】的《墙纸战略采购协议书》", "FC1", [("FC104", 1, 15)]),
    ("金额【   】元,地址:〔  〕", "FC1", [("FC104", 1, 3), ("FC104", 1, 13)]),
    # a date written with figures, every figure masked or the year's last ones
    ("日期：XXXX.XX.XX,截止XXXX-XX-XX前", "FC1", [("FC102", 1, 4), ("FC102", 1, 17)]),
    ("于202X.XX.XX提交,出生日期：19XX-XX-XX。", "FC1", [("FC102", 1, 5), ("FC102", 1, 22)]),
    # a value word and 为 before a unit with no number (`租赁期为年`, `乙方奖金为元`)
    ("3-1.该房屋租赁期为年,自开始至", "FC1", [("FC104", 1, 12)]),
    ("乙方奖金为元,差旅费、交通费另计。", "FC1", [("FC104", 1, 6)]),
]

MUST_NOT_FIRE = [
    # masked addresses and versions are no dates
    "IP地址：192.XX.XX.XX,abcXXXX-XX-XX,版本V1.XX.XX",
    # a Markdown task, code's brackets, a checkbox beside a bracket
    "- [ ] 完成周报\n- [x] 提交材料",
    "x = a[ ]",
    "是否同意:□[ ]",
    # 为 before a word that starts with a unit
    "本项目资金为元宇宙研究专项,工期为年度计划的一部分。",
    "学费为年轻人减免,工资为月度考核后发放。",
    # spaces for layout: values after labels, filled signature blocks, spaced headings
    "时间：  2023年5月1日  地点：  三楼会议室",
    "甲方：张三          乙方：李四",
    "电话(手机):  2233  邮编:  ",
    "工 作 总 结",
    "姓　　名：张三",
    # a library catalogue's labels spaced out to one width, a space before the colon
    "书       名 :\n著       者 :",
    "出生年月日：1990年5月",
    "2023年 3 月 5 日召开",
    # poetry, table headers, code, a site's byline
    "白日依山尽，  黄河入海流。",
    "千山鸟飞绝  万径人踪灭",
    "序号    姓名    人数    金额",
    "for i in range(10):    print(i)",
    "http:  //example.com",
    "撰稿: 编辑:许津然 来源:2023-05-06",
    "发布时间:2023-05-06  浏览次数: 字号: 色调调节:",
    "金额单位：  万元",
    "项目 单价 元\n电脑 5000 元",
    "人数：  300人",
    "时间：  2023年  月",
    "日期格式：年月日",
    "耕地面积年均减少2%",
    "来源：      作者：      浏览次数：",
    "上传时间：  页数：  ",
    # `x` as the variable of a word problem
    "设甲组单独完成此项工程需要x天,则乙组单独完成此顶工程需要(x+2)天.",
    "若每件降价x元，则每天可多售出2x件。",
    "解：设每天生产x个零件，则",
    # the star sign named or defined, and 本 starting a word
    "说明：带“*”的项必须填写，标*号的为必填项。",
    "注：*为重点项目，**为新开工项目。",
    "*本届会议共收到提案512件。",
    "其中：*号表示同比下降。",
    "以下带*项目必须填写",
    # 某 as an example, and anonymised persons (FC408 lists them, at info)
    "基层干部的规矩意识,如某乡镇在报告中特别提及查处9起违章建筑",
    # a journal's labels with their values
    "〔中图分类号〕D267 〔文献标识码〕A 〔文章编号〕2095-8048-(2019)04-0025-05",
    "[中图分类号]  D262   [文献标识码]  A       [文章编号]  1009-928X(2024)03-0096-03",
    # numbering styles and the enumeration comma quoted in format guides
    "公文序号通常按照“一、(一)、1、(1)”这样的层级结构进行排列。",
    "首先,“一、”作为第一级序号,用于标识大段落。",
    "接下来是“1、”,即第三级序号。",
    "并列词语之间用顿号“、”隔开，不用逗号“，”。",
    "顿号（、）表示句子内部并列词语之间的停顿。",
    "通常情况下,一级标题用“一、”,二级标题用“(一)”,三级标题用“1.”。",
]


@pytest.mark.parametrize(("text", "select", "expected"), MUST_FIRE)
def test_must_fire(text, select, expected):
    assert positions(text, select) == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_must_not_fire(text):
    assert positions(text, ["FC1", "FC4"]) == []


def test_anonymised_persons_are_no_template_slots():
    """`廖某某`, `蓝某某`: a report names real persons anonymously (FC408, info), no slot."""
    text = "精准打掉廖某某等27人。办理了蓝某某、左某某等人诈骗案。"
    assert positions(text, ["FC1", "FC4"]) == [
        ("FC408", 1, 5), ("FC408", 1, 16), ("FC408", 1, 20),
    ]  # fmt: skip


def test_single_spaces_between_words_are_no_blanks():
    """PDF extraction joins lines with one space: in a template with blanks, a single
    space between two words or after a label is still no blank."""
    text = "经 甲 方提出, 乙 方同意,于年月日签订,共计元。\n乙方: 身份证号码:"
    assert positions(text, "FC1") == [("FC104", 1, 17), ("FC104", 1, 25)]


def test_stars_beside_masked_values_are_masks():
    """In a text that masks values with stars, a star inside a phrase is a mask too."""
    assert positions("全年召开会议*次，加强**建工作", ["FC1", "FC4"]) == [
        ("FC101", 1, 7), ("FC101", 1, 12),
    ]  # fmt: skip


def test_more_clean_rows_than_firing_rows():
    assert len(MUST_NOT_FIRE) > len(MUST_FIRE)
