"""A site's keyword glued to the title and to the ends of paragraphs (FC210)."""

from __future__ import annotations

from helpers import rule_table

# The title and paragraphs of a post on a site that stuffs a keyword (daojiaowz.com).
TITLE = "一文吃透 Kotlin 中眼花缭乱的函数家族:破法符"
GLUED = (
    "料想 Kotlin 开发者对于其庞大繁杂的函数家族必深有感触:包括但不限"
    "于简化函数、lambda 表达式、匿名函数、高阶函数、扩展函数、内联函数"
    "、闭包、顶层函数、局部函数、运算符重载函数等破法符"
)
STOPPED = (
    "细看这些叫法,貌似用都会用破法符。但要论其个中区别乃至实现原理,则难以讲"
    "得明白。本文将通过格式、用法和反编译后的代码对这些函数进行整体地盘点和对"
    "比,期望能为大家理清这些函数之间的关系。"
)
LAST = "Kotlin 中定义方法的时候,如果函数体是单个表达式,可以进行函数简化破法符"
PLAIN = "目录前瞻:"

FIRE = [
    (
        f"{TITLE}\n\n{GLUED}\n\n{STOPPED}\n\n{LAST}",
        [("FC210", 1, 24), ("FC210", 3, 95), ("FC210", 5, 14), ("FC210", 7, 37)],
    ),
]

SILENT = [
    # the keyword after the title only, or twice with full stops: too few to be stuffing
    f"{TITLE}\n\n{STOPPED}\n\n{PLAIN}",
    f"{TITLE}\n\n{STOPPED}\n\n{STOPPED}",
    # a report's keywords as headings (kankanhao)
    (
        "政府工作报告是政府每年向全国人民代表大会报告工作的重要文件,它不仅反映了"
        "政府过去一年的工作成果,也预示了未来一年的政策方向和目标,本文将通过四个"
        "关键词来解读政府工作报告,帮助大家更好地理解政府的工作重点和未来发展方向"
        "。\n关键词一:经济发展\n在政府工作报告中,经济发展始终是重中之重,今年报"
        "告中的关键词之一便是“高质量发展”,这表明政府将继续坚持以经济建设为中心"
        ",推动经济高质量发展,具体而言,将进一步深化供给侧结构性改革,加强创新驱"
        "动,促进产业升级和转型,提高经济发展的质量和效益,报告中还提到了“扩大内"
        "需”和“稳定外需”,这表明政府将继续采取措施刺激内需,同时积极拓展外部市"
        "场,以实现经济的稳定增长。\n关键词二:民生改善\n政府工作报告中另一个重要"
        "的关键词是“民生改善”,这表明政府将更加注重人民群众的生活质量和福祉,在"
        "报告中,提到了加强教育、医疗、养老、就业等方面的保障措施,以提高人民群众"
        "的获得感和幸福感,政府还将继续推进城乡一体化发展,加强农村基础设施建设,"
        "提高农村居民的生活水平,这些措施的实施将有助于实现全面小康社会的目标。"
    ),
    # a source named twice in a news item's byline (极目新闻)
    (
        "日期:\n来源:极目新闻收集编辑:极目新闻\n极目新闻记者 赵德龙\n1月16"
        "日,鄂州市第九届人民代表大会第四次会议开幕。《政府工作报告》公布,202"
        "3年鄂州市民生支出125.6亿元,增长43.2%。城镇新增就业1.88万"
        "人,完成年计划145%。发放创业担保贷款7.6亿元,稳岗返还技能提升补贴"
        "1.17亿元。\n会议现场"
    ),
    # the keyword inside a paragraph, where it is the text's own word
    f"{TITLE}\n\n{GLUED}\n\n{STOPPED}\n\n{LAST}\n\n破法符的用法在下一节说明。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC210")
