"""FC208: a site greeting its readers by name, and a novel mirror's banner, as a table of
(text, expected (code, line, column)). Only a web site's name makes a greeting residue: a
speech's greeting names a forum, a platform, a class or a company."""

from __future__ import annotations

from helpers import rule_table

MUST_FIRE = [
    ("大家好,欢迎来到IT知识分享网。\n一、前言", [("FC208", 1, 5)]),
    ("摘要略。\n\n大家好！欢迎访问本站。\n正文", [("FC208", 3, 5)]),
    # a novel mirror's banner
    ("无名小说网 www.wmtxt.so,最快更新元尊之开局一双轮回眼最新章节!\n正文", [("FC208", 1, 20)]),
]

MUST_NOT_FIRE = [
    "各位来宾,大家好,欢迎来到第五届教育发展论坛。",
    "大家好,欢迎来到国家电网。",
    "大家好,欢迎来到我们的班级。",
    "同学们,大家好!欢迎来到美丽的校园。",
    "大家好,欢迎来到互联网时代。",
    "尊敬的各位领导、各位来宾:大家好!欢迎来到本次交流平台。",
    "本系统最快更新周期为一天,最新章节目录每周汇总一次。",
    "出版社最快更新教材,最新版本已经下发。",
]


test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC208"
)
