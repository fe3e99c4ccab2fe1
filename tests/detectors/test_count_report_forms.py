"""FC303 on forms of announced lists that reports, speeches and government news write:
corner-quoted items joined by 及 (`「A」及「B」3大願景`), a quotation summed up after a
comma (`“A、B、C”，这三个“战”`), a count of a slogan's characters (`这16个字`), a
single-quoted announcement before ordinals (`‘四个刻不容缓’：第一，…`).

The firing rows are one-edit changes of real passages (tests/corpus/consistent/960-981),
the silent rows the passages as found and real text that must stay quiet. Each row
asserts the code, the line and the column.
"""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # corner-quoted items, one dropped (3 announced, 2 named), traditional script
    ("實現「創新繁榮」及「民主和平」3大國政願景", [("FC303", 1, 1)]),
    # the quotation before `，这N个` has three items, two announced
    ("“人民战争、总体战、阻击战”,这两个“战”之前都强调过", [("FC303", 1, 1)]),
    # a slogan of 16 characters summed up as 15
    ("“坚定信心、同舟共济、科学防治、精准施策”,这15个字的要求", [("FC303", 1, 24)]),
    # a single-quoted announcement and four ordinals after it (3 announced)
    (
        "深刻认识到当前有‘三个刻不容缓’:第一,深化改革开放,刻不容缓!第二,加快基础设施建设,"
        "刻不容缓!第三,大力招商引资,刻不容缓!第四,加强干部队伍建设,刻不容缓!",
        [("FC303", 1, 10)],
    ),
    # a headline's space parts its clauses; the count lowered (3 -> 2)
    (
        "卓揆:以「照顧」與「發展」雙軸並進 實現「創新繁榮」、「公義永續」及「民主和平」2大國政願景",
        [("FC303", 1, 19)],
    ),
    # 由A和B…组成 with one of three parts dropped
    ("述职报告一般由首部和落款三个部分组成。", [("FC303", 1, 8)]),
    # items after 即 that each end with the announced noun, one dropped (4 -> 3)
    (
        "要重点解决好四个问题,即进一步解决对旅游工作的认识和重视问题,"
        "旅游工作如何拓宽视野、对标一流的问题,旅游资源整合和关联产业融合的问题。",
        [("FC303", 1, 7)],
    ),
    # quoted items before 等, the last after `，以及`: four named, three announced
    (
        "重申:「堅持臺灣主體意識」、「落實社會公平正義」、「環保與發展要兼顧,除弊與興利要並重」,"
        "以及「謙卑執政與團結臺灣」等三大施政主軸,為臺灣展布新局。",
        [("FC303", 1, 4)],
    ),
    # bulleted lines after an announcing line: three, four announced
    (
        "特区政府工作将聚焦四大重点:\n- 全力发展经济,聚焦改善民生\n- 强化自身优势,发掘新增长点\n"
        "- 把握国家、国际双机遇\n\n广泛咨询,集思广益",
        [("FC303", 1, 10)],
    ),
    # a count further back in the sentence that 如下 ends, seven numbered lines after it
    (
        "體現施政方針六大施政領域之政策方向,重點如下:\n    1. 產業轉型與創新經濟\n"
        "    2. 公共建設與區域均衡\n    3. 安心生活與社會公義\n    4. 政府治理與永續家園\n"
        "    5. 教育文化與多元族群\n    6. 國家安全與對外關係\n    7. 兩岸關係",
        [("FC303", 1, 7)],
    ),
    # a ranking announces the places that `第一是…` paragraphs fill: nine announced, ten follow
    (
        "群众来电排在前九位的有:\n\n第一是疫情防控;\n\n第二是市场管理;\n\n第三是公共服务;\n\n"
        "第四是住房;\n\n第五是医疗卫生;\n\n第六是城乡建设;\n\n第七是交通管理;\n\n"
        "第八是社会秩序;\n\n第九是劳动和社会保障;\n\n第十是教育。",
        [("FC303", 1, 8)],
    ),
    # `第一是` paragraphs with one repeated
    (
        "排在前三位的有:\n\n第一是疫情防控;\n\n第二是市场管理;\n\n第二是公共服务。",
        [("FC306", 7, 1)],
    ),
    # items after a colon that each end with the announced noun, one dropped
    (
        "这一教育活动体现了三个结合:思想建党与制度治党的结合、关键少数引领与基层广泛参与的结合。",
        [("FC303", 1, 10)],
    ),
    # a quoted count and its noun before a bracketed list (3 announced, 4 listed)
    (
        "通过“三个结合”机制(共建联学、党建提升、中心工作推动、内部管理强化),将学习教育成果转化。",
        [("FC303", 1, 3)],
    ),
    # a bare count defined by 是指, its items each holding its name: one dropped
    ("三述是指述纪、述作风。", [("FC303", 1, 1)]),
    # the same items before 的 and the quoted set
    ("探索出了一条领导干部述纪、述作风的“三述”之路。", [("FC303", 1, 19)]),
    # `三议指` and four items that each hold 议
    (
        "四议两公开是农村基层治理的工作方法。三议指村党组织提议、村两委商议、党员大会审议、村民代表会议决议。",
        [("FC303", 1, 19)],
    ),
    # a quoted name after the unit, clauses that each open with it (3 announced, 4 follow)
    (
        "会议强调了三个“必须”：必须坚持党的领导，必须坚持以人民为中心，必须坚持改革创新，"
        "必须坚持依法治国。",
        [("FC303", 1, 6)],
    ),
    # `一是` lines, then a blank line and a paragraph: the list ended with three of four
    (
        "主要做了以下四方面工作：\n一是加强学习。\n二是强化服务。\n三是狠抓落实。\n\n"
        "下一步，我们将继续努力。",
        [("FC303", 1, 7)],
    ),
    # a quoted set and its noun, a comma, then `即` and a `、` list (3 announced, 4 named)
    ("加强“三基”建设,即基层组织、基础工作、基本能力、基本素质。", [("FC303", 1, 4)]),
    # clauses that each count one thing for a `“四个一”` set: three
    (
        "具体做到“四个一”:每月开展一次学习,每季度组织一次调研,每半年进行一次评议。",
        [("FC303", 1, 6)],
    ),
    # sentences headed by the quoted set's name, then one without it: four of five
    (
        "围绕“五个坚持”开展工作。坚持党建引领。坚持问题导向。坚持群众路线。坚持改革创新。"
        "通过努力,成效明显。",
        [("FC303", 1, 4)],
    ),
    # paragraphs whose opening clause ends with the name: four, three announced
    (
        "通防工区创新运用“三学”模式,全力推进理论学习。\n制定计划专题学。坚持专题学习。\n"
        "管理班子集中学。严格落实。\n党员干部示范学。采用多种方式。\n职工群众跟进学。拓展内容。",
        [("FC303", 1, 10)],
    ),
    # `一、…；二、…` inside the paragraph after an announcing colon: four of three
    (
        "具體措施包括以下三項:一、加強宣導;二、落實稽查;三、強化輔導;四、建立獎勵機制。",
        [("FC303", 1, 9)],
    ),
    # a quotation holding the list before 等 and a count lower than it
    ("學校推動「閱讀、品德、健康、環境」等三大教育主軸。", [("FC303", 1, 1)]),
    # more named than counted before `为主的` still contradicts it
    ("形成了以汽车、电子信息、装备制造、新材料、生物医药为主的四大支柱产业。", [("FC303", 1, 1)]),
]

