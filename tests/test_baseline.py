"""The baseline: `check --write-baseline F`, then `check --baseline F` reports only new findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck.baseline import Baseline, BaselineWriter
from fillcheck.cli import app
from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.registry import all_rules

STAR = "共组织学习*次。"  # FC101 at column 6
XX = "今年发展对象XX名。"  # FC102 at column 7
ANON = "某单位召开会议。"  # FC103 at column 1
CLEAN = "本次活动共有12人参加。"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def write(path: str, *lines: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def reported(result) -> list[tuple[str, int, str]]:
    """(path, line, rule) of each finding in JSON output."""
    return [(f["path"], f["line"], f["rule"]) for f in json.loads(result.stdout)]


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write("docs/a.txt", CLEAN, STAR, XX)
    write("docs/b.md", "# 标题", "", ANON)
    return tmp_path


def test_write_then_check_reports_nothing(project):
    written = invoke("check", "--write-baseline", "b.json", "docs/")
    assert (written.exit_code, written.stdout) == (0, "")
    assert written.stderr == "fillcheck: recorded 3 findings in b.json\n"
    result = invoke("check", "--baseline", "b.json", "docs/")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "fillcheck: 2 files checked, no findings\n"


def test_file_is_sorted_pretty_json_without_line_numbers(project):
    invoke("check", "--write-baseline", "b.json", "docs/")
    text = Path("b.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["version"] == 1
    assert [(e["path"], e["rule"], e["text"], e["context"]) for e in data["findings"]] == [
        ("docs/a.txt", "FC101", "*", STAR),
        ("docs/a.txt", "FC102", "XX", XX),
        ("docs/b.md", "FC103", "某", ANON),
    ]
    assert all(len(e["fingerprint"]) == 32 for e in data["findings"])
    assert "line" not in text and text.startswith('{\n  "version": 1,') and text.endswith("}\n")
    assert "某单位" in text  # readable, not \u escapes
    invoke("check", "--write-baseline", "again.json", "docs/")
    assert Path("again.json").read_text(encoding="utf-8") == text  # stable: diffs stay small


def test_new_finding_is_reported(project):
    invoke("check", "--write-baseline", "b.json", "docs/")
    write("docs/a.txt", CLEAN, STAR, XX, "另有" + ANON)
    write("docs/c.txt", STAR)  # a new file: the same text, another path
    result = invoke("check", "--baseline", "b.json", "-q", "-f", "json", "docs/")
    assert result.exit_code == 1
    assert reported(result) == [("docs/a.txt", 4, "FC103"), ("docs/c.txt", 1, "FC101")]


def test_lines_inserted_above_a_finding_keep_it_baselined(project):
    """The baseline never records line numbers: an edit above a finding does not revive it."""
    invoke("check", "--write-baseline", "b.json", "docs/")
    write("docs/a.txt", "新加的第一段。", "", "新加的第二段。", CLEAN, "", STAR, XX)
    write("docs/b.md", "# 标题", "", "## 新的小节", "", "内容。", "", ANON)
    result = invoke("check", "--baseline", "b.json", "docs/")
    assert (result.exit_code, result.stdout) == (0, "")


def test_editing_the_words_around_a_finding_makes_it_new(project):
    invoke("check", "--write-baseline", "b.json", "docs/")
    write("docs/a.txt", CLEAN, "全年共组织学习*次。", XX)
    result = invoke("check", "--baseline", "b.json", "-q", "-f", "json", "docs/")
    assert reported(result) == [("docs/a.txt", 2, "FC101")]


def test_the_same_text_twice_needs_two_entries(project):
    write("docs/a.txt", STAR, CLEAN, STAR)
    invoke("check", "--write-baseline", "b.json", "docs/a.txt")
    entries = json.loads(Path("b.json").read_text(encoding="utf-8"))["findings"]
    assert len(entries) == 2 and entries[0]["fingerprint"] == entries[1]["fingerprint"]
    assert invoke("check", "--baseline", "b.json", "docs/a.txt").exit_code == 0
    write("docs/a.txt", STAR, CLEAN, STAR, STAR)  # a third copy is new
    result = invoke("check", "--baseline", "b.json", "-q", "-f", "json", "docs/a.txt")
    assert reported(result) == [("docs/a.txt", 4, "FC101")]
    one = {"version": 1, "findings": entries[:1]}  # with one entry, one copy is reported
    Path("one.json").write_text(json.dumps(one), encoding="utf-8")
    write("docs/a.txt", STAR, CLEAN, STAR)
    result = invoke("check", "--baseline", "one.json", "-q", "-f", "json", "docs/a.txt")
    assert reported(result) == [("docs/a.txt", 3, "FC101")]


def test_baseline_works_from_another_directory(project, monkeypatch):
    """Paths are relative to the baseline's directory, not to where fillcheck runs."""
    invoke("check", "--write-baseline", "b.json", "docs/")
    monkeypatch.chdir(project / "docs")
    result = invoke("check", "--baseline", "../b.json", ".")
    assert (result.exit_code, result.stdout) == (0, "")
    result = invoke("check", "--baseline", str(project / "b.json"), str(project / "docs"))
    assert (result.exit_code, result.stdout) == (0, "")


