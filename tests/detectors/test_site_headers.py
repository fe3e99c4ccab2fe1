"""A site's header at the top of a text: slogan lines, the site's name (FC210)."""

from __future__ import annotations

from helpers import rule_table

# The portal's slogans over a news item (m.bm463.com).
SLOGANS = (
    "戰略選擇 中國樣本\n消息總匯 瞭望高地\n權威發布 民聲前沿\n"
    "天藍地綠 水城共融\n創新引領 卓越締造\n"
)
NEWS = (
    "我國醫療衛生機構實現縣鄉村全覆蓋。"
    "截至2021年底,全國已有縣級醫療衛生機構2.3萬個,鄉鎮衛生院3.5萬個。"
)
# A school's news item (兴镇中学).
SCHOOL = (
    "《山边石》共分四版,第一版主要内容为新闻,包括校长寄语、校园大事、校园图片新闻、校园简讯等;"
    "第二版主要内容为学生园地。"
)

FIRE = [
    (SLOGANS + NEWS, [("FC210", n, 1) for n in range(1, 6)]),
    # the site's name over a title that asks a question (yzdw.net)
    (
        "益智教育网\n\n这道逆向思维数学题,你敢挑战吗?\n\n"
        "“逆向思维”是解决数学问题中一种非常强大且优雅的策略,它的核心思想是:从问题的目标出发。",
        [("FC210", 1, 1)],
    ),
    # the site's name over a title with a colon (daojiaowz.com)
    (
        "道教网站符咒法事网\n\n一文吃透 Kotlin 中眼花缭乱的函数家族:破法符\n\n"
        "细看这些叫法,貌似用都会用破法符。但要论其个中区别乃至实现原理,则难以讲得明白。",
        [("FC210", 1, 1)],
    ),
    # a government page's date and source line over its font-size control (csx.gov.cn)
    (
        "长沙县卫生健康局关于《长沙县突发公共卫生事件应急预案(征求意见稿)》公开征求意见的通知\n\n"
        "日期:2024-01-15   来源:  长沙县卫生健康局\n字体大小:\n\n"
        "为进一步规范我县突发公共卫生事件应急处置等工作,健全应急响应机制,提高应急管理能力。",
        [("FC210", 3, 1), ("FC210", 4, 1)],
    ),
    # a ranking's header under a search page's title (zhetiaohe.com)
    ("竞争性磋商定义\n    点击排行榜", [("FC210", 2, 5)]),
    # an image's caption: the title and its figure number (yzdw.net)
    (
        "这道逆向思维数学题,你敢挑战吗?\n\n"
        "“逆向思维”是解决数学问题中一种非常强大且优雅的策略。\n\n"
        "这道逆向思维数学题,你敢挑战吗?-图1\n\n下面我将通过几个不同类型的经典数学题来展示。",
        [("FC210", 5, 17)],
    ),
]

SILENT = [
    # the news item alone, and two slogans only
    NEWS,
    "權威發布 民聲前沿\n天藍地綠 水城共融\n" + NEWS,
    # a report's two four-character phrases under its title (gov_report_national)
    "解读政府工作报告·过去一年和五年工作回顾\n极不寻常 极不平凡\n过去一年\n"
    "2022年是党和国家历史上极为重要的一年。党的二十大胜利召开。",
    # a table of contents of numbered parts (104_budget_execution_a)
    "第一部分 报告\n第二部分 预算表格\n第三部分 情况说明\n"
    "1-5月,全县财政一般公共预算支出完成195043万元,为年预算的44.74%,同比增长6.3%。",
    # a poem's lines of five
    "床前明月光 疑是地上霜\n举头望明月 低头思故乡\n静夜思 李白\n"
    "这首诗写于唐玄宗开元十四年,诗人客居扬州。",
    # a bureau's signature at the end of its notice (csx.gov.cn)
    "意见反馈截止日期:2024年2月15日\n\n长沙县卫生健康局\n\n2024年1月15日",
    # the school's news item, and a pair of slogans inside a text
    SCHOOL,
    # rankings that are the text's own (consistent corpus)
    "2012全国各省旅游总收入排行榜:广东位列第一\n"
    "  近日,记者对2012年全国各省旅游总收入进行了统计,在已经公布数字的21个省份中广东位列第一。",
    "中国36城市养老床位排行(2)\n在本刊从36个城市逐个搜集统计的《36城市养老床位排行榜》中。",
    "2012年元旦小長假全國各省旅游總收入排行榜(統計中)",
    # a title quoted in the text, and a figure of the text's own under its caption
    "这道逆向思维数学题,你敢挑战吗?\n\n下面看“这道逆向思维数学题,你敢挑战吗?”的解法,见图1。",
    "逻辑推理与倒推法\n\n这类问题通常有明确的起点和终点。\n\n逻辑推理与倒推法-示意\n图1 倒推的步骤",
    SCHOOL + "\n天藍地綠 水城共融\n創新引領 卓越締造\n權威發布 民聲前沿\n" + NEWS,
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC210")
