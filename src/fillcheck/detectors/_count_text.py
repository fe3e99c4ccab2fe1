"""Clause and list structure shared by the FC3xx count rules.

Chinese lists nest: an item may hold a quotation, a book title or a bracket
that has its own `、` inside (`“庆建档百年,展时代风貌”演讲比赛`, `县(市、区)`).
The helpers here walk brackets and quotes as single units so that items are
counted at the top level only.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from itertools import chain

from ..patterns import lazy_compile

# Punctuation that ends a clause (a list or a count phrase never crosses it).
CLAUSE_STOPS = "，,。；;：:！!？?\n"
# Opening bracket or quote -> its closing partner.
PAIRS = {
    "“": "”",
    "‘": "’",
    "（": "）",
    "(": ")",
    "《": "》",
    "【": "】",
    "「": "」",
    "『": "』",
    "〔": "〕",
    "[": "]",
}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
# Half-width and full-width round brackets close each other in real text.
_ROUND = {"（": "）)", "(": ")）"}
# Punctuation that ends a sentence (or a paragraph).
_SENTENCE_STOP = lazy_compile("[。！!？?\n]")
# A match's start, as a function (for ``map``).
_MATCH_START = re.Match.start
# Any character that opens or closes a nested unit, or ends a paragraph.
_NESTING = lazy_compile("[“”‘’（）()《》【】「」『』〔〕\\[\\]\n]")


def clause_start(text: str, index: int, stops: str = CLAUSE_STOPS, limit: int = 60) -> int:
    """Offset just after the last clause stop before ``index`` (at most ``limit`` back).

    Closing quotes and brackets are skipped as a unit, so a `，` inside
    `“庆建档百年,展时代风貌”` does not end the clause that contains it.
    """
    lo = max(0, index - limit)
    last = _last_mark(stops).match(text, lo, index)  # the last stop, bracket or quote
    if last is None:
        return lo
    if text[last.end() - 1] in stops:  # the usual case: a stop, with no bracket after it
        return last.end()
    depth = 0
    for found in reversed(list(_marks(stops).finditer(text, lo, index))):  # marks, last first
        char = found.group()
        if char in CLOSERS:
            depth += 1
        elif char in PAIRS:
            if depth == 0:
                return found.end()
            depth -= 1
        elif depth == 0 and char in stops:
            return found.end()
    return lo


def after_last_stop(text: str, lo: int, hi: int, stops: str) -> int:
    """Offset just after the last of ``stops`` in ``text[lo:hi]``, or -1 if there is none."""
    match = _last_stop(stops).match(text, lo, hi)
    return -1 if match is None else match.end()


@lru_cache(maxsize=16)
def _last_mark(stops: str) -> re.Pattern[str]:
    """A pattern that matches up to and including the last of ``stops`` or of the
    brackets and quotes (greedy)."""
    return re.compile(f"(?s:.*)[{re.escape(''.join(PAIRS) + ''.join(CLOSERS) + stops)}]")


@lru_cache(maxsize=16)
def _last_stop(stops: str) -> re.Pattern[str]:
    """A pattern that matches up to and including the last of ``stops`` (greedy)."""
    return re.compile(f"(?s:.*)[{re.escape(stops)}]")


def matching_close(text: str, open_index: int, limit: int = 400) -> int:
    """Offset of the bracket that closes the one at ``open_index``, or -1."""
    opener = text[open_index]
    closers = _ROUND.get(opener, PAIRS.get(opener, ""))
    end = min(len(text), open_index + limit)
    first = _NESTING.compiled.search(text, open_index + 1, end)
    if first is None:
        return -1
    if text[first.start()] in closers:
        return first.start()  # the usual case: nothing nested inside
    depth = 0
    for found in _NESTING.compiled.finditer(text, first.start(), end):  # nesting marks only
        char = found.group()
        if char in closers and depth == 0:
            return found.start()
        if char in PAIRS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
        elif char == "\n":
            return -1  # a bracket left open at the end of its paragraph
    return -1


def split_top_level(text: str, separators: str) -> list[str]:
    """Split ``text`` on ``separators`` that are outside quotes and brackets."""
    if _NESTING.compiled.search(text) is None:
        return _splitter(separators).split(text)
    return [text[start:end] for start, end in top_level_spans(text, 0, len(text), separators)]


@lru_cache(maxsize=16)
def _splitter(separators: str) -> re.Pattern[str]:
    """A pattern for ``separators``; an ASCII comma grouping thousands (`2,120`) is none."""
    if "," not in separators:
        return re.compile(f"[{re.escape(separators)}]")
    others = separators.replace(",", "")
    comma = r"(?<![0-9]),|,(?![0-9]{3}(?![0-9]))"
    return re.compile(f"[{re.escape(others)}]|{comma}" if others else comma)


def _grouping_comma(text: str, i: int) -> bool:
    """True for the comma of `2,120` (a digit before it, three digits after it)."""
    return (
        i > 0
        and text[i - 1].isdigit()
        and text[i + 1 : i + 4].isdigit()
        and len(text[i + 1 : i + 4]) == 3
        and not text[i + 4 : i + 5].isdigit()
    )


def top_level_spans(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """Spans of the pieces of ``text[start:end]`` between top-level ``separators``."""
    if _NESTING.compiled.search(text, start, end) is None:
        cuts = [m.start() for m in _splitter(separators).finditer(text, start, end)]
        return list(zip([start] + [cut + 1 for cut in cuts], [*cuts, end], strict=True))
    spans = []
    depth = 0
    piece = start
    for found in _marks(separators).finditer(text, start, end):  # brackets and separators only
        char, i = found.group(), found.start()
        if char in PAIRS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
        elif depth == 0 and char in separators and not (char == "," and _grouping_comma(text, i)):
            spans.append((piece, i))
            piece = i + 1
    spans.append((piece, end))
    return spans


@lru_cache(maxsize=16)
def _marks(separators: str) -> re.Pattern[str]:
    """A pattern for any opening or closing bracket or quote, or any of ``separators``."""
    return re.compile(f"[{re.escape(''.join(PAIRS) + ''.join(CLOSERS) + separators)}]")


def top_level_separators(text: str) -> str:
    """The separators present at the top level of ``text``, in one string."""
    if _NESTING.compiled.search(text) is None:
        return "".join(_splitter("、，,；;").findall(text))
    found = []
    depth = 0
    for char in _marks("、，,；;").findall(text):
        if char in PAIRS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
        elif depth == 0 and char in "、，,；;":
            found.append(char)
    return "".join(found)


def sentence_end(text: str, index: int, limit: int = 400) -> int:
    """Offset of the first sentence stop at or after ``index`` (or ``index + limit``).

    In the text whose stops :func:`sentence_stops` last found (the document the count
    rules read), one bisection of them; elsewhere a search."""
    end = min(len(text), index + limit)
    last = _last_stops
    if last is not None and last[0] is text:
        stops = last[1]
        at = bisect_left(stops, index)
        return stops[at] if at < len(stops) and stops[at] < end else end
    match = _SENTENCE_STOP.compiled.search(text, index, end)
    return match.start() if match else end


# The sentence stops of the last text asked about, kept with that very text object.
_last_stops: tuple[str, array] | None = None


def sentence_stops(text: str) -> array:
    """Offsets of every sentence stop of ``text`` (`。！!？?` and line breaks), in order;
    found once per text and kept compactly (8 bytes a stop). The text is recognised by
    identity: comparing an equal copy (a repeated record) would read it whole each time."""
    global _last_stops
    last = _last_stops
    if last is not None and last[0] is text:
        return last[1]
    stops = array("q")
    find = text.find
    for lo in range(0, len(text), _STOPS_BLOCK):
        hi = lo + _STOPS_BLOCK
        found = []  # a block at a time: the list of offsets stays small
        for char in _SENTENCE_STOPS:  # ``str.find`` per character: ``re`` tests every one
            i = find(char, lo, hi)
            while i >= 0:
                found.append(i)
                i = find(char, i + 1, hi)
        found.sort()
        stops.extend(found)
    _last_stops = (text, stops)
    return stops


_SENTENCE_STOPS = "。！!？?\n"
_STOPS_BLOCK = 1 << 20


def matches_near(
    pattern: re.Pattern[str], text: str, anchors: Iterable[int], lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, found by trying ``pattern`` only at
    offsets ``anchor - hi`` to ``anchor - lo`` of each anchor (ascending offsets).

    The same matches whenever every match of ``pattern`` starts in such a range (the
    caller states why: a literal every match holds at a known distance from its start)
    and no match is empty; far fewer tries when the anchor is rarer than the pattern's
    first characters (`率` instead of any of `办解整完…`).
    """
    match = pattern.match
    done = 0  # where finditer would go on searching
    tried = -1  # the last offset tried
    for anchor in anchors:
        start, last = anchor - hi, anchor - lo  # from the greatest of ``start``, ``done``
        if start < done:  # and the offset after ``tried`` (compared inline: a call to
            start = done  # ``max`` an anchor costs more than the tests)
        if start <= tried:
            start = tried + 1
        while start <= last:
            found = match(text, start)
            tried = start
            if found is None:
                start += 1
                continue
            yield found
            done = found.end()
            start = max(done, start + 1)


