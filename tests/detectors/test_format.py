"""FC501-FC508: format slips, as tables of (text, expected (code, line, column))."""

from __future__ import annotations

from fillcheck import audit_text
from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.registry import select_rules
from helpers import rule_table

# A report that writes its number-unit pairs without a space, as official text does.
TIGHT = "购买读本100本，召开会议12次，培训干部300人次，走访56户，解决问题34个，投入资金280万元。"
# A notice recognised as an official document by its 抄送 line.
NOTICE = "关于做好安全生产工作的通知\n{body}\n抄送：市委办公室，市人大常委会办公室。"

MUST_FIRE = [
    (TIGHT + "每季度研究1 次。", [("FC501", 1, 57)]),
    (TIGHT * 2 + "\n共投入资金280 万元，完成率60 %。", [("FC501", 2, 6), ("FC501", 2, 16)]),
    (TIGHT + "\n金额5669517.81 元", [("FC501", 2, 3)]),
    ("全年地区生产总值增长1·8%，财政收入增长2·5个百分点。", [("FC502", 1, 12), ("FC502", 1, 23)]),
    ("2023年召开会议12次、座谈会8次，发展党员５名，培训300人次，走访56户。", [("FC503", 1, 24)]),
    (
        "加强学习，提高认识，完善制度,狠抓落实，确保落到实处。推进改革，深化创新，强化保障，"
        "优化服务，提升效能，务求实效，久久为功，善作善成。",
        [("FC504", 1, 15)],
    ),
    (
        NOTICE.format(body="根据市政府办公室《关于做好2023年工作的通知》(市政办发[2023]5号)要求"),
        [("FC505", 2, 30)],
    ),
    (NOTICE.format(body="一、总体要求\n1.加强领导\n（一）压实责任"), [("FC506", 3, 1)]),
    (
        NOTICE.format(body="（一）主要任务\n（1）细化分工\n（二）保障措施\n1.压实责任"),
        [("FC506", 3, 1)],
    ),
    (NOTICE.format(body="共投入资金280 万元"), [("FC501", 2, 6)]),
    # converted text: every number spaced, Latin words tight (wenke99)
    (
        "本文格式为Word版,下载可任意编辑 2021 年 12 月 22-23 日,省爱卫办组织专家组进行了技术评估。",
        [("FC501", 1, 20), ("FC501", 1, 27), ("FC501", 1, 35)],
    ),
    ("河南省卫生县城标准（2021 版）要求，本文格式为Word版", [("FC501", 1, 11)]),
    # sharing sites' copy marks (16fw, 360docs, hafencaoymj, xuewenya)
    (
        "对下半年工作做了进一步的.安排部署。讲话目标明确。\n乙方有责任维护甲方产品的.声誉。",
        [("FC507", 1, 13), ("FC507", 2, 13)],
    ),
    (
        "⑷对客人的'询问要热忱、有礼;\n2、未执行服务规范礼仪、用语的',发现一次扣发当事人xx元。",
        [("FC507", 1, 6), ("FC507", 2, 16)],
    ),
    (
        "市政府第四次全体会议主持词.\n同志们：\n今天召开会议。主要任务是研究工作。"
        "会议共三项议程。请大家发言。会议到此结束。",
        [("FC507", 1, 14)],
    ),
    # a Word field code left by a conversion (renrendoc)
    ('非营利组织项目策划与执行规范TOC\\o"1-2"\\h\\u25712第一章项目策划概述', [("FC508", 1, 15)]),
]

