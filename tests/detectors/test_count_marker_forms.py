"""FC303 and FC306 on list forms read since the count set grew: a last item numbered in
another style, `一要` going on with `二是`, items that hold a quoted set's name in the
sentence before it, `是指`, `部分`/`份` after a list, single quotes, `〔一〕`, a bullet before
`第二`, the heavenly stems `甲、乙、丙`, and one item a paragraph across blank lines.

Rows come from real passages of tests/corpus/consistent (501-540): the firing rows are
one-edit changes of them, the silent rows the real text and its traps. Each row asserts
the code, the line and the column of every count finding.
"""

from __future__ import annotations

from fillcheck import audit_text
from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # a list whose last item is numbered in another style, one item short of the count
    (
        "今天讲三个方面:\n"
        "     一是重新学习一下有关基层党支部的规定性内容;\n"
        "     二是探讨一下如何当好党支部书记;\n"
        "     三是探讨一下当前基层党支部工作中的几个重点。\n"
        "     四、党支部常用文书",
        [("FC303", 1, 4)],
    ),
    # 一要 goes on with 二是 (real text mixes the two verbs)
    (
        "善于做好“三道题”。一要做好“判断题”。二是做好“听写题”。三是做好“填"
        "空题”。四是做好“选择题”。因此。",
        [("FC303", 1, 6)],
    ),
    # items that each hold the set's name, in the sentence before it
    (
        "始终做到心中有党,心中有民,心中有责,心中有戒。我认为,不仅县委书记要始"
        "终做到“三有”,各级领导干部都要始终做到“三有”。",
        [("FC303", 1, 41)],
    ),
    (
        "始終做到心中有黨、心中有民、心中有戒。這是首次見諸媒體的“四有”干部標準。",
        [("FC303", 1, 30)],
    ),
    # a quoted count after 是指 and its list
    (
        "“三有”干部是指“心中有党、心中有民、心中有责、心中有戒”的党员干部。",
        [("FC303", 1, 2)],
    ),
    # 部分 and 份 after a list; a set in single quotes
    (
        "制定了医院党史学习教育实施方案,从总体要求、主要任务、组织领导四部分,对"
        "医院党史学习教育作出精心谋划。",
        [("FC303", 1, 17)],
    ),
    (
        "沭阳县相继出台“责任清单”和“整改清单”三份清单,推进基层党建责任刚性落实。",
        [("FC303", 1, 1)],
    ),
    (
        "打好大气、土壤污染防治‘三大战役’,强化履职担当。",
        [("FC303", 1, 1)],
    ),
    # markers: 〔〕 brackets, a bullet before 第N, 。 一、 with a space, 、二要, the heavenly stems
    (
        "必须遵循以下原则:〔一〕遵守党的相关政策。\n"
        "〔二〕尊重和保障党员干部群众的民主权利。\n"
        "〔三〕坚持以人为本。\n"
        "〔三〕坚持一切从实际出发。",
        [("FC306", 4, 1)],
    ),
    (
        "一、党支部的性质\n"
        "    ·第一,党支部是党的最基层组织。\n"
        "··第二,党支部是党全部工作和战斗的基础。\n"
        "··第二,党支部是党联系群众的纽带和桥梁。",
        [("FC306", 4, 3)],
    ),
    (
        "特制定本制度。 一、为确保主题党日活动时间,每月开展活动。 二、党日活动"
        "内容包括上党课。 二、主题党日活动要坚持考勤制度。",
        [("FC306", 1, 46)],
    ),
    (
        "干部姓“干”,一要干净、三要干事,要以身作则带头干。",
        [("FC306", 1, 13)],
    ),
    (
        "写作分三个方面:甲、题材;乙、用字;丙、结构;丁、修辞。",
        [("FC303", 1, 4)],
    ),
    (
        "写作要求如下:甲、题材;乙、用字;丁、修辞。",
        [("FC306", 1, 18)],
    ),
    # one item a paragraph, across blank lines
    (
        "会议提出三点要求:\n"
        "\n"
        "一是加强学习。各单位要认真组织。\n"
        "\n"
        "二是狠抓落实。各单位要认真组织。\n"
        "\n"
        "三是改进作风。各单位要认真组织。\n"
        "\n"
        "四是严守纪律。各单位要认真组织。\n"
        "\n"
        "五、其他事项",
        [("FC303", 1, 5)],
    ),
    # corner brackets quote as curly quotes do in traditional text
    (
        "做到「四個帶頭」:帶頭講政治、帶頭講團結、帶頭講紀律。",
        [("FC303", 1, 4)],
    ),
    # quoted items with 、 inside, the last one after 及: a list of quotations, not one
    (
        "分為「內政、族群及轉型正義」、「外交、國防及兩岸關係」、「財政及金融」、"
        "「教育、文化及科技」、「交通及建設」、「司法及法制」及「勞動、衛生福利及環境保護」"
        "共8類,擇要報告如下:",
        [("FC303", 1, 1)],
    ),
    # ordinals that carry a measure word and a noun, one a line or a sentence
    (
        "第一項叮嚀是求知若渴。\n第二項叮嚀是決不放棄。\n第二項叮嚀是找到所愛。",
        [("FC306", 3, 1)],
    ),
    (
        "有什么共同点呢?第一个共同点就是付出了努力。第二个共同点是都具有先进性。第四个共同点是团结。",
        [("FC306", 1, 37)],
    ),
]

