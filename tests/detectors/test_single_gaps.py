"""FC104: one space left where a template's number was, and the single spaces that stay silent.

Rows are real text from rental and labour contracts scraped from sharing sites and from
official reports extracted from PDF (`tests/corpus/labeled/SOURCES.md` names the pages),
or close copies of it: text, expected [(code, line, column)] for FC104.
"""

from __future__ import annotations

import pytest

from helpers import positions

# A template: two blanks found elsewhere in the document make its single spaces count.
TEMPLATE = "甲方：________\n乙方：________\n"

MUST_FIRE = [
    (TEMPLATE + "乙方有意繼續承租的,應提前 日向甲方提出。", [("FC104", 3, 14)]),
    # the range of empty dates is the date rule's; the months after 總計 are this one's
    (
        TEMPLATE + "租賃期限自 年 月 日至 年 月 日,總計 年 個月。",
        [("FC104", 3, 6), ("FC104", 3, 13), ("FC104", 3, 22), ("FC104", 3, 24)],
    ),
    (TEMPLATE + "甲方每月至少发放一次工资,每月 日为发薪日。", [("FC104", 3, 16)]),
]

MUST_NOT_FIRE = [
    # the same sentences in a document with no other blank: PDF line joins
    "乙方有意繼續承租的,應提前 日向甲方提出。",
    "甲方每月至少发放一次工资,每月 日为发薪日。",
    # a unit that starts an ordinary word, a digit before the unit, a spaced-out label
    TEMPLATE + "全县完成本 年度目标任务,比上 年底增长。",
    TEMPLATE + "截至2023 年 6 月 30 日,共完成 1200 万元。",
    TEMPLATE + "合 计 人 数,见附表。",
    TEMPLATE + "会议强调,要抓好 日常管理和 月度考核。",
    # a table row without clause marks
    TEMPLATE + "项目 年 月 日 备注",
    # a filled form's labels with one space after the colon
    TEMPLATE + "身份证号码: 证件地址: 联系方式:",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_single_gap_fires(text: str, expected: list[tuple[str, int, int]]) -> None:
    found = [hit for hit in positions(text, "FC104") if hit[1] == 3]
    assert found == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_single_space_stays_silent(text: str) -> None:
    assert [hit for hit in positions(text, "FC104") if hit[1] != 1 and hit[1] != 2] == []
