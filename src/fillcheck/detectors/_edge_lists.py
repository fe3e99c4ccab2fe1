"""Lists a site prints around a text: titles of other articles, each with its date.

A page of a 范文 or news site lists the site's other articles above or below
the text, each title with the day it was posted, either on the title's line
(`工作总结范文大全 2023-05-12`) or on the line under it (`实行分级结算原则` /
`2017-04-28`). A run of such entries is the site's, not the text's: three
dated titles in a row, or two titles each followed by a lone date; so is a
view count alone on its line next to a lone date (`575` / `2023-01-16`). A title is
long enough to name an article (a report's own milestone table, `中期检查
2023-06-30`, names a step in a few characters and stays silent).
"""

from __future__ import annotations

import re

from ._edge_shape import PROSE_LEN, SENTENCE_END, STRIP, SURE
from ._edge_words import PANEL_FIELDS

Zone = list[tuple[int, int, "str | None"]]

# A date as a site prints it by a title, in digits: `2017-04-28`, `2017/4/28`, `04-28` (a
# document dates its signatures in words, `2023年5月12日`: two signature blocks stay silent).
_DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2})"
_CLOCK = r"(?:[ \t　]+\d{1,2}:\d{2}(?::\d{2})?)?"
LONE_DATE = re.compile(rf"[ \t　]*[\[(（]?{_DATE}{_CLOCK}[\])）]?[ \t　]*")
DATED_TITLE = re.compile(rf"(?P<title>[^\n]+?)[ \t　]*[\[(（]?{_DATE}[\])）]?[ \t　]*")
# A view count alone on its line, as a page prints it by the day: `575` / `2023-01-16`.
LONE_COUNT = re.compile(r"[ \t　]*\d{1,7}[ \t　]*")
# How long a title must be to name an article.
TITLE_MIN = 6
_DATED_RUN = 3
_PAIRS = 2


def _title(line: str) -> bool:
    """True for a line that may be an article's title: short, no sentence, no date of its own."""
    body = line.strip(STRIP)
    return (
        TITLE_MIN <= len(body) <= PROSE_LEN
        and not body.endswith(SENTENCE_END)
        and not any(mark in body for mark in "，。；")
        and LONE_DATE.fullmatch(body) is None
    )


def _dated(line: str) -> bool:
    """True for a title that ends with its date: `工作总结范文大全 2023-05-12`."""
    match = DATED_TITLE.fullmatch(line.strip(STRIP))
    return match is not None and _title(match.group("title"))


def listed(line: str) -> bool:
    """True for a line that may stand in a list of dated titles: a lone date, a dated title."""
    end = line.rstrip(" \t　)）]")
    return bool(end) and end[-1].isdigit() and (LONE_DATE.fullmatch(line) or _dated(line))


def dated_titles(text: str, zone: Zone, kinds: list[str | None]) -> list[str | None]:
    """``kinds`` with the lines of a list of dated titles made ``sure``."""
    lines = [text[begin:end] for begin, end, _ in zone]
    if not any(listed(line) for line in lines):
        return kinds
    kinds = list(kinds)
    for i in range(len(lines) - 1):  # a view count and the day, each on its own line
        pair = (lines[i], lines[i + 1])
        if any(LONE_COUNT.fullmatch(a) and LONE_DATE.fullmatch(b) for a, b in (pair, pair[::-1])):
            kinds[i : i + 2] = [SURE, SURE]
    i = 0
    while i < len(lines):
        run = i
        while run < len(lines) and kinds[run] is None and _dated(lines[run]):
            run += 1
        if run - i >= _DATED_RUN:
            kinds[i:run] = [SURE] * (run - i)
            i = run
            continue
        pairs = i
        while (
            pairs + 1 < len(lines)
            and _title(lines[pairs])
            and LONE_DATE.fullmatch(lines[pairs + 1])
        ):
            pairs += 2
        if pairs - i >= 2 * _PAIRS:
            kinds[i:pairs] = [SURE] * (pairs - i)
            i = pairs
            continue
        i += 1
    return kinds


# A poster's panel: a column of short lines, three of them field words without their colon.
_PANEL_LINE = 16
_PANEL_RUN = 5
_PANEL_FIELDS = 3
_PANEL_NAME = 8


