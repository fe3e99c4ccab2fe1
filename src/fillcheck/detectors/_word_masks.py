"""Letters and pinyin initials standing for part of a Chinese word (FC405).

A single `X` for one character (`政X建设`) and the initials a word filter or a
self-censoring writer puts for a political word (`ZZ建设` for 政治建设, `省zf`), told
from real words that start with a Latin letter (`X光`), variables (`设X为`) and
placeholders before a unit (`X名`, FC1).
"""

from __future__ import annotations

import re

from ..document import Document
from ..patterns import char_after, char_before, is_han
from ._masks import masks
from ._values import mask_unit_at

# Pinyin initials that word filters and self-censoring writers put for political words.
INITIALISMS = {
    "ZZ": "政治", "ZF": "政府", "GCD": "共产党", "DJ": "党建", "JW": "纪委", "ZZB": "组织部",
    "DZB": "党支部", "ZFW": "政法委", "XJP": "习近平", "ZXJ": "总书记", "SJ": "书记",
    "ZY": "中央", "GWY": "国务院", "RMDB": "人民代表",
}  # fmt: skip
_LOWER_RUNS = re.compile(r"[a-z][a-z]+")  # not `[a-z]{2,}`: `re` skips ahead to a class
_LOWER_INITIALS = {key.lower() for key in INITIALISMS}
# (Look-behinds stand after the first character: a pattern that starts with one makes `re`
# try every position of the text.)
INITIALISM_RUNS = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[A-Z]{1,3}(?![A-Za-z])")
# A single mask letter inside a word: `政X`, `X员`.
# (Read from the mask lexer's letter runs: an `X` not followed by a Latin letter or a
# digit, and every `Ｘ`.)
_LATIN_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
# Real words that start with a Latin letter: `X光`, `X射线`, `X轴`.
LATIN_WORDS = (
    "光", "射线", "线", "型", "轴", "形", "染色体", "战警", "因子", "档案", "一代", "方向",
    "坐标", "值", "变量", "代", "世代", "综艺", "平台", "系列", "先生", "女士", "战队", "音速",
)  # fmt: skip
# Another lone capital letter in Chinese text: the letters are variables (`则Y随X增大`).
MATH_LETTERS = re.compile(r"[A-WYZ](?<![A-Za-z0-9][A-WYZ])(?![A-Za-z0-9])")
# Function words around a variable (`设X为`, `X和Y`) rather than a masked character.
_VARIABLE_NEIGHBOURS = set("设令若当对取则和与及或的在为是把将从到至向比于个第位上中等即")


def single_letter_mask(text: str, start: int) -> bool:
    """True when the letter at ``start`` masks one character of a Chinese word."""
    before, after = char_before(text, start), char_after(text, start + 1)
    if not (is_han(before) or is_han(after)):
        return False
    if before in _VARIABLE_NEIGHBOURS or after in _VARIABLE_NEIGHBOURS:
        return False
    if text.startswith(LATIN_WORDS, start + 1) or mask_unit_at(text, start + 1) is not None:
        return False  # `X光`, or a placeholder before a unit (`共X页`: FC1 reports those)
    if before.isascii() and (before.isalnum() or before in "-_./"):
        return False
    return is_han(before) and (is_han(after) or after in "，。、；：！？”）")


def single_letters(doc: Document) -> list[int]:
    """Offsets of each `X` not followed by a Latin letter or a digit, then of each `Ｘ`."""
    text, found = doc.text, masks(doc).letters
    wide = [at for start, end in found for at in range(start, end) if text[at] == "Ｘ"]
    return [
        at
        for start, end in found
        for at in range(start, end)
        if text[at] == "X" and text[at + 1 : at + 2] not in _LATIN_OR_DIGIT
    ] + wide


def initialisms(text: str) -> list[re.Match[str]]:
    """Upper-case initials, and lower-case ones in prose with no other lower-case word."""
    runs = list(INITIALISM_RUNS.finditer(text))
    lower = []
    for match in _LOWER_RUNS.finditer(text):
        before = char_before(text, match.start())
        if match.group() not in _LOWER_INITIALS or (before.isascii() and before.isalpha()):
            return runs  # another Latin word (`用js的`, `Word`): lower case is not a mask here
        lower.append(match)
    return sorted(runs + lower, key=lambda match: match.start())
