"""A form's empty fields and dates written with zeros (FC104).

A form whose values were never typed in keeps its labels and colons with only spaces
between them (`姓名：      性别：`); a template may write its dates with zeros for the
figures (`0000年 00 月 00 日`). These are blanks, read from the labels and colons around
them rather than from a unit after them (``_empty.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patterns import char_after, char_before, find_runs, is_han, triggered

_SPACES = " \u3000\xa0"


# A form's field left empty: a label and its colon, then only spaces up to the next label
# of the same line (`姓名：      性别：`, `联系人：    联系电话：`).
_FIELD_GAPS = tuple(triggered(f"{colon}[{_SPACES}]{{2,}}") for colon in "：:")
_NEXT_LABEL = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff（）()/]{0,11}[：:]")
# A web page's byline and toolbar, whose empty fields are the site's: `来源：  作者：`.
BYLINE = (
    "来源", "作者", "撰稿", "编辑", "责编", "浏览", "次数", "阅读", "点击", "字号", "打印",
    "分享", "分享到", "收藏", "评论", "标签", "关键词", "关键字", "栏目", "分类", "人气",
    "访问量", "阅读量", "点击量", "发布", "供稿", "审核", "校对", "摄影", "上传", "上传人",
    "上传者", "上传时间", "发布时间", "更新时间", "发表时间", "下载", "下载次数", "页数", "大小",
    "格式", "积分", "价格", "贡献者",
)  # fmt: skip


# The first field under a party's heading: `名称:`, `姓名:`.
_NAME_LABELS = ("名称", "姓名", "單位名稱", "单位名称", "名稱")


def field_gaps(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the gaps of spaces left where a form's field was not filled in.

    The gap must follow a Chinese label (`姓名：`) and be followed by another label on
    the same line or by a clause mark (`支付時間: ,`); the last field of such a line is
    empty too when two spaces or more end the line (`姓名：      性别：      `). A value
    after the gap (`时间：  2023年`) or a URL's colon is no empty field.
    """
    row_line = -2  # the line (by the offset of the newline before it) of the last empty field
    for start, end in find_runs(text, _FIELD_GAPS):
        before = char_before(text, start)
        if not (is_han(before) or before in "）)"):
            continue  # `姓名：`, `甲方（签章）：`; not `http:`
        gap_start = start + 1
        label = _NEXT_LABEL.match(text, end)
        if text[max(0, start - 4) : start].endswith(BYLINE) or (
            label and label.group()[:-1].endswith(BYLINE)
        ):
            continue
        if label and before in "）)" and label.group().startswith(_NAME_LABELS):
            continue  # `委托方(以下简称甲方):   名称:`: a party's heading over its fields
        if label or char_after(text, end) in ",，;；":
            row_line = text.rfind("\n", 0, start)
            yield gap_start, end
        elif char_after(text, end) == "\n" and end - gap_start >= 2:
            if text.rfind("\n", 0, start) == row_line:
                yield gap_start, end


# A date written with zeros for its figures: `0000年 00 月 00 日`, `0000 年 0 月 0 日`.
ZERO_DATE = re.compile(
    f"0000[{_SPACES}]*年[{_SPACES}]*00?[{_SPACES}]*月[{_SPACES}]*00?[{_SPACES}]*日"
)


# What names a date's format or a default rather than leaving a date blank: `格式：`,
# `默认：`, `如：` before it, or a quote, an assignment or an arrow in code
# (`duration:'0000年…'`, `3->0000年…`).
_FORMAT_WORDS = ("格式", "默认", "缺省", "例如", "如", "形如", "样式")
_CODE_MARKS = "'\"`=>"


def zero_dates(text: str) -> list[tuple[int, int]]:
    """Spans of dates whose figures are all zeros: a template's date never filled in; not
    a date's format named (`（格式：0000年00月00日 00:00）`) or a value in code."""
    if "0000" not in text:
        return []
    spans = []
    for match in ZERO_DATE.finditer(text):
        head = text[max(0, match.start() - 6) : match.start()].rstrip(_SPACES)
        if head[-1:] in _CODE_MARKS or head.rstrip(":：").endswith(_FORMAT_WORDS):
            continue
        spans.append(match.span())
    return spans
