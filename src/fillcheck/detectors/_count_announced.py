"""FC303, announced items that follow: `做到“三个保障”。一是…二是…三是…四是…`,
`包括三个部分。\\n1.…\\n2.…\\n3.…\\n4.…`, `五个基本组成部分，即标题、主送机关、正文、签署`,
`五句话——“…、…、…、…”`, `有3件未达到…，分别是“…”和“…”`.

Each reading starts from the items (a `一是` marker, a line marker numbered one,
`即`, `——`, `分别是`) and looks back for the count that announces them, so the
text is only searched where items are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import ORDINALS, concept_at, parse_numeral
from ..patterns import lazy_compile
from ._count_text import iter_literal, sentence_end, shorten, split_top_level
from ._enumeration import shi_markers

# The announcing count at the end of a clause: `“三个保障”`, `两点要求`, `四部分组成`,
# `以下两类`, `五个基本组成部分`. Searched in a short window before the items.
ANNOUNCED = lazy_compile(
    r"(?P<num>[两二三四五六七八九十]|十[一二]|[2-9])"
    r"(?P<unit>个|项|点|条|种|类|大|部分|方面|句话|件|句|方面)"
    r"(?P<name>[\u4e00-\u9fff]{0,8}?)[”\"]?(?:组成|如下)?[：:。，,]?[ \t\u3000]*\Z"
)
# Words that make the count a number of events or a duration, not of items.
_NOT_ITEMS = set("次场年月日天周届轮")
# A line that opens with a list marker: `1.`, `一、`, `（1）`, `(一)`.
LINE_ITEM = lazy_compile(
    r"[ \t\u3000]*(?:(?P<cn>[一二三四五六七八九十]{1,2})[ \t\u3000]*、|(?P<ar>[0-9]{1,2})[.．、]"
    r"(?![0-9])|[（(](?P<br>[一二三四五六七八九十]{1,2}|[0-9]{1,2})[）)])"
)
_LINE_STYLES = ("cn", "ar", "br")
# After the announcement: items introduced by `即`, `——` or `分别是`.
_INTRODUCERS = ("即", "——", "分别是", "分别为")


def _announcement(text: str, end: int) -> re.Match[str] | None:
    """The announcing count that ends right before ``end`` (within its clause)."""
    start = max(0, end - 22)
    for stop in "。；;\n":
        cut = text.rfind(stop, start, max(start, end - 1))
        if cut >= 0:
            start = cut + 1
    match = ANNOUNCED.search(text, start, end)
    if match is None or concept_at(text, match.start()):
        return None
    if match.group("name")[:1] in _NOT_ITEMS:
        return None
    if text[match.start() - 1 : match.start()] in ("第", "前", "每", "近", "约", "等", "这", "那"):
        return None
    return match


def _hit(match: re.Match[str], count: int, items: str) -> Hit | None:
    announced = parse_numeral(match.group("num"))
    if announced is None or announced.value is None or int(announced.value) == count:
        return None
    end = match.end("name") if match.group("name") else match.end("unit")
    message = t(
        "items-follow",
        phrase=match.string[match.start("num") : end],
        announced=int(announced.value),
        count=count,
        listed=shorten(items),
    )
    return Hit(match.start("num"), end, message, t("items-agree"))


def announced_items(text: str) -> Iterator[Hit]:
    """Hits where the items after an announcing count are more or fewer than it says."""
    yield from _shi_lists(text)
    yield from _line_lists(text)
    yield from _introduced_lists(text)


def _shi_lists(text: str) -> Iterator[Hit]:
    """`做到“三个保障”。一是…；二是…；三是…；四是…`."""
    markers = list(shi_markers(text))
    for i, (start, _end, _style, value) in enumerate(markers):
        if value != 1:
            continue
        match = _announcement(text, start)
        if match is None:
            continue
        last, j = 1, i + 1
        paragraph_end = text.find("\n", start)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        while j < len(markers) and markers[j][0] < paragraph_end and markers[j][3] == last + 1:
            last, j = last + 1, j + 1
        if last < 2 or (j < len(markers) and markers[j][0] < paragraph_end):
            continue  # a repeated or skipped marker: the sequence rule's finding
        hit = _hit(match, last, text[start : min(start + 60, paragraph_end)])
        if hit is not None:
            yield hit


def _line_lists(text: str) -> Iterator[Hit]:
    """`包括三个部分。` followed by lines `1.…`, `2.…`, `3.…`, `4.…`."""
    lines = text.split("\n")
    offset = 0
    offsets = []
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    for index, line in enumerate(lines[:-1]):
        stripped = line.rstrip()
        if not stripped.endswith(("：", ":", "。")):
            continue
        match = _announcement(text, offsets[index] + len(stripped))
        if match is None:
            continue
        count, shown = _count_line_items(lines, index + 1)
        if count >= 2:
            hit = _hit(match, count, shown)
            if hit is not None:
                yield hit


def _count_line_items(lines: list[str], first: int) -> tuple[int, str]:
    """How many numbered lines (1, 2, 3 … in one style) follow, up to a blank line."""
    style, expected, shown = None, 1, []
    for line in lines[first : first + 30]:
        if not line.strip():
            break
        match = LINE_ITEM.match(line)
        if match is None:
            if style is None:
                break
            continue
        group = next(g for g in _LINE_STYLES if match.group(g))
        value = ORDINALS.get(match.group(group))
        if style is None:
            if value != 1:
                break
            style = group
        if group != style or value != expected:
            break
        shown.append(line.strip()[:8].rstrip("。；;，,"))
        expected += 1
    return expected - 1, "；".join(shown)


def _introduced_lists(text: str) -> Iterator[Hit]:
    """`五个基本组成部分，即标题、主送机关、正文、签署`; `五句话——“A、B、C、D”`."""
    for word in _INTRODUCERS:
        for index in iter_literal(text, word):
            match = _announcement(text, index)
            if match is None:
                continue
            items = _items_after(text, index + len(word))
            if items is None:
                continue
            hit = _hit(match, len(items), "、".join(items))
            if hit is not None:
                yield hit


def _items_after(text: str, start: int) -> list[str] | None:
    end = sentence_end(text, start, 200)
    content = text[start:end].lstrip("：: ").rstrip("；;，,")
    if not content:
        return None
    if content[0] in '“"' and content.count("“") <= 1:
        inner = content.strip('“”"')
        items = split_top_level(inner, "、，,；;")
    elif content.count("“") >= 2 and not any(sep in content for sep in "、，,；;"):
        items = re.findall("“[^”]*”", content)
    else:
        strongest = next((s for s in "；;，,、" if s in content), "、")
        items = split_top_level(content, "；;" if strongest in "；;" else strongest)
    items = [item.strip() for item in items]
    if len(items) < 2 or any(not item or len(item) > 40 for item in items):
        return None
    return items
