"""FC304, FC305 and FC308 on totals, parts and shares in forms read from pages of
sites not used before: parts under a `其中:` line, a part named by its total's head noun,
rates of stages, a base naming a whole stated lines before, two shares of one whole,
respective and numbered shares, amounts over descending magnitudes (`11億461萬5千元`).
Rows are cut from tests/corpus/consistent (the file number in each note); the firing
rows are one-edit mutations of them, the silent rows the passages as found and traps.
Every row asserts the code, line and column of each finding.
"""

from __future__ import annotations

from fillcheck import audit_text
from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # `其中:` closing its line: the parts are the item lines below it (consistent/1103)
    (
        (
            "全国发生较大事故18起,死亡和下落不明70人,同比增加6起、15人。其中"
            ":\n工商贸其它 发生28起,死亡3人,同比增加1起、3人;\n火 灾 未发"
            "生较大事故,同比减少1起、4人;\n道路交通 发生16起,死亡64人,同比"
            "增加8起、32人;"
        ),
        [("FC304", 2, 9)],
    ),
    # a part named by its total's head noun, after a `；` (consistent/1110)
    (
        (
            "二是煤矿事故明显下降。发生各类事故300起,死亡和下落不明526人,同比"
            "减少67起、165人,分别下降18.3%和23.9%;发生重大事故417"
            "起,死亡111人,同比减少3起、55人。"
        ),
        [("FC304", 1, 70)],
    ),
    # a rate named by the stage it counts, 处置率 (consistent/1111)
    (
        "2016年,214个大、中城市生活垃圾产生量为18850.5万吨,处置量为18684.4万吨,处置率达到74.3%。",
        [("FC308", 1, 38)],
    ),
    # a base naming a whole stated on the line before (consistent/836)
    (
        "而全省公共财政支出874亿元,完成预算30.7%,增支83.51亿元。\n从支出结构看,今年前4个月,我省民生支出合计628.16亿元,占财政支出比重89.9%。",
        [("FC308", 2, 23)],
    ),
    # two shares of one named whole whose parts make it (consistent/1105)
    (
        "2022届本科毕业生来自23个民族,其中汉族毕业生共2017人,占毕业生总人数的77.49%;少数民族毕业生共1237人,占毕业生总人数的38.01%。",
        [("FC308", 1, 27)],
    ),
    # respective shares with a named base holding digits (consistent/1113)
    (
        (
            "11月份投诉举报工单共640件,其中,消费者自行在平台登记277件、来电"
            "登记206件、来信登记157件,分别占12315系统受理诉求总量的43."
            "28%、42.19%和24.53%(见图三)。"
        ),
        [("FC308", 1, 77)],
    ),
    # shares in numbered item lines read as one run (consistent/1113)
    (
        (
            "受理咨询、投诉、举报共1828件,环比增加5.24%。\n1、咨询1188"
            "件,占受理总量65%,环比增加0.76%;\n2、投诉359件,占受理总量"
            "20%,环比增加10.12%;\n3、举报281件,占受理总量20%,环比"
            "增加21.12%;"
        ),
        [("FC308", 4, 5)],
    ),
    # a part two remark clauses before its share (consistent/1112)
    (
        (
            "2007年财政总收入累计完成51304.03亿元,比上年同期增收1254"
            "3.83亿元,增长32.4%。其中,税收收入45612.99亿元,比上年"
            "增收11487.11亿元,同比增长33.7%,占财政总收入的比重为66."
            "7%;非税收入5691.04亿元,比上年同期增收1056.72亿元,增长"
            "22.8%,占财政总收入的比重为11.1%。"
        ),
        [("FC308", 1, 59)],
    ),
    # the shares of a classification that do not make 100% (consistent/980)
    (
        (
            "从地区分布情况看:西部地区分布的耕地较多,占36.9%;东部地区、中部地区"
            "和东北地区分别占21.7%、33.8%和17.6%。"
        ),
        [("FC308", 1, 23)],
    ),
    # parts stated before their total in its sentence (consistent/1101)
    (
        (
            "2017年,香港警隊實有員額:警司級或以上464人、督察級2387人、初級警務"
            "人員30134人、文職人員4312人、輔警3124人,總人數是36774人。"
        ),
        [("FC305", 1, 22)],
    ),
    # `,當中` opens the parts of the total before it (consistent/1108)
    (
        (
            "以每十萬人口計算的整體罪案有787宗,當中995宗為暴力罪案,而二〇一八年"
            "則分別是728宗及119宗。"
        ),
        [("FC304", 1, 22)],
    ),
]

