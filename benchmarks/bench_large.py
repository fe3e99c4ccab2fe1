"""Time and peak memory of `fillcheck check` on one very large file and one very long line.

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/bench_large.py [--runs 3] [--size-mb 200] [--line-mb 50]

It writes, in $TMPDIR/fillcheck-bench/, a file of about --size-mb MB made of the
sample reports, and a file holding a single line of about --line-mb MB (the
samples with their newlines replaced by 。), then reports for each the median
wall time and the median peak RSS of the checking process (from wait4, so each
run is measured on its own). Numbers are reported, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DATA, sample_text
from bench import run as measure


def write_repeated(path: Path, unit: str, size_mb: int) -> Path:
    """Write ``unit`` repeatedly until the file holds about ``size_mb`` MB; reuse if present."""
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        data = unit.encode("utf-8")
        with path.open("wb") as out:
            for _ in range(size_mb * 1024 * 1024 // len(data) + 1):
                out.write(data)
    return path


def median_measure(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall seconds and median peak RSS (MB) over ``runs`` runs of ``command``."""
    results = [measure(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--line-mb", type=int, default=50)
    args = parser.parse_args()

    text = sample_text()
    big = write_repeated(DATA / f"large-{args.size_mb}mb.txt", text + "\n", args.size_mb)
    line = write_repeated(
        DATA / f"line-{args.line_mb}mb.txt", text.replace("\n", "。"), args.line_mb
    )
    fillcheck = str(Path(sys.executable).with_name("fillcheck"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.runs} runs")
    for label, path in (("large file", big), ("one long line", line)):
        # No deadline: on a busy machine a 200 MB file takes more than the default minute.
        command = [fillcheck, "check", "--quiet", "--exit-zero", "--timeout", "0", str(path)]
        seconds, peak = median_measure(command, args.runs)
        megabytes = path.stat().st_size / 1e6
        print(
            f"{label:>14}: {megabytes:7.1f} MB in {seconds:6.2f} s = "
            f"{megabytes / seconds:5.1f} MB/s, peak RSS {peak:.0f} MB "
            f"= {peak / (megabytes / 1.048576):.2f}x the file"
        )


if __name__ == "__main__":
    main()
