"""A page's head read as a block: the header over a breadcrumb, `::` menus, counter panels,
reader counts that say 查看, and empty link-list headers at the tail.

Must-fire rows are shaped after pages of sites none of the other tables was built from (a
district government, a blog host, a personal blog, a tag page): channel names over a
breadcrumb that a title and its stamp follow, a blog's menu and counter panel parted by
double colons, a stamp with `23602次查看`, and a footer's `友情链接:` or `赞助推荐` left
with no links. The silent rows are real official, meeting and technical text that uses
the same shapes for its own ends: a title over a breadcrumb-like path with no stamp, a
report's headings over a stamp, a C++ scope, a Haskell type, a table of counts, a sentence
naming friend links or sponsors.
"""

from __future__ import annotations

from helpers import PROSE, rule_table

STAMP = "2010/1/6 16:43:13 次浏览 分类:政府动态    来源:"

MUST_FIRE = [
    # a district site's channel names over its breadcrumb, the title and its stamp under it
    (
        "政务公开\n政府动态\n当前位置:首页>政府动态\n\n区政府各部门积极参加清雪活动\n\n"
        + STAMP
        + "\n\n"
        + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1), ("FC208", 7, 1), ("FC210", 7, 1)],
    ),
    # a blog host's menu and counter panel, parted by double colons
    (
        "  博客园  :: 首页  :: 新随笔  :: 联系 :: 订阅 订阅  :: 管理\n"
        "  15 Posts :: 0 Stories :: 6 Comments :: 0 Trackbacks\n\n" + PROSE,
        [("FC210", 1, 3), ("FC210", 2, 3)],
    ),
    # a personal blog's stamp that counts its readers with 查看, its categories under it
    (
        "Doodle博客的开发过程\n2010 11 2 02:46 AM 23602次查看\n"
        "分类:Google App Engine 标签:Python, Google App Engine\n" + PROSE,
        [("FC210", 2, 1), ("FC210", 3, 1)],
    ),
    # a footer's header of links with its links gone, at the end of the text
    (PROSE + "\n\n友情链接:", [("FC210", 3, 1)]),
    ("• " + PROSE + "\n\n赞助推荐", [("FC210", 3, 1)]),
    # a unit's name over a breadcrumb with no stamp under the heading: only the breadcrumb
    (
        "某某市财政局\n首页 > 通知公告\n\n关于做好预算执行工作的通知\n\n" + PROSE,
        [("FC210", 2, 1)],
    ),
    # the document's title over the page's controls, repeated under them before the stamp:
    # the title over the controls is the document's own
    (
        "基于Python技术的面部考勤小程序\n\n打印 上一主题 下一主题\n\n"
        "基于Python技术的面部考勤小程序\n\n发表于 2023-5-6 10:21:33 | 只看该作者\n\n" + PROSE,
        [("FC210", 3, 1), ("FC210", 7, 1)],
    ),
    # an e-paper reader's header over the title: its name, the day, the weekday and the paper;
    # under the title the page's stamp, font control and page bar with its links
    (
        "电子报阅读机\n2025-10-17\n星期五\n当前报纸名称:劳动午报\n\n"
        "村室完美变身 展示了为民服务的情怀\n\n日期:08-02\n字号:\n"
        "版面:02: 图评       上一篇    下一篇\n\n" + PROSE,
        [
            ("FC210", 1, 1),
            ("FC210", 2, 1),
            ("FC210", 3, 1),
            ("FC210", 4, 1),
            ("FC210", 8, 1),
            ("FC210", 9, 1),
            ("FC210", 10, 17),
        ],
    ),
    # a blog mirror's link home over the post
    (
        "美文网首页\n2019-04-11\n\n作者: 有一个老傻瓜 | 来源:发表于2019-04-11 14:07 被阅读0次\n"
        + PROSE,
        [("FC210", 1, 1), ("FC210", 4, 1)],
    ),
    # a blog's name over its `::` menu
    (
        "云枫的菜园子\n\n  博客园  :: 首页  :: 新随笔  :: 联系 :: 订阅 订阅  :: 管理\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 3)],
    ),
    # a portal's channel, editor and stamp with the repost mark glued on, a back link
    (
        "探索:流氓软件之父周鸿祎的嬗变之谜\n\n"
        "互联网 | 编辑: 杨剑锋 2006-11-16 00:00:00转载 返回原文\n\n" + PROSE,
        [("FC210", 3, 1)],
    ),
    # a library's switch, menu and breadcrumb over the title, a date alone under it
    (
        "中文版    俄文版\n首页 动态 资源 服务 学术 关于龙图\n当前位置:首页 > 学术 > 学会通知\n"
        "会员管理与服务平台用户手册\n2015-10-13\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1), ("FC210", 5, 1)],
    ),
    # a magazine's popular-searches header over the lead and its date (traditional)
    (
        "熱門搜尋\n\n戒嚴時期跑新聞的最大收獲\n\n2020-10-08\n" + PROSE,
        [("FC210", 1, 1)],
    ),
    # a site's title bar printed twice over the title
    (
        "签名吧-每一条签名都值得收藏\n\n签名吧-每一条签名都值得收藏\n\n签名收款收据怎么写模板\n\n"
        + PROSE,
        [("FC210", 1, 1), ("FC210", 3, 1)],
    ),
    # a blog's name and its slogan over the title
    (
        "马春杰杰博客\n致力于深度学习经验分享!\n\nWordPress中各种邮件内容及标题的自定义\n\n"
        + PROSE,
        [("FC210", 1, 1), ("FC210", 2, 1)],
    ),
    # a hacked page's gambling brand with its code number, as the title and glued to a title
    ("澳门新葡萄新京6663\n\n2024年闰年,“数九”时间表来了\n\n" + PROSE, [("FC210", 1, 1)]),
    ("美高梅娱乐4858.com给网游写一个挂吧(一)\n\n" + PROSE, [("FC210", 1, 1)]),
]