# Passages as found and traps: nothing to report.
SILENT = [
    # the item lines as found (consistent/1103)
    (
        "全國發(fā)生較大事故18起,死亡和下落不明70人,同比增加6起、15"
        "人。其中:\n工商貿(mào)其它 發(fā)生1起,死亡3人,同比增加1"
        "起、3人;\n火 災(zāi) 未發(fā)生較大事故,同比減少1起、4人"
        ";\n道路交通 發(fā)生16起,死亡64人,同比增加8起、32人;\n水"
        "上交通 發(fā)生1起,下落不明3人,同比事故起數(shù)持平,死亡"
        "和下落不明人數(shù)減少5人;"
    ),
    # a sibling declared as a total of its own starts its own parts (consistent/1110)
    (
        "全國發生較大以上事故644起,死亡2695人,同比減少26起、443人,"
        "分別下降3.9%和14.1%。其中發生重大事故20起,死亡255人,同比"
        "減少8起、139人,分別下降28.6%和35.3%;發生特別重大事故2起"
        ",死亡83人(道路交通)。二是煤礦事故明顯下降。發生各類事故300起,死"
        "亡和下落不明526人,同比減少67起、165人;發生重大事故7起,死亡1"
        "11人。"
    ),
    # the rate as found (consistent/1111)
    "2016年,214個大、中城市生活垃圾產生量為18850.5萬噸,處置量為18684.4萬噸,處置率達到99.1%。",
    # amounts over descending magnitudes, as found (consistent/1109)
    "106年度各地方檢察署「檢察業務」科目預算數合計11億461萬5千元,決算數合計9億537萬4千元,執行率81.96%,係辦理一審刑事案件之偵查、提起公訴及裁判之執行等業務所需經費。",
    # growth written with mixed magnitudes is no part (consistent/1109)
    "各地檢署檢察官受理件數自43萬6千件增為54萬1千件,增加10萬5千件(增幅24.08%),終結件數自39萬4千件增為47萬9千件,增加8萬5千件(增幅21.60%)。",
    # the share of a whole stated on the line before, as found (consistent/836)
    "而全省公共財政支出874億元,完成預算30.7%,增支83.51億元。\n從支出結構看,今年前4個月,我省民生支出合計628.16億元,占財政支出比重71.9%。",
    # two shares of one whole, spaced as scraped (consistent/1105)
    (
        "2022 届本科毕业生来自 23 个民族,其中汉族毕业生共 2017 人"
        ",占毕业生 总人数的 61.99%;少数民族毕业生共 1237 人,占毕"
        "业生总人数的 38.01%。"
    ),
    # respective shares as found (consistent/1113)
    (
        "11月份投诉举报工单共640件,其中,消费者自行在平台登记277件、来电"
        "登记206件、来信登记157件,分别占12315系统受理诉求总量的43."
        "28%、32.19%和24.53%(见图三)。"
    ),
    # numbered item lines as found (consistent/1113)
    (
        "受理咨询、投诉、举报共1828件,环比增加5.24%。\n1、咨询1188"
        "件,占受理总量65%,环比增加0.76%;\n2、投诉359件,占受理总量"
        "20%,环比增加10.12%;\n3、举报281件,占受理总量15%,环比"
        "增加21.12%;"
    ),
    # shares two remark clauses after their parts, as found (consistent/1112)
    (
        "2007年财政总收入累计完成51304.03亿元,比上年同期增收1254"
        "3.83亿元,增长32.4%。其中,税收收入45612.99亿元,比上年"
        "增收11487.11亿元,同比增长33.7%,占财政总收入的比重为88."
        "9%;非税收入5691.04亿元,比上年同期增收1056.72亿元,增长"
        "22.8%,占财政总收入的比重为11.1%。"
    ),
    # a split by sex of a total that is itself one sex (consistent/1106)
    (
        "我省有男性畢業生24.17萬人,女性畢業生28.69萬人,男女比例為84"
        ":100。其中男性畢業研究生1.20萬人,女性畢業研究生1.29萬人,男"
        "女比例為93:100;男性本科畢業生10.80萬人,女性本科畢業生13."
        "32萬人,男女比例為81:100。"
    ),
    # shares of a named whole that the two parts do not make (consistent/154)
    (
        "2018年末,全区共有第二产业和第三产业的企业法人单位14647个,比2"
        "013年末增加5892个,增长67.3%。其中,内资企业14610个,占"
        "99.7%;港、澳、台商投资企业15个,占0.1%;外商投资企业22个,"
        "占0.2%。内资企业中,国有企业30个,占全部企业法人单位的0.2%,私"
        "营企业13743个,占93.8%(详见表2-3)。"
    ),
    # a measure named again for parallel items, not kinds of the total (consistent/159)
    (
        "全年粮食种植面积43907公顷,比上年增加63公顷。其中,小麦种植面积 "
        "21500公顷,比上年增加 39公顷;玉米种植面积11118公顷,比上年"
        "减少11265公顷;油料种植面积6284.3公顷,比上年减少76.7公顷"
        ";烟叶种植面积3087公顷,比上年减少23公顷;蔬菜种植面积10168公"
        "顷。"
    ),
    # a part larger than an earlier total, smaller than the nearer one (consistent/286)
    (
        "2018年,北京全市法院全年新收案件 878247件,比去年上升 9.2"
        "%,其中刑事案件19200件,民商事案件489642件,知识产权案件60"
        "929 件,行政案件 28008 件,执行案件260167件,其他案件2"
        "0301 件;审结案件899420 件,上升9.7%。"
    ),
    # rounded figures in 万 that only bound the share (consistent/1117)
    (
        "2022年第一季度,廣元市全國12315平臺共接收各類投訴舉報咨詢0.0"
        "4萬件,同比降低91.82%,環比降低91.4%。其中,投訴0.03萬件"
        ",同比降低70.27%,環比降低77.46%,占比62.97%;舉報0萬"
        "件,同比降低50.67%,環比降低86.93%,占比9.32%;咨詢0."
        "01萬件,同比降低97.21%,環比降低96.59%,占比27.71%。"
    ),
    # a share of a total stated in the same clause
    "1—9月份,全国城市生活垃圾无害化处理能力1967.38万吨,其中卫生填埋1184.3万吨,占60%。",
    # a share of a total of a named whole, consistent
    "全县共有党员3000名,其中女党员1200名,占党员总数的40%。",
    # another region's cases are no part of the cumulative count (consistent/031)
    "一季度,累計確診病例3784例;港澳台地區通報確診病例6291例。",
    # a stage of a measure (完成投资) is no part of the total investment (consistent/040)
    "2018年,全市安排重点项目458个,总投资7206.7亿元,年度计划投资853.8亿元。1-8月在建重点项目完成投资1434.9亿元。",
    # the shares of a classification, one band open-ended (consistent/980)
    "从坡度等级情况看:0-15度的耕地比重最大,占87.5%;15-25度、25度以上的耕地分别占9.2%和3.3%。",
    # parts before their total, as found (consistent/1101)
    (
        "2017年,香港警隊實有員額:警司級或以上464人、督察級2387人、初級警務"
        "人員26487人、文職人員4312人、輔警3124人,總人數是36774人。"
    ),
    # `當中` as found; counts of another year after 分別 are no parts (consistent/1108)
    "以每十萬人口計算的整體罪案有787宗,當中129宗為暴力罪案,而二〇一八年則分別是728宗及119宗。",
    # `百分之` changes and rates of another period (consistent/1108)
    (
        "二〇一九年上半年香港治安情況維持平穩,整體罪案數字較二〇一八年同期進一步"
        "下跌百分之4.7,是自一九七七年有半年統計以來的最低。"
    ),
    (
        "整體罪案的破案率由百分之46.5下跌至百分之37.1,下跌9.4個百分點;暴力罪案"
        "的破案率則由百分之65.1下跌至百分之51.3,下跌13.8個百分點。"
    ),
    # parts after a bracket and a hard line break, as found (consistent/1107)
    (
        "1989年底,全区共有党员6218名(正式党员6050名,预备党员168名) ,其中科技\n"
        "界753名,医务界65名,教育界694名,工商界840名,机关和街道3866名。"
    ),
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")


def test_two_shares_show_the_parts_sum():
    (finding,) = audit_text(FIRE[4][0], select=["FC308"])
    assert finding.message == "2017/(2017+1237) is 61.99%, not 77.49%"


def test_a_part_named_by_the_head_noun_names_both():
    (finding,) = audit_text(FIRE[1][0], select=["FC304"])
    assert finding.message == "part 417 (发生重大事故) exceeds the total 300 (发生各类事故)"
