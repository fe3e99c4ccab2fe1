"""Residue read by its class: masked preview rows, site metadata lines, site adverts.

Firing rows are shapes real pages print (a yearbook preview's `1949 *** *** ***`, a
sharing site's `文档价格:5元 所属分类:工作总结`, `扫码关注公众号，免费获取更多资料`);
silent rows are real text with the same words: a form's fields, a meeting's time
and place, a document-control header, a notice that asks readers to scan a code.
"""

from __future__ import annotations

import pytest

from helpers import positions

FIRES = [
    # Preview-masked rows: a row label and masked cells, cut at spaces or bars.
    (
        "年份\n1949 *** *** ***\n1950 *** *** ***",
        [(code, line, col) for code in ["FC204"] for line in (2, 3) for col in (6, 10, 14)],
    ),
    (
        "| 1 | 办公桌 | ■■ | ■■ |\n| 2 | 打印机 | ■■ | ■■ |",
        [("FC204", 1, 13), ("FC204", 1, 18), ("FC204", 2, 13), ("FC204", 2, 18)],
    ),
    # Rows a seller's preview of paid data elides: dots, then empty cells.
    (
        "| 批发业 | 3541930 | 21981212 |\n| ..... | | |\n"
        "| 内资企业 | 3503322 | 20861407 |\n| ...... | | |",
        [("FC204", 2, 3), ("FC204", 4, 3)],
    ),
    # Metadata lines: site fields in any order, either script, either colon.
    ("述职报告\n文档价格:5元 所属分类:工作总结 关键词:述职 报告\n正文", [("FC208", 2, 1)]),
    ("範文\n上傳者：王小明　頁數：12頁　檔案大小：35KB\n正文", [("FC208", 2, 1)]),
    ("资料\n2025/6/22 20:39:33 589KB ftp组件 C#\n说明", [("FC208", 2, 1)]),
    (
        "标题\n2026-01-26 来源:https://blog.example.net/a/1  浏览:    关键词:扩展\n正文",
        [("FC208", 2, 1)],
    ),
    ("湖北書記應勇\n文章日期:2020年5月24日\n\n【明報專訊】全國人大湖北代表團", [("FC208", 2, 1)]),
    ("资料\n3.0 牛悦 2024-11-11 4 4 2.16MB 112 页 15积分\n正文", [("FC208", 2, 1)]),
    ("已發表: 2022-07-18\n\n記錄會議記錄可能感覺很平常", [("FC208", 1, 1)]),
    (
        "文章\n  • 博客积分: 2078\n  • 博客等级: 大尉\n  • 用 户 组: 普通用户\n正文",
        [("FC208", 2, 5), ("FC208", 3, 5), ("FC208", 4, 5)],
    ),
    ("一、回顾\n今年以来。\n格式:DOC 上传日期:2022-08-03 03:18:03\n二、问题", [("FC208", 3, 1)]),
    (
        "一、回顾\n今年以来。\n日期：2023-01-01 作者：网友投稿 阅读：100\n二、问题",
        [("FC208", 3, 1)],
    ),
    ("协议\n热门城市:永康市律师 太原律师 滦南县律师 石拐区律师\n正文", [("FC208", 2, 1)]),
    # Adverts: a channel, a call and a benefit.
    ("工作总结\n扫码关注公众号，免费获取更多资料\n一、工作回顾", [("FC208", 2, 1)]),
    ("工作总结\n下载APP，海量文档免费看\n一、工作回顾", [("FC208", 2, 1)]),
    ("长按识别二维码，回复“总结”免费领取完整版", [("FC208", 1, 1)]),
    ("共计 2886 个字符,预计需要花费 8 分钟才能阅读完成。\n\n行政写作", [("FC208", 1, 13)]),
    ("這是明報教育網-訂戶專區,進入本區前,請先登入系統...", [("FC206", 1, 1)]),
    # Site marks in a body: format notes, cuts, the site as source, the page's address.
    ("一、回顾\n本文档为Word格式，可自由编辑修改\n二、问题", [("FC208", 2, 1)]),
    ("一、回顾\n以上为部分内容，完整版请点击下载\n二、问题", [("FC207", 2, 1)]),
    ("一、回顾\n本文由第一范文网整理发布\n二、问题", [("FC208", 2, 1)]),
    ("一、回顾\n本文链接：https://www.fanwen.com/123.html\n二、问题", [("FC208", 2, 1)]),
    ("4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。", [("FC206", 1, 1)]),
]

SILENT = [
    "| 姓名 | 电话 |\n| 张三 | *** |\n| 李四 | *** |\n| 王五 | *** |",
    "第一节\n***\n第二节",
    "重点：***务必***按时完成。",
    "| ... | ... | ... |\n| ... | ... | ... |",
    "| 序号 | 姓名 |\n| 1 | 张三 |\n| ...... | |",
    "| 步骤 | 说明 |\n| ..... | ..... |\n| ..... | ..... |",
    "会议纪要\n时间：2023年3月1日\n地点：公司会议室\n主持人：张三",
    "甲方：某某公司\n乙方：某某个人",
    "姓名：张三　性别：男　民族：汉",
    "编号：SC-001 版本：V1.0 页数：12",
    "规格：A4 格式：PDF 大小：2MB",
    "关键词：党建；述职；报告",
    "项目名称：智慧园区\n项目编号：123",
    "2023-05-01 时间：上午9点 地点：会议室",
    "通过微信公众号扫码报名参加培训。",
    "请关注“学习强国”公众号，及时了解政策。",
    "扫码登记后方可进入园区。",
    "平台汇聚海量数据资源，服务企业发展。",
    "活动期间扫码领取优惠券。",
    "(3)所有资料不得含有其他公司/个人/公众号的名称、二维码、链接等版权信息。",
    "公司承担培训费用，不意味着员工可以随意离职。",
    "请按程序提出版权申诉。",
    "相关单位：市财政局 市发改委 市住建局 市生态环境局",
    "推荐人选：张三 李四 王五 赵六",
    "日期：2023-01-01 阅读：全体党员",
    "会议时间：2023-05-01 09:00 地点：三楼会议室",
    "2023年5月1日召开会议，材料共12页，文件大小3MB。",
    "2023-05-01 张三 提交 12页 报告",
    "名称：打印机\n数量：5\n价格：3000元",
    "文件编号：QP-01\n版本号：A/0\n页数：1/5",
    "个人积分：120\n个人简介：热爱学习",
    "附件为Word格式，请各单位填写后报送。",
    "申报材料须为word版，可编辑，便于修改。",
    "表格可编辑，请按要求填写后上传。",
    "以上为部分内容摘要，详见附件。",
    "屏幕仅显示部分数据，请滚动查看。",
    "完整版规划文本可到市发改委网站下载。",
    "本文由新华社记者采写，新华网发布。",
    "资料来源：中国知网文库检索。",
    "本课题的资料来自学校图书馆文库。",
    "请访问本站首页查看更多公告。",
    "欢迎登录本站办理业务。",
    "本文由市委办公室整理。",
    "每天阅读时间30分钟，养成良好习惯。",
    "工会会员专区设在二楼。",
    "文件大小：12MB",
    "读书笔记\n阅读：《论语》\n收藏：无",
    "通知\n发文日期：2023年5月1日\n各科室：",
    "2023-01-01 12:00:00 INFO 服务启动，占用内存 589KB，耗时 3 秒",
]


@pytest.mark.parametrize(("text", "expected"), FIRES)
def test_fires(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(text, "FC2") == expected


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    assert positions(text, "FC2") == []


def test_more_silent_rows_than_firing_rows() -> None:
    assert len(SILENT) > len(FIRES)
