"""FC308 on a pair of shares whose parts make their whole (`商品投诉393件,占72.6%;服务投诉148件,
占27.4%`), on a base named with 量 found at a distance (`占全省接待游客量的30.9%`), and the
readings that must stay silent: shares listed with 分别 for parts read elsewhere, a share of a
、-list's sum, and a share of another period's whole (`去年…约占全国旅游人数的40.5%`). Rows cut
from real text (tests/corpus/consistent 1118, 1124, 1129, 1131, 060); the firing rows are one-edit
mutations of silent ones."""

from __future__ import annotations

from helpers import rule_table

JIZHOU = (
    "2018年度第三季度我局共接转登记投诉类案件541件,为消费者挽回经济损失36.36万元。在各类投诉中,"
    "商品投诉{}件,占72.6%;服务投诉148件,占{}。"
)
HUBEI = (
    "国庆中秋长假,虽多日阴雨,但游客兴致不减。全省共接待游客4620.69万人次,旅游总收入345.63亿元,"
    "与去年7天比较,分别增长了28%和34%。其中,乡村旅游共接待游客1430万人次,占全省接待游客量的{}。"
)
TRAFFIC = (
    "2005年,全國公路上發生交通事故272840起,造成76689人死亡,分別佔總數的60.6%和77.7%。城市道路上"
    "發生交通事故177414起,造成22049人死亡,分別佔總數的39.4%和 22.3%。"
)
TOURISM = (
    "根据国家旅游局最新发布的国内旅游抽样调查结果,2017年上半年,国内旅游人数25.37亿人次,比上年同期增长"
    "13.5%。其中,城镇居民17.57亿人次,增长15.8%;农村居民7.80亿人次,增长8.5%。\n"
    "去年500家国家全域旅游示范区创建单位共接待中外游客18亿人次,约占全国旅游人数的40.5%,同比增长20%。"
)
DAYING = (
    "本周共受理热线工单506件,比上周增长20.48%。交办相关二级责任单位495件,县热线办直办11件;按期回复"
    "506件。位居前三位的工单:交通能源环保类172件、城乡建设类80件、民政优抚类50件,占工单总量的59.68%。"
)

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    (JIZHOU.format("736", "27.4%"), [("FC308", 1, 57)]),
    (JIZHOU.format("393", "45.4%"), [("FC308", 1, 73)]),
    (HUBEI.format("23.2%"), [("FC308", 1, 87)]),
]

SILENT = [
    JIZHOU.format("393", "27.4%"),
    HUBEI.format("30.9%"),
    TRAFFIC,
    TOURISM,
    DAYING,
    "商品投诉393件,占72.6%;服务投诉148件,占27.4%。",
    "男性人口为70356万人,占51.22%;女性人口为66993万人,占48.78%。",
    "**bold**、XXL-JOB、X光、某些投诉占72.6%。",
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")


# Shares of a kind and its complement (`非…`, men and women): they add up to 100%.
FISCAL = (
    "从财政收入增长的结构来看,税收收入增收额占财政收入增收额的比重为91.6%,"
    "非税收入增收额占财政收入增收额的比重为{}。"
)
SEXES = "從性別構成看,男性人口為70356萬人,占51.22%;女性人口為66993萬人,占{}。"

COMPLEMENT_FIRE = [
    (FISCAL.format("13.4%"), [("FC308", 1, 33)]),
]

COMPLEMENT_SILENT = [
    FISCAL.format("8.4%"),
    SEXES.format("48.78%"),
    # not one whole: each kind's share of its own group
    "男性党员占党员总数的60.5%,女性干部占干部总数的45.1%。",
    # a kind and another kind, not its complement
    "税收收入占一般公共预算收入的比重为79.5%,社保收入占比为12.1%。",
]

(
    test_complement_fires,
    test_complement_silent,
    test_complement_more_silent_rows_than_firing_rows,
) = rule_table(COMPLEMENT_FIRE, COMPLEMENT_SILENT, "FC3")
