"""FC102, FC104, FC105: the classes of masks and empty slots real templates use.

Each row is real text (or a close copy of it) from templates, contracts and
scraped pages: text, expected [(code, line, column)] for the FC1 rules.
"""

from __future__ import annotations

import pytest

from helpers import positions

MUST_FIRE = [
    # a lone letter naming a place or project, in a document that masks values
    (
        "X个总规重编，XX镇办公。X重建高效推进。",
        [("FC102", 1, 1), ("FC102", 1, 8), ("FC102", 1, 14)],
    ),
    (
        "总面积X平方米，X亿元；X铁路、X高速建成。",
        [("FC102", 1, 4), ("FC102", 1, 9), ("FC102", 1, 13), ("FC102", 1, 17)],
    ),
    (
        "达X公里,X亿元;X高速、x港澳大湾区(X)平台",
        [("FC102", 1, 2), ("FC102", 1, 6), ("FC102", 1, 10), ("FC102", 1, 14), ("FC102", 1, 21)],
    ),
    # a name glued to the count after it, and a list of masked names
    ("负责xx、xx、XX4个乡镇的垃圾清运", [("FC102", 1, 3), ("FC102", 1, 6), ("FC102", 1, 9)]),
    # a date range whose dashes hide the unit of its first end
    ("会议时间×月×————×日", [("FC102", 1, 5), ("FC102", 1, 7), ("FC102", 1, 12)]),
    # year and document-number masks
    ("20XX专业合同封面", [("FC102", 1, 3)]),
    ("根据农发2022xx号文件", [("FC102", 1, 9)]),
    ("电话:XXXX-XXXXXXX,邮箱", [("FC102", 1, 4)]),
    ("电话:XXXX-XXXXXXX,邮箱:xx@email.com。", [("FC102", 1, 4), ("FC102", 1, 20)]),
    # stars set apart by spaces for a name inside a sentence
    ("Throughout the year, * * * arranged hundreds", [("FC101", 1, 22)]),
    ("由* * *同志负责", [("FC101", 1, 2)]),
    # stars for names beside punctuation, in a document that masks with stars
    (
        "推进“一心(*新城)、五路(沙赤大道、*大道)”建设，“活力*、美誉*”，永社公路*段",
        [("FC101", 1, 7), ("FC101", 1, 20), ("FC101", 1, 31), ("FC101", 1, 35), ("FC101", 1, 42)],
    ),
    ("以“香约**,桃醉天下”为主题的第四届****桃花节", [("FC101", 1, 5), ("FC101", 1, 20)]),
    # empty value slots: a unit with nothing before it
    ("甲乙双方于年月日签订为期年的劳动合同", [("FC104", 1, 6), ("FC104", 1, 13)]),
    ("甲乙雙方于年月日簽訂，自年月日起解除", [("FC104", 1, 6), ("FC104", 1, 13)]),
    ("共計元,大寫(xiě)元,甲方同意", [("FC104", 1, 3), ("FC104", 1, 12)]),
    ("经济补偿金共计人民币元。", [("FC104", 1, 11)]),
    ("办理完工作移交手续后日内一次性支付", [("FC104", 1, 11)]),
    ("开发总金额为 元 (大写: 整),软件", [("FC104", 1, 7), ("FC104", 1, 14)]),
    ("预付保证金 元(大写： 整)", [("FC104", 1, 6), ("FC104", 1, 12)]),
    ("乙方将在 个工作日内完成", [("FC104", 1, 5)]),
    ("包干价为人民币(大写)        (¥    元)", [("FC104", 1, 12), ("FC104", 1, 22)]),
    ("本合同签订后    日内,甲方支付人民币    元工程款", [("FC104", 1, 7), ("FC104", 1, 21)]),
    (
        "总价为人民币 万元( 整人民币),计人民币 万元( 元整)",
        [("FC104", 1, 7), ("FC104", 1, 11), ("FC104", 1, 22), ("FC104", 1, 26)],
    ),
    ("合同总价共计　　　　元，在　　日内付清", [("FC104", 1, 7), ("FC104", 1, 14)]),
    ("（盖章）\n    年   月   日", [("FC104", 2, 5)]),
    ("日期： 年 月 日", [("FC104", 1, 5)]),
    ("开发《 》(以下简称本软件)", [("FC104", 1, 3)]),
    ("The year 20__ is coming.", [("FC104", 1, 12)]),
    # a slot label in parentheses
    ("请联系(联系人姓名),电话", [("FC105", 1, 4)]),
    ("报送（单位名称）审核", [("FC105", 1, 3)]),
    # options for the writer to pick from, in single or doubled brackets
    ("五、要求:[纪律/材料准备等]", [("FC105", 1, 6)]),
    ("五、要求:[[纪律/材料准备等]]\n六、联系人:[[姓名]]", [("FC105", 1, 6), ("FC105", 2, 7)]),
    # a range of empty dates across a dash
    ("自年月日-年月日止", [("FC104", 1, 2), ("FC104", 1, 6)]),
    ("任职时间:年月日- 年月日", [("FC104", 1, 6), ("FC104", 1, 11)]),
    ("聘期：年月日～年月日", [("FC104", 1, 4), ("FC104", 1, 8)]),
    # a template's lost underline: a double gap inside a sentence
    (
        "甲方委托乙方进行  项目的设计，合同总价共计元，为期年。",
        [("FC104", 1, 9), ("FC104", 1, 23), ("FC104", 1, 27)],
    ),
    (
        "经协商，同意在  区设立分支机构，于年月日签订，共计元。",
        [
            ("FC104", 1, 8),
            ("FC104", 1, 19),
            ("FC104", 1, 27),
        ],
    ),
    # `×` runs before ASCII noise and masks glued to an upper-case word, in a document
    # that masks values
    (
        "致×××abc公司：今年发展党员XX名，预备党员X名",
        [
            ("FC102", 1, 2),
            ("FC102", 1, 17),
            ("FC102", 1, 25),
        ],
    ),
    (
        "个人简历XXXPERSONAL RESUME\n姓名：XXX，发展党员XX名",
        [
            ("FC102", 1, 5),
            ("FC102", 2, 4),
            ("FC102", 2, 12),
        ],
    ),
]

