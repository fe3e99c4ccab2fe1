"""A site's credit glued to the end of paragraph after paragraph: the same words and address.

A blog that guards its text against copying appends its credit with the page's address to
every paragraph (`…来了解这个东西。文章源自狐狸影视城-https://fox-studio.net/35107.html`);
copied text keeps each copy, glued to the paragraph's last word. What gives it away is the
repetition: the same address with the same words before it ends three lines or more, and
on each it is glued on, with no space before it. A document that cites one address at the
end of several paragraphs writes it after a space or in brackets, with other words each time.

Read from the few lines that hold an address (`http`), found with ``str.find``.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..document import Document

# An address ending a line, glued to the text before it.
_ADDRESS = re.compile(r"(?<=\S)https?://[A-Za-z0-9./_%#?=&-]{6,120}[ \t　]*$")
# The words a credit puts before its address: `文章源自狐狸影视城-`.
_WORDS = re.compile(r"[\u4e00-\u9fff][^\s，。,;；!！?？()（）]{1,19}")
_MIN_LINES = 3


def glued_credits(doc: Document) -> list[tuple[int, int]]:
    """Spans of a credit with an address glued to the end of three lines or more."""
    text = doc.text
    at = text.find("http")
    if at < 0:
        return []
    ends: dict[str, list[tuple[int, int]]] = defaultdict(list)  # address: (line start, end)
    while at >= 0:
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        match = _ADDRESS.search(text, begin, end)
        if match is not None:
            ends[match.group().rstrip()].append((begin, begin + len(text[begin:end].rstrip())))
        at = text.find("http", end)
    spans = []
    for address, lines in ends.items():
        if len(lines) < _MIN_LINES:
            continue
        credit = _common_tail([text[b:e] for b, e in lines])[: -len(address)]
        words = _WORDS.search(credit)  # from the first Han character of the shared tail
        if words is None or words.end() < len(credit.rstrip("-–—:：")):
            continue
        size = len(credit) - words.start() + len(address)
        if all(text[b:e][:-size].strip() and not text[e - size - 1].isspace() for b, e in lines):
            spans.extend((e - size, e) for b, e in lines)
    return sorted(spans)


def _common_tail(lines: list[str]) -> str:
    """The longest string all ``lines`` end with."""
    tail = lines[0]
    for line in lines[1:]:
        n = 0
        while n < min(len(tail), len(line)) and tail[-1 - n] == line[-1 - n]:
            n += 1
        tail = tail[len(tail) - n :]
    return tail


# A tag glued after a paragraph's last sentence: `…风暴就开始了。php`, `…运行得更好。前端`.
_TAIL = re.compile(
    r"[。！？!?~～]([A-Za-z][A-Za-z0-9+#]{1,11}|[\u4e00-\u9fff]{1,4})[ \t　]*$", re.M
)
_MIN_TAILS = 3
_ASCII = re.compile(r"[A-Za-z]")


def glued_tags(doc: Document) -> list[tuple[int, int]]:
    """Tags a page glued after the last sentence of three paragraphs or more, one of them
    in Latin letters (a Chinese sentence never runs on after its full stop to the line's end).
    """
    text = doc.text
    spans = [match.span(1) for match in _TAIL.finditer(text)]
    if len(spans) < _MIN_TAILS or not any(_ASCII.match(text[s:e]) for s, e in spans):
        return []
    return spans
