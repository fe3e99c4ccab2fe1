"""FC303 on forms of announced lists that reports, speeches and government news write:
corner-quoted items joined by 及 (`「A」及「B」3大願景`), a quotation summed up after a
comma (`“A、B、C”，这三个“战”`), a count of a slogan's characters (`这16个字`), a
single-quoted announcement before ordinals (`‘四个刻不容缓’：第一，…`).

The firing rows are one-edit changes of real passages (tests/corpus/consistent/960-981),
the silent rows the passages as found and real text that must stay quiet. Each row
asserts the code, the line and the column.
"""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # corner-quoted items, one dropped (3 announced, 2 named), traditional script
    ("實現「創新繁榮」及「民主和平」3大國政願景", [("FC303", 1, 1)]),
    # the quotation before `，这N个` has three items, two announced
    ("“人民战争、总体战、阻击战”,这两个“战”之前都强调过", [("FC303", 1, 1)]),
    # a slogan of 16 characters summed up as 15
    ("“坚定信心、同舟共济、科学防治、精准施策”,这15个字的要求", [("FC303", 1, 24)]),
    # a single-quoted announcement and four ordinals after it (3 announced)
    (
        "深刻认识到当前有‘三个刻不容缓’:第一,深化改革开放,刻不容缓!第二,加快基础设施建设,"
        "刻不容缓!第三,大力招商引资,刻不容缓!第四,加强干部队伍建设,刻不容缓!",
        [("FC303", 1, 10)],
    ),
]

# Real text: must raise no count finding.
SILENT = [
    "上任101日公布「行動101策略」 卓揆:以「照顧」與「發展」雙軸並進 "
    "實現「創新繁榮」、「公義永續」及「民主和平」3大國政願景",
    "“人民战争、总体战、阻击战”,这三个“战”之前都强调过,而10日,是第一次将三个“战”连贯在一起强调。",
    "“坚定信心、同舟共济、科学防治、精准施策”,这16个字的要求,自打响疫情防控阻击战以来,"
    "习近平总书记已一再提及。",
    "深刻认识到当前有‘四个刻不容缓’:第一,深化改革开放,刻不容缓!第二,加快基础设施建设,"
    "刻不容缓!第三,大力招商引资,刻不容缓!第四,加强干部队伍建设,刻不容缓!",
    # characters that are the items: counted as items by the list rules
    "坚持“严、实、细”三字诀,推动工作落地见效。",
    "“富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善”这24个字。",
    "他写下“为人民服务”五个大字。",
    "拨打“12345”五个字的热线号码。",
    "增强“四个意识”这四个字的分量。",
    "他说“我们要坚持下去”，这两个月来大家很辛苦。",
    "以「照顧」與「發展」雙軸並進,提出8大施政目標。",
    "金融、航運、貿易三大傳統優勢產業始終是香港的實力所在。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
