"""Residue told by where it stands (FC210 with FC205-FC209 as evidence), and told once.

Rows are shaped after real scraped pages: a line that could be the document's
own (a user name, a page count, a time) is residue when it stands at the head
or tail of the text in a run with other residue, and only then.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fillcheck.detectors._edges import shape
from fillcheck.engine import audit_document
from fillcheck.readers import read_path
from fillcheck.registry import select_rules
from fillcheck.script import fold
from helpers import PROSE, positions
from pdfbuild import make_pdf

MUST_FIRE = [
    # an uploader's handle above a view counter (bxddg)
    (f"Administrator\nPublished on 2025-09-09 / 3 Visits\n\n{PROSE}", [(1, 1), (2, 1)]),
    # a metadata list: upload date, uploader, page count (meidekan)
    (
        f"标题范文(3篇)\n\n  • 上传日期:2024-04-08 00:07:05 |\n  • ZTFB |\n  • 11页\n\n{PROSE}",
        [(3, 5), (4, 5), (5, 5)],
    ),
    # a site's time field under a breadcrumb, a title between them (okmifeng)
    (
        "蜜蜂职场文库 > 文秘工作 > 工作报告 >\n\n环境治理问题的整改报告\n\n"
        f"时间: 小龙 工作报告\n\n{PROSE}",
        [(1, 1), (5, 1)],
    ),
    # a publishing time in traditional script with a pinyin gloss, above an upload notice
    (
        "市長在黨建職責述職工作會發言\n\n時(shí)間:2022-05-14 09:10:00\n\n"
        f"導語:本文來源於網友上傳,不代表本站觀點。\n\n{PROSE}",
        [(3, 1), (5, 1)],
    ),
    # a bookmark button after a truncation note, at the end (wm114)
    (
        f"{PROSE}\n……(新文秘网省略854字,正式会员可完整阅读)\n收藏《述职报告的写作》)",
        [(2, 8), (3, 1)],
    ),
    # a site's notice cut short on the last line (wawtxt)
    (f"{PROSE}\n本网站为网", [(2, 1)]),
    # a related link with its rating
    (f"- 代理記賬公司績(jì)效考核方案 推薦度:\n- 相關(guān)推薦\n{PROSE}", [(1, 3), (2, 3)]),
    # a hashtag row glued to the text
    ("【#合同范文# #2022年勞動合同格式及范本#】勞動合同,又稱勞動契約。", [(1, 1)]),
    # betting-site spam injected into a sentence
    ("为帮助大家写好会议纪要,威廉希尔app 编辑为大家整理了会议纪要格式。", [(1, 13)]),
    # chunk numbers of a page dump after a member-share notice (三一办公)
    (
        "《课件.ppt》由会员分享,可在线阅读,更多相关《课件.ppt(43页珍藏版)》请在三一办公上搜索。\n\n"
        f"1、{PROSE * 3}\n\n2、{PROSE * 3}",
        [(1, 1), (3, 1), (5, 1)],
    ),
]

LONG_NOISE = "7 B9 l# y' B; V( W' F: q9 m1"
MUST_FIRE += [
    # a short run of anti-copy noise in a text that carries a long one (Discuz! jammer)
    (f"这样就写好了开头。{LONG_NOISE}\n正文的结构。y. A! f1 _'\n", [(1, 10), (2, 7)]),
]

FORM = (
    "资源ID:28908600      下载积分:3 金币\n快捷下载\n邮箱/手机:\n温馨提示:\n"
    "用户名和密码都是您填写的邮箱或者手机号,方便查询和重复下载(系统自动生成)。\n"
    "支付方式: 支付宝    微信支付   \n验证码:   换一换\n\n账号:\n密码:\n  忘记密码?\n\n"
    f"{PROSE}"
)
MUST_FIRE += [
    # a log-in and payment form around a download price (冰豆网, 三一办公)
    (FORM, [(1, 20), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (9, 1), (10, 1), (11, 3)]),
    # a site's welcome header and its category menu above a breadcrumb
    (
        "欢迎来到三一办公! | 帮助中心 三一办公31ppt.com(应用文档模板下载平台)\n全部分类\n"
        f"  • 办公文档>\n  • PPT模板>\n    首页 三一办公 > 资源分类 > PPT文档下载  \n\n{PROSE}",
        [(1, 1), (2, 1), (3, 5), (4, 5), (5, 5)],
    ),
    # the download notices of the document-sale CMS, numbered
    (
        f"{PROSE}\n下载须知\n"
        "1: 本站所有资源如无特殊说明,都需要本地电脑安装OFFICE2007和PDF阅读器。\n"
        "3: 文件的所有权益归上传用户所有。\n5. 本站仅提供交流平台,并不能对任何下载内容负责。\n"
        "2、PDF文件下载后,可能会被浏览器默认打开,此种情况可以点击浏览器菜单。",
        [(2, 1), (3, 4), (4, 7), (5, 4), (6, 6)],
    ),
]

MUST_NOT_FIRE = [
    # a meeting's own time and place under a title
    f"会议纪要\n\n时间:2023-01-06 14:30\n地点:三楼会议室\n\n{PROSE}",
    "关于召开工作会议的通知\n时间：2023年1月6日上午9时\n地点：三楼会议室",
    # a date under a title is the document's own
    f"工作总结\n2023-01-06\n\n{PROSE}",
    # handles and counts with no residue near them
    f"Administrator\n\n{PROSE}",
    f"{PROSE}\n11页",
    f"Python\n{PROSE}",
    # a heading, a byline and a source line in news
    f"新华社北京1月6日电\n作者:张三\n来源:新华网\n\n{PROSE}",
    # a table of contents and a reference list
    "目录\n第一章 总则 1\n第二章 组织 3\n第三章 附则 9",
    f"{PROSE}\n参考文献\n[1] 张三. 党建工作研究[J]. 党建, 2020(3): 12-15.",
    # numbered paragraphs of the document's own, with no residue before them
    f"工作要点\n\n1、{PROSE * 3}\n\n2、{PROSE * 2}",
    # a bookmark word inside a sentence, and the word 本站 in prose
    f"{PROSE}\n请将本文收藏并转发给各支部。",
    "本站位于市中心。\n" + PROSE,
    # 金沙 and 皇冠 as place and plain words
    "金沙县召开工作会议,皇冠假日酒店承办。",
    # 小编为大家 is the page's own introduction, not a site's name
    "下面是小编为大家收集的优秀范文,供大家参考借鉴。",
    # a form of the document's own: a sign-up sheet with no residue near it
    f"报名表\n账号:\n密码:\n\n{PROSE}",
    # a reminder heading of the document's own, and menus in prose
    f"温馨提示:\n{PROSE}",
    f"{PROSE}\n依次点击 文件> 选项> 高级。",
    # welcome words in a speech
    "欢迎来到美丽的江城！各位来宾，大家好。",
    # a path is not a breadcrumb, nor a chapter pointer
    "详见 第一章 > 第二节 > 第三条",
    # a short run like anti-copy noise in a text with no noise: initials, a quote mark
    "正文的结构。y. A! f1 _'\n",
    f"{PROSE}\n见 A. B' c 三项。",
    # Markdown front matter and hashtags
    "---\ntitle: 报告\ndate: 2023-01-06\n---\n\n# 标题\n\n正文 #tag",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_must_fire(text, expected):
    found = [(line, column) for _, line, column in positions(text, ["FC2"])]
    assert found == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_must_not_fire(text):
    assert positions(text, ["FC2"]) == []


def test_more_silent_rows_than_firing_rows():
    assert len(MUST_NOT_FIRE) > len(MUST_FIRE)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("  • ZTFB |", "weak"),
        ("11页", "weak"),
        ("时间:2022-05-14 09:10:00", "meta"),
        ("格式:DOC 上传日期:2023-01-13 11:06:16 页码:8", "sure"),
        ("收藏《述职报告的写作》)", "edge"),
        ("收藏 分享(赏)", "edge"),
        ("返回 下载 相关 举报", "edge"),
        ("付费下载", "weak"),
        ("微信扫一扫登录", "weak"),
        ("收藏 分享 一下", None),
        ("时间:2023年1月6日", None),
        ("2023-01-06", None),
        ("作者:张三", None),
        ("环境治理问题的整改报告", None),
        ("请将本文收藏。", None),
    ],
)
def test_line_shape(line, kind):
    assert shape(fold(line)) == kind  # detectors read the view, traditional script folded


def test_short_items_after_residue_are_the_documents_own_list():
    text = "《课件.ppt》由会员分享,可在线阅读。\n\n1、总则\n\n2、组织"
    assert positions(text, ["FC2"]) == [("FC208", 1, 1)]


def test_the_zone_of_a_text_ends_at_its_prose():
    # the same handle after the first paragraph is no longer at the head
    text = f"下载本文档\n{PROSE}\nAdministrator\n{PROSE}"
    assert positions(text, ["FC2"]) == [("FC206", 1, 1)]


BODY = "\n".join([PROSE] * 60)


def rules_found(path: Path) -> list[tuple[str, str]]:
    findings = audit_document(read_path(str(path)), select_rules(None, None))
    return [(f.rule, f.text) for f in findings]


def test_residue_in_a_running_header_is_reported_once(tmp_path: Path):
    pdf = make_pdf(BODY, header="精品文档 仅供学习与交流，如有侵权请联系网站删除")
    path = tmp_path / "copied.pdf"
    path.write_bytes(pdf)
    document = read_path(str(path))
    assert len([label for _, label in document.parts if label.startswith("page")]) >= 3
    assert rules_found(path) == [("FC208", "精品文档仅供学习与交流，如有侵权请联系网站删除")]


CODED_FIRE = [
    ("欢迎光临管理者范文网\n" + PROSE, [("FC210", 1, 1)]),
    ("首页 开发文档-编程规范\n\n" + PROSE, [("FC210", 1, 1)]),
    ("更新时间:2024-11-20 查看人数:22\n" + PROSE, [("FC210", 1, 1)]),
    ("其基本任务和方法是: 做 m.chayi5.com 好各项财务收支的计划。", [("FC210", 1, 14)]),
    ("举报\n开通vip\n\n" + PROSE, [("FC210", 1, 1), ("FC206", 2, 1)]),
    ("在大家参考的同时,也可以分享一下差异网给您的好友哦。", [("FC208", 1, 13)]),
    ("®無憂考網(wǎng)為大家提供《2022年勞動合同格式及范本》,歡迎閱讀。", [("FC208", 1, 1)]),
]
CODED_FIRE += [
    (
        "首页\n\n> 论文发表知识库\n\n首页 论文发表知识库 问题\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 1), ("FC210", 5, 1)],
    ),
    ("2022-07-23 04:29:19 来源:中国专利 TAG:\n" + PROSE, [("FC210", 1, 1)]),
]
CODED_FIRE += [
    # viewer tallies and buttons under a publishing line
    (
        "发布时间:2023-01-06  来源:本站\n阅读(123)  评论(0)\n点赞 分享\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1)],
    ),
]
CODED_FIRE += [
    # a web page's dateline: 发布时间 is a field only a page writes (tests/corpus/clean keeps one)
    ("来源:衡东县12345政务服务热线中心      发布时间:2025-04-22\n" + PROSE, [("FC210", 1, 1)]),
]
CODED_FIRE += [
    # a button row with a tip-jar tail on the first line (文档多多)
    ("收藏 分享(赏)\n\n课件.doc\n\n" + PROSE, [("FC210", 1, 1)]),
    # WeChat prompts in a tail after a publishing time (jk137)
    (
        f"{PROSE}\n\n展开阅读全文\n发布时间:2021-05-18 10:24:35\n\n"
        "打开微信扫一扫\n\n继续在微信上阅读",
        [("FC205", 3, 1), ("FC210", 4, 1), ("FC210", 6, 1), ("FC210", 8, 1)],
    ),
    # a paid-download button in traditional script with pinyin glosses (人人文库 mirror)
    (
        "已閱讀5頁(yè),還剩8頁(yè)未讀, 繼續(xù)免費(fèi)閱讀\n\n"
        "付費(fèi)下載\n\n下載本文檔\n\n" + PROSE,
        [("FC205", 1, 1), ("FC210", 3, 1), ("FC206", 5, 1)],
    ),
    # the site's name repeated under its welcome banner, then its menu (三一文库)
    (
        "欢迎来到三一文库! | 帮助中心 三一文库31doc.com 一个上传文档投稿赚钱的网站\n三一文库\n"
        "全部分类\n  • 研究报告>\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1), ("FC210", 4, 5)],
    ),
    # a QR-code log-in inside a download form (三一文库)
    (
        "资源ID:3901020       资源大小:1.96MB\n会员登录下载\n二维码\n微信扫一扫登录\n"
        "下载资源需要6\n\n" + PROSE,
        [("FC208", 1, 1), ("FC206", 2, 1), ("FC210", 3, 1), ("FC210", 4, 1), ("FC206", 5, 1)],
    ),
    # a download button between a preview notice and a section header (冰点文库)
    (
        "亲,该文档总共25页,到这儿已超出免费预览范围,如果喜欢就下载吧!\n"
        "下载资源\n资源描述\n\n" + PROSE,
        [("FC207", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1)],
    ),
]
CODED_FIRE += [
    # a breadcrumb that lost its arrows, and one that says 您现在的位置 (lovfp)
    ("您的当前位置:首页正文\n\n" + PROSE, [("FC210", 1, 1)]),
    ("您现在的位置:首页 > 新闻\n" + PROSE, [("FC210", 1, 1)]),
    # a site's staff byline with its name and date (免费考研网)
    ("本站小编 免费考研网/2018-01-12\n\n" + PROSE, [("FC210", 1, 1)]),
    # a blog mirror's stamp with its view tally (geek-share)
    (
        "您的位置:首页 > 编程语言\n\n标题\n\n2018-02-17 10:43 501 查看\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 5, 1)],
    ),
    # a byline with its date glued on, as a page's spans run together (物业经理人, 光明网)
    ("公司文书管理工作制度\n\n编辑:物业经理人2017-04-26\n\n" + PROSE, [("FC210", 3, 1)]),
    ("来源:光明网2022-07-22 13:18\n" + PROSE, [("FC210", 1, 1)]),
    # a back-to-top link on the last line
    (PROSE + "\n\nTop", [("FC210", 3, 1)]),
]
# Three chunks of a page dump, each cut inside a sentence where the page broke (冰豆网).
CUT_1 = (
    "高经理有个雷厉风行的作风,不管什么事,只要一碰到,立马儿就干。但是由于事先不作认真周密的思考、"
    "运筹,许多事做起来事倍功半,反倒费力不讨好。要有效地解决日常工作中碰到的各种问题,就必须首先分析与界定这些"
)
CUT_2 = (
    "问题。无论是制定计划还是解决问题,都必须善于运用创造性思维,形成富有创意的点子。在制定计划或解决问题的"
    "过程中,最核心的环节是科学决策。要将各种创意与方案编制成完善的计划,以便按照计划有条不紊地开展"
)
CODED_FIRE += [
    # chunk numbers that open the text, with no residue before them: the cuts tell
    (f"1、{CUT_1}\n2、{CUT_2}", [("FC210", 1, 1), ("FC210", 2, 1)]),
    (f"标题\n\n1、{CUT_1}\n\n2、{CUT_2}", [("FC210", 3, 1), ("FC210", 5, 1)]),
]
CODED_SILENT = [
    # a news article's own source line and dateline
    "来源:新华社\n" + PROSE,
    "新华社北京4月22日电\n来源：人民日报\n" + PROSE,
    # the same words as a document's own headings, with no residue near them
    "分享\n" + PROSE,
    "延伸阅读\n" + PROSE + "\n上一页",
    "评论(3)\n" + PROSE,
    "> 引用一段话\n\n正文。",
    "# 标题\n\n> 注意事项\n\n" + PROSE,
    "2022-07-23 04:29:19 INFO 服务启动完成",
    "请登录 www.gov.cn 查询办事指南。",
    "详见 www.stats.gov.cn 发布的公报。",
    "首页设计要简洁美观，突出重点。",
    "首页 要简洁, 版面要清楚, 重点要突出, 色彩要协调, 内容要丰富。",
    "更新时间为每年三月。",
    "开通会员服务窗口，方便群众办事。",
    "把好的经验分享给兄弟单位的同志。",
    "以下是小编为大家收集的劳动合同,欢迎阅读与收藏。",
    "欢迎光临指导！",
    # the same words with no residue near them, or in prose
    "二维码\n\n" + PROSE,
    PROSE + "\n\n扫码关注\n",
    "会议议程\n二维码\n签到表\n" + PROSE,
    "请用微信扫一扫二维码报名。\n" + PROSE,
    "下载资源包的方法\n" + PROSE,
    # two short words that are not all buttons, and one-character words
    "相关 分析\n" + PROSE,
    "顶 踩\n" + PROSE,
    "返回 主页面 设置\n" + PROSE,
    # a name under welcome words that are not a site's banner found as residue
    "欢迎光临指导\n指导\n" + PROSE,
    "欢迎来到美丽的江城！各位来宾，大家好。\n江城\n" + PROSE,
    "各位来宾:\n三一文库\n" + PROSE,
    # the same words in a document's own sentences and headings
    "本站编辑部地址在北京。\n" + PROSE,
    "本站小编整理了以下内容\n" + PROSE,
    "当前位置很重要,请注意安全。\n" + PROSE,
    "您的位置很重要\n" + PROSE,
    # a log line and a date with a count in prose
    "2018-02-17 10:43 501 error\n" + PROSE,
    "2018-02-17 10:43 共501人查看了公示。",
    "## Top\n" + PROSE,
    # bylines of the document's own: no date, or a date set apart, or a year in a title
    "作者:张三 2017-04-26\n" + PROSE,
    "编辑:张三\n" + PROSE,
    "来源:国家统计局2023年统计公报\n" + PROSE,
    "编辑说明:本书2017-04-26出版\n" + PROSE,
    # numbered paragraphs of the document's own, whole: no residue and no cut
    f"1、{PROSE * 3}\n2、{PROSE * 3}",
    f"1、{PROSE * 3}\n2、{PROSE * 3}不足",
    f"1、{PROSE * 2}因此\n2、{PROSE * 3}\n3、{PROSE * 3}",
    f"1、{CUT_1}",
    PROSE + "\nTop 10 的城市如下:\n" + PROSE,
]


@pytest.mark.parametrize(("text", "expected"), CODED_FIRE)
def test_coded_rows_fire(text, expected):
    assert positions(text, ["FC2"]) == expected


@pytest.mark.parametrize("text", CODED_SILENT)
def test_coded_rows_stay_silent(text):
    assert positions(text, ["FC2"]) == []
