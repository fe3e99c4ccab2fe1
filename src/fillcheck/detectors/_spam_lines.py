"""Lines a hacked page injects for search engines: keyword strings and empty markup.

A page taken over by a spammer opens with a string of video-site keywords, comma after
comma (`国产精品1024永久观看,大尺度欧美暖暖视频在线观看,亚洲宅男精品一区在线观看,…`), and
hides links in empty elements that share one random id, a line of tags with no text
(`<option id="fbvk0"></option>`, `<center id="fbvk0"></center>`). Both are the same on
every hacked site: the keywords come from one vocabulary, the markup from one template.

A list of keywords of the document's own (`关键词:在线教育,视频会议,远程办公`,
`成人教育,成人高考,成人本科`) holds one spam word at most; a Markdown file's anchors
(`<a name="top"></a>`) share no id.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document

# The spam vocabulary of video-site keywords.
SPAM_WORD = re.compile(
    r"在线观看|在线视频|视频在线|无码|国产精品|精品一区|一区二区|中文字幕|午夜|成人|[Aa][Vv](?![A-Za-z])"
    r"|人妻|久久|欧美日韩|亚洲"
)
# Items parted by commas, or by underscores in a page title (`国产99久久_欧美综合一区…`).
_ITEM_SPLIT = re.compile(r"[,，_]")
_MIN_ITEMS = 3
_MIN_SPAM = 3
_MIN_WORDS = 2
_ITEM_LEN = 20
# An element opened and closed with nothing in it.
EMPTY = re.compile(r"<([A-Za-z][A-Za-z0-9]*)\b[^<>\n]*></\1>")
ID = re.compile(r"\bid=\"([^\"\n]{3,16})\"")
_MIN_IDS = 3
# How many lines of a page's head the keywords may stand on.
_HEAD = 5


def _head(text: str) -> list[tuple[int, int]]:
    """Spans of the first non-empty lines of ``text``."""
    spans: list[tuple[int, int]] = []
    begin = 0
    while begin <= len(text) and len(spans) < _HEAD:
        end = text.find("\n", begin)
        end = len(text) if end < 0 else end
        if text[begin:end].strip():
            spans.append((begin, end))
        begin = end + 1
    return spans


def spam_keywords(doc: Document) -> list[tuple[int, int]]:
    """A string of video-site keywords on one of the first lines of the text."""
    text = doc.text
    found = []
    for begin, end in _head(text):
        body = text[begin:end].strip()
        items = [item.strip() for item in _ITEM_SPLIT.split(body) if item.strip()]
        if len(items) < _MIN_ITEMS or any(len(item) > _ITEM_LEN for item in items):
            continue
        words = [m.group() for item in items if (m := SPAM_WORD.search(item))]
        if len(words) >= _MIN_SPAM and len(set(words)) >= _MIN_WORDS:
            start = begin + text[begin:end].index(body)
            found.append((start, start + len(body)))
    return found


# A gambling site's brand with its code number, which a hacked page puts in its title and
# glues before its first sentences (`澳门新葡萄新京6663`, `美高梅娱乐4858.com给网游写…`):
# a casino's name, a few characters, three to five digits that are no year, and no unit.
CASINO = re.compile(
    r"(?:澳门|葡京|新京|威尼斯人|金沙|美高梅|太阳城|皇冠|永利|博彩|娱乐城|百家乐|棋牌)"
    r"[\u4e00-\u9fff]{0,6}(?!(?:19|20)\d\d(?!\d))\d{3,5}(?:\.(?:com|net|cc|vip))?"
    r"(?![\d\u4e00-\u9fff%％.])"
    r"|(?:澳门|葡京|新京|威尼斯人|金沙|美高梅|太阳城|皇冠|永利|博彩|娱乐城|百家乐|棋牌)"
    r"[\u4e00-\u9fff]{0,6}\d{3,5}\.(?:com|net|cc|vip)"
)


def casino_brands(doc: Document) -> list[tuple[int, int]]:
    """A gambling site's brand and code number on one of the first lines of the text."""
    text = doc.text
    found = []
    for begin, end in _head(text):
        found.extend((begin + m.start(), begin + m.end()) for m in CASINO.finditer(text[begin:end]))
    return found


# A line of markup only, after its bullet or list number.
TAG_LINE = re.compile(
    r"^[ \t　•·]*(?:\d{1,3}\.[ \t　]+)?((?:<[A-Za-z][^<>\n]*>|</[A-Za-z][A-Za-z0-9]*>)+)[ \t]*$",
    re.M,
)


def empty_markup(doc: Document) -> list[tuple[int, int]]:
    """Lines of markup only, holding empty elements that share one id three times or more."""
    text = doc.text
    if "></" not in text:
        return []
    lines = [match.span(1) for match in TAG_LINE.finditer(text)]
    ids = Counter(m.group(1) for s, e in lines for m in ID.finditer(text[s:e]))
    shared = {value for value, n in ids.items() if n >= _MIN_IDS}
    if not shared:
        return []
    return [
        (s, e)
        for s, e in lines
        if EMPTY.search(text[s:e]) and any(m.group(1) in shared for m in ID.finditer(text[s:e]))
    ]
