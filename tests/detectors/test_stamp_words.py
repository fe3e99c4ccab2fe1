"""Stamp words of translation and collection sites (`翻譯于`, `推薦于`, `创建于`) read as a
page's stamp on a text's edge, like `发表于`; the same words in a sentence are the text's own.
"""

from __future__ import annotations

from helpers import rule_table

MUST_FIRE = [
    ("正文第一段，内容完整。\n创建于 2023-01-05 10:21", [("FC210", 2, 1)]),
    ("正文第一段，内容完整。\n整理于 2023-01-05 10:21:33", [("FC210", 2, 1)]),
    ("正文第一段，内容完整。\n翻譯于 2019-11-19 08:30", [("FC210", 2, 1)]),
]

MUST_NOT_FIRE = [
    "本文收录于《文选》第三卷。",
    "该书翻译于1980年。",
    "创建于 2019年\n公司简介如下。",
    "修改于2023-01-05的版本已作废。",
    "本制度整理于2022年，经局务会审议通过。",
    "该方案推荐于2021年全市评选。",
    "此稿转载于《人民日报》2020年5月3日第5版。",
]

test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)