MUST_NOT_FIRE = [
    # technical writing that spaces its numbers consistently
    "集群有 4 个节点，每个节点 8 个核心，共 32 个核心，内存 64 GB。",
    "本章共 3 节，第 1 节介绍安装，第 2 节介绍配置，第 3 节介绍部署。",
    "Rust 1.67.1 版本发布，修复了 12 个问题。",
    # mixed spacing without a clear majority (pasted news)
    "新签约项目219 个,总投资1115.2 亿元、增长49.8%。新落地项目 159个,总投资 614.9 亿元。",
    "共投入资金280 万元。",
    # official-looking numbers that are fine
    TIGHT + "电话0931-8888888，邮编730000，2023年1月。",
    "“7·20”特大暴雨灾后重建，“5·12”地震十五周年",
    "马克思·恩格斯，1·2·3 计数",
    # digits: consistent widths, full-width list markers
    "２０２３年召开会议１２次，发展党员５名。",
    "１．加强学习\n２．狠抓落实",
    # half-width punctuation: scraped text that is half-width throughout, times, list markers
    "加强学习,提高认识,完善制度,狠抓落实,确保各项工作落到实处。",
    "会议于10:30开始，(1)学习文件，(2)讨论交流，Python(3.11)环境。",
    "加强学习，提高认识，完善制度。会议时间10:30，地点(3)号楼，参见RFC 2119:要求。",
    # document numbers and headings outside official documents, and in order within them
    "据新华社消息，国办发[2023]5号文件要求加强管理。",
    "一、总体要求\n1.加强领导",
    NOTICE.format(body="一、总体要求\n（一）加强领导\n1.压实责任\n（1）细化分工\n二、保障措施"),
    NOTICE.format(body="根据《关于做好2023年工作的通知》（市政办发〔2023〕5号）要求"),
    # spaced numbers in text that spaces Latin words too; clause numbers
    "使用 Python 编写，集群有 4 个节点，2021 年 12 月发布。",
    "Windows 10 版本更新，第 3 期培训。",
    "4.2 本协议生效后__年内，双方不得变更。\n4.3 本协议一式两份。",
    # a newspaper page cited with its spaces
    TIGHT + "\n《 人民日报 》( 2024年04月02日 07 版)",
    # apostrophes and dots that are not copy marks
    "增强了团员的责任感和使命感,同时激发了青年学生的激情与活力.\n各项工作取得实效。会议圆满结束。团员积极参与。",
    "He's here. xi'an 是拼音，It's 中文。",
    "坚持和发展中国特色.主义，以.为统领。",
    "完成任务.下一步工作.\n继续推进.",
    # the words of field codes without their switches
    "目录（TOC）列出各章标题，REF 值见附表，路径 C:\\Users\\TOC\\a。",
]


test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC5"
)


def _codes(text: str, style: str) -> list[tuple[str, int, int]]:
    doc = Document(text, style=style)
    return [(f.rule, f.line, f.column) for f in audit_document(doc, select_rules(["FC5"]))]


def test_official_style_can_be_set_or_turned_off():
    text = "一、总体要求\n1.加强领导\n共投入资金280 万元\n二、保障措施\n（一）压实责任"
    assert _codes(text, "auto") == []
    assert _codes(text, "official") == [("FC506", 2, 1), ("FC501", 3, 6)]
    notice = NOTICE.format(body=text)
    assert _codes(notice, "plain") == []


def test_fix_suggestions_give_the_certain_text():
    (finding,) = audit_text(TIGHT + "每季度研究1 次。", select=["FC501"])
    assert (finding.text, finding.suggestion) == ("1 次", "write `1次`")
    (finding,) = audit_text("增长1·8%", select=["FC502"])
    assert finding.suggestion == "write `.`"


def test_spaced_pairs_found_from_the_spaces_are_those_a_scan_from_the_left_finds():
    from fillcheck.detectors._unit_pairs import SPACED_PAIR, spaced_pairs

    texts = [
        "资金280 万元，研究1 次，比例60 %，标准（2021 版）。",
        "第4.2 条、v2 次、a1 个、1.5.3 个、.5 万元、12.5 万元、１２ 个、٣ 人",
        "2021 年 12 月，3 个节点\n4.2 本协议，7 \u3000个，8\xa0人，9  个",
        "1 2 3 个 4",
        "",
    ]
    for text in texts:
        expected = [match.span() for match in SPACED_PAIR.finditer(text)]
        assert [match.span() for match in spaced_pairs(text)] == expected
