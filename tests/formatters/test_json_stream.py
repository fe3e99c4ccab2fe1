"""The json and jsonl formats write, file by file, exactly what ``json`` writes for all findings."""

from __future__ import annotations

import io
import json

import pytest

from fillcheck.document import Document
from fillcheck.finding import FIELDS, Finding
from fillcheck.formatters import _encode, get_formatter

DOCUMENTS = {
    "a.txt": "中文XX名\n共*项，某单位\n",
    "empty.txt": "全年召开支委会12次。\n",
    "b.txt": '引号"和\\反斜杠\t以及\u2028分隔 XX名\n',
    "c.txt": "第三个文件***个问题\n",
}


@pytest.fixture
def fmt_helpers(fmt):
    """The format helpers of conftest (emit, audit)."""
    return fmt


def _all(files) -> list[dict[str, object]]:
    return [finding.to_dict() for _, findings in files for finding in findings]


def test_streamed_array_is_what_json_dump_writes(fmt_helpers):
    files = fmt_helpers.audit(DOCUMENTS)
    assert sum(len(findings) for _, findings in files) >= 5
    expected = json.dumps(_all(files), ensure_ascii=False, indent=2) + "\n"
    assert fmt_helpers.emit("json", files) == expected


def test_array_is_written_as_files_come(fmt_helpers):
    stream = io.StringIO()
    formatter = get_formatter("json", stream)
    (doc, findings), *_ = fmt_helpers.audit(DOCUMENTS)
    formatter.add(findings, doc)
    assert stream.getvalue().startswith('[\n  {\n    "path": "a.txt",\n    "line": 1,')
    formatter.end()
    assert json.loads(stream.getvalue()) == [finding.to_dict() for finding in findings]


def test_no_findings_is_an_empty_array(fmt_helpers):
    files = fmt_helpers.audit({"clean.txt": "全年召开支委会12次。\n"})
    assert fmt_helpers.emit("json", files) == "[]\n"
    assert fmt_helpers.emit("jsonl", files) == ""


def test_lines_are_compact_json_of_each_finding(fmt_helpers):
    files = fmt_helpers.audit(DOCUMENTS)
    expected = "".join(
        json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in _all(files)
    )
    assert fmt_helpers.emit("jsonl", files) == expected


@pytest.mark.parametrize("name", ["json", "jsonl"])
def test_without_orjson_the_text_is_the_same(fmt_helpers, monkeypatch, name):
    files = fmt_helpers.audit(DOCUMENTS)
    fast = fmt_helpers.emit(name, files)
    monkeypatch.setattr(_encode, "orjson", None)
    assert fmt_helpers.emit(name, files) == fast


def test_lone_surrogates_are_written_as_json_writes_them(fmt_helpers):
    finding = Finding("s.txt", 1, 1, "FC101", 1, 3, "n", "placeholder", "warning", "X\ud800", "m")
    files = [(Document("X\ud800\n", "s.txt"), [finding])]
    row = finding.to_dict()
    assert fmt_helpers.emit("json", files) == json.dumps([row], ensure_ascii=False, indent=2) + "\n"
    compact = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    assert fmt_helpers.emit("jsonl", files) == compact + "\n"


@pytest.mark.parametrize("name", ["json", "jsonl"])
def test_a_file_encoded_a_few_findings_at_a_time_reads_the_same(fmt_helpers, monkeypatch, name):
    files = fmt_helpers.audit(DOCUMENTS)
    whole = fmt_helpers.emit(name, files)
    assert max(len(findings) for _, findings in files) >= 3
    monkeypatch.setattr(_encode.chunks, "__defaults__", (2,))  # files of several findings split
    assert fmt_helpers.emit(name, files) == whole


def test_chunks_cover_the_findings_in_order():
    assert list(_encode.chunks([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    assert list(_encode.chunks([1, 2], 2)) == [[1, 2]]
    assert list(_encode.chunks([], 2)) == []


def test_rows_hold_the_documented_keys_in_order():
    finding = Finding("p.txt", 3, 4, "FC101", 5, 6, "n", "placeholder", "warning", "XX", "m", "s",
                      20, 30)  # fmt: skip
    (row,) = _encode.rows([finding])
    assert list(row) == list(FIELDS)
    assert row == finding.to_dict()
    assert row["rule"] == "FC101" and row["end_line"] == 5 and row["suggestion"] == "s"
