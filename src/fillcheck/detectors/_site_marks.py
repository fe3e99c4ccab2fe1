"""Apostrophes a sharing site put into the text as copy marks (FC507).

`对客人的'询问`, `用语的',发现`: an ASCII apostrophe between Chinese characters, or before
Chinese punctuation, standing alone in its line. Two that enclose a short phrase are
quotation marks (`'三严三实'`, `点击'确定'按钮`).
"""

from __future__ import annotations

import re

from ..patterns import char_after, char_before, is_han, line_bounds

_APOSTROPHE = re.compile("'")
# What may follow a copy mark after a Chinese character: `对客人的'询问`, `用语的',发现`.
_APOSTROPHE_AFTER = set("，,。；;、：:！？")
# A short phrase between two apostrophes of a line, used as quotation marks.
_QUOTED = re.compile(r"'[^'\n，。；、,;！？!?]{1,16}'")


def apostrophe_marks(text: str) -> list[int]:
    """Offsets of the apostrophes of ``text`` that are a site's copy marks."""
    marks = []
    for match in _APOSTROPHE.finditer(text):
        start = match.start()
        after = char_after(text, start + 1)
        if is_han(char_before(text, start)) and (is_han(after) or after in _APOSTROPHE_AFTER):
            if not _quote_pair(text, start):
                marks.append(start)
    return marks


def _quote_pair(text: str, start: int) -> bool:
    """True when the apostrophe at ``start`` opens or closes a quoted phrase of its line."""
    line_start, line_end = line_bounds(text, start)
    return any(
        start in (match.start(), match.end() - 1)
        for match in _QUOTED.finditer(text, line_start, line_end)
    )
