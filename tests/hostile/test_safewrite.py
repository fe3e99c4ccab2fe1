"""safewrite: regular files only, atomic replacement, symlinks written through."""

from __future__ import annotations

import os

import pytest

from fillcheck.safewrite import NotRegularFile, read_regular, write_atomic


def test_write_creates_and_replaces(tmp_path):
    path = tmp_path / "out.txt"
    write_atomic(str(path), "一\n")
    write_atomic(str(path), "二\n")
    assert path.read_text(encoding="utf-8") == "二\n"
    assert os.listdir(tmp_path) == ["out.txt"]  # no temporary file left


def test_write_refuses_a_directory_and_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(NotRegularFile, match=r"is a FIFO \(named pipe\), not a regular file"):
        write_atomic(str(tmp_path / "pipe"), "x")
    with pytest.raises(NotRegularFile, match="is a directory"):
        write_atomic(str(tmp_path), "x")
    assert sorted(os.listdir(tmp_path)) == ["pipe"]


def test_write_through_a_chain_of_symlinks(tmp_path):
    (tmp_path / "target.txt").write_text("old")
    (tmp_path / "one").symlink_to("target.txt")
    (tmp_path / "two").symlink_to("one")
    write_atomic(str(tmp_path / "two"), "new")
    assert (tmp_path / "two").is_symlink() and (tmp_path / "one").is_symlink()
    assert (tmp_path / "target.txt").read_text() == "new"


def test_read_is_bounded(tmp_path):
    path = tmp_path / "big"
    path.write_bytes(b"x" * 2000)
    assert read_regular(str(path), 2000) == b"x" * 2000
    with pytest.raises(ValueError, match="too large"):
        read_regular(str(path), 1999)
    with pytest.raises(NotRegularFile, match="character device"):
        read_regular("/dev/zero", 10)
