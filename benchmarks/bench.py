"""fillcheck against references measured in the same run: ratios, not absolute speeds.

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/bench.py            # the full setting: 50 MB, 2,000 files
    .venv/bin/python benchmarks/bench.py --quick    # 5 MB, 500 files: a few minutes
    .venv/bin/python benchmarks/bench.py --only start   # the 10 KB file alone (or texts, files)

Absolute speeds drift 2x within an hour on shared machines, so every figure is
a ratio against a reference timed in turn with it (A B A B ...), as the median
of the per-pair ratios:

* two texts of --size-mb MB built in $TMPDIR/fillcheck-bench/: the sample
  reports concatenated (dense: thousands of findings per MB) and the clean
  prose of tests/corpus/clean (sparse), each checked with ``--format text``,
  ``jsonl`` and ``json`` against ripgrep with ``benchmarks/triggers.txt``
  (``rg -c -f``; installed with apt-get when absent), with the pure-Python
  scanner (``FILLCHECK_SCAN=re``) and, when hyperscan is installed (the
  ``fast`` extra), with it (``FILLCHECK_SCAN=hyperscan``, ``--format jsonl``);
* where the time of one run on each text goes, stage by stage and rule family
  by rule family (benchmarks/bench_breakdown.py);
* one 10 KB file against a minimal typer app (benchmarks/minimal_typer.py);
* --files files of 10-50 KB with ``--jobs 1`` against ``--jobs 2``, beside a
  pure-Python busy loop run in one process against two in the same rounds (the
  speed-up the machine gives two processes right now), and the peak memory of
  the run;
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


def run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, the largest process) of one run, output discarded;
    ``env`` is added to the environment."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**ENV, **(env or {})}
    )
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def paired(
    a: list[str], b: list[str], runs: int, *, env_a: dict[str, str] | None = None,
    warm_a: bool = True,
) -> tuple[float, float, float]:  # fmt: skip
    """Median seconds of A, of B, and the median of the pairwise ratios A/B (each run once
    first to warm caches, A only when ``warm_a``: a long run on a text already read
    gains nothing from it)."""
    if warm_a:
        run(a, env_a)
    run(b)
    times_a, times_b = [], []
    for _ in range(runs):
        times_a.append(run(a, env_a)[0])
        times_b.append(run(b)[0])
    ratios = [x / y for x, y in zip(times_a, times_b, strict=True)]
    return statistics.median(times_a), statistics.median(times_b), statistics.median(ratios)


def warm(*paths: Path) -> None:
    """Read ``paths`` (files, or every file of a directory) once: into the page cache."""
    for path in paths:
        for file in sorted(path.iterdir()) if path.is_dir() else [path]:
            file.read_bytes()


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


def has_hyperscan() -> bool:
    """Whether the fast scanning backend can be imported by this Python."""
    found = subprocess.run([sys.executable, "-c", "import hyperscan"], capture_output=True)
    return found.returncode == 0


def supports_jobs(fillcheck: str) -> bool:
    """Whether this fillcheck has ``check --jobs``."""
    shown = subprocess.run([fillcheck, "check", "--help"], capture_output=True, text=True, env=ENV)
    return "--jobs" in shown.stdout


def row(label: str, a: float, b: float, ratio: float, note: str = "") -> None:
    """Print one line of the table."""
    print(f"{label:<40} {a:8.2f} s {b:8.2f} s {ratio:7.2f}x  {note}")


QUICK = {"size_mb": 5, "files": 500, "runs": 3}  # a few minutes on two cores
FULL = {"size_mb": 50, "files": 2000, "runs": 3}  # the setting of the figures quoted
PURE, FAST = {"FILLCHECK_SCAN": "re"}, {"FILLCHECK_SCAN": "hyperscan"}
PARTS = ("texts", "start", "files")


def arguments() -> argparse.Namespace:
    """The command line, with the --quick or full setting filling what was not given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 MB texts, 500 files")
    parser.add_argument("--runs", type=int, help="pairs of runs per figure (3)")
    parser.add_argument("--size-mb", type=int, help="size of each text (50; quick: 5)")
    parser.add_argument("--files", type=int, help="number of small files (2000; quick: 500)")
    parser.add_argument("--select", default=None)
    parser.add_argument("--ignore", default=None)
    parser.add_argument("--no-breakdown", action="store_true", help="skip where the time goes")
    parser.add_argument(
        "--only", choices=PARTS, action="append",
        help="measure only this part (repeatable): the two texts, the 10 KB file, the files",
    )  # fmt: skip
    args = parser.parse_args()
    args.only = args.only or list(PARTS)
    for key, value in (QUICK if args.quick else FULL).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    return args


