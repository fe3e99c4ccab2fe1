"""Bad input never loses a finding: one line naming the file and the reason, exit 2 at
the end, and every other file in the run still checked and reported.

The .docx and .pdf cases (corrupt, truncated, encrypted, zip bomb, renamed) live
with their readers' tests in tests/readers/.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck import readers
from fillcheck.cli import app

MASKED = "今年发展对象XX名。\n"


def run(*args: str):
    result = CliRunner().invoke(app, ["check", *args])
    # Any exception other than the exit itself would be a traceback for a user.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(MASKED, encoding="utf-8")
    return path


def assert_reported(result, bad: str, reason: str, good: Path) -> None:
    """Exit 2, the error is one line naming the file, and good.txt's finding is printed."""
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("fillcheck: error:")]
    assert errors == [f"fillcheck: error: {bad}: {reason}"]
    assert f"{good}:1:7: error FC102" in result.stdout


def test_binary_file_given_as_text(tmp_path, good):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    assert_reported(run(str(bad), str(good)), str(bad), "binary file, not text", good)


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.docx", "empty.pdf", "e.html"])
def test_empty_file_is_no_error_and_no_findings(tmp_path, good, name):
    (tmp_path / name).write_bytes(b"")
    result = run(str(tmp_path / name), str(good))
    assert result.exit_code == 1  # good.txt's finding, nothing else
    assert result.stdout.count("\n") == 1 and "error:" not in result.stderr
    assert "2 files checked" in result.stderr


def test_large_file_and_long_line_are_checked_whole(tmp_path, good):
    """CI affords 24 MB and a 6 MB line; benchmarks/bench.py measures 200 MB and 50 MB."""
    big = tmp_path / "big.txt"
    block = ("全面推进基层党组织建设，持续深化作风建设。\n" * 2000).encode("utf-8")
    with big.open("wb") as handle:
        for _ in range(24 * 2**20 // len(block)):
            handle.write(block)
        handle.write("结尾处还有XX名。\n".encode())
    line = tmp_path / "line.txt"
    repeats = 6 * 2**20 // 21
    line.write_text("一二三四五六。" * repeats + "共*项", encoding="utf-8")
    last_line = 24 * 2**20 // len(block) * 2000 + 1
    result = run(str(big), str(line), str(good))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{big}:{last_line}:6: error FC102 `XX名`: the number of people was never filled in [`XX`]",
        f"{line}:1:{7 * repeats + 2}: error FC101 `*项`: the number was never filled in [`*`]",
        f"{good}:1:7: error FC102 `XX名`: the number of people was never filled in [`XX`]",
    ]


def test_file_over_the_size_limit(tmp_path, good):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (2 * 2**20 + 1))
    result = run("--max-size", "2", str(big), str(good))
    reason = "is 2.0 MB, over the size limit of 2 MB (raise it with --max-size)"
    assert_reported(result, str(big), reason, good)
    assert run("--max-size", "3", str(big), str(good)).exit_code == 1


def test_directory_with_10000_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(10_000):
        (folder / f"{index:05}.txt").write_text(f"第{index}份材料。\n", encoding="utf-8")
    (folder / "05000.txt").write_text(MASKED, encoding="utf-8")
    result = run(str(folder))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{folder / '05000.txt'}:1:7: error FC102 `XX名`: the number of people was never "
        "filled in [`XX`]"
    ]
    assert "10000 files checked, 1 finding" in result.stderr


