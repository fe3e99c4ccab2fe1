"""A site's header at the very top of a text: its name, its slogans; the title as a caption.

Two shapes, read on the first lines only (no pass over the whole text):

* a **slogan run**: three lines or more, from the first line of the text, each of
  two four-character phrases side by side (`戰略選擇 中國樣本`, `消息總匯 瞭望高地`),
  with prose right after them. A text of its own that opens with such pairs has a
  title above them (`安全生产标语`), a table of contents numbers its parts (`第二部分
  预算表格`), and a poem's lines are of five or seven;
* a **site's name** on the first line: a short line of Han ending in `网`
  (`益智教育网`, `道教网站符咒法事网`) over a title-like line (no sentence end),
  and not a thing that is a net (`物联网`, `互联网`, `国家电网`).
"""

from __future__ import annotations

import re

from ._edge_shape import PROSE_LEN, PROSE_MARK

__all__ = ["site_headers", "title_figures"]

# Not a table of contents's `第二部分 预算表格`.
_PAIR = re.compile(r"(?!第)[\u4e00-\u9fff]{4}[ \t　]+[\u4e00-\u9fff]{4}")
_MIN_PAIRS = 3
_MAX_PAIRS = 8
# `益智教育网`, a site's link to its home page: `美文网首页`.
_SITE = re.compile(r"[\u4e00-\u9fff]{3,11}网|[\u4e00-\u9fff]{2,11}网首页")
# A blog's name (`马春杰杰博客`): a site's only with its slogan under it.
_BLOG = re.compile(r"[\u4e00-\u9fff]{2,10}博客")
# Nets that are things, not sites: `物联网`, `互联网`, `因特网`, `局域网`, `国家电网`.
_THING = re.compile(r"(?:联|特|域|电|渔|蛛|天|地|法|球|丝|铁|管|水|路|光|内|外|公|专|宽带)网$")
_TITLE_LEN = 40
_SLOGAN_END = ("!", "！")
_SLOGAN_LEN = 24
# A title may ask a question (`你敢挑战吗?`); a sentence ends in a full stop.
_CLAUSE_END = ("。", "；", ";", "，", ",")
# How many lines from the top are read.
_HEAD = _MAX_PAIRS + 2


def _head(text: str) -> list[tuple[int, int]]:
    """The spans of the first non-empty lines of ``text`` (stripped of spaces)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    while begin < len(text) and len(spans) < _HEAD:
        end = text.find("\n", begin)
        end = len(text) if end < 0 else end
        line = text[begin:end]
        body = line.strip(" \t　")
        if body:
            start = begin + line.index(body[0])
            spans.append((start, start + len(body)))
        begin = end + 1
    return spans


def _prose(body: str) -> bool:
    return len(body) > PROSE_LEN or PROSE_MARK.search(body) is not None


def site_headers(text: str) -> list[tuple[int, int]]:
    """Spans of the slogan lines and the site's name at the top of ``text``."""
    if not text or not "\u4e00" <= text.lstrip(" \t　\n")[:1] <= "\u9fff":
        return []
    head = _head(text)
    pairs = 0
    while pairs < len(head) and _PAIR.fullmatch(text[head[pairs][0] : head[pairs][1]]):
        pairs += 1
    if _MIN_PAIRS <= pairs <= _MAX_PAIRS and pairs < len(head):
        if _prose(text[head[pairs][0] : head[pairs][1]]):
            return head[:pairs]
    if len(head) >= 3:
        name = text[head[0][0] : head[0][1]]
        title = text[head[1][0] : head[1][1]]
        blog = _BLOG.fullmatch(name) is not None and title.endswith(_SLOGAN_END)
        if (
            (_SITE.fullmatch(name) or blog)
            and not _THING.search(name)
            and len(title) <= _TITLE_LEN
            and not title.endswith(_CLAUSE_END)
            and name not in title
        ):
            if title.endswith(_SLOGAN_END) and len(title) <= _SLOGAN_LEN:
                return head[:2]  # the blog's slogan under its name: `致力于深度学习经验分享!`
            return head[:1]
    return []


# An image's caption made of the title and a figure number: `这道逆向思维数学题,你敢挑战吗?-图1`.
_FIGURE = re.compile(r"[ \t　]*([-—_][ \t　]*图[ \t　]?\d{1,3})[ \t　]*(?=\n|$)")


def title_figures(text: str) -> list[tuple[int, int]]:
    """Spans of the figure numbers a site appends to the title for its images' captions.

    The title is one of the first lines of the text; its copy with `-图1` after it on a
    line of its own is the caption of an image the page showed. Looked up with
    ``str.find``: no pass over the text's characters.
    """
    spans: list[tuple[int, int]] = []
    for start, end in _head(text)[:3]:
        title = text[start:end]
        if len(title) > _TITLE_LEN:
            continue
        at = text.find(title + "-图", end)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            match = _FIGURE.match(text, at + len(title))
            if match is not None and not text[line_start:at].strip(" \t　"):
                spans.append(match.span(1))
            at = text.find(title + "-图", at + len(title))
    return spans
