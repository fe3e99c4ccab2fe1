"""The trigger scan: every offset where one of a set of literals starts, in one pass.

Detectors anchor their patterns on short literals (see
:mod:`fillcheck.detectors._anchors`); they ask this module where those start
instead of scanning the text themselves, then do Python work only at those
candidates.

**Shared per document.** A family declares its literals once, when its module
is imported, and asks for their starts in each document::

    from ..scan import declare, starts

    TRIGGERS = declare("fc3-counts", ("名", "人", "项", "个"))  # sorted, de-duplicated

    def my_rule(doc):
        text = doc.text
        for at in starts(doc, TRIGGERS):  # ascending; overlapping starts too
            ...  # text.startswith(TRIGGERS, at) is true here; see literals_at()

The first :func:`starts` call on a document scans it once for the literals of
every declared set together and keeps the result with the document (see
:meth:`Document.memo`); each set's starts are then picked from it, by the
character at each start and ``str.startswith`` (both in C), also kept with the
document. Literals never declared are scanned on their own
(:func:`literal_starts`), with the same results. Declare literals that start
with characters rare in the texts audited: the shared scan stops at every
start of every declared literal, so one very common character (``是``, a
digit) makes every family pay for it; such a family is better off scanning
for its own literals with :func:`literal_starts`.

**Two backends** give identical results (the detector tests run under each):

* ``re``: one alternation of the literals. Every branch starts with a literal,
  so ``re`` skips in C over text that holds none of their first characters.
* ``hyperscan`` (``pip install 'fillcheck[fast]'``): Intel's multi-pattern
  matcher, about 1.4x ripgrep's time on the trigger set where ``re`` takes 2x.
  It matches bytes, so the text is scanned as UTF-32 in slices (a character is
  then four bytes, and a match at an offset not divisible by four is a false
  one across two characters).

Loading hyperscan costs tens of milliseconds, more than ``re`` needs for a small
file, so hyperscan (when it can be imported) scans texts of a megabyte or more and
``re`` the others; the environment variable ``FILLCHECK_SCAN`` (``re`` or
``hyperscan``) forces one for every text. Its compiled databases are stored beside
the compiled patterns (:mod:`fillcheck.recache`), so a run compiles them only once.
"""

from __future__ import annotations

import os
import re
import zlib
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .patterns import alternation

if TYPE_CHECKING:
    from .document import Document

BACKENDS = ("re", "hyperscan")
_SLICE = 1 << 16  # characters encoded at a time by the hyperscan backend
NATIVE_FROM = 1 << 20  # characters from which hyperscan is worth loading
_DENSE = 32  # one start in fewer characters than this: re is faster than hyperscan


class ReScan:
    """Where the literals start, found with one ``re`` alternation."""

    def __init__(self, literals: Sequence[str]) -> None:
        # One branch per first character (see fillcheck.patterns.alternation): where a
        # first character stands but no literal starts (most stops of the scan), ``re``
        # tries one branch per first character rather than one per literal (a third
        # faster for the FC2 anchors). The pattern is the same in every process (its
        # compiled code can be reused from the cache, see fillcheck.recache).
        self.pattern = re.compile(alternation(literals))

    def starts(self, text: str, pos: int = 0) -> tuple[int, ...]:
        """Every offset from ``pos`` on where a literal starts, ascending (overlapping
        occurrences too)."""
        positions = []
        search = self.pattern.search
        match = search(text, pos)
        while match:
            start = match.start()
            positions.append(start)
            match = search(text, start + 1)
        return tuple(positions)


