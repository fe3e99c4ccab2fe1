"""FC104: fill lines drawn with characters other than the underscore, a yearly date's month
and day left blank, and the look-alikes that must stay silent: sparklines, progress bars and
boxes drawn with block characters, zero dates that name a format or a default, and `%` named
as an operator in text about code. Rows are real text: a lease template
(https://yxfanwen.com/hetong/zulin/495124.html), a franchise agreement and a lease form in
traditional script (https://3du.tw/articles/Z2Zqcjg=.htm, the corpus's cku_tenancy_trad.txt),
a book page (interlib_facebook_shu.txt), a project contract form
(http://m.360docs.net/doc/info-b8a1a67da26925c52cc5bf1a.html), a city ordinance
(http://law382.infoeach.com/view-MzgyfDUyMTU0.html), a Python tutorial
(https://www.chaojicainiao.com/python/wbqz1tbv.html) and code, notes and READMEs in public
repositories: text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # a converter drew the fill lines with the lower one-eighth block
    (
        "  该房屋坐落于▁▁▁市▁▁▁区(县)▁▁▁▁▁▁.该房屋为:楼房▁▁室▁▁厅▁▁卫▁▁厨,"
        "建筑面积▁▁▁平方米,使用面积▁▁▁▁平方米,装修状况▁▁▁▁,其他条件为▁▁▁▁▁▁▁,"
        "该房屋(□已/□未)设定抵押。",
        [
            ("FC104", 1, 9),
            ("FC104", 1, 13),
            ("FC104", 1, 20),
            ("FC104", 1, 34),
            ("FC104", 1, 37),
            ("FC104", 1, 40),
            ("FC104", 1, 43),
            ("FC104", 1, 51),
            ("FC104", 1, 62),
            ("FC104", 1, 74),
            ("FC104", 1, 84),
        ],
    ),
    ("  出租方(甲方)▁▁▁▁▁▁▁▁▁▁▁▁", [("FC104", 1, 10)]),
    (
        "  (一)甲方对该房屋享有所有权的,甲方或其代理人应向乙方出示房屋所有权证,证书编号为:▁▁▁▁▁.",
        [("FC104", 1, 45)],
    ),
    # every year's month and day left as spaces
    (
        "1、甲方對乙方的商品進銷存及商品質量、物價、經營管理、人員素質培訓等方面進行服務,"
        "乙方需每年支付 元的經營管理費,經營管理費於協議簽字生效時付清,以後於每年 月 日前支付。",
        [("FC104", 1, 49), ("FC104", 1, 79)],
    ),
    # the day of the month lost between 每月 and 日前 (a contract's clauses kept as data, and a
    # form field's description in code)
    (
        "      { label: '3.2 支付时间', content: '租金按月支付，乙方应当于每月日前向甲方支付。', "
        "timePhase: 'execution' },",
        [("FC104", 1, 52)],
    ),
    ('\t@ApiModelProperty(value = "并于每月日前交由甲方")', [("FC104", 1, 33)]),
    # the amount in capitals left as spaces after `（大写）：`, in a form kept in code
    (
        '            <td colspan="5">${editableText(\'人民币（大写）：'
        "                              （￥：              元）')}</td>",
        [("FC104", 1, 53), ("FC104", 1, 86)],
    ),
    # the figures of a year range lost after the century a Word form printed
    ("起止期限:二○年月至二○年月", [("FC104", 1, 8)]),
    # a gap before a unit that a space, not a colon, ends (a Taiwanese lease form)
    (
        "使用範圍:上述房屋全部@房間  間@套房   間 總坪數 :    ",
        [("FC104", 1, 15), ("FC104", 1, 21), ("FC104", 1, 31)],
    ),
]

SILENT = [
    # sparklines, a progress bar and boxes drawn with block characters
    "|sex           |         0|          1.00|    1.89|    0.31|   1.00|    2.00|    2.00|"
    "    2.00|     2.00|▁▁▁▁▇ |",
    "#> [2]: ▅▆▆▇██████▆▆▅▄▃▂▁▁▁▁▁▁▂▂▃▄",
    "▁▁▁▁▁▃▅▄▃▄▄▂█▂▁▅▂▁▂▂▃▁▁▂▁▁▁▁▁▁▂▁▁▁▁▂▁▂▁▁▁▁▂▁▁▃▁▂▂▁▁▁▁▁▃▂▂▃▁▁▁▁▁▁▁▁▃▂▁▁▂▁▂▁▁▁▁▁▂",
    '            Content = "Progress: " .. r10_1 .. "%\\n[▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁]",',
    " * ▕▁▁▁▁▁▁▁▁▁▁▁▏",
    "     ▁▁▁▁▁▁▁▁▁▁",
    '            progress.update(train_task, eq="▁▁▁▁▁")',
    # a date written out in numerals under a signature
    "市长 李荣怀\n二○○五年五月十三日",
    # a label spaced out to the width of its column, its colon after a space
    "书       名 :",
    # a zero date naming a format or holding a default in code
    "-- ##output publishTime string[19] 最新发布时间;最新发布时间（格式：0000年00月00日 00:00）",
    "        duration:'0000年00月00日 00时00分',",
    " * @param type 1-> 00月00日 2. 今天 00:00  3->0000年00月00日 4->0000年00月00日 00:00:00 "
    "5-> 自定义(暂时不上)",
    '            year.Text = "0000年00月";',
    # `%` named as the operator in text about code
    "在表达式中,我们使用 % 二进制操作符\n  >>> print('this is %d %s bird' % (1,'dead'))",
    "在 % 的左边放置一个字符串,字符串里面放置了一个或者多个使用 % 开头的嵌入对象\n"
    "在 % 的右边放入一个(或多个,嵌入元组当中)对象,这些对象将插入到左边的转换目标位置上\n"
    "  >>> '%d %s %d you' % (1,'spam',4)",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC101", "FC102", "FC104", "FC105"]
)
