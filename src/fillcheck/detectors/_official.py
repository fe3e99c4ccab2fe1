"""Is this an official document (公文), and do its headings nest as GB/T 9704 says?

The official forms apply only to official documents: a configuration says so
(``style = "official"``), or the document shows it by its form, with a 红头
title line (`…文件`), a document number (`…发〔2023〕5号`), or a `抄送`/`印发`
line. ``style = "plain"`` turns recognition off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Hit
from ..messages import t

# A document's own number on a line of its own: `国办发〔2023〕5号`, `京政发[2022]12号`.
DOC_NUMBER = re.compile(
    r"^[ \u3000]*[\u4e00-\u9fff]{1,10}[〔\[［(（【](?:19|20)\d\d[〕\]］)）】]\d{1,4}号[ \u3000]*$",
    re.MULTILINE,
)
# Lines that only official documents have.
OFFICIAL_LINE = re.compile(
    r"^[ \u3000]*(?:抄送[：:]|主送[：:]|(?:[\u4e00-\u9fff（）()]{2,40})(?:文件|印发)$)",
    re.MULTILINE,
)
# Heading markers of the four levels, at the start of a line.
HEADINGS = (
    (1, re.compile(r"[一二三四五六七八九十]{1,3}、")),
    (2, re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]")),
    (3, re.compile(r"\d{1,2}[.．](?!\d)")),
    (4, re.compile(r"[（(]\d{1,2}[）)]")),
)


def is_official(doc: Document) -> bool:
    """True when ``doc`` is held to the official forms (configured, or recognised)."""
    style = getattr(doc, "style", "auto")
    if style != "auto":
        return style == "official"
    return doc.memo("official", lambda: _looks_official(doc.text))


def _looks_official(text: str) -> bool:
    head = text[:2000]
    if DOC_NUMBER.search(head):
        return True
    return any(
        OFFICIAL_LINE.match(text, text.rfind("\n", 0, word.start()) + 1)
        for words in _OFFICIAL_WORDS
        for word in words.finditer(text)
    )


# The words every official line holds (`抄送：`, `主送：`, a title ending `文件` or `印发`):
# the line around each is matched, not every line of the text. One pattern per word:
# each starts with a literal, which ``re`` skips to in C (an alternation is tried at
# every character).
_OFFICIAL_WORDS = tuple(
    re.compile(word) for word in (r"抄送[：:]", r"主送[：:]", r"文件(?=\n|\Z)", r"印发(?=\n|\Z)")
)


def _level(line: str) -> tuple[int, str] | None:
    stripped = line.lstrip(" \u3000\t")
    for level, pattern in HEADINGS:
        match = pattern.match(stripped)
        if match:
            return level, match.group()
    return None


def skipped_headings(text: str) -> Iterator[Hit]:
    """Headings more than one level below the heading before them, in a document that
    uses a level it skipped elsewhere.

    GB/T 9704 lets a document leave a level out (`一、` then `1.` throughout is a style
    many governments publish); the slip is a document that writes `（一）` under one
    `一、` and skips it under another. A document number on a line of its own starts a
    new document (a page of several notices is judged one notice at a time).
    """
    headings: list[tuple[int, int, int, str, int]] = []  # start, level, previous, marker, doc
    used: set[tuple[int, int]] = set()
    previous = document = offset = 0
    for line in text.split("\n"):
        if DOC_NUMBER.match(line):
            document += 1
            previous = 0
        found = _level(line)
        if found is not None:
            level, marker = found
            start = offset + len(line) - len(line.lstrip(" \u3000\t"))
            headings.append((start, level, previous, marker, document))
            used.add((document, level))
            previous = level
        offset += len(line) + 1
    for start, level, previous, marker, document in headings:
        if not previous or level <= previous + 1:
            continue
        if any((document, skipped) in used for skipped in range(previous + 1, level)):
            message = t("heading-skipped", marker=marker, level=level, previous=previous)
            yield Hit(start, start + len(marker), message, t("number-headings"))  # fmt: skip
