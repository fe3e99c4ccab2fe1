"""FC101, FC102, FC104: masks and blanks in the shapes letter and report templates use.

Invitations, letters of thanks, 证明 and 讲话稿 set a masked name apart from its
title or sign-off (`××× 谨启`, `×××× :`), open a line with two names (`xXX,XXX敬邀`)
or a speaker (`XXX：您好！`), mask figures inside a number (`5xx4.9万人`), leave a
telephone number as its prefix (`电话：1XXXXXXXXXX`), draw blanks with em dashes,
low macrons, spaced underscores and ellipses (`时间:———`, `ˍˍ年`, `＿ ＿ ＿`,
`……年……月……日`), and put star runs after a title or a label (`总经理＊＊＊`,
`地点:******`). Must-fire rows are real text from the pages named in
`tests/corpus/labeled/SOURCES.md`; must-not-fire rows are real technical, size-table,
Markdown and prose text where the same characters mean something else.
Rows: text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    (
        "×××× :\n2021年×月×日是幼子××周岁纪念",
        [("FC102", 1, 1), ("FC102", 2, 6), ("FC102", 2, 8), ("FC102", 2, 13)],
    ),
    (
        "×××\n××× 谨启\n2021年×月×日",
        [("FC102", 1, 1), ("FC102", 2, 1), ("FC102", 3, 6), ("FC102", 3, 8)],
    ),
    ("XX 同志：\n  现将有关事项通知如下", [("FC102", 1, 1)]),
    (
        "地址:XXX餐厅\nxXX,XXX敬邀\nXX年X月X日",
        [
            ("FC102", 1, 4),
            ("FC102", 2, 1),
            ("FC102", 2, 5),
            ("FC102", 3, 1),
            ("FC102", 3, 4),
            ("FC102", 3, 6),
        ],
    ),
    ("（一）XXXXXX。XXXXXXXXXXXX。", [("FC102", 1, 4), ("FC102", 1, 11)]),
    (
        "尊敬的XX先生：\n兹定于X月X日召开座谈会。\nXXX：您好！",
        [("FC102", 1, 4), ("FC102", 2, 4), ("FC102", 2, 6), ("FC102", 3, 1)],
    ),
    ("一、XXXX工作\n1.XXXXXX", [("FC102", 1, 3), ("FC102", 2, 3)]),
    ("联系电话：1XXXXXXXXXX", [("FC102", 1, 7)]),
    ("饮水困难人口1609万人;5xx4.9万人受灾", [("FC102", 1, 15)]),
    (
        "时间:2021年*月*日 地点:****** 路线******\n**敬上!",
        [("FC101", 1, 9), ("FC101", 1, 11), ("FC101", 1, 17), ("FC101", 1, 26), ("FC101", 2, 1)],
    ),
    ("＊＊公司总经理＊＊＊", [("FC101", 1, 1), ("FC101", 1, 8)]),
    ("xxx先生(女士):兹为我儿(女)———(姓名)举办满月宴", [("FC102", 1, 1), ("FC104", 1, 18)]),
    ("时间:———在———(地点)", [("FC104", 1, 4), ("FC104", 1, 8)]),
    ("日期：ˍˍˍˍ年ˍˍ月ˍˍ日", [("FC104", 1, 4), ("FC104", 1, 9), ("FC104", 1, 12)]),
    ("姓名：＿ ＿ ＿ ＿ 性别：", [("FC104", 1, 4)]),
    ("我于……年……月……日参加工作", [("FC104", 1, 3), ("FC104", 1, 6), ("FC104", 1, 9)]),
    (
        "X X县X X镇政府:\n贵镇办公室X X X,很快给我们寄来了伍佰元。",
        [("FC102", 1, 1), ("FC102", 1, 5), ("FC102", 2, 6)],
    ),
    ("20_年4月12日上午,南漳县红十字会医院", [("FC104", 1, 3)]),
    ("2023 年 xx 镇首届“xx”篮球赛事", [("FC102", 1, 8), ("FC102", 1, 15)]),
    (
        "以学习宣传贯彻党的 XX 大精神为主线,深入贯彻落实县第 xx 次党代会精神",
        [("FC102", 1, 11), ("FC102", 1, 30)],
    ),
    ("围绕聚力建设“魅力 xx、山水xx”", [("FC102", 1, 11), ("FC102", 1, 16)]),
    ("XX·XX同志\n×× ××同志", [("FC102", 1, 1), ("FC102", 1, 4), ("FC102", 2, 1), ("FC102", 2, 4)]),
    (
        "＊＊·＊＊同志\n2023 年 ** 镇开展工作\n＊＊＊：您好！",
        [("FC101", 1, 1), ("FC101", 1, 4), ("FC101", 2, 8), ("FC101", 3, 1)],
    ),
    (
        "经办人：—— 日期：——年——月——日",
        [("FC104", 1, 5), ("FC104", 1, 11), ("FC104", 1, 14), ("FC104", 1, 17)],
    ),
    ("于...年...月...日签订", [("FC104", 1, 2), ("FC104", 1, 6), ("FC104", 1, 10)]),
]

SILENT = [
    "尺码 XXL 对应胸围 96-100 厘米",
    "进入 XX 世纪以后，科学技术飞速发展",
    "iPhone XS Max 手机发布",
    "Model X 车型的续航",
    "3x4的矩阵有12个元素",
    "返回 0x1F 表示成功",
    "2xx 状态码表示请求成功，4xx 表示客户端错误",
    "HTTP 5xx 错误共计120次",
    "RTX4090显卡售价12999元",
    "分辨率为1080x1920像素",
    "进行X光检查，x86 架构",
    "联系电话：0571-88888888",
    "**注意**：本表为示例",
    "总经理**王明**负责",
    "计算 x**2 的值",
    "地点:******",
    "***",
    "——鲁迅《故乡》",
    "———————————",
    "8月24日———9月6日杭州全城物流停运",
    "会議資料一——關於修訂公司投融資管理制度的議案",
    "正标题———副标题",
    "等等……年轻人总是这样",
    "他停顿了一下……日本方面没有回应",
    "_ _ _",
    "在某些方面还存在差距，某种程度上影响了工作成效",
    "部署了XXL-JOB调度平台",
    "XIX世纪的欧洲",
    "长×宽×高=3×4×5",
    "Version X X 系列",
    "进入 XX 世纪以来",
    "他说：——这是真的",
    "述职报告\n——年月日在山西河津第二届人民代表大会第三次会议上",
    "2019年——2020年的变化",
    "**注意** 事项",
    "- ** 粗体 **",
    "Marvel 的 X·Men 系列",
    "使用 Python 进行数据分析",
    "2020_年度报告.docx",
    "变量 x x 相乘得到 x²",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC101", "FC102", "FC104"]
)
