"""Residue told by the run it stands in: the page's header over its title, columns of buttons.

Must-fire rows are shaped after pages of news, blog, forum, government and 范文 sites
(中国改革网, 快好知, 報導者, 51Testing, fslk, tonybai, 爱思想, 大汉版通, 黑龙江省图书馆, a novel
site's app banner): a section word or a site's name over the title when residue follows
the title at once, a language switch over the menu, a column of one-button lines, a row of
controls, a doubled control with its tally, an archive's header, a topic list and a software
credit in the footer. The silent rows are real official, meeting and technical text that
uses the same shapes for its own ends: an attachment number over a title with no residue,
a ballot's row, a list of verbs, a heading longer than the line below it, a sentence about
archives, topics or a framework.
"""

from __future__ import annotations

from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.registry import select_rules
from helpers import PROSE, rule_table

MUST_FIRE = [
    # a site's name over the title, an advert under it (the advert is FC208's)
    (
        "快好知 kuaihz\n\n协议解除书怎么写?需要注意哪些细节?\n\n"
        "热门城市:永康市律师 太原律师 滦南县律师 石拐区律师\n\n" + PROSE,
        [("FC210", 1, 1), ("FC208", 5, 1)],
    ),
    # a section word over the title, the page's metadata under it
    (
        "文章\n\n吴金群:省管县的条件及对我国26个省区的聚类研究\n\n"
        "发稿时间:2011-07-03 00:00:00\n来源:浙江大学学报作者:作者:吴金群\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 5, 1), ("FC210", 6, 1)],
    ),
    # a news site's column of buttons under the title (traditional)
    (
        "淚痕下的尋道者\n落空的守望\n\n文字大小\n\n分享\n\n收藏\n\n前往專題\n\n" + PROSE,
        [("FC210", 4, 1), ("FC210", 6, 1), ("FC210", 8, 1), ("FC210", 10, 1)],
    ),
    # a forum post's row of controls
    (
        "    回复 支持 反对\n\n    使用道具 举报\n" + PROSE,
        [("FC210", 1, 5), ("FC210", 3, 5)],
    ),
    # a control whose icon's text doubles its label, with its tally
    ("    收藏收藏1\n" + PROSE, [("FC210", 1, 5)]),
    # a blog's archive headers
    ("存档\n\n‘收藏’ 分类的存档\n\n参数的含义\n\n" + PROSE, [("FC210", 1, 1), ("FC210", 3, 1)]),
    ("标签 标准库 下的文章\n\n百万行依赖的“恐惧”\n\n" + PROSE, [("FC210", 1, 1)]),
    # a journal site's topic links under its counter
    (
        "选择字号:   本文共阅读 1144 次\n\n进入专题: 网际互动   政府形象   网络民意\n\n" + PROSE,
        [("FC210", 3, 1)],
    ),
    # a government site's software credit in its footer
    (PROSE + "\n\nProduced By 大汉网络 大汉版通发布系统", [("FC210", 3, 1)]),
    # a library's language switch over its menu
    (
        "中文版    俄文版\n首页 动态 资源 服务 学术 关于龙图\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1)],
    ),
    # a forum's sign-in panel, a post's floor over its stamp, the jump link
    (
        "  • TA的每日心情\n    开心\n    2017-9-20 12:50\n"
        "  • 签到天数: 2 天\n\n    连续签到: 1 天\n\n"
        "    跳转到指定楼层\n    1#\n    发表于 2008-10-22 09:30:47 | 只看该作者\n" + PROSE,
        [
            ("FC210", 1, 5),
            ("FC210", 2, 5),
            ("FC210", 3, 5),
            ("FC210", 4, 5),
            ("FC210", 6, 5),
            ("FC210", 8, 5),
            ("FC210", 9, 5),
            ("FC210", 10, 5),
        ],
    ),
    (
        "    该用户从未签到\n\n    15#\n    发表于 2012-4-25 14:44:18 | 只看该作者\n" + PROSE,
        [("FC210", 1, 5), ("FC210", 3, 5), ("FC210", 4, 5)],
    ),
    # a forum's quick log-ins and the note over a post's attachments
    (
        "微信登录,快人一步\n\n手机号码,快捷登录\n\n    发表于 2008-10-22 09:30:47 | 只看该作者\n"
        "    本帖子中包含更多资源\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 1), ("FC210", 5, 5), ("FC210", 6, 5)],
    ),
    # links to more of a side panel
    ("最近访客 更多访客>>\n\n" + PROSE, [("FC210", 1, 1)]),
    ("积分商城\n更多专区...\n\n" + PROSE, [("FC210", 2, 1)]),
    # a hacked page's keyword string and its empty markup sharing one id
    (
        "国产精品1024永久观看,大尺度欧美暖暖视频在线观看,亚洲宅男精品一区在线观看,"
        "欧美日韩一区二区三区视频,2021中文字幕在线观看\n\n"
        '  • <option id="fbvk0"></option>\n'
        '    1. <rt id="fbvk0"><tr id="fbvk0"></tr></rt>\n'
        '      <center id="fbvk0"></center>\n\n'
        "      針對web兼容性和互操作性的代碼顧問的制作方法\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 5), ("FC210", 4, 8), ("FC210", 5, 7)],
    ),
    # a city government's links to other sites over its letter-spaced menu
    (
        "中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委\n"
        "首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1)],
    ),
    # a novel site's app banner over the title and the breadcrumb
    (
        "请安装我们的客户端\n\n更新超快的免费小说APP\n\n下载APP\n\n字体知识大全\n\n首页 > 文章\n\n"
        + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 1), ("FC210", 5, 1), ("FC210", 9, 1)],
    ),
]

