"""Record, or compare with a record, the findings of `fillcheck check` as a multiset.

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/same_findings.py save RECORD [--size-mb 50]
    .venv/bin/python benchmarks/same_findings.py compare RECORD [--size-mb 50]

Checks samples/, tests/corpus/ and the two texts bench.py builds (dense and
sparse) with ``--format jsonl`` and keeps each finding as (path, line, column,
rule). ``compare`` prints how many findings each set has now and in the
record, and every finding present on one side only; it exits 1 on a difference.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DATA, ROOT, clean_text, sample_text, write_repeated


def findings(paths: list[str], options: list[str]) -> Counter[str]:
    """The multiset of (path, line, column, rule) of checking ``paths``, as JSON strings."""
    fillcheck = str(Path(sys.executable).with_name("fillcheck"))
    command = [fillcheck, "check", "--quiet", "--exit-zero", "--format", "jsonl", *options]
    command += paths
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    rows = (json.loads(line) for line in done.stdout.splitlines() if line)
    return Counter(json.dumps([r["path"], r["line"], r["column"], r["rule"]]) for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("record")
    parser.add_argument("--size-mb", type=int, default=50)
    parser.add_argument("--ignore", default=None, help="rules left out (passed to check)")
    args = parser.parse_args()
    options = ["--ignore", args.ignore] if args.ignore else []
    dense = write_repeated(DATA / f"dense-{args.size_mb}mb.txt", sample_text(), args.size_mb)
    sparse = write_repeated(DATA / f"sparse-{args.size_mb}mb.txt", clean_text(), args.size_mb)
    sets = {
        "samples": ["samples"],
        "corpora": ["tests/corpus"],
        "dense": [str(dense)],
        "sparse": [str(sparse)],
    }
    now = {name: findings(paths, options) for name, paths in sets.items()}
    record = Path(args.record)
    if args.action == "save":
        record.write_text(json.dumps(now), encoding="utf-8")
        for name, found in now.items():
            print(f"{name}: {sum(found.values())} findings recorded")
        return
    before = json.loads(record.read_text(encoding="utf-8"))
    same = True
    for name, found in now.items():
        old = Counter(before[name])
        print(f"{name}: {sum(found.values())} findings now, {sum(old.values())} recorded, "
              f"{'identical' if found == old else 'DIFFERENT'}")  # fmt: skip
        for key in sorted((found - old) | (old - found))[:20]:
            print(f"  {'+' if found[key] > old[key] else '-'} {key}")
        same = same and found == old
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
