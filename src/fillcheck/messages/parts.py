"""Where a finding sits in a .docx, .pdf or .html file, in the language of the run.

Readers label the parts of a document in fixed English (``body, paragraph 2``,
``table 1, row 2, cell 2, paragraph 1``, ``page 3``, ``html line 4``): the labels
are data that the annotator, the HTML report and the fixer read back. Only when a
label is appended to a finding's message is it rendered in the current language
(``正文第2段``, ``表1第2行第2列第1段``, ``第3页``, ``HTML第4行``); English output is
the label itself. A label with a piece this module does not know is shown as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import language, t

# One comma-separated piece of a label: a word, or a word and a number.
_PIECE = re.compile(
    r"(?P<word>body|header|footer|text box|footnote|endnote|comment)"
    r"|(?P<kind>nested table|table|row|cell|paragraph|footnote|endnote|comment|page|html line)"
    r" (?P<number>\d+)"
)

# A piece without a number: ``footnote, text box`` is a text box in a footnote whose
# number is not known.
_WORDS = {"body": "part-body", "header": "part-header", "footer": "part-footer",
          "text box": "part-text-box", "footnote": "part-in-footnote",
          "endnote": "part-in-endnote", "comment": "part-in-comment"}  # fmt: skip


def part_label(label: str) -> str:
    """``label`` (a reader's part label) in the current language."""
    lang = language()
    if lang == "en":
        return label
    return _rendered(label, lang)


@lru_cache(maxsize=4096)
def _rendered(label: str, lang: str) -> str:
    """``label`` rendered piece by piece (``lang`` is part of the cache key: ``t`` uses it)."""
    del lang
    pieces = []
    for piece in label.split(", "):
        match = _PIECE.fullmatch(piece)
        if match is None:
            return label
        if match["word"]:
            pieces.append(t(_WORDS[match["word"]]))
        else:
            key = "part-" + match["kind"].replace(" ", "-")
            pieces.append(t(key, n=int(match["number"])))
    return t("part-separator").join(pieces)


def located(message: str, label: str | None) -> str:
    """``message`` with where it is appended: ``… (body, paragraph 2)``, ``…（正文第2段）``."""
    return t("located", message=message, where=part_label(str(label)))


def without_location(message: str, label: str | None) -> str:
    """``message`` without the location :func:`located` appended for ``label``, if it has it."""
    if not label:
        return message
    suffix = located("", label)
    return message[: -len(suffix)] if message.endswith(suffix) else message
