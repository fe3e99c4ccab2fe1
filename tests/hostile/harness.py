"""Run the command line on hostile input in a fresh process and measure what it costs.

Every case runs ``python -m fillcheck`` as the child of a small wrapper process,
so that ``resource.getrusage(RUSAGE_CHILDREN)`` in the wrapper is the peak
memory of that one run. The child gets an address-space cap well above the
1 GB the tests allow, so a regression fails the test with a MemoryError instead
of exhausting the machine, and a wall-clock guard, so a hang fails the test
instead of stalling the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

GUARD_SECONDS = int(os.environ.get("HOSTILE_GUARD_SECONDS", "90"))  # a hang fails the test
CAP_BYTES = 3 << 30  # address space of the child: a runaway fails fast instead of swapping
PEAK_LIMIT_MB = 1024

# The wrapper: run fillcheck as a child, then report its peak RSS in MB.
_WRAPPER = """
import json, os, resource, subprocess, sys
cap, report, close_stderr = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "1"
def limit():
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    if close_stderr:
        os.close(2)
code = subprocess.call([sys.executable, "-m", "fillcheck", *sys.argv[4:]], preexec_fn=limit)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
with open(report, "w") as out:
    json.dump({"code": code, "peak": peak}, out)
"""

GOOD_TEXT = "本次共有XX名同志参加会议。\n"
GOOD_FINDING = "good.txt:1:5: error FC102"


@dataclass
class Run:
    """What one run printed, its exit status and its peak memory (MB)."""

    code: int
    stdout: str
    stderr: str
    peak: float

    @property
    def errors(self) -> list[str]:
        """The ``fillcheck: error:`` lines of stderr."""
        return [line for line in self.stderr.splitlines() if line.startswith("fillcheck: error:")]


def run(
    *args: str, cwd: Path, stdin: bytes | None = None, close_stderr: bool = False,
    stdout=subprocess.PIPE,
) -> Run:  # fmt: skip
    """Run ``fillcheck ARGS`` in ``cwd`` under the guard; the test fails on a hang."""
    with tempfile.TemporaryDirectory() as scratch:
        report = os.path.join(scratch, "report.json")
        command = [sys.executable, "-c", _WRAPPER, str(CAP_BYTES), report,
                   "1" if close_stderr else "0", *args]  # fmt: skip
        try:
            done = subprocess.run(
                command, cwd=cwd, input=stdin, stdout=stdout, stderr=subprocess.PIPE,
                timeout=GUARD_SECONDS, env={**os.environ, "NO_COLOR": "1"},
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise AssertionError(
                f"fillcheck {' '.join(args)} hung (over {GUARD_SECONDS} s)"
            ) from None
        with open(report) as handle:
            measured = json.load(handle)
    out = done.stdout.decode("utf-8", "replace") if done.stdout else ""
    result = Run(measured["code"], out, done.stderr.decode("utf-8", "replace"), measured["peak"])
    if os.environ.get("HOSTILE_PEAK_LOG"):  # for reports: every run's peak, appended
        with open(os.environ["HOSTILE_PEAK_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{result.peak:.0f} MB\t{result.code}\t{' '.join(args)}\n")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.peak < PEAK_LIMIT_MB, f"peak memory {result.peak:.0f} MB"
    return result


def good_file(folder: Path) -> Path:
    """A file with one known finding, checked next to every bad one."""
    path = folder / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def assert_bad_reported(result: Run, bad: list[str], good: bool = True) -> None:
    """Exit 2, exactly one error line per bad file naming it, and the good file's finding."""
    assert result.code == 2, (result.code, result.stderr)
    errors = result.errors
    assert len(errors) == len(bad), errors
    for name, line in zip(bad, errors, strict=True):
        assert line.startswith(f"fillcheck: error: {name}: "), (name, line)
    if good:
        assert GOOD_FINDING in result.stdout, result.stdout


CYCLE = [b"7 0 R", b"6 0 R"]  # objects 6 and 7 point at each other


def cycle_pdf(*, count: bytes = b"1", media: bytes = b"[0 0 612 792]", contents: bytes = b"4 0 R",
         font: bytes = b"5 0 R") -> bytes:  # fmt: skip
    """A one-page PDF; pass ``b"6 0 R"`` for one value to make it a reference cycle."""
    content = b"BT /F1 12 Tf 72 700 Td (XX) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count " + count + b" >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + media + b" /Contents " + contents
        + b" /Resources << /Font << /F1 " + font + b" >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *CYCLE,
    ]  # fmt: skip
    return assemble_pdf(objects)


def assemble_pdf(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1, the first the catalog) with its xref table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)  # fmt: skip
    return out
