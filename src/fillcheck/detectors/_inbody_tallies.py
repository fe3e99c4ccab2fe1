"""A comment's tallies written with emoji, and a byline broken into lines of dots.

* **Emoji tallies**: a page that lists its readers' comments ends each with its likes, the
  commenter's place and the time, each behind its icon (`👍🏽336 💭北京 🕐2025-04-25 23:19:03`);
  copied text keeps them glued to the comment. Two icons or more with their values ending a
  line, one of them a number, are such tallies; the comment section's header over the first
  comment (`评论区`) goes with them.
* **Dotted byline**: a blog platform prints the author, the dots between its fields and its
  tags under the title on lines of their own (`淇淇` / `·` / `·` / `IPFS` / `·`). A run of
  short lines right under the first line that holds two lone dots or more is such a byline;
  a text of its own never sets a dot alone on a line twice within a few short lines.

Read from the lines that hold an icon or a lone dot, found with ``str.find``.
"""

from __future__ import annotations

import re

from ..document import Document

_ICONS = "👍💬💭🕐🕒👀❤🔥⭐📅💡🗨"
# One icon (a skin tone or a variation selector after it) and its value.
_ICON = rf"[{_ICONS}][\ufe0f\U0001F3FB-\U0001F3FF]?"
_TALLIES = re.compile(
    rf"(?:{_ICON}[ \t]?[^\s{_ICONS}]*(?:[ \t]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[ \t]*){{2,}}$"
)
_NUMBER = re.compile(rf"{_ICON}[ \t]?\d")
_SECTION = re.compile(r"(?:评论|留言|回复|网友评论|全部评论|热门评论|精彩评论)(?:区|列表)?[:：]?")


def emoji_tallies(doc: Document) -> list[tuple[int, int]]:
    """Spans of the icon tallies ending comments, and of the comment section's header."""
    text = doc.text
    at = _next_icon(text, 0)
    spans: list[tuple[int, int]] = []
    while at >= 0:
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        match = _TALLIES.search(text, begin, end)
        if (
            match is not None
            and _NUMBER.search(match.group())
            and text[begin : match.start()].strip()
        ):
            if not spans:
                spans.extend(_section_over(text, begin))
            spans.append((match.start(), match.end()))
        at = _next_icon(text, end)
    return spans


def _next_icon(text: str, start: int) -> int:
    """Where the next icon stands from ``start``, or -1."""
    return min((i for i in (text.find(icon, start) for icon in _ICONS) if i >= 0), default=-1)


def _section_over(text: str, begin: int) -> list[tuple[int, int]]:
    """The comment section's header on the line over ``begin``, if any."""
    if begin == 0:
        return []
    start = text.rfind("\n", 0, begin - 1) + 1
    line = text[start : begin - 1]
    body = line.strip(" \t　")
    if _SECTION.fullmatch(body):
        first = start + line.index(body)
        return [(first, first + len(body))]
    return []


_DOT = frozenset("·•|/")
_RUN_LEN = 12
_MIN_DOTS = 2
_MIN_RUN = 4
_SENTENCE = re.compile(r"[，。；！？,;!?]")


def dotted_byline(doc: Document) -> list[tuple[int, int]]:
    """The lines of a byline broken into short lines with lone dots, under the first line."""
    text = doc.text
    if "\n·\n" not in text[:400] and "\n•\n" not in text[:400]:
        return []
    lines: list[tuple[int, int]] = []
    begin = 0
    while begin < len(text) and len(lines) < _RUN_LEN:
        end = text.find("\n", begin)
        end = len(text) if end < 0 else end
        if text[begin:end].strip():
            lines.append((begin, end))
        begin = end + 1
    run = []
    for b, e in lines[1:]:
        body = text[b:e].strip(" \t　")
        if len(body) > _RUN_LEN or _SENTENCE.search(body):
            break
        run.append((b + text[b:e].index(body), b + text[b:e].index(body) + len(body)))
    dots = sum(text[b:e] in _DOT for b, e in run)
    if dots < _MIN_DOTS or len(run) < _MIN_RUN:
        return []
    return run
