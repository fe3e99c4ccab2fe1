"""FC305 on a total split into a state and its negation (`已解决…未解决`): the two counts make
the total the clause before them states. Rows cut from real text (tests/corpus/consistent 102
and 107); the firing row is a one-edit mutation of the first silent one."""

from __future__ import annotations

from helpers import rule_table

SOLVED = (
    "本月各成员单位办结转派诉求工单共3456件(限期内200件工单至下月办结),已解决3112件,未解决{}件,"
    "解决率90.05%,环比上升2.12%。"
)

# (text, [(code, line, column)]): one edit made this inconsistent.
FIRE = [
    (SOLVED.format("444"), [("FC305", 1, 17)]),
]

SILENT = [
    SOLVED.format("344"),
    # a clause between the count before and the pair: that count is not their total
    "2021年,全國檢察機關共受理審查逮捕未成年犯罪嫌疑人55379人,受理審查起訴73998人,經審查,批準逮捕"
    "27208人,不批準逮捕27673人;提起公訴35228人(含附條件不起訴考驗期滿后起訴人數),不起訴22585人。",
    "2013年—2016年11月,隆阳区检察院侦监部门受理未成年人刑事案件107件228人,作出逮捕决定94件167人,"
    "不捕21件82人。",
    "2022年1-10月,山海关区人民检察院共办理审查逮捕案件63件72人,其中批准逮捕各类犯罪嫌疑人34人、"
    "不批准逮捕38人,不批准逮捕率同比上升26.82%。",
    "**bold**、XXL-JOB、X光、某些事项未解决。",
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
