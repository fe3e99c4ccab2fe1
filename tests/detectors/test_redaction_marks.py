"""FC401, FC402, FC404: deletion traces, told from a text that lists punctuation marks and
from a formula that multiplies Chinese names. Firing rows are real text from the corpora
(`tests/corpus/consistent/SOURCES.md` names the pages); silent rows are a page on regular
expressions for Chinese punctuation (oryoy.com, `tests/corpus/labeled/SOURCES.md` names the
site) and code comments and strings from public repositories:
text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # an item deleted before the list's next comma
    (
        "广泛开展增强团员意识、“创先争优”等主题教育活动、,做好青年工作的研究和创新",
        [("FC401", 1, 25)],
    ),
    # a word filter's stars inside a word, twice in a township's summary
    (
        "六、加强**建工作\n总之,乡镇工作在经济发展、农村生活改善、社会治理、生态环境保护、"
        "文化素质提升和**建工作等方面取得了一系列亮点",
        [("FC404", 1, 5), ("FC404", 2, 40)],
    ),
    # a name filtered in a political formula
    (
        "在党团结带领中国人民踏上实现第二个百年奋斗目标新的赶考之路的关键时刻,***总书记向全党发出了",
        [("FC404", 1, 36)],
    ),
]

SILENT = [
    # punctuation listed by a text about it
    "- 引号(“”‘’):用于引用直接引语。",
    "- 书名号(《》):用于书名、文章名、报刊名等。",
    "[,。!?;:、“”‘’()《》【】]",
    "[,。!?;:、“”‘’()《》【】]* # 贪婪模式",
    "[,。!?;:、“”‘’()《》【】]+? # 非贪婪模式",
    # a product of two quantities, in comments and strings of code
    "orderItem.setTotalFee(new BigDecimal(totalFee));            // 该商品的总金额 = 单价 * 数量",
    "        金额 = 单价 * 数量;",
    "// 单价 * 数量",
    "    // 累加总价（单价 * 数量）",
    '    descriptionPlaceholder: "单价 * 数量",',
    "        //小计=单价*数量",
    "\tprivate Float totalPrice;//小计=单价*数量。此属性没有必要存在数据库中",
    "            //总销售额=单价*数量-优惠额",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC401", "FC402", "FC404"]
)
