"""FC401-FC409: redaction traces and masks, as tables of (text, expected (code, line, column))."""

from __future__ import annotations

import pytest

from helpers import positions, rule_table

# A government work report republished with its figures and names masked (after xiaomilidoc).
MASKED_REPORT = (
    "各位代表：\n现在，我代表市人民政府向大会报告工作。过去五年和2021年工作回顾：地区生产总值突破X亿元，"
    "年均增长x.x%；规模以上工业增加值达X亿元、年均增长x.x%，X铁路、X高速建成通车，"
    "x港澳大湾区（X）农业合作平台加快建设，与澳门金融合作业务量突破X亿元。"
)

MUST_FIRE = [
    # deletion traces
    ("用好“学习强国、甘肃党建、”等党员日常学习教育平台", [("FC401", 1, 13)]),
    ("参加人员：张三、、李四", [("FC401", 1, 8)]),
    ("聚焦发展、，推动落实", [("FC401", 1, 5)]),
    ("包括学习、调研、。", [("FC401", 1, 8)]),
    ("开展“、清廉机关”创建", [("FC401", 1, 3)]),
    ("根据《》要求，结合实际制定本方案", [("FC402", 1, 3)]),
    ("深入开展“”主题教育", [("FC402", 1, 5)]),
    ("坚持和发展中国特色.主义", [("FC403", 1, 10)]),
    ("学习贯彻党的.精神，以.为统领", [("FC403", 1, 7), ("FC403", 1, 12)]),
    ("市 *** 常务会议研究部署了相关工作", [("FC404", 1, 3)]),
    # a filtered novel that uses half-width commas but ends its sentences with 。
    (
        "經過近一個月的精心籌備,劉天水召開的第一次市.委全會馬上就要開幕了。\n"
        "東川市.委的各位常委同志正在作上臺前的最後準備。",
        [("FC403", 1, 23), ("FC403", 2, 4)],
    ),
    ("召开 ＊＊ 专题会议", [("FC404", 1, 4)]),
    # a word filter's stars for a name no writer fills in (xiaoniaonet)
    (
        "1.坚定维护***总书记的核心地位,全面贯彻***新时代中国特色社会主义思想,是新时代中国***人的追求。",
        [("FC404", 1, 7), ("FC404", 1, 23), ("FC404", 1, 46)],
    ),
    # masks inside a word
    ("加强党的ZZ建设，落实DJ工作责任", [("FC405", 1, 5), ("FC405", 1, 12)]),
    ("把政X建设摆在首位", [("FC405", 1, 3)]),
    ("会议室设在省zf的会议室内。", [("FC405", 1, 7)]),
    # a public record republished masked: its masks are redaction, not slots
    (
        MASKED_REPORT,
        [("FC409", 2, n) for n in (43, 51, 66, 74, 79, 83, 91, 98, 123)],
    ),
    # masked here, clear there
    ("融入天津市专精特新培育工作，落实**市中小企业发展19条", [("FC406", 1, 17)]),
    ("联系电话138****5678。\n经核实，来电人电话为13812345678。", [("FC406", 1, 5)]),
    ("落实XX市中小企业政策。\n支持许昌市中小企业发展", [("FC406", 1, 3)]),
    ("身份证号11010519******002X，\n另见110105194912310021", []),
    ("身份证号1101051949******21，另见110105194912310021", [("FC406", 1, 5)]),
    # partial masks that reveal the value together
    ("联系电话138****5678，回访电话1381234****。", [("FC407", 1, 21)]),
]

