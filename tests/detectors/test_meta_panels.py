"""A government or school site's disclosure panel around the document it publishes
(``_meta_panels``): its keys padded or not, with or without colons, a key over its value.

Must-fire rows are shaped after the panels of city, county and school sites; must-not-fire
rows are documents that use the same keys of their own (a standard's cover, a 公文's head,
a guide to the catalogue, a form, a register).
"""

from __future__ import annotations

from helpers import rule_table

_BODY = "\n关于印发某办法的通知\n各镇人民政府：\n现将办法印发给你们，请认真贯彻执行。\n"

MUST_FIRE = [
    (
        "索 引 号：11330782002609848C/2021-00123\n发布机构：市人民政府办公室\n"
        "成文日期：2021-03-01\n有 效 性：有效" + _BODY,
        [("FC208", 1, 1), ("FC208", 2, 1), ("FC208", 3, 1), ("FC208", 4, 1)],
    ),
    (
        "发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n"
        "文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02" + _BODY,
        [("FC208", 1, 1), ("FC208", 2, 1)],
    ),
    (
        "公佈單位\n學務處 衛生組\n公佈日期\n2026/1/21 上午 09:00:00\n公佈內容\n"
        "檔案如附件請下載參閱\n"
        "寒假期間返校打掃注意事項,請各班同學務必詳細閱讀。",
        [("FC208", 1, 1), ("FC208", 2, 1), ("FC208", 3, 1), ("FC208", 4, 1), ("FC208", 5, 1)],
    ),
    (
        "首页\n政务公开\n索引号\n11610902/2025-00012\n发布机构\n区政府办\n公开方式\n主动公开\n"
        "组配分类\n政府工作报告\n成文日期\n2025-01-20\n文号\n\n有效性\n有效\n"
        "公开范围\n面向社会\n生成日期\n2025-01-21\n主题分类\n综合政务\n"
        "汉滨区2025年政府工作报告\n各位代表：现在，我代表区人民政府向大会报告工作，请予审议。",
        [("FC210", 1, 1), ("FC210", 2, 1)]
        + [("FC208", line, 1) for line in range(3, 23) if line != 14],
    ),
    (
        "正文第一段，请各单位认真落实。\n主题分类：卫生、体育\n公开方式：主动公开",
        [("FC208", 2, 1), ("FC208", 3, 1)],
    ),
]

MUST_NOT_FIRE = [
    "信息类别号:各级政府及其部门直接使用《政府信息公开分类规范表》中的类别号。\n"
    "信息生成日期:某条信息生成时候的年号,一般指文件的签署日期。",
    "截止日期：2023年12月31日前报送。\n请各单位按时完成。",
    "发文字号：由发文机关代字、年份和发文顺序号组成。\n成文日期：以负责人签发的日期为准。\n"
    "发布机构：应当写全称。",
    "文号：义政办发〔2021〕12号\n关于加强安全生产的通知\n各单位要高度重视。",
    "标题：关于开展检查的通知\n分类：通知\n关键词：安全\n正文如下，请阅读。",
    "主题词：安全生产 检查 通知\n抄送：市纪委。\n本通知自印发之日起施行。",
    "文件编号：QR-01\n受控状态：受控\n本程序适用于公司文件管理。",
    "公开方式是政府信息公开工作的重要内容，应当依法确定。",
    "有效性审查由法制机构负责，审查结果报市政府。",
    "信息来源：市统计局\n全市生产总值增长5.2%。",
]

test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)
