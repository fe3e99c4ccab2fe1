"""A form's fields and a page's spaced-out menu are not residue or blanks (FC210, FC104).

Rows are real documents of ``tests/corpus/labeled`` as found (see its SOURCES.md): a receipt
template whose `日期:[具体日期]` is a slot of the form, not a page's stamp line; a city
government page whose menu is spaced out to fill a width (`首     页 政 务 公 开`).
"""

from __future__ import annotations

from pathlib import Path

from helpers import rule_table

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "labeled" / "dev"


def _lines(name: str, first: int = 1, last: int | None = None) -> str:
    """Lines ``first`` to ``last`` (1-based, inclusive) of a labelled document."""
    lines = (CORPUS / name).read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[first - 1 : last])


# FC210: the page's stamp over the template stays; the template's date field is no stamp.
STAMP_FIRE = [(_lines("laosuntou666_shouju_fanben.txt"), [("FC210", 3, 1)])]
STAMP_SILENT = [
    _lines("laosuntou666_shouju_fanben.txt", 5, 20),
    _lines("car369_shouru_geshi.txt", 1, 9),  # `日期:[开具日期]`
    _lines("jiangshitai_qingjiatiao.txt", 1, 8),  # `日期:[填写日期]`
    _lines("fudaoke_huiyi_tongzhi.txt", 1, 19),  # `一、时间:[具体时间]`
]

test_stamp_fires, test_stamp_silent, test_more_silent_stamp_rows = rule_table(
    STAMP_FIRE, STAMP_SILENT, "FC210"
)

# FC104: gaps a contract left before its units stay; a menu spaced out is no blank.
GAP_FIRE = [(_lines("lovfp_gongcheng_jiakuan.txt", 11, 11), [("FC104", 1, 13), ("FC104", 1, 27)])]
GAP_SILENT = [
    _lines("qqhr_zhengwuyun_xize.txt", 2, 2),
    _lines("qqhr_zhengwuyun_xize.txt", 1, 8),
    _lines("qqhr_zhengwuyun_xize.txt"),
]

test_gap_fires, test_gap_silent, test_more_silent_gap_rows = rule_table(
    GAP_FIRE, GAP_SILENT, "FC104"
)
