"""Sharing-site notices found by their wording: the phrase lexicon matched on a compact copy.

At each anchor of the shared anchor pass that starts a lexicon phrase
(``_notice_lexicon.ANCHORS``), the rest of its line (at most ``WINDOW``
characters) is copied compactly: white space dropped, full-width ASCII folded
to ASCII and Latin letters to lower case, one character for one, with the
original offset of every kept character; traditional script is already folded
by the engine's view. The lexicon is matched there, so `一旦售出，不予退換`,
`一旦售出,不予退换` and `一旦 售出 , 不予退换` are one phrase, and the match is
mapped back to exact offsets.

A match is widened to its clause: left to the punctuation that opens it, right
to the end of its sentence, so the finding quotes the whole notice. A weak
phrase counts only where the text shows other residue: on its own line or on
the nearest non-empty lines around it (a notice block is a run of notices).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

from ..document import Document
from ..scan import literals_at
from ._anchors import anchors, snippet
from ._notice_lexicon import ANCHORS, BY_ANCHOR, CODE, LEADS, PATTERNS, PHRASES, Phrase

Span = tuple[int, int, str]
WINDOW = 200  # characters after an anchor that a phrase may cover
LEAD_REACH = 24  # characters before an anchor that a phrase's lead may cover
_SPACES = frozenset(" \t\u3000\u00a0")
# Full-width ASCII to ASCII, then Latin capitals to lower case (both one for one).
_FOLD = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_FOLD.update({code: chr(code - 0xFEE0).lower() for code in range(0xFF21, 0xFF3B)})
_FOLD.update({code: chr(code).lower() for code in range(ord("A"), ord("Z") + 1)})
_UNFOLDED = re.compile("[ \t\u3000\u00a0A-Z\uff01-\uff5e]")  # what compact() changes
_OPENS = frozenset("，,。！!？?；;：:\n】]…")  # where a notice's clause begins, left of it
_ENDS = frozenset("。！!？?")  # where its sentence ends
_REACH = 120  # how far a clause or sentence is followed


def compact(text: str, start: int, end: int) -> tuple[str, Sequence[int]]:
    """``text[start:end]`` without white space, folded; and each kept character's offset."""
    window = text[start:end]
    if _UNFOLDED.search(window) is None:  # the usual case: nothing to drop or fold
        return window, range(start, end)
    keep = [at for at in range(start, end) if text[at] not in _SPACES]
    return "".join(text[at] for at in keep).translate(_FOLD), keep


def _matches(doc: Document) -> list[tuple[int, int, Phrase]]:
    """Lexicon matches at the document's anchors, left to right, never overlapping."""
    text = doc.text
    found: list[tuple[int, int, Phrase]] = []
    last = 0
    for pos in anchors(doc):
        if pos < last or not text.startswith(ANCHORS, pos):
            continue
        line_start = text.rfind("\n", 0, pos) + 1
        candidates = list(_candidates(text, pos))
        before: str | None = None
        if all(LEADS[index] is not None for index in candidates):
            # every phrase here needs words before its anchor: look at those first, they
            # are short, and copy the rest of the line only for a phrase whose lead is there
            before = compact(text, max(line_start, pos - LEAD_REACH), pos)[0]
            candidates = [index for index in candidates if LEADS[index].search(before)]
            if not candidates:
                continue
        line_end = text.find("\n", pos, pos + WINDOW)
        flat, keep = compact(text, pos, line_end if line_end >= 0 else min(len(text), pos + WINDOW))
        for index in candidates:
            match = PATTERNS[index].match(flat)
            if not match:
                continue
            if (lead := LEADS[index]) is not None:
                if before is None:
                    before = compact(text, max(line_start, pos - LEAD_REACH), pos)[0]
                if not lead.search(before):
                    continue
            last = keep[match.end() - 1] + 1
            found.append((pos, last, PHRASES[index]))
            break
    return found


def _candidates(text: str, pos: int) -> Iterator[int]:
    """The phrases that may start at ``pos``: those of every anchor found there, in order."""
    seen: set[int] = set()
    for anchor in literals_at(text, pos, ANCHORS):
        for index in BY_ANCHOR[anchor]:
            if index not in seen:
                seen.add(index)
                yield index


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause and sentence around a phrase at ``start``..``end``."""
    floor = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    while start > floor and text[start - 1] not in _OPENS:
        start -= 1
    while start < end and text[start] in _SPACES:
        start += 1
    ceiling = min(len(text), end + _REACH)
    while end < ceiling and text[end - 1] not in _ENDS and text[end] != "\n":
        end += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    return start, end


def _bracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a tag with its opening bracket: `(可编辑)` (a tag is not a sentence)."""
    return (start - 1 if start > 0 and text[start - 1] in "([【（" else start), end


def _line_of(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def _supported(doc: Document, at: int, residue: set[int]) -> bool:
    """Whether a weak phrase at offset ``at`` stands by other residue: on its own line or on
    the nearest non-empty line before or after it."""
    starts = doc.line_starts
    line = _line_of(starts, at)
    if line in residue:
        return True
    return any(near in residue for near in _neighbours(doc.text, starts, line))


def _neighbours(text: str, starts: list[int], line: int) -> Iterator[int]:
    """The nearest non-empty lines before and after ``line`` (at most one each)."""
    for step in (-1, 1):
        other = line + step
        while 0 <= other < len(starts):
            end = starts[other + 1] if other + 1 < len(starts) else len(text)
            if text[starts[other] : end].strip():
                yield other
                break
            other += step


def notice_spans(doc: Document, base: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """The phrase lexicon's spans by rule code, beside the ``base`` spans of FC205-FC208.

    A phrase in the sentence of a base span (or of an earlier phrase) adds nothing:
    a notice sentence is reported once. A weak phrase needs residue on its line or
    on the nearest non-empty lines around it.
    """
    matches = _matches(doc)
    if not matches:
        return {}
    text = doc.text
    starts = doc.line_starts
    taken = sorted((start, end) for spans in base.values() for start, end, _ in spans)
    widened = [
        (*(_bracketed(text, start, end) if p.kind == "tag" else _widen(text, start, end)), p)
        for start, end, p in matches
    ]
    residue: set[int] | None = None
    kept: list[tuple[int, int]] = []
    out: dict[str, list[Span]] = {}
    for start, end, phrase in widened:
        if _near_taken(text, taken, start, end) or _overlaps(kept, start, end):
            continue
        if not phrase.strong:
            if residue is None:
                residue = {_line_of(starts, at) for at, _ in taken}
                residue |= {_line_of(starts, at) for at, _, p in widened if p.strong}
            if not _supported(doc, start, residue):
                continue
        kept.append((start, end))
        out.setdefault(CODE[phrase.kind], []).append((start, end, snippet(text[start:end])))
    return out


def _near_taken(text: str, taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a base span's sentence overlaps ``start``..``end`` (``taken`` sorted)."""
    index = bisect_right(taken, (end + _REACH,))
    while index > 0:
        index -= 1
        low, high = taken[index]
        if high < start - 2 * _REACH:
            return False
        wide_start, wide_end = _widen(text, low, high)
        if wide_start < end and start < wide_end:
            return True
    return False


def _overlaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
