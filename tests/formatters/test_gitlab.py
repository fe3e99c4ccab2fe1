"""GitLab Code Quality: shape, severities, unique fingerprints, line ranges."""

from __future__ import annotations

import json

import pytest

from fillcheck.document import Document
from fillcheck.fingerprint import fingerprint


@pytest.mark.parametrize(
    ("severity", "expected"), [("error", "major"), ("warning", "minor"), ("info", "info")]
)
def test_severity_mapping(fmt, severity, expected):
    doc = Document("共*项\n", source="a.txt")
    finding = fmt.made_up(doc, 1, 2, 1, severity=severity)
    [issue] = json.loads(fmt.emit("gitlab", [(doc, [finding])]))
    assert issue["severity"] == expected


def test_issue_shape(fmt):
    doc = Document("正文\n共*项\n", source="docs/a.txt")
    finding = fmt.made_up(doc, 2, 2, 1)
    [issue] = json.loads(fmt.emit("gitlab", [(doc, [finding])]))
    assert issue == {
        "description": "FC101 the number was never filled in",
        "check_name": "FC101",
        "fingerprint": fingerprint(finding, doc),
        "severity": "major",
        "location": {"path": "docs/a.txt", "lines": {"begin": 2, "end": 2}},
    }


def test_repeated_template_lines_get_unique_fingerprints(fmt):
    doc = Document("某单位\n某单位\n某单位\n", source="a.txt")
    findings = [fmt.made_up(doc, line, 1, 1) for line in (1, 2, 3)]
    issues = json.loads(fmt.emit("gitlab", [(doc, findings)]))
    assert len({issue["fingerprint"] for issue in issues}) == 3
    assert issues[0]["fingerprint"] == fingerprint(findings[0], doc)


def test_fingerprints_survive_lines_inserted_above(fmt):
    before = Document("某单位\n某单位\n", source="a.txt")
    after = Document("新的一行\n某单位\n某单位\n", source="a.txt")
    old = json.loads(fmt.emit("gitlab", [(before, [fmt.made_up(before, n, 1, 1) for n in (1, 2)])]))
    new = json.loads(fmt.emit("gitlab", [(after, [fmt.made_up(after, n, 1, 1) for n in (2, 3)])]))
    assert [i["fingerprint"] for i in old] == [i["fingerprint"] for i in new]


def test_multi_line_finding_ends_on_its_last_line(fmt):
    doc = Document("共*\n项\n下一行\n", source="a.txt")
    spans_two = fmt.made_up(doc, 1, 2, 3, end_line=2, end_column=2)
    ends_with_newline = fmt.made_up(doc, 1, 2, 2, end_line=2, end_column=1)
    issues = json.loads(fmt.emit("gitlab", [(doc, [spans_two, ends_with_newline])]))
    assert [issue["location"]["lines"] for issue in issues] == [
        {"begin": 1, "end": 2},
        {"begin": 1, "end": 1},
    ]
