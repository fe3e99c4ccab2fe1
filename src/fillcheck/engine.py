"""Run the selected detectors over a Document and turn their spans into Findings."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from .document import Document
from .finding import Finding, Severity
from .messages.parts import located
from .normalise import VIEW_KEY, view_document
from .registry import Rule
from .suppress import Suppressions


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


# A hit as the engine keeps it until it becomes a Finding: its span, rule code, slot in the
# rule identities, message and suggestion; tuples sort by start, code, end.
Keyed = tuple[int, str, int, int, str, "str | None"]


def _audit(doc: Document, rules: Sequence[Rule], min_severity: Severity) -> list[Finding]:
    keyed: list[Keyed] = []
    identities = []
    seen, view = view_document(doc)
    share = _Shared()
    kept, family = seen.memo_keys(), ""  # computed before the rules: the view, user patterns
    for rule in rules:
        if rule.severity.rank < min_severity.rank:
            continue
        code = rule.code
        if code[:3] != family:  # FC1, FC2 ...: the families share nothing with each other
            seen.forget(*kept)
            family = code[:3]
        identities.append((rule.code, rule.name, rule.category.value, rule.severity.value))
        slot = len(identities) - 1
        hits = rule.check(seen)
        one = share.setdefault()  # str -> the one equal str kept (a bound dict method)
        if view is None:
            keyed.extend(
                (start, code, end, slot, one(message, message), one(suggestion, suggestion))
                for start, end, message, suggestion in hits
            )
        else:
            for hit in hits:
                start, end = view.original_span(hit.start, hit.end)
                keyed.append((start, code, end, slot, one(hit[2], hit[2]), one(hit[3], hit[3])))
    for done in {id(seen): seen, id(doc): doc}.values():
        done.forget(VIEW_KEY)  # what the rules shared is not needed any more
    keyed.sort()  # by start, code, end; ties beyond that are exact repeats
    findings = _to_findings(doc, keyed, identities, share)
    suppressions = Suppressions.parse(doc, rules)  # None, fast, without directives
    if suppressions is not None:
        findings = _suppress(doc, findings, suppressions, identities)
    return findings


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
    slots = {identity[0]: slot for slot, identity in enumerate(identities)}
    meta = [
        (hit.start, code, hit.end, slots[code], hit.message, hit.suggestion)
        for code, hit in suppressions.report(list(slots))
        if code in slots
    ]
    if not meta:
        return findings
    meta.sort()
    extra = _to_findings(doc, meta, identities, _Shared())
    extra = suppressions.filter(extra, doc, on_directives=True)
    return sorted([*findings, *extra], key=_position)


def _position(finding: Finding) -> tuple[int, int, str, int, int]:
    """The order of audit_document's results: start, rule, end."""
    return (finding.line, finding.column, finding.rule, finding.end_line, finding.end_column)


def _to_findings(
    doc: Document, keyed: list[Keyed], identities: list[tuple[str, str, str, str]], share: _Shared
) -> list[Finding]:
    """Turn sorted hits into Findings, dropping exact repeats (same rule and span).

    ``keyed`` is emptied: hits and findings of a large file are not held twice.

    Lines and columns come from one sweep over the sorted starts: the newlines
    between one hit and the next are counted in C (``str.count``), so the work
    is linear in the text whatever the number of hits, and no table of line
    starts is built.

    Equal quoted texts (and messages, see :class:`_Shared`) are one object.
    """
    text, path, size = doc.text, doc.source, len(doc.text)
    anchored = bool(doc.parts)
    findings: list[Finding] = []
    append = findings.append
    last_start, last_code, last_end = -1, "", -1
    line, line_start, swept = 1, 0, 0  # the line holding offset ``swept`` and its start
    keyed.reverse()  # taken from the end, so each hit is freed as its Finding is made
    pop, one = keyed.pop, share.setdefault()
    while keyed:
        start, code, end, slot, message, suggestion = pop()
        if start == last_start and end == last_end and code == last_code:
            continue
        last_start, last_code, last_end = start, code, end
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
        code, name, category, severity = identities[slot]
        if anchored:  # where a reader of the .docx or .pdf finds it
            message = share(located(message, doc.part_at(start)))
        if not len(keyed) & 4095:
            one = share.setdefault()
        span = one(span, span)
        append(
            Finding(path, line, column, code, end_line, end_column, name, category,
                    severity, span, message, suggestion, start, end)
        )  # fmt: skip
    return findings


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    """Count findings per severity name, with every severity present."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    return counts
