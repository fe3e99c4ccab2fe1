"""Run the selected detectors over a Document and turn their spans into Findings."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING

from .document import Document
from .finding import Finding, Severity
from .messages.parts import located
from .normalise import VIEW_KEY, view_document
from .recache import grouped
from .registry import Rule
from .scan import SHARED

if TYPE_CHECKING:
    from .suppress import Suppressions

# fillcheck.suppress.MARKER: a document without it holds no directive, and the module
# (imported only then) is not loaded for it
MARKER = "fillcheck-"


def audit_document(
    doc: Document,
    rules: Sequence[Rule],
    *,
    min_severity: Severity = Severity.INFO,
) -> list[Finding]:
    """Return the findings of ``rules`` on ``doc``, sorted by position then rule code.

    Findings suppressed by ``<!-- fillcheck-... -->`` directives are left out
    (text, Markdown and HTML documents only; see :mod:`fillcheck.suppress`).

    Detectors match on the normalised view of the text (see
    :mod:`fillcheck.normalise`); their spans are mapped back, so findings point
    into the original text and quote it, invisible characters included.

    Hits are sorted as plain (start, code, end) tuples before any Finding is
    built: comparing dataclasses field by field is several times slower, and a
    scraped corpus can hold a finding every few hundred characters.
    """
    with paused_gc():
        return _audit(doc, rules, min_severity)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for the duration (restored after, also on errors).

    An audit allocates hundreds of thousands of small tuples and no cycles; each
    collection the allocations trigger walks them all again (10-20% of the time
    on dense text). Reference counting still frees everything as it goes.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _audit(doc: Document, rules: Sequence[Rule], min_severity: Severity) -> list[Finding]:
    seen, view = view_document(doc)
    share = _Shared()
    running = [rule for rule in rules if rule.severity.rank >= min_severity.rank]
    hits = _Hits(len(doc.text), [rule.code for rule in running])
    identities = []
    kept, family = seen.memo_keys(), ""  # computed before the rules: the view, user patterns
    patterns = nullcontext()
    for rule in running:
        code = rule.code
        if code[:3] != family:  # FC1, FC2 ...: the families share only the trigger scan
            seen.forget(*kept, *(key for key in seen.memo_keys() if key.startswith(SHARED)))
            family = code[:3]
            patterns.__exit__(None, None, None)
            patterns = grouped(rule.check.__module__.rpartition(".")[2])
            patterns.__enter__()  # what the family compiles as it runs is cached with it
        identities.append((rule.code, rule.name, rule.category.value, rule.severity.value))
        found = rule.check(seen)
        if view is not None:
            found = [(*view.original_span(hit[0], hit[1]), hit[2], hit[3]) for hit in found]
        hits.add(found, code, share.setdefault())
    patterns.__exit__(None, None, None)
    for done in {id(seen): seen, id(doc): doc}.values():
        done.forget(VIEW_KEY)  # what the rules shared is not needed any more
    findings = _to_findings(doc, hits, identities, share)
    if MARKER in doc.text:
        from .suppress import Suppressions

        suppressions = Suppressions.parse(doc, rules)  # None without directives
        if suppressions is not None:
            findings = _suppress(doc, findings, suppressions, identities)
    return findings


_INDEX_BITS = 32  # the low bits of a hit's key: its row in _Hits.messages


class _Hits:
    """The hits of one document until they become Findings, in little memory.

    A dense scraped file holds a hit every few hundred characters, and the hits of
    the families already run are held while the next runs: a tuple per hit (span,
    rule, message, suggestion) took 160 bytes. Here a hit is one int, which sorts
    as (start, rule code, end) and then by the order hits were added, plus its
    message and suggestion in two lists (the strings themselves are shared).
    """

    __slots__ = ("codes", "keys", "length", "messages", "rank", "suggestions")

    def __init__(self, size: int, codes: Sequence[str]) -> None:
        self.length = size + 1  # an end is at most the text's length
        self.codes = sorted(set(codes))
        self.rank = {code: index for index, code in enumerate(self.codes)}
        self.keys: list[int] = []
        self.messages: list[str] = []
        self.suggestions: list[str | None] = []

    def add(
        self, found: Iterable[tuple[int, int, str, str | None]], code: str,
        one: Callable[[str | None, str | None], str | None],
    ) -> None:  # fmt: skip
        """Add a rule's hits (``one`` keeps one object for equal strings)."""
        found = found if isinstance(found, list) else list(found)
        if not found:
            return
        rank, length, rules, first = self.rank[code], self.length, len(self.codes), len(self.keys)
        if first + len(found) >= 1 << _INDEX_BITS:
            raise ValueError("more hits in one document than fillcheck can hold")
        self.keys.extend(
            (((hit[0] * rules + rank) * length + hit[1]) << _INDEX_BITS) | index
            for index, hit in enumerate(found, first)
        )
        self.messages.extend([one(hit[2], hit[2]) for hit in found])
        self.suggestions.extend([one(hit[3], hit[3]) for hit in found])

    def sorted_rows(self) -> Iterator[tuple[int, str, int, int]]:
        """(start, code, end, row) of every hit, by start, code, end, then as added; the
        keys are freed as they are read."""
        keys, mask = self.keys, (1 << _INDEX_BITS) - 1
        rules, length, codes = len(self.codes), self.length, self.codes
        keys.sort(reverse=True)  # taken from the end, so each is freed as it is read
        pop = keys.pop
        while keys:
            key = pop()
            rest, end = divmod(key >> _INDEX_BITS, length)
            start, rank = divmod(rest, rules)
            yield start, codes[rank], end, key & mask


