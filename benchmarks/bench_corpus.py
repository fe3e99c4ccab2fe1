"""`fillcheck corpus` at scale: peak memory on a 1 GB corpus, and the --jobs 2 speed-up.

Usage (from the repository root, with fillcheck[corpus] installed in .venv):

    .venv/bin/python benchmarks/bench_corpus.py [--memory] [--speed] [--pairs 3]
        [--records 1000000] [--mb 1024] [--speed-records 20000] [--jobs 2]

--memory audits the corpus of benchmarks/make_corpus.py (made if missing) once
with --jobs N and reports the peak RSS of the largest process (from
resource.getrusage(RUSAGE_CHILDREN) of a child that runs it, which counts the
pool's workers once they are reaped) and the peak total RSS of the process tree
(sampled from /proc every 0.2 s), against the 500 MB target.

--speed times the first --speed-records records with --jobs 1 and --jobs 2 in
pairs (1, 2, 1, 2, ...) and reports the speed-up of each pair and its median;
beside it, a control: a pure-Python busy loop done by one process, then split
over two, timed in pairs the same way. If the control's speed-up is well under
2, the machine is not giving this run two cores, and neither figure is the
program's; the CPU seconds of each --jobs setting then say what two idle cores
would give (2 x CPU(--jobs 1) / CPU(--jobs 2): the pool's overhead). Figures are
printed, not asserted.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import DATA, write_corpus

FILLCHECK = [sys.executable, "-m", "fillcheck"]
BUSY = "import sys\nn = int(sys.argv[1])\nwhile n: n -= 1\n"


def _tree_rss(pid: int) -> int:
    """Total RSS in bytes of ``pid`` and its descendants (0 when gone)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
        stack.extend(int(child) for child in children)
    return total


def peak_memory(command: list[str]) -> tuple[float, float, float, int]:
    """(seconds, largest process MB, sampled tree MB, exit status) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree = 0
    while process.poll() is None:
        tree = max(tree, _tree_rss(process.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    sys.stderr.write(process.stderr.read().decode() if process.stderr else "")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, largest, tree / 2**20, process.returncode


CPU: dict[int, list[float]] = {}  # --jobs N -> CPU seconds (user + sys) of each run


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], jobs: int = 0) -> float:
    """Wall seconds of one run of ``command`` (output discarded); its CPU time is kept."""
    start, cpu = time.perf_counter(), _cpu()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    CPU.setdefault(jobs, []).append(_cpu() - cpu)
    return time.perf_counter() - start


def busy(processes: int, total: int) -> float:
    """Wall seconds for ``processes`` busy loops sharing ``total`` iterations."""
    start = time.perf_counter()
    children = [
        subprocess.Popen([sys.executable, "-c", BUSY, str(total // processes)])
        for _ in range(processes)
    ]
    for child in children:
        child.wait()
    return time.perf_counter() - start


def pairs(one, two, count: int) -> list[float]:
    """Speed-ups one()/two() of ``count`` pairs run back to back."""
    ratios = []
    for _ in range(count):
        first, second = one(), two()
        ratios.append(first / second)
        print(f"    pair: {first:.2f} s / {second:.2f} s = {first / second:.2f}x", flush=True)
    return ratios


def memory(args: argparse.Namespace) -> None:
    corpus = write_corpus(
        DATA / f"corpus-{args.records}-{args.mb}mb-mixed.jsonl", args.records, args.mb, "mixed"
    )
    out = Path(tempfile.gettempdir()) / "fillcheck-bench" / "corpus-findings.jsonl"
    command = [*FILLCHECK, "corpus", str(corpus), "-o", str(out), "--jobs", str(args.jobs),
               "--progress-every", "60"]  # fmt: skip
    print(f"memory: {corpus.name} ({corpus.stat().st_size / 2**20:,.0f} MB), --jobs {args.jobs}")
    seconds, largest, tree, status = peak_memory(command)
    print(f"  exit status {status}, {seconds:,.0f} s wall")
    print(f"  peak RSS, largest process: {largest:,.0f} MB (target < 500 MB)")
    print(f"  peak RSS, whole process tree (sampled): {tree:,.0f} MB (target < 500 MB)")


def speed(args: argparse.Namespace) -> None:
    corpus = write_corpus(
        DATA / f"corpus-{args.speed_records}-speed.jsonl",
        args.speed_records, max(1, args.speed_records * args.mb // args.records), "mixed",
    )  # fmt: skip

    def run(jobs: int):
        out = str(DATA / f"speed-findings-{jobs}.jsonl")
        command = [*FILLCHECK, "corpus", str(corpus), "-o", out, "--jobs", str(jobs)]
        return lambda: timed(command, jobs)

    print(f"speed: {corpus.name} ({corpus.stat().st_size / 2**20:,.1f} MB), {args.pairs} pairs")
    print("  control: pure-Python busy loop, 1 process vs the same work over 2")
    control = pairs(lambda: busy(1, args.loop), lambda: busy(2, args.loop), args.pairs)
    print(f"  control speed-up: median {statistics.median(control):.2f}x")
    print("  fillcheck corpus --jobs 1 vs --jobs 2")
    found = pairs(run(1), run(2), args.pairs)
    print(f"  --jobs 2 speed-up: median {statistics.median(found):.2f}x (target >= 1.6x)")
    one, two = statistics.median(CPU[1]), statistics.median(CPU[2])
    print(f"  CPU seconds (user + sys, all processes): --jobs 1 {one:.1f}, --jobs 2 {two:.1f}")
    print(f"  speed-up two idle cores would give (2 x CPU ratio): {2 * one / two:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memory", action="store_true", help="only the memory run")
    parser.add_argument("--speed", action="store_true", help="only the speed pairs")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--mb", type=int, default=1024)
    parser.add_argument("--speed-records", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--loop", type=int, default=60_000_000, help="busy-loop iterations")
    args = parser.parse_args()
    print(f"machine: {len(os.sched_getaffinity(0))} usable cores, load {os.getloadavg()[0]:.1f}")
    if args.memory or not args.speed:
        memory(args)
    if args.speed or not args.memory:
        speed(args)


if __name__ == "__main__":
    main()
