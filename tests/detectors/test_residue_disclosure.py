"""A government site's disclosure header: the catalogue entry it prints over a document.

Must-fire rows are shaped after a district government's notice page (the entry as a table
row and as a column) and a city government's page with letter-spaced keys and the title
row between them. The silent rows are real official text that names the catalogue's keys
for its own ends: a guide explaining the index number, a notice's own number and date
lines with no index number, a form's fields.
"""

from __future__ import annotations

from helpers import PROSE, rule_table

MUST_FIRE = [
    # the entry as a column, with an empty field
    (
        "索引号: 11500383009338112H/2021-00021\n发文字号: 来苏委发〔2021〕68号\n"
        "发布机构: 永川区来苏镇\n成文日期: 2021-03-11\n主题分类: 人事工作\n有效性:\n\n"
        "来苏委发〔2021〕68号\n\n" + PROSE,
        [
            ("FC210", 1, 1),
            ("FC210", 2, 1),
            ("FC210", 3, 1),
            ("FC210", 4, 1),
            ("FC210", 5, 1),
            ("FC210", 6, 1),
        ],
    ),
    # letter-spaced keys in a table, the title row between its rows
    (
        "索   引   号 20191202-189769 分        类 其他; 市人民政府办公室\n"
        "发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n"
        "齐齐哈尔市人民政府办公室关于印发实施细则的通知\n信息来源: 市人民政府办公室\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 4, 1)],
    ),
]

MUST_NOT_FIRE = [
    # a guide that explains the index number in sentences
    "如何解读信息索引号\n为每条信息建立索引号,必须保证每条信息的信息索引号是唯一的。\n" + PROSE,
    "索引号由地区编号、部门编号和信息类别号组成。\n" + PROSE,
    # a notice's own number, date and subject lines, no index number
    "发文字号: 某政发〔2023〕5号\n成文日期: 2023-03-01\n主题词: 安全生产\n\n" + PROSE,
    # a form's fields
    "名称:\n标题:\n分类:\n\n" + PROSE,
    # an index number in a table far below the head
    "\n".join([PROSE] * 22) + "\n索引号: 123-456\n发布机构: 某局\n",
]


test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)
