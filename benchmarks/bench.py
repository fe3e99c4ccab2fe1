"""fillcheck against references measured in the same run: ratios, not absolute speeds.

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/bench.py [--runs 3] [--size-mb 50] [--files 2000]

Absolute speeds drift 2x within an hour on shared machines, so every figure is
a ratio against a reference timed in turn with it (A B A B ...), as the median
of the per-pair ratios:

* two texts of --size-mb MB built in $TMPDIR/fillcheck-bench/: the sample
  reports concatenated (dense: thousands of findings per MB) and the clean
  prose of tests/corpus/clean (sparse), each checked with ``--format text``,
  ``jsonl`` and ``json`` against ripgrep with ``benchmarks/triggers.txt``
  (``rg -c -f``; installed with apt-get when absent);
* one 10 KB file against a minimal typer app (benchmarks/minimal_typer.py);
* --files files of 10-50 KB with ``--jobs 1`` against ``--jobs 2``, beside a
  pure-Python busy loop run in one process against two (the speed-up the
  machine gives two processes right now), and the peak memory of the run;
* the peak memory of checking the dense text, as a multiple of its size
  (benchmarks/bench_large.py measures it on 200 MB).

The load average is printed before and after: the machine may be shared.
Pass --select or --ignore to measure a subset of rules (e.g. --select FC1,FC2).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Outside the work tree: a .gitignore there would hide it from the directory walk.
DATA = Path(tempfile.gettempdir()) / "fillcheck-bench"
TRIGGERS = ROOT / "benchmarks" / "triggers.txt"

# `pip install` writes bytecode for the installed package; an editable install
# under PYTHONDONTWRITEBYTECODE=1 would recompile every module on every start.
# Measure as users run it: let the warm-up run write the bytecode cache.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

BUSY = """
import sys
from multiprocessing import Pool
def spin(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total
procs = int(sys.argv[1])
with Pool(procs) as pool:
    pool.map(spin, [30_000_000 // procs] * procs)
"""


def sample_text() -> str:
    """All sample documents, joined."""
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))
    )


def clean_text() -> str:
    """The clean prose of tests/corpus/clean, joined."""
    corpus = ROOT / "tests" / "corpus" / "clean"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))


def write_repeated(path: Path, unit: str, size_mb: int) -> Path:
    """Write ``unit`` repeatedly until the file holds about ``size_mb`` MB; reuse if present."""
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        data = unit.encode("utf-8")
        with path.open("wb") as out:
            for _ in range(size_mb * 1024 * 1024 // len(data) + 1):
                out.write(data)
    return path


def build_files(count: int) -> Path:
    """A directory of ``count`` files of 10-50 KB cut from the samples and clean prose."""
    folder = DATA / f"files-{count}"
    if folder.exists():
        return folder
    text = sample_text() + "\n" + clean_text()
    folder.mkdir(parents=True)
    for index in range(count):
        chars = 3400 + (index * 7919) % 13600  # 10 to 50 KB of UTF-8 Chinese text
        start = (index * 997) % max(1, len(text) - chars)
        piece = (text * 2)[start : start + chars]
        (folder / f"doc{index:05d}.txt").write_text(piece, "utf-8")
    return folder


def build_one() -> Path:
    """One file of about 10 KB."""
    path = DATA / "one-10kb.txt"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        path.write_text(sample_text()[:3400], "utf-8")
    return path


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, the largest process) of one run, output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
    )
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def paired(a: list[str], b: list[str], runs: int) -> tuple[float, float, float]:
    """Median seconds of A, of B, and the median of the pairwise ratios A/B."""
    run(a), run(b)  # warm-up: caches, bytecode
    times_a, times_b = [], []
    for _ in range(runs):
        times_a.append(run(a)[0])
        times_b.append(run(b)[0])
    ratios = [x / y for x, y in zip(times_a, times_b, strict=True)]
    return statistics.median(times_a), statistics.median(times_b), statistics.median(ratios)


def ripgrep() -> str:
    """The rg executable, installed with apt-get when absent."""
    found = shutil.which("rg")
    if found is None:
        subprocess.run(["apt-get", "install", "-y", "-q", "ripgrep"], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        found = shutil.which("rg")
    if found is None:
        sys.exit("bench: ripgrep is not installed and apt-get could not install it")
    return found


def supports_jobs(fillcheck: str) -> bool:
    """Whether this fillcheck has ``check --jobs``."""
    shown = subprocess.run([fillcheck, "check", "--help"], capture_output=True, text=True, env=ENV)
    return "--jobs" in shown.stdout


def row(label: str, a: float, b: float, ratio: float, note: str = "") -> None:
    """Print one line of the table."""
    print(f"{label:<34} {a:8.2f} s {b:8.2f} s {ratio:7.2f}x  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="pairs of runs per figure")
    parser.add_argument("--size-mb", type=int, default=50)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--select", default=None)
    parser.add_argument("--ignore", default=None)
    args = parser.parse_args()

    fillcheck = str(Path(sys.executable).with_name("fillcheck"))
    select = ["--select", args.select] if args.select else []
    select += ["--ignore", args.ignore] if args.ignore else []
    check = [fillcheck, "check", "--quiet", "--exit-zero", *select]
    rg = [ripgrep(), "-c", "-f", str(TRIGGERS)]
    dense = write_repeated(DATA / f"dense-{args.size_mb}mb.txt", sample_text(), args.size_mb)
    sparse = write_repeated(DATA / f"sparse-{args.size_mb}mb.txt", clean_text(), args.size_mb)

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    rules = " ".join(select) or "all"
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {load}; "
          f"medians of {args.runs} pairs (A B A B ...); rules: {rules}")  # fmt: skip
    print(f"{'':<34} {'A':>10} {'B':>10} {'A/B':>8}")
    for name, path in (("dense", dense), ("sparse", sparse)):
        for fmt in ("text", "jsonl", "json"):
            a, b, ratio = paired([*check, "--format", fmt, str(path)], [*rg, str(path)], args.runs)
            row(f"{name} {args.size_mb} MB, {fmt} vs rg", a, b, ratio)
    a, b, ratio = paired(
        [*check, "--format", "json", str(dense)], [*check, "--format", "jsonl", str(dense)],
        args.runs,
    )  # fmt: skip
    row(f"dense {args.size_mb} MB, json vs jsonl", a, b, ratio)
    peak = run([*check, "--format", "jsonl", str(dense)])[1]
    start = run([*check, str(build_one())])[1]  # the process with everything loaded
    size = dense.stat().st_size / 2**20
    print(f"peak RSS on the dense text: {peak:.0f} MB, {peak / size:.2f}x its {size:.0f} MB; "
          f"{(peak - start) / size:.2f}x beyond the {start:.0f} MB of a 10 KB file")  # fmt: skip
    one, typer_app = build_one(), ROOT / "benchmarks" / "minimal_typer.py"
    a, b, ratio = paired(
        [*check, str(one)], [sys.executable, str(typer_app), "echo", "hi"], max(args.runs, 15)
    )
    row("one 10 KB file vs minimal typer", a, b, ratio)
    many = build_files(args.files)
    a, b, ratio = paired([sys.executable, "-c", BUSY, "1"], [sys.executable, "-c", BUSY, "2"],
                         args.runs)  # fmt: skip
    row("busy loop, 1 process vs 2", a, b, ratio, "(the speed-up two processes get now)")
    if supports_jobs(fillcheck):
        a, b, ratio = paired([*check, "--jobs", "1", str(many)], [*check, "--jobs", "2", str(many)],
                             args.runs)  # fmt: skip
        row(f"{args.files} files, --jobs 1 vs --jobs 2", a, b, ratio)
        few = build_files(args.files // 10)
        peak_few = run([*check, "--jobs", "2", str(few)])[1]
        peak_many = run([*check, "--jobs", "2", str(many)])[1]
        print(f"peak RSS with --jobs 2: {peak_few:.0f} MB for {args.files // 10} files, "
              f"{peak_many:.0f} MB for {args.files}")  # fmt: skip
    else:
        seconds, peak = run([*check, str(many)])
        print(f"{args.files} files: {seconds:.2f} s, peak RSS {peak:.0f} MB (no --jobs option)")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load at the end: {load}")


if __name__ == "__main__":
    main()
