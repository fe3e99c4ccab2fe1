"""The command line: exit codes, stdin, encodings, errors, file discovery."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck.cli import app

MASKED = "今年发展对象XX名。\n"
CLEAN = "今年发展对象12名。\n"
MASKED_MESSAGE = "`XX名`: the number of people was never filled in [`XX`]"


def invoke(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    (tmp_path / "masked.txt").write_text(MASKED, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_findings_exit_1_with_gnu_lines(docs):
    result = invoke("check", str(docs / "masked.txt"))
    assert result.exit_code == 1
    path = docs / "masked.txt"
    assert result.stdout == (
        f"{path}:1:7: error FC102 `XX名`: the number of people was never filled in [`XX`]\n"
    )
    assert result.stderr == "fillcheck: 1 file checked, 1 finding (1 error)\n"


def test_clean_file_exits_0(docs):
    result = invoke("check", str(docs / "clean.txt"))
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "fillcheck: 1 file checked, no findings\n"


def test_exit_zero_and_fail_on(docs):
    assert invoke("check", "--exit-zero", str(docs / "masked.txt")).exit_code == 0
    anon = docs / "anon.txt"
    anon.write_text("某单位召开会议\n", encoding="utf-8")  # FC103 is a warning
    assert invoke("check", "--fail-on", "error", str(anon)).exit_code == 0
    assert invoke("check", "--fail-on", "warning", str(anon)).exit_code == 1


def test_severity_filters_what_is_reported(docs):
    anon = docs / "anon.txt"
    anon.write_text("某单位召开会议，发展对象XX名\n", encoding="utf-8")
    result = invoke("check", "--severity", "error", "-q", "-f", "json", str(anon))
    assert [f["rule"] for f in json.loads(result.stdout)] == ["FC102"]


def test_json_keys_and_positions(docs):
    result = invoke("check", "-q", "--format", "json", str(docs / "masked.txt"))
    (finding,) = json.loads(result.stdout)
    assert list(finding) == [
        "path", "line", "column", "end_line", "end_column", "rule", "name",
        "category", "severity", "text", "message", "suggestion",
    ]  # fmt: skip
    assert (finding["line"], finding["column"], finding["end_column"]) == (1, 7, 9)
    assert (finding["rule"], finding["text"], finding["category"]) == ("FC102", "XX", "placeholder")


def test_jsonl_one_object_per_line(docs):
    result = invoke("check", "-q", "--format", "jsonl", str(docs))
    lines = result.stdout.splitlines()
    assert [json.loads(line)["rule"] for line in lines] == ["FC102"]


def test_stdin_with_filename():
    result = invoke("check", "-", "--stdin-filename", "report.md", stdin=MASKED.encode())
    assert result.exit_code == 1
    assert result.stdout.startswith("report.md:1:7: error FC102 ")


def test_stdin_markdown_code_is_skipped():
    text = "`XX名` 在代码里\n".encode()
    result = invoke("check", "-", "--stdin-filename", "notes.md", stdin=text)
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig", "big5"])
def test_encodings_are_detected(tmp_path, encoding):
    text = (
        "本人切實履行基層黨建工作第一責任人職責，發展對象XX名。"
        if encoding == "big5"
        else ("本人切实履行基层党建工作第一责任人职责，发展对象XX名。")
    )
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    result = invoke("check", "-q", "-f", "json", str(path))
    assert [(f["rule"], f["column"]) for f in json.loads(result.stdout)] == [("FC102", 25)]


def test_forced_encoding(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("XX名".encode("gbk"))
    result = invoke("check", "-q", "--encoding", "gbk", "-f", "json", str(path))
    assert [f["text"] for f in json.loads(result.stdout)] == ["XX"]
    bad = invoke("check", "--encoding", "no-such-codec", str(path))
    assert bad.exit_code == 2
    assert bad.stderr == "fillcheck: error: unknown encoding 'no-such-codec'\n"


def test_undecodable_and_binary_files_are_errors_and_others_still_checked(docs):
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    result = invoke("check", str(docs))
    assert result.exit_code == 2
    assert f"fillcheck: error: {docs / 'binary.txt'}: binary file, not text" in result.stderr
    assert f"{docs / 'masked.txt'}:1:7: error FC102" in result.stdout  # still checked
    assert "2 files checked, 1 finding (1 error), 1 file error" in result.stderr


def test_missing_file_is_an_error(docs):
    result = invoke("check", str(docs / "nope.txt"), str(docs / "masked.txt"))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"fillcheck: error: {docs / 'nope.txt'}: no such file"
    assert result.stdout == f"{docs / 'masked.txt'}:1:7: error FC102 {MASKED_MESSAGE}\n"


def test_empty_file_has_no_findings(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert invoke("check", str(tmp_path / "empty.txt")).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "FC999"], "fillcheck: error: unknown rule code or prefix 'FC999'\n"),
        (["--ignore", "FC1,nope"], "fillcheck: error: unknown rule code or prefix 'nope'\n"),
        (["--format", "xml"], "fillcheck: error: unknown format 'xml' (expected one of: "),
        (["--fail-on", "fatal"], "fillcheck: error: unknown severity 'fatal' (expected one of: "),
    ],
)
def test_usage_errors_exit_2_with_one_line(docs, args, message):
    result = invoke("check", *args, str(docs / "masked.txt"))
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_select_limits_rules(docs):
    result = invoke("check", "--select", "FC101", str(docs / "masked.txt"))
    assert (result.exit_code, result.stdout) == (0, "")


def test_directory_walk_skips_hidden_gitignored_and_other_types(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("ignored/\n*.draft.txt\n", encoding="utf-8")
    for rel in ["a.txt", "b.md", "c.markdown", "d.text", "sub/e.txt", "ignored/f.txt",
                ".hidden/g.txt", "h.draft.txt", "i.csv", ".j.txt"]:  # fmt: skip
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(MASKED, encoding="utf-8")
    result = invoke("check", "-q", "-f", "json", str(tmp_path))
    found = sorted(Path(f["path"]).relative_to(tmp_path).as_posix()
                   for f in json.loads(result.stdout))  # fmt: skip
    assert found == ["a.txt", "b.md", "c.markdown", "d.text", "sub/e.txt"]
    named = invoke("check", "-q", str(tmp_path / "ignored" / "f.txt"))  # named: always checked
    assert named.exit_code == 1


def test_directory_walk_skips_word_lock_files(tmp_path):
    """`~$报告.docx` is the lock file Word keeps beside an open document, not a document."""
    (tmp_path / "a.txt").write_text(MASKED, encoding="utf-8")
    (tmp_path / "~$报告.docx").write_bytes(b"\x08zhangsan" + b"\x00" * 100)
    result = invoke("check", "-f", "json", str(tmp_path))
    assert result.exit_code == 1  # a.txt's finding; no error for the lock file
    assert [Path(f["path"]).name for f in json.loads(result.stdout)] == ["a.txt"] * len(
        json.loads(result.stdout)
    )
    assert "~$" not in result.stderr


def test_rules_and_explain():
    table = invoke("rules")
    assert table.exit_code == 0
    assert "FC101" in table.stdout and "star-masked-value" in table.stdout
    explained = invoke("explain", "FC101")
    assert explained.stdout.startswith("FC101 star-masked-value (placeholder, default severity ")
    assert "## Why is this bad?" in explained.stdout
    unknown = invoke("explain", "FC999")
    assert unknown.exit_code == 2
    assert unknown.stderr == "fillcheck: error: unknown rule 'FC999' (see `fillcheck rules`)\n"


def test_console_script_and_module_entry_points(docs):
    """The installed `fillcheck` and `python -m fillcheck` run, and a closed pipe is quiet."""
    exe = Path(sys.executable).with_name("fillcheck")
    for command in ([str(exe)], [sys.executable, "-m", "fillcheck"]):
        proc = subprocess.run(
            [*command, "check", str(docs / "masked.txt")], capture_output=True, text=True
        )
        assert proc.returncode == 1
        assert "FC102" in proc.stdout and "Traceback" not in proc.stderr
    many = docs / "many.txt"
    many.write_text(MASKED * 20000, encoding="utf-8")
    proc = subprocess.run(
        f"'{exe}' check '{many}' | head -1", shell=True, capture_output=True, text=True
    )
    assert proc.stdout.count("\n") == 1 and "Traceback" not in proc.stderr


def test_unreadable_file(docs, monkeypatch):
    """Permission errors are reported per file (simulated: CI runs as root, which reads all)."""
    import builtins

    path = docs / "secret.txt"
    path.write_text(MASKED, encoding="utf-8")
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    result = invoke("check", str(path), str(docs / "masked.txt"))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"fillcheck: error: {path}: permission denied"
    assert result.stdout == f"{docs / 'masked.txt'}:1:7: error FC102 {MASKED_MESSAGE}\n"
