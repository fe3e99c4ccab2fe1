"""The count rules (FC3) against an earlier commit, and their share of all rules.

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/bench_counts.py [--runs 3] [--size-mb 5] [--base 60918b2]

Prints, as medians of paired runs (A B A B ..., the ratio taken pair by pair,
see ``bench.paired``), processor seconds (user and system, of the process and its
children: on a shared machine wall time measures the other processes as well);
the default base is the commit issue 10's speed items compare with:

* ``fillcheck check --select FC3 --format jsonl`` of this work tree (A) against
  the same command run from a work tree of ``--base`` (B, made with
  ``git worktree add`` under $TMPDIR on first use), on two texts of --size-mb MB:
  count-dense text (a real count sentence on every line, taken from
  tests/corpus/counts/dev and tests/corpus/consistent) and clean prose
  (tests/corpus/clean); a ratio B/A above 1 means this tree is faster;
* the count rules alone, in process (CPU seconds of every FC3 rule's detector on the
  document, start-up, reading and output left out), this tree against ``--base`` on
  the same two texts: the command's time above holds a fixed part (start-up,
  decoding, normalising, output) that no change to the count rules can shorten;
* the share of the count rules in the all-rules time on the sample reports
  (``--select FC3`` against all rules, and one minus ``--ignore FC3`` against
  all rules).

Both trees run as ``python -m fillcheck`` with their own ``src`` first on
PYTHONPATH, under this interpreter.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DATA, ENV, ROOT, clean_text, sample_text, write_repeated

# A count: a numeral and a measure word, a percentage, or a list marker.
_COUNT = re.compile(
    r"[0-9０-９一二两三四五六七八九十百千万]+(?:[.．][0-9]+)?"
    r"(?:个|名|人|位|户|家|项|件|条|点|元|例|次|类|种|大|方面|%|％)"
    r"|[一二三四五六七八九十]是|（[一二三四五六七八九十]）"
)
# Sentences end at these (kept with the sentence).
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


def count_sentences() -> list[str]:
    """Every sentence with at least one count in the consistent count corpora."""
    corpus = ROOT / "tests" / "corpus"
    folders = [corpus / "counts" / "dev", corpus / "consistent"]
    sentences = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            found = (m.group().strip() for m in _SENTENCE.finditer(text))
            sentences.extend(s for s in found if len(s) > 6 and _COUNT.search(s))
    return sentences


def count_dense_text() -> str:
    """The count sentences, one on every line."""
    return "\n".join(count_sentences()) + "\n"


def base_tree(commit: str) -> Path:
    """A work tree of ``commit`` under $TMPDIR (made with ``git worktree add`` once)."""
    tree = DATA.parent / f"fillcheck-base-{commit}"
    if not (tree / "src" / "fillcheck").is_dir():
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), commit],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return tree


def command(tree: Path, path: Path, *options: str) -> list[str]:
    """``env PYTHONPATH=TREE/src python -m fillcheck check ... PATH`` as one argv."""
    env = f"PYTHONPATH={tree / 'src'}"
    check = [sys.executable, "-m", "fillcheck", "check", "--quiet", "--exit-zero"]
    return ["env", env, *check, "--format", "jsonl", *options, str(path)]


# Times the FC3 detectors of the fillcheck on sys.path over one file (CPU seconds).
_RULES_ONLY = """
import gc, sys, time
gc.disable()  # as the engine does during an audit
from fillcheck.document import Document
from fillcheck.registry import all_rules
doc = Document(open(sys.argv[1], encoding="utf-8").read())
try:
    from fillcheck.normalise import view_document
    doc = view_document(doc)[0]
except ImportError:  # older trees check the document itself
    pass
rules = [rule for rule in all_rules() if rule.code.startswith("FC3")]
start = time.process_time()
for rule in rules:
    for _ in rule.check(doc):
        pass
print(time.process_time() - start)
"""


def rules_seconds(tree: Path, path: Path) -> float:
    """CPU seconds of the count rules of ``tree`` on ``path``, in one process."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    done = subprocess.run(
        [sys.executable, "-c", _RULES_ONLY, str(path)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(done.stdout.split()[-1])


def cpu_seconds(command: list[str]) -> float:
    """Processor seconds (user and system) of one run of ``command``, output discarded."""
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
    )  # fmt: skip
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime


def paired(a: list[str], b: list[str], runs: int) -> tuple[float, float, float]:
    """Medians of A's and B's processor seconds and of the ratios A/B, run A B A B ...
    after one run of each to warm caches."""
    cpu_seconds(a)
    cpu_seconds(b)
    times = [(cpu_seconds(a), cpu_seconds(b)) for _ in range(runs)]
    ratios = [x / y for x, y in times]
    a_median = statistics.median(x for x, _ in times)
    return a_median, statistics.median(y for _, y in times), statistics.median(ratios)


def paired_rules(a: Path, b: Path, path: Path, runs: int) -> tuple[float, float, float]:
    """Medians of A's and B's count-rule seconds and of the ratios B/A, run A B A B ..."""
    times = [(rules_seconds(a, path), rules_seconds(b, path)) for _ in range(runs)]
    ratios = [y / x for x, y in times]
    a_median = statistics.median(x for x, _ in times)
    return a_median, statistics.median(y for _, y in times), statistics.median(ratios)


def row(label: str, a: float, b: float, ratio: float, note: str) -> None:
    """Print one line of the table."""
    print(f"{label:<44} {a:8.2f} s {b:8.2f} s {ratio:7.2f}x  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="pairs of runs per figure")
    parser.add_argument("--size-mb", type=int, default=5)
    parser.add_argument("--base", default="60918b2", help="the commit to compare with")
    args = parser.parse_args()

    base = base_tree(args.base)
    size = args.size_mb
    dense = write_repeated(DATA / f"counts-dense-{size}mb.txt", count_dense_text(), size)
    clean = write_repeated(DATA / f"sparse-{size}mb.txt", clean_text(), size)
    samples = write_repeated(DATA / f"dense-{size}mb.txt", sample_text(), size)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {load}; medians "
          f"of {args.runs} pairs (A B A B ...), processor seconds; --format jsonl; "
          f"base {args.base}")  # fmt: skip
    print(f"{'':<44} {'A':>10} {'B':>10} {'B/A':>8}")
    for name, path in ((f"count-dense {size} MB", dense), (f"clean prose {size} MB", clean)):
        a, b, ratio = paired(
            command(ROOT, path, "--select", "FC3"), command(base, path, "--select", "FC3"),
            args.runs,
        )  # fmt: skip
        row(f"{name}, FC3: this tree vs {args.base}", a, b, 1 / ratio, "(B/A: times faster)")
    for name, path in ((f"count-dense {size} MB", dense), (f"clean prose {size} MB", clean)):
        a, b, ratio = paired_rules(ROOT, base, path, args.runs)
        row(f"{name}, FC3 rules only (in process)", a, b, ratio, "(B/A: times faster)")
    print(f"{'':<44} {'A':>10} {'B':>10} {'A/B':>8}")
    every = command(ROOT, samples)
    a, b, ratio = paired(command(ROOT, samples, "--select", "FC3"), every, args.runs)
    row(f"samples {size} MB, FC3 vs all rules", a, b, ratio, "(share of the count rules)")
    a, b, ratio = paired(command(ROOT, samples, "--ignore", "FC3"), every, args.runs)
    row(f"samples {size} MB, all but FC3 vs all rules", a, b, ratio,
        f"(count rules: {1 - ratio:.0%} of all)")  # fmt: skip


if __name__ == "__main__":
    main()
