"""The mask lexer: every run of mask characters in a document, found on the shared scan.

A template masks or leaves blank what its writer must fill in with a handful
of characters: stars (`*`, `＊`), mask letters (`X x Ｘ ｘ ×`), blanks (`_`,
`＿`, `▁`, `□`, `○`, `◯`, `△`, brackets holding only spaces) and `某`. The placeholder rules
(FC101-FC104) and the redaction rules that look at masks (FC404, FC406-FC409)
all start from those runs, so they are found once per document: the characters
that start them are declared to the shared trigger scan (:mod:`fillcheck.scan`),
which finds them together with every other family's triggers, and the runs are
read from those starts here. The rules then judge each run from the characters
around it; no rule scans the whole text for its own mask characters.

Each kind of run is the leftmost, longest, non-overlapping run of its kind, as
one regular expression per kind run over the whole text would find it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..document import Document
from ..patterns import STARS
from ..scan import declare, declared_starts
from ._letters import LETTERS

_BODY = re.escape(LETTERS)
# A letter token: a run of mask letters, optionally joined to more runs by a decimal
# point or a range mark (`x.x`, `X-X`, `x～x`).
# A date masked with slashes (`XXXX/XX/XX`, `20XX/X/X`) is one token only in that
# three-part shape: a slash elsewhere (`x/y`, a path) ends the token.
LETTER_TOKEN = re.compile(
    f"[{_BODY}]{{1,4}}([/／])[{_BODY}]{{1,2}}\\1[{_BODY}]{{1,2}}(?![{_BODY}/／])"
    f"|[{_BODY}]+(?:[.．\\-~～—至到][{_BODY}]+)*"
)
_SPACES = " \u3000\xa0"
# Blanks by their first character: `___`, `__` and `_` before its unit (short: judged
# by the rule), `＿＿` and `＿` before a date unit, `□□`, `○○`/`〇〇` and a lone circle
# before 月 or 日 (`○月○日`; circles among numerals are zeros: the rule judges), and
# a lone `□` inside a date (`□年□月□日`); `()` and `[]` before a date or money unit
# (`[]年[]月[]日`); brackets holding nothing but spaces: `（  ）`, `( )`, `《 》`, `【 】`,
# `[ ]`. A filled square masks like an empty one: `■■■同志`, `■月■日`.
# Units a lone circle stands before for a number (`共○人`, `第○届`, `○段○號`), and a year
# after 民國 (`民國○年`); the rule judges.
_COUNTED = "人名位个項项次件家届屆期条條元页頁号號段個张張份天户戶岁歲"
_BLANKS = {
    "_": (
        re.compile(r"___+"),
        re.compile(r"__(?!_)"),
        re.compile(r"_(?=[ ]?(?:[元日月]|年[ ]?_))"),  # `_元`, `_年_月_日`
    ),
    "＿": (re.compile(r"＿＿+"), re.compile(r"＿(?=[ ]?[年月日])")),
    # A fill line a converter drew with the lower one-eighth block (`坐落于▁▁▁市▁▁▁区`);
    # the rule judges it (a sparkline or a progress bar is no blank).
    "▁": (re.compile(r"▁▁+"), re.compile(r"▁(?=[ ]?[年月日])")),
    "□": (re.compile(r"□□+"), re.compile(r"□(?=[年月]□)|(?<=月)□(?=日)")),
    "■": (re.compile(r"■■+"), re.compile(r"■(?=[年月]■)|(?<=[年于])■(?=月)|(?<=月)■(?=日)")),
    "○": (re.compile(r"○○+"), re.compile(f"○(?=[月日{_COUNTED}])|(?<=[國国於于])○(?=年)")),
    "〇": (re.compile(r"〇〇+"), re.compile(f"〇(?=[月日{_COUNTED}])|(?<=[國国於于])〇(?=年)")),
    # Triangles, which Taiwanese and Japanese templates use beside circles for a second
    # name (`△△公司`, `▲▲市`); the rule judges the run.
    "△": (re.compile(r"△△+"),),
    "▲": (re.compile(r"▲▲+"),),
    # The large circle a converted form draws its blanks with (`原住民 ◯◯◯族`).
    "◯": (re.compile(r"◯◯+"), re.compile(f"◯(?=[月日{_COUNTED}])|(?<=[國国於于])◯(?=年)")),
    "（": (re.compile(f"（[{_SPACES}]*）"),),
    "(": (re.compile(f"\\([{_SPACES}]+\\)"), re.compile(r"\(\)(?=[年月日元])")),
    "《": (re.compile(f"《[{_SPACES}]+》"),),
    "【": (re.compile(f"【[{_SPACES}]+】"),),
    "〔": (re.compile(f"〔[{_SPACES}]+〕"),),
    "［": (re.compile(f"［[{_SPACES}]+］"),),
    "[": (re.compile(f"\\[[{_SPACES}]+\\]"), re.compile(r"\[\](?=[年月日元])")),
}
# The brackets start a blank only before a space or their closing mark: declared as two
# characters, so that the scan does not stop at every `（` of a text.
_BRACKET_STARTS = ("（）", "()", "[]")
_BRACKET_STARTS += tuple(f"{open_}{space}" for open_ in "（(《【〔［[" for space in _SPACES)

_BLANK_STARTS = ("_", "＿", "▁", "□", "■", "○", "〇", "◯", "△", "▲")
TRIGGERS = declare("fc1-masks", (*STARS, *LETTERS, *_BLANK_STARTS, "某", *_BRACKET_STARTS))

_STAR, _LETTER, _BLANK, _MOU = range(4)
_KIND = {char: _STAR for char in STARS} | {char: _LETTER for char in LETTERS}
_KIND |= {char: _BLANK for char in _BLANKS} | {"某": _MOU}


class Masks(NamedTuple):
    """The (start, end) spans of a document's mask runs, by kind, in text order."""

    stars: list[tuple[int, int]]  # `*`, `**`, `＊＊`
    letters: list[tuple[int, int]]  # `X`, `XX`, `x.x`, `X-X`, `××`
    blanks: list[tuple[int, int]]  # `___`, `__`, `＿＿`, `▁▁`, `□□`, `○○`, `◯◯`, `（ ）`
    mou: list[tuple[int, int]]  # `某`, `某某`


def masks(doc: Document) -> Masks:
    """The mask runs of ``doc``, read once per document from the shared trigger scan."""
    return doc.memo("masks", lambda: _lex(doc))


def _lex(doc: Document) -> Masks:
    text = doc.text
    found: Masks = Masks([], [], [], [])
    ends = [0, 0, 0, 0]  # where the last run of each kind ends: no run starts inside it
    for at in declared_starts(doc, TRIGGERS):
        kind = _KIND[text[at]]
        if at < ends[kind]:
            continue
        end = _blank_end(text, at) if kind == _BLANK else _RUNS[kind].match(text, at).end()  # type: ignore[union-attr]
        if end > at:
            found[kind].append((at, end))
            ends[kind] = end
    return found


_RUNS = {_STAR: re.compile("[*＊]+"), _LETTER: LETTER_TOKEN, _MOU: re.compile("某+")}


def _blank_end(text: str, at: int) -> int:
    """The end of the blank starting at ``at``; ``at`` when none starts there."""
    for pattern in _BLANKS[text[at]]:
        match = pattern.match(text, at)
        if match is not None:
            return match.end()
    return at
