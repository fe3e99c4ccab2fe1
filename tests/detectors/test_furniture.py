"""FC210: web-page furniture, as tables of (text, expected (code, line, column))."""

from __future__ import annotations

import pytest

from helpers import positions

MUST_FIRE = [
    ("当前位置: 首页 > 法官论坛 > 学术论文\n正文", [("FC210", 1, 1)]),
    ("您当前所在位置: 首页 > 政务五公开 > 结果公开\n正文", [("FC210", 1, 1)]),
    ("蜜蜂职场文库 > 文秘工作 > 工作报告 >\n正文", [("FC210", 1, 1)]),
    ("分享到:\n正文", [("FC210", 1, 1)]),
    ("  发布时间:2018-09-10 17:14:36 打印 字号: | |", [("FC210", 1, 3)]),
    ("发布人:外国语管理员  发布时间:2018-11-17   动态浏览次数:14", [("FC210", 1, 1)]),
    ("发布日期:2023-01-06 11:16信息来源:宁波市审计局浏览次数: 字号:[ ] 色调调节:", [("FC210", 1, 1)]),
    ("时间:2022-11-05 21:39:06来源:法律常识", [("FC210", 1, 1)]),
    ("982次浏览 2023-09-06", [("FC210", 1, 1)]),
    ("Published on 2025-09-09 / 3 Visits", [("FC210", 1, 1)]),
    ("上一篇:拆迁租树的保障措施有哪些?", [("FC210", 1, 1)]),
    ("相关文章:\n小编精心推荐阅读", [("FC210", 1, 1), ("FC210", 2, 1)]),
    ("文档简介\n资源描述", [("FC210", 1, 1), ("FC210", 2, 1)]),
    ("【PDF版】", [("FC210", 1, 1)]),
    ("这样就写好了开头。7 B9 l# y' B; V( W' F: q9 m1 \\6 f; {' L0 e. T2 O", [("FC210", 1, 10)]),
]

MUST_NOT_FIRE = [
    "点击网站首页的通知公告栏目，可以查看正文。",
    "信息来源：国家统计局。",
    "本报告数据来源于统计年鉴，发布时间为每年三月。",
    "时间：2023年1月6日 地点：三楼会议室",
    "时间：2023年1月6日上午9时",
    "作者：张三",
    "关于印发《2023年工作要点》的通知",
    "推荐优秀党员参加评选。",
    "相关部门要加强协调配合。",
    "上一年度工作完成情况良好。",
    "全文共分三个部分：一是总结，二是问题，三是计划。",
    "路径为 src/fillcheck/detectors/scrape.py",
    "计算 a / b / c 的比值",
    "for (int i = 0; i < n; i++) { a[i] = b[i]; }",
    "x = a; y = b; z = c; w = d; v = e; u = f;",
    "2023/01/06 至 2023/02/06",
    "浏览器兼容性说明",
    "简介：本书介绍了党建工作的方法。",
    "第一章 > 第二节",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_must_fire(text, expected):
    assert positions(text, "FC210") == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_must_not_fire(text):
    assert positions(text, "FC210") == []


def test_more_silent_rows_than_firing_rows():
    assert len(MUST_NOT_FIRE) > len(MUST_FIRE)
