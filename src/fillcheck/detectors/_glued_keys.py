"""A site's keyword glued to a text: after its title and at the end of its paragraphs.

A site that stuffs a keyword for search engines appends it to the title after a
separator (`一文吃透 Kotlin 中眼花缭乱的函数家族:破法符`) and to the ends of
paragraphs, before the full stop or in its place (`…运算符重载函数等破法符`). The
shape: the words after the title's last separator come back three times or more,
every time at the end of a line or before a full stop, and at least once a
paragraph ends on them with no full stop of its own. Read from the title only: the
keyword is then looked up with ``str.find``, no pass over the text's characters.
A refrain ends its sentences with their full stop; a title's subtitle (`学习心得:我的成长`)
is not glued to paragraphs.
"""

from __future__ import annotations

import re

from ._edge_shape import PROSE_LEN

__all__ = ["glued_keywords"]

_TITLE_KEY = re.compile(r"[:：|｜_—–-][ \t　]*([\u4e00-\u9fff]{2,6})[ \t　]*$")
_HEAD_LINES = 3
_MIN_GLUED = 3
_ENDS = ("", "\n", "。", " ", "\r")


def _title_key(text: str) -> tuple[int, str] | None:
    """The keyword after a separator at the end of one of the first lines, and where it is."""
    begin = seen = 0
    while begin < len(text) and seen < _HEAD_LINES:
        end = text.find("\n", begin)
        end = len(text) if end < 0 else end
        line = text[begin:end]
        if line.strip():
            seen += 1
            if (match := _TITLE_KEY.search(line)) is not None:
                return begin + match.start(1), match.group(1)
        begin = end + 1
    return None


def glued_keywords(text: str) -> list[tuple[int, int]]:
    """Spans of a keyword glued to the title and to the ends of paragraphs."""
    found = _title_key(text)
    if found is None:
        return []
    at, key = found
    spans = [(at, at + len(key))]
    bare = False  # a paragraph ends on the keyword with no full stop
    start = text.find(key, at + len(key))
    while start >= 0:
        after = text[start + len(key) : start + len(key) + 1]
        if after not in _ENDS:
            return []  # the word is the text's own
        if after != "。":
            begin = text.rfind("\n", 0, start) + 1
            bare = bare or start - begin > PROSE_LEN
        spans.append((start, start + len(key)))
        start = text.find(key, start + len(key))
    return spans if bare and len(spans) > _MIN_GLUED else []
