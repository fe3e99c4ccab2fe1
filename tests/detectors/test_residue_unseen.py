"""Residue as sites not seen before print it: head and tail lines, notices in slot form.

Must-fire rows are shaped after pages of blogs, journal portals, library shops,
law databases and 范文 sites (ChinaUnix, fx361, 九壹网, 臺北市法規查詢, zoukankan,
doczj …): side-bar counters and archives, empty search forms, category paths,
tag rows, app and back-to-top buttons, lists of dated titles, audience slogans,
copyright lines, membership prompts, cut-text notes and adverts. The silent rows
are real official, business and technical text that uses the same shapes and
words for its own ends: a salutation, a milestone table, a table of contents, a
list of attachments, a contact block, a byline, a page footer, a contract's own
copyright clause, 下载 as a verb.
"""

from __future__ import annotations

import pytest

from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.registry import select_rules
from helpers import PROSE, positions

MUST_FIRE = [
    # a blog's site menu, counters with numbers, side-bar panels and an archive with counts
    (
        "Chinaunix首页 | 论坛 | 博客\n  • 博客访问: 1972944\n  • 博客积分: 2078\n"
        "个人简介\n\n文章存档\n\n2017年(1)\n\n2016年(2)\n\n" + PROSE,
        [
            ("FC210", 1, 1),
            ("FC210", 2, 5),
            ("FC210", 3, 5),
            ("FC210", 4, 1),
            ("FC210", 6, 1),
            ("FC210", 8, 1),
            ("FC210", 10, 1),
        ],
    ),
    # a library shop's empty search form, letters spaced to the column's width
    (
        "搜索\n高级检索\n高级搜索\n书       名 :\nI  S  B  N:\n出版时间 :\n打造Facebook\n" + PROSE,
        [
            ("FC210", 1, 1),
            ("FC210", 2, 1),
            ("FC210", 3, 1),
            ("FC210", 4, 1),
            ("FC210", 5, 1),
            ("FC210", 6, 1),
        ],
    ),
    # a law database's script notice, category path and back-to-top button (traditional)
    (
        "您的瀏覽器不支援JavaScript功能 跳到主要內容\n\n中央法規歷史沿革\n\n行政/新聞/處務\n"
        "中華民國93年3月30日\n快速回到頁首按鈕",
        [("FC210", 1, 1), ("FC210", 5, 1), ("FC210", 7, 1)],
    ),
    # a site's name and tag menu, words set apart by wide gaps
    ("zoukankan      html  css  js  c++  java\n" + PROSE, [("FC210", 1, 1)]),
    # an app banner, then the date glued to the authors under the title
    (
        "APP下载\n\n图书馆共读服务模型与发展\n\n2021-09-05刘四维茆意宏\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 5, 1)],
    ),
    # a blog's stamp over the post, the category it named lost
    ("Posted in\n\nGo实习岗投递黄金72小时法则\n\n" + PROSE, [("FC210", 1, 1)]),
    # a special page: titles, each with the day it was posted on the line under it
    (
        "实行分级结算原则\n2017-04-28\n什么是数级 数级的分级原则\n2017-04-28\n",
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1), ("FC210", 4, 1)],
    ),
    # a related list below the text: titles ending in their dates
    (
        PROSE + "\n工作总结范文大全精选 2023-05-12\n年度述职报告范文五篇 2023-05-10\n"
        "党支部整改报告范文 2023-04-28\n",
        [("FC210", 2, 1), ("FC210", 3, 1), ("FC210", 4, 1)],
    ),
    # a site's audience slogan on the first line
    ("数十万互联网从业者的共同关注!\n" + PROSE, [("FC210", 1, 1)]),
    # copyright footers of sites
    (PROSE + "\n本站版权所有", [("FC210", 2, 1)]),
    (PROSE + "\n版权所有:第一范文网", [("FC210", 2, 1)]),
    (PROSE + "\n中国范文网 版权所有", [("FC210", 2, 1)]),
    # a forum's prompts: the sign-up's benefit, the log-in wall (FC206)
    ("马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。", [("FC206", 1, 13)]),
    ("您需要 登录 才可以下载或查看,没有账号?点击注册", [("FC206", 1, 1)]),
    ("开通VIP会员,畅享海量文档", [("FC206", 1, 1)]),
    ("成为年费会员即可免费下载全文", [("FC206", 1, 1)]),
    # cut-text notes (FC207)
    ("……(未完,全文共6831字,当前仅显示2399字)", [("FC207", 1, 7)]),
    ("完整版请下载后查看", [("FC207", 1, 1)]),
    # an upload notice, adverts, a download link (FC208, FC206)
    ("本文档由网友上传,仅供参考。", [("FC208", 1, 1)]),
    ("您好,欢迎来到九壹网。", [("FC208", 1, 4)]),
    ("更多精彩内容请关注本站频道。", [("FC208", 1, 1)]),
    ("对于想了解JSP缓存的读者,本文将是一篇不可错过的文章。", [("FC208", 1, 15)]),
    ("点此下载", [("FC206", 1, 1)]),
    # an SEO blurb over a reposted post, a viewer's click-for-the-answer instruction
    ("本篇文章为你整理了查重是怎么查的的详细内容,希望能帮助你。", [("FC208", 1, 1)]),
    ("题目一 (请直接点选题目观看答案)", [("FC206", 1, 1)]),
    # a view count and the day under an SEO title; a post's hashtags at its foot
    ("excel能翻译英语吗\n575\n2023-01-16\n" + PROSE, [("FC210", 2, 1), ("FC210", 3, 1)]),
    (PROSE + "\n索引项目:#印刷传播、#策略规划、#商业模式", [("FC210", 2, 1)]),
    # an advert line naming the site, a viewer's header, a download button, a stamp in days
    (PROSE + "\n更多范文尽在第一范文网", [("FC208", 2, 1)]),
    (PROSE + "\n收藏本站 www.fanwen.com", [("FC210", 2, 1)]),
    ("文档介绍:\n" + PROSE, [("FC210", 1, 1)]),
    ("Word文档下载\n" + PROSE, [("FC210", 1, 1)]),
    ("人气:1234 发布于 3天前\n" + PROSE, [("FC210", 1, 1)]),
    ("网站首页 | 网站地图\n3.5k人看过 2023-01-01\n" + PROSE, [("FC210", 1, 1), ("FC210", 2, 1)]),
    # a member's right named bare, a read-on link, a sharing site's tags on a title
    ("会员免费下载", [("FC206", 1, 1)]),
    ("本文为会员专享内容", [("FC206", 1, 1)]),
    ("点击阅读全文>>", [("FC207", 1, 1)]),
    ("述职报告(可编辑)", [("FC208", 1, 5)]),
    ("工作总结【可编辑版】", [("FC208", 1, 5)]),
    # a poster's handle glued to its stamp; a lone search link between residue lines
    ("报告书格式\n\nadmin22025-06-28 13:10:02\n\n" + PROSE, [("FC210", 3, 1)]),
    (
        "您好,欢迎来到九壹网。\n搜索\n您的当前位置:首页基于后端生成前端卡片组件的方法\n" + PROSE,
        [("FC208", 1, 4), ("FC210", 2, 1), ("FC210", 3, 1)],
    ),
    # a forum's name, log-in bar and a poster's panel, field words without their colon
    (
        "Minecraft(我的世界)中文论坛\n\n 找回密码\n 注册(register)\n\n只需一步,立刻登录\n\n"
        "查看: 15083|回复: 98\nEmptyLava 当前离线\n积分\n13754\n帖子\n主题\n最后登录\n1970-1-1\n\n"
        + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 2), ("FC210", 4, 2), ("FC206", 6, 1)]
        + [("FC210", line, 1) for line in range(8, 16)],
    ),
    ("您尚未登录,立即登录享受更好的浏览体验!", [("FC206", 1, 1)]),
    # a help centre's breadcrumb of four steps; a docs site's update stamps around its title
    ("Windchill 基礎原理 > 與他人協同合作 > 會議 > 會議記錄\n" + PROSE, [("FC210", 1, 1)]),
    ("中国高校课件下载中心 》 教学资源 》 大学文库\n" + PROSE, [("FC210", 1, 1)]),
    (
        "專案會議記錄\nProject Meeting Minutes\nLast updated\n" + PROSE,
        [("FC210", 3, 1)],
    ),
]