MUST_NOT_FIRE = [
    # real text around the same punctuation
    "坚持“两个毫不动摇”，巩固和发展公有制经济、鼓励支持引导非公有制经济发展。",
    "一、指导思想\n二、工作目标\n三、主要任务",
    "书名号《》用于标示书名、篇名、报纸名、刊物名等。",
    '中文引号“”与英文引号""的用法不同。',
    "会议时间为（  ），地点另行通知。",
    "详见附件1.2节和报告.docx，访问 www.gov.cn 了解更多。",
    "全市生产总值达到1234.5亿元，增长6.5%。",
    "计算 a * b 的值；* 第一项工作",
    "* * *",
    "- **项目管理**：按计划推进",
    "爱新觉罗·溥仪、马克思·恩格斯",
    "“7·20”特大暴雨灾后重建基本完成",
    # Latin letters that are words, variables and placeholders, not masks
    "进行X光检查，X射线探伤，X轴与Y轴",
    "X線胸片檢查是一種利用X射線穿透人體胸部組織形成影像的檢查",
    "设X为自变量，则Y随X增大而增大",
    "部署了XXL-JOB调度平台，购买了iPhone X一台",
    "CPU占用率下降，GDP增长，AI应用落地",
    "尺码为XL、XXL，型号为X型",
    "发展党员X名，完成X项任务",
    "DJ表演、ZZ Top乐队",
    # places written out with no mask, masks with nothing written out
    "天津市、北京市、上海市协同推进",
    "落实**市中小企业发展19条，支持**县企业创新",
    "落实XX市中小企业政策，推动城市更新",
    "2023年XX市政府工作报告\n许昌市2023年项目建设成效显著",
    "召开XXX市加快城镇建设会议\n安排部署全市加快城镇建设",
    # numbers: clear only, masked consistently, and numbers that are not personal data
    "服务热线12345，联系电话13812345678",
    "联系电话138****5678，回访电话138****5678",
    "统一社会信用代码91110000100000000X",
    "订单号20230101123456789，金额100元",
    # half-width text whose dots end sentences (scraped pages)
    "疑是民间疾苦声.些小吾曹州县吏,一枝一叶总关情”.脱贫攻坚,是一场战役.",
    "2016年,奉节县人均纯收入达到7409元.“衙斋卧听萧萧竹,疑是民间疾苦声.些小吾曹州县吏,"
    "一枝一叶总关情”.脱贫攻坚,是一场战役.\n全县脱贫攻坚取得决定性胜利。",
    # headings numbered with a dot; a sharing site's copy mark after 的 (FC507)
    "一.人员编制:\n二.工作职责:负责接待工作。\n三.任职条件:大专以上学历。",
    "2、甲方负责向乙方提供经销产品的合法证件,乙方有责任维护甲方产品的.声誉,杜绝销售过期变质产品。",
    # an item number before a list comma where a chunk was cut
    "1、关于开展回头看的情况报告\n2、、xx日,先后召开镇党政班子联席会议",
    # a template's stars for the writer's own names and counts (FC101)
    "全年召开支委会**次，***同志作报告，中国**公司中标，**书记讲话。",
    # dots separating a list's items in one clause
    "价格的组成包括:设备设计费.制造费.设备出厂前预装费.涂漆包装费.配套件费.技术资料费。",
    # one stray dot in scraped half-width text: a slip, not a filter
    "2019年,全省学前三年教育毛人园率达98%以上:高中阶段教育毛.人学率达99%以上。",
    # lower-case Latin words in technical prose
    "用js的方法处理数据,在sj表中设置zf字段",
    # masked templates, not masked public records (FC1 reports them)
    "2022年全年召开支委会**次，党员大会**次，主题党日**次，讲党课**次，"
    "观看警示教育片**次，走访**户，慰问**人，捐助**元，获甘肃省委表彰。",
    "各位代表：\n现在，我代表市人民政府向大会报告工作。202x年预计全市生产总值突破X亿元，增长X%，"
    "投资X亿元，增长X%，收入X亿元，增长X%，X个项目开工，完工X个。",
    "各位代表：2021年，许昌市生产总值X亿元，增长X%，投资X亿元，增长X%，收入X亿元，"
    "增长X%，X个项目于X月X日开工。",
    # a sample form's page numbers masked (FC102), not a word's character
    "页次:第X页,共X页 |\n核发机关:◯◯◯◯◯户政事务所",
]


# The rules that judge text; FC408 lists masked data and is tested on its own below.
TRACES = ["FC401", "FC402", "FC403", "FC404", "FC405", "FC406", "FC407", "FC409"]


test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, TRACES
)


PERSONAL_DATA = [
    ("当事人张某某，联系电话138****5678。", [("FC408", 1, 4), ("FC408", 1, 12)]),
    ("经查，李某于2023年5月到岗", [("FC408", 1, 4)]),
    ("身份证号110105********0021", [("FC408", 1, 5)]),
    ("在某些方面，提高某项能力，某某单位", []),
    ("1#发表于:2012-06-15 17:44:44  - IP:203.95.*.*", [("FC408", 1, 33)]),
    ("版本 1.2.3.4 发布，服务器 IP 10.0.0.1，通配 *.*.*.*", []),
    (
        "當事人張某\n對張某作出如下行政處罰決定\n附則張某不服本決定的，可以申請復議。",
        [("FC408", 1, 4), ("FC408", 2, 2), ("FC408", 3, 3)],
    ),
    ("对高某项工作进行考核，提高某项能力", []),
    ("对于某一问题，关于某种情况", []),
]


@pytest.mark.parametrize(("text", "expected"), PERSONAL_DATA)
def test_masked_personal_data_is_listed_when_selected(text, expected):
    assert positions(text, "FC408") == expected


def test_masked_personal_data_is_listed_at_info_by_default():
    from fillcheck import audit_text

    findings = audit_text("当事人张某某，联系电话138****5678。")
    assert [(f.rule, f.severity) for f in findings if f.category == "redaction"] == [
        ("FC408", "info"),
        ("FC408", "info"),
    ]


def test_leak_message_names_both_places():
    from fillcheck import audit_text

    (finding,) = audit_text("融入天津市专精特新培育工作，落实**市中小企业", select=["FC406"])
    assert finding.message == (
        "`**市` masks a place that the document writes out as `天津市` at line 1, column 3"
    )


def test_masked_public_record_is_redaction_not_placeholder():
    assert positions(MASKED_REPORT, ["FC101", "FC102"]) == []
    template = MASKED_REPORT.replace("2021年", "202x年")  # a date left to fill: a template
    assert positions(template, "FC409") == []
    expected = [("FC102", 2, n) for n in (28, 43, 51, 66, 74, 79, 83, 91, 98, 123)]
    assert positions(template, ["FC102"]) == expected


def test_filter_stars_are_redaction_and_template_stars_placeholders():
    text = "坚定维护***总书记的核心地位，全年召开支委会**次，***同志作报告。"
    assert positions(text, ["FC101", "FC404"]) == [
        ("FC404", 1, 5),
        ("FC101", 1, 24),
        ("FC101", 1, 28),
    ]
