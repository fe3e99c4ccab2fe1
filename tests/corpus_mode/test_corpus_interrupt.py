"""Ctrl-C during fillcheck corpus leaves outputs complete up to a record."""

from __future__ import annotations

import os
import signal
import subprocess

import pyarrow.parquet as pq
import pytest
from corpusdata import FILLCHECK, expected_rows, read_jsonl, write_jsonl

from helpers import default_sigint


def _interrupt(tmp_path, output: str) -> subprocess.CompletedProcess:
    """Start a long run, wait for its first progress line, press Ctrl-C (SIGINT to the group)."""
    proc = subprocess.Popen(
        [*FILLCHECK, "corpus", "big.jsonl", "-o", output, "--jobs", "2", "--batch-size", "20",
         "--progress-every", "0.2"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, preexec_fn=default_sigint,
    )  # fmt: skip
    first = proc.stderr.readline()  # type: ignore[union-attr]
    assert first.endswith("records/s\n"), first
    os.killpg(proc.pid, signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, first + stderr)


@pytest.fixture
def big(tmp_path, records):
    many = [{**r, "id": f"r{n}"} for n, r in enumerate(records * 60)]
    write_jsonl(tmp_path / "big.jsonl", many, ascii=False)
    return many


def _prefix(rows: list[dict], many: list[dict]) -> list[dict]:
    """The findings of the records up to the last one present in ``rows``."""
    last = int(rows[-1]["id"][1:])
    return expected_rows(many[: last + 1], "big.jsonl")


def test_interrupted_json_lines_output_is_complete_up_to_a_record(tmp_path, big):
    done = _interrupt(tmp_path, "out.jsonl")
    assert done.returncode == 130, done.stderr
    assert "interrupted; the outputs hold every record before this point" in done.stderr
    assert "Traceback" not in done.stderr
    rows = read_jsonl(tmp_path / "out.jsonl")  # every line is whole JSON
    assert rows == _prefix(rows, big)
    assert int(rows[-1]["id"][1:]) < len(big) - 100  # it really stopped early


def test_interrupted_parquet_output_is_a_valid_table(tmp_path, big):
    done = _interrupt(tmp_path, "out.parquet")
    assert done.returncode == 130, done.stderr
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert rows == _prefix(rows, big)
