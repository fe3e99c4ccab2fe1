"""FC102 and FC104: letters and words that look like masks or lost blanks in real text and
must stay silent — sex chromosomes written with X (`女性有XX染色体`) and the structure words
of an address named in code (`省市区路号`) — beside a certificate template's masks that
must fire. Rows are real text: a genetics note, a web page, game text and a popular-science
script in public repositories, code comments and notes on parsing addresses, and a guide to
writing a certificate (https://88scs.com/news/84633.html): text, expected
[(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    (
        "兹证明XXX(身份证号:XXXXXXXXXXXXXX),自XXXX年XX月XX日起至XXXX年XX月XX日在我公司担任"
        "XX部门XX岗位。",
        [
            ("FC102", 1, 4),
            ("FC102", 1, 13),
            ("FC102", 1, 30),
            ("FC102", 1, 35),
            ("FC102", 1, 38),
            ("FC102", 1, 43),
            ("FC102", 1, 48),
            ("FC102", 1, 51),
            ("FC102", 1, 60),
            ("FC102", 1, 64),
        ],
    ),
]

SILENT = [
    # sex chromosomes
    "- 男性有XY染色体，女性有XX染色体",
    "    <div>细胞核内遗传物质是主要的遗传物质，包含22对常染色体和一对性染色体。其中女性性染色体"
    "可简单表示为XX染色体，男性性染色体表示为XY染色体，Y染色体是男性特有的性染色体。</div>",
    "\t\"[数据终端 - 研究笔记 #0093]\\n\\n'Y染色体似乎是触发异化的关键受体。病毒选择性地攻击SRY"
    "基因区域，导致不可逆的基因重组。女性的XX染色体提供了天然的免疫屏障。讽刺的是，我们一直以为Y"
    "染色体代表力量。'\\n\\n[后续数据已损坏]\",",
    "科学家们正努力揭示男女衰老方式不同的原因，希望找到延长两性寿命和健康寿命的方法。杜巴尔博士的"
    "实验室在一项研究中发现，拥有XX染色体和卵巢的小鼠寿命最长，其次是XY染色体和睾丸的小鼠，而只有"
    "X染色体的小鼠寿命最短。这表明第二个X染色体可能在延缓衰老方面起着关键作用。",
    # the structure words of an address, named
    "        # 3. 提取地址（包含省市区路号）- 优化为提取完整地址",
    "- 中文地址：对“省市区路号”类格式较强，对口语化、园区 / 楼宇简称、缺少行政区前缀的短地址仍有限",
    "3. 识别包含的层级（省市区街道路号楼室）",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC101", "FC102", "FC104", "FC105"]
)
