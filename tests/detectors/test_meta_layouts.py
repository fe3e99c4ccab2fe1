"""FC208 for a sharing site's metadata laid out one field to a line at a page's head or tail.

The layouts the other metadata readers see only as a row or a column: a site-only field
alone and a field whose value only a file has, its size (download.cucdc.com, doczj.com,
eeworm.com). The silent rows are real text too: a document's own
form fields, its attachment notes, a size and a page count in prose, and a report's table.
"""

from __future__ import annotations

from helpers import rule_table

_BODY = (
    "\n\n投诉登记制度范本一、目的和原则为了保护公民、法人和其他组织的合法权益,"
    "规范投诉处理工作,制定本制度。\n"
)

FIRE = [
    # a file's size alone under its title (download.cucdc.com)
    ("《计算机程序设计基础》课程授课教案\n\n文件大小:398.31KB" + _BODY, [("FC208", 3, 1)]),
    # a site-only field alone under a listing's entry (eeworm.com)
    ("北京大学ACM比赛题目\n上传时间: 2014-01-17" + _BODY, [("FC208", 2, 1)]),
    # a size with a space before its unit, in a bulleted list (doczj.com)
    ("行政服务中心投诉登记和处理制度\n- 大小:22.50 KB" + _BODY, [("FC208", 2, 3)]),
]

SILENT = [
    # a form's own fields and a notice's own header
    "投诉登记表\n\n投诉人:张三\n联系电话:0551-1234567\n投诉日期:2023-05-06" + _BODY,
    "关于报送材料的通知\n\n附件:年度报告.pdf(共23页,2.4MB)" + _BODY,
    "大小:适中\n颜色:红色" + _BODY,
    # a size and a page count inside sentences
    "该文件大小为398.31KB,共6页,请下载后查看。" + _BODY,
    "系统限制单个附件不超过20MB,超过的请压缩后上传。",
    # a report's table with sizes
    "| 文件 | 大小 |\n| 年度报告 | 2.4MB |\n| 附表 | 512KB |" + _BODY,
    # a rating in a review's sentence
    "这家店我给五星,服务很好,下次还来。" + _BODY,
    # a book's page count in its catalogue entry, with its price in yuan
    "书名:公文写作教程\n页数:320页\n定价:45.00元" + _BODY,
    # a schedule's fields with a date
    "会议时间:2023-05-06\n会议地点:三楼会议室" + _BODY,
    # a machine's memory in a spec's field
    "服务器配置\n内存:16G\n硬盘:512G" + _BODY,
    # numbers alone
    "2023\n2024" + _BODY,
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC208")
