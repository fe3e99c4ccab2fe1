"""Residue inside a text: a page dump's chunk numbers, back-to-top links, update stamps.

A page dump numbers the text of each page it shows (`1、…`, `2、…`); a page
cut into sections puts a back-to-top link after each (`- - -< t o p >- - -`);
an FAQ page stamps each answer with its update (`[ 司法行政廳108-10-08更新 ]`).
These stand between paragraphs, not only at the head or tail of a text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..scan import literal_starts

# A page dump's chunk number: `1、商务文书写作,2010年2月,一、…` (三一办公 and the like number
# the text of each page they show). A chunk is a whole paragraph, long, right after residue.
CHUNK = re.compile(r"\n(?P<n>[1-9]\d{0,2})、")
_CHUNK_LEN = 100
_MIN_CHUNKS = 2


def chunk_numbers(text: str, residue: set[int]) -> list[tuple[int, int]]:
    """The numbers of consecutive long paragraphs `1、…`, `2、…` of a page dump.

    A dump's chunks follow a residue line, or are cut wherever the page broke:
    every chunk but the last ends inside a sentence (`…界定这些` / `2、问题。…`).
    """
    found = []
    padded = "\n" + text  # a dump may open the text with its first chunk
    for match in CHUNK.finditer(padded):
        if match.group("n") != "1":
            continue
        chunks = _chunk_run(padded, match.start())
        if len(chunks) < _MIN_CHUNKS:
            continue
        cut = all(not padded[end - 1].endswith(_CHUNK_ENDS) for _, _, end in chunks[:-1])
        if cut or _after_residue(text, match.start() - 1, residue):
            found.extend((start - 1, number_end - 1) for start, number_end, _ in chunks)
    return found


# How a paragraph that is whole ends.
_CHUNK_ENDS = ("。", "！", "？", "!", "?", "；", ";", "…", "”", "」", "』", ":", "：")


def _chunk_run(padded: str, at: int) -> list[tuple[int, int, int]]:
    """The chunks numbered 1, 2, … from ``at``: start and end of the number, end of the line."""
    chunks: list[tuple[int, int, int]] = []
    while (chunk := CHUNK.match(padded, at)) and chunk.group("n") == str(len(chunks) + 1):
        end = padded.find("\n", chunk.end())
        end = len(padded) if end < 0 else end
        if end - chunk.start() < _CHUNK_LEN:
            break
        chunks.append((chunk.start("n"), chunk.end(), end))
        at = end
        while padded.startswith("\n\n", at):
            at += 1
    return chunks


def _after_residue(text: str, newline: int, residue: set[int]) -> bool:
    """True when the last non-empty line before ``newline`` is residue."""
    end = newline
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return begin in residue
        end = begin - 1
    return False


# A back-to-top link with its decoration on a line of its own: `- - - -< t o p >- - - -`.
TOP_LINK = re.compile(
    r"[ \t　]*[-=_*~.·<>\[\]【】 ]{3,}[<\[【(（]?[ \t　]*(?:t ?o ?p|T ?O ?P|返回顶部|回到顶部)"
    r"[ \t　]*[>\]】)）]?[-=_*~.·<>\[\]【】 ]*"
)
_TOP = ("t o p", "T O P", "top", "TOP", "返回顶部", "回到顶部")
# An update stamp in brackets on a line of its own: `[ 司法行政廳108-10-08更新 ]`
# (a law's own `（2019年4月修订）` writes its date in words).
UPDATE_STAMP = re.compile(
    r"[ \t　]*[\[【][ \t　]*[^\n\[\]【】]{0,16}?\d{2,4}-\d{1,2}-\d{1,2}"
    r"[ \t　]*更新[ \t　]*[\]】][ \t　]*"
)
_UPDATED = ("更新",)
# A panel of a page's counters, three lines or more, each a counter word and its number
# (or nothing yet), under an optional header: `相關次數:` / `• 點閱點閱:314` / `• 下載下載:0`.
_COUNTERS = tuple("引用 点阅 点击 浏览 阅读 下载 收藏 评分 评论 点赞 分享 转发 查看 回复".split())
_COUNTER_WORDS = "|".join(_COUNTERS)
_TALLY = (
    rf"[ \t　]*[•·*-]?[ \t　]*[^\s:：()（）]{{0,12}}(?:{_COUNTER_WORDS})[^\s:：()（）]{{0,16}}"
    r"[:：][ \t　]*\d{0,7}[ \t　]*"
)
TALLY_PANEL = re.compile(
    rf"(?:[^\s:：]{{1,8}}(?:次数|次數|统计|統計)[:：][ \t　]*\n)?(?:{_TALLY}\n){{2,}}{_TALLY}"
)
# The end of a line that may be a counter: a colon, a number or nothing; with a number,
# the end a panel is found by.
_TALLY_END = re.compile(r"[:：][ \t　]*\d{0,7}[ \t　]*(?=\n|\Z)")
_COUNT_END = re.compile(r"[:：][ \t　]*\d{1,7}[ \t　]*(?=\n|\Z)")
_PANEL_LINES = 3
_MIDDLE = (*_TOP, *_UPDATED, *_COUNTERS)
_AROUND = 3


def nonempty_lines(
    text: str, reverse: bool, limit: int, lo: int = 0, hi: int | None = None
) -> Iterator[tuple[int, int]]:
    """Spans of the non-empty lines from the start (or the end) of ``text[lo:hi]``, at most
    ``limit``, nearest that end first."""
    hi = len(text) if hi is None else hi
    count = 0
    if not reverse:
        begin = lo
        while begin <= hi and count < limit:
            end = text.find("\n", begin, hi)
            end = hi if end < 0 else end
            if text[begin:end].strip():
                count += 1
                yield begin, end
            begin = end + 1
        return
    end = hi
    while end >= lo and count < limit:
        begin = max(text.rfind("\n", lo, end) + 1, lo)
        if text[begin:end].strip():
            count += 1
            yield begin, end
        end = begin - 1


def middle_lines(text: str) -> list[tuple[int, int]]:
    """Spans of back-to-top links, bracketed update stamps and counter panels in ``text``.

    One literal scan finds where their words stand; only those lines are read.
    """
    found: set[tuple[int, int]] = set()
    done = -1  # the end of the last line read
    for at in literal_starts(text, _MIDDLE):
        if at <= done:
            continue
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        done = end
        if end - begin > _SHORT:
            continue
        if TOP_LINK.fullmatch(text, begin, end) or UPDATE_STAMP.fullmatch(text, begin, end):
            found.add(_stripped(text, begin, end))
        elif _COUNT_END.search(text, at, end):
            panels = _panels(text, *_around(text, at, end))
            found.update(_panel_lines(text, panels))
            done = max([done, *(end for _, end in panels)])
    return sorted(found)


_SHORT = 80


def _panel_lines(text: str, panels: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the lines of counter panels, without bullets and spaces."""
    spans = []
    for begin, end in panels:
        at = begin
        for line in text[begin:end].split("\n"):
            if line.strip():
                start = at + len(line) - len(line.lstrip(" \t　•·*-"))
                spans.append((start, at + len(line.rstrip())))
            at += len(line) + 1
    return spans


