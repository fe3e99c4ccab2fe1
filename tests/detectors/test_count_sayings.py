"""FC303 on quoted sayings that a count refers back to: `「A」、「B」这两句话`.

The firing rows are one-edit changes of real passages (tests/corpus/consistent/503 and
quotations found in public text), the silent rows the passages as found: one quotation
holding several sentences, quoted items joined by 与 or 和, and a list inside one quotation.
Each row asserts the code, the line and the column.
"""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # the count changed (两 -> 三), traditional script
    ("「經濟好,一切都好!」、「想辦法,一定有辦法!」這三句話,是他的座右銘;", [("FC303", 1, 1)]),
    # one of three quoted sentences dropped
    (
        "一般我们可以采用统计的方法,在一个语料库中,分别对“我爱中国”、“我爱钟国”这三句话进行统计。",
        [("FC303", 1, 23)],
    ),
    # three palindromes, counted as two
    (
        "“上海自来水来自海上”“水外天光山外树”“歌唱家在家唱歌”这两句话,从左往右读和从右往左读,"
        "结果完全相同。",
        [("FC303", 1, 1)],
    ),
]

# Real text: must raise no count finding.
SILENT = [
    "「經濟好,一切都好!」、「想辦法,一定有辦法!」這兩句話,是他的座右銘;",
    "毛泽东在《中国社会各阶级的分析》一文中指出:“举起你的左手打倒帝国主义,"
    "举起你的右手打倒共产党。”这两句话,刻画出了这个阶级的矛盾惶遽状态。",
    "“进IEAT就有BOI、就免税、就什么都不用管。”这三句话都容易把概念混在一起。",
    "把返回结果想成“我在哪、有哪些文件夹、有哪些文件”这三句话,就很好理解了。",
    "一般我们可以采用统计的方法,在一个语料库中,分别对“我爱中国”、“我爱钟国”、"
    "“我爱种果”这三句话进行统计。",
    "“我喜欢你”与“若一个人是我,则这个人喜欢你”这两句话是一个东西。",
    "所以“新版比旧版强”与“仍然偏轻量”这两句话可以同时成立。",
    "比如,“The cat sits on the mat.”和“The mat sites on the cat.”这两句话,没什么区别。",
    "他说“要抓住机遇,勇于创新”,这三句话分量很重。",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
