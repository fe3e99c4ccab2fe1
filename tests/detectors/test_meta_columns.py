"""FC208 for a page's metadata one value to a line, a listing's stamps, a repository's tallies.

Rows from real pages (php.cn, my.oschina.net, blog.youkuaiyun.com, handmsg.com,
etd.lib.nsysu.edu.tw, 9lib.co, nnzcdc.com); the silent rows are real text too: a journal's
front matter with its dates one to a line, a thesis record, a signature, a review's byline,
a log, a minutes form and statistics in prose.
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # author, stamp, tag and tally one to a line (php.cn, traditional script)
    (
        "ThinkPHP框架執行流程(附腦圖)\n\n咔咔\n發布: 2020-11-06 16:21:33\n原創\n5274 人瀏覽過\n\n"
        "本文主要介紹框架的執行流程",
        [("FC208", 3, 1), ("FC208", 4, 1), ("FC208", 5, 1), ("FC208", 6, 1)],
    ),
    # tag, month-day stamp and tally (my.oschina.net)
    (
        "选择高起点(下),PHP框架之争\n\n原创\n02/03 12:00\n阅读数 68\n\n图片来源网络",
        [("FC208", 3, 1), ("FC208", 4, 1), ("FC208", 5, 1)],
    ),
    # a listing's stamp and count under each post, twice (blog.youkuaiyun.com)
    (
        "原创 【ElasticSearch】ES架构、倒排索引、深分页问题\n\n在Elasticsearch中进行分页查询。\n\n"
        "2025-10-14 10:23:07 594\n\n原创 【注册中心】Nacos\n\nNacos是一个平台。\n\n"
        "2025-10-14 10:16:12 576",
        [
            ("FC208", 1, 1),
            ("FC208", 5, 1),
            ("FC208", 7, 1),
            ("FC208", 11, 1),
        ],
    ),
    # a stamp to the second glued to the author's name (handmsg.com)
    (
        "醫學院校音視頻教學資源共享平臺的設計和實現\n\n2019-07-29 09:47:58龔顯卿\n",
        [("FC208", 3, 1)],
    ),
    # a repository's tally, in Chinese and in English (etd.lib.nsysu.edu.tw)
    (
        "統計\nStatistics\n本論文已被瀏覽 5735 次,被下載 393\n"
        "The thesis/dissertation has been browsed 5735 times, has been downloaded 393 times.",
        [("FC208", 3, 1), ("FC208", 4, 1)],
    ),
    # a site's name and address as a signature (nnzcdc.com)
    ("兴国资源网 Design By www.nnzcdc.com\n\n一、FastDFS介绍", [("FC208", 1, 1)]),
    # a viewer's bare counters above its loading line (9lib.co)
    (
        "Copied!\n107\n0\n0\n\n加載中.... (立即查看全文)",
        [("FC208", 2, 1), ("FC208", 3, 1), ("FC208", 4, 1)],
    ),
    # a page's stamp to the second alone under the title (1vq.net)
    (
        "Spring + SpringBoot史上最全的注解说明\n\n2023-12-22 11:41:12\n\nSpring中的注解",
        [("FC208", 3, 1)],
    ),
    # numbers next to a notice that are no counters: the notice alone is reported
    # a year split from its line (sikaile.net)
    (
        "本文關鍵詞:本地化項目的分層質量管理,由筆耕文化傳播整理發布。\n\n\n2013\n\n年 第2期",
        [("FC208", 1, 1)],
    ),
    # a table's column, longer than a viewer's counters
    ("本站只提供信息存储空间服务。\n12\n34\n56\n78\n90", [("FC208", 1, 1)]),
    # numbers a paragraph goes on to explain
    (
        "本站只提供信息存储空间服务。\n12 34\n上表列出了各乡镇的人口和面积,单位为万人和平方公里。",
        [("FC208", 1, 1)],
    ),
]

SILENT = [
    # a journal's front matter: its dates each on the line after the key (fcst.ceaj.org)
    "孟祥福, 师光启, 张霄雁, 冷强奎,方金凤\n出版日期:\n2025-03-01\n发布日期:\n2025-02-28\n"
    "Online:\n2025-03-01\nPublished:\n2025-02-28",
    # a thesis record's fields (etds.lib.tku.edu.tw)
    "學年度 97\n學期 1\n出版年 98\n口試日期 2009-01-08\n論文頁數 97頁",
    # a letter's signature: a name and a date one to a line
    "张三\n2023年5月1日",
    # a review's byline: the author alone above the text (zgkjsz.com)
    "朱建華\n新聞是明天的歷史。記者作為歷史的記錄者,很少能夠成為歷史的一部分。",
    # one log line: a stamp and a status once
    "请求记录如下:\n2023-01-01 12:00:00 200\n请求成功。",
    # log lines in a row, each with its message
    "2023-01-01 12:00:00 INFO started\n2023-01-01 12:00:05 INFO ready",
    # a minutes form's fields (depponfx.com)
    "1. 会议时间:精确到分钟\n2. 会议地点\n3. 会议主持人\n5. 会议记录人",
    # statistics in prose with a reading count
    "人民日报社共推出疫情防控相关报道1942篇,总阅读量(播放量)超345亿次。",
    # a reading log kept by a pupil, in a sentence
    "本周阅读30分钟,浏览了两本书。",
    # a tag word inside a sentence
    "这首原创《春天》获得了一等奖。",
    # English prose about a document that was read
    "The report has been read by the committee and approved.",
    # a contact line naming a website
    "主办单位:XX市人民政府 网址:www.example.gov.cn",
    # a journal's keywords
    "【关键词】 抑郁症; 大学生; 筛查; 预警",
    # a table's counts under its heading, no residue near
    "表1 各乡镇人口\n12 34\n56 78",
    # a score line in a match report
    "比赛结束\n2 0\n主队获胜。",
    # a stamp to the second inside a record, far from the text's edges
    "一、巡查记录\n巡查人员到达现场。\n现场无异常。\n记录时间如下:\n2023-12-22 11:41:12\n"
    "二、处理情况\n已通知相关单位。\n三、后续安排\n下周复查。",
    # a meeting's time to the minute under its title
    "项目推进会会议纪要\n2023-12-22 14:30\n参会人员:张三、李四",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC208")
