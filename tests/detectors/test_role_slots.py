"""FC105: a party's role in parentheses standing for its name; FC101: a star that marks
options to delete. Rows are real text from a brand licence template, a Hong Kong
authorisation form and contracts (`tests/corpus/labeled/SOURCES.md` names the pages), or
close copies of it: text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # roles where the parties' names belong, at a line's start and after a verb
    (
        "(授权方) (品牌名称) (商标注册证号/申请号: ,以下简称“授权品牌”)的合法持有者。",
        [("FC105", 1, 1), ("FC105", 1, 7)],
    ),
    ("特授权 (被授权方) 在如下范围内使用授权品牌:", [("FC105", 1, 5)]),
    ("茲委託 (受託人) 代為辦理戶籍謄本申請。", [("FC105", 1, 5)]),
    # a masked rate is no option to delete
    ("租金**万元/年,押金**元。", [("FC101", 1, 3), ("FC101", 1, 12)]),
]

SILENT = [
    # a role annotating the name before it, with or without a space
    "四季青服装集团有限公司 (授权方) 与杭州四季青网络科技有限公司签订本协议。",
    "某某有限公司（授权方）与某某公司（被授权方）经友好协商。",
    # a role labelling a field, a role that heads a line with its value after it
    "授权方（盖章或签字）:",
    "(委托人):张三,身份证号码:110101198001011234",
    "本人（委托人）：张三",
    "出租方 (以下简称甲方) 承租方(以下简称乙方)",
    "委托书的第一部分是用来确定委托人和被委托人(受托人)的信息。",
    # stars marking options to delete, and a legend
    "本人________, 授權________*先生/太太/小姐/女士",
    "* 請將不適用者刪去。",
    "*本人/本人子女的新身份證,號碼是________,及交還",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC101", "FC105"]
)
