"""FC303 on a list and the quoted count it makes up, with words between them:
`以“A、B、C”为主要内容的“四个一”活动`, `A、B、C等“三个一”活动`.

The firing rows are one-edit changes of real passages (tests/corpus/consistent/453 and
454, and text found in public sources), the silent rows the passages as found and
quoted counts that no list comes before. Each row asserts the code, the line and the column.
"""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # one of four items dropped before 为主要内容的
    (
        "组织广大党员干部开展以“集中一次学习、阅读一本好书、撰写一篇心得”为主要内容的“四个一”活动,"
        "扎实推进学习型党组织建设。",
        [("FC303", 1, 1)],
    ),
    # the count raised (3 -> 4)
    (
        "先后组织开展了“放下架子进万家门、沉下身子知万家情、想出法子解万家难”为主要内容的"
        "“4个万家”活动和“去官气、做公仆”大讨论等主题实践活动",
        [("FC303", 1, 1)],
    ),
    # 等 and a quoted count lower than the items named (三 -> 两), traditional script
    (
        "在全體機關干部中開展建設書香機關、組織一次微型黨課、組織一次書籍捐助活動等“两個一”活動。",
        [("FC303", 1, 1)],
    ),
]

# Real text: must raise no count finding.
SILENT = [
    "组织广大党员干部开展以“集中一次学习、阅读一本好书、开展一次调研、撰写一篇心得”"
    "为主要内容的“四个一”活动,扎实推进学习型党组织建设。",
    "先后组织开展了“放下架子进万家门、沉下身子知万家情、想出法子解万家难”为主要内容的"
    "“3个万家”活动和“去官气、做公仆”大讨论等主题实践活动",
    "县委组织部开展以“自学、选学、讲学、互学、传学、观学、带学、研学、督学、促学”"
    "为主要内容的“十学”活动,将学习型党组织创建活动与组织工作的实际相结合,取得了较好效果。",
    "在全體機關干部中開展建設書香機關、組織一次微型黨課、組織一次書籍捐助活動等“三個一”活動。",
    "三者不是 RGB 等“三个通道”,而是三个长度等于 feature dimension 的缩放向量。",
    "白家乡以开展“建设镇坪、热爱镇坪”为主题的干部作风教育整顿活动为契机,组织广大党员干部开展活动。",
    "读书活动分为“聊一聊”“品一品”和“读一读”三部分。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