MUST_NOT_FIRE = [
    # a report's headings over its own dated line: no breadcrumb above the title
    "附件1\n\n2023年度工作总结\n\n时间:2023年12月30日\n\n" + PROSE,
    # double colons in code and notes
    "std::vector<int> v :: 容器 :: 示例\n" + PROSE,
    "map :: (a -> b) -> [a] -> [b]\n" + PROSE,
    "第一部分 :: 总则 :: 第二部分\n" + PROSE,
    # counts in a table of the document's own, and in a sentence
    "15 Posts 0 Stories\n" + PROSE,
    "共有 15 Posts，其中 6 Comments 待审核。",
    "本次共查看23602次，较上年增长。\n" + PROSE,
    # sentences and headings that name friend links or sponsors
    "友情链接交换须经审核，请勿私自添加。",
    "赞助推荐的企业应当具备相应资质。\n" + PROSE,
    PROSE + "\n\n三、友情链接管理办法",
    "四、友情链接的设置\n\n" + PROSE + "\n\n五、附则",
    # a title over the unit's fields, a date under it, no residue anywhere
    "密级:内部\n编号:2023-01\n\n关于召开年度工作会议的通知\n\n2024年1月5日\n\n" + PROSE,
    # a schedule's own month-day field, a Macau report's years and figures
    "会议安排\n日期:08-02\n地点:三楼会议室\n" + PROSE,
    "澳门回归1999年以来，经济持续发展。\n" + PROSE,
    "澳门特别行政区2023\n年度施政报告\n" + PROSE,
    "金沙江1500米河段已完成整治。\n" + PROSE,
    "永利集团1234万元投资项目签约。\n" + PROSE,
    # a news agency's editor line with a date, no residue near it
    "编辑:张三\n2024-01-05\n" + PROSE,
    # an Internet company's name over a net that is a thing
    "中国互联网\n发展报告\n\n" + PROSE,
    # a report's title and date with no residue above them
    "2023年度工作总结\n2024-01-05\n\n" + PROSE,
    # a title printed twice with no bar in it, and a bar printed once
    "基层工作的青春岁月\n\n基层工作的青春岁月\n\n" + PROSE,
    "第一章-总则\n\n" + PROSE,
    # a blog's name over a title that is no slogan, a title about blogs
    "技术博客\n关于数据库索引的几点思考\n\n" + PROSE,
    "如何写好一篇博客\n从选题到发布\n\n" + PROSE,
    # a meeting's agenda heading over the text, a date line under its title
    "会议议程\n\n关于召开2024年度工作会议的通知\n\n2024年1月5日\n\n" + PROSE,
]


test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)
