"""FC303 and FC306 on forms read from fresh pages (tests/corpus/consistent/1300-1322):
quoted items glued to the count that announces them (`前五位的高频词“A”“B”…`), a count of
characters before the quotation it counts (`“二十字”方针,即“…”`), straight ASCII quotes
paired as curly ones, corner quotes read as curly ones, spaces after punctuation marks
(`心中有党、 心中有民`), Arabic counts before ordinal items and sentence heads, and `一是`
then `三是` opening two paragraphs in a row; items before a quoted set whose one-character
name each holds (`医疗、医保、医药“三医”`), and a quoted list its abbreviation sums up
(`“一项任务、…、一抓到底”(简称“五个一”)`); ordinals whose measure word a copula follows
(`第一個是…第二個小組是…第三個是…`) are one list; quotations glued before `等N` after
the clause's verb (`涵盖“A”“B”“C”等…`).

The firing rows are one-edit changes of real passages, the silent rows the passages as
found and text of the same shapes that counts something else. Each row asserts the code,
the line and the column.
"""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # 五 -> 四, five quotations glued to the ranking's noun, traditional script
    (
        "相較于去年排在前四位的高頻詞“發展”“就業”“疫情”“企業”“支持”而言,雖有相似性,"
        "但是在內容和出現頻次上有較大的差異。",
        [("FC303", 1, 9)],
    ),
    # 二十 -> 二十一, the characters counted in the quotation after 即
    (
        "具体的建设目标为党的十九大报告中提出的实施乡村振兴战略的“二十一字”方针,即“产业兴旺、"
        "生态宜居、乡风文明、治理有效、生活富裕”。",
        [("FC303", 1, 30)],
    ),
    # 4 -> 3, the items in straight ASCII quotes
    (
        '从本期开始,"清风焦作"公众号将围绕"原原本本学""领导带头学""带着兴趣学""结合实际学"'
        "3个方面,连续刊发4篇评论文章。",
        [("FC303", 1, 7)],
    ),
    # 二是 -> 三是: the second of two paragraphs that open with a marker
    (
        "一是抓好“关键主体”,深学深悟,从严从实作示范。领导干部作为“关键主体”,要走好第一方阵,"
        "充分发挥领导干部以上率下作用,加强党的创新理论武装,打牢思想理论基础,统一思想、统一意志、"
        "统一行动,切实把学习成效体现到增强党性、提高能力、改进作风、推动工作上来。抓好不同层级、"
        "不同类型的“关键主体”,把握住本次主题教育的关键对象、关键内容、关键措施,推动党员干部奋进"
        "新征程、建功新时代。\n三是抓实“活力主体”,上下联动,抓常抓长筑根基。",
        [("FC306", 2, 1)],
    ),
    # 三 -> 四, corner quotes in traditional script
    (
        "縣委書記要做到「心中有黨」「心中有民」「心中有責」四個方面,這是對干部的要求。",
        [("FC303", 1, 1)],
    ),
    # 三 -> 四, a space after each `、` of the list before the count
    (
        "始終做到心中有黨、 心中有民、 心中有戒。這是首次見諸媒體的“四有”干部標準。",
        [("FC303", 1, 32)],
    ),
    # 四 -> 3, an Arabic count before sentences headed by its noun
    (
        "专项整治行动分3个阶段展开。在自查整治阶段,各地制定实施方案。在集中整治阶段,"
        "集中力量解决突出问题。在督导检查阶段,开展督查。在总结提升阶段,建立长效机制。",
        [("FC303", 1, 8)],
    ),
    # 三 -> 两, items before a quoted set whose name each holds
    (
        "坚持医疗、医保、医药“两医”改革联动,建立医疗服务项目价格动态调整机制。",
        [("FC303", 1, 12)],
    ),
    # 五 -> 四, a quoted list and the abbreviation a bracket gives it
    (
        "现制定我市的“一项任务、一名领导、一个团队、一张图表、一抓到底”(简称“四个一”)具体实施方案。",
        [("FC303", 1, 1)],
    ),
    # 第三個 -> 第四個 (and 第四個 -> 第五個): ordinals named by a copula, traditional script
    (
        "李家超會上表示,會盡快設立4個工作小組。第一個是「弱勢社群學生擺脫跨代貧窮工作組」。\n"
        "第二個小組是由財政司司長帶領的「土地房屋供應統籌組」。\n"
        "第四個是由政務司副司長帶領的「地區事項統籌工作組」。第五個則為「公營房屋項目工作組」。",
        [("FC306", 3, 1)],
    ),
    # 三 -> 两, quotations glued before 等 after the clause's verb
    (
        "重点聚焦“违规发放津贴补贴和福利”“违规配备和使用公车”“收送礼金礼品购物卡接受吃请”"
        "等两类问题,持续开展专项整治。",
        [("FC303", 1, 1)],
    ),
]

