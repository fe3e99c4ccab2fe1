"""Traditional Chinese folded to simplified, character for character, for matching.

Templates and scraped pages come in traditional script too (`某單位`, `下載本文檔`,
`版權說明`); the detectors know the simplified forms. The normalised view of a
document (:mod:`fillcheck.normalise`) therefore replaces each traditional
character by its simplified form, one character for one, so that offsets map
back unchanged. The table is OpenCC's ``t2s`` conversion of each character on
its own, generated into :mod:`fillcheck._t2s` by ``tools/make_t2s_table.py``,
so checking needs no converter at run time. Corner brackets, the quotation marks of
traditional text, fold to the curly quotes simplified text writes (`「」` to `“”`).
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _tables() -> tuple[re.Pattern[str], dict[int, str]]:
    from ._t2s import SIMPLIFIED, TRADITIONAL

    # corner brackets are how traditional text quotes (`「四個帶頭」`): read as “” and ‘’
    table = str.maketrans(TRADITIONAL + "「」『』", SIMPLIFIED + "“”‘’")
    return re.compile(f"[{TRADITIONAL}]"), table


def fold_table(text: str) -> dict[int, str]:
    """The ``str.translate`` table folding ``text``'s traditional characters; empty if none.

    One search for any traditional character decides; simplified text (nearly
    every document) costs nothing more.
    """
    if text.isascii():
        return {}
    pattern, table = _tables()
    return table if pattern.search(text) else {}


# At most this many characters translated at a time from a traditional one on.
_BLOCK = 4096


def translate_traditional(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)`` for a table :func:`fold_table` gave, translating only
    the lines that hold a traditional character, from the line's start (so that corner
    quotes before it fold too) to its end, at most ``_BLOCK`` characters at a time:
    ``str.translate`` looks every character up in the table, while the search for the
    next traditional character skips in C, so a document with a few traditional
    passages is not translated whole."""
    if not table:
        return text
    search = _tables()[0].search
    find = text.find
    pieces = []
    done = 0
    found = search(text)
    while found is not None:
        # from the line's start: corner quotes before the first traditional character
        # of a line (`實現「創新」` is a line, `「創新」` its start) fold as well
        start = max(done, text.rfind("\n", done, found.start()) + 1, found.start() - _BLOCK)
        end = find("\n", found.start(), found.start() + _BLOCK)
        end = min(found.start() + _BLOCK, len(text)) if end < 0 else end
        pieces.append(text[done:start])
        pieces.append(text[start:end].translate(table))
        done = end
        found = search(text, done)
    pieces.append(text[done:])
    return "".join(pieces)


def fold(text: str) -> str:
    """``text`` with its traditional characters simplified, one for one (same length):
    what detectors see of it in the document's view."""
    return text.translate(fold_table(text))
