"""FC507: a lone apostrophe is a site's copy mark; two around a short phrase are quotes.

Firing rows are the copy marks of 360docs and hafencaoymj (tests/corpus/labeled); silent rows
are a Chinese story in a public repository (found with `所谓'`) that quotes words with ASCII
apostrophes (`所谓'孤岛'`, `'宽'与'窄'`).
"""

from __future__ import annotations

from helpers import rule_table

MUST_FIRE = [
    (
        "⑷对客人的'询问要热忱、有礼;\n2、未执行服务规范礼仪、用语的',发现一次扣发当事人xx元。",
        [("FC507", 1, 6), ("FC507", 2, 16)],
    ),
]

MUST_NOT_FIRE = [
    "老局长点头:\"再派人,从更远的北坡找一个新的'静地',再把它和这两个连起来看看。\"",
    '沈识予在档案里写下一段话:"我们一直以为山中有许多互不相通的静地,各自为政;其实它们多半被一条条'
    "弯曲的廊道串成一片。所谓'孤岛',只是直线视角下的错觉。\"",
    "她又附了一条按语,语气更轻:\"但廊道之'静'是否真的预示着这一带土地肥沃、来年宜耕,我尚不敢断言。"
    "先师有言,土地的好坏与谷地的宽窄相关——越宽的谷地,容得下越多的偏差,种子落得歪一点也无妨,"
    "故而稳。然而本朝有人指出,只要换一种丈量单位,'宽'与'窄'便会互换;甲尺下宽阔的谷,"
    "乙尺下竟成尖锐的裂缝。所以,'宽即吉'之说,尚需更稳的丈尺去验。\"",
]

test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC507"
)