# Real text: must raise no count finding.
SILENT = [
    "上任101日公布「行動101策略」 卓揆:以「照顧」與「發展」雙軸並進 "
    "實現「創新繁榮」、「公義永續」及「民主和平」3大國政願景",
    "“人民战争、总体战、阻击战”,这三个“战”之前都强调过,而10日,是第一次将三个“战”连贯在一起强调。",
    "“坚定信心、同舟共济、科学防治、精准施策”,这16个字的要求,自打响疫情防控阻击战以来,"
    "习近平总书记已一再提及。",
    "深刻认识到当前有‘四个刻不容缓’:第一,深化改革开放,刻不容缓!第二,加快基础设施建设,"
    "刻不容缓!第三,大力招商引资,刻不容缓!第四,加强干部队伍建设,刻不容缓!",
    # characters that are the items: counted as items by the list rules
    "坚持“严、实、细”三字诀,推动工作落地见效。",
    "“富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善”这24个字。",
    "他写下“为人民服务”五个大字。",
    "拨打“12345”五个字的热线号码。",
    "增强“四个意识”这四个字的分量。",
    "他说“我们要坚持下去”，这两个月来大家很辛苦。",
    "以「照顧」與「發展」雙軸並進,提出8大施政目標。",
    "金融、航運、貿易三大傳統優勢產業始終是香港的實力所在。",
    "述职报告一般由首部、正文和落款三个部分组成。",
    "2.正文。由导言、主体和结尾三个部分组成。",
    "该小组由市委和市政府三个部门的人员组成。",
    "要重点解决好四个问题,即进一步解决对旅游工作的认识和重视问题,站位不够高和气魄不够大的问题,"
    "旅游工作如何拓宽视野、对标一流的问题,旅游资源整合和关联产业融合的问题。",
    "牢固树立“两个服务”意识,即为上级领导服务和为中外游客服务。",
    "重申:「堅持臺灣主體意識」、「落實社會公平正義」、「環保與發展要兼顧,除弊與興利要並重」、"
    "「落實積極照顧中南部地區、中下階層及中小企業的『三中政策』」,以及「謙卑執政與團結臺灣」"
    "等五大施政主軸,為臺灣展布新局。",
    "会议听取了财政、税务、审计,以及发改等3个部门的汇报。",
    "特区政府工作将聚焦三大重点:\n- 全力发展经济,聚焦改善民生\n- 强化自身优势,发掘新增长点\n"
    "- 把握国家、国际双机遇\n广泛咨询,集思广益",
    "体现六大施政领域之政策方向,重点如下:\n1. 产业转型\n2. 公共建设\n3. 安心生活\n"
    "4. 政府治理\n5. 教育文化\n6. 国家安全",
    "全年新增3个项目,比上年增加1个,具体如下:\n1. 甲\n2. 乙\n3. 丙\n4. 丁\n5. 戊",
    "文件共分为以下几个方面,内容如下:\n- 总则\n- 分则\n- 附则\n- 附录",
    "卓揆:以「照顧」與「發展」雙軸並進 實現「創新繁榮」、「公義永續」及「民主和平」3大國政願景",
    "群众来电排在前三位的有:\n\n第一是疫情防控;\n\n第二是市场管理;\n\n第三是公共服务。",
    "他第一是个好人,第二是个能人。",
    "这是全市第一是因为大家努力。",
    "这一教育活动体现了三个结合:思想建党与制度治党的结合、集中性教育与经常性教育的结合、"
    "关键少数引领与基层广泛参与的结合。",
    "通过“四个结合”机制(共建联学、党建提升、中心工作推动、内部管理强化),将学习教育成果转化。",
    "实施“三个一”工程(2018—2020年),全面推进。",
    "活动设置“精讲·析内涵”“深学·悟原理”“笃行·未来”三个环节,层层递进。",
    "三述指的是什么\n三述是指述纪、述廉、述作风。",
    "甘肃省委探索出了一条领导干部述纪、述廉、述作风的“三述”之路。",
    "两学一做是指学党章党规、学系列讲话,做合格党员。",
    "四议两公开是指四议、两公开。",
    "四议两公开是农村基层治理的工作方法。四议指村党组织提议、村两委商议、党员大会审议、村民代表会议决议。"
    "两公开是决议公开、实施结果公开。",
    "三农是农业、农村、农民。",
    "三是加强领导、落实责任、强化考核。",
    "两手是一手抓发展、一手抓稳定。",
    "形成了以汽车、电子信息、装备制造为主的四大支柱产业。",
    "打造以汽车、电子信息为重点的三大产业集群。",
    "具體措施包括以下四項:一、加強宣導;二、落實稽查;三、強化輔導;四、建立獎勵機制。",
    "会议有两项议程:一、传达文件精神;二、部署工作。三、其他事项由各单位自行安排。",
    "學校推動「閱讀、品德、健康、環境」等四大教育主軸。",
    "学校推动“阅读、品德、健康”等五大教育主轴。",
    "坚持“创新、协调、绿色、开放、共享”等新发展理念。",
    "围绕“四个坚持”开展工作。坚持党建引领。坚持问题导向。坚持群众路线。坚持改革创新。"
    "通过努力,成效明显。",
    "围绕“五个坚持”开展工作。坚持党建引领。坚持问题导向。坚持群众路线。坚持改革创新。",
    "通防工区创新运用“四学”模式,全力推进理论学习。\n制定计划专题学。坚持专题学习。\n"
    "管理班子集中学。严格落实。\n党员干部示范学。采用多种方式。\n职工群众跟进学。拓展内容。",
    "牢固树立“四个意识”。意识形态工作是党的一项极端重要的工作。意识决定行动。",
    "深入开展“两学一做”学习教育。学党章党规。学系列讲话。做合格党员。",
    "加强“四基”建设,即基层组织、基础工作、基本能力、基本素质。",
    "具体做到“三个一”:每月开展一次学习,每季度组织一次调研,每半年进行一次评议。",
    "搞好“四个一”活动,即组织一次党团联谊活动,一次便民服务活动,一次志愿者服务活动,一次特色活动,"
    "并形成机制坚持不懈地长期开展。",
    "坚持做到“四必访”“四摸清”,即离任村干部必访、老党员必访、各类乡贤必访、妇女儿童必访,"
    "摸清村级班子运行状况、摸清产业发展情况、摸清党员群众诉求、摸清矛盾纠纷隐患。",
    "建立三个清单:责任清单、问题清单和整改清单。",
    "坚持“两个结合”:把马克思主义基本原理同中国具体实际相结合,同中华优秀传统文化相结合。",
    "会议强调了四个“必须”：必须坚持党的领导，必须坚持以人民为中心，必须坚持改革创新，"
    "必须坚持依法治国。",
    "主要做了以下三方面工作：\n一是加强学习。\n二是强化服务。\n三是狠抓落实。\n\n"
    "下一步，我们将继续努力。",
    "主要做了以下四方面工作：\n一是加强学习。\n二是强化服务。\n三是狠抓落实。\n\n四是严格考核。",
    "主要做了以下四方面工作：\n一是加强学习。\n二是强化服务。\n三是狠抓落实。",
    "坚持“两个毫不动摇”：毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。",
    "开展“两学一做”学习教育,即学党章党规、学系列讲话,做合格党员。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
