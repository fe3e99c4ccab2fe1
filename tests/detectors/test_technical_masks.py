"""FC102, FC104: technical text that looks like a template — a format named with mask
letters (`格式为XXXX-XX-XX`) and dividers drawn with underscores around a heading — stays
silent; a template's blanks beside them still fire. Rows are code and notes from public
repositories, and a lease template (`tests/corpus/labeled/SOURCES.md`):
text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # a template's underlines between its words stay blanks
    (
        "双方签约时间:_______年_______月_______日",
        [("FC104", 1, 8), ("FC104", 1, 16), ("FC104", 1, 24)],
    ),
    ("1、甲方将其拥有的坐落在_______市的房屋出租给乙方使用。", [("FC104", 1, 13)]),
]

SILENT = [
    # a format named with mask letters
    '  "date":"*格式为XXXX-XX-XX",',
    '  "email":"*格式为XXX@XX.com",',
    "        memo_date_label = wx.StaticText(self.p, label = u'备忘日期(格式为xxxx-xx-xx)')",
    "${Time}: 验证时间, 格式为XXXX-XX-XX XX:XX:XX, 如2015-07-29 11:11:11",
    "    this.deadline=deadline;//截止日期，格式为xxxx-xx-xx",
    "      //   //sDate1和sDate2的格式为xxxx-xx-xx",
    # dividers drawn with underscores
    '    print("_______________ 分割线 ____________________")',
    '    # print("_______________ 分割线 ____________________")',
    "         * ___________________________________________ 分割线 下面的代码很好理解 ，"
    "建议面试用这个 ________________________________________",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC102", "FC104"]
)