def _title_in_panel(body: str, kind: str | None) -> bool:
    """True for a line above a panel's fields that is a thread's title: nothing a site's
    shape, no digit, and longer than a rank (`新手上路`) or a poster's name."""
    return kind is None and len(body) > _PANEL_NAME and not any(c.isdigit() for c in body)


def field_panels(text: str, zone: Zone, kinds: list[str | None]) -> list[str | None]:
    """``kinds`` with the lines of a forum poster's panel made ``sure``: a column of five
    short lines or more, three of them field words standing alone (`积分`, `帖子`, `最后登录`)."""
    bodies = [text[begin:end].strip(STRIP) for begin, end, _ in zone]
    fields = [body in PANEL_FIELDS for body in bodies]
    if sum(fields) < _PANEL_FIELDS:
        return kinds
    kinds = list(kinds)
    short = [0 < len(body) <= _PANEL_LINE and not body.endswith(SENTENCE_END) for body in bodies]
    start = 0 if short and short[0] else 1
    for i in range(1, len(zone) + 1):
        if i < len(zone) and short[i] and _near(text, zone[i - 1], zone[i]):
            continue
        if i - start >= _PANEL_RUN and sum(fields[start:i]) >= _PANEL_FIELDS:
            # A thread's title in the column, longer than a rank or a name, above the
            # poster's name (the line over the fields), is the text's own
            # (`B站评论系统架构设计` between `查看: 16|回复: 0` and `[复制链接]`).
            run = range(start, i)  # a tail zone runs upwards: order the run by offset
            top = min((zone[j][0], j) for j in run if fields[j])[1]
            name = max((zone[j][0] for j in run if zone[j][0] < zone[top][0]), default=-1)
            kinds[start:i] = [
                kinds[j] if zone[j][0] < name and _title_in_panel(bodies[j], kinds[j]) else SURE
                for j in run
            ]
        start = i if i < len(zone) and short[i] else i + 1  # a long line starts no panel
    return kinds


def _near(
    text: str, first: tuple[int, int, str | None], second: tuple[int, int, str | None]
) -> bool:
    """True when two lines of a panel follow each other with at most one blank line between
    them (a page dump may put one after each of a panel's words)."""
    first, second = sorted((first, second))
    return second[0] - first[1] <= 2 and not text[first[1] : second[0]].strip()


def adjacent(first: tuple[int, int, str | None], second: tuple[int, int, str | None]) -> bool:
    """True when two lines follow each other with no blank line between them."""
    return first[1] + 1 == second[0] or second[1] + 1 == first[0]


# A numbered heading or entry of the document's own: `一、总则`, `第二章`, `1.`, `（一）`.
ORDINAL = re.compile(
    r"[ \t　]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章节条部篇]|\d+[.、．]"
    r"|[(（][一二三四五六七八九十\d]+[)）])"
)
_LIST_RUN = 3
_TITLE_MIN = 4


def link_list(
    text: str, zone: list[tuple[int, int, str | None]], kinds: list[str | None]
) -> list[tuple[int, int]]:
    """A list of the site's article titles: three or more short lines in a row, one of
    which the text repeats further on as its own title (`為台灣拚經濟…` twice)."""
    lines = [text[begin:end].strip() for begin, end, _ in zone]
    title = [
        k is None and _TITLE_MIN <= len(line) <= PROSE_LEN and not ORDINAL.match(line)
        for k, line in zip(kinds, lines, strict=True)
    ]
    for i, line in enumerate(lines):
        if not title[i] or line not in lines[i + 2 :]:
            continue
        first = last = i
        while first > 0 and title[first - 1] and adjacent(zone[first - 1], zone[first]):
            first -= 1
        while last + 1 < len(zone) and title[last + 1] and adjacent(zone[last], zone[last + 1]):
            last += 1
        if last - first + 1 >= _LIST_RUN and line in lines[last + 1 :]:
            block = zone[first : last + 1]
            if _recurring(text, block) == 1:
                return [(begin, end) for begin, end, _ in block]
    return []


def _recurring(text: str, block: list[tuple[int, int, str | None]]) -> int:
    """How many lines of ``block`` the text repeats as lines of their own after it.

    A page's list of articles repeats one, the article shown; a document's own
    table of contents repeats each of its entries as a heading.
    """
    after = {line.strip() for line in text[max(end for _, end, _ in block) :].split("\n")}
    return sum(text[begin:end].strip() in after for begin, end, _ in block)
