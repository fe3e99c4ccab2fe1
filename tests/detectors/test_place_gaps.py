"""FC104: single spaces left where an address, a flat's layout or a use was, and an empty
year and month before an underlined day; the spaces that stay silent.

Rows are real text from lease and decoration contracts scraped from sharing sites
(`tests/corpus/labeled/SOURCES.md` names the pages), or close copies of it: text,
expected [(code, line, column)] for FC104 on the line after the template's two blanks.
"""

from __future__ import annotations

import pytest

from helpers import positions

# A template: two blanks found elsewhere in the document make its single spaces count.
TEMPLATE = "甲方：________\n乙方：________\n"

FIRE = [
    # a chain of address units, each after the value left out of it
    (
        TEMPLATE + "一、甲方将位于 市 区 号门面租赁给乙方。甲方对所出租的房屋具有合法产权。",
        [("FC104", 3, 8), ("FC104", 3, 10), ("FC104", 3, 12)],
    ),
    # a flat's layout left empty
    (
        TEMPLATE + "2、住房结构: 房型 房 厅 套,施工面积130平方米;",
        [("FC104", 3, 11), ("FC104", 3, 13), ("FC104", 3, 15)],
    ),
    # the use a lease is for
    (TEMPLATE + "2-1.乙方向甲方承诺,租赁该房屋仅作为 用途;", [("FC104", 3, 21)]),
    # an empty year and month before an underlined day, in any document
    (
        "月 _日起,至年月__________ 日止,共计一—个月。",
        [("FC104", 1, 3), ("FC104", 1, 8), ("FC104", 1, 10)],
    ),
]

SILENT = [
    # a spaced-out address: no two units in a row
    TEMPLATE + "北 京 市 海 淀 区 中 关 村 大 街 1 号,邮编100080。",
    # one gap before an address unit: a line join
    TEMPLATE + "本项目位于 市中心,交通便利,在北京市 海淀区 中关村大街1号。",
    # a filled layout, a label with its value, a heading
    TEMPLATE + "2、住房结构: 房型 三房两厅,施工面积130平方米;",
    TEMPLATE + "出租方 (以下简称甲方) 承租方(以下简称乙方)",
    # a table row of units without clause marks
    TEMPLATE + "省 市 区 县 乡 镇",
    # a use after a determiner a line join split, and one gap in a document with no blank
    TEMPLATE + "乙方不得擅自改变其 用途,须经甲方书面同意。",
    "2-1.乙方向甲方承诺,租赁该房屋仅作为 用途;",
    "一、甲方将位于 市 区 号门面租赁给乙方。",
    # an empty year and month that is a word, and one after a label
    "整改工作力争至年月底全部完成。",
    "档案按年月日顺序排列,每月月底汇总。",
]


@pytest.mark.parametrize(("text", "expected"), FIRE)
def test_fires(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert [hit for hit in positions(text, "FC104") if hit[1] == expected[0][1]] == expected


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    line = 3 if text.startswith(TEMPLATE) else 1
    found = [hit for hit in positions(text, "FC104") if hit[1] == line]
    assert found == []


def test_more_silent_rows_than_firing_rows() -> None:
    assert len(SILENT) > len(FIRE)
