"""A page's head read as a block: its header over the menu, rows parted by `::`, blog counters.

* **Header over a crumb**: a web page prints its header (the site's name, its channel, a
  slogan) above its menu or breadcrumb, the title below it, then the title's stamp
  (`政务公开` / `政府动态` / `当前位置:首页>政府动态` / the title / `2010/1/6 16:43:13 次浏览 …`).
  When the lines right under a breadcrumb are a title and its stamp, the short lines above
  the breadcrumb, each shorter than the title, are the page's: the document's own title is
  the one under it (a page that prints the title over its menu too prints it in full).
* **A row parted by `::`**: a blog's menu (`博客园 :: 首页 :: 新随笔 :: 联系 :: 管理`), short
  words one of which is a navigation word, parted by double colons as other menus by bars;
* **A counter panel**: three or more counts each with its English noun parted by `::` or
  bars (`15 Posts :: 0 Stories :: 6 Comments :: 0 Trackbacks`).

Lines come from the document's view, where traditional script is folded to simplified.
"""

from __future__ import annotations

import re

from ..document import Document
from ._edge_chunks import nonempty_lines
from ._edge_marks import colon_row
from ._edge_runs import _body, _header_line, _prose
from ._edge_shape import META, SURE, shape

# How many non-empty lines of the head are read, and how long a line of the header may be.
_HEAD = 12
_BAR_LEN = 50
_TITLE_LEN = 50
_EVIDENCE = (SURE, META)


# A bar of links to the site's other parts, its label first: `乡镇(街道)分站: 苏湾镇 栏杆集镇 …`.
LINK_BAR = re.compile(
    r"(?:[\u4e00-\u9fff()（）]{2,12}[:：][ \t　]*)?"
    r"[\u4e00-\u9fff]{2,8}(?:[ \t　]+[\u4e00-\u9fff]{2,8}){4,}"
)


# A date alone on its line, with its clock maybe: `2015-10-13`, `2020年10月8日 10:21`.
LONE_DATE = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
    r"(?:[ \t　]+\d{1,2}:\d{2}(?::\d{2})?)?"
)


def crumb_header(doc: Document, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The short lines above a block of residue lines that a title and its stamp follow.

    The head reads, from the top: one or more short lines with no sentence, one or more
    residue lines (a breadcrumb, a menu), a title (a short line that is no residue), then a
    residue line again (its stamp). Only then are the first lines the page's: with no
    stamp under the title, a line over a breadcrumb may be the document's own title. A date
    alone under the title, below the page's residue, is the title's stamp.
    """
    text = doc.text
    if not found:
        return []
    starts = {text.rfind("\n", 0, start) + 1 for start, _ in found}
    head = list(nonempty_lines(text, False, _HEAD))

    def evidence(i: int) -> bool:
        begin, end = head[i]
        return begin in starts or shape(text[begin:end]) in _EVIDENCE

    marks = [evidence(i) for i in range(len(head))]
    first = next((i for i, mark in enumerate(marks) if mark), None)
    if first is None:
        return []
    block = first
    while block < len(head) and marks[block]:
        block += 1
    title = block  # the first line under the block of residue
    if title + 1 >= len(head):
        return []
    stamp = []  # a date alone under the title is its stamp: `2015-10-13`
    if not marks[title + 1]:
        b, e = head[title + 1]
        if not LONE_DATE.fullmatch(text[b:e].strip(" \t　•·")):
            return []
        stamp = [_body(text, b, e)]
    begin, end = head[title]
    line = text[begin:end].strip(" \t　•·")
    if _prose(line) or len(line) > _TITLE_LEN or shape(text[begin:end]) is not None:
        return []
    above = head[:first]
    if not above:
        return stamp
    if not all(
        (_header_line(text[b:e], _BAR_LEN) and len(text[b:e].strip(" \t　•·")) < len(line))
        or LINK_BAR.fullmatch(text[b:e].strip(" \t　•·"))
        for b, e in above
    ):
        return stamp  # a line as long as the title may be the document's own title
    return [_body(text, b, e) for b, e in above] + stamp


def colon_rows(doc: Document) -> list[tuple[int, int]]:
    """Menus and counter panels parted by `::` (or bars, for the panel), on lines of their own."""
    text = doc.text
    if "::" not in text:
        return []
    spans = []
    at = text.find("::")
    while at >= 0:
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        body = text[begin:end].strip(" \t　•·")
        if colon_row(body):
            spans.append(_body(text, begin, end))
        at = text.find("::", end)
    return spans


# A page's title bar: a name and a slogan or a section parted by a dash or a bar.
_TITLE_BAR = re.compile(r"[^\s，。,;；:：]{2,16}[ \t　]*[-_|｜–—][ \t　]*[^\s，。;；:：]{2,24}")
_BAR_HEAD = 4


def twice_printed_bars(doc: Document) -> list[tuple[int, int]]:
    """A title bar the page prints twice at its top (`签名吧-每一条签名都值得收藏`, once as
    the window's title and once as the logo's text), over a title of another wording."""
    text = doc.text
    head = list(nonempty_lines(text, False, _BAR_HEAD + 1))
    bodies = [text[b:e].strip(" \t　•·") for b, e in head]
    for i in range(min(_BAR_HEAD, len(bodies))):
        if not _TITLE_BAR.fullmatch(bodies[i]):
            continue
        twins = [j for j in range(i + 1, len(bodies)) if bodies[j] == bodies[i]]
        if twins and any(bodies[k] != bodies[i] for k in range(twins[-1] + 1, len(bodies))):
            return [_body(text, *head[k]) for k in [i, *twins]]
    return []
