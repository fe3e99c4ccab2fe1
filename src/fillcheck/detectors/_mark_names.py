"""Text about punctuation: where an empty pair or a blank is the mark being named.

A page on punctuation writes the marks themselves: `书名号(《 》)`, `专名号( ____ )`,
`《》名称是「小书名号」`. Read by FC402 (empty quotations) and FC104 (blanks).
"""

from __future__ import annotations

from ..patterns import line_bounds

# Names of marks (in the folded view: `書名號` reads `书名号`).
MARK_NAMES = ("标点", "符号", "书名号", "引号", "括号", "专名号", "着重号", "间隔号", "省略号")
# What may stand between a mark's name and the mark it shows: `书名号(《 》)`, `专名号( ____ )`.
_BETWEEN = " \u3000(（:："


def line_names_marks(text: str, start: int) -> bool:
    """True when the line holding ``start`` names a punctuation mark."""
    line_start, line_end = line_bounds(text, start)
    line = text[line_start:line_end]
    return any(name in line for name in MARK_NAMES)


def shown_after_name(text: str, start: int) -> bool:
    """True when the run at ``start`` follows a mark's name, with at most an opening
    bracket and spaces between (`书名号(《 》)`, `专名号( ____ )`)."""
    before = text[max(0, start - 8) : start].rstrip(_BETWEEN)
    return len(text[max(0, start - 8) : start]) - len(before) <= 3 and before.endswith(MARK_NAMES)
