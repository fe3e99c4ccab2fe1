"""FC102: names and figures masked with the letter O, as traditional-script templates
and de-identified records write them (`OOO先生`, `病人OOO今日回診`, `民國OO年`).

Must-fire rows are real text from public repositories' sample dialogues and
de-identification tables, and from templates; must-not-fire rows are real Latin words
and technical terms written with O in Chinese text.
Rows: text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    ("OOO先生/小姐您好,我是XXX的客服人員。", [("FC102", 1, 1), ("FC102", 1, 14)]),
    ("病人OOO今日回診", [("FC102", 1, 3)]),
    ("醫師：OOO", [("FC102", 1, 4)]),
    ("即可得到适合OOOOO先生/女士学习的课程推荐哦!", [("FC102", 1, 7)]),
    (
        "本人OOO於民國OO年OO月OO日",
        [("FC102", 1, 3), ("FC102", 1, 9), ("FC102", 1, 12), ("FC102", 1, 15)],
    ),
    ("ＯＯ縣ＯＯ鄉ＯＯ村", [("FC102", 1, 1), ("FC102", 1, 4), ("FC102", 1, 7)]),
    (
        "2021年×月×日×午×时在××路",
        [("FC102", 1, 6), ("FC102", 1, 8), ("FC102", 1, 10), ("FC102", 1, 12), ("FC102", 1, 15)],
    ),
]

SILENT = [
    "GOOGLE公司发布新产品",
    "采用OO设计思想",
    "OOP编程的三大特性",
    "COO首席运营官",
    "Name: OOO",
    "BOOK书店",
    "OK，OO",
    "FOO=1",
    "2OO年",
    "我们用ZOO表示动物园",
    "上午9时至下午4时",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC101", "FC102", "FC104"]
)
