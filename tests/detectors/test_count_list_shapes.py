"""FC303 on lists in the layouts the readers learned from fresh pages: a count anywhere in
the clause a colon ends (`围绕四个方面问题开展专项整治:一是…`), inline `一、` items that
open with a figure (`二、5+2產業…`), quotations glued before `等N` (`“A”“B”“C”等三类`),
`分别是` opening the sentence after the count's, numbered lines after a colon whose
sentence holds the count (`①…` lines too), lines parted by `；` and closed by `。`, the
rows of a table, and bulleted lines.

The firing rows are one-edit changes of real passages (tests/corpus/consistent/870-885),
the silent rows the passages as found and text of the same shapes that counts something
else. Each row asserts the code, the line and the column.
"""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # the clause's count lowered (四 -> 三), four 一是 items after the colon
    (
        "本次联合行动重点围绕三个方面问题开展专项整治:一是严厉打击食品生产经营环节违法违规行为;"
        "二是实施保健食品行业专项清理整治;三是解决学校及幼儿园食品安全主体责任不落实问题;"
        "四是整治农产品质量安全问题。",
        [("FC303", 1, 11)],
    ),
    # 三 -> 两, traditional script and ASCII punctuation, an item opening with a figure
    (
        "蔡總統對臺灣經濟發展提出之两大方向:一、前瞻基礎建設,希望擴大政府支出;"
        "二、5+2產業創新計畫,希望帶動產業結構轉型升級;三、新南向,希望拓展臺灣對外經貿關係。",
        [("FC303", 1, 14)],
    ),
    # 三 -> 两 after three glued quotations
    (
        "从通报案件情况来看,“违规发放津贴补贴和福利”“违规配备和使用公车”"
        "“收送礼金礼品购物卡接受吃请”等两类问题最为突出。",
        [("FC303", 1, 11)],
    ),
    # 3 -> 2, the items in the next sentence after 分别是
    (
        "辽宁省通报的4起典型案件中,有2起涉及违规操办婚丧喜庆。分别是鞍山市某干部其子结婚大操大办"
        "并违规收受礼金、锦州市某助理为其外孙女操办“满月宴”、营口市某中队长以孩子升学为名违规操办升学宴。",
        [("FC303", 1, 16)],
    ),
    # 十 -> 九 before ten ① lines, the count further back in the colon's sentence
    (
        "岚皋县2023年九大民生实事涉及民生保障、教育医疗、城市提升等各方面,分别包括:\n"
        "①村级医保服务能力提升工程;\n②中小学及幼儿园校舍提升改造工程;\n③农村敬老院改造提升项目;\n"
        "④城市功能补短板项目;\n⑤肖家坝农贸市场提升工程;\n⑥标准化村卫生室建设项目;\n"
        "⑦中医院基础服务能力提升项目;\n⑧城区智慧水务建设工程;\n⑨背街小巷改造工程;\n"
        "⑩城关镇城北社区搬迁安置点道路建设项目。",
        [("FC303", 1, 9)],
    ),
    # 三 -> 两 before three numbered lines, the count inside the clause
    (
        "严格落实两个明确确保工作有序开展:\n1、文件精神、思想认识明确。\n2、任务要求、预期效果明确。\n"
        "3、责任到位、分工明确。",
        [("FC303", 1, 5)],
    ),
    # one line added to a list parted by ；
    (
        "今年确定了三项重点任务：\n改造老旧小区；\n新建幼儿园；\n建设农贸市场；\n修建乡村道路。",
        [("FC303", 1, 6)],
    ),
    # one row dropped from a table
    (
        "今年确定了四项重点任务：\n| 序号 | 任务 | 责任单位 |\n| --- | --- | --- |\n"
        "| 1 | 改造老旧小区 | 住建局 |\n| 2 | 新建幼儿园 | 教育局 |\n| 3 | 建设农贸市场 | 商务局 |",
        [("FC303", 1, 6)],
    ),
    # 三 -> 两 before three bulleted lines
    (
        "特区政府工作将聚焦两大重点:\n- 全力发展经济,聚焦改善民生\n- 强化自身优势,发掘新增长点\n"
        "- 把握国家、国际双机遇\n\n下一步将推出具体措施。",
        [("FC303", 1, 10)],
    ),
    # headings after an announcing line: 二、 renumbered 三、 and the rest after it
    (
        "个人述职报告大体由四部分组成:\n一、绪言。就是述职报告的开场白。\n"
        "三、主要业绩。这是述职报告的重要部分。\n四、存在的问题。\n五、今后的努力方向。",
        [("FC306", 3, 1)],
    ),
]

