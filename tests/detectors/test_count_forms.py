"""FC304, FC305 and FC308 on forms of totals, parts and shares that reports use besides
`其中…`: `包括` after a total, parts of two measures (`97件134人`), a bracket after `均为…病例`,
pipelines of rectification, shares of a complete split, a base named once for a run, and
`占…的比重为`. Rows are cut from tests/corpus/consistent (the file number in each note);
the firing rows are one-edit mutations of them, the silent rows the passages as found
and traps. Every row asserts the code, line and column of each finding.
"""

from __future__ import annotations

from fillcheck import audit_text
from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # stages 需整改/已整改/未整改: the pending count raised (consistent/808)
    (
        "需整改问515个,已整改完成479个,未整改到位796个,新发现安全隐患问题1个。",
        [("FC305", 1, 5)],
    ),
    # new and carried-over cases split the cases received (consistent/803)
    (
        (
            "上半年受理诉讼案件数为109件,其中新收案件数为99件,旧存案件20件,结案数为"
            "93件,结案率为85.32%。"
        ),
        [("FC305", 1, 12)],
    ),
    # 包括 after a total opens its parts (consistent/126)
    (
        (
            "全国人大常委会共审议法律、法律解释、决定草案40件，通过其中24件，包括制定法律"
            "6件，修改法律31件，作出法律解释1件、有关法律问题和重大问题的决定3件。"
        ),
        [("FC304", 1, 48)],
    ),
    # 包括 parts of another measure than the total before them (consistent/257)
    (
        (
            "6月审批核准项目23个,总投资1511亿元,包括农业水利项目28个,总投资117"
            "亿元;交通基础设施项目7个,总投资1110亿元;能源项目2个,总投资228亿元。"
        ),
        [("FC304", 1, 31)],
    ),
    # a 其中 sentence whose first count (22种) is of neither total (consistent/805)
    (
        (
            "全国共报告法定传染病573303例,死亡1358人。其中,甲类传染病无发病、死亡"
            "报告;其余22种传染病共报告发病367767例,死亡2142人;报告发病数居前五"
            "位。"
        ),
        [("FC304", 1, 67)],
    ),
    # a bracket after 均为…病例 splits the count before it (consistent/802)
    (
        (
            "报告新增确诊病例9例,均为境外输入病例(广东4例,陕西2例,上海1例,四川13例"
            ",云南1例);无新增死亡病例。"
        ),
        [("FC305", 1, 9), ("FC304", 1, 38)],
    ),
    # shares of a complete split (男/女) measured against the parts' sum (consistent/136)
    (
        (
            "三、性别构成全市常住人口中,男性为1012.6万人,占常住人口的 64.5%;女"
            "性为948.6万人,占常住人口的48.4%。"
        ),
        [("FC308", 1, 18)],
    ),
    # a base named once (占总人次的) covers the shares after it (consistent/119)
    (
        (
            "全省纪检监察机关共运用“四种形态”批评教育和处理51044人次。其中,运用第一种"
            "形态批评教育帮助33650人次,占总人次的82.4%;运用第二种形态处理1331"
            "5人次,占26.1%;运用第三种形态处理1430人次,占2.8%;运用第四种形态"
            "处理2649人次,占5.2%。"
        ),
        [("FC308", 1, 49)],
    ),
    # 占生产总值的比重为…%: a share after a value added (增加值) (consistent/143)
    (
        (
            "全年全省生产总值12602.2亿元,比上年增长8.9%。其中,第一产业增加值77"
            "3.8亿元,增长4.5%,占生产总值的比重为6.1%;第二产业增加值6792.7"
            "亿元,增长10.2%,占生产总值的比重为67.4%;第三产业增加值5035.8亿"
            "元,增长7.5%,占生产总值的比重为40.0%。"
        ),
        [("FC308", 1, 75)],
    ),
    # a run of shares restarts at its first part's name (consistent/154, traditional script)
    (
        (
            "2018年末,東部地區擁有法人單位1280.2萬個,占58.8%,比2013年末"
            "下降了0.5個百分點;中部地區492.9萬個,占28.2%,提高了0.1個百分點"
            ";西部地區405.8萬個,占18.6%,提高了0.4個百分點。東部地區擁有產業活"
            "動單位1408.3萬個,占57.4%;中部地區568.4萬個,占23.2%;西部"
            "地區478.3萬個,占19.5%。"
        ),
        [("FC308", 1, 56)],
    ),
    # 件/人 pairs: the people of the parts against the people of the total (consistent/801)
    (
        "本院共受理各类审查起诉案件97件134人,其中起诉80件150人。",
        [("FC304", 1, 29)],
    ),
    # 分别为 right after a count splits it completely (consistent/809, traditional script)
    (
        "新增確診病例30例。其中境外移入病例13例,分別為上海8例、廣東3例、福建1例、河南1例、"
        "陝西1例。",
        [("FC305", 1, 19)],
    ),
    # imported and local cases split the new cases
    ("新增确诊病例19例,其中境外输入病例17例,本土病例3例。", [("FC305", 1, 7)]),
    # tax and non-tax revenue split the revenue
    (
        "全市一般公共预算收入700.4亿元,增长1.9%。其中:税收收入541.5亿元,下降0.7%;"
        "非税收入168.9亿元,增长4.4%。",
        [("FC305", 1, 11)],
    ),
    # a part's share of the whole it belongs to above 100%
    ("全县共有党员3000名，其中女党员1200名，占党员总数的140%。", [("FC308", 1, 18)]),
    # cases closed over cases received (consistent/803)
    ("上半年收案数共152件,结案数共140件,结收比为69.09%,达到指标要求。", [("FC308", 1, 17)]),
    # a rate named by the words of its stage, against the plan (consistent/804)
    (
        "2021年計劃完成投資85.5億元,年度累計完成投資54.21億元,年度投資完成率79.26%。",
        [("FC308", 1, 27)],
    ),
    # 占比率达…%: the shares of a hotline's orders (consistent/102)
    (
        "其中:投诉类2954件,占比率达80.80%;举报类480件,占比率达23.13%;求助类139件,"
        "占比率达3.80%;建议类66件,占比率达1.81%;咨询类17件,占比率达0.46%。",
        [("FC308", 1, 27)],
    ),
]

