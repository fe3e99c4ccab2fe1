"""FC210: forums' anti-copy noise inside a text, as tables of (text, expected (code, line, column)).

Must-not-fire rows hold several lines of tokens that mix letters, digits and marks
(code, formulas, model and part numbers, LaTeX, citations, Markdown, plates,
regular expressions), so that the document-level evidence is tempted, not absent.
"""

from __future__ import annotations

import pytest

from fillcheck.detectors._jammer import random_token
from helpers import rule_table

MUST_FIRE = [
    # Discuz! pairs: two runs in a document, at a line's end and on a line of their own.
    (
        "会议纪要的开头要写明时间和地点。7 B9 l# y' B; V( W' F: q\n6 y. A! f1 _' o\n正文。",
        [("FC210", 1, 17), ("FC210", 2, 1)],
    ),
    # One long run makes the case alone.
    ("这样就写好了开头。7 B9 l# y' B; V( W' F: q9 m1 \\6 f; {' L0 e. T2 O", [("FC210", 1, 10)]),
    # Runs glued to the first word of a line and to the last, a collapsed space inside.
    (
        "0 }0 I& S  E6 s* i# b  ~) Q特斯拉是大屏的先驱& \\7 ^3 d7 M( R\n"
        "沃尔沃是紧跟者之一0 |7 A9 r4 x1 n) {",
        [("FC210", 1, 1), ("FC210", 1, 37), ("FC210", 2, 10)],
    ),
    (
        "3 w. v4 A. J/ _ VOverview of webOS\n0 n' E# Y g3 E总论\n! S; H+ K- C- T* p",
        [("FC210", 1, 1), ("FC210", 2, 1), ("FC210", 3, 1)],
    ),
    # phpwind: a random token after every paragraph and on the line after it.
    (
        '光学设计的沉迷与爱恋 vSnb>z1  \nBw#ubQJ8}  \n由 小马过河 翻译。  cLYc""=  \nZgg7pL)#c',
        [("FC210", 1, 12), ("FC210", 2, 1), ("FC210", 3, 13), ("FC210", 4, 1)],
    ),
    # Tokens without marks count once the document has made its case.
    (
        "光欄大小由您的應用而決定。 tef^ShF]\n|J>WC}g@n\n典型情況,畫質較差。 {C3Y7<\n56c3tgVF",
        [("FC210", 1, 15), ("FC210", 2, 1), ("FC210", 3, 12), ("FC210", 4, 1)],
    ),
    # After a formula's words, and between definitions after a sentence's end.
    (
        "PTB = S4 / (2n'u') : 3rd order Petzval blur ,0j7qn@tm\n"
        "DST = S5 / (2n'u') : 3rd order distortion _c[Bjip\n"
        "PTZ = -S4 / H^2 : Petzval surface curvature T9&-t7:\n"
        '光阑。 ew"m!F# )tPl<lb marginal ray( 边缘光束)',
        [("FC210", 1, 45), ("FC210", 2, 43), ("FC210", 3, 45), ("FC210", 4, 5)],
    ),
    # A forum's edit stamp, in either script, stands alone.
    ("本帖最后由 晨枫 于 2022-9-20 15:18 编辑\n正文。", [("FC210", 1, 1)]),
    ("本帖最後由 tvb 於 2013-5-2 10:09 編輯\n正文。", [("FC210", 1, 1)]),
    ("正文。\n原帖由 老张 于 2013-5-2 10:09 发表\n引用的话。", [("FC210", 2, 1)]),
    ("单片机的定时器配置如上。此帖出自电子工程世界论坛\n", [("FC210", 1, 13)]),
]

