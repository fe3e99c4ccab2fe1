"""Fixes: edits that remove what a finding reports, shared by ``check --fix`` and the server.

A :class:`Fix` is a set of non-overlapping :class:`Edit`\\ s in character
offsets of the text a finding was made on, marked safe or unsafe as in ruff:
``--fix`` applies safe fixes, ``--unsafe-fixes`` adds the rest. Fixers are
looked up by rule code in :data:`FIXERS`; a family registers its own with
:func:`register_fixer`::

    @register_fixer("FC501")
    def _space_in_number_unit(context: FixContext, finding: Finding) -> Fix | None:
        start, end = context.span(finding)
        return Fix.of(finding, "remove the space", [Edit(start, end, "")], safe=True)

A fixer sees only the finding and the text, changes nothing outside the
finding's span (or the whole line it deletes), and returns None when it is not
sure what to do. Placeholders have no fixer: there is no value to fill in.

:func:`fix_text` applies fixes and audits again until nothing changes, so
fixing a fixed text changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..document import Document
from ..finding import Finding


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement`` (character offsets)."""

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True)
class Fix:
    """The edits that fix one finding, what they do, and whether they are safe."""

    rule: str
    title: str
    edits: tuple[Edit, ...]
    safe: bool

    @classmethod
    def of(cls, finding: Finding, title: str, edits: Iterable[Edit], *, safe: bool) -> Fix:
        """A fix for ``finding`` with its edits sorted."""
        return cls(finding.rule, title, tuple(sorted(edits)), safe)


@dataclass
class FixContext:
    """What a fixer may look at: the source text and every finding made on it.

    ``text`` is the source (what gets edited); ``doc`` is the audited text,
    which has the same length and offsets for plain text and Markdown
    (Markdown code is blanked there, never in ``text``).
    """

    text: str
    doc: Document
    findings: Sequence[Finding]
    _memo: dict[str, object] = field(default_factory=dict)

    def span(self, finding: Finding) -> tuple[int, int]:
        """The character offsets of ``finding`` in the text."""
        doc = self.doc
        return (
            doc.offset(finding.line, finding.column),
            doc.offset(finding.end_line, finding.end_column),
        )

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of 1-based ``line``: its start, and just after its newline (or the end)."""
        starts = self.doc.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return start, end

    def memo(self, key: str, compute: Callable[[], object]) -> object:
        """Compute a value once per context (shared by the fixers of one family)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


Fixer = Callable[[FixContext, Finding], "Fix | None"]
# rule code -> the function that fixes its findings
FIXERS: dict[str, Fixer] = {}


def register_fixer(*codes: str) -> Callable[[Fixer], Fixer]:
    """Register a fixer for the findings of each rule in ``codes``."""

    def decorator(function: Fixer) -> Fixer:
        for code in codes:
            if code in FIXERS:
                raise ValueError(f"a fixer for {code} is already registered")
            FIXERS[code] = function
        return function

    return decorator


def _load_fixers() -> None:
    """Import the modules that register fixers (kept out of ``check``'s start-up)."""
    from . import formatting, residue  # noqa: F401


def fix_for(context: FixContext, finding: Finding) -> Fix | None:
    """The fix for ``finding``, or None when its rule has no fixer or the fixer is unsure."""
    _load_fixers()
    fixer = FIXERS.get(finding.rule)
    return fixer(context, finding) if fixer is not None else None


def fixable_rules() -> frozenset[str]:
    """The codes of the rules that have a fixer."""
    _load_fixers()
    return frozenset(FIXERS)


@dataclass
class Plan:
    """The fixes chosen for one pass: the edits to apply and what was left out."""

    edits: list[Edit]
    fixed: int  # findings whose fix is among the edits
    held_back: int  # unsafe fixes left out because unsafe fixes were not asked for
    unplaced: int = 0  # fixes that could not be placed in the source


# Maps a fix's edits from the audited text to the source, or None where it cannot.
Translate = Callable[[Fix], "Fix | None"]


def plan(context: FixContext, *, unsafe: bool = False, translate: Translate | None = None) -> Plan:
    """Choose the fixes to apply in one pass: no two may overlap.

    Fixes are taken in text order; one whose edits overlap an edit already
    taken waits for the next pass, except that fixes with identical edits
    (two findings on one residue line that both delete the line) merge.
    ``translate`` moves each fix into the source's offsets (HTML); a fix it
    cannot place is counted in ``unplaced`` and left out.
    """
    fixes = []
    unplaced = 0
    for finding in context.findings:
        fix = fix_for(context, finding)
        if fix is not None and translate is not None:
            fix = translate(fix)
            unplaced += fix is None
        if fix is not None:
            fixes.append(fix)
    fixes.sort(key=lambda fix: fix.edits[0] if fix.edits else Edit(0, 0))
    taken: dict[Edit, None] = {}
    fixed = held_back = 0
    for fix in fixes:
        if not fix.safe and not unsafe:
            held_back += 1
            continue
        if all(edit in taken for edit in fix.edits):
            fixed += 1
            continue
        if any(_overlaps(edit, other) for edit in fix.edits for other in taken):
            continue
        taken.update(dict.fromkeys(fix.edits))
        fixed += 1
    return Plan(sorted(taken), fixed, held_back, unplaced)


def _overlaps(a: Edit, b: Edit) -> bool:
    """True when two edits touch the same characters (or insert at the same place)."""
    if a == b:
        return False
    return (a.start < b.end and b.start < a.end) or (a.start == b.start and a.end == b.end)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with ``edits`` (sorted, non-overlapping) applied."""
    pieces = []
    last = 0
    for edit in sorted(edits):
        pieces.append(text[last : edit.start])
        pieces.append(edit.replacement)
        last = edit.end
    pieces.append(text[last:])
    return "".join(pieces)


# What audits a text: source text -> (audited Document, findings on it).
Audit = Callable[[str], "tuple[Document, list[Finding]]"]
# For sources whose audited text differs (HTML): (source, audited doc) -> Translate.
Placer = Callable[[str, Document], Translate]


@dataclass
class FixResult:
    """A fixed text, what was fixed and held back, and the findings that remain."""

    text: str
    fixed: int
    held_back: int
    unplaced: int
    findings: list[Finding]
    doc: Document


MAX_PASSES = 10


def fix_text(
    text: str, audit: Audit, *, unsafe: bool = False, placer: Placer | None = None
) -> FixResult:
    """Fix ``text`` and audit it again until no fix applies (at most :data:`MAX_PASSES`).

    Without ``placer`` the audited text must have the source's offsets (plain
    text, Markdown); with it, fixes are made on the audited text and placed in
    the source by ``placer``. ``held_back`` and ``unplaced`` describe the final text.
    """
    fixed = 0
    doc, findings = audit(text)
    for _ in range(MAX_PASSES):
        chosen = _plan(text, doc, findings, unsafe, placer)
        if not chosen.edits:
            break
        text = apply_edits(text, chosen.edits)
        fixed += chosen.fixed
        doc, findings = audit(text)
    chosen = _plan(text, doc, findings, unsafe, placer)
    return FixResult(text, fixed, chosen.held_back, chosen.unplaced, findings, doc)


def _plan(
    text: str, doc: Document, findings: list[Finding], unsafe: bool, placer: Placer | None
) -> Plan:
    if placer is None:
        return plan(FixContext(text, doc, findings), unsafe=unsafe)
    context = FixContext(doc.text, doc, findings)
    return plan(context, unsafe=unsafe, translate=placer(text, doc))
