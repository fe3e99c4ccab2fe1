"""Pages on punctuation show the marks themselves: no empty quotation (FC402), no blank (FC104).

Rows are real text as found: 2hzz.com/gushiyulu/111615.html (`书名号(《 》)`),
m.isxdcotk.cn/article/20292800_439578930.html (`書名號(《 》〈 〉)`, `專名號( ____ )`),
www.apyuejiang.com/24994.html (`《》名称是「小书名号」`); the firing rows are real deletions
from the project's tests (`根据《》要求`, a form's `（  ）`).
"""

from __future__ import annotations

from helpers import rule_table

LIST_2HZZ = (
    "常用的标点符号主要包括分号(;)、顿号(、)、冒号(:)、破折号(——)、双引号(“”)、问号(?)、叹号(!)、"
    "省略号(......)、书名号(《 》)、圆括号(())、方括号(【】)等。以下是对部分常见标点符号的简要介绍:"
)
LIST_ISXDCOTK = (
    "標(biāo)號(hào):\n引號(hào)(“ ” ‘ ’)、\n破折號(hào)( ── )、\n書名號(hào)(《 》〈 〉)、\n"
    "專名號(hào)( ____ )。\n符號(hào):\n注釋號(hào)( * )、\n隱諱號(hào)(×)、\n虛缺號(hào)(□)、"
)
NAMES_APYUEJIANG = (
    "《》名称是「小书名号」,这个句读符号是现代汉文所使用的专名号之一,也是现代汉文所使用的引号之一。\n"
    "「」名称是「小引号」,这个句读符号是现代汉文所使用的引号之一。它被用於引用句子、标示特殊内容"
    "(特殊称谓、特殊含义、特殊词汇等)。另有大引号『』,其交汇使用的方法与书名号相同。"
)

MUST_FIRE = [
    ("根据《》要求，结合实际制定本方案", [("FC402", 1, 3)]),
    ("本次活动共有____人参加，时间为（  ）。", [("FC104", 1, 7), ("FC104", 1, 18)]),
]

MUST_NOT_FIRE = [
    LIST_2HZZ,
    LIST_ISXDCOTK,
    NAMES_APYUEJIANG,
    "小书名号《》和大书名号〈〉的正确用法是全部所引用内容的汉字的两端外使用小书名号。",
    "标点符号《》、〈〉、「」该怎么正确使用呢?",
]

test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, ["FC104", "FC402"]
)
