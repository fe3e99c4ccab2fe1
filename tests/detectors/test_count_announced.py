"""FC303 and FC306 on announced items, announced sets and numbered sequences.

Rows come from real passages of tests/corpus/counts and tests/corpus/consistent:
the firing rows are one-edit changes of them (a numeral changed, an item dropped
or added, a marker skipped or repeated), the silent rows are the real text,
including every shape that once raised a wrong count finding on the consistent
corpus. Each row asserts the code, the line and the column.
"""

from __future__ import annotations

import pytest

from fillcheck import audit_text
from helpers import positions

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # items that repeat a head word over the next paragraph
    (
        "就如何学习贯彻会议精神提出两点要求。\n要认真学习,深刻领会。要学深悟透,指导实践。"
        "要结合当前,紧抓落实。",
        [("FC303", 1, 14)],
    ),
    # traditional script, the same passage
    (
        "就如何學習貫徹會議精神提出兩點要求。\n要認真學習,深刻領會。要學深悟透,指導實踐。"
        "要結合當前,緊抓落實。",
        [("FC303", 1, 14)],
    ),
    # an ordinal congress (十九大) in the announcing sentence is not a second count
    (
        "就如何学习贯彻党的十九大精神提出两点要求。\n要认真学习。要学深悟透。要结合当前。",
        [("FC303", 1, 17)],
    ),
    # numbered lines after an announcement that scraped text ends with residue
    (
        "主要内容一般包括三个部分。' L* ^7 t+ S! @+ E\n1.岗位职责和分管工作。\n"
        "2.依法履行职责所做的主要工作。\n3.主要经验教训和体会。\n4.今后工作的努力方向。",
        [("FC303", 1, 9)],
    ),
    # bracketed items on the following lines
    (
        "存在的问题主要有两个方面:\n(一)学习不够深入。\n(二)制度执行不严。\n(三)作风不够扎实。",
        [("FC303", 1, 9)],
    ),
    # a bracketed heading that counts the items on its line
    (
        "(以问题为导向,抓的4件大事)针对企业困难,加大纾困力度。......针对需求不足,扩投资促消费。"
        "......针对就业压力,强化稳岗。......针对通胀,做好保供稳价。......针对群众困难,强化民生保障。",
        [("FC303", 1, 11)],
    ),
    # items after 分别是, the count further back in the clause
    (
        "20件民生大事中,有3件未达到目标任务进度,分别是“全面实现全省无电村通电”和"
        "“全省每个县建成1个残疾人服务中心”。",
        [("FC303", 1, 11)],
    ),
    # values after 分别约为, one per year of the span
    (
        "過去5年間,總理所作的政府工作報告字數分別約為1.7萬字、1.8萬字、2萬字、1.9萬字、2萬字、2萬字。",
        [("FC303", 1, 3)],
    ),
    # a long list parted by ； after 分别是
    (
        "有2个考核指标超额完成任务,分别是:改造县乡公路3290公里,为任务的164.5%;"
        "扩建乡镇敬老院174所,为任务的116%;新建农村沼气池131661口,为任务的109.7%。",
        [("FC303", 1, 2)],
    ),
    # more examples after ，如…等 than the count
    (
        "从五个重要的方面进行了深入探讨,如政府职能转变、腐败问题,“三农”问题,教育问题,"
        "就业问题以及金融方面的问题等。",
        [("FC303", 1, 2)],
    ),
    # quoted items that repeat the set's name
    (
        "践行“忠诚于党我带头、加快发展我带头、服务群众我带头、促进和谐我带头”的“五带头”活动",
        [("FC303", 1, 1)],
    ),
    # two parallel phrases joined by 和 before the count
    (
        "以及治理面临的多元协作不通畅和在地参与不充分三大问题为导向",
        [("FC303", 1, 8)],
    ),
    # a list before the count, the items after an earlier list's count
    ("推进西滩、砂井子、甜水四个工业集中区建设", [("FC303", 1, 1)]),
    # numbered items of every form after an announcement
    ("要做到三个到位:一要思想到位;二要措施到位;三要责任到位;四要督查到位。", [("FC303", 1, 4)]),
    (
        "重点抓好三项工作。（一）抓学习。（二）抓制度。（三）抓队伍。（四）抓作风。",
        [("FC303", 1, 5)],
    ),
    ("重点抓好三项工作:第一,抓学习;第二,抓制度;第三,抓队伍;第四,抓作风。", [("FC303", 1, 5)]),
    ("重点抓好三项工作:首先,抓学习;其次,抓制度;再次,抓队伍;最后,抓作风。", [("FC303", 1, 5)]),
    ("要突出三个重点。\n一是抓学习。\n二是抓制度。\n三是抓队伍。\n四是抓作风。", [("FC303", 1, 4)]),
    ("做到“四个保障”。一是保障人员;二是保障时间;三是保障经费。", [("FC303", 1, 4)]),
    # a 、 list after the colon, items that repeat the set's head
    ("领导干部要做到“四个带头”：带头讲政治、带头讲团结、带头讲纪律。", [("FC303", 1, 9)]),
    ("重点抓好三项工作:抓学习、抓制度、抓队伍、抓作风。", [("FC303", 1, 5)]),
    # quoted items after the colon; a count of characters
    ("坚持“三个结合”：“学与做结合”“内与外结合”“上与下结合”“点与面结合”。", [("FC303", 1, 4)]),
    ("念好“三字诀”:稳、准、狠、快。", [("FC303", 1, 4)]),
    # sequences: 一要, 第一/第二 clauses (ASCII punctuation), 首先/其次, an inline list
    ("要做到三个到位:一要思想到位;二要措施到位;四要责任到位。", [("FC306", 1, 23)]),
    ("第一,要学习;第二,要实践;第二,要总结。", [("FC306", 1, 15)]),
    ("首先,要学习。其次,要实践。其次,要总结。", [("FC306", 1, 15)]),
    (
        "统计指标:指标,一、年末常住人口,二、自然增长情况,三、各年龄段比率,三、性别比",
        [("FC306", 1, 36)],
    ),
    # a first item followed by the third; items that name a year
    ("附件:\n1.参会单位名单\n3.健康行动实施方案", [("FC306", 3, 1)]),
    ("（一）电话渠道\n拨打12345。\n（三）线上渠道", [("FC306", 3, 1)]),
    (
        "附件: 1.2022年度省政府民生实事项目完成情况\n2.2022年度市级民生实事项目完成情况\n"
        "2.2022年度本级民生实事项目完成情况",
        [("FC306", 3, 1)],
    ),
]

