"""FC208 for a site's metadata printed as bare values, glued, or with English labels.

Rows from real pages (selectdataset.com, vdocuments.pub, ucloud.cn); the silent rows are
real text too: bibliographies, a standard's cover, statistics in prose, page furniture
of government sites, a report's table, and a document's own header.
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # a source glued to its date and a stamp verb (selectdataset.com)
    (
        "高雄市政府機關學校電子公文附件ODF比例明細表\n\ndata.gov.tw2025-03-22 收录\n下载链接:",
        [("FC208", 3, 1)],
    ),
    # a button, a source and two stamped dates in one line (selectdataset.com)
    ("sft_datablend_v1\n收藏魔搭社区2025-10-09 更新2025-01-25 收录\n", [("FC208", 2, 1)]),
    # an author and a tally (ucloud.cn)
    (
        "參透 Node 中 exports 的 7 種設計模式\n\nwmui / 3264人阅读\n\n摘要:現在,我們可以開始探討。",
        [("FC208", 3, 1)],
    ),
    # a viewer page's English fields, one to a line (vdocuments.pub)
    (
        "Upload: others\n\nPost on 03-Sep-2019\n\n29 views\n\n"
        "Category:\n\nDocuments\n\n\n0 download\n",
        [
            ("FC208", 1, 1),
            ("FC208", 3, 1),
            ("FC208", 5, 1),
            ("FC208", 7, 1),
            ("FC208", 9, 1),
            ("FC208", 12, 1),
        ],
    ),
    # a page's counters with their labels after the number (zh.phongnhaexplorer.com)
    ("委託書 可以用手寫的嗎?\n\n23 瀏覽次數\n", [("FC208", 3, 1)]),
    ("提供建議 0 喜歡次數", [("FC208", 1, 1)]),
    # a stamp relative to the reader's day and a total count with its colon (hellobit.com.cn)
    ("H5 直播的点赞动画是如何实现的?\n\n发表于 3年以前  | 总阅读数:3426 次\n", [("FC208", 3, 1)]),
]

SILENT = [
    # a journal citation
    "2018年第16期38-41,共4页",
    # a standard's cover, dates with 发布 and 实施 glued
    "DB3304/T043—2017机关事务管理会务服务规范30实施2017-10-31发布2017-11-30实施",
    # statistics in prose
    "成年人人均纸质图书阅读量不足5本,人均电子书阅读量2.84本,仅有12.1%的国民日均阅读图书超1小时。",
    "至今累計約1億7583萬人次的瀏覽，下載量也達到2227萬次，幾乎等同台灣人口數。",
    "近期下載次數最高的前三名中，前兩名皆為地震相關資訊。",
    "某高校计算机学院要求报告字数不少于5000字,格式为A4纸,正文宋体小四,1.5倍行距。",
    # government page furniture
    "网站首页 | 网站地图",
    "当前位置: 首页 > 通知公告 > 正文",
    # a report's table
    "| 报告时间 | 2025年4月 |\n| 正文 | 分段落撰写工作内容、成绩、问题与计划 |",
    # a document's own header
    "政府公文寫作手冊 (第三版)\n\n總論\n\n公務員事務局 法定語文事務部\n\n二零一九年",
    # a dataset card in English, one column named per line
    "The dataset consists of four columns:\n1. conversations: user and assistant turns\n"
    "2. mask: the turns that losses are not calculated on\n4. dataset: dataset source",
    # a contents list with its page column (Scribd copy of a government handbook)
    "目 錄\n\n頁數\n\n緒言 1-2\n\n公函常用稱謂 2-3\n\n信封的寫法 4",
    # a publication's contact header
    "策劃:何萬貫\n電話:26096951\n電郵:mankoonho@cuhk.edu.hk\n網址:http://www.hk-poster.com/chinese",
    # a page counter and a thumbnail caption (other rules' lines)
    "第1页 / 共27页",
    # one English date line alone
    "Published on 2020-01-01\n\nThe report covers the first quarter.",
    # counts of views in prose and in a report's table
    "门户网站全年浏览次数达23万次,点赞量居全省第一。",
    "| 平台 | 下载量 | 浏览量 |\n| 政务APP | 1234 | 5678 |",
    "喜欢次数多的同学优先发言。",
    "三年以前我们来过这里，阅读了很多书。",
    "阅读：88  写作：90",
    "2小时前接到报警后，民警迅速赶到现场。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC208")