def test_paths_are_relative_to_the_baseline_file(project):
    Path("ci").mkdir()
    assert invoke("check", "--write-baseline", "ci/baseline.json", "docs/a.txt").exit_code == 0
    entries = json.loads(Path("ci/baseline.json").read_text(encoding="utf-8"))["findings"]
    assert {e["path"] for e in entries} == {"../docs/a.txt"}
    assert invoke("check", "--baseline", "ci/baseline.json", "docs/a.txt").exit_code == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "baseline file not found"),
        ("{", "not a fillcheck baseline: invalid JSON at line 1"),
        ("[]", "not a fillcheck baseline: no version field"),
        ('{"version": 2, "findings": []}',
         "unsupported baseline version 2 (this fillcheck reads 1)"),
        ('{"version": 1}', "not a fillcheck baseline: no findings list"),
        ('{"version": 1, "findings": [{"path": "a.txt"}]}',
         "not a fillcheck baseline: entry 1 lacks a path or fingerprint"),
        (b"\xff\xfe\x00", "not a fillcheck baseline: not UTF-8 text"),
    ],
)  # fmt: skip
def test_unusable_baseline_is_a_one_line_error(project, content, reason):
    if isinstance(content, str):
        Path("b.json").write_text(content, encoding="utf-8")
    elif content is not None:
        Path("b.json").write_bytes(content)
    result = invoke("check", "--baseline", "b.json", "docs/")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"fillcheck: error: b.json: {reason}\n"


def test_baseline_that_is_a_directory_or_unwritable_place(project):
    Path("dir.json").mkdir()
    result = invoke("check", "--baseline", "dir.json", "docs/")
    assert (result.exit_code, result.stderr) == (
        2, "fillcheck: error: dir.json: baseline is a directory, not a file\n"
    )  # fmt: skip
    result = invoke("check", "--write-baseline", "missing/b.json", "docs/")
    assert (result.exit_code, result.stderr) == (
        2, "fillcheck: error: missing/b.json: cannot write the baseline: no such directory\n"
    )  # fmt: skip
    assert not Path("missing").exists()


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_baseline_with_an_extracted_document(project, suffix):
    """A .txt or .docx edited above its finding stays baselined; a new finding is reported."""
    if suffix == ".docx":
        import docx

        def save(*paragraphs: str) -> None:
            document = docx.Document()
            for paragraph in paragraphs:
                document.add_paragraph(paragraph)
            document.save("report.docx")
    else:

        def save(*paragraphs: str) -> None:
            write("report.txt", *paragraphs)

    name = f"report{suffix}"
    save("工作总结", STAR, XX)
    assert invoke("check", "--write-baseline", "b.json", name).exit_code == 0
    save("工作总结", "一、基本情况", "今年以来，我们扎实开展工作。", STAR, XX)
    assert invoke("check", "--baseline", "b.json", name).exit_code == 0
    save("工作总结", "一、基本情况", STAR, XX, ANON)
    result = invoke("check", "--baseline", "b.json", "-q", "-f", "json", name)
    assert [(f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)] == [
        ("FC103", 5, 1)
    ]


def test_filter_is_a_multiset_and_does_not_consume(tmp_path):
    """Baseline.filter can be called for the same document again with the same answer."""
    doc = Document("\n".join([STAR, STAR, STAR]), source=str(tmp_path / "a.txt"))
    findings = audit_document(doc, all_rules())
    writer = BaselineWriter(str(tmp_path / "b.json"))
    writer.add(findings[:2], doc)
    assert writer.write() == 2
    baseline = Baseline.load(str(tmp_path / "b.json"))
    assert baseline.filter(findings, doc) == findings[2:]
    assert baseline.filter(findings, doc) == findings[2:]
    other = Document(doc.text, source=str(tmp_path / "other.txt"))
    assert baseline.filter(audit_document(other, all_rules()), other) == audit_document(
        other, all_rules()
    )


def test_write_leaves_no_temporary_file_and_keeps_the_old_one_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "b.json"
    target.write_text("old", encoding="utf-8")
    writer = BaselineWriter(str(target))

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("fillcheck.baseline.os.replace", fail)
    with pytest.raises(OSError):
        writer.write()
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.json"]


def test_readme_example(tmp_path, monkeypatch):
    """The example of the README's "Baseline" section, as written there."""
    monkeypatch.chdir(tmp_path)
    write("docs/a.txt", "共组织学习*次。", "今年发展对象XX名。")
    result = invoke("check", "--write-baseline", "fillcheck-baseline.json", "docs/")
    assert result.stderr == "fillcheck: recorded 2 findings in fillcheck-baseline.json\n"
    write("docs/a.txt", "新加的一段。", "共组织学习*次。", "今年发展对象XX名。", "某单位召开会议。")
    result = invoke("check", "--baseline", "fillcheck-baseline.json", "docs/")
    assert result.stdout == (
        "docs/a.txt:4:1: warning FC103 `某单位`: the name of the 单位 was never filled in [`某`]\n"
    )
    assert result.stderr == "fillcheck: 1 file checked, 1 finding (1 warning)\n"
    assert result.exit_code == 1
    result = invoke("check", "--baseline", "missing.json", "docs/")
    assert (result.exit_code, result.stderr) == (
        2, "fillcheck: error: missing.json: baseline file not found\n"
    )  # fmt: skip