def test_unreadable_permissions(tmp_path, good, monkeypatch):
    """chmod 000 where the tests do not run as root; simulated for root, which reads all."""
    bad = tmp_path / "secret.txt"
    bad.write_text(MASKED, encoding="utf-8")
    bad.chmod(0)
    if os.geteuid() == 0:
        real_open = open

        def guarded(file, *args, **kwargs):
            if str(file) == str(bad):
                raise PermissionError(errno.EACCES, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(readers, "open", guarded, raising=False)
    try:
        assert_reported(run(str(bad), str(good)), str(bad), "permission denied", good)
    finally:
        bad.chmod(0o644)


def test_unlistable_directory(tmp_path, good, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    from fillcheck import walk

    real_scandir = os.scandir

    def guarded(path):
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(walk.os, "scandir", guarded)
    result = run(str(locked), str(good))
    assert_reported(result, str(locked), "cannot list directory: Permission denied", good)


def test_broken_symlink(tmp_path, good):
    bad = tmp_path / "gone.txt"
    bad.symlink_to(tmp_path / "missing.txt")
    assert_reported(run(str(bad), str(good)), str(bad), "broken symbolic link", good)
    # Found by walking a directory too.
    assert_reported(run(str(tmp_path)), str(bad), "broken symbolic link", good)


def test_symlink_loop(tmp_path, good):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    result = run(str(first), str(good))
    assert_reported(result, str(first), "symbolic link loop", good)


def test_directory_symlink_loop_is_not_followed(tmp_path, good):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    result = run(str(tmp_path))
    assert result.exit_code == 1 and "1 file checked" in result.stderr


def test_file_name_that_is_not_utf8(tmp_path, good):
    raw = os.path.join(os.fsencode(tmp_path), b"\xff\xfe\xb1\xa8\xb8\xe6.txt")  # GBK 报告
    with open(raw, "wb") as handle:
        handle.write(MASKED.encode("utf-8"))
    result = run(str(tmp_path))
    shown = f"{tmp_path}/\\xff\\xfe\\xb1\\xa8\\xb8\\xe6.txt"
    assert f"{shown}:1:7: error FC102" in result.stdout
    assert result.exit_code == 1
    as_json = run("--format", "json", str(tmp_path))
    assert shown.replace("\\", "\\\\") in as_json.stdout


def test_file_name_that_is_not_utf8_in_an_error(tmp_path, good):
    raw = os.path.join(os.fsencode(tmp_path), b"\xff.txt")
    os.symlink(b"/nonexistent", raw)
    result = run(str(tmp_path))
    assert_reported(result, f"{tmp_path}/\\xff.txt", "broken symbolic link", good)


def test_file_that_disappears_during_the_run(tmp_path, good, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text(MASKED, encoding="utf-8")
    from fillcheck import runner

    def paths_then_delete(paths):
        yield str(good)
        victim.unlink()  # gone between the directory listing and the read
        yield str(victim)

    monkeypatch.setattr(runner, "iter_paths", paths_then_delete)
    assert_reported(run(str(tmp_path)), str(victim), "no such file", good)


def test_file_that_changes_while_it_is_read(tmp_path, good, monkeypatch):
    growing = tmp_path / "growing.txt"
    growing.write_text("本次发放*份。\n", encoding="utf-8")
    real_open = open

    class Appending:
        """A file whose content grows (a writer appends) while fillcheck reads it."""

        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def fileno(self):
            return self.handle.fileno()

        def read(self, size=-1):
            data = self.handle.read(size)
            with real_open(growing, "ab") as writer:
                writer.write("追加的内容。\n".encode())
            return data

    def opener(file, *args, **kwargs):
        handle = real_open(file, *args, **kwargs)
        return Appending(handle) if str(file) == str(growing) else handle

    monkeypatch.setattr(readers, "open", opener, raising=False)
    result = run(str(growing), str(good))
    assert_reported(result, str(growing), "changed while it was being read; check it again", good)
    assert f"{growing}:1:5: error FC101" in result.stdout  # what was read is still reported


def test_no_traceback_in_a_real_process(tmp_path, good):
    """The same cases through the installed entry point: stderr holds one-line errors only."""
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    proc = subprocess.run(
        [sys.executable, "-m", "fillcheck", "check", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("fillcheck: error:")]
    assert len(errors) == 3, proc.stderr
    assert f"{good}:1:7: error FC102" in proc.stdout
