"""FC303 on marked lists: `做到“三个保障”。一是…；二是…；三是…；四是…`, the same with
`一要`, `（一）`, `第一`, `首先…其次…最后`, `1.`, `(1)`, `①`, inline or one item a line."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..finding import Hit
from ..numerals import ORDINALS
from ..patterns import lazy_compile
from ._count_announcers import heading_set_announcement, named_set_announcement
from ._count_items import ANY_COUNT, announced_value, announcement, items_hit, sentence_announcement
from ._count_lead import heading_count, lead_count
from ._count_text import run_start, shorten
from ._enum_markers import Marker, inline_markers
from ._enumeration import item_markers

# A line that opens with a list marker: `1.`, `一、`, `（1）`, `(一)`.
LINE_ITEM = lazy_compile(
    r"[ \t\u3000]*(?:(?P<cn>[一二三四五六七八九十]{1,2})[ \t\u3000]*、|(?P<ar>[0-9]{1,2})[.．、]"
    r"(?![0-9])|[（(](?P<br>[一二三四五六七八九十]{1,2}|[0-9]{1,2})[）)]|(?P<ci>[①-⑳]))"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def marker_rank(group: str, numeral: str) -> int:
    """Nesting level of a line marker, outermost first: `一、`, `（一）`, `1.`, `（1）`, `①`."""
    if group == "br":
        return 3 if numeral.isdigit() else 1
    return {"cn": 0, "ci": 4}.get(group, 2)


def line_value(group: str, numeral: str) -> int | None:
    """The number a line marker's numeral stands for (`三` 3, `12` 12, `④` 4)."""
    return _CIRCLED.index(numeral) + 1 if group == "ci" else ORDINALS.get(numeral)


# Marker styles that `_line_lists` reads when they open lines.
_LINE_READ = frozenset(("一、", "1.", "（一）", "（1）"))
# How far apart two items of one list may stand, and how far a later item of the
# same list may stand after the last one counted.
_ITEM_GAP = 1500


def marker_lists(text: str) -> Iterator[Hit]:
    """`做到“三个保障”。一是…；二是…；三是…；四是…`, and the same with `一要`, `（一）`,
    `第一`, `首先…其次…最后`, `1.`, `(1)`, `①`, inline or one item a line."""
    for style, markers in _marker_styles(text):
        for i, (start, _end, _style, value) in enumerate(markers):
            if value != 1 or (style in _LINE_READ and text[start - 1 : start] in "\n"):
                continue  # numbered lines after an announcement are `_line_lists`' to read
            end = _before_space(text, start)
            match = (
                announcement(text, end)
                or sentence_announcement(text, end)
                or _announcement_at_colon(text, end)
                or _ranking_announcement(text, end)
                or heading_count(text, end)
            )
            named = match is None
            if named:  # `可以用“三新”的特点来加以概括：一是“新气象”…`
                match = named_set_announcement(text, end, markers, i) or (
                    heading_set_announcement(text, end, markers, i)
                )
            if match is None:
                continue
            hit = _marker_list_hit(text, match, markers, i, named)
            if hit is not None:
                yield hit


def _marker_styles(text: str) -> Iterator[tuple[str, Sequence[Marker]]]:
    """Each style's markers; and `一要…；二是…；三是…`, a list that goes on in the other of
    the two verb styles, as one list (read where it opens with 一要 and no 二要 follows)."""
    by_style = item_markers(text)
    yield from by_style.items()
    inline = list(inline_markers(text))  # `三项：一、…；二、…；三、…`, inside a paragraph
    if inline:
        yield "，一、", inline
    shi, yao = by_style.get("一是"), by_style.get("一要")
    if shi and yao and not any(value == 2 for *_, value in yao):
        yield "一是", sorted([*shi, *yao])


def _announcement_at_colon(text: str, end: int) -> re.Match[str] | None:
    """`我有两句话与大家共勉：干部干部，关键要实干，一要…`: the count that a colon ends,
    a short clause of its sentence before the list's first marker."""
    colon = max(text.rfind("：", max(0, end - 24), end), text.rfind(":", max(0, end - 24), end))
    if colon < 0 or any(stop in text[colon:end] for stop in "。；;！!？?\n"):
        return None
    # `围绕四个方面问题开展专项整治：一是…`: else the one count the colon's clause holds
    return announcement(text, colon + 1) or lead_count(text, colon)


# `群众来电排在前十位的有：` then `第一是…`, `第二是…`: a ranking announces its places.
_RANKING_BEFORE = lazy_compile(
    r"前(?P<num>[两二三四五六七八九十]|十[一二]|[2-9]|1[0-2])(?P<unit>位|名)(?P<name>)"
    r"的?(?:依次|分别)?(?:是|为|有)?[：:]?[ \t\u3000]*\Z"
)


