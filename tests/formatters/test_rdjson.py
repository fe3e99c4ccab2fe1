"""reviewdog rdjson: byte columns, severities, codes, advice kept out of suggestions."""

from __future__ import annotations

import json

import pytest

from fillcheck.document import Document


def diagnostics(fmt, doc, findings, **settings):
    result = json.loads(fmt.emit("rdjson", [(doc, findings)], **settings))
    assert result["source"]["name"] == "fillcheck"
    return result["diagnostics"]


def test_columns_are_utf8_bytes_even_outside_the_bmp(fmt):
    doc = Document("𠀀中*项\n", source="a.txt")
    [diagnostic] = diagnostics(fmt, doc, [fmt.made_up(doc, 1, 3, 1)], column_unit="utf16")
    assert diagnostic["location"] == {
        "path": "a.txt",
        "range": {"start": {"line": 1, "column": 8}, "end": {"line": 1, "column": 9}},
    }


def test_multi_line_range_converts_the_end_on_its_own_line(fmt):
    doc = Document("中*\n中文项\n", source="a.txt")
    finding = fmt.made_up(doc, 1, 2, 4, end_line=2, end_column=3)
    [diagnostic] = diagnostics(fmt, doc, [finding])
    assert diagnostic["location"]["range"] == {
        "start": {"line": 1, "column": 4},
        "end": {"line": 2, "column": 7},
    }


@pytest.mark.parametrize(
    ("severity", "expected"), [("error", "ERROR"), ("warning", "WARNING"), ("info", "INFO")]
)
def test_severity_and_code(fmt, severity, expected):
    doc = Document("共*项\n", source="a.txt")
    [diagnostic] = diagnostics(fmt, doc, [fmt.made_up(doc, 1, 2, 1, severity=severity)])
    assert (diagnostic["severity"], diagnostic["code"]) == (expected, {"value": "FC101"})


def test_advice_goes_in_the_message_not_in_suggestions(fmt):
    doc = Document("共*项\n", source="a.txt")
    finding = fmt.made_up(doc, 1, 2, 1, suggestion="replace `*` with the real value")
    [diagnostic] = diagnostics(fmt, doc, [finding])
    assert "suggestions" not in diagnostic
    assert diagnostic["message"] == (
        "the number was never filled in\nreplace `*` with the real value"
    )
