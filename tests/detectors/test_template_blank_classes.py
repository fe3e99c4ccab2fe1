"""FC104: blanks real templates leave that the lexer and the slot readers took for text —
the large circle `◯` a converted form draws its blanks with, triangles for a second name
(`△△公司`), an amount in figures left out after its label's colon (`(小写:元)`) or after
its currency's note (`(人民币) 元`), the second party's empty date on a signature line,
a date whose month was dropped too (`开工日期:年日`),
an amount's closing `元整` with no figure before it (`甲方付乙方元整`) and a unit
right after a word that bounds a quantity in a template (`备料不低于t,`). And
what is no blank: circles among Latin text, logic or Japanese, triangles framing a
heading, a page's paragraphs joined by spaces, the cells of a spreadsheet saved as text,
Markdown's two-space line breaks after a colon, words that start with a unit after a
bounding word (`不少于人员`).

Rows are real text: the pages `tests/corpus/labeled/SOURCES.md` names (a household
register's sample, contracts for a used car and for sand and gravel, a staff roster, a
guarantee letter, receipts), a renovation contract
(http://biz.doczj.com/doc/ee12914423.html, whose dates lost their months too), a
property-management contract
(http://www.haolietou.com/n_22350) and public repositories (a modal-logic note, a card
game's tests, Japanese shop lists, a tender evaluation's template, code comments, a
safety checker, a seating puzzle, a MUD's room text, trust and tender documents): text,
expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # a form's value drawn as large circles
    ("原住民身份及族别:山/平地原住民 ◯◯◯族", [("FC104", 1, 18)]),
    ("核发机关:◯◯◯◯◯户政事务所", [("FC104", 1, 6)]),
    # an amount's closing 元整 with no figure before it
    (
        "2、泥、木工程完工并验收合格后,甲方付乙方元整,即人民币(大写)元整。",
        [("FC104", 1, 22), ("FC104", 1, 33)],
    ),
    # an empty date whose month was dropped with its figures
    ("4、开工日期:年日\n\n5、竣工日期:年日", [("FC104", 1, 8), ("FC104", 3, 8)]),
    # a second name drawn as triangles beside circles
    ("二、△△公司總評分為82分，列第2優勝廠商。", [("FC104", 1, 3)]),
    # the amount in figures left out after its label's colon
    (
        "  本车价款(不含税费或其它费用)为人民币:_____元(小写:元)",
        [("FC104", 1, 23), ("FC104", 1, 33)],
    ),
    # the amount after the currency's note in brackets
    ("甲、乙双方自愿达成车辆买卖价款(人民币) 元;大写:(人民币)。", [("FC104", 1, 21)]),
    # both parties' empty dates on the signature line
    (
        "甲方(授权签字人): 乙方(授权签字人):\n住址: 住址:\n证件号码: 证件号码:\n年 月 日 年 月 日",
        [("FC104", 4, 1), ("FC104", 4, 7)],
    ),
    # a bounding word before a bare unit, in a template
    (
        "需方:________(以下簡稱甲方)\n供方:________(以下簡稱乙方)\n"
        "堆場黃砂備料不低于t,石子備料不低于t,以滿足需方施工需要。",
        [("FC104", 1, 4), ("FC104", 2, 4), ("FC104", 3, 10), ("FC104", 3, 19)],
    ),
    # in a template, words that start with a unit after a bounding word are no blank
    (
        "需方:________(以下簡稱甲方)\n供方:________(以下簡稱乙方)\n"
        "安全帽数量不少于人员数量，暂时未发现明显安全帽风险。",
        [("FC104", 1, 4), ("FC104", 2, 4)],
    ),
    # a spreadsheet saved as text: its blanks fire, the spaces between its cells do not
    (
        "广东省用人单位招用人员备案花名册\n, 版本号: , 1.\n"
        "本期新签__人,续签__人,变更__人,中止__人,终止__人 ,,",
        [("FC104", 3, 5), ("FC104", 3, 11), ("FC104", 3, 17), ("FC104", 3, 23), ("FC104", 3, 29)],
    ),
    # a page that joined its paragraphs with spaces: the empty fields fire, the joins before
    # a label or an item's number and the heading over a party's fields do not
    (
        "  甲方:xxxx有限公司   乙方:xxxx物业管理有限公司    一、总则   ㈠ 本合同当事人   "
        "⒈ 委托方(以下简称甲方):   名称:xxxx有限公司   法定代表人:   地址:   邮编:xxx  电话:",
        [("FC104", 1, 91), ("FC104", 1, 97)],
    ),
    # lines ending in Markdown's hard breaks: two spaces after `如下保证:` break the line
    (
        "保证书  \n  \n本人(或本公司),______________(保证人全名或公司全称),"
        "身份证号码/统一社会信用代码为______________,作出如下保证:  \n  \n一、保证事项  \n",
        [("FC104", 3, 10), ("FC104", 3, 52)],
    ),
]

SILENT = [
    "- 時間上，本程式讀取全年日均值處理結果，詳[說明]",
    "                 - 某机构全年日均值、最高日、最低日表示该机构和指标的 AGGREGATION",
    "    description: '单元整体设计，结构化教学',",
    "  subtitle: '小学英语单元整体教学课件',",
    "    # ▲▲▲【書き換えはここまで】▲▲▲",
    "    // ▲▲▲ ここまで ▲▲▲",
    "    // ▲▲▲▲▲ [2. 이 메서드 추가] ▲▲▲▲▲",
    "only PLL-equivalences (Heyting ⊥/⊤ laws, ◯⊤ ≡ ⊤, ◯◯ ≡ ◯), so oracle",
    '\tit("strips a trailing (Loyalty ◯◯◯) from a cost line (loyalty is always 3)", () => {',
    "山代温泉の皆さまと生きてきた二◯◯年に感謝を込めてご購入いただいた方に",
    '                name: "二◯加煎餅 (東雲堂)",',
    "    # ▲▲▲【書き換えはここまで】▲▲▲",
    "    // ▲▲▲ ここまで ▲▲▲",
    "    // ▲▲▲▲▲ [2. 이 메서드 추가] ▲▲▲▲▲",
    "安全帽数量不少于人员数量，暂时未发现明显安全帽风险。",
    "愁云惨淡之中一片安静，人来人往亦不少于人间，据说但凡能在此路",
    "      hint: '够坐要求座位数不少于人数。可能有不止一辆满足。',",
    "投资于一个信托计划的最低金额不少于人民币100万元",
    "5. 注册资本不少于人民币 1000 万元。",
    "车号: 颜色:\n产地: 型号:",
    "如果收据上已经印有“亿 仟 佰 拾 万 仟 佰 拾 元 角 分”的只需在各位前填写汉字大写数字",
    "综上所述,收据的小写金额格式为: ¥+ 数字(三位数,用逗号隔开)+ .00。例如:",
    "例如,如果收到1000元,则小写金额为“¥1000.00”元。",
    "– 记录技巧:用”△”标注重点,用”→”连接因果关系",
    "                                        人文与社会科学学院党总支\n"
    "                                                  2015年1月",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC104")