MUST_NOT_FIRE = [
    # a project plan's own milestones: short names, each with a date
    PROSE + "\n项目启动 2023-01-05\n中期检查 2023-06-30\n结项验收 2023-12-20\n",
    "项目启动\n2023-01-05\n中期检查\n2023-06-30\n" + PROSE,
    # a report's own table of contents and list of attachments
    "目录\n一、基本情况 1\n二、主要做法 3\n三、存在问题 6\n四、下步打算 8\n" + PROSE,
    PROSE + "\n附件：1.2023年度考核结果汇总表\n2.整改任务清单\n3.责任分工表\n",
    # the article's own title repeated as its first heading
    "关于加强安全生产工作的通知\n\n关于加强安全生产工作的通知\n\n" + PROSE,
    # a notice's contact block and a byline of the news itself
    PROSE + "\n联系人：张三\n联系电话：010-12345678\n地址：北京市西城区某路1号\n",
    "来源:新华社\n\n" + PROSE,
    "来源：新华社  记者：李四\n\n" + PROSE,
    # a contract's own copyright clause, a company's name ending in 网络科技
    PROSE + "\n本合同版权所有，未经甲方书面许可不得复制。",
    PROSE + "\n版权所有:北京某某网络科技有限公司",
    PROSE + "\n版权所有 翻印必究",
    # 下载 and 会员 and 注册 as words of prose
    "引导党员下载安装学习强国APP，每日学习不少于30分钟。",
    "为老年人开通会员服务，可享受九折优惠。",
    "企业注册后可享受更多优惠政策，详见附件。",
    "用户需要登录才能查看订单。",
    "因篇幅所限，以上为部分内容，完整数据见附表。",
    "引起数十万网友的共同关注。",
    "欢迎光临本店，本店商品一律九折。",
    "工作总结\n2023年1月5日\n" + PROSE,
    # a form's numbers and an official's details in one line
    "姓名：张三 性别：男 年龄：45 职务：局长\n" + PROSE,
    # code and a shell command at the head
    "npm install express body-parser\n" + PROSE,
    # CSS colours and a topic named in a sentence
    "color: #fff; background: #000; border: #333\n" + PROSE,
    "话题#两会#引发热议，网友纷纷留言。",
    # a table's figure next to a date, a page number in a footer line
    PROSE + "\n合计\n2023-01-16\n",
    "点击下一步按钮即可完成设置。",
    # a speech's own title, a notice's last line naming a website, a signature's date
    "在换届工作推进会上的通报讲话(精品)各位领导,同志们:",
    PROSE + "\n详情请登录市政府网站查询。",
    PROSE + "\n2023年3月1日",
    "资料下载后可直接打印使用。",
    "登录后可下载本通知附件。",
    # code, a quote, a menu path inside a manual's sentence, a Markdown file's front matter
    "cin >> a >> b\n" + PROSE,
    "> 引用一段话\n" + PROSE,
    "请从会议资讯页中选取「动作」 > 「新增会议记录」 > 「确定」。",
    "---\ntitle: 排版指南\ncategories:\ntags:\n---\n" + PROSE,
    # an event named after a forum as a title; a report's own list of indicators
    "第五届中国互联网论坛\n\n" + PROSE,
    "主要指标\n人口\n面积\n产值\n增速\n" + PROSE,
    # a meeting's own time and place
    "会议纪要\n\n时间:2023-08-08 09:00 地点:三楼会议室\n\n" + PROSE,
    # a contract's two signature blocks, each dated in words
    PROSE + "\n甲方：某某市建设有限公司\n2023年5月12日\n乙方：某某市科技有限公司\n2023年5月12日\n",
    # a notice pointing to a bureau's website, a lecture that gave knowledge, a union's offer
    "更多相关信息请登录市人社局网站查询。",
    "本站网址为www.example.com,欢迎收藏。",
    "本次讲座为大家提供了疫情防控的相关知识。",
    "加入工会会员,享受权益保障。",
    # a paper's keywords and its authors' affiliations
    "关键词：机器人；国家自然科学基金；资助效果\n" + PROSE,
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_must_fire(text, expected):
    assert positions(text, ["FC2"]) == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_must_not_fire(text):
    assert positions(text, ["FC2"]) == []


# Residue on the first line, then a line that is the text's own though it ends in a colon.
RESIDUE_THEN_OWN = [
    # a speech's salutation under residue: an empty field alone is no form
    "首页 > 正文\n\n在全市经济工作会议上的讲话\n\n同志们:\n\n" + PROSE,
    "首页 > 正文\n\n政府工作报告\n\n各位代表:\n\n" + PROSE,
    # a news page's 原标题 label alone
    "发布时间:2024-11-16 16:50\n统计公报\n原标题:\n" + PROSE,
]


@pytest.mark.parametrize("text", RESIDUE_THEN_OWN)
def test_only_the_residue_line_fires(text):
    assert positions(text, ["FC2"]) == [("FC210", 1, 1)]


def _findings(text: str, parts: list[tuple[int, str]], source: str) -> list[tuple]:
    doc = Document(text, source, source.rsplit(".", 1)[1], parts=parts)
    return [(f.rule, f.line, f.column) for f in audit_document(doc, select_rules(["FC2"], None))]


def test_a_docx_footer_page_number_stays_silent():
    body = f"关于做好安全生产工作的通知\n{PROSE}\n"
    text = body + "第 1 页 共 3 页\n"
    assert _findings(text, [(0, "body, paragraph 1"), (len(body), "footer")], "report.docx") == []


def test_a_pdf_running_header_and_page_numbers_stay_silent():
    pages = [f"某某市人民政府文件\n— {n} —\n{PROSE}\n{PROSE}\n" for n in (1, 2, 3)]
    text, parts = "", []
    for number, page in enumerate(pages, 1):
        parts.append((len(text), f"page {number}"))
        text += page
    assert _findings(text, parts, "report.pdf") == []
