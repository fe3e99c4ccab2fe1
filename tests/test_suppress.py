"""Inline suppression directives (`<!-- fillcheck-... -->`) and the FC001/FC002 rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from fillcheck import audit_text
from fillcheck.auditor import html_document
from fillcheck.cli import app
from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.finding import Severity
from fillcheck.readers.markdown import blank_code
from fillcheck.registry import all_rules

STAR = "共组织学习*次。"  # FC101 at column 6
XX = "今年发展对象XX名。"  # FC102 at column 7
BOTH = "共组织学习*次，今年发展对象XX名。"  # FC101 at 6, FC102 at 15
CLEAN = "本次活动共有12人参加。"


def d(spec: str) -> str:
    """A directive comment: d("disable FC1") -> <!-- fillcheck-disable FC1 -->."""
    return f"<!-- fillcheck-{spec} -->"


def lines(*parts: str) -> str:
    return "\n".join(parts)


def found(text: str, **options) -> list[tuple[str, int, int]]:
    return [(f.rule, f.line, f.column) for f in audit_text(text, **options)]


# Each row: a document in which every finding is suppressed, so nothing is reported.
SUPPRESSED = [
    lines(d("disable-next-line FC101"), STAR),
    lines(d("disable-next-line FC1"), STAR),  # a prefix
    lines(d("disable-next-line star-masked-value"), STAR),  # a rule name
    lines(d("disable-next-line fc101"), STAR),  # codes in any case
    lines(d("disable-next-line"), STAR),  # no codes: every rule
    lines(d("disable-next-line ALL"), STAR),
    lines(d("disable-next-line FC101,FC102"), BOTH),
    lines(d("disable-next-line FC101 FC102"), BOTH),
    lines(d("disable-next-line FC101，letter-masked-value"), BOTH),  # full-width comma
    lines(d("disable-next-line FC101 -- 示例数据，某单位为化名"), STAR),  # a reason, not audited
    lines(d("disable-next-line -- 引用原文"), STAR),
    lines("<!--fillcheck-disable-next-line FC101-->", STAR),  # no spaces needed
    STAR + d("disable-line FC101"),
    d("disable-line FC101") + STAR,
    BOTH + d("disable-line FC101") + d("disable-line FC102"),
    STAR + d("disable-line FC101") + "\r\n" + CLEAN,  # CRLF line ends
    lines(d("disable FC1"), STAR, XX, d("enable")),
    lines(d("disable"), STAR, XX, d("enable")),
    lines(d("disable FC101"), CLEAN, STAR),  # a range never re-enabled runs to the end
    lines(STAR, XX, d("disable-file")),  # anywhere in the document
    lines(d("disable-file FC1"), STAR, CLEAN, XX),
    # nested: the inner range ends at `enable FC101`, the outer FC1 range goes on for FC102
    lines(d("disable FC1"), STAR, d("disable FC101"), STAR, d("enable FC101"), XX, d("enable")),
    # overlapping ranges of different rules
    lines(d("disable FC101"), STAR, d("disable FC102"), BOTH, d("enable FC101"), XX),
    lines(d("disable FC102"), d("disable FC101"), BOTH, d("enable FC102"), STAR),
    # two directives covering one finding are both used
    lines(d("disable-next-line FC101"), STAR + d("disable-line FC101")),
    # a directive naming FC001 silences the report of an unused directive
    lines(d("disable-file FC001"), d("disable-next-line FC101"), CLEAN),
    # a code of the user range (FC9xx) is valid even when no user rule is loaded
    lines(d("disable-next-line FC901"), CLEAN),
    # only an HTML comment is a directive
    "用 fillcheck-disable 可以关闭检查。",
]

# Each row: a document, the findings that remain (code, line, column).
REPORTED = [
    # the physical next line only, not the one after, nor across a blank line
    (lines(d("disable-next-line FC101"), STAR, STAR), [("FC101", 3, 6)]),
    (lines(d("disable-next-line FC101"), "", STAR), [("FC001", 1, 1), ("FC101", 3, 6)]),
    # another rule's code suppresses nothing
    (lines(d("disable-next-line FC102"), STAR), [("FC001", 1, 1), ("FC101", 2, 6)]),
    (lines(d("disable FC101"), STAR, d("enable FC101"), STAR), [("FC101", 4, 6)]),
    # `enable FC101` inside `disable FC1` re-enables FC101 only
    (lines(d("disable FC1"), d("enable FC101"), BOTH, d("enable")), [("FC101", 3, 6)]),
    (lines(STAR + d("disable-line FC101"), STAR), [("FC101", 2, 6)]),
    # a range starts where its comment ends
    (lines(STAR + d("disable FC101"), STAR), [("FC101", 1, 6)]),
    # FC001: a directive with no effect
    (lines(d("disable-next-line FC101 FC102"), STAR), [("FC001", 1, 1)]),
    (lines(d("disable FC101"), CLEAN, d("enable FC101")), [("FC001", 1, 1)]),
    (lines(d("enable FC101"), CLEAN), [("FC001", 1, 1)]),
    (lines(d("disable-file FC2"), STAR), [("FC001", 1, 1), ("FC101", 2, 6)]),
    # FC002: an unknown code (the valid codes still apply), directive, or a comment on two lines
    (lines(d("disable-next-line FC199 FC101"), STAR), [("FC002", 1, 34)]),
    (lines(d("disable-lines FC101"), STAR), [("FC002", 1, 1), ("FC101", 2, 6)]),
    (lines("<!--", "fillcheck-disable -->", STAR), [("FC002", 1, 1), ("FC101", 3, 6)]),
    # a directive without codes does not silence FC002
    (lines(d("disable-file"), d("disable-next-line FC199"), STAR), [("FC002", 2, 34)]),
]


@pytest.mark.parametrize("text", SUPPRESSED)
def test_suppressed(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported(text, expected):
    assert found(text) == expected


def test_more_must_not_fire_rows_than_must_fire_rows():
    assert len(SUPPRESSED) > len(REPORTED)


def test_without_directives_every_row_has_findings():
    """The suppressed rows are not clean to begin with: the directives do the work."""
    for text in SUPPRESSED[:-3]:
        assert audit_text(text, kind="docx"), text


@pytest.mark.parametrize(("kind", "line"), [("markdown", 9), ("html", 7)])
def test_markdown_and_html_documents(kind, line):
    text = lines("# 标题", "", d("disable-next-line FC101"), STAR, "", d("disable"), XX,
                 d("enable"), XX)  # fmt: skip
    # HTML is audited as its visible text, where blank lines collapse: the last XX is line 7.
    assert found(text, kind=kind) == [("FC102", line, 7)]


def test_directives_in_markdown_code_are_not_read():
    """The Markdown reader blanks code, directives included: they neither apply nor report."""
    fenced = lines("```", d("disable FC101"), "```", STAR)
    assert found(fenced, kind="markdown") == [("FC101", 4, 6)]
    inline = lines("`" + d("disable-file") + "`", STAR)
    assert found(inline, kind="markdown") == [("FC101", 2, 6)]
    invalid = lines("```", d("disable-lines"), "```", CLEAN)
    assert found(invalid, kind="markdown") == []
    assert found(fenced, kind="text") == []  # the same text as plain text: honoured


@pytest.mark.parametrize("kind", ["docx", "pdf", "doc"])
def test_directives_in_extracted_documents_are_not_read(kind):
    text = lines(d("disable-next-line FC101"), STAR, d("enable FC199"))
    assert found(text, kind=kind) == [("FC101", 2, 6)]
    doc = Document(text, source="a.docx", kind=kind)
    assert [f.rule for f in audit_document(doc, all_rules())] == ["FC101"]


def test_unused_is_judged_only_for_rules_that_ran():
    text = lines(d("disable-next-line FC101"), CLEAN)
    assert found(text) == [("FC001", 1, 1)]
    assert found(text, select=["FC2", "FC001"]) == []
    assert found(text, ignore=["FC001"]) == []
    assert found(text, ignore=["unused-suppression"]) == []
    doc = Document(text, source="a.txt")
    assert audit_document(doc, all_rules(), min_severity=Severity.ERROR) == []


def test_a_directive_without_codes_is_judged_against_every_rule_that_ran():
    text = lines(d("disable-next-line"), CLEAN)
    assert found(text, select=["FC2", "FC001"]) == [("FC001", 1, 1)]
    assert found(lines(d("disable-next-line"), STAR), select=["FC101", "FC001"]) == []


def test_messages_name_the_directive_and_the_unused_codes():
    (unused,) = audit_text(lines(d("disable-next-line FC101 FC102"), STAR))
    assert unused.message == (
        "`fillcheck-disable-next-line` suppresses nothing: no FC102 finding on the next line"
    )
    assert unused.suggestion == "remove FC102 from the directive"
    assert unused.text == d("disable-next-line FC101 FC102")
    assert (unused.name, unused.severity) == ("unused-suppression", "warning")
    (stray,) = audit_text(d("enable FC1"))
    assert stray.message == "`fillcheck-enable` re-enables nothing: FC1 is not disabled here"
    (everything,) = audit_text(lines(d("disable-file"), CLEAN))
    assert everything.message == "`fillcheck-disable-file` suppresses nothing: no finding in " \
        "this document"  # fmt: skip
    assert everything.suggestion == "delete the directive"
    invalid, _ = audit_text(lines(d("disable-next-line masked-star-value"), STAR))
    assert invalid.message == "unknown rule `masked-star-value` in `fillcheck-disable-next-line`"
    assert (invalid.rule, invalid.text) == ("FC002", "masked-star-value")


def test_meta_rules_are_registered_like_any_rule():
    rules = {rule.code: rule for rule in all_rules()}
    assert rules["FC001"].name == "unused-suppression"
    assert rules["FC002"].name == "invalid-suppression"
    assert rules["FC001"].severity is Severity.WARNING


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_cli_reports_unused_directive_and_ignore_opts_out(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("notes.md").write_text(lines(d("disable-next-line FC101"), CLEAN, STAR, ""), "utf-8")
    result = invoke("check", "notes.md")
    assert result.exit_code == 1
    assert result.stdout == (
        "notes.md:1:1: warning FC001 `fillcheck-disable-next-line` suppresses nothing: "
        f"no FC101 finding on the next line [`{d('disable-next-line FC101')}`]\n"
        "notes.md:3:6: error FC101 `*次`: the number was never filled in [`*`]\n"
    )
    quiet = invoke("check", "--ignore", "FC001", "notes.md")
    assert quiet.stdout == "notes.md:3:6: error FC101 `*次`: the number was never filled in [`*`]\n"
    Path("notes.md").write_text(lines(d("disable-next-line FC101"), STAR, ""), "utf-8")
    assert (invoke("check", "notes.md").exit_code, invoke("check", "notes.md").stdout) == (0, "")


def test_cli_html_comment_directives(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = f"<html><body>{d('disable-next-line FC101')}<p>{STAR}</p><p>{XX}</p></body></html>"
    Path("page.html").write_text(html, "utf-8")
    result = invoke("check", "-q", "page.html")
    assert result.stdout == (  # FC101 on extracted line 2 is suppressed; nothing unused
        "page.html:3:7: error FC102 `XX名`: the number of people was never filled in "
        "(html line 1) [`XX`]\n"
    )


def test_cli_docx_text_is_not_read_for_directives(tmp_path, monkeypatch):
    import docx

    monkeypatch.chdir(tmp_path)
    document = docx.Document()
    document.add_paragraph(d("disable-file"))
    document.add_paragraph(STAR)
    document.save("report.docx")
    result = invoke("check", "-q", "report.docx")
    assert result.stdout == (  # the directive is document text: not read, not reported
        "report.docx:2:6: error FC101 `*次`: the number was never filled in "
        "(body, paragraph 2) [`*`]\n"
    )


FRAGMENTS = [
    d("disable-next-line FC101"), d("disable-line FC102"), d("disable FC1"), d("enable"),
    d("enable FC101"), d("disable-file FC103"), d("disable-next-line"), d("disable FC199"),
    d("disable-nope"), "<!-- fillcheck-disable", "-->", "<!--", STAR, XX, CLEAN, "\n", "\n",
    "某单位", "`", "```\n", " -- ", "，", "\ufeff",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=20).map("".join),
       st.sampled_from(["text", "markdown", "html"]))  # fmt: skip
def test_directives_only_ever_remove_findings(text, kind):
    """Any mix of directives: no crash, spans inside the text, and of the other rules'
    findings only some are removed, never one added or moved."""
    # HTML is audited as its visible text (directives kept): compare with that text.
    visible = html_document(text, "<text>").text if kind == "html" else text
    # A second U+FEFF that opens an HTML page's visible text is a character of it (the
    # decoder took the first as the BOM), while a plain text's leading U+FEFF is its BOM:
    # the plain-text baseline would count one column fewer on line 1.
    assume(not (kind == "html" and visible.startswith("\ufeff")))
    plain = {_position(f) for f in audit_text(visible, kind="docx")}
    with_directives = audit_text(text, kind=kind)
    audited = blank_code(text) if kind == "markdown" else visible  # what the detectors saw
    doc_lines = Document(audited).text.split("\n")
    for finding in with_directives:
        if finding.line == finding.end_line:
            line = doc_lines[finding.line - 1]
            assert line[finding.column - 1 : finding.end_column - 1] == finding.text
        if not finding.rule.startswith("FC0") and kind != "markdown":
            assert _position(finding) in plain


def _position(finding) -> tuple:
    """Where a finding is and what it says, less the (html line N) anchor of HTML messages."""
    return (finding.rule, finding.line, finding.column, finding.end_line, finding.end_column,
            finding.text, finding.message.split(" (html line ")[0])  # fmt: skip


def test_readme_examples(tmp_path, monkeypatch):
    """The examples of the README's "Suppressing findings" section, as written there."""
    monkeypatch.chdir(tmp_path)
    Path("note.md").write_text(
        "<!-- fillcheck-disable-next-line FC101 -->\n共组织学习*次。\n共组织学习*次。\n", "utf-8"
    )
    result = invoke("check", "note.md")
    assert result.stdout == "note.md:3:6: error FC101 `*次`: the number was never filled in [`*`]\n"
    assert result.stderr == "fillcheck: 1 file checked, 1 finding (1 error)\n"
    Path("guide.md").write_text(
        "<!-- fillcheck-disable FC1 -- 填表说明中的示例 -->\n示例：参会人员*人，负责人某某。\n"
        "<!-- fillcheck-enable -->\n本次参会人员*人。\n",
        "utf-8",
    )
    result = invoke("check", "guide.md")
    assert result.stdout == (
        "guide.md:4:7: error FC101 `*人`: the number of people was never filled in [`*`]\n"
    )
    Path("clean.md").write_text(
        "<!-- fillcheck-disable-next-line FC101 -->\n本次活动共有12人参加。\n", "utf-8"
    )
    result = invoke("check", "clean.md")
    assert result.stdout == (
        "clean.md:1:1: warning FC001 `fillcheck-disable-next-line` suppresses nothing: no FC101 "
        "finding on the next line [`<!-- fillcheck-disable-next-line FC101 -->`]\n"
    )
    assert result.stderr == "fillcheck: 1 file checked, 1 finding (1 warning)\n"
    result = invoke("check", "--ignore", "FC001", "clean.md")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "fillcheck: 1 file checked, no findings\n"


def test_the_engine_reads_directives_where_the_marker_is():
    from fillcheck import engine, suppress

    assert engine.MARKER == suppress.MARKER  # the engine looks for directives only there
