"""FC102: a letter mask in brackets before the unit of its number; FC104: a period after
`的` with no number, and a rate with no amount. Rows are real text from a house sale
cancellation agreement and lease contracts (`tests/corpus/labeled/SOURCES.md` names the
pages), or close copies of it: text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    ("双方已签订《商品房买卖合同》,合同编号为:(xxx)号,且办理了房源网签合同。", [("FC102", 1, 23)]),
    ("乙方应于本协议生效后的个工作日内提交全部资料。", [("FC104", 1, 12)]),
    # a rate per month and per room with no amount
    ("三、房屋租赁费用每月每间,乙方从合同签订之日起以现金支付。", [("FC104", 1, 11)]),
]

SILENT = [
    # a figure's label, a call in code, a filled number in brackets
    "各组数据的分布见图(XX)所示的曲线。",
    "调用 f(xx)号码校验函数。",
    "合同编号为:(2023)第15号,总价(人民币)35000元。",
    # a period with its number, and Geneva
    "乙方应于本协议生效后的5个工作日内提交全部资料。",
    "会议在瑞士的日内瓦召开。",
    "本协议生效后的十个工作日内付清。",
    # how often, a rate with its amount, a rate that goes on
    "每年每月,都要开展安全检查。",
    "房屋租赁费用每月每间500元,由乙方支付。",
    "每月每间均需检查一次。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC102", "FC104"]
)
