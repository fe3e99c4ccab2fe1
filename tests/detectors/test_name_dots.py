"""FC403 leaves alone a foreign name's `·` typed as a dot (`马丁.路德.金`).

Rows are real text: a question-and-answer page (yinyue.588733.com/kuwoyinle/gzyjv4g6gj.html)
and a 范文 page (16fw.com/fw/202112/880638.html) naming Martin Luther King `马丁.路德.金`; a
book review (m.zaixiangufen.com/duhougan/3267989.html) with a copy mark after `的`; a filtered
novel's `市.委` stays a filter's dot.
"""

from __future__ import annotations

from helpers import rule_table

MUST_FIRE = [
    (
        "經過近一個月的精心籌備,劉天水召開的第一次市.委全會馬上就要開幕了。\n"
        "東川市.委的各位常委同志正在作上臺前的最後準備。",
        [("FC403", 1, 23), ("FC403", 2, 4)],
    ),
]

MUST_NOT_FIRE = [
    "美国有位牧师曾说过一段话很激励人心的,叫什么名字\n\n马丁.路德.金——《我有一个梦想》\n\n"
    "马丁·路德·金(Martin Luther King, Jr.,1929年1月15日-1968年4月4日),著名的美国民权运动领袖。"
    "1948年大学毕业。1948年至1951年期间,在美国东海岸的费城继续深造。",
    "马丁.路德.金著名演讲—Ihaveadream 本文关键词:路德,马丁,演讲,著名,Ihaveadream\n"
    "马丁.路德.金著名演讲—Ihaveadream 本文简介:《Ihaveadream!》DeliveredonthestepsattheLincoln"
    "MemorialinWashingtonD.C.onAugust28,1963.",
    "后人读《战争与和平》,往往呼为史诗,那样其实正好违背了托翁的意愿。真正读懂《战争与和平》的人,"
    "最终会发现,这是一部思想的.结晶,却非文学。而小说的作者托尔斯泰,则纯然是一位伟大的思想家了。",
]

test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC403"
)
