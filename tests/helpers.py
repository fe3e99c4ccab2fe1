"""Shared helpers for the test suite."""

from __future__ import annotations

from fillcheck import audit_text

# A real paragraph of prose (a toll station's rules) that residue tables stand above or below.
PROSE = "为提高收费岗位服务质量，激励收费员工作积极性，确保费用收取的正确度和窗口工作的高效率。"


def positions(text: str, select: str | list[str] | None = None, kind: str = "text"):
    """The (code, line, column) triples fillcheck reports on ``text``."""
    if isinstance(select, str):
        select = [select]
    return [(f.rule, f.line, f.column) for f in audit_text(text, select=select, kind=kind)]


def rule_table(fire, silent, select):
    """The three tests of a rule table: the must-fire rows give exactly their
    (code, line, column) triples, the must-not-fire rows give nothing, and the
    must-not-fire rows outnumber the must-fire rows.

    Use as ``test_fires, test_silent, test_more_silent_rows_than_firing_rows =
    rule_table(FIRE, SILENT, "FC3")`` at module level, where pytest collects them.
    """
    import pytest

    @pytest.mark.parametrize(("text", "expected"), fire)
    def test_fires(text, expected):
        assert positions(text, select) == expected

    @pytest.mark.parametrize("text", silent)
    def test_silent(text):
        assert positions(text, select) == []

    def test_more_silent_rows_than_firing_rows():
        assert len(silent) > len(fire)

    return test_fires, test_silent, test_more_silent_rows_than_firing_rows


def default_sigint() -> None:
    """``preexec_fn`` giving a child the default Ctrl-C disposition.

    A test run started in the background of a non-interactive shell inherits SIGINT
    ignored, and fillcheck rightly keeps an ignored SIGINT ignored; a test of what
    Ctrl-C does needs the disposition an interactive user has.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
