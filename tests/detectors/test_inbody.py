"""FC210: quotations out of sequence and title salads inside a text's body, as tables of
(text, expected (code, line, column))."""

from __future__ import annotations

from helpers import rule_table

MUST_FIRE = [
    # A numbered saying under a document's title, its number continuing no list.
    (
        "数据结构原理与分析\n\n18、读书是易事,思索是难事,但两者缺一,便全无用处——富兰克林\n"
        "课程名称:数据结构原理与分析",
        [("FC210", 3, 1)],
    ),
    (
        "一、工作目标\n36. 合抱之木,生于毫末;九层之台,起于累土——老子\n二、工作措施",
        [("FC210", 2, 1)],
    ),
    (
        "正文第一段。\n  7、Knowledge is power, said he——Francis Bacon\n正文第二段。",
        [("FC210", 2, 3)],
    ),
    # Titles of other documents glued into a sentence, each with its file type.
    (
        "7.4.5文档注释:128. 关于同志近三年现实表现材料材料类招标技术评分表图表与交易pdf"
        "视力表打印pdf用图表说话 pdf 达式和语句",
        [("FC210", 1, 16)],
    ),
    (
        "正文。 年度工作总结范文大全doc个人述职报告模板docx班组安全会议记录表ppt 正文",
        [("FC210", 1, 5)],
    ),
]

MUST_FIRE += [
    # A forum's BBCode copied as text: tags standing together are one finding.
    (
        "[align=center][size=3] [b]20[/b][b]22年[/b]统计公报[/size][/align]",
        [("FC210", 1, 1), ("FC210", 1, 24), ("FC210", 1, 29), ("FC210", 1, 39), ("FC210", 1, 47)],
    ),
    (
        "资料下载:\n[url=http://bbs.example.cn/1.html]点此下载[/url]\n[img]a.png[/img]正文",
        [("FC210", 2, 1), ("FC210", 2, 39), ("FC210", 3, 1), ("FC210", 3, 11)],
    ),
]

MUST_FIRE += [
    # A site's address stamped into sentences: spaced once, or glued twice.
    ("其基本任务和方法是: 做 m.chayi5.com 好各项财务收支的计划。", [("FC210", 1, 14)]),
    (
        "加强财务管理www.fwsir.com工作,\n严格执行预算www.fwsir.com制度。",
        [("FC210", 1, 7), ("FC210", 2, 7)],
    ),
]

MUST_NOT_FIRE = [
    # A writer's own list of sayings: the numbers continue.
    "1、读书是易事,思索是难事——富兰克林\n2、书籍是人类进步的阶梯,也是钥匙——高尔基\n"
    "3、知识就是力量,力量就是知识——培根",
    "17、学而不思则罔,思而不学则殆——孔子\n18、读书是易事,思索是难事,但两者缺一——富兰克林",
    "18. 读书是易事,思索是难事——富兰克林\n19. 三人行,必有我师焉——孔子",
    # A saying without a number, or a numbered item without an author.
    "读书是易事,思索是难事,但两者缺一,便全无用处——富兰克林",
    "18、加强组织领导,落实工作责任。",
    "18、关于印发《工作方案》的通知——附件",
    # A dash ending a numbered line that is not a saying (no comma, a note).
    "5、会议地点——三楼会议室",
    # File types named on purpose, in a list or a sentence.
    "支持的格式: pdf doc docx ppt xls",
    "请将报告导出为pdf,再把附件转为doc,最后上传ppt。",
    "下载工作总结pdf 下载工作总结doc",
    "文件名 report.pdf, summary.docx, slides.pptx",
    "《年度工作总结》pdf版、《述职报告》doc版和《会议纪要》ppt版均已上传。",
    # Brackets that are not a forum's markup.
    "参考文献[1]和[2][3]所述,见[b]项与[i]项。",
    "数组 a[b] 和 c[i] 的取值,以及 [u] 的下标。",
    "[Rainmeter]\nBackground=255\n[Variables]\n字体=宋体\n[Meters]",
    "详见[文档](https://example.com/[b])与[链接](#s)。",
    "按 [/] 键切换,按 [b] 键加粗,按 [i] 键倾斜。",
    "English markup [b]bold[/b] and [i]italic[/i] in a console library.",
    # Addresses a document gives: after a word that introduces them, e-mail, links, names.
    "请登录 www.gov.cn 查询办事指南。",
    "详见 www.stats.gov.cn 发布的公报,也可访问www.stats.gov.cn下载。",
    "来信请寄service@www.bdocx.com或致电。",
    "原文见https://www.gov.cn/zhengce/2023.htm所载。",
    "我们用 github.com 托管代码,github.com的仓库和github.com的文档都公开。",
    "官网www.example.com提供下载,官网www.example.com也有说明。",
    "本站网址为www.example.com,欢迎收藏。",
    "一家公司www.abc.com.cn的产品",
]


test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC210"
)
