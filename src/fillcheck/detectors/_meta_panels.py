"""A government site's disclosure panel, read by its keys around the document it publishes.

A government or school site prints the fields of its publishing system over (or under) the
document it carries, whatever the CMS: `索 引 号：11330782002609848C/2021-123456`,
`发布机构：义乌市人民政府办公室`, `成文日期：2021-03-01`, `有 效 性：有效`, the keys padded
with spaces to one width and the colon often left out (`文        号 齐政办发〔2019〕29号`),
or each key on a line of its own with its value under it (`公佈單位` / `學務處 衛生組`).
The document itself never labels its own number or date that way: the keys are the
system's. A panel is told by its keys, not by one site's layout:

* a key of the disclosure catalogue only such a system prints (`索引号`, `主题分类`,
  `组配分类`, `公开方式`, `有效性`, ...) with one more key of the panel, or three keys of
  the panel (`发布机构`, `成文日期`, `文号`, `公布单位`, ...) in the lines before the
  document's first paragraph or after its last;
* then every line of those blocks that opens a field with a panel key is the system's,
  and so is the short value under a key standing alone (not the content under `公布内容`).

A guide that explains the catalogue (`信息类别号:各级政府及其部门直接使用…`) writes
sentences after its keys, and its keys are not the panel's. Lines come from the
document's view, where traditional script is folded to simplified.
"""

from __future__ import annotations

import re

from ..document import Document
from ._meta_head import edge_block

# Keys only a disclosure catalogue prints. (A law database's record, `时效性:已失效`,
# `效力级别:…`, is the database's account of the law: reviewers differ, it is left alone.)
_CATALOGUE = (
    "索引号 主题分类 组配分类 体裁分类 服务对象 公开方式 公开范围 公开时限 公开形式 上载日期"
    " 生成日期 有效性 信息分类 公开属性 涉密状态 目录分类 扩展分类 载体类型"
    " 信息类别 统一编号 规范性文件登记号 上版日期 下版日期".split()
)
# Keys of the panel a document may also use on its own: they count in threes.
_PANEL = (
    "发布机构 发文机关 发文单位 发布单位 公布单位 成文日期 发文日期 发布日期 公布日期 截止日期"
    " 废止日期 文号 发文字号 文件编号 主题词 信息来源 所属机构 公布分类 公布内容 产生日期"
    " 公开日期 实施日期 公告日期 更新日期 修改日期 资料来源 点阅次数 点阅数 浏览次数 文种 时效"
    " 所属主题 所属分类 发布文号 内容概述".split()
)
# Keys any text uses: fields of the panel only once the panel is told by the others.
_GENERIC = ("名称", "标题", "分类", "关键词", "信息名称")
# Keys whose value is the document itself, not a field: its value line is left alone.
_CONTENT = ("公布内容", "内容概述")
_MIN_PANEL = 3  # distinct panel keys that make a panel without a catalogue key
_VALUE_LEN = 24  # the longest value standing alone under its key
# Non-empty lines a head or tail block may span: a panel of a key over each value and a
# site's menus run longer than a post's stamps.
_REACH = 40
_PAD = "[ \t\u3000]*"
_KEYS = sorted(_CATALOGUE + _PANEL + list(_GENERIC), key=lambda key: (-len(key), key))
# A key at the start of a line or after a gap, padded or not, then a colon, a gap or the end.
KEY = re.compile(
    r"(?:^|(?<=[ \t\u3000|｜;；]))(?P<key>"
    + "|".join(_PAD.join(key) for key in _KEYS)
    + rf")(?={_PAD}[:：]|[ \t\u3000]|$)"
)
_SENTENCE = re.compile(r"[。！？；!?]")
_LEAD = " \t\u3000•·-*|｜"


def _keys(body: str) -> list[str]:
    """The panel keys that open fields in ``body``, spaces taken out."""
    return [re.sub(r"\s", "", match.group("key")) for match in KEY.finditer(body)]


def panel_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of the lines of a disclosure panel in the head and tail blocks of ``doc``."""
    text = doc.text
    blocks = [edge_block(text, 1, _REACH), edge_block(text, -1, _REACH)[::-1]]
    keyed: list[tuple[list[tuple[int, int]], int, list[str]]] = []
    found: set[str] = set()
    for block in blocks:
        for i, (start, end) in enumerate(block):
            body = text[start:end].strip(_LEAD)
            if not body or len(body) > 200 or _SENTENCE.search(body):
                continue
            if keys := _keys(body):
                keyed.append((block, i, keys))
                found.update(key for key in keys if key not in _GENERIC)
    catalogue = found.intersection(_CATALOGUE)
    if not (catalogue and len(found) >= 2) and len(found) < _MIN_PANEL:
        return []
    spans = []
    for block, i, keys in keyed:
        start, end = block[i]
        spans.append(_span(text, start, end))
        lone = len(keys) == 1 and keys[0] not in _CONTENT + _GENERIC
        if lone and _alone(text[start:end], keys[0]):
            if i + 1 < len(block):
                value = text[block[i + 1][0] : block[i + 1][1]].strip(_LEAD)
                if value and len(value) <= _VALUE_LEN and not _SENTENCE.search(value):
                    if not _keys(value):
                        spans.append(_span(text, *block[i + 1]))
    return sorted(set(spans))


def _alone(line: str, key: str) -> bool:
    """Whether ``line`` holds nothing but ``key`` (padded, with or without its colon)."""
    return re.sub(r"[\s:：]", "", line) == key


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the stripped line at ``start``..``end``."""
    line = text[start:end]
    body = line.strip(_LEAD)
    begin = start + line.index(body)
    return begin, begin + len(body)