def _ranking_announcement(text: str, end: int) -> re.Match[str] | None:
    """The ranking (`前十位的有：`) that ends right before ``end``."""
    return _RANKING_BEFORE.search(text, max(0, end - 14), end)


def _before_space(text: str, index: int) -> int:
    """``index`` moved back over spaces and line breaks."""
    while index > 0 and text[index - 1] in " \t\u3000\n\r":
        index -= 1
    return index


def _marker_list_hit(
    text: str, match: re.Match[str], markers: list, i: int, named: bool = False
) -> Hit | None:
    """The hit when the markers that number the list from ``markers[i]`` on are more or
    fewer than ``match`` announces. Fewer count only once the list has visibly ended:
    no later marker of the style goes on with the next number (and, one item a line,
    a heading follows, unless every item repeats the ``named`` set's name)."""
    last, j, first = 1, i + 1, markers[i][0]
    while (
        j < len(markers)
        and markers[j][3] == last + 1
        and markers[j][0] - markers[j - 1][1] <= _ITEM_GAP
        and (
            "\n\n" not in text[markers[j - 1][1] : markers[j][0]]
            or _opens_line(text, markers[j][0])
        )
    ):
        last, j = last + 1, j + 1
    if last < 2:
        return None
    final = markers[j - 1][1]
    if j < len(markers) and markers[j][0] - markers[j - 1][1] <= _ITEM_GAP:
        if markers[j][3] != 1:
            return None  # a repeated or skipped marker: the sequence rule's finding
    later = []  # the next markers of the style, up to a new list numbered one
    for marker in markers[j : j + 3]:
        if marker[3] == 1:
            break
        if marker[0] - final < 2 * _ITEM_GAP:
            later.append(marker)
    ended = not any(marker[3] == last + 1 for marker in later)
    spaces = run_start(text, first, " \t\u3000")  # not a copy of all the text before
    if ended and spaces and text[spaces - 1] == "\n":
        # `一是…；二是…；三是…。` then a line `四、…`: the last item numbered in another style
        going_on = _next_line_item(text, final, last + 1)
        if going_on is not None:
            last, final = last + 1, going_on
    if spaces and text[spaces - 1] == "\n":
        # one item a line: an excerpt may stop after any of them, unless a heading
        # opens the line after the last one
        ended = ended and (named or _heading_follows(text, final))
    lo = max(0, match.start() - 200)
    sentence = max(lo - 1, *(text.rfind(stop, lo, match.start()) for stop in "。！？!?\n"))
    if len(ANY_COUNT.findall(text, sentence + 1, match.end())) > 1:
        return None  # `抓好一个格局，建立两个机制，开展好五项活动`: counts of its own
    if not ended and last <= announced_value(match):
        return None
    shown = shorten(text[first : final + 8].replace("\n", " "), 60)
    return items_hit(match, last, shown)


def _opens_line(text: str, start: int) -> bool:
    """The marker at ``start`` opens its line: one item a paragraph (`一是…` after a blank
    line) goes on with the list, where a list inside a paragraph ends at a blank line."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(" \t\u3000")


def _next_line_item(text: str, end: int, value: int) -> int | None:
    """Where the marker ends that opens the line after the one holding ``end``, when it
    carries ``value`` (in any line style); None otherwise."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return None
    match = LINE_ITEM.match(text, line_end + 1)
    if match is None:
        return None
    group, numeral = next((g, v) for g, v in match.groupdict().items() if v)
    return match.end() if line_value(group, numeral) == value else None


# A paragraph that opens with words, not with a list's marker (`下一步，…`).
_PARAGRAPH_OPENS = re.compile(
    "(?![一二三四五六七八九十]是|[一二三四五六七八九十]要|第[一二三四五六七八九十]|其[一二三四五六七八九十]"
    "|首先|其次|再次|最后|另外|此外)[\u4e00-\u9fff]"
)


def _heading_follows(text: str, end: int) -> bool:
    """The line after the one holding ``end`` opens with a heading numbered in Chinese
    (`二、`, `（二）`), or a blank line and a paragraph of words follow it; `1.` may
    number the details of the last item."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return False
    if text.startswith("\n\n", line_end) and _PARAGRAPH_OPENS.match(text, line_end + 2):
        return True  # a blank line, then a paragraph that numbers nothing: the list ended
    match = LINE_ITEM.match(text, line_end + 1)
    return (
        match is not None
        and marker_rank(*next((g, v) for g, v in match.groupdict().items() if v)) < 2
    )