MUST_NOT_FIRE = [
    # an attachment number and a title with no residue after them
    "附件1\n\n2023年度工作总结\n\n" + PROSE,
    "关于做好安全生产工作的通知\n\n各乡镇人民政府:\n\n" + PROSE,
    # a ballot's row and a column of options that are not all controls
    "表决结果\n\n支持 反对 弃权\n\n" + PROSE,
    "表决结果:\n支持\n反对\n弃权\n" + PROSE,
    # a list of verbs in a training plan
    "学习\n\n分享\n\n交流\n\n" + PROSE,
    # reduplicated words of a speech, alone on their lines
    "研究研究\n\n" + PROSE,
    # sentences about archives, topics and a framework
    "按照分类的存档要求，做好档案整理。",
    "进入专题学习阶段后，同学们要认真完成作业。",
    "本系统界面 Powered by Vue.js 构建，运行稳定。",
    # a heading longer than the line under it, then a sentence
    "2023年度安全生产工作总结报告\n\n总结\n\n" + PROSE,
    # a meeting's title and its English name over the minutes (traditional)
    "專案會議記錄\nProject Meeting Minutes\n" + PROSE,
    # a report's cover: the unit, the title, the date
    "某某市财政局\n\n2023年部门预算执行情况报告\n\n2024年1月\n\n" + PROSE,
    # a building's number over a line of the report, a floor in a sentence
    "1#\n主体结构已于2023-05-06封顶，发表于公司简报。\n" + PROSE,
    "本楼共15层，其中15#楼为商业用房。",
    "连续签到30天可获得奖励，发表于2023-01-05的公告已说明。",
    # sentences that offer more, a sign-up sentence in a forum post
    "更多详情请见附件。\n" + PROSE,
    "了解更多……\n" + PROSE,
    "此文发表于2008年10月22日。\n请用微信登录,快人一步完成报名。\n" + PROSE,
    # keyword lists of the document's own, one spam word at most
    "关键词:在线教育,视频会议,远程办公\n" + PROSE,
    "成人教育,成人高考,成人本科,继续教育\n" + PROSE,
    "亚洲,欧洲,非洲,美洲,大洋洲\n" + PROSE,
    # a Markdown file's anchors and a page's mount point, no id shared
    '<a name="top"></a>\n<a name="install"></a>\n<div id="app"></div>\n' + PROSE,
    # a letter-spaced title and a letter-spaced heading of the document's own
    "关 于 召 开 全 市 安 全 生 产 工 作 会 议 的 通 知\n" + PROSE,
    "目     录\n\n第一章 总则\n" + PROSE,
    # a forum rule that names the buttons in a sentence
    "请点击回复、支持或反对按钮发表意见。",
]


test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)


def _findings(text: str, parts: list[tuple[int, str]], source: str) -> list[tuple]:
    doc = Document(text, source, source.rsplit(".", 1)[1], parts=parts)
    return [(f.rule, f.line, f.column) for f in audit_document(doc, select_rules(["FC2"], None))]


def test_a_docx_header_and_page_numbers_stay_silent():
    body = f"某某市财政局\n关于做好预算执行工作的通知\n{PROSE}\n"
    text = body + "第 1 页 共 3 页\n"
    parts = [(0, "body, paragraph 1"), (len(body), "footer")]
    assert _findings(text, parts, "report.docx") == []


def test_a_pdf_running_header_and_page_numbers_stay_silent():
    pages = [f"某某市人民政府文件\n— {n} —\n分享\n{PROSE}\n" for n in (1, 2, 3)]
    text, parts = "", []
    for number, page in enumerate(pages, 1):
        parts.append((len(text), f"page {number}"))
        text += page
    assert _findings(text, parts, "report.pdf") == []
