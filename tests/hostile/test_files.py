"""Things that are not regular files, odd trees and odd names: reported or handled, never a hang."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from harness import GOOD_FINDING, assert_bad_reported, good_file, run

from helpers import default_sigint

MASKED = "本次共有XX名同志参加会议。\n"


@pytest.fixture
def here(tmp_path: Path) -> Path:
    good_file(tmp_path)
    return tmp_path


def test_fifo_named_on_the_command_line(here):
    os.mkfifo(here / "pipe.txt")
    result = run("check", "pipe.txt", "good.txt", cwd=here)
    assert_bad_reported(result, ["pipe.txt"])
    assert result.errors == [
        "fillcheck: error: pipe.txt: is a FIFO (named pipe), not a regular file"
    ]


def test_fifo_and_socket_met_while_walking(here):
    import socket

    folder = here / "docs"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")
    (folder / "b.txt").write_text(MASKED, encoding="utf-8")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "c.txt"))
    try:
        result = run("check", "docs", "good.txt", cwd=here)
    finally:
        server.close()
    assert_bad_reported(result, ["docs/a.txt", "docs/c.txt"])
    assert result.errors[1] == "fillcheck: error: docs/c.txt: is a socket, not a regular file"
    assert "docs/b.txt:1:5: error FC102" in result.stdout


def test_device_named_on_the_command_line(here):
    result = run("check", "/dev/zero", "good.txt", cwd=here)
    assert_bad_reported(result, ["/dev/zero"])
    assert "is a character device, not a regular file" in result.errors[0]


@pytest.mark.parametrize("name", [".fillcheck.toml", "pyproject.toml"])
def test_fifo_as_a_discovered_configuration_file(here, name):
    folder = here / "sub"
    folder.mkdir()
    os.mkfifo(folder / name)
    (folder / "a.txt").write_text(MASKED, encoding="utf-8")
    result = run("check", "sub/a.txt", "good.txt", cwd=here)
    assert_bad_reported(result, [f"sub/{name}"])
    assert "is a FIFO (named pipe), not a regular file" in result.errors[0]
    assert "sub/a.txt" not in result.stdout  # governed by a configuration that cannot be read


@pytest.mark.parametrize("option", ["--config", "--baseline"])
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_fifo_or_device_as_configuration_or_baseline(here, option, kind):
    path = "/dev/zero" if kind == "device" else "pipe.json"
    if kind == "fifo":
        os.mkfifo(here / path)
    result = run("check", option, path, "good.txt", cwd=here)
    assert result.code == 2
    assert len(result.errors) == 1 and path in result.errors[0], result.errors
    what = "character device" if kind == "device" else "FIFO (named pipe)"
    assert f"is a {what}, not a regular file" in result.errors[0]


def test_a_thousand_directories_deep(here):
    deep = str(here)
    for _ in range(1000):  # pathlib's mkdir(parents=True) recurses itself
        deep = os.path.join(deep, "d")
        os.mkdir(deep)
    Path(deep, "a.txt").write_text(MASKED, encoding="utf-8")
    try:
        result = run("check", "d", cwd=here)
    finally:  # shutil.rmtree, which cleans up tmp_path, recurses too
        os.remove(os.path.join(deep, "a.txt"))
        while deep != str(here):
            os.rmdir(deep)
            deep = os.path.dirname(deep)
    assert result.code == 1, result.stderr
    assert result.stdout.startswith("d/d/d/") and ":1:5: error FC102" in result.stdout


def test_symlinked_directory_is_walked_once_and_a_loop_ends(here):
    outside = here / "outside"
    outside.mkdir()
    (outside / "a.txt").write_text(MASKED, encoding="utf-8")
    tree = here / "tree"
    tree.mkdir()
    (tree / "linked").symlink_to(outside)
    (tree / "again").symlink_to(outside)  # a second link to the same place: walked once
    (outside / "loop").symlink_to(tree)  # back up: a loop
    (tree / "self").symlink_to(".")
    result = run("check", "tree", cwd=here)
    assert result.code == 1, result.stderr
    assert result.stdout.splitlines() == [
        "tree/again/a.txt:1:5: error FC102 `XX名`: the number of people was never filled in [`XX`]"
    ]


def test_the_same_file_named_twice_is_checked_once(here):
    os.symlink("good.txt", here / "alias.txt")
    result = run("check", "good.txt", "./good.txt", "alias.txt", cwd=here)
    assert result.code == 1
    assert result.stdout.count("FC102") == 1
    assert "1 file checked" in result.stderr


def test_control_characters_in_a_file_name_are_escaped(here):
    name = "red\x1b[31m\nname.txt"
    (here / name).write_text(MASKED, encoding="utf-8")
    os.mkfifo(here / "bell\x07.txt")
    result = run("check", name, "bell\x07.txt", cwd=here)
    assert result.stdout.startswith("red\\x1b[31m\\x0aname.txt:1:5: error FC102"), result.stdout
    assert result.errors == [
        "fillcheck: error: bell\\x07.txt: is a FIFO (named pipe), not a regular file"
    ]
    assert "\x1b" not in result.stdout + result.stderr


def test_full_standard_output(here):
    with open("/dev/full", "w") as full:
        result = run("check", "good.txt", cwd=here, stdout=full)
    assert result.code == 2
    assert result.errors == [
        "fillcheck: error: cannot write to standard output: No space left on device"
    ]


def test_closed_standard_output(here):
    script = "import os, subprocess, sys; os.close(1); sys.exit(subprocess.call(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", script, sys.executable, "-m", "fillcheck", "check", "good.txt"],
        cwd=here, capture_output=False, stderr=subprocess.PIPE, timeout=90,
    )  # fmt: skip
    stderr = done.stderr.decode()
    assert done.returncode == 2 and "Traceback" not in stderr
    closed = "fillcheck: error: cannot write to standard output: it is closed"
    assert stderr.splitlines()[0] == closed


def test_closed_standard_error_still_gives_the_status(here):
    os.mkfifo(here / "pipe.txt")
    result = run("check", "pipe.txt", "good.txt", cwd=here, close_stderr=True)
    assert result.code == 2
    assert GOOD_FINDING in result.stdout
    assert result.stderr == ""


def _cpu_and_state(pid: int) -> tuple[int, str]:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12]), fields[0]


def _wait_until_blocked(pid: int, limit: float = 60.0) -> None:
    """Return once the process sleeps with its CPU time unchanged for a second.

    A loaded machine can take longer than any fixed pause to start Python; a signal sent
    before fillcheck installs its handler would test the interpreter, not fillcheck.
    Without /proc this falls back to a fixed pause.
    """
    if not Path(f"/proc/{pid}/stat").exists():
        time.sleep(3)
        return
    deadline = time.monotonic() + limit
    last, quiet = None, 0
    while time.monotonic() < deadline and quiet < 4:
        time.sleep(0.25)
        cpu, state = _cpu_and_state(pid)
        quiet = quiet + 1 if state == "S" and cpu == last else 0
        last = cpu


def test_ctrl_c_prints_interrupted(here):
    child = subprocess.Popen(
        [sys.executable, "-m", "fillcheck", "check", "-"],
        cwd=here, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=default_sigint,
    )  # fmt: skip
    try:
        child.stdin.write("本次".encode())  # then nothing: it waits for the rest
        child.stdin.flush()
        _wait_until_blocked(child.pid)  # started and waiting for the rest of standard input
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)
    finally:
        child.kill()
    assert child.returncode == 130
    assert stderr.decode().splitlines() == ["fillcheck: interrupted"]
