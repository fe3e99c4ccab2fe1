"""FC208 for a page's stamp lines in the block above a text's first paragraph or below its last.

Rows from real pages (niaogebiji.com, youth.books.com.tw, vocus.cc, kaoke.com, hqyman.cn,
web1.hshs.chc.edu.tw, zhwth.com); the silent rows are real text too: a meeting's minutes,
a standard's cover, a notice's own dates, a diary, a log in a technical note, a letter's
signature, and stamps inside a paragraph.
"""

from __future__ import annotations

from helpers import rule_table

_BODY = (
    "\n\n低代码这个称呼是 Forrester 在 2014 年提出,"
    "指那些用可视化方式创建应用的平台,所以能提高开发效率。\n"
)

FIRE = [
    # a stamp alone under an advert and a keyword title (niaogebiji.com)
    (
        "APP推广合作\n联系“鸟哥笔记小乔”\n数据运营 英文\n2022-11-09 21:53:22" + _BODY,
        [("FC208", 4, 1)],
    ),
    # a day with its update word after it, under a rating field (youth.books.com.tw)
    (
        "投稿書評|升上高中後,我如何開始我的課外閱讀\n推薦指數:\n2012.04.16 更新" + _BODY,
        [("FC208", 3, 1)],
    ),
    # a day glued to a reading time (vocus.cc)
    (
        "萬用心得報告模板-不輸出,就等於沒學\n\n2024/04/14閱讀時間約 2 分鐘" + _BODY,
        [("FC208", 3, 1)],
    ),
    # a keyed stamp to the second with a category and a button (kaoke.com)
    ("初中数学教学反思\n\n时间:2022-05-06 12:23:24 初中数学 我要投稿" + _BODY, [("FC208", 3, 1)]),
    # a date split one part to a line at the very head (hqyman.cn)
    (
        "25\n2025\n03\n22:27:41\n\nSolaris系统管理培训" + _BODY,
        [("FC208", 1, 1), ("FC208", 2, 1), ("FC208", 3, 1), ("FC208", 4, 1)],
    ),
    # fields with a date and the publisher's key (web1.hshs.chc.edu.tw)
    (
        "首頁 > 4教資中心公告\n全國高級中等學校讀書心得寫作比賽\n\n"
        "類型:閱讀推廣 單位: 教資中心 日期:2013/5/7 發佈人:教資中心" + _BODY,
        [("FC208", 4, 1)],
    ),
    # a number glued to the read counter's key (zhwth.com)
    ("代碼顧問的制作方法\n\n      文檔序號:6363659閱讀:163來源:國知局" + _BODY, [("FC208", 3, 7)]),
    # a post's row: poster, site, day and views; a column glued to the day (daojiaowz.com,
    # 8miu.com)
    (
        "一文吃透 Kotlin 中的函数家族\n\n符法    道教网    2022-10-21    140" + _BODY,
        [("FC208", 3, 1)],
    ),
    ("《编程高手箴言》读后 #4\n\n    技术2022-05-11  107" + _BODY, [("FC208", 3, 5)]),
    # a blog's date header with its weekday over the title (lct4246.blogspot.com)
    (
        "2019年9月23日 星期一\n\n[Micro:bit] 從積木到語法之程式語言學習地圖" + _BODY,
        [("FC208", 1, 1)],
    ),
    # an author's picture by its text, the name after it with a role, at the tail
    # (doc.oinone.top), and a picture's English text under a title (yumpu.com help page)
    (
        "一、總體要求。"
        + _BODY
        + "\n(1)\n史, 昂的头像史, 昂数式管理员\n上一篇 2024年5月23日 am10:13\n",
        [("FC208", 6, 1)],
    ),
    ("Problem Reporting\n\nAlicja Duszejko avatar" + _BODY, [("FC208", 3, 1)]),
    # the fields of the page at the tail, under the last paragraph (web1.hshs.chc.edu.tw)
    (
        "一、總體要求。" + _BODY + "\n類型:閱讀推廣 單位: 教資中心 日期:2013/5/7 發佈人:教資中心\n",
        [("FC208", 5, 1)],
    ),
]

SILENT = [
    # a meeting's minutes: its own time and place
    "会议纪要\n\n时间:2023年5月6日 14:30\n地点:三楼会议室\n主持人:张三 记录人:李四" + _BODY,
    "时间：2023-05-06 地点：三楼会议室 主持人：张三 记录人：李四" + _BODY,
    # a standard's cover and a notice's own dates
    "机关事务管理会务服务规范\n\n发布日期：2020-10-21\n实施日期：2021-01-01" + _BODY,
    "发布日期: 2020-10-21" + _BODY,
    # a diary's date line
    "2023年5月6日 星期六 晴" + _BODY,
    # a log quoted at the head of a technical note
    "2023-05-06 12:23:24 INFO Starting server on port 8080\n2023-05-06 12:23:25 WARN slow" + _BODY,
    # a letter's signature and date at the tail
    "一、总体要求。" + _BODY + "\n宣城市卫生健康委员会\n2020年10月21日\n",
    # stamps inside a paragraph
    "2022-11-09 21:53:22,系统记录了这次登录。" + _BODY,
    "截至2024-11-16 11:42:33,平台共受理诉求1200件,办结率达到98.5%。",
    # a record's row in a document's table, and a diary's day over its first sentence
    "张三  2022-10-21  140  2023-01-05" + _BODY,
    "2023年5月6日 星期六\n今天天气很好,我和妈妈一起去公园散步。",
    # a picture named in sentences and a profile's button
    "他换了新的头像,朋友们都说好看。" + _BODY,
    "个人中心\n上传您的头像\n修改密码" + _BODY,
    # a reading time in prose
    "这本书不厚,阅读时间约 2 小时就能读完,推荐给大家。",
    # a table's numbers at the head
    "序号\n1\n2\n3" + _BODY,
    "2023\n2024\n2025" + _BODY,
    # a form's fields with a date and no publisher
    "单位：教务处 日期：2013/5/7 经办人：王五" + _BODY,
    # a count of reads in a report's sentence
    "阅读:163篇,写作:20篇" + _BODY,
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC208")