def _panels(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Spans of counter panels between ``begin`` and ``end``: runs of three lines or more
    ending in a colon and a count."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for match in _TALLY_END.finditer(text, begin, end):
        start = text.rfind("\n", 0, match.start()) + 1
        if run and start != run[-1][1] + 1:
            spans += _panels_in(text, run) if len(run) >= _PANEL_LINES else []
            run = []
        run.append((start, match.end()))
    if len(run) >= _PANEL_LINES:
        spans += _panels_in(text, run)
    return spans


def _around(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the line _AROUND lines above ``start`` to the end of the line
    _AROUND lines below ``end``."""
    for _ in range(_AROUND + 1):
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start > 0 else 0
    for _ in range(_AROUND):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return start, end


def _panels_in(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The counter panels among consecutive lines that end in a colon and a count."""
    spans, ends = [], {end for _, end in run}
    i = 0
    while i + _PANEL_LINES <= len(run):
        panel = TALLY_PANEL.match(text, run[i][0], run[-1][1])
        if panel is None or panel.end() not in ends:
            i += 1
            continue
        spans.append(panel.span())
        i = next((k for k, (_, end) in enumerate(run) if end == panel.end()), len(run)) + 1
    return spans


def _stripped(text: str, begin: int, end: int) -> tuple[int, int]:
    """The span of a line without the spaces around it."""
    line = text[begin:end]
    start = begin + len(line) - len(line.lstrip())
    return start, begin + len(line.rstrip())
