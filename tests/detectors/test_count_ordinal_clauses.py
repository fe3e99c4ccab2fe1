"""FC306 on ordinals that open clauses after a comma with 为: `许下新年三愿，第一为…；
第二为…；第三为…`.

The firing rows are one-edit changes of a real passage (tests/corpus/consistent/503, an
ordinal skipped), the silent rows real text where `第一为` opens no list (`第一为什么`,
`第一为了`) or a list numbered in order. Each row asserts the code, the line and the column.
"""

from __future__ import annotations

from helpers import rule_table

# (text, [(code, line, column)]): one edit made each of these inconsistent.
FIRE = [
    # 第三 written 第四, traditional script
    (
        "許下新年三願,第一為風調雨順,讓農民鄉親種植作物大豐收;第二為安居樂業,所有縣民鄉親人人有工作、"
        "快樂過生活;第四為家庭幸福,老中青幼都能受到妥善的照顧,家家戶戶闔家平安健康。",
        [("FC306", 1, 55)],
    ),
    # 第二 written 第三
    (
        "许下新年三愿,第一为风调雨顺,让农民乡亲种植作物大丰收;第三为安居乐业,所有县民乡亲人人有工作、"
        "快乐过生活;第三为家庭幸福,老中青幼都能受到妥善的照顧。",
        [("FC306", 1, 29)],
    ),
]

# Real text: must raise no count finding.
SILENT = [
    "許下新年三願,第一為風調雨順,讓農民鄉親種植作物大豐收;第二為安居樂業,所有縣民鄉親人人有工作、"
    "快樂過生活;第三為家庭幸福,老中青幼都能受到妥善的照顧,家家戶戶闔家平安健康。",
    "理解下,第一为什么用sync,因为是想要主线程等在这,等执行完,在返回。 //第二,为什么要用串行队列,"
    "因为这块是为了防止ios8以下内部的dataTask出错。",
    "原因很简单,第一为了优雅,出色的程序员都有点洁癖,都希望让验证看起来很舒服;第二,为了尽最大可能符合这些"
    "优秀的原则,做clean code。",
    "# 取出,维度为4,第一为batch,第二为filters,第三第四为像素",
    "onconfirm及oncancel的参数,第一为custom即窗体的JQ对象,第二为datas数据集合",
    "命令0x17(同时读写)仅支持静态分配,且占用两个连续的缓冲区,第一为读参数,第二为写参数,公有参数以第一个缓冲为准。",
    "NVL,第一为空返回二;否则返回一;",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC3")
