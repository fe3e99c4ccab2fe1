"""FC210: post stamps and action rows at a page's edges, as tables of (text, expected
(code, line, column)).

A date with a clock to the second is a machine's stamp: beside one site word (the poster,
the column, a forum bar's button) or after a stamp word it is residue. A reader count
stands for a tally in a row of page actions; a scan prompt that promises more of the site
is the site's advert. The must-not-fire rows are lines of real
text, some of them from the same pages, with dates, clocks and action words in them.
"""

from __future__ import annotations

from helpers import rule_table

_BODY = "\n汉代大致使用日钟和水钟两类计时器,前者包括土圭、表和日晷。"

MUST_FIRE = [
    ("关于儿童节的演讲稿(诗歌版)\n\n时间:2021-10-27 12:12:56 演讲稿" + _BODY, [("FC210", 3, 1)]),
    ("搜索扭曲与竞价排名\n\n发布时间:2016-12-05 10:09:27" + _BODY, [("FC210", 3, 1)]),
    ("搜索扭曲与竞价排名\n\n时间:2016-12-05 10:09:27" + _BODY, [("FC210", 3, 1)]),
    (
        "Spring必备知识点(一)\n\n你离开我真会死。 提交于 2020-03-10 23:48:38" + _BODY,
        [("FC210", 3, 1)],
    ),
    (
        "大概是利用水有浮力这个特点吧。\n千问 | 2008-3-7 19:54:07 | 显示全部楼层" + _BODY,
        [("FC210", 2, 1)],
    ),
    ("浅谈Dynamic 关键字\n2366人阅读 评论(0) 收藏 举报" + _BODY, [("FC210", 2, 1)]),
    ("大概是利用水有浮力这个特点吧。\n使用道具 举报", [("FC210", 2, 1)]),
    (
        "搜索扭曲与竞价排名\n发布时间:2016-12-05 10:09:27\n【点击图片进入下一页或下一篇】" + _BODY,
        [("FC210", 2, 1), ("FC210", 3, 1)],
    ),
    ("微信扫一扫获取更多资讯\n\n中科大 × MSRA | 周明博士讲座实录" + _BODY, [("FC210", 1, 1)]),
    # a poster's panel under a thread's title: the title is the text's own
    (
        "找回密码\n 会员注册\n查看: 16|回复: 0\n\nB站评论系统架构设计\n\n[复制链接]"
        "\n\n3\n\n主题\n\n0\n\n回帖\n\n10\n\n积分\n\n新手上路\n\n积分\n10"
        "\n发表于 2024-10-5 23:02:11 | 显示全部楼层 |阅读模式" + _BODY,
        [
            ("FC210", n, 2 if n == 2 else 1)
            for n in (1, 2, 3, 7, 9, 11, 13, 15, 17, 19, 21, 23, 24, 25)
        ],
    ),
    # an app's install prompts next to its download button
    (
        "请安装我们的客户端\n\n更新超快的免费小说APP\n\n下载APP\n终身免费阅读\n\n添加到主屏幕"
        + _BODY,
        [("FC210", 1, 1), ("FC210", 3, 1), ("FC210", 5, 1), ("FC210", 6, 1), ("FC210", 8, 1)],
    ),
]

MUST_NOT_FIRE = [
    "请安装好打印机驱动后再打印。\n汉代大致使用日钟和水钟两类计时器。",
    "学校为每位学生提供终身免费阅读的电子图书馆账号。",
    "会议纪要\n\n时间:2022-05-14 09:10:00" + _BODY,
    "请家长扫描二维码填写问卷。",
    "请扫描二维码查看考场安排\n汉代大致使用日钟和水钟两类计时器。",
    "大概是利用水有浮力这个特点吧。",
    "时间:2023年1月6日 地点:三楼会议室",
    "会议时间:2021-10-27 14:00\n地点:三楼会议室",
    "2019年底,Magi项目突然火了,peaklab在此基础上花了近两年的时间重构了整个Magi系统。",
    "注意,本文基于beego 1.1.4 (2014.04.15) 源码分析,且不是beego的使用教程。",
    "首先想到的第一个思路是从页面本身的事件监听器入手,看一看点击播放以后的代码逻辑是什么",
    "截屏2022-11-15 下午1.23.30.jpg",
    "逆向目标:播放按钮点击直接播放",
    "引用格式:杨波. 以提升互联网网络质效助推数字经济发展[J]. 信息通信技术与政策, 2022,48(1):69-74.",
    "1961年3月陈老在北京弥留之际遗嘱:“集美学校要继续办下去”。",
    "8月12日病逝,享年88岁。15日举行公祭,廖承志致悼词。",
    "投诉类2954件,占比率达80.80%;举报类480件,占比率达13.13%。",
    "2021-10-27 12:12:56\n汉代大致使用日钟和水钟两类计时器。",
    "张三 李四 2021-10-27 12:12:56\n汉代大致使用日钟和水钟两类计时器。",
    "点击下一页按钮即可翻到下一页,阅读完毕后点击关闭。",
    "评论、收藏和举报功能都放在文章下方。",
]


test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC210"
)
