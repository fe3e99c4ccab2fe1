"""FC101-FC106: placeholder rules, as tables of (text, expected (code, line, column))."""

from __future__ import annotations

import pytest

from helpers import positions

# Each row: text, expected [(code, line, column)] for the FC1 rules.
MUST_FIRE = [
    ("全年召开支委会**次，党员大会**次。", [("FC101", 1, 8), ("FC101", 1, 16)]),
    ("落实**市中小企业高质量发展19条", [("FC101", 1, 3)]),
    ("按照市**局要求，收集汇总", [("FC101", 1, 4)]),
    ("联合***等多家单位开展活动", [("FC101", 1, 3)]),
    ("《***提升中小企业竞争力若干措施》《***为专精特新》", [("FC101", 1, 2), ("FC101", 1, 20)]),
    ("在****村栽植油松1500余棵", [("FC101", 1, 2)]),
    ("全年共收党费****元，已全部上缴。", [("FC101", 1, 7)]),
    ("20**年度工作总结", [("FC101", 1, 3)]),
    ("办理时间平均缩短*％", [("FC101", 1, 9)]),
    ("学习党规党纪*篇，每位领导干部记录笔记*万字", [("FC101", 1, 7), ("FC101", 1, 20)]),
    ("共建＊＊项机制", [("FC101", 1, 3)]),
    ("XX名", [("FC102", 1, 1)]),
    ("深入学习贯彻党的XX大精神", [("FC102", 1, 9)]),
    ("教育引导区XXXX各基层党组织", [("FC102", 1, 6)]),
    ("忠诚践行“两个维护”的最XX接体现", [("FC102", 1, 13)]),
    ("20xx年工作计划", [("FC102", 1, 3)]),
    ("第ＸＸ届运动会", [("FC102", 1, 2)]),
    ("××同志任支部书记", [("FC102", 1, 1)]),
    ("2022年度某党组书记抓基层党建工作述职报告", [("FC103", 1, 7)]),
    ("某某单位于今年成立", [("FC103", 1, 1)]),
    ("经某局批准", [("FC103", 1, 2)]),
    ("本次活动共有____人参加", [("FC104", 1, 7)]),
    ("会议时间为（  ）", [("FC104", 1, 6)]),
    ("签名：________", [("FC104", 1, 4)]),
    ("□□村委会", [("FC104", 1, 1)]),
    ("现将【单位名称】2023年度工作总结报告如下", [("FC105", 1, 3)]),
    ("请联系[姓名]", [("FC105", 1, 4)]),
    ("欢迎{{name}}参加，由${org}主办", [("FC105", 1, 3), ("FC105", 1, 15)]),
    ("单位名称：（请填写单位全称）", [("FC106", 1, 6)]),
    ("单击此处输入文字。", [("FC106", 1, 1)]),
    ("第一段\n此处填写工作成效", [("FC106", 2, 1)]),
    # single letters before a unit, an ordinal or a date
    ("今年发展党员X名，获得第X名", [("FC102", 1, 7), ("FC102", 1, 13)]),
    ("召开会议X次，制作X张报表", [("FC102", 1, 5), ("FC102", 1, 10)]),
    ("X月X日召开会议，星期x下午", [("FC102", 1, 1), ("FC102", 1, 3), ("FC102", 1, 12)]),
    ("实现营业收入X亿元，完工X个", [("FC102", 1, 7), ("FC102", 1, 13)]),
    ("x书记主持会议，镇X委", [("FC102", 1, 1), ("FC102", 1, 10)]),
    # percentages, decimals and ranges
    ("同比增长X%，利用率达xx%", [("FC102", 1, 5), ("FC102", 1, 12)]),
    ("增长x.x%，达到X.X亿元，x-x月", [("FC102", 1, 3), ("FC102", 1, 10), ("FC102", 1, 16)]),
    # masks after ASCII punctuation, in quotes, after a pinyin gloss
    (",XX同志在;xx镇调研", [("FC102", 1, 2), ("FC102", 1, 8)]),
    ("开展“xx”计划", [("FC102", 1, 4)]),
    ("扣發(fā)xx元", [("FC102", 1, 7)]),
    # year slots
    (
        "202x年工作计划，〔20XX〕5号，20XX年度",
        [("FC102", 1, 4), ("FC102", 1, 14), ("FC102", 1, 22)],
    ),
    # 某 dates, short blanks, stars before a document number or a 某 name
    ("于某年某月某日召开会议", [("FC103", 1, 2)]),
    ("__月__日，身份证号码:__", [("FC104", 1, 1), ("FC104", 1, 4), ("FC104", 1, 14)]),
    ("***发〔2013〕5号", [("FC101", 1, 1)]),
    ("在*某某市委的领导下", [("FC101", 1, 2), ("FC103", 1, 3)]),
    # multiplication-sign masks, values standing alone after a label, long year masks
    ("定于×月×日召开××××会。", [("FC102", 1, 3), ("FC102", 1, 5), ("FC102", 1, 9)]),
    ("有关事宜(一)××××××××××。", [("FC102", 1, 8)]),
    ("四、XXXXXX", [("FC102", 1, 3)]),
    ("进度汇报人:XXX(职务/职称)", [("FC102", 1, 7)]),
    ("(会期×××,×××××报到。)", [("FC102", 1, 4), ("FC102", 1, 8)]),
    ("比20xxxx年增加", [("FC102", 1, 4)]),
    ("圆满兑现“X年跨X亿”庄严承诺", [("FC102", 1, 6), ("FC102", 1, 9)]),
    # traditional script, and pinyin glosses a script converter inserted
    ("經某單位批准，由某黨組負責", [("FC103", 1, 2), ("FC103", 1, 9)]),
    ("召開(kāi)XX(xx)屆會議", [("FC102", 1, 8)]),
    # short blanks before any unit, slots naming choices or instructions
    (
        "乙方应在合同签署后__天内完成，分__次付清，合格后的__%",
        [("FC104", 1, 10), ("FC104", 1, 18), ("FC104", 1, 28)],
    ),
    ("各[单位/部门]:", [("FC105", 1, 2)]),
    ("三、参会人员:[明确范围]", [("FC105", 1, 8)]),
]

