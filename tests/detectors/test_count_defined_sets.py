"""FC303 on a quoted set name defined by `指的是` and its items: `“四议”指的是A、B、C、D`,
and on a concept's name with 个 defined at a sentence's start (`四个意识就是A、B、C,D`).

The firing rows are one-edit changes of real passages (tests/corpus/consistent/450, 749 and
definitions found in public text), the silent rows the passages as found, definitions
whose name holds no count, and names that count something else (`“两学一做”`).
Each row asserts the code, the line and the column.
"""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # one of the four deliberations dropped
    (
        "简单来说,“四议”指的是村党支部会提议、党员大会审议、村民代表会议或村民会议决议;"
        "而“两公开”则是指决议内容和实施结果的公开。",
        [("FC303", 1, 7)],
    ),
    # the count changed (四 -> 五)
    (
        "简单来说,“五议”指的是村党支部会提议、村两委会商议、党员大会审议、村民代表会议或村民会议决议;"
        "而“两公开”则是指决议内容和实施结果的公开。",
        [("FC303", 1, 7)],
    ),
    # one of the four consciousnesses dropped
    (
        "增强“四个意识”是维护党的团结和集中统一、推进全面从严治党的关键。四个意识就是政治意识、核心"
        "意识,看齐意识。",
        [("FC303", 1, 34)],
    ),
]

# Real text: must raise no count finding.
SILENT = [
    "简单来说,“四议”指的是村党支部会提议、村两委会商议、党员大会审议、村民代表会议或村民会议决议;"
    "而“两公开”则是指决议内容和实施结果的公开。",
    "- “两小”指的是子类方法返回值类型应比父类方法返回值类型更小或相等,"
    "子类方法声明抛出的异常类应比父类方法声明抛出的异常类更小或相等;",
    "- “一大”指的是子类方法的访问权限应比父类方法的访问权限更大或相等。",
    "这里的“责任簇”指的是下面这类完整责任,而不是只改个变量名:",
    "这里的“填充”指的是所有水平方向的壳体,包括稀疏填充/内部实心填充/顶面/底面/桥接。",
    "“两学一做”指的是学党章党规、学系列讲话,做合格党员。",
    "你提到的“NumPy 是零拷贝”指的是Worker 读取阶段,而不是 Driver 上传阶段。",
    (
        "增强“四个意识”是维护党的团结和集中统一、推进全面从严治党的关键。四个意识就是政治意识、大局"
        "意识、核心意识,看齐意识。"
    ),
    "四个意识是指政治意识、大局意识、核心意识和看齐意识。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
