"""A government site's disclosure header: the catalogue fields it prints over a document.

Every government site files what it publishes in the national catalogue of open
information and prints the entry's fields over the document, in a table or a column, with
keys that are the same everywhere (`索引号`, `发布机构`, `发文日期`, `文号`, `主题分类`,
`有效性`), often letter-spaced to fill their cells (`索   引   号 20191202-189769`). The
entry is the site's, not the document's: the document starts under it with its own number
and title. What marks the block is its index number (`索引号` with a code); the lines next
to it that start with a catalogue key are the block, across one title line the table sets
between its rows.

Read on the first lines of the text only.
"""

from __future__ import annotations

import re

from ..document import Document

# The catalogue's keys (GB/T 21063 and the provinces' catalogues).
KEYS = tuple(
    sorted(
        (
            "索引号 分类 发布机构 发文机关 发文单位 发文日期 成文日期 发布日期 生成日期 上载日期"
            " 名称 标题 文号 发文字号 主题分类 体裁分类 组配分类 服务对象 主题词 关键词 有效性"
            " 效力状况 失效日期 废止日期 信息来源 公开方式 公开范围 公开时限 所属机构 所属主题"
            " 信息类别 内容概述 文件编号"
        ).split(),
        key=lambda key: (-len(key), key),
    )
)
_SPACES = re.compile(r"[ \t　]+")
# A key of n characters, letter-spaced or not, then a space: its value stands apart.
_SPACED = {
    n: re.compile(rf"(?:[\u4e00-\u9fff][ \t　]*){{{n - 1}}}[\u4e00-\u9fff][ \t　]")
    for n in sorted({len(key) for key in KEYS})
}
_INDEX = re.compile(r"索引号[:：]?[0-9A-Za-z]")
_HEAD = 20
_LINE_LEN = 160


def _squeezed(line: str) -> str:
    return _SPACES.sub("", line)


def _key_line(line: str) -> bool:
    """True for a line that starts with a catalogue key, its value after a colon or a space."""
    body = line.strip(" \t　•·|")
    if not body or len(body) > _LINE_LEN:
        return False
    squeezed = _squeezed(body)
    key = next((key for key in KEYS if squeezed.startswith(key)), None)
    if key is None:
        return False
    rest = squeezed[len(key) :]
    # the key stands apart from its value: a colon, or a space in the line after the key
    spaced = _SPACED[len(key)].match(body) is not None
    return not rest or rest[0] in ":：" or spaced


def disclosure_header(doc: Document) -> list[tuple[int, int]]:
    """The lines of a catalogue entry over the document, around its index number."""
    text = doc.text
    if "索" not in text[:4000]:
        return []
    lines: list[tuple[int, int]] = []
    begin = 0
    while begin < len(text) and len(lines) < _HEAD:
        end = text.find("\n", begin)
        end = len(text) if end < 0 else end
        if text[begin:end].strip():
            lines.append((begin, end))
        begin = end + 1
    index = next(
        (
            i
            for i, (b, e) in enumerate(lines)
            if _INDEX.match(_squeezed(text[b:e].strip(" \t　•·|")))
        ),
        None,
    )
    if index is None:
        return []
    keyed = [_key_line(text[b:e]) for b, e in lines]
    block = {index}
    i = index - 1
    while i >= 0 and keyed[i]:
        block.add(i)
        i -= 1
    i = index + 1
    while i < len(lines):
        if keyed[i]:
            block.add(i)
        elif not (i + 1 < len(lines) and keyed[i + 1]):
            break  # one line between rows (the table's title row) at most
        i += 1
    spans = []
    for i in sorted(block):
        b, e = lines[i]
        line = text[b:e]
        body = line.strip(" \t　•·|")
        start = b + line.index(body)
        spans.append((start, start + len(body)))
    return spans
