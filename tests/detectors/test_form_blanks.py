"""FC101, FC102, FC104, FC105: the slots real forms and contracts leave — gaps of spaces
before a party's alias, an amount or a day of the month, at the end of a form's line and
in an address line; single spaces before a comma or a title in a template; mask runs alone
in brackets or before their label (`×××(首都名称)`, `***(姓名)`); filled squares; labels,
choices and lengths in brackets among a template's slots. Rows are real text from the
pages `tests/corpus/labeled/SOURCES.md` names (a lease template, income and employment
certificates, a book of model letters, Roman numeral tables, statistics bulletins), a
Roman numeral page (https://aq8.net/30889391.html, whose count of letters FC303 misreads,
so it is not in the corpus), a safety-target agreement
(https://submisscin.com/wap/n400849c1396.aspx) and a press-release draft, Java comments and
an e-book packaging guide in public repositories:
text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # the party's name left as spaces before the alias the contract gives it
    ("立契約書人:出租人           (以下簡稱為甲方)", [("FC104", 1, 10)]),
    ("承租人    (以下簡稱為乙方)", [("FC104", 1, 4)]),
    # a gap before an amount's 元整, and the day of the month left blank
    (
        "租金每月新台幣(以下同)     元整。乙方應於每月   日前給付甲方。",
        [("FC104", 1, 13), ("FC104", 1, 27)],
    ),
    # in a template, the empty field ending a line and the address line's gaps
    (
        "立契約書人:出租人           (以下簡稱為甲方)\n承租人    (以下簡稱為乙方)\n"
        "立契約日 :            \n房屋座落:   縣(市)   市(鄉、鎮、區)         路(街)",
        [
            ("FC104", 1, 10),
            ("FC104", 2, 4),
            ("FC104", 3, 7),
            ("FC104", 4, 6),
            ("FC104", 4, 13),
            ("FC104", 4, 24),
        ],
    ),
    # single spaces before commas, a title and an amount in capitals, in a template
    (
        "兹证明 ,身份证号码 ,自 年 月至今年一直在我单位工作,目前担任 职务,税后月收入为人民币"
        " (大写) 。\n特此证明。\n年 月 日",
        [
            ("FC104", 1, 4),
            ("FC104", 1, 11),
            ("FC104", 1, 14),
            ("FC104", 1, 16),
            ("FC104", 1, 34),
            ("FC104", 1, 47),
            ("FC104", 3, 1),
        ],
    ),
    # a mask run alone in brackets after a field's name; a label among a template's slots
    (
        "一个典型的收入证明范本通常会这样开始:“兹有我单位员工[姓名],身份证号[XXX],"
        "自[入职日期]起在我单位担任[职位]。根据我单位财务记录,该员工截至[证明日期]的月收入为"
        "[具体金额]元,包括基本工资及[其他收入组成部分]。”",
        [
            ("FC105", 1, 28),
            ("FC102", 1, 38),
            ("FC105", 1, 44),
            ("FC105", 1, 57),
            ("FC105", 1, 77),
            ("FC105", 1, 88),
            ("FC105", 1, 103),
        ],
    ),
    # a × run before its label
    ("×××(首都名称)", [("FC102", 1, 1), ("FC105", 1, 4)]),
    # a family decoration contract: a label's colon and one space before the unit of the
    # value left out, before a note on it, or before a layout's units (ruiwen.com)
    (
        "家庭装修合同1\n"
        "\n"
        "  甲方(业主): 身份证号:\n"
        "\n"
        "  乙方(施工方): 身份证号:\n"
        "\n"
        "  甲、乙双方经友好洽谈和协商,甲方决定委托乙方进行居室装潢。为保证工程顺利进行,根"
        "据国家有关法律规定,特签订本合同,以便共同遵守。\n"
        "\n"
        "  第一条:工程概况\n"
        "\n"
        "  1、工程地址:\n"
        "\n"
        "  2、居室规格: 室 卫\n"
        "\n"
        "  3、建筑面积: 平方米\n"
        "\n"
        "  4、承包方式: (包工包料、包清工、部分承包)\n"
        "\n"
        "  5、总价款: 元,大写(人民币):\n"
        "\n"
        "  第二条:施工工期\n"
        "\n"
        "  1、总工期: 天\n"
        "\n"
        "  2、工程开工日期: 年 月 日\n"
        "\n"
        "  3、工程竣工日期: 年 月 日\n"
        "\n"
        "  4、如果因乙方原因而延迟完工,每日按工费的1%作为违约金罚款支付给甲方,直至"
        "工费扣完为止,如果因甲方原因而延迟完工,每延迟一日,以装潢工程价款中人工费的1%"
        "作为误工费支付给乙方 元。\n"
        "\n"
        "  5、由甲方自行挑选的材料、设备,因质量不合格而影响工程质量和工期,其返工费由甲方承"
        "担,由于乙方施工原因造成质量事故,其返工费用由乙方承担,工期不变。",
        [
            ("FC104", 13, 10),
            ("FC104", 13, 12),
            ("FC104", 15, 10),
            ("FC104", 17, 10),
            ("FC104", 19, 9),
            ("FC104", 23, 9),
            ("FC104", 25, 13),
            ("FC104", 27, 13),
            ("FC104", 29, 91),
        ],
    ),
    # a star run before the label of its value
    (
        "兹有***(姓名)同志于****年**月**日至****年**月**日期间在我公司担任***职务,在职期间,"
        "工作努力,无不良工作表现。",
        [
            ("FC101", 1, 3),
            ("FC105", 1, 6),
            ("FC101", 1, 13),
            ("FC101", 1, 18),
            ("FC101", 1, 21),
            ("FC101", 1, 25),
            ("FC101", 1, 30),
            ("FC101", 1, 33),
            ("FC101", 1, 44),
        ],
    ),
    # among a template's slots, a choice and a length in brackets are slots too
    (
        "兹证明[员工姓名],性别[男/女],身份证号[18位],于[入职时间]起至[离职时间]在[单位名称]"
        "担任[职务名称]。",
        [
            ("FC105", 1, 4),
            ("FC105", 1, 13),
            ("FC105", 1, 23),
            ("FC105", 1, 30),
            ("FC105", 1, 38),
            ("FC105", 1, 45),
            ("FC105", 1, 53),
        ],
    ),
    # filled squares where the date and the names go
    (
        "2026年■月■日より App Store(iOS)および Google Play(Android)で配信開始しました。",
        [("FC104", 1, 6), ("FC104", 1, 8)],
    ),
    (
        "合同会社SNAPLACE(所在地：■■■■、代表：■■■■)は、図形の「角度」と「面積」の問題を",
        [("FC104", 1, 18), ("FC104", 1, 26)],
    ),
    # a party's kind in brackets where its name belongs, before the agreement's verb
    (
        "新区管委会决定和 (企业)签订安全生产目标管理责任书如下:",
        [("FC105", 1, 10)],
    ),
]

SILENT = [
    # the same bracket before a noun annotates it
    " * 产品和（企业）部门映射关系表",
    "* 文件和文件夹的名字原则上使用小写字母（META-INF 和（企业）管理代码等有个别规定除外）",
    # Roman numerals in brackets, tables and quotes
    "罗马数字由七个基本符号组成,分别是:I(1)、V(5)、X(10)、L(50)、C(100)、D(500)、M(1000)。",
    "- 相同的符号连续出现时,表示相加(如III=3,XX=20)。",
    "| 20 | XX |",
    "1.重复次数:一个罗马数字符号重复几次,就表示这个数的几倍.如:“III”表示“3”;“XXX”表示“30”.",
    "- 通常一个符号最多重复三次,例如“III”表示3,但“IIII”不被接受,应写成“IV”。",
    "罗马数字采用七个罗马字母作数字,即Ⅰ(1)、X(10)、C (100)、M (1000),V (5)、L(50)、D (500)。",
    # a filled square heading a section
    "■ 背景：図形の問題集は、答えを覚えた時点で終わってしまう",
    "■ 料金",
    # bars and ratings drawn with filled and empty circles (code and READMEs in public
    # repositories)
    "│ Lun 16/12  ●●●○○  (3/5 slot occupati) │",
    "│  HighRange_1    [●●●●●●●●○○] 85%  ↑ Producing           │",
    "Week 7 of 16                    ●●●●●●●○○○○○○○○○",
    "STR ●●●●○○○○○○",
    # an alias after a name, with no gap
    "2024年,红河州数据发展中心(以下简称“州数据发展中心”)实施项目共15个",
    "现将2020年11月1日零时我国大陆31个省、自治区、直辖市(以下简称省份)和现役军人的人口",
    # a space before a comma in a bulletin, and punctuation spaced out
    "粮食作物种植面积12981公顷 ,比上年同期增长1.32%;油料种植面积1139公顷,比上年同期下降0.35%",
    "境外输入现有确诊病例298例(其中重症病例2例) , 无现有疑似病例 。",
    # footnote numbers in brackets, and a title's edition in spaced brackets
    "全國人口[2]中,0—14歲[3]人口為253383938人,占17.95%",
    "扎实开展“3 1 1”冲刺清零行动[1]和“5 1”专项提升行动[2],",
    "政府公文寫作手冊 ( 第三版 ) 總論 公務員事務局",
    # a label with its value after one space, and a note after a label with no space
    "签订时间: 2023年5月1日,地点: 北京市",
    "  3.2工程项目报价表:(附后)",
    # a guide naming a date's format
    "5、签发日期:在签发单位下方空一行,书写签发日期,格式为“年 月 日”。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC101", "FC102", "FC104", "FC105"]
)