class _Shared:
    """One object for equal strings: a large scraped file repeats the same few hundred
    messages and quoted texts in hundreds of thousands of findings, which then take half
    the memory. Holds at most ``limit`` different strings (then starts again)."""

    __slots__ = ("_strings",)

    def __init__(self) -> None:
        self._strings: dict[str | None, str | None] = {}

    def __call__(self, value: str | None, limit: int = 1 << 16) -> str | None:
        strings = self._strings
        if len(strings) > limit:
            strings.clear()
        return strings.setdefault(value, value)

    def setdefault(self, limit: int = 1 << 16) -> Callable[[str | None, str | None], str | None]:
        """The strings' ``dict.setdefault`` (``one(value, value)`` is ``self(value)`` without
        a call of Python code per value), emptied first when it holds over ``limit``: call
        it again every few thousand values (per rule, per chunk of findings)."""
        if len(self._strings) > limit:
            self._strings.clear()
        return self._strings.setdefault


def _suppress(
    doc: Document,
    findings: list[Finding],
    suppressions: Suppressions,
    identities: list[tuple[str, str, str, str]],
) -> list[Finding]:
    """Drop suppressed findings, then add the FC0xx findings on the directives themselves.

    The FC0xx findings are made only for FC0xx rules that ran, and only a
    directive naming them suppresses them.
    """
    findings = suppressions.filter(findings, doc)
    codes = [identity[0] for identity in identities]
    meta = _Hits(len(doc.text), codes)
    one = _Shared().setdefault()
    for code, hit in suppressions.report(codes):
        if code in meta.rank:
            meta.add([hit], code, one)
    if not meta.keys:
        return findings
    extra = _to_findings(doc, meta, identities, _Shared())
    extra = suppressions.filter(extra, doc, on_directives=True)
    return sorted([*findings, *extra], key=_position)


def _position(finding: Finding) -> tuple[int, int, str, int, int]:
    """The order of audit_document's results: start, rule, end."""
    return (finding.line, finding.column, finding.rule, finding.end_line, finding.end_column)


def _to_findings(
    doc: Document, hits: _Hits, identities: list[tuple[str, str, str, str]], share: _Shared
) -> list[Finding]:
    """Turn the hits into Findings sorted by start, rule code and end, dropping exact
    repeats (same rule and span: the one with the least message is kept).

    Lines and columns come from one sweep over the sorted starts: the newlines
    between one hit and the next are counted in C (``str.count``), so the work
    is linear in the text whatever the number of hits, and no table of line
    starts is built.

    Equal quoted texts (and messages, see :class:`_Shared`) are one object.
    """
    text, path, size = doc.text, doc.source, len(doc.text)
    anchored = bool(doc.parts)
    identity = {entry[0]: entry for entry in identities}
    messages, suggestions = hits.messages, hits.suggestions
    findings: list[Finding] = []
    append = findings.append
    last_start, last_code, last_end = -1, "", -1
    line, line_start, swept = 1, 0, 0  # the line holding offset ``swept`` and its start
    one, made, kept = share.setdefault(), 0, ("", None)
    for start, code, end, row in hits.sorted_rows():
        message, suggestion = messages[row], suggestions[row]
        if start == last_start and end == last_end and code == last_code:
            if (message, suggestion) < kept:  # of exact repeats, the least message is kept
                kept = (message, suggestion)
                findings[-1] = _reworded(findings[-1], doc, kept, share)
            continue
        last_start, last_code, last_end = start, code, end
        kept = (message, suggestion)
        if not 0 <= start < end <= size:
            raise ValueError(f"{code} produced an invalid span {start}..{end}")
        newlines = text.count("\n", swept, start)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", swept, start) + 1
        swept = start
        span = text[start:end]
        column = start - line_start + 1
        inside = span.count("\n")
        if inside:  # a span over several lines
            end_line, end_column = line + inside, end - (start + span.rfind("\n") + 1) + 1
        else:
            end_line, end_column = line, column + len(span)
        code, name, category, severity = identity[code]
        if anchored:  # where a reader of the .docx or .pdf finds it
            message = share(located(message, doc.part_at(start)))
        made += 1
        if not made & 4095:
            one = share.setdefault()
        span = one(span, span)
        append(
            Finding(path, line, column, code, end_line, end_column, name, category,
                    severity, span, message, suggestion, start, end)
        )  # fmt: skip
    return findings


def _reworded(
    finding: Finding, doc: Document, words: tuple[str, str | None], share: _Shared
) -> Finding:
    """``finding`` with the message and suggestion ``words`` (located as _to_findings does)."""
    message, suggestion = words
    if doc.parts:
        message = share(located(message, doc.part_at(finding.start)))
    return finding._replace(message=message, suggestion=suggestion)


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    """Count findings per severity name, with every severity present."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    return counts
