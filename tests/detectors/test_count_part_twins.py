"""FC304 on a part's amount in a second unit, in brackets after its first, against the
total's amount in that unit (`播種面積26613千公頃(39920萬畝)…其中小麥…23091千公頃(34636萬畝)`).
Rows cut from real text (tests/corpus/consistent 1125); the firing rows are one-edit
mutations of silent ones."""

from __future__ import annotations

from helpers import rule_table

AREA = (
    "一、全國夏糧播種面積26613千公頃(39920萬畝),比2023年增加4.5千公頃(6.8萬畝),保持穩定。"
    "其中小麥播種面積23091千公頃({}萬畝),比2023年增加31.7千公頃(47.5萬畝),增長0.1%。"
)
OUTPUT = (
    "三、全國夏糧總產量14978萬噸(2996億斤),比2023年增加362.7萬噸(72.5億斤),增長2.5%。"
    "其中小麥產量13822萬噸({}億斤),比2023年增加365.8萬噸(73.2億斤),增長2.7%。"
)
YIELD = (
    "二、全國夏糧單位面積產量5628.0公斤/公頃(375.2公斤/畝),比2023年增加135.4公斤/公頃(9.0公斤/畝),"
    "增長2.5%。其中小麥單位面積產量5985.8公斤/公頃(399.1公斤/畝),比2023年增加150.4公斤/公頃"
    "(10.0公斤/畝),增長2.6%。"
)

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    (AREA.format("52902"), [("FC304", 1, 73)]),
    (OUTPUT.format("4407"), [("FC304", 1, 71)]),
]

SILENT = [
    AREA.format("34636"),
    OUTPUT.format("2764"),
    YIELD,
    # a bracket that explains, not a second unit of the part
    "全市共有学校120所(含民办12所),其中小学80所(含民办9所)。",
    "**bold**、XXL-JOB、X光、某些面积26613千公頃(39920萬畝)。",
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
