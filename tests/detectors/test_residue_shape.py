"""Residue told by its shape and place (FC210): fields, menus, counters, footers, lists.

Rows are shaped after real pages from forums, news portals, government sites
and catalogues in both scripts; the silent rows are real official and
technical text that looks alike: signatures, contact lines, attachments,
tables of contents, tables of figures, meeting headers.
"""

from __future__ import annotations

import pytest

from fillcheck.detectors._edge_shape import shape
from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.registry import select_rules
from fillcheck.script import fold
from helpers import PROSE, rule_table

MUST_FIRE = [
    # a government page's skip link, mobile menu, anchor, print button and update time
    # (高雄市財政局)
    (
        (
            "跳到主要內容區塊\n手機選單\n:::\n\n財務行政\n\n    各機關單位預算執行要點 列印\n"
            f"      資料更新時間:110-01-15 11:30\n\n{PROSE}"
        ),
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1), ("FC210", 7, 17), ("FC210", 8, 7)],
    ),
    # a column of menu words above an article, one of them a navigation word (中国宗教学术网)
    (
        f"首页\n研究机构\n党建工作\n研究领域\n搜索\n\n黄海波:散布与聚合\n\n{PROSE}",
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1), ("FC210", 4, 1), ("FC210", 5, 1)],
    ),
    # a section menu, then the page's list of articles whose first the page repeats as its
    # title (自由時報)
    (
        (
            "今日新聞 社論 評論 專題報導 自由廣場 報社簡介 回首頁\n\n"
            "為台灣拚經濟 卻開放晶圓廠登陸\n拿出魄力處罰晶圓偷跑業者!\n"
            f"國營企業登陸就可以存活嗎?\n\n為台灣拚經濟 卻開放晶圓廠登陸\n\n{PROSE}"
        ),
        [("FC210", 1, 1), ("FC210", 3, 1), ("FC210", 4, 1), ("FC210", 5, 1)],
    ),
    # a Discuz! forum's log-in bar, counters, poster's sign-in days and post header (雨滴社区)
    (
        (
            " 找回密码\n 点击注册\n\nQQ登录\n\n查看: 124597|回复: 38253\n\n签到天数: 265 天\n\n"
            f"发表于 2010-5-26 13:51:42 | 显示全部楼层 |阅读模式\n\n{PROSE}"
        ),
        [
            ("FC210", 1, 2),
            ("FC210", 2, 2),
            ("FC210", 4, 1),
            ("FC210", 6, 1),
            ("FC210", 8, 1),
            ("FC210", 10, 1),
        ],
    ),
    # a forum byline with a reply stamp and a read counter, then the thread's status (TesterHome)
    (
        (
            "陈恒捷 · 2015年03月22日 · 最后由 Erichthionius 回复于 2016年12月07日 · 4270 "
            "次阅读\n本帖已被设为精华帖!\n"
            f"\n前言\n\n{PROSE}"
        ),
        [("FC210", 1, 1), ("FC210", 2, 1)],
    ),
    # a word count with a reading time, a separator and a publishing stamp (qinglite)
    (
        f"图解虚拟 DOM 之 DIff 算法\n共 12886字,需浏览 26分钟\n·\n2021-11-11 12:00\n{PROSE}",
        [("FC210", 2, 1), ("FC210", 3, 1), ("FC210", 4, 1)],
    ),
    # an ad toggle, a close button and a BBS repost header in traditional script (disp.cc)
    (
        "顯示廣告\n隱藏 ✕\n※ 本文為 Append 轉寄自 ptt.cc 更新時間: 2013-08-03 01:59:08\n"
        f"看板 Live\n\n{PROSE}",
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 3), ("FC210", 4, 1)],
    ),
    # a back-to-top link between the sections of a newsletter (PChome 電子報)
    (
        f"{PROSE}\n- - - - - - - - -< t o p >- - - - - - - - -\n \n"
        f"英語教室 semester (n.) 學期\n{PROSE}",
        [("FC210", 2, 1)],
    ),
    # an FAQ answer's update stamp, inside the text (司法院)
    (
        f"{PROSE}\n\n    [ 司法行政廳108-10-08更新 ]\n"
        f"  • 大法庭成員出缺或有事故不能擔任大法庭成員時之遞補方式為何?\n\n{PROSE}",
        [("FC210", 3, 5)],
    ),
    # a catalogue record's counter panel, inside the text (臺灣博碩士論文加值系統)
    (
        f"{PROSE}\n相關次數:\n  • 被引用被引用:1\n  • 點閱點閱:314\n  • 評分評分:\n"
        f"  • 下載下載:0\n{PROSE}",
        [("FC210", 2, 1), ("FC210", 3, 5), ("FC210", 4, 5), ("FC210", 5, 5), ("FC210", 6, 5)],
    ),
    # a site's copyright and licence footer
    (
        f"{PROSE}\n\nCopyright © 2008-2023 xx.com All Rights Reserved\n京ICP备12345678号",
        [("FC210", 3, 1), ("FC210", 4, 1)],
    ),
    # a date-first byline under a breadcrumb (lovfp)
    (
        "您的当前位置:首页正文\n\n第三条工程价款、结算及付款方式\n\n"
        f"2024-07-16 来源:个人儿子成长之路\n\n{PROSE}",
        [("FC210", 1, 1), ("FC210", 5, 1)],
    ),
    # the titles listed under a related-articles header at the end
    (
        f"{PROSE}\n\n相关文章\n工作总结范文\n述职报告怎么写\n年度考核个人总结",
        [("FC210", 3, 1), ("FC210", 4, 1), ("FC210", 5, 1), ("FC210", 6, 1)],
    ),
    # a breadcrumb in traditional script
    (
        f"當前位置:首頁 > 範文 > 工作總結\n\n{PROSE}",
        [("FC210", 1, 1)],
    ),
    # a print button in traditional script, inside the text (中華法學研究院)
    (
        f"{PROSE}\nprint列印此文章\n{PROSE}",
        [("FC210", 2, 1)],
    ),
    # a forum's title bar with its CMS credit, then its log-in bar
    (
        f"皮肤配置文件的编写方法 - 雨滴社区 - Powered by Discuz!\n 找回密码\n\n{PROSE}",
        [("FC210", 1, 1), ("FC210", 2, 2)],
    ),
    # a stamp next to a page counter inside a dump
    (
        f"{PROSE}\n第2页 / 共27页\n2021-11-11 12:00\n{PROSE}",
        [("FC209", 2, 1), ("FC210", 3, 1)],
    ),
    # a row of bracketed controls at the end
    (
        f"{PROSE}\n\n【打印本页】【关闭窗口】",
        [("FC210", 3, 1)],
    ),
]

