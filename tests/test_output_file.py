"""`check --output-file/-o`: every format to a file, atomically, never over a non-file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck.cli import app
from fillcheck.formatters import FORMATS

MASKED = "今年发展对象XX名。\n会议由某单位主持。\n"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "masked.txt"
    path.write_text(MASKED, encoding="utf-8")
    return path


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("name", sorted(set(FORMATS) - {"statistics", "html"}))
def test_every_format_writes_to_the_file_what_it_prints(doc, tmp_path, name):
    printed = invoke("check", "--format", name, str(doc))
    out = tmp_path / "out" / f"report.{name}"
    out.parent.mkdir()
    written = invoke("check", "--format", name, "-o", str(out), str(doc))
    assert written.exit_code == printed.exit_code == 1
    assert written.stdout == ""
    assert printed.stdout
    assert out.read_text(encoding="utf-8") == printed.stdout
    assert (
        written.stderr
        == printed.stderr
        == "fillcheck: 1 file checked, 2 findings (1 error, 1 warning)\n"
    )
    assert leftovers(out.parent) == []


def test_statistics_go_to_the_file_too(doc, tmp_path):
    printed = invoke("check", "--statistics", str(doc))
    out = tmp_path / "stats.txt"
    written = invoke("check", "--statistics", "--output-file", str(out), str(doc))
    assert written.stdout == ""
    assert out.read_text(encoding="utf-8") == printed.stdout
    assert "FC102" in printed.stdout


def test_existing_file_is_replaced_and_keeps_its_permissions(doc, tmp_path):
    out = tmp_path / "report.txt"
    out.write_text("old report, much longer than the new one " * 100, encoding="utf-8")
    out.chmod(0o640)
    result = invoke("check", "-o", str(out), str(doc))
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8").startswith(f"{doc}:1:7: error FC102 ")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_new_file_gets_the_umask_permissions(doc, tmp_path):
    out = tmp_path / "new.txt"
    umask = os.umask(0o022)
    try:
        invoke("check", "-o", str(out), str(doc))
    finally:
        os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_symlink_is_written_through_and_stays_a_link(doc, tmp_path):
    real = tmp_path / "reports" / "real.json"
    real.parent.mkdir()
    real.write_text("[]", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = invoke("check", "-f", "json", "-o", str(link), str(doc))
    assert result.exit_code == 1
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert '"rule": "FC102"' in real.read_text(encoding="utf-8")
    assert leftovers(tmp_path) == leftovers(real.parent) == []


@pytest.mark.parametrize("kind", ["directory", "fifo", "device"])
def test_non_regular_targets_are_refused_with_one_line(doc, tmp_path, kind):
    if kind == "directory":
        target, reason = tmp_path / "adir", "a directory"
        target.mkdir()
    elif kind == "fifo":
        target, reason = tmp_path / "pipe", "a named pipe"
        os.mkfifo(target)
    else:
        target, reason = Path("/dev/null"), "a device"
    result = invoke("check", "-o", str(target), str(doc))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"fillcheck: error: {target}: cannot write the output: {reason}, not a regular file\n"
    )
    assert leftovers(tmp_path) == []


def test_missing_directory_is_an_error(doc, tmp_path):
    target = tmp_path / "nowhere" / "r.txt"
    result = invoke("check", "-o", str(target), str(doc))
    assert result.exit_code == 2
    assert result.stderr == (
        f"fillcheck: error: {target}: cannot write the output: no directory {target.parent}\n"
    )


def test_a_run_that_fails_leaves_the_old_report_whole(doc, tmp_path, monkeypatch):
    out = tmp_path / "report.txt"
    out.write_text("previous report\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("fillcheck.runner.run_check", broken)
    result = invoke("check", "-o", str(out), str(doc))
    assert isinstance(result.exception, RuntimeError)
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert leftovers(tmp_path) == []


def test_unknown_format_fails_before_creating_the_file(doc, tmp_path):
    out = tmp_path / "r.txt"
    result = invoke("check", "-f", "nope", "-o", str(out), str(doc))
    assert result.exit_code == 2
    assert not out.exists()
    assert leftovers(tmp_path) == []