def matches_from(
    pattern: re.Pattern[str], text: str, *starts: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, for a pattern whose every match starts
    where one of ``starts`` matches and is never empty: ``pattern`` is tried only there.

    Each of ``starts`` opens with one literal character, which ``re`` scans for several
    times faster than for any of several first characters (a test of a set at every
    character of the text), and checks what must follow it (`总(?=数|量)`): where those
    starts are rare, a try at each of them costs less than the scan of ``pattern``.
    """
    found = [list(map(_MATCH_START, start.finditer(text))) for start in starts]
    anchors = found[0] if len(found) == 1 else sorted(chain.from_iterable(found))
    return matches_near(pattern, text, anchors, 0, 0)


def matches_ending_at(
    pattern: re.Pattern[str], text: str, ends: Iterable[tuple[int, int]], after: int = 0
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, for a pattern whose every match ends
    with an anchor character (`%`) and holds no other: ``ends`` gives, ascending, each
    anchor's offset and the least offset a match ending there can start at (callers
    state why). One search of a short window an anchor, instead of a scan of the text.
    ``after`` characters past the anchor are in the window for a lookahead that ends
    the pattern (one that no match ending at the next character can pass: `）` then a
    Chinese character).
    """
    search = pattern.search
    done = 0  # where finditer would go on searching
    for anchor, lo in ends:
        found = search(text, max(lo, done), anchor + 1 + after)
        if found is not None:
            yield found
            done = found.end()


def matches_closing(pattern: re.Pattern[str], text: str, reach: int) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, for a pattern whose every match ends
    at a round closing bracket (`）` or `)`, its only one), at most ``reach`` characters
    after its start, with at most a one-character lookahead after it (see
    :func:`matches_ending_at`): a short search before each bracket."""
    ends = ((close, close - reach) for close in literal_offsets(text, "）", ")"))
    return matches_ending_at(pattern, text, ends, after=1)


def run_start(text: str, index: int, chars: str) -> int:
    """Where the run of ``chars`` that ends just before ``index`` starts."""
    while True:
        lo = max(0, index - 32)
        kept = len(text[lo:index].rstrip(chars))
        if kept or lo == 0:
            return lo + kept
        index = lo


def literal_offsets(text: str, *literals: str) -> Iterator[int]:
    """Offsets of every occurrence of any of ``literals``, ascending (an offset twice
    where two of them start)."""
    found = [offsets for offsets in (list(iter_literal(text, lit)) for lit in literals) if offsets]
    if len(found) <= 1:
        return iter(found[0] if found else ())
    return iter(sorted(chain.from_iterable(found)))


_PERCENT_DIGITS = "0123456789."
# The percentages of the last text asked about, kept with that very text object.
_last_percents: tuple[str, list[tuple[int, int]]] | None = None


def percents_after_de(text: str) -> list[tuple[int, int]]:
    """Each `%` (or `％`) written `的<digits and dots>[\\s]%`, with the offset of its `的`,
    ascending; found once per text (the share rules read them twice)."""
    global _last_percents
    last = _last_percents
    if last is not None and last[0] is text:
        return last[1]
    found = []
    for index in literal_offsets(text, "%", "％"):
        end = index - 1 if index and text[index - 1].isspace() else index
        de = run_start(text, end, _PERCENT_DIGITS) - 1
        if de >= 0 and de != end - 1 and text[de] == "的":
            found.append((index, de))
    _last_percents = (text, found)
    return found


def iter_literal(text: str, literal: str) -> Iterator[int]:
    """Offsets of every occurrence of ``literal``, overlapping ones too, ascending.

    ``str.find`` is the fastest scan for one character; for a longer literal in
    Chinese text (stored two bytes a character) ``re`` is two to three times faster.
    Its pattern matches the first character only, with the rest as a lookahead, so
    that overlapping occurrences (`——` in `———`) are all found, as ``str.find`` from
    the next offset finds them.
    """
    if len(literal) > 1:
        return map(_MATCH_START, _literal_pattern(literal).finditer(text))
    return _find_all(text, literal)


def _find_all(text: str, literal: str) -> Iterator[int]:
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


@lru_cache(maxsize=64)
def _literal_pattern(literal: str) -> re.Pattern[str]:
    """``literal``'s first character, the rest as a lookahead."""
    return re.compile(f"{re.escape(literal[0])}(?={re.escape(literal[1:])})")


def list_goes_on(text: str) -> tuple[bool, bool]:
    """Whether a `二、` follows a full stop (`。二、`, `。 二、`), and whether an inline list
    goes on to a second item (`，二、`) or a third (`；三、`): one scan for each of `二、`
    and `三、`, not one for each of the fifteen strings that end with them."""
    full_stop = goes_on = False
    for needle in ("二、", "三、"):
        find = partial(text.find, needle)
        i = find()
        while i >= 0 and not (goes_on and (full_stop or needle == "三、")):
            before = text[i - 1 : i]  # "" at the text's start
            if before and before in "，,；;：:":
                goes_on = True
            elif needle == "二、" and (
                before == "。" or (before in (" ", "\u3000") and text[i - 2 : i - 1] == "。")
            ):
                full_stop = goes_on = True
            i = find(i + 1)
    return full_stop, goes_on


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for messages."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