MUST_NOT_FIRE = [
    # an issuing authority and its date under the text
    f"{PROSE}\n\n北京市人民政府\n2024年3月1日",
    # contact lines of an official notice
    f"{PROSE}\n联系人：张三  联系电话：010-12345678\n地址：北京市东城区正义路2号  邮编：100744",
    # a list of attachments
    f"{PROSE}\n\n附件：1. 2024年工作要点\n      2. 责任分工表",
    # a table of contents whose entries recur as headings
    f"目  录\n一、总体要求\n二、主要任务\n三、保障措施\n\n一、总体要求\n\n{PROSE}",
    # a table of figures
    f"指标 2023年 2024年 增长\n地区生产总值 1000 1100 10%\n{PROSE}",
    # a report's title, occasion line, speaker and salutation
    (
        "政府工作报告\n\n——2024年1月15日在北京市第十六届人民代表大会第二次会议上\n\n"
        f"北京市市长 殷勇\n\n各位代表：\n\n{PROSE}"
    ),
    # a newsletter's own contents: every entry recurs as a section
    (
        "英語教室 semester (n.) 學期\n領導統御 郭台銘:經營者信任的五角大廈\n"
        "經濟特區 加入WTO三年 兩岸成果比一比\n\n"
        f"英語教室 semester (n.) 學期\n\n{PROSE}\n\n領導統御 郭台銘:經營者信任的五角大廈\n\n{PROSE}"
    ),
    # a meeting's time, place and chair
    f"会议时间：2024年3月1日 14:30\n会议地点：市政府第一会议室\n主持人：张三\n\n{PROSE}",
    # a Markdown table naming menu items
    "| 名称 | 首页 | 搜索 |\n|---|---|---|\n| 链接 | 功能 | 说明 |",
    # a law's own revision note in brackets
    f"中华人民共和国安全生产法\n（2021年6月10日修订）\n\n{PROSE}",
    # a date under a title
    f"工作总结\n2024/07/05\n\n{PROSE}",
    # a document's own list of related files
    f"{PROSE}\n\n相关文件\n关于印发某某办法的通知\n某某实施细则",
    # figures of a village's statistics, one a line
    f"{PROSE}\n户数：120\n人口：4500\n面积：30",
    # an evaluation form's empty fields
    "考核表\n评分：\n评语：\n签字：",
    # a government website's annual report: visits and views with their units
    (
        f"{PROSE}\n网站总访问量（次）：123456\n网页总浏览量（次）：654321\n"
        "信息发布总数（条）：1234\n留言办理（条）：12"
    ),
    # a column of short headings with no navigation word
    f"工作要点\n组织领导\n宣传教育\n督导检查\n\n{PROSE}",
    # navigation words in a sentence
    f"{PROSE}\n请登录首页搜索栏目查询。",
    # a notice whose title recurs at its end
    f"关于做好安全生产工作的通知\n\n各区县人民政府：\n\n{PROSE}\n\n关于做好安全生产工作的通知",
    # log lines with date-times in a code block
    "```\n2023-01-06 12:00:00 INFO start\n2023-01-06 12:00:01 INFO ready\n```",
    # a Markdown container fenced with colons
    "::: tip\n提示内容\n:::",
    # a bracketed word between paragraphs
    f"{PROSE}\n【返回】\n{PROSE}",
    # a copyright sentence of the document's own
    f"{PROSE}\n本作品版权归作者所有，转载请注明出处。",
    # reading notes with fields named like a site's counters
    f"读书笔记\n阅读：《论语》\n收藏：无\n\n{PROSE}",
]


