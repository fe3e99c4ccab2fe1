"""More of a page's bars and marks on sites not seen before: title bars parted by hyphens,
keyword titles parted by underscores, panels' bare more-links, comment counts, close
buttons, a bar of the site's stations over a breadcrumb, and a credit glued to every
paragraph.

Must-fire rows are shaped after a hacked village-official portal, a city government's
article and channel pages, a comment thread and a film blog. The silent rows are real
official, technical and meeting text using the same marks for its own ends: a heading
with a hyphen, file names with underscores, a sentence offering more, a count of
messages, a multiplication, an attendee list, and an address cited at the end of
paragraphs.
"""

from __future__ import annotations

from helpers import PROSE, rule_table

CREDIT = "文章源自狐狸影视城-https://fox-studio.net/35107.html"

MUST_FIRE = [
    # a hacked page's keyword title parted by underscores, a title bar parted by hyphens
    (
        "国产99久久_欧美综合一区二区三区_亚洲欧美在线专区_欧美日韩国产免费一区二区三区\n\n"
        "設為首頁 - 加入收藏 陜西村官網--建設美麗城鄉,重塑村官形象!\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 1)],
    ),
    # a channel page's panels, each with a bare more-link
    (PROSE + "\n\n    行业指导 更多>>\n    他山之石 更多>>\n", [("FC210", 3, 5), ("FC210", 4, 5)]),
    # a comment thread's count over the first commenter and stamp
    (
        "33 条留言\npilgrim\n2015-03-18 21:30:56\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC208", 3, 1)],
    ),
    # a bar of the site's stations over its breadcrumb, the title and its stamp; a close
    # button at the end
    (
        "乡镇(街道)分站: 苏湾镇 栏杆集镇 柘皋镇 庙岗镇 夏阁镇 中垾镇\n当前位置: 首页巢湖快讯\n\n"
        "庙岗乡第九届人民代表大会第四次会议胜利召开[图]\n\n"
        "发布时间:2017-10-26 11:46:39 来源:本站 阅读次数:1407\n\n" + PROSE + "\n\n关闭×",
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC208", 6, 1), ("FC210", 6, 1), ("FC210", 10, 1)],
    ),
    # a blog's credit and address glued to the end of every paragraph
    (
        f"{PROSE}{CREDIT}\n\n{PROSE}{CREDIT}\n\n前言:{CREDIT}\n",
        [("FC210", 1, 44), ("FC210", 3, 44), ("FC210", 5, 4)],
    ),
    # a 范文 site's breadcrumb that names the reader's place, the title glued to 正文
    (
        "您的位置:百味书屋 > 范文大全 > 经典范文 > 下级向上级发函格式 正文\n\n" + PROSE,
        [("FC210", 1, 1)],
    ),
    # a code mirror's tags glued after the last sentence of its paragraphs
    (
        f"{PROSE}php\n\n{PROSE}html\n\n{PROSE}前端\n",
        [("FC210", 1, 44), ("FC210", 3, 44), ("FC210", 5, 44)],
    ),
    # a blog's name over its slogan and the title
    ("马春杰杰博客\n致力于深度学习经验分享!\n\n" + PROSE, [("FC210", 1, 1), ("FC210", 2, 1)]),
    # an article's HTML dumped with escaped brackets around its paragraphs
    (
        '\\u003cp style=\\"margin: 0px\\"\\u003e\\u003cspan\\u003e'
        + PROSE
        + "\\u003c/span\\u003e\\u003c/p\\u003e\n",
        [("FC210", 1, 1), ("FC210", 1, 95)],
    ),
]

MUST_NOT_FIRE = [
    # a heading with a hyphen, a date range, a menu word in a sentence
    "第一章 - 总则\n" + PROSE,
    "2023-2024 学年第一学期工作计划\n" + PROSE,
    "请在网站首页 - 加入收藏栏目中设置。\n" + PROSE,
    # file names and identifiers with underscores
    "附件1_2023年度预算表_财政局_定稿\n" + PROSE,
    "report_2023_final_v2.docx\n" + PROSE,
    # sentences that offer more, with arrows in a slide's outline
    "更多内容请见附件。\n" + PROSE,
    "了解更多>>请访问单位官网的通知公告栏目并按要求报名。",
    # a count of messages in a report, and a product of numbers
    "本月共收到33条留言，均已办结。\n" + PROSE,
    "尺寸为3×4，共5×。\n" + PROSE,
    "乘号×\n" + PROSE,
    # an attendee list over the minutes, no breadcrumb
    "出席人员: 张三 李四 王五 赵六 钱七 孙八\n\n会议纪要\n\n" + PROSE,
    # an address cited after a space, or on fewer than three lines
    f"{PROSE} 详见https://www.gov.cn/zhengce/\n\n{PROSE} 详见https://www.gov.cn/zhengce/\n\n"
    f"{PROSE} 详见https://www.gov.cn/zhengce/\n",
    f"{PROSE}{CREDIT}\n\n{PROSE}{CREDIT}\n",
    # a letter's closing after its last sentence, words after full stops on two lines only
    "请审阅。谢谢\n" + PROSE + "\n此致。敬礼\n",
    PROSE + "Python\n" + PROSE + "\n" + PROSE + "php\n",
    # three closings after full stops, none in Latin letters
    "收到。好的\n请回复。谢谢\n已阅。同意\n" + PROSE,
    # a blog named in a sentence, a blog's name over a paragraph
    "本博客致力于分享经验。\n" + PROSE,
    "技术博客\n" + PROSE + PROSE + "\n",
    # a seat and a map pin named as the reader's place
    "您的位置:第三排第五座\n" + PROSE,
    "请确认您的位置：在地图上点击标记后提交。",
    # a note on JSON escaping that quotes two tags, and escapes in code
    'JSON 中 "\\u003cp\\u003e" 表示 <p>，"\\u003c/p\\u003e" 表示 </p>。\n' + PROSE,
    'print("\\u003cdiv\\u003e\\u003cspan\\u003e\\u003c/span\\u003e\\u003c/div\\u003e")\n',
    # different words before one address on each line
    f"一是政策{CREDIT}\n二是规划见https://fox-studio.net/35107.html\n"
    f"三是细则载于https://fox-studio.net/35107.html\n",
]


test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)
