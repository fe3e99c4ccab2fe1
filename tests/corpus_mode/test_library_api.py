"""The library API: audit_text and audit_bytes arguments, offsets, settings, README example."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fillcheck import Finding, audit_bytes, audit_text

ROOT = Path(__file__).resolve().parents[2]


def spans(findings: list[Finding]) -> list[tuple[str, int, int, int, int]]:
    return [(f.rule, f.line, f.column, f.start, f.end) for f in findings]


def test_offsets_are_python_slices_of_the_text():
    text = "第一行\n全年召开支委会**次，党员大会**次。"
    findings = audit_text(text, select="FC101")
    assert spans(findings) == [("FC101", 2, 8, 11, 13), ("FC101", 2, 16, 19, 21)]
    assert [text[f.start : f.end] for f in findings] == ["**", "**"]


def test_offsets_count_code_points_beyond_the_basic_plane():
    text = "𠀀𠀁共**次"  # two characters outside the BMP: one code point each
    assert spans(audit_text(text, select="FC101")) == [("FC101", 1, 4, 3, 5)]


def test_leading_bom_is_counted_in_offsets():
    text = "\ufeff共**次"
    (finding,) = audit_text(text, select="FC101")
    assert (finding.column, finding.start, finding.end) == (2, 2, 4)
    assert text[finding.start : finding.end] == "**"


def test_select_accepts_a_string_a_comma_list_and_a_sequence():
    text = "共**次，XX名，某单位"
    assert [f.rule for f in audit_text(text, select="FC1")] == ["FC101", "FC102", "FC103"]
    assert [f.rule for f in audit_text(text, select="FC101,FC102")] == ["FC101", "FC102"]
    assert [f.rule for f in audit_text(text, select=["FC101", "FC103"])] == ["FC101", "FC103"]
    assert [f.rule for f in audit_text(text, ignore="FC101, FC102")] == ["FC103"]


def test_unknown_selector_and_kind_raise_value_error():
    with pytest.raises(ValueError, match="unknown rule code or prefix 'FC7'"):
        audit_text("x", select="FC7")
    with pytest.raises(
        ValueError,
        match=r"unknown kind 'htm' \(expected one of: text, markdown, html, docx, pdf, doc, wps\)",
    ):
        audit_text("x", kind="htm")


def test_bytes_are_refused_with_a_pointer_to_audit_bytes():
    with pytest.raises(TypeError, match=r"use audit_bytes\(data, \.\.\.\)"):
        audit_text("共**次".encode())  # type: ignore[arg-type]


def test_audit_bytes_decodes_as_the_text_reader_does():
    data = "共**次，XX名".encode("gb18030")
    assert spans(audit_bytes(data, select="FC1")) == [("FC101", 1, 2, 1, 3), ("FC102", 1, 6, 5, 7)]
    assert spans(audit_bytes(b"\xef\xbb\xbf\xe5\x85\xb1**\xe6\xac\xa1")) == [("FC101", 1, 2, 1, 3)]
    with pytest.raises(ValueError, match="binary file"):
        audit_bytes(b"\x00\x01" * 100)


def test_html_is_read_for_its_visible_text():
    page = (
        "<html><head><title>XX名</title></head>"
        "<body><p>共X<b>X</b>名</p>\n<script>XX名</script></body></html>"
    )
    findings = audit_text(page, kind="html")
    assert spans(findings) == [("FC102", 1, 2, 1, 3)]
    assert findings[0].message.endswith("(html line 1)")


def test_markdown_code_is_skipped():
    text = "共**次\n\n```\n共**次\n```\n`XX名` 共XX名\n"
    assert spans(audit_text(text, kind="markdown", select="FC1")) == [
        ("FC101", 1, 2, 1, 3),
        ("FC102", 6, 8, 26, 28),
    ]


def test_settings_carry_allow_severity_patterns_and_min_severity():
    text = "共**次，某单位，待定事项"
    settings = {
        "allow": ["某单位"],
        "severity": {"FC101": "info"},
        "patterns": [
            {
                "code": "FC901",
                "name": "pending-item",
                "regex": "待定",
                "message": "pending",
                "category": "placeholder",
                "severity": "warning",
            },
        ],
        "pattern-timeout": 2,
    }
    findings = audit_text(text, settings=settings)
    assert [(f.rule, f.severity, f.start) for f in findings] == [
        ("FC101", "info", 1),
        ("FC901", "warning", 9),
    ]
    minimum = audit_text(text, settings={**settings, "min-severity": "warning"})
    assert [f.rule for f in minimum] == ["FC901"]
    assert [f.rule for f in audit_text(text, settings=settings, select="FC9")] == ["FC901"]


def test_bad_settings_name_the_key():
    with pytest.raises(ValueError, match="allow: expected an array of strings"):
        audit_text("x", settings={"allow": "某单位"})
    with pytest.raises(ValueError, match="min-severity: unknown severity 'loud'"):
        audit_text("x", settings={"min-severity": "loud"})
    with pytest.raises(ValueError, match=r"unknown key \(did you mean 'severity'\?\)"):
        audit_text("x", settings={"severty": {}})


def _python_blocks(section: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, re.S)


def test_readme_python_example_prints_what_it_says():
    (block,) = _python_blocks("Using fillcheck from Python")
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, "README.md", "exec"), {})
    assert expected and out.getvalue().splitlines() == expected


PIECES = st.sampled_from(["共", "**", "次", "XX", "名", "某", "单位", "\n", "𠀀", "\ufeff", " ",
                          "##paidbegin##", "还剩3页未读", "6名", "6人", "，", "a*b"])  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.sampled_from(["text", "markdown"]))
def test_every_span_is_a_slice_of_the_text(text, kind):
    for f in audit_text(text, kind=kind):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