test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, ["FC2"]
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("查看: 124597|回复: 38253", "sure"),
        ("发表于 2010-5-26 13:51:42 | 显示全部楼层 |阅读模式", "sure"),
        ("發刊期數:第412期  發刊頻率:每日一次  發行量:459  發行者:發心的人", "sure"),
        ("共 12886字,需浏览 26分钟", "sure"),
        ("网站首页 | 网站地图", "sure"),
        ("跳到主要內容區塊", "sure"),
        ("Copyright © 2008-2023 xx.com All Rights Reserved", "sure"),
        ("签到天数: 265 天", "meta"),
        ("2024-07-16 来源:个人儿子成长之路", "meta"),
        ("看板 Live", "meta"),
        ("文档格式:.doc 文档大小:34.5K 文档页数:5页 顶/踩数:0/0", "sure"),
        ("TAG标签:工作总结 述职报告 年终总结 个人总结", "meta"),
        ("本文链接:https://www.xxx.com/a/12345.html", "meta"),
        ("微信扫码分享", "weak"),
        ("关键词:互联网 宗教 信息", None),
        ("网址：www.gov.cn", None),
        ("姓名：张三 性别：男 年龄：45 职务：局长", None),
        ("联系人：张三 联系电话：010-12345678 邮编：100744", None),
        ("[LV.8]以坛为家I", "weak"),
        ("隱藏 ✕", "weak"),
        ("[复制链接]", "weak"),
        ("·", "weak"),
        ("来源:新华网", None),
        ("作者:张三", None),
        ("阅读:《论语》", "meta"),
        ("联系人：张三  联系电话：010-12345678", None),
        ("时间：2023年1月6日上午9时", None),
        ("今日新聞 社論 評論 專題報導", None),
        ("| 首页 | 搜索 |", None),
    ],
)
def test_line_shape(line, kind):
    assert shape(fold(line)) == kind  # detectors read the view, traditional script folded


def test_fold_keeps_offsets():
    text = "發佈時間：2023-01-06　瀏覽次數：12"
    assert fold(text) == "发布时间：2023-01-06　浏览次数：12"
    assert len(fold(text)) == len(text)


def _paged(*pages: str) -> list[tuple[str, int, int, str]]:
    """FC2 findings on a paged document (a PDF's parts) made of ``pages``."""
    text, parts = "", []
    for number, page in enumerate(pages, 1):
        parts.append((len(text), f"page {number}"))
        text += page
    doc = Document(text, "copied.pdf", "pdf", parts=parts)
    return [
        (f.rule, f.line, f.column, f.text) for f in audit_document(doc, select_rules(["FC2"], None))
    ]


def test_the_head_of_each_page_is_read():
    first = f"关于做好安全生产工作的通知\n{PROSE}\n{PROSE}\n"
    second = f"网站首页 | 网站地图\n安全生产\nAdministrator\n{PROSE}\n{PROSE}\n"
    assert _paged(first, second) == [
        ("FC210", 4, 1, "网站首页 | 网站地图"),
        ("FC210", 6, 1, "Administrator"),
    ]


def test_a_pages_own_running_header_and_number_stay_silent():
    first = f"关于做好安全生产工作的通知\n{PROSE}\n{PROSE}\n"
    second = f"某某市人民政府文件\n— 2 —\n{PROSE}\n{PROSE}\n2024年3月1日\n"
    assert _paged(first, second) == []
