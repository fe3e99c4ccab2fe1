"""A comment's tallies written with emoji, and a byline broken into lines of lone dots.

Must-fire rows are shaped after a blog's comment section (likes, place and time behind
icons, the section's header over the first comment) and a blog platform's byline under
the title (author, dots, a tag on lines of their own). The silent rows are real chat,
social and poetry text that uses icons and dots for its own ends: an icon in a sentence,
icons with no number, a poem's section dots, a list with one dot.
"""

from __future__ import annotations

from helpers import PROSE, rule_table

MUST_FIRE = [
    # a comment section: its header, a comment ending in likes, place and time
    (
        PROSE + "\n评论区\n搬砖小能手: 讲得真清楚 👍🏽336 💭北京 🕐2025-04-25 23:19:03\n"
        "│ └── 潇湘夜雨: 同感。 👍🏽78 💭上海\n",
        [("FC210", 2, 1), ("FC210", 3, 14), ("FC210", 4, 17)],
    ),
    # a blog platform's byline broken into lines under the title
    (
        "閱讀是很個人的事\n\n淇淇\n·\n·\nIPFS\n·\n\n" + PROSE,
        [("FC210", 3, 1), ("FC210", 4, 1), ("FC210", 5, 1), ("FC210", 6, 1), ("FC210", 7, 1)],
    ),
]

MUST_NOT_FIRE = [
    # icons in sentences and without numbers
    "这次活动办得很好👍，大家都很满意🔥。\n" + PROSE,
    "点赞 👍 收藏 ⭐\n" + PROSE,
    "今天打卡第3天💪继续加油\n" + PROSE,
    # a line with one icon and a count
    "本条动态获得👍336\n" + PROSE,
    # a poem's section dots and a list with one dot
    "春晓\n\n春眠不觉晓\n·\n处处闻啼鸟\n\n" + PROSE,
    "目录\n\n第一章\n·\n第二章\n第三章\n\n" + PROSE,
    # a heading over a comment section that holds sentences only
    PROSE + "\n评论区\n大家的意见都很中肯，我们会认真研究。\n",
]


test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)
