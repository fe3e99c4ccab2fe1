"""Tests for the FC2xx paywall and sharing-site residue rules.

Each rule has a table of texts where it must fire, with the exact findings of
all FC2 rules, and a longer table of real-looking texts where it must stay
silent. The seed documents are checked against their labels.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fillcheck.detectors import _anchors, paywall, scrape
from fillcheck.document import Document
from fillcheck.registry import all_rules
from helpers import positions

# --- FC201 paywall-marker -------------------------------------------------

FIRES_201 = [
    (
        "##paidbegin##压实各基层党组织书记抓基层党建的责任。##paidend##",
        [("FC201", 1, 1), ("FC201", 1, 33)],
    ),
    (
        "一、主要做法\n$$paidbegin$$\n持续推进党支部标准化建设。\n$$paidend$$",
        [("FC201", 2, 1), ("FC201", 4, 1)],
    ),
    ("<paid>付费部分正文。</paid>", [("FC201", 1, 1), ("FC201", 1, 14)]),
    ("## PaidBegin ##\n正文。\n＃＃PAIDEND＃＃", [("FC201", 1, 1), ("FC201", 3, 1)]),
    ("正文第一部分。##pagebreak##第二部分", [("FC201", 1, 8)]),
]
SILENT_201 = [
    "## 工作总结",
    "### 三、下一步工作打算",
    "$$x^2 + y^2 = z^2$$",
    "<p>压实各基层党组织书记抓基层党建的责任。</p>",
    "请将材料发送至 paid@example.com 邮箱。",
    "访问 https://example.com/paidbegin 获取资料。",
    "# paidbegin 只有一个井号",
    "$paidend$ 只有一个美元符号",
    "<paid-content>标签不是付费标记</paid-content>",
    "付费内容（paid content）是知识服务的一种形式。",
]

# --- FC202 unpaired-paywall-marker ----------------------------------------

FIRES_202 = [
    ("压实各基层党组织书记抓基层党建的责任。##paidbegin##", [("FC202", 1, 20)]),
    ("##paidend##\n以强有力的组织保障推动经济社会高质量发展!", [("FC202", 1, 1)]),
    ("<paid>第一段。\n<paid>第二段。</paid>", [("FC202", 1, 1), ("FC201", 2, 1), ("FC201", 2, 11)]),
]
SILENT_202 = [
    "##paidbegin##正文。##paidend##",
    "<paid>正文。</paid>",
    "$$paidbegin$$正文。##paidend##",
    "正文。\n<PAID>付费部分。</Paid>",
    "##pagebreak##",
    "督导各支部深##paidbegin##入开展活动。",
    "压实各基层党组织书记抓基层党建的责任。",
]

# --- FC203 paywall-marker-splits-word -------------------------------------

FIRES_203 = [
    ("督导各支部深##paidbegin##入开展党员干部“担使命、践承诺”活动。", [("FC203", 1, 7)]),
    (
        "压实各基层党组织书记抓基层##paidbegin##党建的责任。\n##paidend##",
        [("FC203", 1, 14), ("FC201", 2, 1)],
    ),
    ("推进全面从严治党向纵<paid>深发展", [("FC203", 1, 11)]),
    ("深入开展##pagebreak##调查研究", [("FC203", 1, 5)]),
]
SILENT_203 = [
    "压实责任。##paidbegin##\n正文",
    "党建 ##paidbegin## 工作",
    "abc##paidbegin##def",
    "第1##paidbegin##2",
    "“深化##paidbegin##”",
    "督导各支部深入开展党员干部“担使命、践承诺”活动。",
]

# --- FC204 paywall-hidden-notice -------------------------------------------

FIRES_204 = [
    (
        "| 年末总人口 |\n*** |\n*** |\n| 城镇 |\n*** |",
        [("FC204", 2, 1), ("FC204", 3, 1), ("FC204", 5, 1)],
    ),
    ("二、存在的问题及原因 内容已经隐藏，点击付费后查看", [("FC204", 1, 12)]),
    ("一、主要做法\n内容已经隐藏\n三、下一步工作打算", [("FC204", 2, 1)]),
    # a course forum's tip where a post's rest is withheld: `(剩余内容已隐藏)`
    ("一、主要做法\n(剩余内容已隐藏)\n报名课程即可查看完整内容", [("FC204", 2, 2)]),
    ("以下内容需付费阅读。", [("FC204", 1, 1)]),
    ("本帖隐藏的内容需要回复才可以浏览", [("FC204", 1, 1)]),
    ("本文为付费内容，付费后即可阅读全文。", [("FC204", 1, 1), ("FC204", 1, 9)]),
]
SILENT_204 = [
    "第一节\n***\n第二节\n***\n第三节",
    "| 姓名 | 电话 |\n| 张三 | *** |",
    "涉及个人隐私的部分内容已隐藏处理，不影响统计结果。",
    "会议内容已经印发各支部，请认真学习。",
    "知识付费内容的监管有待加强。",
    "学员付费后可获得结业证书。",
    "请登录学习强国APP查看学习积分。",
    "购买后查看发票是否齐全。",
    "要深挖隐藏在背后的问题，排查安全隐患。",
    "更多内容请关注“学习强国”平台。",
]

# --- FC205 unread-pages-prompt ---------------------------------------------

FIRES_205 = [
    ("严格执行领导干部双重组织生活制度。还剩3页未读，继续阅读", [("FC205", 1, 18)]),
    ("已阅读5页,还剩61页未读 继续免费阅读", [("FC205", 1, 1)]),
    ("开户行地址：[开户行地址] 还剩\n 15页未读，继续阅读.", [("FC205", 1, 15)]),
    ("已閱讀5頁,還剩102頁未讀 繼續免費閱讀", [("FC205", 1, 1)]),
    ("展开阅读全文\n点击查看更多>>", [("FC205", 1, 1), ("FC205", 2, 1)]),
]
SILENT_205 = [
    "要继续阅读经典著作，读原著、学原文、悟原理。",
    "还剩3天时间，各支部要抓紧完成。",
    "这本书还剩下30页没有读完。",
    "认真阅读全文，深刻领会精神实质。",
    "请点击查看更多信息。",
    "剩余资金将全部用于项目建设。",
    "继续开展“我为群众办实事”实践活动。",
]

# --- FC206 download-prompt --------------------------------------------------

FIRES_206 = [
    ("下载文档到电脑，查找使用更方便", [("FC206", 1, 1)]),
    ("2下载券  42人已下载", [("FC206", 1, 1)]),
    ("需要1下载券", [("FC206", 1, 1)]),
    ("资源格式: DOC        下载积分:8金币", [("FC206", 1, 18)]),
    ("计算机导论.doc\n合集下载\n第一章", [("FC206", 2, 1)]),
    ("阅读已结束，下载本文需要使用2下载券", [("FC206", 1, 1)]),
    (
        "1下载券  6681人已下载\n下载\n还剩3页未读，继续阅读",
        [("FC206", 1, 1), ("FC206", 2, 1), ("FC205", 3, 1)],
    ),
    ("上传文档赚钱", [("FC206", 1, 1)]),
    ("正文\n下載本文檔\n已閱讀5頁,還剩71頁未讀", [("FC206", 2, 1), ("FC205", 3, 1)]),
    ("【下载声明】本站所有文档均来自网络", [("FC206", 1, 1)]),
    ("开通VIP，免费下载", [("FC206", 1, 1)]),
    ("返回 下载 相关 举报", [("FC206", 1, 1)]),
    ("正文第一段。\n文档下载", [("FC206", 2, 1)]),
    ("下载\n支付方式\n正文", [("FC206", 1, 1), ("FC206", 2, 1)]),
]
SILENT_206 = [
    "引导党员下载安装学习强国APP，每日学习不少于30分钟。",
    "上传下达，确保政令畅通",
    "开通绿色通道，为群众办实事",
    "开通VIP通道服务重点企业",
    "支付方式改革稳步推进",
    "返回家乡创业，分享发展成果",
    "第一章 操作说明\n下载\n安装配置\n第二章",
    "表1 按钮说明\n上传\n下载\n删除\n表2",
    "本季度APP下载率提升至85%。",
    "下载券是一种虚拟货币。",
    "已有1200人下载了该应用程序。",
    "请各单位于5月10日前下载填报。",
    "通知全文可在单位官网免费下载。",
    "操作\n下载\n删除",
    "微信扫码登录后下载附件。",
    "已有3人已报名，请及时下载报名表。",
]

# --- FC207 truncation-note --------------------------------------------------

FIRES_207 = [
    ("全文共3265字，当前显示1000字。", [("FC207", 1, 1)]),
    ("……(省略854字,正式会员可完整阅读)", [("FC207", 1, 3)]),
    ("……此处隐藏17650个字……", [("FC207", 1, 3)]),
    ("本资源只提供10页预览,全部文档请下载后查看!喜欢就下载吧,查找使用更方便", [("FC207", 1, 1)]),
    ("此处隐藏：3125字，全部文档内容请下载后查看。喜欢就下载吧", [("FC207", 1, 1)]),
    ("试读结束，如需阅读全文请购买正版图书。", [("FC207", 1, 1)]),
    ("亲，该文档总共32页，到这已超出免费预览范围，如果喜欢就直接下载吧~", [("FC207", 1, 1)]),
    ("……点击查看余下全文", [("FC207", 1, 3)]),
]
SILENT_207 = [
    "本报告全文共8000字，分为三个部分。",
    "省略号的用法",
    "正式会员大会召开",
    "为节省篇幅，省略了部分细节",
    "当前显示100字以内的摘要。",
    "试读结束后请将图书归还图书馆。",
    "预览结束后调用核验接口。",
    "共排查出隐藏问题12个。",
    "余下部分由各支部自行安排。",
    "文件预览功能已上线。",
    "预览结束后点击下载按钮保存文件。",
]

# --- FC208 sharing-site-notice ---------------------------------------------

FIRES_208 = [
    ("精品文档 仅供学习与交流，如有侵权请联系网站删除", [("FC208", 1, 1)]),
    ("上传人:张三 上传时间:2021-03-01 页数:12", [("FC208", 1, 1)]),
    ("一旦售出,不予退换", [("FC208", 1, 1)]),
    ("本站仅提供信息存储空间，仅对用户上传内容的表现方式做保护处理", [("FC208", 1, 3)]),
    ("文章内容仅供预览,部分内容可能不全", [("FC208", 1, 1)]),
    ("(请认真阅读下面的提示信息)", [("FC208", 1, 1)]),
    ("本文格式为Word版,下载可任意编辑", [("FC208", 1, 1)]),
    ("本网站标明原创的文章,版权归本站所有,欢迎转载", [("FC208", 1, 12)]),
    ("导语:一文来源于网友上传,不代表本站观点,欢迎参考。", [("FC208", 1, 1)]),
    (
        "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
        [("FC208", 1, 1)],
    ),
    (
        "人人文库网所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。",
        [("FC208", 1, 1)],
    ),
    (
        "《接口详细设计文档资料.doc》由会员分享,可在线阅读,更多相关《接口详细设计文档资料.doc(45页珍藏版)》请在淘文阁网上搜索。",
        [("FC208", 1, 1)],
    ),
    (
        "上传人：晟晟文业 文档编号：4106200 上传时间：2022-11-11 格式：PPT 页数：49",
        [("FC208", 1, 1)],
    ),
    ("资料内容仅供您学习参考，如有不当或者侵权，请联系改正或者删除。", [("FC208", 1, 1)]),
    (
        "（此文档为word格式，可任意修改编辑！）\nword版本可编辑.欢迎下载支持.",
        [("FC208", 1, 1), ("FC208", 2, 1)],
    ),
]
SILENT_208 = [
    "对侵犯群众权益的问题，发现一起、查处一起。",
    "请认真阅读文件精神，深刻领会",
    "上传时间为2021年，页数较多",
    "商品一旦售出后如有质量问题，依法退换",
    "平台仅提供信息服务",
    "资料仅供预览使用的说明",
    "文件大小：12MB",
    "版权归作者所有，文责自负",
    "文件可任意编辑修改的格式",
    "该观点不代表本单位立场",
    "依法打击侵权假冒行为。",
    "如有侵权行为，将依法追究责任。",
    "本文件由用户单位填写后上传至系统。",
    "相关资料仅供参考。",
    "请在文档编号栏填写编号。",
    "淘豆网是一个文档分享平台。",
    "迅雷下载速度较快。",
    "用户ID：12345",
    "请各单位提交Word版本可编辑的材料。",
    "此文档为Word格式，请用办公软件打开。",
]

# --- FC209 page-counter ----------------------------------------------------

FIRES_209 = [
    ("二是抓队伍，强化能力素质。第 3 页 共 10 页", [("FC209", 1, 14)]),
    ("第3页/共10页", [("FC209", 1, 1)]),
    ("共10页 第3页", [("FC209", 1, 1)]),
    ("正文。\n- 3 -\n正文。", [("FC209", 2, 1)]),
    ("— 12 —\n正文。", [("FC209", 1, 1)]),
    ("正文。\n  3 / 10  \n", [("FC209", 2, 3)]),
    ("内部技术文档库搭建_第1页\n内部技术文档库搭建_第2页", [("FC209", 1, 1), ("FC209", 2, 1)]),
    ("Page 3 of 10", [("FC209", 1, 1)]),
    # a viewer's counter, the page glued to its `of` (ja.scribd.com)
    ("You are on page 1of 77\n\n政府公文寫作手冊", [("FC209", 1, 1)]),
]
SILENT_209 = [
    "具体安排详见第3页，共10项任务。",
    "详见第三页。",
    "2022年第3期",
    "本报告共10页，请审阅。",
    "第12页 共3页",
    "3/10",
    "1/2",
    "- 工作总结 -",
    "2023 / 12",
    "第3页至第5页为附件材料。",
    "共3页，第2页有误。",
    "- 列表项一\n- 列表项二",
    "The survey is on page 3 of the appendix.",
    "You are on page 12 of 3",
]

# Real report and Markdown text in which no FC2 rule may fire.
CLEAN = [
    "2022年度某党组书记抓基层党建工作述职报告",
    "依托“学习强国”“机关党建云”“微信公众号”等平台，开展干部理论学习教育。",
    "开展“海棠赋力”等专精特新系列政策培训，累计访问量达1100万余次。",
    "# 一、工作开展情况\n\n- **政治建设**：牢固树立“四个意识”\n- 详见附件第2页",
    "联系人：张三，电话：010-12345678，邮箱：zhangsan@example.gov.cn",
    "| 序号 | 指标 | 完成率 |\n|---|---|---|\n| 1 | 下载量 | 3/10 |",
    "```python\nprint('##paid')\n```",
]

FIRES = [
    *FIRES_201,
    *FIRES_202,
    *FIRES_203,
    *FIRES_204,
    *FIRES_205,
    *FIRES_206,
    *FIRES_207,
    *FIRES_208,
    *FIRES_209,
]
SILENT = [
    *(("FC201", t) for t in SILENT_201),
    *(("FC202", t) for t in SILENT_202),
    *(("FC203", t) for t in SILENT_203),
    *(("FC204", t) for t in SILENT_204),
    *(("FC205", t) for t in SILENT_205),
    *(("FC206", t) for t in SILENT_206),
    *(("FC207", t) for t in SILENT_207),
    *(("FC208", t) for t in SILENT_208),
    *(("FC209", t) for t in SILENT_209),
]


@pytest.mark.parametrize(("text", "expected"), FIRES)
def test_fires(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(text, "FC2") == expected


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_silent(code: str, text: str) -> None:
    assert positions(text, code) == []


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text(text: str) -> None:
    assert positions(text, "FC2") == []


def test_every_rule_has_more_silent_rows_than_firing_rows() -> None:
    for code in (f"FC20{n}" for n in range(1, 10)):
        fires = [row for row in FIRES if row[1] and row[1][0][0] == code]
        silent = [row for row in SILENT if row[0] == code]
        assert len(silent) > len(fires) > 0, code


def test_split_word_message_names_the_word() -> None:
    from fillcheck import audit_text

    (finding,) = audit_text("督导各支部深##paidbegin##入开展党员干部活动。", select=["FC203"])
    assert finding.message == (
        "paywall marker `##paidbegin##` cuts into the text between 深 and 入"
        " (…督导各支部深|入开展党员干…)"
    )
    assert finding.suggestion == "delete the marker"
    assert finding.end_column - finding.column == len("##paidbegin##")


# The patterns and how each rule moves a match's start; the shared scan must
# find every match that trying the pattern at every position would find.
_PATTERNS = [
    (paywall.MARKER, None),
    (paywall.HIDDEN_NOTICE, paywall._hidden_notice_start),
    (scrape.UNREAD_PROMPT, _anchors.with_leads(scrape._UNREAD_LEADS)),
    (scrape.DOWNLOAD_PROMPT, _anchors.with_leads(scrape._DOWNLOAD_LEADS)),
    (scrape.TRUNCATION_NOTE, _anchors.with_leads(scrape._TRUNCATION_LEADS)),
    (scrape.SITE_NOTICE, _anchors.with_leads(scrape._SITE_LEADS)),
    (scrape.THUMBNAIL_CAPTION, None),
]


@pytest.mark.parametrize("text", [row[0] for row in FIRES] + [row[1] for row in SILENT] + CLEAN)
def test_every_match_starts_on_a_trigger(text: str) -> None:
    triggered = _anchors.anchors(Document(text))
    for pattern, start_of in _PATTERNS:
        everywhere = list(_anchors.matches_at(text, range(len(text)), pattern, start_of))
        on_triggers = list(_anchors.matches_at(text, triggered, pattern, start_of))
        assert [(s, m.span()) for s, m in on_triggers] == [(s, m.span()) for s, m in everywhere]


def test_each_document_has_its_own_scan() -> None:
    marked, clean = "深##paidbegin##入", "深入"
    assert positions(marked, "FC2") == [("FC203", 1, 2)]
    assert positions(clean, "FC2") == []
    assert positions(marked, "FC2") == [("FC203", 1, 2)]


_FRAGMENTS = [
    "##paidbegin##", "##paidend##", "$$paidend$$", "<paid>", "</paid>", "##pagebreak##",
    "深", "入", "。", "\n", " ", "3", "10", "第", "共", "页", "/", "- ", "_第1页",
    "还剩", "页未读", "继续阅读", "下载券", "人已下载", "隐藏", "内容已经", "付费后查看",
    "如有侵权请联系网站删除", "全文共", "字，当前显示", "此处", "试读结束",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30).map("".join))
def test_any_text_gives_spans_inside_it_and_each_marker_once(text: str) -> None:
    doc = Document(text)
    markers = 0
    for rule in all_rules():
        if rule.code.startswith("FC2"):
            hits = list(rule.check(doc))
            assert all(0 <= hit.start < hit.end <= len(doc.text) for hit in hits)
            markers += len(hits) if rule.code in ("FC201", "FC202", "FC203") else 0
    assert markers == len(list(paywall.MARKER.finditer(doc.text)))
