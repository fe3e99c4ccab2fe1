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
    # quoted items after the comma that ends the announcement (one dropped)
    (
        "习近平给广大县委书记提出了四点新要求,“要做政治的明白人”、“要做发展的开路人”、"
        "“要做群众的贴心人”。",
        [("FC303", 1, 14)],
    ),
    # a quoted set without a measure word, its items after 即 (a numeral changed)
    ("主要是体现“六要素”,即:“概、综、做、经、设”。详情请看我后面的五篇微贴。", [("FC303", 1, 7)]),
    # a count of characters after the quoted characters
    ("大胆引入“学、议、做”两字经简约高效模式。", [("FC303", 1, 1)]),
    # a quotation that holds only the count, after the list it sums up
    (
        "着力打好防范化解重大风险、精准脱贫、污染防治“四大”攻坚战,紧紧围绕核心目标。",
        [("FC303", 1, 1)],
    ),
    # traditional script: the last item joins two; items that end alike (…關)
    ("對接上海國際經濟、金融、貿易、航運和科創“六個中心”核心服務功能", [("FC303", 1, 1)]),
    (
        "嚴把代表人選素質關、代表結構比例關、代表選舉程序關“四個主要關口”,並加大力度。",
        [("FC303", 1, 1)],
    ),
    # a quoted count of method in the sentence before the markers
    (
        "嚴格按“四步走”做好組織實施工作。一是統一思想,明確目標。二是規範程序,把握環節。"
        "三是周密部署,精心謀劃。",
        [("FC303", 1, 5)],
    ),
    # sub-headings that end with the set's name, up to where it is named again
    (
        "紧紧围绕“五个到位”,促进了创建工作。\n领导思想重视到位\n专门成立了领导办公室。\n"
        "宣传工作落实到位\n利用标语牌营造氛围。\n指导工作落实到位\n深入村组指导。\n"
        "督查工作紧跟到位\n每天督查。\n目前,通过“五个到位”措施,焕发生机。",
        [("FC303", 1, 6)],
    ),
    # seven named before 等, a word between 等 and the count
    (
        "各村委负责人分别就基层党建、“颐养之家建设”、农村建房规划、农村环境综合整治、"
        "农村健康卫生服务、集镇服务管理、农村经济发展等乡村六项重点工作进展情况进行了汇报。",
        [("FC303", 1, 1)],
    ),
    # items that each carry 一张, before the count of tables
    (
        "细化形成一张集中学习研讨计划表、一张调查研究记录表、一张检视问题清单表四张表格,明确具体举措。",
        [("FC303", 1, 1)],
    ),
    # clauses parted by ; after the colon, to the end of the sentence
    (
        "目前主要有两个方面差距:主观上,奉献精神有差距;状态上,争先进位有差距;行动上,业务精通有差距。",
        [("FC303", 1, 6)],
    ),
    ("做到三个坚持:坚持学用结合;坚持知行合一。", [("FC303", 1, 3)]),
    # a list parted by a comma, one item more than its count
    (
        "社區建有殘疾人聯合會、婦女聯合會,人口和計劃生育協會、和諧促進員之家、老干部讀書協會、"
        "六小門店互助組五個社會組織。",
        [("FC303", 1, 18)],
    ),
    # two sides under a count of three aspects
    ("从三个方面入手:一方面,加强学习;另一方面,完善制度。", [("FC303", 1, 2)]),
    # sub-headings named by their number, traditional script
    (
        "本文將通過四個關鍵詞來解讀政府工作報告。\n關鍵詞一:經濟發展\n經濟發展始終是重中之重。\n"
        "關鍵詞二:民生改善\n更加注重民生。\n關鍵詞三:生態文明\n加強生態保護。",
        [("FC303", 1, 6)],
    ),
    # items that end alike after a line-end announcement, up to the next heading
    (
        "镇党委做到四个到位:\n组织领导到位。成立了领导小组。\n学习培训到位。召开2次专题会议。\n"
        "宣传引导到位。充分利用标语。\n二、下一步打算",
        [("FC303", 1, 6)],
    ),
    # clauses parted by , that all open alike
    ("领导干部要做到“四个带头”:带头讲政治,带头讲团结,带头讲纪律。", [("FC303", 1, 9)]),
    # a numbered list that a heading of an outer level ends
    (
        "主要有三项工作:\n1.优化机构设置。\n2.改善基础设施。\n二、工作成效\n1.机构设置更加合理。",
        [("FC303", 1, 4)],
    ),
    ("提出三点要求。\n一是要认准形势。\n二是要吃透政策。\n二、贯彻落实情况", [("FC303", 1, 3)]),
    # the second of two lists in one paragraph
    (
        "提出四点要求:一是要认准形势;二是要吃透政策;三是要聚焦关键。冯永红提三点希望:一是正确面对改革;"
        "二是妥善推进改革;三是有序推进发展。",
        [("FC303", 1, 3)],
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
    # the real passages behind the firing rows above
    "习近平给广大县委书记提出了四点新要求,“要做政治的明白人”、“要做发展的开路人”、"
    "“要做群众的贴心人”、“要做班子的带头人”。",
    "主要是体现“五要素”,即:“概、综、做、经、设”。详情请看我后面的五篇微贴:详说总结五要素。",
    "大胆引入“学、议、做”三字经简约高效模式,将其核心精髓与主题党日活动深度融合。",
    "着力打好防范化解重大风险、精准脱贫、污染防治“三大”攻坚战,"
    "紧紧围绕“打造生态魏庄,共建美丽家园”核心目标。",
    "對接上海國際經濟、金融、貿易、航運和科創“五個中心”核心服務功能",
    "嚴把代表人選素質關、代表結構比例關、代表選舉程序關“三個主要關口”,並加大力度推動黨內重大事項票決制。",
    "嚴格按“三步走”做好組織實施工作。一是統一思想,明確目標。二是規範程序,把握環節。"
    "三是周密部署,精心謀劃。",
    "紧紧围绕“四个到位”,促进了创建工作。\n领导思想重视到位\n专门成立了领导办公室。\n"
    "宣传工作落实到位\n利用标语牌营造氛围。\n指导工作落实到位\n深入村组指导。\n"
    "督查工作紧跟到位\n每天督查。\n目前,通过“四个到位”措施,焕发生机。",
    "各村委负责人分别就基层党建、“颐养之家建设”、农村建房规划、农村环境综合整治、"
    "农村健康卫生服务、集镇服务管理、农村经济发展等乡村七项重点工作进展情况进行了汇报。",
    "细化形成一张集中学习研讨计划表、一张调查研究记录表、一张检视问题清单表、一张整改落实方案表"
    "四张表格,明确四项重点工作的十二项具体举措。",
    "目前主要有三个方面9个差距:主观上,奉献精神、担当精神、责任意识有差距;状态上,争先进位、"
    "誓创一流、领跑带动有差距;行动上,业务精通、解决堵点、革故鼎新有差距。",
    "提出四点要求:一是要认准形势;二是要吃透政策;三是要聚焦关键;四是要压实责任。"
    "冯永红提三点希望:一是正确面对改革;二是妥善推进改革;三是有序推进发展。",
    # a numbered list an excerpt may stop after any line of
    "严格落实三个明确:\n1、文件精神、思想认识明确。\n2、任务要求、预期效果明确。",
    # two sets sharing the items after 即; a set whose items stand before it
    "坚持做到“四必访”“四摸清”,即离任村干部必访、老党员必访、各类乡贤必访、妇女儿童必访,"
    "摸清村级班子运行状况、摸清产业发展情况。",
    "刑事、民事、行政和公益诉讼“四大检察”业务占比结构为69.93:16.65:8.41:5.01。\n刑事检察\n"
    "办理案件1万件。\n民事检察\n办理案件2千件。",
    # names of sets and parallel counts with no list of theirs
    "在巡视组的派遣形式上实行“三个不固定”,在内容上围绕“一个中心、四个着力”进行。",
    "深入5家市直单位、5个县市区、4个乡镇和2个社区,通过看材料、听汇报、搞座谈等方式。",
    "常常会听到“一章、两制、八规则、四清单”这样的表述。“两制”一般是指“管理制度”和“工作制度”。",
    "嚴格遵守中紀委、中組部提出的“5個嚴禁、17個不準和5個一律”,確保換屆選舉工作風清氣正。",
    # sub-headings up to the end of the text: as many as the set names
    "以“三个到位”,营造了风清气正的良好换届选举氛围。\n组织领导到位。为加强领导,成立了领导小组。\n"
    "学习培训到位。镇党委先后召开2次专题会议。\n宣传引导到位。镇党委充分利用标语。\n"
    "( 来源:朱湾镇信息站 )",
    # what one holds to is a name, not the list after it
    "市委书记带头履行第一责任人责任,做到“四个亲自”。\n一是落实领导责任。二是严格考核问责。",
    "坚持“两个毫不动摇”。一是毫不动摇巩固公有制经济。二是毫不动摇鼓励非公有制经济。",
    "“四风”,即形式主义、官僚主义、享乐主义和奢靡之风。",
    "从两个方面入手:一方面,加强学习;另一方面,完善制度。",
    "一方面要加强学习,一方面要完善制度。",
    "本文将通过三个关键词来解读政府工作报告。\n关键词一:经济发展\n经济发展始终是重中之重。\n"
    "关键词二:民生改善\n更加注重民生。\n关键词三:生态文明\n加强生态保护。",
    "领导干部要做到“三个带头”:带头讲政治,带头讲团结,带头讲纪律。",
    # clauses that neither open nor end alike are not counted as items
    "会议提出两点要求:要提高认识,统一思想,切实增强责任感。",
    "原因有三:其一,基础薄弱;其二,投入不足。",
    # a heading's number, a list parted by a comma, two items joined that end alike
    "十、新建和改建5所幼儿园。",
    "社區建有殘疾人聯合會、婦女聯合會,人口和計劃生育協會、和諧促進員之家、老干部讀書協會、"
    "六小門店互助組六個社會組織。",
    "服务方向主要集中在社区志愿者、青年志愿者和文明志愿者三项内容上,占比分别为40.26%,30.46%,20.58%。",
    # 各: each item's own number, not a count of the list
    "需提交照片、简历、证书各2张。",
    # a list whose own count sums it up after 即
    "“三单”即基础、重点、亮点三个清单。",
    # clauses that hold markers of their own are the marker readers' to count
    "目前,做到三个坚持:坚持学用结合,知行合一;坚持问题导向;坚持一是一、二是二的作风。",
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