# Consistent real text, and the shapes that once raised wrong count findings.
SILENT = [
    "就如何学习贯彻会议精神提出三点要求。\n要认真学习,深刻领会。要学深悟透,指导实践。"
    "要结合当前,紧抓落实。",
    "会议提出两点要求。\n会议指出,当前形势严峻。各单位要高度重视,抓好落实。",
    "(以问题为导向,抓的5件大事)针对企业困难,加大纾困力度。......针对需求不足,扩投资促消费。"
    "......针对就业压力,强化稳岗。......针对通胀,做好保供稳价。......针对群众困难,强化民生保障。",
    "20件民生大事中,有2件未达到目标任务进度,分别是“全面实现全省无电村通电”和"
    "“全省每个县建成1个残疾人服务中心”。",
    "過去6年間,總理所作的政府工作報告字數分別約為1.7萬字、1.8萬字、2萬字、1.9萬字、2萬字、2萬字。",
    # the parts carry their own counts: summed, not counted (24 = 6 + 14 + 1 + 3)
    "共审议法律草案40件,通过其中24件,包括制定法律6件,修改法律14件,"
    "作出法律解释1件、有关法律问题和重大问题的决定3件。",
    # a list that 等 ends, then a clause that is not an item
    "白皮书主要包括六方面内容,分别为未成年人检察办案数据分析,遵循司法规律加强双向保护,"
    "统筹“四大检察”深化综合司法保护,加强部门协作主动融入“五大保护”,"
    "注重犯罪预防提升法治宣传教育效果,坚持质效并重促进专业化规范化建设等,全面展示了新成效。",
    # concept names side by side, and items that hold counts of their own
    "深入贯彻“打造‘三大高地’、实施‘五大战略’”工作部署和“咬定一个目标、发力五个突破、"
    "聚力八大攻坚”工作思路",
    "扎实推动“改作风、提效能、促发展、护稳定”八大行动",
    "各地区、各部门认真贯彻落实“创新、协调、绿色、开放、共享”五大发展理念",
    "了解集中整顿“回头看”开展情况、县级领导干部“村村到”“四个一”措施落实情况",
    "紧紧围绕推进“四化两型”和“四个湖南”建设、促进“三量齐升”、实现“两个加快”“两个率先”",
    "坚持“两学一做”,落实“三会一课”,做到“一岗双责”,强化“四个意识”,做到“两个维护”,"
    "推进“5+2”工作法和“345”工作法",
    # two lists, each with its own 等N
    "牛塘税务分局、经发区税务分局、湖塘税务分局、礼嘉税务分局等4个分局以及办公室、税政二股、"
    "机关党委、组织人事股、税政一股、风险管理股等6个职能股室参评",
    # a template item split by 、 in a list of …情况
    "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
    "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。",
    "罚没金额17亿元(人民币,下同)。",
    # a breakdown that names only some of the four forms
    "运用“四种形态”处理137.6万人次。其中,运用第一种形态处理68.8万人次;运用第二种形态处理55.6万人次。",
    "最低的3个城市依次是北京、廊坊和长治,分别为47、55和55微克/立方米。",
    "观摩共抽取3个村,分别为“四星”支部创建村和软弱涣散村,主要围绕“五星”支部创建、"
    "人居环境综合整治、常态化疫情防控等方面展开。",
    "从三个方面进行了深入探讨,如政府职能转变、腐败问题等。",
    "面临的多元协作不通畅和在地参与不充分两大问题",
    "抓好党建引领和业务融合发展三大举措",
    # numbered items that agree, or a list that may go on past an excerpt
    "要做到四个到位:一要思想到位;二要措施到位;三要责任到位;四要督查到位。",
    "重点抓好四项工作:首先,抓学习;其次,抓制度;再次,抓队伍;最后,抓作风。",
    "要突出四个重点。\n一是抓学习。\n二是抓制度。\n三是抓队伍。\n具体如下。\n四是抓作风。",
    "要突出四个重点。\n一是抓学习。\n二是抓制度。\n三是抓队伍。",
    "125工程即:抓好一个格局,建立两个机制,开展好五项活动。\n(一)抓好一个格局。\n(二)建立两个机制。",
    "领导干部要做到“三个带头”：带头讲政治、带头讲团结、带头讲纪律。",
    "获奖的有三个单位:办公室、财务科、人事科等。",
    "重点抓好三项工作:抓学习、抓制度和抓作风。",
    "坚持“四个结合”：“学与做结合”“内与外结合”“上与下结合”“点与面结合”。",
    "念好“四字诀”:稳、准、狠、快。",
    "坚持“十六字方针”:稳、准、狠、快。",
    # a breakdown's last count, 即将, 余, a count that is the list's last item
    "其中按信访目的分类:揭发控告1件、求决57件、意见建议7件。\n\n"
    "按信件类型分类:建议11件、举报9件。\n按内容分类:城乡建设27件、农村农业7件。",
    "万羽产业园等6个项目竣工验收并投入使用,4个即将竣工验收,预计新增产业空间20万平方米。",
    "出动171.6万人次在20余个省(区、市)的80余处重点地域靠前驻防。",
    "会同最高法、最高检、工信部、人民银行和三大运营商持续推进“断卡”行动",
    "党总支委员、党总支秘书和4个支部书记及各支部支委参会。",
    # an announced inner list inside item 一; table rows of two flattened tables
    "一是工业化成果更加丰硕。正在洽谈的规模企业有2家:一是利捷制药厂;二是某公司。"
    "二是农业产业化初具规模。三是服务业加快发展。",
    "一、本级收入 | 100 |\n一、本级支出 | 90 |\n二、转移性支出 | 10 |\n二、转移性收入 | 5 |",
    # sequences that are whole, words that only look like markers
    "第一,要学习;第二,要实践;第三,要总结。",
    "首先,要学习。其次,要实践。最后,要总结。其次是做好收尾。",
    "会议再次强调,要抓好落实。首先,统一思想。其次,压实责任。",
    "获得一、二、三等奖的同学,一、二年级的学生",
    "统计指标:指标,一、年末常住人口,二、自然增长情况,三、各年龄段比率,四、性别比",
    "附件:\n1.参会单位名单\n2.健康行动实施方案",
    "1.5亿元用于建设。\n3.2万人受益。",
    "村第一书记,第一时间赶到现场",
    # approximations, ranges, dates, ordinals, document numbers, frequencies, phones
    "全镇约30名党员参加,其中女党员约20名。",
    "培训3至5个班次,每年2次,每次2天。",
    "2023年3月5日,根据〔2023〕5号文件,第三次会议在302室召开,电话0571-86624908。",
    "2个支部开展活动,3个支部开展评议,4个支部开展培训。",
]


@pytest.mark.parametrize(("text", "expected"), FIRE)
def test_fires(text, expected):
    assert positions(text, "FC3") == expected


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert positions(text, "FC3") == []


def test_more_silent_rows_than_firing_rows():
    assert len(SILENT) > len(FIRE)


def test_message_shows_the_items_that_follow():
    text = FIRE[0][0]
    (finding,) = audit_text(text, select=["FC303"])
    assert finding.message == (
        "两点要求 announces 2 but 3 follow: 要认真学习,；要学深悟透,；要结合当前,"
    )


def test_message_shows_the_list_before_the_count():
    (finding,) = audit_text(
        "以及治理面临的多元协作不通畅和在地参与不充分三大问题", select=["FC303"]
    )
    assert finding.message == (
        "三大问题 announces 3 but 2 are listed before it: 多元协作不通畅、在地参与不充分"
    )


def test_message_names_the_repeated_series_word():
    (finding,) = audit_text("首先,要学习。其次,要实践。其次,要总结。", select=["FC306"])
    assert finding.message == "其次 repeats 其次: the list is numbered out of sequence"
    assert (finding.line, finding.column, finding.text) == (1, 15, "其次")
