"""Rows of page actions, counter stamps, title bars, membership prompts and content-farm lines.

Must-fire rows are shaped after pages of forums, blogs and content farms not seen
before (91xiu, 52pojie, 9ioldgame, cricode, eolink, 0523zz, znwx, …). The silent
rows are real official, business and technical text using the same words for its
own ends: a title naming members, a slogan of short words, a list of equipment, a
weather line with a temperature, a system's log-in rule, a book's copyright.
"""

from __future__ import annotations

import pytest

from helpers import PROSE, positions

MUST_FIRE = [
    # a post's action row on the last line, brackets or bars around the actions
    (PROSE + "\n赞 踩 回复 举报", [("FC210", 2, 1)]),
    (PROSE + "\n【打印】【关闭】", [("FC210", 2, 1)]),
    ("收藏本文 打印本文 关闭窗口\n" + PROSE, [("FC210", 1, 1)]),
    # a blog's stamp with its heat count and comment count; a mirror's stamp with its readers
    ("休息站 Jay13 11799℃ 28评论\n\n" + PROSE, [("FC210", 1, 1)]),
    ("CSDN 2024-06-27 08:01:06 阅读 59\n" + PROSE, [("FC210", 1, 1)]),
    # a forum's title bar: the site's name and its address
    ("吾爱破解 - 52pojie.cn\n\n" + PROSE, [("FC210", 1, 1)]),
    # a top bar of menu words running on into the site's name
    (
        "加入收藏 | 设为首页 | 会员中心 | 我要投稿 云计算网_泰州站长网 (http://www.0523zz.com/)\n"
        + PROSE,
        [("FC210", 1, 1)],
    ),
    # a top bar longer than a line of furniture, running on into the site's slogan
    (
        "加入收藏 | 设为首页 | 会员中心 | 我要投稿 云计算网_泰州站长网 (http://www.0523zz.com/)- "
        "视觉智能、AI应用、CDN、行业物联网、智能数字人!\n" + PROSE,
        [("FC210", 1, 1)],
    ),
    # a forum's platform menu, a column of codes closed by `More...`
    (
        "• FC/NES\n  • SFC/SNES\n  • N64\n  • PC-E\n  • Xbox360\n  • More...\n" + PROSE,
        [("FC210", i, 3 if i == 1 else 5) for i in range(1, 7)],
    ),
    # a poster's panel dumped with a blank line after each word, under the thread's counters
    # and title
    (
        "查看: 2510|回复: 1\n\n[转贴] 交错的产生与解除之DVDrip制作半程分析\n\n"
        "11\n\n威望\n\n3259\n\n金钱\n\n164\n\n贡献\n\n" + PROSE,
        [("FC210", i, 1) for i in (1, 5, 7, 9, 11, 13, 15)],
    ),
    # a side bar's toggle and a sign-up link with its English gloss in brackets
    ("收起左侧\n" + PROSE, [("FC210", 1, 1)]),
    (
        "只需一步,快速开始\nQQ登录\n注册[Register]\n" + PROSE,
        [("FC206", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1)],
    ),
    # a share bar, a pager and a viewer's buttons on the last line
    (PROSE + "\n微信 微博 QQ", [("FC210", 2, 1)]),
    (PROSE + "\n上一页 1 2 3 4 5 下一页", [("FC210", 2, 1)]),
    ("手机阅读 | 下载 | 收藏\n" + PROSE, [("FC210", 1, 1)]),
    (PROSE + "\n阅读全文", [("FC210", 2, 1)]),
    # a header over the site's list of articles, and the titles under it, at the tail
    (
        PROSE + "\n你可能喜欢\n入党申请书格式\n2023年度工作总结范文\n",
        [("FC210", 2, 1), ("FC210", 3, 1), ("FC210", 4, 1)],
    ),
    # site footers: a site's own field beside an address field, a copyright sign by a site's name
    (
        PROSE + "\n版权所有：某某学校 地址：某某路1号 电话：0571-12345678",
        [("FC210", 2, 1)],
    ),
    (PROSE + "\n主办单位：某某市人民政府办公室 网站标识码：3301000001", [("FC210", 2, 1)]),
    (PROSE + "\n© 范文先生网", [("FC210", 2, 1)]),
    # a site's credit for the text it copied
    (PROSE + "\n本文由第一范文网整理，转载请注明出处", [("FC208", 2, 1)]),
    # a tag page's expander before the words searched for, a search box's prompt
    ("展开 标准作业书分为几大类", [("FC210", 1, 1)]),
    ("网站首页  词典首页\n请输入您要查询的论文:\n" + PROSE, [("FC210", 1, 1), ("FC210", 2, 1)]),
    # a viewer's header over the text it shows
    ("内容预览\n" + PROSE, [("FC210", 1, 1)]),
    ("本文档简介\n" + PROSE, [("FC210", 1, 1)]),
    # a tag page's title: the words searched for and what the site lists for them
    ("人员配备和时间安排相关论文", [("FC210", 1, 1)]),
    ("计划工作的特点是什么相关内容\n", [("FC210", 1, 1)]),
    # a breadcrumb ending on the article, whose title holds commas
    (
        "中国教育在线> 高等继续教育> 学术交流> 分类评价:摆脱同质化,促进高校特色化发展 > 正文\n"
        + PROSE,
        [("FC210", 1, 1)],
    ),
    # a title that reads as a sentence, then the page's word count and reading time
    (
        "看完知乎轮子哥的编程之路,我只想说,收下我的膝盖。。。\n\n共 9926字,需浏览 20分钟\n\n"
        "2020-12-08 17:37\n\n" + PROSE,
        [("FC210", 3, 1), ("FC210", 5, 1)],
    ),
    # a content farm's template lines and a code site's closing line
    (
        "最近很多小伙伴都在问格式化列表这两个问题,那么本篇文章就来给大家详细解答一下。\n" + PROSE,
        [("FC208", 1, 22)],
    ),
    (PROSE + "\n同时本文还将给你拓展相关知识,下面开始了哦!", [("FC208", 2, 16)]),
    (PROSE + "\n一起跟随小编过来看看吧", [("FC208", 2, 1)]),
    (PROSE + "\n希望对大家的学习有所帮助，也希望大家多多支持脚本之家。", [("FC208", 2, 14)]),
    # a site's copyright naming its owner after a colon, a `(C)` with its year
    (PROSE + "\n版权所有：某某市人民政府办公室", [("FC210", 2, 1)]),
    (PROSE + "\n网站版权：某某大学", [("FC210", 2, 1)]),
    (PROSE + "\n(C) 2023 example.com", [("FC210", 2, 1)]),
    # links to the previous and next entries, in any of a site's words and arrows
    (
        PROSE + "\n上一条：关于召开会议的通知\n下一条：关于放假安排的通知",
        [("FC210", 2, 1), ("FC210", 3, 1)],
    ),
    (PROSE + "\n« 上一篇  下一篇 »", [("FC210", 2, 1)]),
    # membership prompts with a price, a count of downloads or a step before the content
    # (a price in downloads makes it a download prompt)
    (PROSE + "\n成为VIP后，下载本文档将扣除1次下载权益", [("FC206", 2, 1)]),
    (PROSE + "\n注册会员后方可查看", [("FC210", 2, 1)]),
    (PROSE + "\n升级VIP会员，享受更多特权\n" + PROSE, [("FC206", 2, 1)]),
    (
        "开通会员 低至0.1元/天\n" + PROSE + "\n开通会员 低至0.1元/天\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 1)],
    ),
    # a lone button on the edge line, a button with its tally, a post's stamp with its IP place
    (PROSE + "\n阅读原文", [("FC210", 2, 1)]),
    ("【关闭】\n" + PROSE, [("FC210", 1, 1)]),
    (PROSE + "\n收藏 | 12", [("FC210", 2, 1)]),
    ("发布于 2023-05-06 10:21・IP 属地北京\n" + PROSE, [("FC210", 1, 1)]),
    # membership prompts, their slots in any order
    (PROSE + "\n开通会员 低至0.1元/天", [("FC210", 2, 1)]),
    ("会员可见\n" + PROSE, [("FC210", 1, 1)]),
    (PROSE + "\n部分链接隐藏,注册或登陆后显示\n" + PROSE, [("FC206", 2, 8)]),
    # a blog platform's licence line and a Q&A site's reprint line, wherever they stand
    (
        PROSE
        + "\n版权声明：本文为CSDN博主「danci_」的原创文章，遵循CC 4.0 BY-SA版权协议。\n"
        + PROSE,
        [("FC208", 2, 6)],
    ),
    (PROSE + "\n商业转载请联系作者获得授权。\n" + PROSE, [("FC208", 2, 1)]),
    # a content farm's opening lines and its reading-time stamp
    (
        "本篇文章给大家谈谈系统接口设计步骤,以及接口设计案例对应的知识点,希望对各位有所帮助。\n"
        + PROSE,
        [("FC208", 1, 1)],
    ),
    (PROSE + "\n如果能碰巧解决你现在面临的问题,别忘了关注本站,现在开始吧!", [("FC208", 2, 1)]),
    ("本文共计58626个字,预计阅读时长234.5分钟。\n" + PROSE, [("FC208", 1, 13)]),
]

