"""A column of a page's fields beside the page's stamp (``_meta_fields``): the source,
author, editor and type a news page credits an article with, one to a line.

Must-fire rows are shaped after news and school pages; must-not-fire rows are a meeting's,
a form's and a letter's own fields under the same stamp, and single fields. The stamp
line itself is other rules' (FC208, FC210): the rows are judged on the field lines.
"""

from __future__ import annotations

import pytest

from helpers import positions

_BODY = "\n3月17日，学院召开专题会议，部署校园安全工作。会议要求各部门认真落实。\n"

# (text, the field lines, what fillcheck reports on them)
MUST_FIRE = [
    (
        "  • 2016/3/25 14:32:10\n  • 类型:原创\n  • 来源:电脑报\n  • 报纸编辑:黄旭\n"
        "  • 作者:特约记者 姬昌浩" + _BODY,
        {2, 3, 4, 5},
        [("FC208", 2, 5), ("FC208", 3, 5), ("FC208", 4, 5), ("FC208", 5, 5)],
    ),
    (
        "发布时间：2021-03-01 10:21:33 浏览次数：128\n作者：宣传部\n审核：李明" + _BODY,
        {2, 3},
        [("FC208", 2, 1), ("FC208", 3, 1)],
    ),
    (
        "正文第一段，情况如上。\n\n作者：张三\n责任编辑：李四\n2022-07-23 04:29:19",
        {3, 4},
        [("FC208", 3, 1), ("FC208", 4, 1)],
    ),
]

MUST_NOT_FIRE = [
    (
        "发布时间：2021-03-01 10:21:33\n时间：2021年3月1日\n地点：第一会议室\n主持人：张三" + _BODY,
        {2, 3, 4},
    ),
    ("2021-03-01 10:21:33\n姓名：张三\n性别：男\n民族：汉" + _BODY, {2, 3, 4}),
    ("来源：新华社\n作者：张三" + _BODY, {1, 2}),
    (
        "发布时间：2021-03-01 10:21:33\n\n关于召开会议的通知\n\n来源：办公室\n作者：张三" + _BODY,
        {5, 6},
    ),
    ("编辑：办公室\n校对：张三\n本期简报共印50份，送各单位。", {1, 2}),
    ("2021-03-01 10:21:33\n类型：通知\n事由：放假安排" + _BODY, {3}),
    ("作者：张三，男，1980年生。\n来源：本人自述。" + _BODY, {1, 2}),
    ("2021-03-01 10:21:33\n作者：张三\n单位：市教育局" + _BODY, {3}),
]


@pytest.mark.parametrize(("text", "lines", "expected"), MUST_FIRE)
def test_a_column_of_page_fields_beside_a_stamp_is_reported(text, lines, expected) -> None:
    assert [p for p in positions(text, "FC2") if p[1] in lines] == expected


@pytest.mark.parametrize(("text", "lines"), MUST_NOT_FIRE)
def test_a_documents_own_fields_stay_silent(text, lines) -> None:
    assert [p for p in positions(text, "FC2") if p[1] in lines] == []


def test_more_rows_must_stay_silent_than_fire() -> None:
    assert len(MUST_NOT_FIRE) > len(MUST_FIRE)
