"""Configuration and baseline files that are too deep or too large, and baseline writes
that must not destroy what they would replace."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from harness import GOOD_FINDING, good_file, run


@pytest.fixture
def here(tmp_path: Path) -> Path:
    good_file(tmp_path)
    return tmp_path


def test_configuration_nested_thousands_deep(here):
    (here / "deep.toml").write_text("x = " + "[" * 50_000 + "]" * 50_000 + "\n")
    result = run("check", "--config", "deep.toml", "good.txt", cwd=here)
    assert result.code == 2
    assert result.errors == ["fillcheck: error: deep.toml: invalid TOML: nested too deeply"]


def test_discovered_configuration_nested_deep_stops_only_its_files(here):
    sub = here / "sub"
    sub.mkdir()
    (sub / ".fillcheck.toml").write_text("x = " + "{a = " * 20_000 + "1" + "}" * 20_000)
    (sub / "a.txt").write_text("共XX名\n", encoding="utf-8")
    result = run("check", "sub/a.txt", "good.txt", cwd=here)
    assert result.code == 2
    assert result.errors == [
        "fillcheck: error: sub/.fillcheck.toml: invalid TOML: nested too deeply"
    ]
    assert GOOD_FINDING in result.stdout


def test_baseline_nested_thousands_deep(here):
    (here / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    result = run("check", "--baseline", "deep.json", "good.txt", cwd=here)
    assert result.code == 2
    assert result.errors == [
        "fillcheck: error: deep.json: not a fillcheck baseline: nested too deeply"
    ]


def test_write_baseline_refuses_a_fifo_and_leaves_it(here):
    os.mkfifo(here / "b.json")
    result = run("check", "--write-baseline", "b.json", "good.txt", cwd=here)
    assert result.code == 2
    assert result.errors == [
        "fillcheck: error: b.json: baseline is a FIFO (named pipe), not a regular file"
    ]
    assert stat.S_ISFIFO(os.lstat(here / "b.json").st_mode)


def test_write_baseline_refuses_a_device(here):
    # a node of its own, like /dev/full: a regression replaces it, not the system's device
    try:
        os.mknod(here / "full", 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("creating a device node needs root")
    result = run("check", "--write-baseline", "full", "good.txt", cwd=here)
    assert result.code == 2
    assert result.errors == [
        "fillcheck: error: full: baseline is a character device, not a regular file"
    ]
    assert stat.S_ISCHR(os.lstat(here / "full").st_mode)


def test_write_baseline_writes_through_a_symlink(here):
    (here / "real.json").write_text("old\n")
    os.chmod(here / "real.json", 0o640)
    (here / "b.json").symlink_to("real.json")
    result = run("check", "--write-baseline", "b.json", "good.txt", cwd=here)
    assert result.code == 0, result.stderr
    assert (here / "b.json").is_symlink()
    recorded = json.loads((here / "real.json").read_text(encoding="utf-8"))
    assert [entry["text"] for entry in recorded["findings"]] == ["XX"]
    assert stat.S_IMODE(os.stat(here / "real.json").st_mode) == 0o640
    assert sorted(p.name for p in here.iterdir()) == ["b.json", "good.txt", "real.json"]