# Real passages and traps that must stay silent.
SILENT = [
    # the total's bracket leaves out the 5 that the parts include (consistent/801)
    (
        "审结后决定不起诉118人(不含作出附条件不起诉5人,但尚未决定不起诉),其中法定"
        "不起诉9人、犯罪情节轻微不起诉93人、证据不足不起诉16人、附条件不起诉考验期满"
        "后不起诉5人。"
    ),
    # 到位率 after another rate: 86.83 is no stage of 154.21 (consistent/804)
    (
        "截至8月底,項目開累完成投資154.21億元,累計投資完成率44.04%,省方資"
        "本金累計到位86.83億元,到位率75.11%。"
    ),
    # a share of the part that a new sentence's 其中 opens (consistent/077)
    (
        "记者了解到,代表共提出建议856件,其中归属省政府系统组织办理的建议778件,占"
        "建议总数的91%。其中,涉及发展规划、项目建设和综合经济类工作占比最大,有206"
        "件,占26.5%。"
    ),
    "需整改问515个,已整改完成479个,未整改到位36个,新发现安全隐患问题1个。",
    ("上半年受理诉讼案件数为109件,其中新收案件数为99件,旧存案件10件,结案数为93件,结案率为85.32%。"),
    (
        "全国人大常委会共审议法律、法律解释、决定草案40件，通过其中24件，包括制定法律"
        "6件，修改法律14件，作出法律解释1件、有关法律问题和重大问题的决定3件。"
    ),
    (
        "6月审批核准项目23个,总投资1511亿元,包括农业水利项目4个,总投资117亿"
        "元;交通基础设施项目7个,总投资1110亿元;能源项目2个,总投资228亿元;高"
        "技术和信息化项目7个,总投资48亿元;社会事业项目1个,总投资2亿元;仓储物流项"
        "目1个,总投资2亿元;其他项目1个,总投资4亿元。"
    ),
    (
        "全国共报告法定传染病573303例,死亡1358人。其中,甲类传染病无发病、死亡"
        "报告;其余22种传染病共报告发病367767例,死亡1334人;报告发病数居前五"
        "位。"
    ),
    (
        "报告新增确诊病例9例,均为境外输入病例(广东4例,陕西2例,上海1例,四川1例,"
        "云南1例);无新增死亡病例。"
    ),
    (
        "三、性别构成全市常住人口中,男性为1012.6万人,占常住人口的 51.6%;女"
        "性为948.6万人,占常住人口的48.4%。"
    ),
    (
        "全省纪检监察机关共运用“四种形态”批评教育和处理51044人次。其中,运用第一种"
        "形态批评教育帮助33650人次,占总人次的65.9%;运用第二种形态处理1331"
        "5人次,占26.1%;运用第三种形态处理1430人次,占2.8%;运用第四种形态"
        "处理2649人次,占5.2%。"
    ),
    (
        "全年全省生产总值12602.2亿元,比上年增长8.9%。其中,第一产业增加值77"
        "3.8亿元,增长4.5%,占生产总值的比重为6.1%;第二产业增加值6792.7"
        "亿元,增长10.2%,占生产总值的比重为53.9%;第三产业增加值5035.8亿"
        "元,增长7.5%,占生产总值的比重为40.0%。"
    ),
    (
        "2018年末,東部地區擁有法人單位1280.2萬個,占58.8%,比2013年末"
        "下降了0.5個百分點;中部地區492.9萬個,占22.6%,提高了0.1個百分點"
        ";西部地區405.8萬個,占18.6%,提高了0.4個百分點。東部地區擁有產業活"
        "動單位1408.3萬個,占57.4%;中部地區568.4萬個,占23.2%;西部"
        "地區478.3萬個,占19.5%。"
    ),
    "本院共受理各类审查起诉案件97件134人,其中起诉80件101人。",
    # parts that leave out the items behind schedule are no complete split (consistent/806)
    (
        "2025年,市政府民生實事10大類50個事項,根據季度序時進度安排,截至三季度末"
        ",其中14個事項已提前完成全年任務,7個事項超序時進度,26個事項按序時推進。"
    ),
    # recovered and dead of the cumulative cases (consistent/809)
    (
        "香港特別行政區累計確診1萬2301例,其中出院1萬1998例,死亡213例;澳門"
        "特區累計確診77例,其中出院66例。"
    ),
    # three named crimes of more kinds; arrested and not arrested of the decided (consistent/801)
    (
        "1.审查逮捕。共受理审查逮捕各类犯罪41件50人、上升50%。其中,普通刑事犯罪"
        "受理40人,重大犯罪受理0人,经济犯罪受理4人。经审查,共逮捕25人,不捕24人"
        ",不捕率为48.98%。"
    ),
    # per-county amounts are no parts of the total (consistent/808)
    (
        "其中,每县县级基本财力保障转移支付1000万元,共计2.3亿元;每县社会事业发展"
        "专项资金1000万元,共计2.3亿元;每县县域产业发展专项资金652万元,共计1"
        ".5亿元。"
    ),
    # age groups with a space before % and a sub-group (consistent/136)
    (
        "全区常住人口中,0-14岁人口为117917人,占20.36 %;15-59岁人"
        "口为382818 人,占66.11 %;60岁及以上人口为78366人,占13."
        "53%,其中65岁及以上人口为53403 人,占9.22%。"
    ),
    # received, handled and pending that add up (counts/001)
    "一、工单受理情况 共受理省派工单2917件,已处理完毕2349件,处于办结时限内正在办理568件。",
    # 包括 parts that stay within their total, another count after them
    "全市共有医疗机构500个，包括医院60个、卫生院80个、村卫生室360个，另有诊所700个。",
    # over-fulfilment of a plan
    "计划开工项目47项，完成90项，开工率191%。",
    # a share of a target above 100%
    "全县城镇新增就业5000人，完成全年目标任务4000人的125%。",
    "新增確診病例30例。其中境外移入病例13例,分別為上海7例、廣東3例、福建1例、河南1例、陝西1例。",
    "新增确诊病例19例,其中境外输入病例17例,本土病例2例。",
    (
        "全市一般公共预算收入700.4亿元,增长1.9%。其中:税收收入541.5亿元,下降0.7%;"
        "非税收入158.9亿元,增长4.4%。"
    ),
    "近三年共投入资金3000万元,分别为800万元、1000万元、1200万元。",
    # over-fulfilment of a target is no share of a whole
    "全年新增就业5000人，占全年目标任务的125%。",
    # 分别为 after no count: averages, not parts
    "城镇和农村居民人均可支配收入分别为42000元和21000元，全市共有居民收入调查户1200户。",
    # 140/152 is 92.105…%: the last digit only (consistent/803)
    "上半年收案数共152件,结案数共140件,结收比为92.12%,达到指标要求。",
    "2021年計劃完成投資85.5億元,年度累計完成投資54.21億元,年度投資完成率63.41%。",
    # the rate of a subset the sentence does not count
    "全年受理案件1000件,审结案件900件,审判案件结案率92.32%。",
    (
        "其中:投诉类2954件,占比率达80.80%;举报类480件,占比率达13.13%;求助类139件,"
        "占比率达3.80%;建议类66件,占比率达1.81%;咨询类17件,占比率达0.46%。"
    ),
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")


def test_a_split_share_shows_the_parts_sum():
    (finding,) = audit_text(FIRE[6][0], select=["FC308"])
    assert finding.message == "1012.6万/1961.2万 is 51.6%, not 64.5%"


def test_a_part_of_another_measure_names_its_own_total():
    (finding,) = audit_text(FIRE[4][0], select=["FC304"])
    assert finding.message == "part 2142 (死亡) exceeds the total 1358 (死亡)"


def test_a_share_above_the_whole_says_so():
    (finding,) = audit_text(FIRE[14][0], select=["FC308"])
    assert finding.message == "1200 is 140% of 党员总数: a part is at most 100% of its whole"


def test_a_pending_stage_of_rectification_shows_the_sum():
    (finding,) = audit_text(FIRE[0][0], select=["FC305"])
    assert finding.message == (
        "parts 479 (已整改完成) + 796 (未整改到位) = 1275 do not add up to the total 515 (需整改问)"
    )
