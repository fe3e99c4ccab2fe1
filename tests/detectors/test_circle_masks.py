"""FC104 and FC408 on circles: a Taiwanese template's circles (`民國○○年○月○日`,
`身分證字號○○○`) are blanks, while a published court judgement's circles (`原 告 丁○○`)
mask its parties and are listed at info. Rows are templates kept as strings in public
repositories, a judgement republished on lawplayer.com, and bulletins whose years are
written with circles (`tests/corpus/consistent/SOURCES.md`):
text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # a will's template: the name, the year after 民國, the place and the ID left as circles
    (
        "立遺囑人○○○，民國○○年○月○日生，○○市(縣)人，身分證字號○○○，茲依民法之相關規定，"
        "自書遺囑內容如下：",
        [
            ("FC104", 1, 5),
            ("FC104", 1, 11),
            ("FC104", 1, 14),
            ("FC104", 1, 16),
            ("FC104", 1, 20),
            ("FC104", 1, 33),
        ],
    ),
    # an official letter's template
    (
        "受文者：○○部○○司\n發文日期：中華民國○○年○月○日\n發文字號：○○字第○○○○號\n"
        "速別：普通件\n主旨：復貴部○○年○月○日○字第○○○號函，有關○○○○事宜，復請查照。",
        [
            ("FC104", 1, 5),
            ("FC104", 1, 8),
            ("FC104", 2, 10),
            ("FC104", 2, 13),
            ("FC104", 2, 15),
            ("FC104", 3, 6),
            ("FC104", 3, 10),
            ("FC104", 5, 7),
            ("FC104", 5, 10),
            ("FC104", 5, 12),
            ("FC104", 5, 17),
            ("FC104", 5, 25),
        ],
    ),
    # a judgement's parties masked by the court: listed, not blanks
    (
        "臺灣板橋地方法院板橋簡易庭民事簡易判決 原 告 丁○○ 甲○○ 兼上一人 訴訟代理人 丙○○ "
        "原 告 戊○○ 被 告 繁雄企業股份有限公司 統一編號 法定代理人 乙○○ 訴訟代理人 張立中律師",
        [
            ("FC408", 1, 25),
            ("FC408", 1, 29),
            ("FC408", 1, 44),
            ("FC408", 1, 52),
            ("FC408", 1, 82),
        ],
    ),
]

SILENT = [
    # years written with circles
    "省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制",
    "化學品年減十二．五％、基本金屬年減〇．五％；機械產品因半導體設備訂單增加而年",
    "  • 单位名称(全称)+日期(例:“二〇二五年三月二十九日”),右对齐。",
    # a judgement's address masked by the court, its numbers zeroed
    (
        "臺灣高等法院民事判決 111年度上易字第342號 上訴人即附 帶被上訴人 陞築建設開發股"
        "份有限公司 合國營造股份有限公司 共 同 法定代理人 謝維賢 共 同 訴訟代理人 柏有為"
        "律師 施旻孝律師 被上訴人即 附帶上訴人 羅苡婷 兼 訴 訟 代 理 人 賴其均律師 被"
        "上訴人即 附帶上訴人 賴威瑞 上三人共同 訴訟代理人 陳貽男律師 上列當事人間請求損害賠"
        "償等事件,上訴人對於中華民國111年1月14日臺灣臺北地方法院108年度建字第237號第"
        "一審判決提起一部上訴,被上訴人提起附帶上訴,本院於112年7月19日言詞辯論終結,判決如"
        "下: 主 文 原判決除確定部分外,關於命上訴人連帶給付新臺幣捌拾玖萬肆仟捌佰陸拾貳元本息"
        ",及其假執行之宣告,暨該訴訟費用之裁判均廢棄。 上開廢棄部分,被上訴人於第一審之訴及假執"
        "行之聲請均駁回。原判決關於駁回附帶上訴人後開之訴部分廢棄。 附帶被上訴人應再給付附帶上訴"
        "人新臺幣壹拾伍萬伍仟肆佰元,及自民國一0八年六月二十五日起至清償日止,按年息百分之五計算"
        "之利息。 上訴廢棄改判部分第一、二審訴訟費用,由被上訴人負擔。 附帶上訴第一、二審訴訟費"
        "用,由附帶被上訴人連帶負擔。 事實及理由 一、被上訴人主張:伊等為臺北市○○區○○○路0"
        "段0巷00號1樓(含 地下室)及2樓建物(下稱系爭建物)之公同共有所有權人"
    ),
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC104", "FC408"]
)