def _stored_database(hyperscan, expressions: list[bytes]):
    """The block-mode database of ``expressions``, read from the pattern cache's folder
    when an earlier run stored it (compiling one takes tens of milliseconds), else
    compiled and stored there. A file hyperscan does not accept (another version, another
    processor, a damaged file) is compiled again and replaced; no folder, no storing."""
    from .recache import cache_file

    where = cache_file()
    version = str(getattr(hyperscan, "__version__", "")).encode()
    key = zlib.crc32(b"\n".join([version, *expressions]))
    path = None if where is None else where.with_name(f"hs-{len(expressions)}-{key:08x}.db")
    if path is not None:
        try:
            return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
        except Exception:  # absent, foreign or damaged: compile as usual
            pass
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=expressions,
        ids=list(range(len(expressions))),
        elements=len(expressions),
        flags=[0] * len(expressions),
    )
    if path is not None:
        spare = path.with_name(f"{path.name}.{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            spare.write_bytes(hyperscan.dumpb(database))
            os.replace(spare, path)  # whole or absent, for a run reading it meanwhile
        except OSError:
            spare.unlink(missing_ok=True)  # a folder that cannot be written: compile each run
    return database


class HyperscanScan:
    """Where the literals start, found with hyperscan over the UTF-32 text.

    Every pattern is a literal, so a match's start is its end less the literal's
    length: hyperscan is asked for ends only (tracking starts makes it compile
    and scan slower).
    """

    def __init__(self, literals: Sequence[str]) -> None:
        import hyperscan

        unique = sorted(set(literals))
        self.longest = max(map(len, unique))
        self.widths = [4 * len(literal) for literal in unique]  # bytes of UTF-32
        expressions = [
            "".join(f"\\x{byte:02x}" for byte in literal.encode("utf-32-le")).encode("ascii")
            for literal in unique
        ]
        self.database = _stored_database(hyperscan, expressions)
        self.scratch = hyperscan.Scratch(self.database)
        self.literals = tuple(unique)

    def starts(self, text: str) -> tuple[int, ...]:
        """Every offset where a literal starts, ascending (overlapping occurrences too).

        Each match costs a call of Python code, more than ``re`` spends on one: when
        a slice of the text holds more than one start in ``_DENSE`` characters, the
        rest of the text is scanned with ``re`` (same results, found faster there).
        """
        found: list[int] = []
        widths = self.widths
        for offset in range(0, len(text), _SLICE):
            if len(found) * _DENSE > offset:
                found.extend(_scanner(self.literals, "re").starts(text, offset))
                break
            # Overlap the next slice by a literal's length, keep starts inside this one.
            data = text[offset : offset + _SLICE + self.longest - 1].encode("utf-32-le")
            limit = min(_SLICE, len(text) - offset) * 4

            def hit(
                pattern: int, _start: int, end: int, _flags: int, _context: object,
                offset: int = offset, limit: int = limit,
            ) -> None:  # fmt: skip
                start = end - widths[pattern]
                if start % 4 == 0 and start < limit:
                    found.append(offset + start // 4)

            self.database.scan(data, match_event_handler=hit, scratch=self.scratch)
        return tuple(sorted(set(found)))


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    """The backends that can run here."""
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return ("re",)
    return BACKENDS


def backend(size: int | None = None) -> str:
    """The backend for a text of ``size`` characters (None: any size): ``FILLCHECK_SCAN``
    when set, else hyperscan for large texts when it can be imported, else ``re``."""
    chosen = os.environ.get("FILLCHECK_SCAN", "").strip().lower()
    if chosen in BACKENDS:
        return chosen
    if size is not None and size < NATIVE_FROM:
        return "re"
    return "hyperscan" if "hyperscan" in available() else "re"


@lru_cache(maxsize=32)
def _scanner(literals: tuple[str, ...], name: str) -> ReScan | HyperscanScan:
    if name == "hyperscan":
        return HyperscanScan(literals)
    return ReScan(literals)


# Literals with at most this many first characters are found with ``str.find``, one first
# character at a time, rather than with a ``re`` alternation (measured: 3 first
# characters 3x faster, 44 about 2x slower).
_FEW_FIRSTS = 8


def literal_starts(text: str, literals: tuple[str, ...]) -> tuple[int, ...]:
    """Every offset of ``text`` where one of ``literals`` starts, ascending."""
    name = backend(len(text))
    if name == "re" and len(_by_first(literals)) <= _FEW_FIRSTS:
        return _find_starts(text, literals)
    return _scanner(literals, name).starts(text)


# Every declared set, by name, and the union the shared scan looks for.
_DECLARED: dict[str, tuple[str, ...]] = {}
_UNION: list[tuple[str, ...]] = [()]


def declare(name: str, literals: Iterable[str]) -> tuple[str, ...]:
    """Add ``literals`` to the shared per-document scan under ``name``; return them sorted
    and without repeats, the tuple to pass to :func:`starts`.

    Declaring the same name again replaces its literals (a module reloaded).
    ValueError for an empty literal or an empty set.
    """
    unique = tuple(sorted(set(literals)))
    if not unique or "" in unique:
        raise ValueError(f"trigger set {name!r} needs non-empty literals")
    _DECLARED[name] = unique
    _UNION[0] = tuple(sorted({literal for group in _DECLARED.values() for literal in group}))
    return unique


def declared() -> dict[str, tuple[str, ...]]:
    """The declared sets by name (a copy)."""
    return dict(_DECLARED)


def starts(doc: Document, literals: tuple[str, ...]) -> tuple[int, ...]:
    """Every offset of ``doc.text`` where one of ``literals`` starts, ascending (overlapping
    occurrences too); computed once per document and set of literals.

    Taken from the document's one scan for every declared literal when ``literals``
    were declared (:func:`declare`), else from a scan of their own.
    """
    union = _UNION[0]
    return doc.memo(f"scan:{hash(literals)}:{hash(union)}", lambda: _starts(doc, literals, union))


def _starts(doc: Document, literals: tuple[str, ...], union: tuple[str, ...]) -> tuple[int, ...]:
    text = doc.text
    if not literals:
        return ()
    if not set(literals) <= set(union):
        return literal_starts(text, literals)
    every = doc.memo(_union_key(union), lambda: _union_array(text, union))
    if len(literals) == len(union):
        return tuple(every)
    by_first = _by_first(literals)
    return tuple(
        at for at in every if (firsts := by_first.get(text[at])) and text.startswith(firsts, at)
    )


@lru_cache(maxsize=64)
def _by_first(literals: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The literals grouped by their first character."""
    groups: dict[str, list[str]] = {}
    for literal in literals:
        groups.setdefault(literal[0], []).append(literal)
    return {first: tuple(group) for first, group in groups.items()}


def literals_at(text: str, at: int, literals: tuple[str, ...]) -> tuple[str, ...]:
    """Which of ``literals`` start at offset ``at`` of ``text``, longest first."""
    found = [literal for literal in _by_first(literals).get(text[at : at + 1], ())
             if text.startswith(literal, at)]  # fmt: skip
    return tuple(sorted(found, key=len, reverse=True))


def split_starts(doc: Document) -> None:
    """Pick the starts of every declared set from the document's one scan in one pass over
    it, and keep each where :func:`starts` finds it (instead of one pass per set).

    Families that declare several sets call this before :func:`starts`; the result is
    the same with or without it.
    """
    union = _UNION[0]
    if union:
        doc.memo(f"scan-split:{hash(union)}", lambda: _split(doc, union))


def _split(doc: Document, union: tuple[str, ...]) -> bool:
    text = doc.text
    every = doc.memo(_union_key(union), lambda: _union_array(text, union))
    groups = list(dict.fromkeys(_DECLARED.values()))
    found: list[list[int]] = [[] for _ in groups]
    # first character -> (a set's starts, its literals with that first character, or None
    # when one of them is that character alone: every start there is the set's)
    by_char: dict[str, list[tuple[list[int], tuple[str, ...] | None]]] = {}
    for group, positions in zip(groups, found, strict=True):
        for first, literals in _by_first(group).items():
            by_char.setdefault(first, []).append(
                (positions, None if first in literals else literals)
            )
    for at in every:
        for positions, literals in by_char[text[at]]:
            if literals is None or text.startswith(literals, at):
                positions.append(at)
    for group, positions in zip(groups, found, strict=True):
        key = f"scan:{hash(group)}:{hash(union)}"
        doc.memo(key, lambda positions=positions: tuple(positions))
    return True


def declared_starts(doc: Document, literals: tuple[str, ...]) -> tuple[int, ...]:
    """As :func:`starts`, with every declared set split from the document's scan at once
    (:func:`split_starts`): for families that declare several sets."""
    split_starts(doc)
    return starts(doc, literals)


# Memo keys under this prefix outlive a family of rules (the engine forgets the others
# between families): values every family may ask for, computed once per document.
SHARED = "shared:"


def _union_key(union: tuple[str, ...]) -> str:
    return f"{SHARED}scan:{hash(union)}"


def _union_array(text: str, union: tuple[str, ...]) -> Sequence[int]:
    """The starts of every declared literal, kept for every family as 8-byte integers."""
    return array("q", _union_starts(text, union))


def _union_starts(text: str, literals: tuple[str, ...]) -> tuple[int, ...]:
    """As :func:`literal_starts`, with ``re`` (one branch per first character, see
    :class:`ReScan`) however many first characters the literals have: faster than
    ``str.find`` one first character at a time, on small texts and large (the union
    of a 5 MB text: 0.027 s against 0.034 s)."""
    name = backend(len(text))
    if name != "re":
        return literal_starts(text, literals)
    return _scanner(literals, name).starts(text)


def _find_starts(text: str, literals: tuple[str, ...]) -> tuple[int, ...]:
    """Every offset where one of ``literals`` starts, found with ``str.find``."""
    found: list[int] = []
    find, startswith = text.find, text.startswith
    for first, group in _by_first(literals).items():
        at = find(first)
        if first in group:  # the character alone is a literal: every occurrence starts one
            while at >= 0:
                found.append(at)
                at = find(first, at + 1)
            continue
        while at >= 0:
            if startswith(group, at):
                found.append(at)
            at = find(first, at + 1)
    found.sort()
    return tuple(found)
