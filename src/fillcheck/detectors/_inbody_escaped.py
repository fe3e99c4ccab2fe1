"""A page's markup copied as escaped text: `\u003cp style=\"…\"\u003e…\u003c/p\u003e`.

A page that loads its article as a JSON string shows, when the script fails, the article's
HTML with its angle brackets escaped (`\u003c`, `\u003e`) and its quotes backslashed;
copied text keeps the tags around each paragraph. A line holding four escaped tags or more
with Chinese text between them is such a dump; a note on JSON escaping quotes one or two
tags, with no paragraph of text inside them. Each run of tags standing together is one span.

Read only when the text holds an escaped bracket (found with ``str.find``).
"""

from __future__ import annotations

import re

from ..document import Document

_OPEN = "\\u003c"
# One escaped tag: `\u003cspan style=\"color: rgb(34, 34, 34)\"\u003e`, `\u003c/p\u003e`.
_TAG = re.compile(r"\\u003c/?[A-Za-z][A-Za-z0-9]{0,9}(?:[^\n\\]|\\[\"'/])*?\\u003e")
_RUN = re.compile(rf"(?:{_TAG.pattern})+")
_MIN_TAGS = 4
_MIN_TEXT = 10
_HAN = re.compile(r"[\u4e00-\u9fff]")


def escaped_markup(doc: Document) -> list[tuple[int, int]]:
    """Runs of escaped tags on the lines that hold four or more with Chinese text between."""
    text = doc.text
    at = text.find(_OPEN)
    spans: list[tuple[int, int]] = []
    while at >= 0:
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[begin:end]
        tags = _TAG.findall(line)
        if len(tags) >= _MIN_TAGS and len(_HAN.findall(_TAG.sub("", line))) >= _MIN_TEXT:
            spans.extend((begin + m.start(), begin + m.end()) for m in _RUN.finditer(line))
        at = text.find(_OPEN, end)
    return spans
