"""FC408 lists each mention of an anonymised name, and only the name's own characters.

Rows are real text: a report of a retrial (m.shanyouwang.com/1401ocmo.shtml, thepaper.cn's
story) naming accomplices `刘某连、李某成、孙某国`, whose given name's last character is
kept after `某`, beside a `李某` of their own; news of an appeal (news.sohu.com,
2013-11-28).
"""

from __future__ import annotations

from helpers import rule_table

RETRIAL = (
    "澎湃新闻注意到,汕头市龙湖区法院此前作出的刑事判决认定:“刘西文”(注:实为李四强)伙同同案人"
    "刘某连、李某成、刘某国、李某、孙某国(均已被判刑)、“大伟”、“大广子”(身份不明,均在逃)等人"
    "于2003年8月至9月期间,在汕头市区实施抢劫作案六宗,其案发地均在广东汕头市。"
)
REEXAMINED = (
    "再审期间,经讯问同案人李某成、孙某国、刘某连、李某,各同案人均确认不认识李四强,不能辨认出"
    "李四强,抢劫参与人中没有与李四强特征相符人员。"
)

MUST_FIRE = [
    (RETRIAL, [("FC408", 1, 60)]),
    (REEXAMINED, [("FC408", 1, 24)]),
    (
        "宣判结束后,二审法官对李某某等五人进行了法庭教育,各被告人的律师也参加。据一名参与庭审的人士透露,"
        "在“教育”的过程中,同案被告人王某的辩护律师因为暗示其他被告的证词不实,被法官驱逐出法庭。",
        [("FC408", 1, 12), ("FC408", 1, 65)],
    ),
]

MUST_NOT_FIRE = [
    "此外,同案人刘某连、李某成、孙某国均未指证李四强参与抢劫。",
    "在某门户网站的一项网上调查中,认为二审维持原判的占到40%以上。",
    "该调查甚至还设了一个“加刑”选项(根据法律规定,上诉案件被告人不加刑),选择该项者占到了30%以上。",
    "由于该案涉及未成年人和个人隐私,与一审宣判时允许未成年人权益保护组织及妇女权益保护组织旁听相比,"
    "二审宣判时的“保护措施”更为完善,未组织任何人员入庭。",
]

test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC408"
)
