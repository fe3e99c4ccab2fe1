"""Checking files in worker processes: same output as one process, a deadline and a memory
cap per file, and the staged content of a git index."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck import runner, workers
from fillcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
MASKED = "今年发展对象XX名。\n"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def finding_line(path: Path) -> str:
    return f"{path}:1:7: error FC102 `XX名`: the number of people was never filled in [`XX`]\n"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_two_jobs_print_what_one_process_prints(fmt):
    paths = [str(ROOT / "samples"), str(ROOT / "tests" / "corpus")]
    one = invoke("check", "--jobs", "1", "--format", fmt, *paths)
    two = invoke("check", "--jobs", "2", "--format", fmt, *paths)
    assert one.exit_code == two.exit_code == 1
    assert one.stdout.count("FC1") >= 100
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr


def test_order_holds_when_a_later_file_finishes_first(tmp_path, monkeypatch):
    names = [f"doc{index}.txt" for index in range(12)]
    for name in names:
        (tmp_path / name).write_text(MASKED, encoding="utf-8")
    real = runner.read_document

    def slow_first(path, options):
        if path.endswith("doc0.txt"):
            time.sleep(0.5)  # the others overtake it in the other worker
        return real(path, options)

    monkeypatch.setattr(runner, "read_document", slow_first)
    result = invoke("check", "--jobs", "2", *(str(tmp_path / name) for name in names))
    assert result.stdout == "".join(finding_line(tmp_path / name) for name in names)
    assert result.stderr == "fillcheck: 12 files checked, 12 findings (12 errors)\n"


@pytest.fixture(autouse=True)
def short_backstop(monkeypatch):
    """A file that waits without working is given up after twice its budget on the clock."""
    monkeypatch.setattr(workers, "WALL_FACTOR", 2)


def _hang_on(name: str, monkeypatch, *, block_alarm: bool = False, spin: bool = False):
    """Make reading ``name`` never end: waiting, or with ``spin`` working (with
    ``block_alarm``, as a C call that never returns to Python does: no handler runs)."""
    real = runner.read_document

    def reader(path, options):
        if path.endswith(name):
            if block_alarm:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGPROF})
            while spin:
                pass
            time.sleep(3600)
        return real(path, options)

    monkeypatch.setattr(runner, "read_document", reader)


@pytest.mark.parametrize("spin", [False, True], ids=["waiting", "working"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_that_never_ends_is_given_up_and_the_run_goes_on(tmp_path, monkeypatch, jobs, spin):
    hang, good = tmp_path / "a-hang.txt", tmp_path / "b-good.txt"
    hang.write_text("正文\n", encoding="utf-8")
    good.write_text(MASKED, encoding="utf-8")
    _hang_on("a-hang.txt", monkeypatch, spin=spin)
    result = invoke("check", "--jobs", jobs, "--timeout", "1", str(hang), str(good))
    assert result.exit_code == 2
    assert result.stdout == finding_line(good)
    assert result.stderr == (
        f"fillcheck: error: {hang}: gave up after 1 s\n"
        "fillcheck: 1 file checked, 1 finding (1 error), 1 file error\n"
    )


def test_a_parser_stuck_outside_python_is_stopped_with_one_job(tmp_path, monkeypatch):
    stuck, good = tmp_path / "a-stuck.docx", tmp_path / "b-good.txt"
    stuck.write_bytes(b"PK\x03\x04 not really a document")
    good.write_text(MASKED, encoding="utf-8")
    _hang_on("a-stuck.docx", monkeypatch, block_alarm=True, spin=True)
    result = invoke("check", "--jobs", "1", "--timeout", "1", str(stuck), str(good))
    assert result.exit_code == 2
    assert result.stdout == finding_line(good)
    assert f"fillcheck: error: {stuck}: gave up after 1 s\n" in result.stderr
    assert signal.SIGPROF not in signal.pthread_sigmask(signal.SIG_BLOCK, set())


def test_the_worker_is_replaced_after_a_file_is_given_up(tmp_path, monkeypatch):
    files = [tmp_path / f"doc{index}.txt" for index in range(6)]
    for path in files:
        path.write_text(MASKED, encoding="utf-8")
    _hang_on("doc1.txt", monkeypatch)
    result = invoke("check", "--jobs", "2", "--timeout", "1", *map(str, files))
    assert result.exit_code == 2
    assert result.stdout == "".join(finding_line(p) for p in files if p.name != "doc1.txt")
    assert f"fillcheck: error: {files[1]}: gave up after 1 s\n" in result.stderr


def _cyclic_pdf() -> bytes:
    """A PDF whose page count is an object that refers to itself."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 4 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        b"4 0 R",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
    out += trailer % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_with_a_reference_cycle_does_not_hang_the_run(tmp_path):
    pdf, good = tmp_path / "a-cycle.pdf", tmp_path / "b-good.txt"
    pdf.write_bytes(_cyclic_pdf())
    good.write_text(MASKED, encoding="utf-8")
    command = [sys.executable, "-m", "fillcheck", "check", "--jobs", "1", "--timeout", "3"]
    done = subprocess.run(
        [*command, str(pdf), str(good)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert done.stdout == finding_line(good)
    errors = [line for line in done.stderr.splitlines() if str(pdf) in line]
    assert len(errors) == 1 and errors[0].startswith(f"fillcheck: error: {pdf}: ")
    assert "Traceback" not in done.stderr


def _greedy(name: str, monkeypatch, *, die: bool = False):
    real = runner.read_document

    def reader(path, options):
        if path.endswith(name):
            if die:  # as the kernel or a C library ends a process that runs out
                os.kill(os.getpid(), signal.SIGKILL)
            hoard = [bytearray(64 * 2**20) for _ in range(64)]  # 4 GB
            return hoard
        return real(path, options)

    monkeypatch.setattr(runner, "read_document", reader)


@pytest.mark.parametrize("die", [False, True], ids=["memory-error", "killed"])
def test_a_file_over_the_memory_cap_is_reported(tmp_path, monkeypatch, die):
    big, good = tmp_path / "a-big.txt", tmp_path / "b-good.txt"
    big.write_text("正文\n", encoding="utf-8")
    good.write_text(MASKED, encoding="utf-8")
    _greedy("a-big.txt", monkeypatch, die=die)
    result = invoke("check", "--jobs", "2", "--max-memory", "1024", str(big), str(good))
    assert result.exit_code == 2
    assert result.stdout == finding_line(good)
    assert result.stderr == (
        f"fillcheck: error: {big}: needed more than 1024 MB\n"
        "fillcheck: 1 file checked, 1 finding (1 error), 1 file error\n"
    )


def test_jobs_timeout_and_memory_from_the_configuration(tmp_path, monkeypatch):
    (tmp_path / ".fillcheck.toml").write_text("timeout = 1\njobs = 2\nmax-memory = 900\n")
    hang, good = tmp_path / "a-hang.txt", tmp_path / "b-good.txt"
    hang.write_text("正文\n", encoding="utf-8")
    good.write_text(MASKED, encoding="utf-8")
    _hang_on("a-hang.txt", monkeypatch)
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "a-hang.txt", "b-good.txt")
    assert result.stdout == finding_line(Path("b-good.txt"))
    assert "fillcheck: error: a-hang.txt: gave up after 1 s\n" in result.stderr


def test_a_bad_run_setting_is_one_line(tmp_path, monkeypatch):
    (tmp_path / ".fillcheck.toml").write_text("jobs = -1\n")
    (tmp_path / "a.txt").write_text(MASKED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "a.txt")
    assert result.exit_code == 2
    assert "jobs: expected a number of at least 0, got -1" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_failing_rule_in_a_worker_is_raised_not_called_a_memory_problem(tmp_path, monkeypatch):
    from fillcheck import runner as module

    def broken(*args, **kwargs):
        raise ValueError("FC999 produced an invalid span 5..2")

    monkeypatch.setattr(module, "audit_document", broken)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(MASKED, encoding="utf-8")
    result = invoke("check", "--jobs", "2", str(tmp_path))
    assert isinstance(result.exception, ValueError)
    assert str(result.exception) == "FC999 produced an invalid span 5..2"


def test_a_file_given_up_is_reported_in_the_run_s_language(tmp_path, monkeypatch):
    stuck, good = tmp_path / "a-stuck.docx", tmp_path / "b-good.txt"
    stuck.write_bytes(b"PK\x03\x04 not really a document")
    good.write_text(MASKED, encoding="utf-8")
    _hang_on("a-stuck.docx", monkeypatch, block_alarm=True, spin=True)
    result = invoke("check", "--lang", "zh", "--jobs", "1", "--timeout", "1", str(stuck), str(good))
    assert result.exit_code == 2
    assert f"fillcheck：错误：{stuck}：检查超过 1 秒，已放弃\n" in result.stderr


@pytest.mark.parametrize("end", ["hang", "die"])
def test_the_items_a_worker_held_go_to_another_when_it_is_stopped(end):
    def work(item):
        if item == 1:  # item 3 is sent to the same worker, behind it
            if end == "die":
                os.kill(os.getpid(), signal.SIGKILL)
            time.sleep(3600)
        time.sleep(0.2)  # items 0 to 3 are all sent before one is done
        return item * 10

    limits = workers.Limits(timeout=1)
    done = list(workers.run_all(range(8), work, jobs=2, limits=limits, here=lambda item: False))
    assert [item for item, _ in done] == list(range(8))
    assert done[1][1][0] == ("overtime" if end == "hang" else "died")
    assert [outcome for item, outcome in done if item != 1] == [
        ("ok", item * 10) for item in range(8) if item != 1
    ]
