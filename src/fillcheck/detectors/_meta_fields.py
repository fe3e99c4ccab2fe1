"""A column of a page's fields beside the page's stamp, read by its keys.

Under a news page's stamp (`2016/3/25 14:32:10`) its software prints the article's fields
one to a line, in whatever keys its theme chose: `类型:原创` / `来源:电脑报` /
`报纸编辑:黄旭` / `作者:特约记者 姬昌浩`. Alone, a `来源:` or an `作者:` line may be the
document's own; a column of them is the page's when

* its lines are short fields (a key of two to six characters, a colon, a short value, no
  sentence), two at least, one after another in the block before the text's first
  paragraph or after its last;
* two of its keys at least, and half of them, are the fields a page credits an article
  with (source, author, editor, type, column), and none is a meeting's or a form's own
  (`地点`, `主持人`, `姓名`);
* it stands right next to a line already read as the page's (a stamp, a metadata line).

A meeting's `时间:…` / `地点:…` / `主持人:…` and a form's `姓名:…` / `性别:…` name no
page's field, and stay silent.
"""

from __future__ import annotations

import re

from ..document import Document
from ._meta_head import edge_block

# The fields a page credits an article with.
SITE_KEYS = frozenset(
    "类型 来源 出处 稿源 文章来源 信息来源 作者 编辑 责任编辑 责编 报纸编辑 记者 通讯员 摄影"
    " 审核 审校 校对 供稿 撰稿 发布人 发布者 录入 栏目 分类 标签 点击 浏览 阅读 字数 编译 翻译"
    " 属性 文章属性".split()
)
# Keys of a document's own head: a meeting's, a form's, a letter's.
OWN_KEYS = frozenset(
    "地点 主持 主持人 参加 参加人员 出席 列席 记录 记录人 姓名 性别 年龄 民族 籍贯 单位 职务"
    " 电话 地址 主题 议题 事由 日期 时间 会议时间 会议地点".split()
)
_MIN_RUN = 2
_VALUE_LEN = 30
_LEAD = " \t\u3000•·-*|｜"
FIELD = re.compile(r"(?P<key>[\u4e00-\u9fff]{2,6})[ \t\u3000]*[:：][ \t\u3000]*(?P<value>\S.*)")
_SENTENCE = re.compile(r"[。！？；!?;]")


def _key(body: str) -> str | None:
    """The key of ``body`` when it is one short field, else None."""
    match = FIELD.fullmatch(body)
    if match is None or len(match.group("value")) > _VALUE_LEN:
        return None
    if _SENTENCE.search(body) or match.group("value").endswith((":", "：")):
        return None
    return match.group("key")


def field_columns(doc: Document, found: set[int]) -> list[tuple[int, int]]:
    """Spans of the lines of a page's field column next to a line starting at an offset in
    ``found`` (the starts of lines already read as the page's), in the head or tail block."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for block in (edge_block(text, 1), edge_block(text, -1)[::-1]):
        run: list[tuple[int, int, str]] = []
        for index, (start, end) in enumerate([*block, (-1, -1)]):
            key = None if start < 0 else _key(text[start:end].strip(_LEAD))
            if key is not None:
                run.append((start, end, key))
                continue
            if len(run) >= _MIN_RUN and _site_column(run, block, index, found):
                spans.extend(_span(text, s, e) for s, e, _ in run)
            run = []
    return spans


def _site_column(
    run: list[tuple[int, int, str]], block: list[tuple[int, int]], after: int, found: set[int]
) -> bool:
    """Whether ``run`` (ending right before ``block[after]``) is a page's column of fields."""
    keys = [key for _, _, key in run]
    site = {key for key in keys if key in SITE_KEYS}
    if len(site) < _MIN_RUN or 2 * sum(key in SITE_KEYS for key in keys) < len(keys):
        return False
    if any(key in OWN_KEYS for key in keys):
        return False
    before = after - len(run) - 1
    near = [block[i][0] for i in (before, after) if 0 <= i < len(block)]
    return any(start in found for start in near)


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the stripped line at ``start``..``end``."""
    line = text[start:end]
    body = line.strip(_LEAD)
    begin = start + line.index(body)
    return begin, begin + len(body)
