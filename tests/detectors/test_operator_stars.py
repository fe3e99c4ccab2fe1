"""FC404: stars named as an operator in text about code (`使用 ** 运算符`) are no word filter's
mark, beside spaced stars that are. Rows are real text: comments and notes in public
repositories (Python, Go, JavaScript and Java code, a style guide, a benchmark note) and
a word-filtered page: text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    ("召开 ＊＊ 专题会议", [("FC404", 1, 4)]),
]

SILENT = [
    "        # 使用 ** 运算符，我们可以这样调用函数：",
    "// 语言差异显式落地：Go 无 ** 运算符（用 math.Pow），切片语义 None 用零值代替。",
    "// 处理星号输入，检查是否需要转换为 ** 运算符",
    "使用 dict[key]=value 模式将条目放入字典中。使用 ** 运算符获取数字的幂。"
    "使用 range() 进行循环。",
    "25.  计算指数时，可以使用 ** 运算符。",
    "    // 在 ES7 中引入了 ** 运算符, 与 Math.pow() 基本等价",
    "        // Java没有 ** 运算符，需用Math.pow或循环计算",
    "## Python3 * 和 ** 运算符",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(
    FIRE, SILENT, ["FC401", "FC402", "FC403", "FC404", "FC405"]
)
