"""Inline suppression: ``<!-- fillcheck-... -->`` directives in text, Markdown and HTML.

A directive is an HTML comment written on one line::

    <!-- fillcheck-disable-next-line FC101 -->   the line after the comment's line
    <!-- fillcheck-disable-line FC103 -->        the comment's own line
    <!-- fillcheck-disable FC2 -->               from the end of the comment ...
    <!-- fillcheck-enable -->                    ... to the start of this one
    <!-- fillcheck-disable-file -->              the whole document

Codes are rule codes (``FC101``), code prefixes (``FC2``) or rule names
(``star-masked-value``), separated by spaces or commas; without codes a
directive covers every rule except the FC0xx rules that report on directives
themselves, which only a directive naming them suppresses. Text after a
``--`` separator is a free-form reason. ``disable-next-line`` means the
physical next line, as in markdownlint and ESLint, not the next non-blank
one. A finding is placed by the line and offset where it starts.

Directives are read from the audited text (what ``fillcheck extract``
prints), so lines are its lines. In Markdown, a directive inside a code block
or code span is not read: the reader blanks code before anything sees it.
The HTML reader keeps directive comments on lines of their own, so in HTML
``disable-line`` covers only the comment's line; use the other forms there.
Text extracted from .docx, .pdf, .doc and .wps is never read for directives:
there a directive would be visible text in the document handed in; use the
baseline (:mod:`fillcheck.baseline`) or ``--ignore`` for those files.

The engine reads directives only in documents whose kind is in
:data:`DIRECTIVE_KINDS` and that contain :data:`MARKER`; it asks
:class:`Suppressions` to drop suppressed findings, then for the FC001
(a directive with no effect) and FC002 (an unknown code or directive)
problems.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .document import Document
from .finding import Finding, Hit
from .messages import t
from .registry import Rule

# Kinds of documents that can carry an HTML comment the author wrote.
DIRECTIVE_KINDS = frozenset({"text", "markdown", "html"})
# No directive without this; checking for it first keeps directive-free text fast.
MARKER = "fillcheck-"
UNUSED = "FC001"
INVALID = "FC002"
META_PREFIX = "FC0"

NEXT_LINE, LINE, RANGE, ENABLE, FILE = (
    "disable-next-line", "disable-line", "disable", "enable", "disable-file"
)  # fmt: skip
ACTIONS = (NEXT_LINE, LINE, RANGE, ENABLE, FILE)
# Where each suppressing action applies: the message key for an unused directive.
_WHERE = {
    NEXT_LINE: "where-next-line",
    LINE: "where-line",
    RANGE: "where-range",
    FILE: "where-file",
}

# The start of a directive: `<!--`, optional white space, `fillcheck-`.
OPENING = re.compile(r"<!--\s*fillcheck-")
# A code, prefix or name in a directive: anything between spaces and commas.
TOKEN = re.compile(r"[^\s,，、]+")
# `--` standing alone ends the codes; what follows is the reason.
REASON = re.compile(r"(?:^|\s)--(?:\s|$)")


def catalog(rules: Iterable[Rule] = ()) -> dict[str, str]:
    """Code -> name of every registered rule and of ``rules`` (user rules come this way)."""
    from .registry import all_rules

    table = {rule.code: rule.name for rule in all_rules()}
    table.update((rule.code, rule.name) for rule in rules)
    return table


def expand(token: str, known: dict[str, str]) -> frozenset[str]:
    """The rule codes a directive token names among ``known`` (empty when it names none).

    A token is a code or code prefix (``FC101``, ``FC2``, any case), a rule
    name, or ``ALL``; it matches rules as ``--select`` does. A code in the
    user range (``FC9xx``) is accepted even when no such rule is loaded:
    user rules come from configuration that another run may load.
    """
    upper = token.upper()
    if upper == "ALL":
        return frozenset(code for code in known if not code.startswith(META_PREFIX))
    if re.fullmatch(r"FC\d*", upper):
        codes = frozenset(code for code in known if code.startswith(upper))
        if not codes and re.fullmatch(r"FC9\d{0,2}", upper):
            return frozenset({upper})
        return codes
    return frozenset(code for code, name in known.items() if name == token.lower())


@dataclass
class Directive:
    """One parsed directive: what it does, where it is, and what it covers."""

    action: str
    start: int  # offset of `<!--`
    end: int  # offset just after `-->`
    line: int  # 1-based line of the comment
    text: str  # the comment as written
    tokens: list[tuple[str, frozenset[str]]]  # the valid tokens and the codes each names
    codes: frozenset[str]  # every code it covers
    blanket: bool  # written without codes: every rule but the FC0xx ones
    used: set[str] = field(default_factory=set)  # codes it suppressed or re-enabled


@dataclass
class Suppressions:
    """The directives of one document and the scopes they cover."""

    directives: list[Directive]
    problems: list[tuple[str, Hit]]  # FC002 hits found while parsing
    file_scopes: list[Directive] = field(default_factory=list)
    line_scopes: dict[int, list[Directive]] = field(default_factory=dict)
    # code -> [(start offset, end offset, directive)] of disable ... enable ranges
    ranges: dict[str, list[tuple[int, int, Directive]]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)  # where each directive starts

    @classmethod
    def parse(cls, doc: Document, rules: Iterable[Rule] = ()) -> Suppressions | None:
        """The suppressions of ``doc``, or None when it can hold none or holds none.

        Codes in directives are checked against the registered rules and ``rules``.
        """
        if doc.kind not in DIRECTIVE_KINDS or MARKER not in doc.text:
            return None
        directives, problems = _parse_all(doc, catalog(rules))
        if not directives and not problems:
            return None
        result = cls(directives, problems)
        result._build_scopes(doc)
        return result

    def _build_scopes(self, doc: Document) -> None:
        """Place every directive in the file, line or range scopes it covers."""
        self.starts = [directive.start for directive in self.directives]
        last_line = len(doc.line_starts)
        open_ranges: dict[str, list[Directive]] = {}
        for directive in self.directives:
            if directive.action == FILE:
                self.file_scopes.append(directive)
            elif directive.action == LINE:
                self.line_scopes.setdefault(directive.line, []).append(directive)
            elif directive.action == NEXT_LINE and directive.line < last_line:
                self.line_scopes.setdefault(directive.line + 1, []).append(directive)
            elif directive.action == RANGE:
                for code in directive.codes:
                    open_ranges.setdefault(code, []).append(directive)
            elif directive.action == ENABLE:
                self._close(open_ranges, directive, directive.start)
        for code, openers in open_ranges.items():  # a range never re-enabled runs to the end
            for opener in openers:
                self._add_range(code, opener, len(doc.text))

    def _close(self, open_ranges: dict[str, list[Directive]], enable: Directive, at: int) -> None:
        """End the open ranges of the codes ``enable`` names (all, when it names none)."""
        codes = list(open_ranges) if enable.blanket else enable.codes
        for code in codes:
            for opener in open_ranges.pop(code, ()):
                self._add_range(code, opener, at)
                enable.used.add(code)

    def _add_range(self, code: str, opener: Directive, end: int) -> None:
        self.ranges.setdefault(code, []).append((opener.end, end, opener))

    def covering(self, code: str, line: int, offset: int) -> list[Directive]:
        """The directives that suppress ``code`` at ``line`` and ``offset``."""
        found = [d for d in self.file_scopes if code in d.codes]
        found += [d for d in self.line_scopes.get(line, ()) if code in d.codes]
        found += [d for start, end, d in self.ranges.get(code, ()) if start <= offset < end]
        return found

    def inside_directive(self, offset: int) -> bool:
        """True when ``offset`` falls inside a directive's comment (its reason, say)."""
        index = bisect_right(self.starts, offset) - 1  # directives are in text order
        return index >= 0 and offset < self.directives[index].end

    def filter(
        self, findings: Iterable[Finding], doc: Document, *, on_directives: bool = False
    ) -> list[Finding]:
        """The findings no directive suppresses; each directive records what it suppressed.

        Findings inside a directive comment are dropped too, since the comment
        is not part of the document's prose, unless ``on_directives`` says the
        findings are about the directives themselves.
        """
        # Most findings are on no directive's line and in no directive's scope:
        # settle those with set lookups before computing anything.
        file_codes = frozenset().union(*(d.codes for d in self.file_scopes))
        lines, ranges = self.line_scopes, self.ranges
        directive_lines = frozenset(d.line for d in self.directives)
        kept = []
        for finding in findings:
            code, line = finding.rule, finding.line
            if (
                code not in file_codes
                and code not in ranges
                and line not in lines
                and line not in directive_lines
            ):
                kept.append(finding)
                continue
            offset = doc.offset(line, finding.column)
            if not on_directives and self.inside_directive(offset):
                continue
            covering = self.covering(code, line, offset)
            for directive in covering:
                directive.used.add(code)
            if not covering:
                kept.append(finding)
        return kept

    def report(self, ran: Sequence[str]) -> list[tuple[str, Hit]]:
        """FC002 problems, and FC001 for directives with no effect, as (code, Hit) pairs.

        ``ran`` are the codes of the rules this run checked: a directive is
        judged unused only for codes that ran, so a directive for FC101 in a
        run of FC2 alone is not reported. A directive without codes is judged
        against every rule that ran. ``enable`` is judged whatever ran: it
        re-enables nothing when none of its codes is disabled there.
        """
        ordinary = frozenset(code for code in ran if not code.startswith(META_PREFIX))
        hits = list(self.problems)
        for directive in self.directives:
            unused = _unused_tokens(directive, ordinary)
            if unused is not None:
                hits.append((UNUSED, _unused_hit(directive, unused)))
        return hits


