"""Code actions (the quick fix, "disable this rule for this line") and hover text.

Every action is a plain ``WorkspaceEdit`` of text edits, never a command the
client would have to run: Neovim, Emacs and Helix apply text edits but not
commands they do not know.
"""

from __future__ import annotations

from lsprotocol import types

from ..finding import Finding
from ..fix import Fix, FixContext, fix_for
from ..messages import t
from .check import Checked
from .convert import Lines, source_span


def _finding_at(checked: Checked, lines: Lines, diag: types.Diagnostic) -> Finding | None:
    """The finding a diagnostic of ours was made from."""
    for finding in checked.findings:
        span = source_span(checked, finding)
        if finding.rule == diag.code and span and lines.range(*span) == diag.range:
            return finding
    return None


def quick_fix(checked: Checked, lines: Lines, finding: Finding) -> Fix | None:
    """The safe fix for ``finding`` in the editor's text, or None."""
    doc, source = checked.doc, checked.source
    if doc is None or source is None:
        return None
    if doc.kind == "html":
        from ..fix.html import placer

        fix = fix_for(FixContext(doc.text, doc, checked.findings), finding)
        fix = placer(source, doc)(fix) if fix is not None else None
    else:
        fix = fix_for(FixContext(source, doc, checked.findings), finding)
    return fix if fix is not None and fix.safe else None


def _edit(uri: str, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: edits})


def _action(
    title: str, diag: types.Diagnostic, edit: types.WorkspaceEdit, *, preferred: bool
) -> types.CodeAction:
    kind = types.CodeActionKind.QuickFix
    return types.CodeAction(
        title=title, kind=kind, diagnostics=[diag], edit=edit, is_preferred=preferred or None
    )


def disable_line(checked: Checked, lines: Lines, finding: Finding) -> list[types.TextEdit]:
    """Text edits that add a directive suppressing ``finding``'s rule on its line.

    In text and Markdown a ``fillcheck-disable-line`` comment goes at the end of
    the line; in HTML a ``fillcheck-disable-next-line`` comment goes right
    before the finding's text (the reader puts a comment on a line of its own).
    """
    span = source_span(checked, finding)
    if span is None or checked.doc is None:
        return []
    if checked.doc.kind == "html":
        directive = f"<!-- fillcheck-disable-next-line {finding.rule} -->"
        at = lines.position(span[0])
    else:
        directive = f" <!-- fillcheck-disable-line {finding.rule} -->"
        line = lines.position(span[0]).line
        text = lines.lines[line]
        end = lines.starts[line] + len(text.rstrip("\r"))
        at = lines.position(end)
    return [types.TextEdit(range=types.Range(start=at, end=at), new_text=directive)]


def code_actions(
    checked: Checked, lines: Lines, uri: str, params: types.CodeActionParams
) -> list[types.CodeAction]:
    """The quick fix and the disable action for each of our diagnostics in the request."""
    actions = []
    for diag in params.context.diagnostics:
        if diag.source != "fillcheck":
            continue
        finding = _finding_at(checked, lines, diag)
        if finding is None:
            continue
        fix = quick_fix(checked, lines, finding)
        if fix is not None:
            edits = [
                types.TextEdit(range=lines.range(e.start, e.end), new_text=e.replacement)
                for e in fix.edits
            ]
            title = f"{fix.title} ({finding.rule})"
            actions.append(_action(title, diag, _edit(uri, edits), preferred=True))
        disable = disable_line(checked, lines, finding)
        if disable:
            title = t("fix-disable-line", code=finding.rule)
            actions.append(_action(title, diag, _edit(uri, disable), preferred=False))
    return actions


def hover_text(checked: Checked, lines: Lines, position: types.Position) -> str | None:
    """Markdown for the findings under ``position``: message and rule documentation."""
    from ..docs import explain_rule

    offset = lines.offset(position)
    parts = []
    for finding in checked.findings:
        span = source_span(checked, finding)
        if span is None or not span[0] <= offset <= span[1]:
            continue
        try:
            doc = explain_rule(finding.rule)
        except KeyError:  # a user pattern: its message is all there is
            doc = f"{finding.rule} {finding.name}"
        parts.append(f"**{finding.rule}** {finding.message}\n\n{doc}")
    return "\n\n---\n\n".join(parts) or None
