"""Recall and precision of the count rules on tests/corpus/counts/, by structure.

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/count_structures.py [--misses]

Runs ``fillcheck check --format json`` on both splits, then attributes every count
finding to the passage it falls in (``tests/corpus/counts/index.jsonl``) and every label
to its passage's structure. A label is found when a count finding on its line overlaps
its span (the rule of ``../shared/tools/score.py``); a finding is right when it overlaps
a count label, and left out when it overlaps an ``ambiguous`` one. Prints one table for
the whole set, one for the held-out third, and with ``--misses`` the missed labels of the
development split (held-out misses stay unprinted: reading them would tune to the held-out part).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNTS = ROOT / "tests" / "corpus" / "counts"
FILLCHECK = [str(ROOT / ".venv" / "bin" / "fillcheck"), "check", "--format", "json"]


def load(path: Path) -> list[dict]:
    """Rows of a JSON Lines file."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def findings(split: str) -> list[dict]:
    """Count findings of fillcheck on one split, each with its file's name."""
    paths = sorted(str(p) for p in (COUNTS / split).glob("*.txt"))
    proc = subprocess.run(FILLCHECK + paths, capture_output=True, text=True, check=False)
    data = json.loads(proc.stdout)
    rows = data.get("findings", []) if isinstance(data, dict) else data
    return [dict(f, file=Path(f["path"]).name) for f in rows if f["category"] == "count"]


def overlaps(finding: dict, label: dict) -> bool:
    """Same file and line, intersecting character spans."""
    if (finding["file"], finding["line"]) != (label["file"], label["line"]):
        return False
    end = finding.get("end_column") or finding["column"] + 1
    if finding.get("end_line", finding["line"]) != finding["line"]:
        end = sys.maxsize  # a span that goes on past its line (as benchmarks/quality.py reads it)
    return finding["column"] < label["column"] + len(label["text"]) and label["column"] < end


def structure_of(finding: dict, index: list[dict]) -> str:
    """Structure of the passage a finding stands in."""
    for row in index:
        if (
            row["file"] == finding["file"]
            and row["first_line"] <= finding["line"] <= row["last_line"]
        ):
            return row["structure"]
    return "(outside passages)"


def tally(split: str, index: list[dict]) -> tuple[dict, list[dict]]:
    """Per structure [labels, found, findings, right findings]; and the missed labels."""
    labels = load(COUNTS / f"{split}.jsonl")
    rows = [r for r in index if r["split"] == split]
    found_findings = findings(split)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for label in (lab for lab in labels if lab["category"] == "count"):
        counts[label["structure"]][0] += 1
        if any(overlaps(f, label) for f in found_findings):
            counts[label["structure"]][1] += 1
        else:
            misses.append(label)
    for finding in found_findings:
        if any(lab["category"] == "ambiguous" and overlaps(finding, lab) for lab in labels):
            continue
        row = counts[structure_of(finding, rows)]
        row[2] += 1
        row[3] += any(lab["category"] == "count" and overlaps(finding, lab) for lab in labels)
    return counts, misses


def table(title: str, counts: dict[str, list[int]]) -> None:
    """Print one table with a total row."""
    print(f"\n{title}")
    header = ("structure", "labels", "found", "recall", "findings", "precision")
    print("{:18} {:>6} {:>6} {:>7} {:>8} {:>9}".format(*header))
    total = [0, 0, 0, 0]
    for structure in [*sorted(counts), "all"]:
        row = total if structure == "all" else counts[structure]
        if structure != "all":
            total = [a + b for a, b in zip(total, row, strict=False)]
        recall = f"{row[1] / row[0]:.3f}" if row[0] else "-"
        precision = f"{row[3] / row[2]:.3f}" if row[2] else "-"
        print(f"{structure:18} {row[0]:6} {row[1]:6} {recall:>7} {row[2]:8} {precision:>9}")


def main(argv: list[str]) -> int:
    """Print the tables (and the misses with --misses)."""
    index = load(COUNTS / "index.jsonl")
    by_split = {split: tally(split, index) for split in ("dev", "holdout")}
    whole: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for counts, _ in by_split.values():
        for structure, row in counts.items():
            whole[structure] = [a + b for a, b in zip(whole[structure], row, strict=False)]
    table("whole set (dev + holdout)", whole)
    table("held-out third", by_split["holdout"][0])
    if "--misses" in argv:
        for lab in by_split["dev"][1]:
            print(
                f"missed dev/{lab['file']}:{lab['line']}:{lab['column']} "
                f"{lab['structure']} {lab['mutation']} {lab['text']!r}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
