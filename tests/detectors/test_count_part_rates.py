"""FC308 on a rate named after one part of a `其中` split, right after that part's counts
(`其中批准逮捕134件187人,逮捕率为79.57%;不捕29件48人,不捕率为20.43%`). Rows cut from
real text (tests/corpus/consistent/771, 989, 109 and 142); the firing row is a one-edit
mutation of the first silent one."""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    (
        (
            "三季度,共受理审查逮捕案件156件221人。审结163件235人,其中批准逮捕134件187人,"
            "逮捕率为79.57%;不捕29件48人,不捕率为25.54%。"
        ),
        [("FC308", 1, 65)],
    ),
]

SILENT = [
    (
        "三季度,共受理审查逮捕案件156件221人。审结163件235人,其中批准逮捕134件187人,"
        "逮捕率为79.57%;不捕29件48人,不捕率为20.43%。"
    ),
    (
        "2021年第四季度,“市長(zhǎng)信箱”共收到群眾來信1563件,其中直接答復(fù)430件,"
        "受理轉(zhuǎn)辦有效信件1133件,已辦結(jié)1121件,辦結(jié)率98.94%。"
    ),
    (
        "3月份,12345市长热线服务中心共接到省长热线平台转办13件;接收人民网给市长的留言15件;"
        "接听群众来电8947个,其中转办2274件,办结1715件,办结率75.42%;直办6673件,直办率74.58%。"
    ),
    (
        "12月份共受理诉讼案件879件(含旧存343件),结案700件,结案率79.64%。其中:受理民事案件"
        "755件(含旧存280件),结案600件,结案率79.47%。"
    ),
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