SILENT = [
    # the real passages behind the firing rows
    "今天讲四个方面:\n"
    "     一是重新学习一下有关基层党支部的规定性内容;\n"
    "     二是探讨一下如何当好党支部书记;\n"
    "     三是探讨一下当前基层党支部工作中的几个重点。\n"
    "     四、党支部常用文书",
    "善于做好“四道题”。一要做好“判断题”。二是做好“听写题”。三是做好“填"
    "空题”。四是做好“选择题”。因此。",
    "始终做到心中有党,心中有民,心中有责,心中有戒。我认为,不仅县委书记要始"
    "终做到“四有”,各级领导干部都要始终做到“四有”。",
    "始終做到心中有黨、心中有民、心中有責、心中有戒。這是首次見諸媒體的“四有”干部標準。",
    "“四有”干部是指“心中有党、心中有民、心中有责、心中有戒”的党员干部。",
    "制定了医院党史学习教育实施方案,从总体要求、主要任务、组织领导三部分,对"
    "医院党史学习教育作出精心谋划。",
    "沭阳县相继出台“责任清单”、“问题清单”和“整改清单”三份清单,推进基层党建责任刚性落实。",
    "打好大气、水、土壤污染防治‘三大战役’,强化履职担当。",
    "必须遵循以下原则:〔一〕遵守党的相关政策。\n"
    "〔二〕尊重和保障党员干部群众的民主权利。\n"
    "〔三〕坚持以人为本。\n"
    "〔四〕坚持一切从实际出发。",
    "一、党支部的性质\n"
    "    ·第一,党支部是党的最基层组织。\n"
    "··第二,党支部是党全部工作和战斗的基础。\n"
    "··第三,党支部是党联系群众的纽带和桥梁。",
    "特制定本制度。 一、为确保主题党日活动时间,每月开展活动。 二、党日活动"
    "内容包括上党课。 三、主题党日活动要坚持考勤制度。",
    "干部姓“干”,一要干净、二要干事,要以身作则带头干。",
    "写作分四个方面:甲、题材;乙、用字;丙、结构;丁、修辞。",
    "会议提出四点要求:\n"
    "\n"
    "一是加强学习。各单位要认真组织。\n"
    "\n"
    "二是狠抓落实。各单位要认真组织。\n"
    "\n"
    "三是改进作风。各单位要认真组织。\n"
    "\n"
    "四是严守纪律。各单位要认真组织。\n"
    "\n"
    "五、其他事项",
    # 和 inside the last of items that share a tail may join within it
    "“四议”:即村党支部委员会提议、村“两委”会议商议、党员大会审议、联户代"
    "表会议或村民会议决议;“两公开”:即决议的公开、组织施行决议和施行结果的"
    "公开。",
    # 暨 joins two items
    "八十三年度本省預算案之附屬單位預算,包括營業、非營業暨菸酒公賣事業三部分。",
    # a definition after 是指 that counts again, and concept names defined by 是指
    "“四清单”则是指在执行过程中需要明确列出的四个关键清单,包括任务清单、责"
    "任清单、问题清单和整改清单。",
    "“两个维护”是指坚决维护习近平总书记党中央的核心、全党的核心地位,坚决维"
    "护党中央权威和集中统一领导。",
    "“三严三实”是指既严以修身、严以用权、严以律己,又谋事要实、创业要实、做人要实。",
    # two items named before a set of four: a mention, not the list
    "同志们要做到心中有党、心中有民。“四有”干部标准要求很高。",
    "学史明理、学史增信、学史崇德、学史力行。这是“四学”的要求。",
    # the stems as names of parties, not markers
    "甲、乙双方约定如下:一、合同期限。",
    "甲、乙、丙三方签订协议。",
    # quantities after a list, not sets
    "盒饭、矿泉水各两份。",
    "购买了盒饭、矿泉水两份。",
    # concept names and traps from the real pages
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”;当前要自觉做到“三个结合”。",
    "大力推进“6+1”工程,即提升一批社区阵地,叫响一个主题社区,推行一种“"
    "微治理”服务,开通一个掌上微信平台,开展每一个社区为民办理好事活动,深化"
    "一项“早安询访”工作制度。",
    "他在任內射出「5支箭」重大建設,包括台灣知識經濟園區、科學園區三期、興建"
    "焚化爐、生命紀念園區,其中第一支箭「AI智慧園區」,已在去年12月24日"
    "動土開工。",
    "我們鎖定「低汙染、低耗能、低耗水與高產值」三低一高產業,讓農業縣發展與現代科技可以無縫接軌。",
    "在马尚街道世纪花园社区参观学习“邵涛社区工作法”、“三十六个一”为民服务"
    "机制、“服务天天在”党建服务品牌。",
    "会议提出三点要求:1、加强学习;2、狠抓落实;3、改进作风。",
    "做到「四個帶頭」:帶頭講政治、帶頭講團結、帶頭講紀律、帶頭講奉獻。",
    "分為「內政、族群及轉型正義」、「外交、國防及兩岸關係」、「經濟及農業」、「財政及金融」、"
    "「教育、文化及科技」、「交通及建設」、「司法及法制」及「勞動、衛生福利及環境保護」"
    "共8類,擇要報告如下:",
    "「經濟好,一切都好!」、「想辦法,一定有辦法!」這兩句話,是他的座右銘;",
    "第一項叮嚀是求知若渴。\n第二項叮嚀是決不放棄。\n第三項叮嚀是找到所愛。",
    "第一个共同点就是付出了努力。第三个共同点是团结。",
    "评出第一批示范村10个,第二批示范村8个,第二批示范村名单另行公布。",
]


test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")


def test_a_set_named_after_its_list_says_the_items_stand_before_it():
    (finding,) = audit_text(
        "始終做到心中有黨、心中有民、心中有戒。這是首次見諸媒體的“四有”干部標準。"
    )
    assert (finding.rule, finding.line, finding.column) == ("FC303", 1, 30)
    assert (
        finding.message
        == "四有 announces 4 but 3 are listed before it: 心中有党、心中有民、心中有戒"
    )


def test_the_last_item_in_another_style_is_counted():
    text = "今天讲三个方面:\n一是学习;\n二是探讨;\n三是研究。\n四、党支部常用文书"
    (finding,) = audit_text(text, select=["FC3"])
    assert (finding.rule, finding.line, finding.column) == ("FC303", 1, 4)
    assert (
        finding.message
        == "三个方面 announces 3 but 4 follow: 一是学习; 二是探讨; 三是研究。 四、党支部常用文书"
    )
