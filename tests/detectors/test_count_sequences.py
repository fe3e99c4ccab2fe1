"""FC306 on numbered sequences, as they run across clauses, paragraphs and headings.

Rows come from real passages of tests/corpus/consistent: the firing rows are one-edit
changes of them (a marker repeated or skipped), the silent rows are the real text and
shapes that only look like broken sequences. Each row asserts the code, the line and
the column of every count finding (FC3), so a misnumbered list is reported once, by
the sequence rule, and not also as a wrong count of items.
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    # the first marker again at the head of the next paragraph
    (
        "一是要明确任务抓落实。各乡镇要围绕目标任务。\n一是要转变作风抓落实。春节长假已过。",
        [("FC306", 2, 1)],
    ),
    (
        "一是要明確任務抓落實。各鄉鎮要圍繞目標任務。\n一是要轉變作風抓落實。春節長假已過。",
        [("FC306", 2, 1)],
    ),
    # the first marker again in the same paragraph, under one heading
    (
        "(一)坚守责任担当。一是落实领导责任。市委常委会每年至少2次专题研究。"
        "一是严格考核问责。成立检查考核小组。",
        [("FC306", 1, 36)],
    ),
    (
        "(一)堅守責任擔當。一是落實領導責任。市委常委會每年至少2次專題研究。"
        "一是嚴格考核問責。成立檢查考核小組。",
        [("FC306", 1, 36)],
    ),
    # bracketed headings of two paragraphs in a row, ASCII brackets
    (
        "(一)老年人口持续增长,提出新的更高要求。\n(一)各级党委、政府思想重视,老龄工作的地位更加突出。",
        [("FC306", 2, 1)],
    ),
    (
        "2、 正文:一般包括以下几个部分:\n(1) 基本情况:进行工作的指导思想。\n"
        "(1) 工作成绩:详细写明取得了哪些成绩。",
        [("FC306", 3, 1)],
    ),
    # 一、 inside a paragraph after 。
    (
        "2021年是开局之年,要开展好各项工作。一、各村要高度重视。二、做好信访稳定工作。"
        "三、做好春季麦田管理工作。三、严防严守不松懈。",
        [("FC306", 1, 55)],
    ),
    # a repeated bracketed marker under an announcement: the sequence rule's alone
    (
        "下边主要讲三个问题:\n(一)如何对待解放军;\n(二)阶级观点和阶级路线;\n(二)中学红卫兵的光荣战斗任务。",
        [("FC306", 4, 1)],
    ),
    # a series that mixes 首先/其次 with ordinals
    (
        "首先,任务清单是核心部分。\n其次,交办制强调责任的分配。\n第三,督查制是监督检查的手段。\n"
        "第四,销号制是指验收合格即可销号。\n其次,问责制是追责的制度安排。",
        [("FC306", 5, 1)],
    ),
    # 其一, 其二 repeated
    ("其一,基础薄弱;其二,投入不足;其二,机制不活。", [("FC306", 1, 17)]),
    # a nested list skips a number under its heading
    (
        "一、经济建设稳步发展\n1. 农业现代化步伐加快\n2. 工业项目逐步落地\n二、社会事业全面发展\n"
        "1. 教育事业持续进步\n3. 医疗卫生水平提高",
        [("FC306", 6, 1)],
    ),
    # an ordinal list inside a quotation
    ("總理說:“第一,把村容村貌搞好;第三,把土地規劃好;第四,多種樹。”", [("FC306", 1, 17)]),
    # a repeated first marker is reported once; the list after it starts afresh
    (
        "我有两句话与大家共勉:一要干事,一要干净。一要“干事”,二要“干净”,简单明了。",
        [("FC306", 1, 17)],
    ),
    # a two-item list whose second line repeats the first number
    ("附件:\n1.参会单位名单\n1.实施方案", [("FC306", 3, 1)]),
    ("（一）电话渠道\n1.拨打12345。\n1.记录工单。\n（二）线上渠道", [("FC306", 3, 1)]),
    # a new list whose first marker is glued to a heading still skips a number
    (
        "特制定以下标准:1、标题明确;2、格式工整;3、注明部门;4、经签字后下发;特此通知!"
        "三、会议议程1、通报大检查情况。\n3、宣读先进个人名单。\n4、做工作报告。",
        [("FC306", 2, 1)],
    ),
]

SILENT = [
    # the real passages behind the firing rows
    "一是要明确任务抓落实。各乡镇要围绕目标任务。\n二是要转变作风抓落实。春节长假已过。",
    "(一)坚守责任担当。一是落实领导责任。市委常委会每年至少2次专题研究。"
    "二是严格考核问责。成立检查考核小组。",
    "(一)老年人口持续增长,提出新的更高要求。\n(二)各级党委、政府思想重视,老龄工作的地位更加突出。",
    "2、 正文:一般包括以下几个部分:\n(1) 基本情况:进行工作的指导思想。\n"
    "(2) 工作成绩:详细写明取得了哪些成绩。",
    "2021年是开局之年,要开展好各项工作。一、各村要高度重视。二、做好信访稳定工作。"
    "三、做好春季麦田管理工作。四、严防严守不松懈。",
    "首先,任务清单是核心部分。\n其次,交办制强调责任的分配。\n第三,督查制是监督检查的手段。\n"
    "第四,销号制是指验收合格即可销号。\n最后,问责制是追责的制度安排。",
    "一、经济建设稳步发展\n1. 农业现代化步伐加快\n2. 工业项目逐步落地\n二、社会事业全面发展\n"
    "1. 教育事业持续进步\n2. 医疗卫生水平提高",
    # a second list after an announcement in the next paragraph starts afresh
    "提出四点要求:一是要认准形势;二是要吃透政策;三是要聚焦关键;四是要压实责任。\n"
    "冯永红提三点希望:一是正确面对改革;二是妥善推进改革;三是有序推进发展。",
    # lists written in Markdown number every item one; joined excerpts repeat a heading
    "1. 工作回顾:简要回顾。\n1. 经验教训:总结经验。\n1. 成功因素:分析因素。",
    "一、总则\n一、总则\n二、细则",
    # a list of 一是 whose 二是 opens the next paragraph, in traditional script
    "一要明確目標,統一思想。實現七個方面的新突破。二要明確差距,強化措施。",
    # a paragraph restarts its list at a new heading
    "(一)扎实做好换届选举工作。一是精心组织。二是严格程序。\n"
    "(二)打造党建示范单位。一是抓好示范村。二是申报示范区。",
    # 一是 as the idiom and as a word, not markers
    "坚持一是一、二是二,实事求是。统一是前提。",
    # numbers with a dot that are decimals, years and ranks
    "全年增长1.5个百分点。\n3.2万人受益。\n2023年排名第3。",
    # a list cut by an excerpt after its first item, then another page's list
    "一是落实领导责任。\n\n1.优化乡镇机构设置。\n2.改善基础设施。",
    "其一,要学习;其二,要实践。一方面抓学习,另一方面抓落实。",
    "其一是基础,其二是投入。尤其二者兼顾。",
    # lazy Markdown numbering, a title numbered one before its list, nested lists
    "1. a项\n1. b项\n1. c项",
    "1. 目录\n1. 相关知识点:\n2. 虚拟DOM\n3. Diff算法",
    "  1. 壹、內  政 \n    1. 一、民  政 \n(一)健全地方制度:",
    # a new list whose first marker is glued to a heading (`三、会议议程1、`)
    "特制定以下标准:1、标题明确;2、格式工整;3、注明部门;4、经签字后下发;特此通知!"
    "三、会议议程1、通报大检查情况。\n2、宣读先进个人名单。\n3、做工作报告。",
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