def main() -> None:
    args = arguments()
    fillcheck = str(Path(sys.executable).with_name("fillcheck"))
    select = ["--select", args.select] if args.select else []
    select += ["--ignore", args.ignore] if args.ignore else []
    check = [fillcheck, "check", "--quiet", "--exit-zero", *select]
    rg = [ripgrep(), "-c", "-f", str(TRIGGERS)]
    dense = write_repeated(DATA / f"dense-{args.size_mb}mb.txt", sample_text(), args.size_mb)
    sparse = write_repeated(DATA / f"sparse-{args.size_mb}mb.txt", clean_text(), args.size_mb)
    one, many = build_one(), build_files(args.files)
    warm(*(dense, sparse) * ("texts" in args.only), one, *(many,) * ("files" in args.only))
    run([*check, str(one)])  # bytecode written, rules' caches filled
    fast = has_hyperscan()

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    rules = " ".join(select) or "all"
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {load}; "
          f"medians of {args.runs} pairs (A B A B ...); rules: {rules}; "
          f"fast backend: {'hyperscan' if fast else 'not installed'}")  # fmt: skip
    print(f"{'':<40} {'A':>10} {'B':>10} {'A/B':>8}")
    if "texts" in args.only:
        texts(check, rg, dense, sparse, one, fast, args)
    if "start" in args.only:
        typer_app = ROOT / "benchmarks" / "minimal_typer.py"
        a, b, ratio = paired(
            [*check, str(one)], [sys.executable, str(typer_app), "echo", "hi"], max(args.runs, 15)
        )
        row("one 10 KB file vs minimal typer", a, b, ratio)
    if "files" in args.only:
        files(check, fillcheck, many, args)
    if not args.no_breakdown and "texts" in args.only:
        breakdown(args)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load at the end: {load}")


def texts(check, rg, dense: Path, sparse: Path, one: Path, fast: bool, args) -> None:
    """The rows of the two texts against ripgrep, json against jsonl, and peak memory."""
    for name, path in (("dense", dense), ("sparse", sparse)):
        for fmt in ("text", "jsonl", "json"):
            command = [*check, "--format", fmt, str(path)]
            a, b, ratio = paired(command, [*rg, str(path)], args.runs, env_a=PURE, warm_a=False)
            row(f"{name} {args.size_mb} MB, {fmt} vs rg", a, b, ratio, "pure Python")
        if fast:
            command = [*check, "--format", "jsonl", str(path)]
            a, b, ratio = paired(command, [*rg, str(path)], args.runs, env_a=FAST, warm_a=False)
            row(f"{name} {args.size_mb} MB, jsonl vs rg", a, b, ratio, "hyperscan")
    a, b, ratio = paired(
        [*check, "--format", "json", str(dense)], [*check, "--format", "jsonl", str(dense)],
        args.runs, warm_a=False,
    )  # fmt: skip
    row(f"dense {args.size_mb} MB, json vs jsonl", a, b, ratio)
    peak = run([*check, "--format", "jsonl", str(dense)])[1]
    start = run([*check, str(one)])[1]  # the process with everything loaded
    size = dense.stat().st_size / 2**20
    print(f"peak RSS on the dense text: {peak:.0f} MB, {peak / size:.2f}x its {size:.0f} MB; "
          f"{(peak - start) / size:.2f}x beyond the {start:.0f} MB of a 10 KB file")  # fmt: skip


def files(check: list[str], fillcheck: str, many: Path, args: argparse.Namespace) -> None:
    """The rows of --jobs 1 against --jobs 2 on many files, with the busy-loop control run in
    the same rounds (busy 1, --jobs 1, busy 2, --jobs 2): the load of a shared machine
    drifts within a minute, and the control says what two processes got in each round."""
    busy = [[sys.executable, "-c", BUSY, str(procs)] for procs in (1, 2)]
    if not supports_jobs(fillcheck):
        a, b, ratio = paired(busy[0], busy[1], args.runs, warm_a=False)
        row("busy loop, 1 process vs 2", a, b, ratio, "(the speed-up two processes get now)")
        seconds, peak = run([*check, str(many)])
        print(f"{args.files} files: {seconds:.2f} s, peak RSS {peak:.0f} MB (no --jobs option)")
        return
    jobs = [[*check, "--jobs", str(count), str(many)] for count in (1, 2)]
    run(jobs[1])  # warm: bytecode, the files in the page cache
    rounds = []
    for _ in range(args.runs):
        rounds.append([run(command)[0] for command in (busy[0], jobs[0], busy[1], jobs[1])])
    busy_1, jobs_1, busy_2, jobs_2 = (statistics.median(r[i] for r in rounds) for i in range(4))
    busy_gain = statistics.median(r[0] / r[2] for r in rounds)
    jobs_gain = statistics.median(r[1] / r[3] for r in rounds)
    row("busy loop, 1 process vs 2", busy_1, busy_2, busy_gain,
        "(the speed-up two processes get now)")  # fmt: skip
    row(f"{args.files} files, --jobs 1 vs --jobs 2", jobs_1, jobs_2, jobs_gain)
    share = statistics.median((r[1] / r[3]) / (r[0] / r[2]) for r in rounds)
    print(f"{'':<40} the --jobs 2 speed-up is {share:.2f} of the busy loop's, round by round")
    few = build_files(args.files // 10)
    peak_few = run([*check, "--jobs", "2", str(few)])[1]
    peak_many = run([*check, "--jobs", "2", str(many)])[1]
    print(f"peak RSS with --jobs 2: {peak_few:.0f} MB for {args.files // 10} files, "
          f"{peak_many:.0f} MB for {args.files}")  # fmt: skip


def breakdown(args: argparse.Namespace) -> None:
    """Where the time of one run goes on each text (``--format jsonl``, pure Python)."""
    script = ROOT / "benchmarks" / "bench_breakdown.py"
    print("where the time goes (one run each, in process, --format jsonl, pure Python):")
    for text in ("dense", "sparse"):
        command = [sys.executable, str(script), "--text", text, "--size-mb", str(args.size_mb)]
        command += ["--select", args.select] if args.select else []
        command += ["--ignore", args.ignore] if args.ignore else []
        shown = subprocess.run(
            command, capture_output=True, text=True, env={**ENV, **PURE}, check=False
        )
        print(shown.stdout.rstrip() or shown.stderr.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
