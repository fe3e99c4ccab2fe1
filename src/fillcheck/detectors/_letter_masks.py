"""Letter masks (`XX名`, `x.x%`, `20XX年`, `××`) told from Latin words and algebra.

The masks FC102 reports as slots and FC409 as a public record's masks
(:func:`letter_masks`); the verdict on each letter run is ``_letters.classify``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..document import Document
from ..finding import Hit
from ..messages import language
from ..patterns import is_han
from ._letters import BEFORE, classify, glued_mask, line_mask, weak_word
from ._mask_message import WINDOW, WORD, mask_message
from ._masks import masks
from ._values import Unit

PERSON = Unit("", "person")
# Letters and `_` before a letter token make it part of a Latin word or identifier.
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
# Letter masks that make a document's lone letters before a name masks too (`X铁路`).
_EVIDENCE = 2


@lru_cache(maxsize=8192)
def _letter_verdict(before: str, mask: str, ahead: str, lang: str) -> tuple[str, str] | None:
    """(message, suggestion) in ``lang`` for a letter mask here, or None if it is not one."""
    unit = classify(before, mask, ahead)
    return None if unit is None else mask_message(mask, unit, lang)


# A text doing algebra with `x`: `2x`, `x+5`, `x²`, `=x`, `设…x`; its lone `x` are variables
# (`202x年` is a year slot and `建设x个中心` builds; neither does algebra). Literal-led, so
# that `re` skips ahead to each `x` or `设`.
_ALGEBRA_X = re.compile(
    r"x(?:(?<=[0-9]x)(?![A-Za-z0-9年〕])|(?=\s*[+=＝²³])|(?<=[=＝+]x)|(?<=[=＝+] x))"
)
_LET_X = re.compile(r"设[^，。；\n]{0,15}x")


def _does_algebra(text: str) -> bool:
    """True when ``text`` uses `x` as an unknown (`设x年后`, `2x件`, `x+2`)."""
    for match in _ALGEBRA_X.finditer(text):
        at = match.start()
        if not (text[at - 1 : at].isdigit() and text[at - 2 : at - 1].isdigit()):
            return True  # `2x`, `1.5x`: a coefficient; `202x` is a year
    for match in _LET_X.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if not before or not is_han(before) or before in "解若假":
            return True
    return False


def letter_masks(doc: Document) -> Iterator[Hit]:
    """The letter masks of ``doc``, whether slots to fill or masked values (FC102, FC409)."""
    text, lang = doc.text, language()
    strong, weak = 0, []
    algebra = None  # whether the text does algebra with `x`: asked once, when it matters
    for start, end in masks(doc).letters:
        if start and text[start - 1] in _LATIN:
            continue  # inside a Latin word (`index`, `Linux`): never a mask, nor evidence
        if end - start == 1 and text[start] == "x":
            algebra = _does_algebra(text) if algebra is None else algebra
            if algebra:
                continue  # a variable of an equation or word problem: `设x年后`, `需要x天`
        if _FORMAT.search(text, max(0, start - 30), start):
            continue  # `日期格式为XXXX-XX-XX`: the format a value takes, not a value left out
        if end - start == 1 and spaced_letters(text, start):
            strong += 1  # `请假人:x x x`: a name, one letter a character
            yield Hit(start, end, *mask_message(text[start], PERSON, lang))
            continue
        before = (text[max(0, start - BEFORE) : start] if start else "\n") or "\n"
        mask, ahead = text[start:end], text[end : end + WINDOW + 1]
        if ahead[:2] == "——":
            ahead = _dashes_ahead(text, end)
        verdict = _letter_verdict(before, mask, ahead, lang)
        if verdict is not None:
            strong += 1
            yield Hit(start, end, *verdict)
        elif (
            weak_word(before, mask, ahead)
            or glued_mask(before, mask, ahead)
            or line_mask(before, mask, ahead)
        ):
            weak.append((start, end))
    if strong >= _EVIDENCE:  # a document that masks values masks names with lone letters too
        for start, end in weak:
            yield Hit(start, end, *mask_message(text[start:end], WORD, lang))


# A format named right before a token, or before the tokens ahead of it in the same
# format: `格式为XXXX-XX-XX XX:XX:XX`, `(格式:xxxx年xx月)`.
_FORMAT = re.compile(r"格式(?:为|是|如|：|:)?[\sXx×Ｘｘ\-:./／年月日时分秒]*$")
# What ends a chain of spaced letters: the line, or the clause.
_CHAIN_END = ("", "\n", "，", ",", "。", "；", ";")


def spaced_letters(text: str, at: int) -> bool:
    """True for a letter in a chain of three or more like mask letters set apart by single
    spaces after a label, the chain ending its line or clause: `请假人:x x x`, `申请人：× × ×`.
    """
    mark = text[at]
    if text[at + 1 : at + 2] != " " and text[at - 1 : at] != " ":
        return False
    head = at
    while text[head - 2 : head] == f"{mark} ":
        head -= 2
    tail = at + 1
    while text[tail : tail + 2] == f" {mark}":
        tail += 2
    if (tail - head + 1) // 2 < 3 or text[tail : tail + 1] not in _CHAIN_END:
        return False
    return text[head - 1 : head] in (":", "：") and is_han(text[head - 2 : head - 1])


def _dashes_ahead(text: str, end: int) -> str:
    """The characters after a letter token, its run of dashes read as one (`×————×日`)."""
    stop = end
    while stop < len(text) and text[stop] == "—":
        stop += 1
    return "—" + text[stop : stop + WINDOW]