MUST_NOT_FIRE = [
    # titles and headings that name members, what they get, or how to join
    "会员免费体检活动方案\n" + PROSE,
    "会员注册管理办法\n" + PROSE,
    "成为会员的条件\n" + PROSE,
    "会员享有下列权利\n" + PROSE,
    "加入协会，享受会员权益。\n" + PROSE,
    "关于推进会员服务中心建设的通知\n" + PROSE,
    # rows of short words that are not a page's actions
    "分享 交流 合作 共赢\n" + PROSE,
    "学习 分享 成长\n" + PROSE,
    "关注 支持\n" + PROSE,
    "张三 李四 王五\n" + PROSE,
    "打印机 复印机 扫描仪\n" + PROSE,
    "阅读 写作 口语\n" + PROSE,
    PROSE + "\n打印 复印",
    # dates and counts of a text's own
    "2023-05-12 阅读材料\n" + PROSE,
    "2024年1月5日 气温25℃ 湿度60%\n" + PROSE,
    PROSE + "\n全年阅读量 5000",
    "全文共5章\n" + PROSE,
    # a technical note opening on a list of names, none of them a menu's closing link
    "- Python\n- Java\n- Go\n- Rust\n- C++\n" + PROSE,
    # a short column after a long line that is no panel's, and an address given in a text
    "关于做好安全生产工作的通知（征求意见稿）全文\n\n积分\n\n主题\n\n" + PROSE,
    "QQ登录\n目标网址:https://music.163.com/#/song?id=18794244\n" + PROSE,
    # an event's organisers, a letter's address block, a book's copyright sign
    PROSE + "\n主办单位：市委宣传部 承办单位：市文联",
    PROSE + "\n地址：某某路1号 电话：0571-12345678",
    PROSE + "\n© 人民出版社 2020",
    # platforms a report names, two ways to pay, a reading task, a heading of materials
    PROSE + "\n微信 微博 抖音 快手",
    PROSE + "\n微信 支付宝",
    PROSE + "\n阅读全文后，请回答下列问题。",
    PROSE + "\n附：相关资料",
    "本文由课题组整理，供内部参考。\n" + PROSE,
    # a title that reads as a sentence, then the document's own date and prose
    "关于加强安全生产工作，确保全年目标实现的通知\n\n2023年5月12日\n\n" + PROSE,
    # a program's prompt, a manual's steps, a chapter path
    PROSE + "\n请输入要查询的学号:",
    "第一章 > 第二节 > 小结\n" + PROSE,
    "展开讨论，形成共识\n" + PROSE,
    # a company's manual naming its owner, a numbered heading that mentions a fee
    PROSE + "\n版权所有：某某股份有限公司",
    "二、会员免费体检与付费项目\n" + PROSE,
    # a lone word of a text's own on its edge line, a count of the text's own
    PROSE + "\n评论",
    "关注\n" + PROSE,
    PROSE + "\n投诉",
    PROSE + "\n收藏 12 件",
    "IP地址规划表\n" + PROSE,
    # a paper's abstract header, a manual's heading about a preview function
    "内容摘要\n" + PROSE,
    "在线预览功能说明\n" + PROSE,
    # a heading about related matters, a sentence naming related papers
    "劳动合同相关问题\n" + PROSE,
    PROSE + "\n请查阅本课题的相关论文。",
    # a book's parts, a rule's reference to the one before it, a service motto
    "上篇：总论\n" + PROSE,
    PROSE + "\n下篇：分论",
    PROSE + "\n上一条规定已经废止。",
    PROSE + "\n为您服务是我们的宗旨",
    PROSE + "\n会员单位年费标准\n" + PROSE,
    PROSE + "\n注册会员后方可参加活动\n" + PROSE,
    # a book's copyright page, a blog's own reprint note, a speech's thanks
    PROSE + "\n版权所有 侵权必究",
    PROSE + "\n版权所有，翻印必究",
    PROSE + "\n本文版权归作者所有，欢迎转载",
    PROSE + "\n希望大家多多支持我们的工作。",
    PROSE + "\n下面开始分组讨论。",
    # a government site named in a heading, a system's rules, a book's copyright
    "北京市人民政府 | 首都之窗\n" + PROSE,
    PROSE + "\n用户登录后显示个人信息页面，未登录用户跳转到登录页。",
    PROSE + "\n本系统遵循GB/T 22239-2019的要求。",
    PROSE + "\n今天给大家分享一下安全生产的知识，希望大家认真学习。",
    PROSE + "\n本书著作权归作者所有，未经许可不得转载。",
    PROSE + "\n本文为原创文章，转载请注明出处。",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_must_fire(text, expected):
    assert positions(text, ["FC2"]) == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_must_not_fire(text):
    assert positions(text, ["FC2"]) == []