def _unused_tokens(directive: Directive, ordinary: frozenset[str]) -> list[str] | None:
    """The tokens of ``directive`` that had no effect ([] for a blanket one), or None."""
    if directive.action == ENABLE:
        if directive.blanket:
            return [] if not directive.used else None
        unused = [token for token, codes in directive.tokens if not codes & directive.used]
        return unused or None
    if directive.blanket:
        return [] if not directive.used else None
    unused = [
        token
        for token, codes in directive.tokens
        if codes & ordinary and not codes & directive.used
    ]
    return unused or None


def _unused_hit(directive: Directive, tokens: list[str]) -> Hit:
    """The FC001 hit for a directive whose ``tokens`` (all, when empty) had no effect."""
    shown = f"`fillcheck-{directive.action}`"
    names = ", ".join(tokens)
    if directive.action == ENABLE:
        key = "enables-nothing" + ("" if not tokens else "-one" if len(tokens) == 1 else "-many")
        message = t(key, directive=shown, names=names)
    else:
        key = "suppresses-nothing-named" if tokens else "suppresses-nothing"
        message = t(key, directive=shown, names=names, where=t(_WHERE[directive.action]))
    partial = tokens and len(tokens) < len(directive.tokens)
    suggestion = t("remove-codes", names=names) if partial else t("delete-directive")
    return Hit(directive.start, directive.end, message, suggestion)