# Real text as found, and the same shapes counting other things: no count finding.
SILENT = [
    "相較于去年排在前五位的高頻詞“發展”“就業”“疫情”“企業”“支持”而言,雖有相似性,"
    "但是在內容和出現頻次上有較大的差異。",
    "具体的建设目标为党的十九大报告中提出的实施乡村振兴战略的“二十字”方针,即“产业兴旺、"
    "生态宜居、乡风文明、治理有效、生活富裕”。",
    '从本期开始,"清风焦作"公众号将围绕"原原本本学""领导带头学""带着兴趣学""结合实际学"'
    "4个方面,连续刊发4篇评论文章。",
    "一是抓好“关键主体”,深学深悟,从严从实作示范。\n二是抓实“活力主体”,上下联动,抓常抓长筑根基。",
    # concept names glued to each other, and quotations that modify a noun
    "不断增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "开展“三个一”“两学一做”活动,落实三个“必须”“坚持”原则。",
    # an odd number of straight quotes on a line: an inch mark, left as it is
    '屏幕尺寸为15.6"的笔记本电脑共采购3台,分别放置在"服务大厅"和"档案室"两处。',
    # a count of characters whose items are single characters, counted as items
    "做到四字:“严、实、细、恒”,坚持“严、实、细、恒”四字诀。",
    # the nested list restarts inside the third item of the outer one
    "在实际工作中要做到“三抓”。\n一是抓学习强素质。\n二是抓指导促提升。\n"
    "三是抓亮点创品牌。一是以身边典型先进事迹宣讲为引导;二是注重总结党建工作好的经验方法;"
    "三是在抓典型培育工作中进一步强化品牌意识。",
    "街道党工委提出以下三点要求,一要提高政治觉悟。二要讲奉献善作为。三要善于凝聚民心。",
    "本年度,我将围绕“强”、“凝”、“实”三个关键字进行汇报。",
    "以“在干什么、想干什么、该干什么、能干什么”四个视角,审视农村党支部书记履行职责的情况。",
    "縣委書記要做到「心中有黨」「心中有民」「心中有責」三個方面,這是對干部的要求。",
    "始終做到心中有黨、 心中有民、 心中有戒。這是首次見諸媒體的“三有”干部標準。",
    "专项整治行动分4个阶段展开。在自查整治阶段,各地制定实施方案。在集中整治阶段,"
    "集中力量解决突出问题。在督导检查阶段,开展督查。在总结提升阶段,建立长效机制。",
    # a space after a colon: the list after it is read as written
    "附件: 1.2022年度省政府民生实事项目完成情况\n2.2022年度温州市级民生实事项目完成情况",
    "一是组织到位; 二是谋划到位; 三是宣传到位。会议共有12个部门参加, 分为2个小组讨论。",
    "全县有3个乡镇、 12个村参加评比,共评出先进集体5个。",
    "坚持医疗、医保、医药“三医”改革联动,建立医疗服务项目价格动态调整机制。",
    "现制定我市的“一项任务、一名领导、一个团队、一张图表、一抓到底”(简称“五个一”)具体实施方案。",
    "推进农业、农村、农民“三农”工作,统筹疫情防控、经济发展、安全生产“两手抓”。",
    "真正的达到“一项任务、一名领导,一个团队,一张图表、一抓到底”的总要求。",
    "李家超會上表示,會盡快設立4個工作小組。第一個是「弱勢社群學生擺脫跨代貧窮工作組」。\n"
    "第二個小組是由財政司司長帶領的「土地房屋供應統籌組」。\n"
    "第三個是由政務司副司長帶領的「地區事項統籌工作組」。第四個則為「公營房屋項目工作組」。",
    "本次共表彰3个先进集体,第一个是县医院,第二个是县中学,第三个是县公安局。",
    "他第一个是到场的,第三个是离开的,中间没有休息。",
    "重点聚焦“违规发放津贴补贴和福利”“违规配备和使用公车”“收送礼金礼品购物卡接受吃请”"
    "等三类问题,持续开展专项整治。",
    "涵盖“教育”“医疗”“养老”“就业”等十大领域。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
