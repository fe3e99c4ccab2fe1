"""Residue inside a text: a page dump's chunk numbers, back-to-top links, update stamps.

A page dump numbers the text of each page it shows (`1、…`, `2、…`); a page
cut into sections puts a back-to-top link after each (`- - -< t o p >- - -`);
an FAQ page stamps each answer with its update (`[ 司法行政廳108-10-08更新 ]`).
These stand between paragraphs, not only at the head or tail of a text.
"""

from __future__ import annotations

import re

from ._edge_words import both_scripts

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
    r"^[ \t　]*[-=_*~.·<>\[\]【】 ]{3,}[<\[【(（]?[ \t　]*(?:t ?o ?p|T ?O ?P|返回顶部|回到顶部)"
    r"[ \t　]*[>\]】)）]?[-=_*~.·<>\[\]【】 ]*$",
    re.MULTILINE,
)
# An update stamp in brackets on a line of its own: `[ 司法行政廳108-10-08更新 ]`
# (a law's own `（2019年4月修订）` writes its date in words).
UPDATE_STAMP = re.compile(
    r"^[ \t　]*[\[【][ \t　]*[^\n\[\]【】]{0,16}?\d{2,4}-\d{1,2}-\d{1,2}"
    r"[ \t　]*更新[ \t　]*[\]】][ \t　]*$",
    re.MULTILINE,
)


# A panel of a page's counters, three lines or more, each a counter word and its number
# (or nothing yet), under an optional header: `相關次數:` / `• 點閱點閱:314` / `• 下載下載:0`.
_COUNTER_WORDS = "|".join(
    both_scripts(
        tuple("引用 点阅 点击 浏览 阅读 下载 收藏 评分 评论 点赞 分享 转发 查看 回复".split())
    )
)
_TALLY = (
    rf"[ \t　]*[•·*-]?[ \t　]*[^\s:：()（）]{{0,12}}(?:{_COUNTER_WORDS})[^\s:：()（）]{{0,16}}"
    r"[:：][ \t　]*\d{0,7}[ \t　]*"
)
TALLY_PANEL = re.compile(
    rf"^(?:[^\s:：]{{1,8}}(?:次数|次數|统计|統計)[:：][ \t　]*\n)?(?:{_TALLY}\n){{2,}}{_TALLY}$",
    re.MULTILINE,
)


def middle_lines(text: str) -> list[tuple[int, int]]:
    """Spans of back-to-top links, bracketed update stamps and counter panels in ``text``."""
    found = []
    for match in TALLY_PANEL.finditer(text):
        at = match.start()
        for line in match.group().split("\n"):
            if line.strip():
                start = at + len(line) - len(line.lstrip(" \t　•·*-"))
                found.append((start, at + len(line.rstrip())))
            at += len(line) + 1
    if "o p" in text or "TOP" in text or "top" in text or "顶部" in text:
        found += [_stripped(match) for match in TOP_LINK.finditer(text)]
    if "更新" in text:
        found += [_stripped(match) for match in UPDATE_STAMP.finditer(text)]
    return found


def _stripped(match: re.Match[str]) -> tuple[int, int]:
    """The span of a whole-line match without the spaces around it."""
    line = match.group()
    start = match.start() + len(line) - len(line.lstrip())
    return start, match.start() + len(line.rstrip())
