"""FC304/FC305 on a paragraph that opens with a view naming the two kinds it splits the total
of the paragraph before into (`分中央和地方看`, `分稅收和非稅收入看`): its parts make that total;
and on a sentence that opens with a view (`从热点分布来看,`) right after a view sentence whose
parts add up to a total stated before it: both split that total. Rows cut from real text
(tests/corpus/consistent 1126, 203, 1130); the firing rows are one-edit mutations of silent
ones."""

from __future__ import annotations

from helpers import rule_table

BUDGET = (
    "數據顯示,上半年,全國一般公共預算收入115913億元,同比下降2.8%,可比增長1.5%左右。\n"
    "分中央和地方看,上半年,中央一般公共預算收入{}億元,同比下降7.2%;地方一般公共預算本級收入"
    "65902億元,同比增長0.9%。\n"
    "分稅收和非稅收入看,上半年,全國稅收收入94080億元,同比下降5.6%;非稅收入{}億元,同比增長11.7%。"
)

MAILBOX = (
    "2024年第二季度,“市长信箱”共收到市民来信276件,已办结276件,其中交办工单230件,直接答复工单46件,"
    "办结率100%。\n一、总体情况\n从诉求类型来看,投诉类103件,占比37.32%;咨询类75件,占比27.17%;求助类"
    "66件,占比23.91%;建议类22件,占比7.97%;举报类10件,占比3.63%。\n从热点分布来看,反映住房城乡建设类93件,"
    "人资社保类39件,政府服务类31件,农业农村类21件,财税金融类15件,生态环境类14件,公共安全类9件,市场监管"
    "类9件,教科体育类{}件,卫健医保类7件,城市管理类6件,交通运输类5件,民政退役军人类4件,自然资源类3件,"
    "行业监管类2件,其他类9件。"
)

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    (BUDGET.format("62980", "21833"), [("FC305", 2, 23)]),
    (BUDGET.format("50011", "146063"), [("FC305", 3, 21), ("FC304", 3, 42)]),
    (MAILBOX.format("331"), [("FC304", 4, 88)]),
]

SILENT = [
    BUDGET.format("50011", "21833"),
    MAILBOX.format("9"),
    # the view before does not add up to a count stated before it: which total is meant is not said
    "共收到来信276件。\n从诉求类型来看,投诉类103件,咨询类75件。\n从热点分布来看,住建类331件,社保类39件。",
    # a view of a few kinds only: its parts need not make the total
    "全市规模以上工业增加值增长8.2%,实现产值1200亿元。\n分行业看,电子行业产值300亿元,化工行业产值200亿元。",
    # a division at a line's start splits another period's figures (`10月份` / `1—10月份`)
    "1—10月份,社会消费品零售总额360575亿元,增长8.6%。\n"
    "按經營單位所在地分,10月份,城鎮消費品零售額39255億元,同比增長4.7%;鄉村消費品零售額6141億元,增長4.9%。",
    "全年收入500億元。\n分地區看,東部地區增長5%,中部地區增長4%。",
    "**bold**、XXL-JOB、X光、某些收入分中央和地方看。",
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
