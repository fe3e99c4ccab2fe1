"""Throughput and start-up latency of `fillcheck check`, measured (not asserted).

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/bench.py [--runs 5] [--size-mb 100] [--files 20000]

It builds a corpus from samples/ in $TMPDIR/fillcheck-bench/ (one file of about
--size-mb MB, and --files files of about 10 KB), then reports the median of
--runs runs for:

* MB/s of `fillcheck check` on the big file and on the directory of small files;
* peak memory (RSS) of checking the big file;
* wall time of `fillcheck check` on one 10 KB file, next to a minimal typer app
  with one command that prints its argument (the floor typer sets).

Pass --select to measure a subset of rules (e.g. --select FC1,FC2).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Outside the work tree: a .gitignore there would hide it from the directory walk.
DATA = Path(tempfile.gettempdir()) / "fillcheck-bench"


def sample_text() -> str:
    """All sample documents, joined."""
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))
    )


def build_corpus(size_mb: int, files: int) -> tuple[Path, Path, Path]:
    """Write (big file, directory of small files, one small file); reuse if present."""
    DATA.mkdir(parents=True, exist_ok=True)
    text = sample_text()
    big = DATA / f"big-{size_mb}mb.txt"
    if not big.exists():
        unit = text.encode("utf-8")
        with big.open("wb") as out:
            for _ in range(size_mb * 1024 * 1024 // len(unit) + 1):
                out.write(unit)
    small_dir = DATA / f"small-{files}"
    if not small_dir.exists():
        small_dir.mkdir()
        chunk = 3400  # about 10 KB of UTF-8 Chinese text
        for index in range(files):
            start = (index * 997) % max(1, len(text) - chunk)
            (small_dir / f"doc{index:05d}.txt").write_text(text[start : start + chunk], "utf-8")
    return big, small_dir, small_dir / "doc00000.txt"


# `pip install` writes bytecode for the installed package; an editable install
# under PYTHONDONTWRITEBYTECODE=1 would recompile every module on every start.
# Measure as users run it: let the warm-up run write the bytecode cache.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> float:
    """Wall time of one run of ``command`` (output discarded)."""
    start = time.perf_counter()
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV
    )
    return time.perf_counter() - start


def median_time(command: list[str], runs: int) -> float:
    """Median wall time over ``runs`` runs, after one warm-up run."""
    timed(command)
    return statistics.median(timed(command) for _ in range(runs))


def size_mb(path: Path) -> float:
    """Size of a file, or of all files in a directory, in MB."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir()) / 1e6
    return path.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--files", type=int, default=20000)
    parser.add_argument("--select", default=None)
    args = parser.parse_args()

    fillcheck = str(Path(sys.executable).with_name("fillcheck"))
    select = ["--select", args.select] if args.select else []
    big, small_dir, one = build_corpus(args.size_mb, args.files)
    check = [fillcheck, "check", "--quiet", "--exit-zero", *select]

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.runs} runs")
    for label, path in (("big file", big), (f"{args.files} small files", small_dir)):
        seconds = median_time([*check, str(path)], args.runs)
        megabytes = size_mb(path)
        rate = megabytes / seconds
        # ru_maxrss of children is the largest child so far: the big file comes first.
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{label:>20}: {megabytes:8.1f} MB in {seconds:6.2f} s = {rate:6.1f} MB/s", end="")
        print(f", peak RSS {peak:.0f} MB" if label == "big file" else "")
    runs = max(args.runs, 15)
    ours = median_time([*check, str(one)], runs)
    floor = median_time(
        [sys.executable, str(ROOT / "benchmarks" / "minimal_typer.py"), "echo", "hi"], runs
    )
    print(
        f"{'one 10 KB file':>20}: {ours * 1000:6.0f} ms; minimal typer app {floor * 1000:6.0f} ms;"
        f" ratio {ours / floor:.2f} (median of {runs})"
    )


if __name__ == "__main__":
    main()
