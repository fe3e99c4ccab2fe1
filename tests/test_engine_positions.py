"""The engine's hit-to-finding sweep: positions, repeats, and the garbage collector's state."""

from __future__ import annotations

import gc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.finding import Category, Hit, Severity
from fillcheck.registry import Rule


def _rule(spans, code="FC900"):
    def check(doc):
        return [Hit(start, end, f"m{start}") for start, end in spans]

    return Rule(code, "test-rule", Category.FORMAT, Severity.WARNING, check, "")


def test_positions_across_lines_and_spans_over_newlines():
    doc = Document("ab\n\ncdé\nfg", "t.txt")
    findings = audit_document(doc, [_rule([(7, 10), (0, 1), (1, 4), (4, 6), (4, 6)])])
    rows = [(f.line, f.column, f.end_line, f.end_column, f.text) for f in findings]
    assert rows == [
        (1, 1, 1, 2, "a"),
        (1, 2, 3, 1, "b\n\n"),
        (3, 1, 3, 3, "cd"),
        (3, 4, 4, 3, "\nfg"),
    ]


@given(st.text(alphabet="a\n中", max_size=40), st.data())
def test_positions_agree_with_the_document(text, data):
    doc = Document(text, "t.txt")
    if not text:
        return
    starts = data.draw(st.lists(st.integers(0, len(text) - 1), max_size=8))
    spans = [(s, data.draw(st.integers(s + 1, len(text)))) for s in starts]
    for finding in audit_document(doc, [_rule(spans)]):
        start = doc.offset(finding.line, finding.column)
        end = doc.offset(finding.end_line, finding.end_column)
        assert doc.text[start:end] == finding.text
        assert (finding.line, finding.column) == doc.position(start)


def test_the_collector_is_paused_during_the_audit_and_restored():
    seen = []

    def check(doc):
        seen.append(gc.isenabled())
        return [Hit(0, 1, "m")]

    rule = Rule("FC900", "test-rule", Category.FORMAT, Severity.WARNING, check, "")
    assert gc.isenabled()
    assert len(audit_document(Document("x", "t.txt"), [rule])) == 1
    assert seen == [False]
    assert gc.isenabled()


def test_the_collector_is_restored_when_a_rule_fails():
    def check(doc):
        raise RuntimeError("broken rule")

    rule = Rule("FC900", "test-rule", Category.FORMAT, Severity.WARNING, check, "")
    with pytest.raises(RuntimeError):
        audit_document(Document("x", "t.txt"), [rule])
    assert gc.isenabled()


def test_findings_sort_by_start_rule_and_end_and_repeats_keep_the_least_message():
    def check(doc):
        return [
            Hit(4, 6, "second"), Hit(0, 3, "zeta", "z"), Hit(0, 2, "b"), Hit(4, 6, "first"),
            Hit(0, 3, "alpha", "a"),
        ]  # fmt: skip

    other = _rule([(0, 3), (4, 5)], code="FC100")
    rule = Rule("FC900", "test-rule", Category.FORMAT, Severity.WARNING, check, "")
    findings = audit_document(Document("abcdefg", "t.txt"), [rule, other])
    rows = [(f.start, f.rule, f.end, f.message, f.suggestion) for f in findings]
    assert rows == [
        (0, "FC100", 3, "m0", None),
        (0, "FC900", 2, "b", None),
        (0, "FC900", 3, "alpha", "a"),
        (4, "FC100", 5, "m4", None),
        (4, "FC900", 6, "first", None),
    ]