# Real text that must stay silent.
MUST_NOT_FIRE = [
    # lone letters where no value is masked elsewhere in the document
    "对X系列产品进行检测",
    "在x轴方向上，X型钢与X光片",
    "iPhone X发布会上，Windows X系统",
    # Latin words, sizes, hex, products and arithmetic next to digits
    "部署了XXL-JOB调度平台，x86服务器，3x3矩阵，0x1F，2x速度",
    "尺码XL、XXL、XXXL",
    "型号为RTX20系列显卡",
    "版本v20__draft与a20__b",
    "函数f(x)的值，g(X)为集合",
    # everyday units that follow a word taking a number
    "出生年月日：1990年5月1日",
    "按年月日顺序排列",
    "单位：元",
    "金额单位： 万元",
    "以人民币元为单位，金额（人民币元）",
    "在日内瓦召开会议",
    "日内\n天内完成\n个工作日",
    "全心全意为 人民服务",
    "共计12元，为期3年，大写壹万元整",
    "总金额为 5000 元，在 2 个工作日内支付",
    "在 年底前完成，在 月底前报送",
    "项目 单价 元\n电脑 5000 元",
    "包干价为人民币(大写)壹拾万元整(¥100000元)，大写： 壹万元整",
    "会议结束后 日本代表团离开，随后 天津队入场，此后 人们散去",
    # a finished letter's signature block and a filled date
    "北京市财政局（盖章）\n2023年5月10日",
    "签订日期：2023年 5月 10日",
    "二〇二三年 五月 十日",
    # empty brackets and parentheses that are not slots
    "书名号《》的用法",
    "甲方（名称）：北京市财政局",
    "（单位）负责",
    "请提交（姓名）：张三",
    # footnote stars and Markdown emphasis beside punctuation
    "该数据为估算值*，仅供参考",
    "这是**“重点”**内容，**注意：**请按时，*（一）*部分",
    "数据来源：统计局*\n*注：本表数据截至2023年底。",
    # LaTeX, size tables and code
    "设 $x$ 为实数，$3\\times 3$ 矩阵，$\\frac{x}{2}$，x^2 + y^2",
    "尺码 S M L XL XXL\n胸围 84 88 92 96 100\n单位 厘米 厘米 厘米",
    "for x in range(10): total += x * 2  # 计算 x 的两倍",
    "正则 [a-z]x{2,3} 匹配 xx 或 xxx 字符",
    # Markdown, code, e-mail addresses
    "**重点**工作按期完成，* * *",
    "text\n\n* * *\n\n- * * *\n计算 3 * 4 * 5",
    "联系邮箱:xiaoxx@163.com，或发至 xx@example.com",
    "`x = '年 月 日'`",
    # double gaps in menus, headings and sentences of documents that are no templates
    "首页  党建信息  组织发展  宣传教育  作风廉政  教工之家",
    "小草范文网  发布于:2016-10-23  分类: 劳动合同 手机版",
    "甲方委托乙方进行  项目的设计。",
    "第一章  总则\n第一条  为规范管理，制定本办法。",
    # dashes after dates and words that are not empty dates
    "出生年月日-籍贯-民族",
    "按年月日-时分秒的顺序排列",
    # `×` as multiplication and sizes, and bracketed words that are no slots
    "(×2倍為圍度)，托盘规格800×1000mm800×1200mm",
    "【通知/公告】关于开展工作的通知",
    "见[[会议纪要]]与[图/表]，选择[是/否]",
    "致×××abc公司",
    "个人简历XXXPERSONAL RESUME",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_must_fire(text, expected):
    assert positions(text, "FC1") == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_must_not_fire(text):
    assert positions(text, "FC1") == []


def test_lone_letters_need_masked_values_and_spare_latin_words():
    """In a document that masks values, real Latin uses next to Chinese stay silent."""
    text = "发展党员XX名，培训X次。进行X光检查，X射线探伤，X轴方向，设X为变量，iPhone X发布。"
    assert positions(text, "FC1") == [("FC102", 1, 5), ("FC102", 1, 11)]


def test_glued_masks_spare_sizes_and_names():
    """Beside masked values, `XXXL`, `XXL-JOB`, `XXXHOLiC` and `3×3` stay silent."""
    text = "发展党员XX名，X名。尺码XXXL，XXL-JOB，XXXHOLiC，3×3，Model ××A型"
    assert positions(text, "FC1") == [("FC102", 1, 5), ("FC102", 1, 9)]


def test_spaced_labels_of_a_template_are_no_lost_underlines():
    """`姓　　名：` spaces a label out; the gap in a heading after its number is spacing."""
    text = "姓　　名：张三，共计元，为期年。\n地　　址：北京市，邮编\n一、  总体要求，共计元"
    assert positions(text, "FC1") == [
        ("FC104", 1, 11), ("FC104", 1, 15), ("FC104", 3, 12),
    ]  # fmt: skip


def test_one_letter_mask_is_not_evidence_enough():
    assert positions("发展党员XX名。X重建推进。", "FC1") == [("FC102", 1, 5)]


def test_empty_slot_messages_name_the_value():
    from fillcheck import audit_text

    messages = [f.message for f in audit_text("于年月日签订，共计元，总金额为 元")]
    assert messages == [
        "blank `年月日` left where the date belongs",
        "blank `共计元` left where the amount of money belongs",
        "blank ` ` left where the amount of money belongs",
    ]


def test_more_clean_rows_than_firing_rows():
    assert len(MUST_NOT_FIRE) > len(MUST_FIRE)
