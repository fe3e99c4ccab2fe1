"""FC303, the lines after an announcement read as a list by their shape alone, where they
carry no number and no bullet: the rows of a table (`四项重点任务：` then `| 1 | … |`
rows), and one item a line parted by `；` and closed by `。` (`三项任务：` then
`改造老旧小区；`, `新建幼儿园；`, `建设农贸市场。`). Both shapes show where the list ends
(the table's last row, the full stop), so fewer items than announced count too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A table row: `| … | … |`; the rule under a Markdown header: `| --- | :-: |`.
_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*\Z")
_RULE = re.compile(r"[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*\Z")
# First cells of rows that sum the others up, not items.
_TOTAL_ROW = re.compile(r"[ \t]*\|[ \t]*(?:合计|总计|小计|总数|共计|合  计)")
# Longest line that may be one item of a list parted by `；`.
_ITEM_LINE = 80
# A line that opens with a list's marker: the marker readers' list, not a bare one.
_MARKED = re.compile(
    "[一二三四五六七八九十]{1,2}(?:是|要|、)|第[一二三四五六七八九十]|其[一二三四五六七八九十]"
    "|[（(〔]|[0-9]{1,2}[.．、)）]|[①-⑳]|首先|其次|再次|最后|[-•·●○■□◆◇▪►▶★☆|]"
)


def table_items(lines: Iterable[str]) -> tuple[int, str, bool]:
    """How many data rows the Markdown table right after the announcement holds (its
    header and rule, and a total row, not counted), and their first cells. Nothing
    (0) when the next non-blank line does not open a table with a rule under its header."""
    rows: list[str] = []
    header = rule = False
    for line in lines:
        if not header:
            if not line.strip():
                continue
            if _ROW.match(line) is None:
                return 0, "", False
            header = True
            continue
        if not rule:
            if _RULE.match(line) is None:
                return 0, "", False
            rule = True
            continue
        if _ROW.match(line) is None:
            break
        if _TOTAL_ROW.match(line) is None:
            rows.append(line)
    cells = [row.strip().strip("|").split("|") for row in rows]
    shown = "；".join(next((c.strip() for c in row if c.strip()), "")[:8] for row in cells)
    return len(rows), shown, len(rows) >= 2


def parted_lines(lines: Iterable[str]) -> tuple[int, str, bool]:
    """How many lines right after the announcement end with `；` before one that ends
    with `。`: one item a line, the list one sentence. Nothing (0) unless that shape is
    whole (at least two lines, each short, no blank line inside)."""
    shown: list[str] = []
    for line in lines:
        item = line.strip(" \t\u3000")
        if not item:
            if shown:
                return 0, "", False  # a blank line before the full stop: not one sentence
            continue
        if len(item) > _ITEM_LINE or _MARKED.match(item):
            return 0, "", False
        if item[-1] in "；;":
            shown.append(item[:8].rstrip("；;"))
            continue
        if item[-1] == "。" and shown:
            shown.append(item[:8].rstrip("。"))
            return len(shown), "；".join(shown), True
        return 0, "", False
    return 0, "", False