MUST_NOT_FIRE = [
    # One stray token, however random, in clean text.
    "会议纪要的开头要写明时间和地点。7 B9 l# y' B; V( W' F\n正文。",
    "初始密码为 Ab3$kL9!\n请登录后修改。",
    # Code in a tutorial, one statement at each line's end.
    "第一步 x+=1;\n第二步 a[i]=b[j];\n第三步 p->next=q;\n第四步 if(x==0){\n第五步 return $x;",
    "```c\nfor (i=0; i<n; i++) {\n  a[i] = b[i] * 2;\n}\n```\n调用 foo(bar); 即可。",
    # Formulas and chemistry.
    "反应式为 2H2 + O2 = 2H2O\n生成物 Ca(OH)2\n硫酸铜 CuSO4\n碳酸氢钠 NaHCO3\n氢氧化钠 NaOH",
    "速度公式 v=s/t\n面积 S=πr^2\n动能 E=mv^2/2\n欧姆定律 I=U/R",
    # Model and part numbers, sizes.
    "显卡 RTX 4090\n调度平台 XXL-JOB\n芯片 STM32F103C8T6\n型号 iPhone15\n接口 Wi-Fi6\n尺码 XXL",
    "零件号 A3-B7-C9\n编号 GB/T 7714-2015\n图号 ZJ-2023-045\n批次 20230512-A",
    # LaTeX and Markdown.
    "公式 $\\frac{a}{b}$\n上标 $x^{2}$\n希腊字母 \\alpha_{1}\n求和 $\\sum_{i=1}^{n} x_i$",
    "# 标题\n\n- 列表 **加粗**\n- 链接 [文档](https://example.com/a_b)\n| 表 | 头 |\n|---|---|",
    # Addresses given as citations, e-mails.
    "详见 https://www.gov.cn/zhengce/2023-01/05/content_57.htm\n"
    "来源 www.stats.gov.cn\n邮箱 service@bdocx.com\n参见 doi:10.1016/j.cell.2020.01.001",
    # English sentences and abbreviations.
    "It works, e.g., in tests.\nSee Fig. 3(a), i.e., the top.\nThe end (C) 2020, all rights.",
    # License plates, IDs and times.
    "车牌 京A·12345\n车牌 沪B-9X8Y7\n证件 110101199003071234\n时间 2022-9-20 15:18",
    # Regular-expression notes.
    "匹配字母 [A-Za-z]+\n匹配数字 \\d{3,4}\n邮箱 ^\\w+@\\w+\\.\\w+$\n任意 .*?\n分组 (?:ab)+",
    # Lists separated by semicolons, chess moves, coordinates.
    "甲; 乙; 丙; 丁; A; B; C; D; E",
    "开局 e4 e5 Nf3 Nc6 Bb5 a6\n坐标 (x1, y1); (x2, y2); (x3, y3)",
    # Encodings, keys and tables of codes with Chinese labels, one a line.
    "编码一 SGVsbG8=\n编码二 V29ybGQ=\n编码三 Zm9vYmFy\n编码四 YmFzZTY0\n编码五 aGVsbG8gd29ybGQ=",
    "希伯来字母 (0x05E7,0x05B5),\n第二个 (0x05E8,0x05B2),\n第三个 (0x05E8,0x05B1),\n"
    "第四个 (0x05E8,0x05B4),",
    "示例代码\nint main() {\n  float32x4_t a = vld1q_f32(src);\n"
    "  return (int)vgetq_lane_f32(a, 0);\n}",
    # A sentence mentioning an edit.
    "本帖最后由谁编辑并不重要,重要的是内容。",
    "此帖出自真心,论坛里的朋友都看得出来。",
    "原帖由于篇幅所限,没有发表全文。",
]


test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC210"
)


@pytest.mark.parametrize(
    ("token", "strong", "expected"),
    [
        ("vSnb>z1", True, True),
        ("]nQ$:%HP", True, True),
        ("56c3tgVF", True, True),
        ("OFc", False, True),
        ("Zemax", False, False),
        ("webOS", False, False),
        ("RTX4090", True, False),
        ("STM32F103C8T6", True, False),
        ("x+=1;", True, False),
        ("https://a.cn/x", False, False),
        ("\\alpha_{1}", True, False),
        ("[A-Za-z]+", True, False),
        ("2022-9-20", False, False),
        ("f-number(", False, False),
    ],
)
def test_random_token(token, strong, expected):
    assert random_token(token, strong) is expected