def _parse_all(
    doc: Document, known: dict[str, str]
) -> tuple[list[Directive], list[tuple[str, Hit]]]:
    """Every directive in ``doc`` in order, and the FC002 problems met on the way."""
    text = doc.text
    directives: list[Directive] = []
    problems: list[tuple[str, Hit]] = []
    for match in OPENING.finditer(text):
        start = match.start()
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        close = text.find("-->", match.end(), line_end)
        if "\n" in match.group() or close < 0:
            problems.append((INVALID, Hit(start, line_end, t("directive-one-line"), None)))
            continue
        directive = _parse_one(doc, (start, match.end(), close), known, problems)
        if directive is not None:
            directives.append(directive)
    return directives, problems


def _parse_one(
    doc: Document,
    where: tuple[int, int, int],
    known: dict[str, str],
    problems: list[tuple[str, Hit]],
) -> Directive | None:
    """Parse the directive at ``where``: offsets of `<!--`, of its action and of `-->`."""
    start, body_start, close = where
    text = doc.text
    end = close + 3
    comment = text[start:end]
    action_match = re.match(r"\S*", text[body_start:close])
    action = action_match.group() if action_match else ""
    if action not in ACTIONS:
        message = t("unknown-directive", action=action, expected=", ".join(ACTIONS))
        problems.append((INVALID, Hit(start, end, message, t("fix-directive"))))
        return None
    rest_start = body_start + len(action)
    rest = text[rest_start:close]
    reason = REASON.search(rest)
    if reason is not None:
        rest = rest[: reason.start()]
    found = list(TOKEN.finditer(rest))
    blanket = not found  # written without codes
    tokens: list[tuple[str, frozenset[str]]] = []
    for token in found:
        codes = expand(token.group(), known)
        if token.group().upper() == "ALL":
            blanket = True
        elif codes:
            tokens.append((token.group(), codes))
        else:
            span = (rest_start + token.start(), rest_start + token.end())
            message = t("unknown-rule-in-directive", token=token.group(), action=action)
            problems.append((INVALID, Hit(*span, message, t("see-rules"))))
    codes = frozenset().union(*(c for _, c in tokens))
    if blanket:
        codes |= expand("ALL", known)
    line = doc.position(start)[0]
    return Directive(action, start, end, line, comment, tokens, codes, blanket)
