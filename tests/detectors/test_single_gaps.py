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
    # a name left out before a bank or a company, a label with nothing before its comma
    (TEMPLATE + "乙方應在 銀行開立賬戶,我司与 有限公司合作。", [("FC104", 3, 5), ("FC104", 3, 16)]),
    (TEMPLATE + "(二)租金支付時間: ,", [("FC104", 3, 11)]),
]


def test_an_empty_date_after_one_space_is_a_blank() -> None:
    """`授权期限 年 月 日`: a date with nothing in it, after one space, in any document."""
    assert positions("1.甲方需提供品牌授权,授权期限 年 月 日;", "FC104") == [("FC104", 1, 17)]


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
    # a filled form's labels with one space after the colon, values after a colon
    TEMPLATE + "身份证号码: 证件地址: 联系方式:",
    TEMPLATE + "时间: 2023年5月1日,地点: 三楼会议室,电话: 010-1234。",
    # a word split by a line join before a company's or a bank's name
    TEMPLATE + "本 公司将于下月召开股东会,该 银行已完成审批。",
    "在 银行开立账户,与 有限公司合作。",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_single_gap_fires(text: str, expected: list[tuple[str, int, int]]) -> None:
    found = [hit for hit in positions(text, "FC104") if hit[1] == 3]
    assert found == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_single_space_stays_silent(text: str) -> None:
    assert [hit for hit in positions(text, "FC104") if hit[1] != 1 and hit[1] != 2] == []
