"""FC304/FC305 on a paragraph that opens with a view naming the two kinds it splits the total
of the paragraph before into (`分中央和地方看`, `分稅收和非稅收入看`): its parts make that total.
Rows cut from real text (tests/corpus/consistent 1126, 203); the firing rows are one-edit
mutations of silent ones."""

from __future__ import annotations

from helpers import rule_table

BUDGET = (
    "數據顯示,上半年,全國一般公共預算收入115913億元,同比下降2.8%,可比增長1.5%左右。\n"
    "分中央和地方看,上半年,中央一般公共預算收入{}億元,同比下降7.2%;地方一般公共預算本級收入"
    "65902億元,同比增長0.9%。\n"
    "分稅收和非稅收入看,上半年,全國稅收收入94080億元,同比下降5.6%;非稅收入{}億元,同比增長11.7%。"
)

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    (BUDGET.format("62980", "21833"), [("FC305", 2, 23)]),
    (BUDGET.format("50011", "146063"), [("FC305", 3, 21), ("FC304", 3, 42)]),
]

SILENT = [
    BUDGET.format("50011", "21833"),
    # a view of a few kinds only: its parts need not make the total
    "全市规模以上工业增加值增长8.2%,实现产值1200亿元。\n分行业看,电子行业产值300亿元,化工行业产值200亿元。",
    # a division at a line's start splits another period's figures (`10月份` / `1—10月份`)
    "1—10月份,社会消费品零售总额360575亿元,增长8.6%。\n"
    "按經營單位所在地分,10月份,城鎮消費品零售額39255億元,同比增長4.7%;鄉村消費品零售額6141億元,增長4.9%。",
    "全年收入500億元。\n分地區看,東部地區增長5%,中部地區增長4%。",
    "**bold**、XXL-JOB、X光、某些收入分中央和地方看。",
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
