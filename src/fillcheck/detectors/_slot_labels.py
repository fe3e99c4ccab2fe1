"""What a bracketed label names: a value to fill in, a section's heading, an instruction.

FC105 reads the label inside `【】`, `[]`, `〔〕` or parentheses and asks these helpers
whether it can only be a slot (`[姓名]`, `[填写……]`), names a value but may head a
section (`【活动时间】`), or is a note (`【填写说明】`); and, for a label in parentheses,
whether it stands where its value goes rather than annotating the word before it.
"""

from __future__ import annotations

import re

from ..patterns import char_after, char_before, is_ascii_word, is_han

# Slot labels that only ever name a value to fill in.
SLOT_ONLY = ("名称", "姓名", "名字", "待填", "待定", "待补充", "填写", "某某")
# Labels that name a value but also head a section (`【活动时间】2023年5月1日`).
SLOT_LABELS = (
    "单位", "日期", "时间", "地点", "地址", "金额", "数量", "职务", "职位", "部门",
    "电话", "号码", "编号", "年份", "人数", "标题", "题目", "学校", "班级", "专业",
    "性别", "全称", "简称", "岗位", "年限", "年月", "原因", "事由", "身份证号", "证件号",
    "手机号", "账号", "邮箱", "天数", "期限", "人员", "职称", "联系方式", "项目", "费用",
    "公司名", "企业名", "产品名", "数字", "数据", "数值", "百分比", "比例", "名次", "次数",
    "称呼", "称谓",
)  # fmt: skip
# A label that tells the writer what to put there: `[明确范围]`, `[简述议题]`, `[填写单位]`.
INSTRUCTIONS = (
    "明确", "简述", "具体", "注明", "写明", "列出", "概述", "简要说明", "填入", "填写",
    "请填写", "输入", "请输入", "此处", "在此", "描述", "简要描述", "列举", "插入", "补充",
)  # fmt: skip
# What heads a form's notes rather than standing for a value: `【填写说明】`, `[填写须知]`.
NOTES = ("说明", "须知", "要求", "示例", "范例", "注意事项", "指南", "规范")


def slot_kind(label: str) -> str | None:
    """'only' for a label that is always a slot, 'label' for a section-style label, else None."""
    label = label.rstrip("…．.")  # `[填写……]`
    choices = [part for part in re.split(r"[/／、或]", label) if part]
    if not choices or not all(_label_chars(part) for part in choices):
        return None
    if len(choices) > 1 and all(slot_kind(part) for part in choices):
        return "only"  # `[单位/部门]`: pick one
    if len(choices) > 1 and label.endswith("等"):
        return "label"  # `[纪律/材料准备等]`: options for the writer to pick from and fill in
    if len(choices) > 1 and slot_kind(choices[0]):
        return "label"  # `[离职年月/至今]`: a value or a word to pick
    if label.endswith(SLOT_ONLY) or label in ("XX", "某某"):
        return "only"
    if label.startswith(INSTRUCTIONS) and not label.endswith(NOTES):
        return "only"
    if label.endswith(SLOT_LABELS):
        return "label"
    return None


def _label_chars(part: str) -> bool:
    """A label's characters: Chinese, or Chinese with a Latin name or a number in it
    (`APP名称`, `项目2名称`); two Chinese characters at least when not all are."""
    han = sum(1 for char in part if is_han(char))
    if han == len(part):
        return True
    return han >= 2 and all(is_han(char) or (char.isascii() and char.isalnum()) for char in part)


# What a blank or a mask run that a bracketed label annotates is made of: `———(地点)`,
# `***(姓名)`, `____(日期)`, `×××(单位)`; three at least.
_ANNOTATED = "—_＿*＊×"


def paren_stands_alone(text: str, start: int, end: int, label: str) -> bool:
    """A label in parentheses that names a value and stands where the value goes: after a
    colon or a space (`致: (接收方全称)`), after the blank or mask it annotates
    (`时间:———在———(地点)`, `***(姓名)`), or alone after a comma at the end of its clause
    (`地址:XXX餐厅,(具体地址或公交线路)`); not `负责人(具体名单见附件)` in a sentence."""
    before = char_before(text, start)
    if before in " \u3000:：":
        return True
    if before in _ANNOTATED and text[max(0, start - 3) : start] == before * 3:
        return True  # three at least: `——` is a dash in prose
    if before in "Xx" and text[max(0, start - 2) : start] == before * 2:
        head = start - 2
        while head and text[head - 1] in "Xx":
            head -= 1
        return not is_ascii_word(char_before(text, head))  # `XXX(姓名)`, not `Linux(系统名称)`
    if before not in "，,、" or char_after(text, end) not in ("", "\n", "。", "；", ";"):
        return False
    return any(part.endswith(SLOT_ONLY + SLOT_LABELS) for part in re.split(r"[/／、或]", label))