# Real text as found, and the same shapes counting other things: no count finding.
SILENT = [
    "个人述职报告大体由四部分组成:\n一、绪言。就是述职报告的开场白。\n"
    "二、主要业绩。这是述职报告的重要部分。\n三、存在的问题。\n四、今后的努力方向。",
    "报告分为以下部分：\n一、绪言。\n三、主要业绩。\n四、存在的问题。",
    "本次联合行动重点围绕四个方面问题开展专项整治:一是严厉打击食品生产经营环节违法违规行为;"
    "二是实施保健食品行业专项清理整治;三是解决学校及幼儿园食品安全主体责任不落实问题;"
    "四是整治农产品质量安全问题。",
    "蔡總統對臺灣經濟發展提出之三大方向:一、前瞻基礎建設,希望擴大政府支出;"
    "二、5+2產業創新計畫,希望帶動產業結構轉型升級;三、新南向,希望拓展臺灣對外經貿關係。",
    "从通报案件情况来看,“违规发放津贴补贴和福利”“违规配备和使用公车”"
    "“收送礼金礼品购物卡接受吃请”等三类问题最为突出。",
    "坚持“讲政治”“顾大局”等四个方面。",
    "辽宁省通报的4起典型案件中,有3起涉及违规操办婚丧喜庆。分别是鞍山市某干部其子结婚大操大办"
    "并违规收受礼金、锦州市某助理为其外孙女操办“满月宴”、营口市某中队长以孩子升学为名违规操办升学宴。",
    "岚皋县2023年十大民生实事涉及民生保障、教育医疗、城市提升等各方面,分别包括:\n"
    "①村级医保服务能力提升工程;\n②中小学及幼儿园校舍提升改造工程;\n③农村敬老院改造提升项目;\n"
    "④城市功能补短板项目;\n⑤肖家坝农贸市场提升工程;\n⑥标准化村卫生室建设项目;\n"
    "⑦中医院基础服务能力提升项目;\n⑧城区智慧水务建设工程;\n⑨背街小巷改造工程;\n"
    "⑩城关镇城北社区搬迁安置点道路建设项目。",
    "严格落实三个明确确保工作有序开展:\n1、文件精神、思想认识明确。\n2、任务要求、预期效果明确。\n"
    "3、责任到位、分工明确。",
    "共走访3个社区，发现问题如下：一是学习不够；二是作风不实。",
    "全市15个部门参加会议，会议要求：\n1.提高认识。\n2.狠抓落实。\n\n其他工作正常开展。",
    "今年确定了四项重点任务：\n改造老旧小区；\n新建幼儿园；\n建设农贸市场；\n修建乡村道路。",
    "今年确定了三项重点任务：\n| 序号 | 任务 | 责任单位 |\n| --- | --- | --- |\n"
    "| 1 | 改造老旧小区 | 住建局 |\n| 2 | 新建幼儿园 | 教育局 |\n| 3 | 建设农贸市场 | 商务局 |\n"
    "| 合计 | 3项 | |",
    "今天讲四个方面:\n     一是重新学习有关基层党支部的规定性内容;\n"
    "     二是探讨如何当好党支部书记;\n"
    "     三是探讨当前基层党支部工作中的几个重点。\n     四、党支部常用文书",
    "特区政府工作将聚焦三大重点:\n- 全力发展经济,聚焦改善民生\n- 强化自身优势,发掘新增长点\n"
    "- 把握国家、国际双机遇\n\n下一步将推出具体措施。",
    "專項整治行動明確了教育、民政、住建、交通運輸、農業農村、商務、文旅、衛生健康、市場監管、糧食、"
    "海關等12個部門食品安全整治重點任務。",
    "宣布將以一心、二軸、三業(葉)、四力、五大目標及六大價值,奠定未來十年的願景工程基礎。",
    "陳國基認為,《施政報告》至少有五大重點。第一,堅定秉持“一國兩制”方針;"
    "第二,明確貫徹“以結果為目標”;"
    "第三,大膽謀求創新突破;第四,務實增進市民福祉;第五,全面凝聚各界力量,維護和諧穩定。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