# Real text that must stay silent: Markdown, code, Latin text, everyday 某, real values.
MUST_NOT_FIRE = [
    # a school notice giving the shape of an answer (zxb.zzlgxy.net, tests/corpus/labeled)
    "讨论情况(150-200字,某某学院某专业/教研室某某老师说或某某学院某专业某年级学生某某说),于3月5日下午15时前报送",
    "**重点工作**按期完成。",
    "这是**重点**内容，*斜体*也不算。",
    "**一、工作总结**",
    "* 第一项工作",
    "- **项目管理**：按计划推进。",
    "***",
    "* * *",
    "计算 a*b 与 3*4，复杂度 O(n*m)，x**2 为平方。",
    "**10**个支部全部达标。",
    "**个人**事项报告",
    "*注：本表数据截至2023年底。",
    "数据来源：统计局*",
    "手机号138****1234",
    "使用 `**/*.md` 匹配文件",
    "部署了XXL-JOB调度平台",
    "购买了iPhone XS一台",
    "访问 https://xx.example.com 或发邮件至 xx@example.com 查看",
    "变量 max_xx_value 的值",
    "XX世纪90年代",
    "Chapter XX of the book",
    "World War II and Louis XIV",
    "尺码为XXL和XL",
    "在某些方面还存在差距，某种程度上影响工作，某个环节，某一时期，某方面",
    "某项工作推进缓慢，某处存在隐患，某次会议",
    "二○○八年五月",
    "调用 __init__ 方法",
    "________",
    "□是 □否",
    "【编辑：张三】",
    "【重要提示】请注意安全",
    "【活动时间】2023年5月1日",
    "【典型案例】推进改革的经验",
    "请填写附件1报名表，并于5月10日前报送",
    "在此基础上填写完善台账",
    "在函数 f(x) 中，( ) 为空",
    "牢固树立“四个意识”，坚定“四个自信”，做到“两个维护”",
    "全年召开支委会12次，党员大会4次，讲党课6次。",
    "3×4米的展板共5块",
    "5+2工作模式",
    "X光检查和X射线",
    "详见[单位](https://example.com/unit)和[姓名][ref]",
    # Latin letters that are words, sizes, variables, hex, products and arithmetic
    "进行X光检查，X射线探伤，X轴与Y轴",
    "设X为自变量",
    "部署了XXL-JOB调度平台，购买了iPhone X一台",
    "尺码为XL、XXL，型号为X型",
    "x86架构，0x1F，3x3矩阵，2x速度",
    "长×宽×高，3×4=12",
    "The X% of users and X items",
    "Windows X 系统",
    "X-ray检查，X战警系列电影",
    "运行 ./configure --prefix=x 安装",
    "使用 x.y.z 版本号",
    "在x轴方向上移动",
    "X染色体异常",
    "矩阵A×B，面积为长×宽",
    "第一名，第二名，2023年",
    # everyday 某 and underscores
    "某日下午，某年轻人来访",
    "调用 __init__ 方法，a__b",
    "在某些方面还存在差距，某月份数据",
    "长×宽×高，3×4=12，矩阵A×B",
    "[1] 参考文献\n[注释] 本文数据",
    "尺寸：XL、XXL；型号：X型",
    "[单位]: https://example.com/units",
    "见[单位/部门](https://example.com)",
    "时间：2023年1月6日 地点：三楼会议室 主持人：张三",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_must_fire(text, expected):
    assert positions(text, "FC1") == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_must_not_fire(text):
    assert positions(text, "FC1") == []


def test_markdown_code_is_not_audited():
    text = "正文XX名\n\n```\nx = '**次' + 'XX名'\n```\n\n行内 `XX名` 代码\n"
    assert positions(text, "FC1", kind="markdown") == [("FC102", 1, 3)]


def test_messages_name_the_missing_value():
    from fillcheck import audit_text

    messages = [f.message for f in audit_text("党费****元，走访****村，发展对象XX名")]
    assert messages == [
        "`****元`: the amount of money was never filled in",
        "`****村`: the name of the place was never filled in",
        "`XX名`: the number of people was never filled in",
    ]


def test_more_clean_rows_than_firing_rows():
    assert len(MUST_NOT_FIRE) > len(MUST_FIRE)


def test_the_mask_lexer_reads_every_run_once_from_the_shared_scan():
    """Runs of each kind, leftmost and longest, as one search per kind would find them."""
    from fillcheck.detectors._masks import masks
    from fillcheck.document import Document

    text = "某某局**次＊*，XX名x.x%与X-X月，____与__月，＿＿□○○（  ）( )《 》，_a，某"
    found = masks(Document(text))
    spans = {kind: [text[s:e] for s, e in runs] for kind, runs in found._asdict().items()}
    assert spans == {
        "stars": ["**", "＊*"],
        "letters": ["XX", "x.x", "X-X"],
        "blanks": ["____", "__", "＿＿", "○○", "（  ）", "( )", "《 》"],
        "mou": ["某某", "某"],
    }
    assert found.letters[0] == (text.index("XX"), text.index("XX") + 2)
