"""Recall and precision of fillcheck on the labelled corpora of real documents.

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/quality.py [--split dev|holdout|all] [--corpus NAME] [-v]
    .venv/bin/python benchmarks/quality.py --update-floor

A labelled corpus is a folder ``tests/corpus/NAME/`` holding ``dev/`` and
``holdout/`` (documents, ``.txt`` or ``.md``) next to ``dev.jsonl`` and
``holdout.jsonl`` (one label a line: ``file``, ``line``, ``column``, ``text``,
``category``, and optionally ``class`` or ``structure`` naming the form).
fillcheck is run once per corpus as ``python -m fillcheck check --format json``
on every document. A label is found when a finding of its category on its line
overlaps its span; a finding counts for precision when it overlaps a label of
its category; findings overlapping an ``ambiguous`` label count neither way
(the semantics of ``../shared/tools/score.py``).

Folders of ``tests/corpus/`` without labels are checked too, and their findings
printed per category and per 200 KB: ``markdown/`` must raise nothing at all,
``clean/`` and ``consistent/`` nothing in ``count`` (their other findings are
real slots left in the source pages).

``--update-floor`` raises the figures in ``tests/corpus/quality_floor.json`` to
what the code reaches now; it never lowers one (tests/test_quality.py fails when
a figure falls below its floor).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = ROOT / "tests" / "corpus"
FLOOR_PATH = CORPUS_ROOT / "quality_floor.json"
CATEGORIES = ("placeholder", "paywall", "count", "redaction", "format")
SPLITS = ("dev", "holdout")
# A corpus's own notes, not one of its documents.
NOT_DOCUMENTS = {"SOURCES.md", "README.md"}
DOC_SUFFIXES = (".txt", ".md")
AMBIGUOUS = "ambiguous"


@dataclass
class Tally:
    """Counts for one category: labels, labels found, findings, true findings."""

    labels: int = 0
    found: int = 0
    findings: int = 0
    true_findings: int = 0

    @property
    def recall(self) -> float | None:
        """Share of labels found, or None when there are no labels."""
        return self.found / self.labels if self.labels else None

    @property
    def precision(self) -> float | None:
        """Share of findings that match a label, or None without findings."""
        return self.true_findings / self.findings if self.findings else None


@dataclass
class Score:
    """The outcome of matching findings against labels."""

    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[dict] = field(default_factory=list)
    extras: list[dict] = field(default_factory=list)


def overlaps(finding: dict, label: dict) -> bool:
    """Same document and line, and the two character spans intersect."""
    if (finding["file"], finding["line"]) != (label["file"], label["line"]):
        return False
    end = finding.get("end_column") or finding["column"] + 1
    if finding.get("end_line", finding["line"]) != finding["line"]:
        end = sys.maxsize
    return finding["column"] < label["column"] + len(label["text"]) and label["column"] < end


def match(labels: list[dict], findings: list[dict]) -> Score:
    """Score findings against labels; both carry a ``file`` key naming the document."""
    ambiguous = [lab for lab in labels if lab["category"] == AMBIGUOUS]
    real = [lab for lab in labels if lab["category"] != AMBIGUOUS]
    kept = [f for f in findings if not any(overlaps(f, lab) for lab in ambiguous)]
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for f in kept:
        by_key[(f["file"], f["line"], f["category"])].append(f)
    score = Score()
    for lab in real:
        tally = score.tallies[lab["category"]]
        tally.labels += 1
        candidates = by_key.get((lab["file"], lab["line"], lab["category"]), [])
        if any(overlaps(f, lab) for f in candidates):
            tally.found += 1
        else:
            score.misses.append(lab)
    labels_at: dict[tuple, list[dict]] = defaultdict(list)
    for lab in real:
        labels_at[(lab["file"], lab["line"], lab["category"])].append(lab)
    for f in kept:
        tally = score.tallies[f["category"]]
        tally.findings += 1
        if any(
            overlaps(f, lab) for lab in labels_at.get((f["file"], f["line"], f["category"]), [])
        ):
            tally.true_findings += 1
        else:
            score.extras.append(f)
    return score


def load_labels(path: Path) -> list[dict]:
    """The labels of one JSON Lines file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def documents(folder: Path) -> list[Path]:
    """The documents directly inside ``folder``, sorted."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in DOC_SUFFIXES and p.is_file() and p.name not in NOT_DOCUMENTS
    )


def labelled_corpora(root: Path = CORPUS_ROOT) -> list[str]:
    """Names of the folders under ``root`` laid out as a labelled corpus."""
    if not root.is_dir():
        return []
    return sorted(
        d.name
        for d in root.iterdir()
        if d.is_dir() and any((d / f"{s}.jsonl").is_file() and (d / s).is_dir() for s in SPLITS)
    )


def unlabelled_corpora(root: Path = CORPUS_ROOT) -> list[str]:
    """Names of the folders under ``root`` holding documents but no labels."""
    if not root.is_dir():
        return []
    labelled = set(labelled_corpora(root))
    return sorted(
        d.name for d in root.iterdir() if d.is_dir() and d.name not in labelled and documents(d)
    )


def run_fillcheck(paths: list[Path]) -> list[dict]:
    """Findings of ``python -m fillcheck check --format json`` on ``paths``."""
    if not paths:
        return []
    cmd = [sys.executable, "-m", "fillcheck", "check", "--format", "json", "--isolated", "-q"]
    proc = subprocess.run(cmd + [str(p) for p in paths], capture_output=True, text=True)
    try:
        findings = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        tail = (proc.stdout[-500:] + proc.stderr[-500:]).strip()
        raise RuntimeError(
            f"fillcheck did not print JSON (exit {proc.returncode}): {tail}"
        ) from exc
    return findings.get("findings", []) if isinstance(findings, dict) else findings


def split_parts(corpus: str, split: str = "all", root: Path = CORPUS_ROOT) -> list[str]:
    """The parts (``dev``, ``holdout``) of ``corpus`` that ``split`` selects and exist."""
    wanted = SPLITS if split == "all" else (split,)
    base = root / corpus
    return [s for s in wanted if (base / f"{s}.jsonl").is_file() and (base / s).is_dir()]


@dataclass
class Corpus:
    """Labels, findings and documents of one labelled corpus, keyed ``part/file``."""

    name: str
    labels: list[dict]
    findings: list[dict]
    docs: dict[str, Path]

    def score(self, split: str = "all") -> Score:
        """Match the labels and findings of the parts ``split`` selects."""
        parts = SPLITS if split == "all" else (split,)

        def keep(item: dict) -> bool:
            return item["file"].split("/", 1)[0] in parts

        return match([x for x in self.labels if keep(x)], [x for x in self.findings if keep(x)])

    def count(self, split: str = "all") -> int:
        """How many documents the parts ``split`` selects hold."""
        parts = SPLITS if split == "all" else (split,)
        return sum(1 for key in self.docs if key.split("/", 1)[0] in parts)


def load_corpus(name: str, root: Path = CORPUS_ROOT) -> Corpus:
    """Read a labelled corpus and run fillcheck once on all its documents."""
    labels: list[dict] = []
    docs: dict[str, Path] = {}
    for part in split_parts(name, "all", root):
        for lab in load_labels(root / name / f"{part}.jsonl"):
            labels.append({**lab, "file": f"{part}/{lab['file']}"})
        for path in documents(root / name / part):
            docs[f"{part}/{path.name}"] = path
    findings = []
    for f in run_fillcheck(list(docs.values())):
        path = Path(f["path"])
        findings.append({**f, "file": f"{path.parent.name}/{path.name}"})
    return Corpus(name, labels, findings, docs)


def fmt(value: float | None) -> str:
    """A ratio with three decimals, or ``-`` when it is undefined."""
    return "-" if value is None else f"{value:.3f}"


def table(score: Score) -> list[str]:
    """Per-category lines: labels, found, findings, recall, precision."""
    head = f"{'category':<12} {'labels':>7} {'found':>7} {'findings':>9}"
    lines = [f"{head} {'recall':>7} {'precision':>9}"]
    total = Tally()
    for cat in CATEGORIES:
        t = score.tallies.get(cat, Tally())
        lines.append(
            f"{cat:<12} {t.labels:>7} {t.found:>7} {t.findings:>9} "
            f"{fmt(t.recall):>7} {fmt(t.precision):>9}"
        )
        total.labels += t.labels
        total.found += t.found
        total.findings += t.findings
        total.true_findings += t.true_findings
    lines.append(
        f"{'all':<12} {total.labels:>7} {total.found:>7} {total.findings:>9} "
        f"{fmt(total.recall):>7} {fmt(total.precision):>9}"
    )
    return lines


def context(corpus: Corpus, item: dict, width: int = 12) -> str:
    """The text around a label or finding, on its line."""
    path = corpus.docs.get(item["file"])
    if path is None:
        return ""
    lines = path.read_text(encoding="utf-8-sig").split("\n")
    if not 0 < item["line"] <= len(lines):
        return ""
    line, col = lines[item["line"] - 1], item["column"] - 1
    text = item.get("text") or ""
    end = col + len(text)
    return f"{line[max(0, col - width) : col]}[{text}]{line[end : end + width]}"


def group_lines(corpus: Corpus, items: list[dict], kind: str, key) -> list[str]:
    """Misses or extras grouped by category, then by ``key`` (class, structure or rule)."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for item in items:
        groups[(item["category"], key(item))].append(item)
    lines = []
    for (cat, name), members in sorted(
        groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]), kv[0][1])
    ):
        lines.append(f"{kind} {cat} {name} x{len(members)}")
        for item in members:
            where = f"{item['file']}:{item['line']}:{item['column']}"
            lines.append(f"    {where} {context(corpus, item)!r}")
    return lines


def label_class(label: dict) -> str:
    """The form a label names (``class`` or ``structure``), or ``(no class)``."""
    return label.get("class") or label.get("structure") or "(no class)"


def report(corpus: Corpus, split: str, verbose: bool) -> list[str]:
    """The table (and with ``verbose`` every miss and extra) for one split of a corpus."""
    score = corpus.score(split)
    n_labels = sum(t.labels for t in score.tallies.values())
    lines = [f"== {corpus.name} / {split}: {corpus.count(split)} documents, {n_labels} labels"]
    lines += table(score)
    if verbose:
        lines += group_lines(corpus, score.misses, "missed", label_class)
        lines += group_lines(corpus, score.extras, "extra", lambda f: f.get("rule", "?"))
    return lines


def false_alarms(name: str, root: Path = CORPUS_ROOT) -> tuple[list[str], str]:
    """Findings per category on a corpus without labels, and a one-line summary."""
    paths = documents(root / name)
    size = sum(p.stat().st_size for p in paths)
    per_cat: dict[str, int] = defaultdict(int)
    for f in run_fillcheck(paths):
        per_cat[f["category"]] += 1
    unit = size / 204800 if size else 1.0
    lines = [f"== {name} (no labels): {len(paths)} documents, {size / 1024:.0f} KB"]
    lines.append(f"{'category':<12} {'findings':>9} {'per 200 KB':>11}")
    for cat in CATEGORIES:
        lines.append(f"{cat:<12} {per_cat[cat]:>9} {per_cat[cat] / unit:>11.2f}")
    total = sum(per_cat.values())
    return (
        lines,
        f"{name}: {total} findings in {size / 1024:.0f} KB ({total / unit:.2f} per 200 KB)",
    )


def figures(corpus: Corpus) -> dict[str, dict[str, dict[str, float | None]]]:
    """Recall and precision per category on the whole corpus and on its holdout part."""
    out: dict[str, dict[str, dict[str, float | None]]] = {}
    for split in ("all", "holdout"):
        if split == "holdout" and not split_parts(corpus.name, "holdout"):
            continue
        score = corpus.score(split)
        out[split] = {
            cat: {"recall": t.recall, "precision": t.precision}
            for cat in CATEGORIES
            if (t := score.tallies.get(cat)) is not None
        }
    return out


def raise_floor(floor: dict, current: dict) -> dict:
    """``floor`` with every figure of ``current`` that is higher (or new) taken over."""
    merged = json.loads(json.dumps(floor))
    for corpus, splits in current.items():
        for split, cats in splits.items():
            for cat, values in cats.items():
                slot = merged.setdefault(corpus, {}).setdefault(split, {}).setdefault(cat, {})
                for metric, value in values.items():
                    old = slot.get(metric)
                    if value is not None and (old is None or value > old):
                        slot[metric] = value
    return merged


def summary_line(corpus: Corpus, split: str) -> str:
    """One line: recall/precision per category that has labels or findings."""
    score = corpus.score(split)
    parts = [
        f"{cat} {fmt(t.recall)}/{fmt(t.precision)}"
        for cat in CATEGORIES
        if (t := score.tallies.get(cat)) is not None
    ]
    return f"{corpus.name} {split}: " + "  ".join(parts) + "  (recall/precision)"


def main(argv: list[str] | None = None) -> int:
    """Print the quality tables; with --update-floor, raise the stored floor."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all")
    parser.add_argument("--corpus", help="only this corpus (folder name under tests/corpus)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument("--update-floor", action="store_true", help="raise quality_floor.json")
    args = parser.parse_args(argv)
    names = labelled_corpora()
    free = unlabelled_corpora()
    if args.corpus:
        if args.corpus not in names + free:
            print(
                f"quality.py: no corpus named {args.corpus!r} under {CORPUS_ROOT}", file=sys.stderr
            )
            return 2
        names = [n for n in names if n == args.corpus]
        free = [n for n in free if n == args.corpus]
    corpora = [load_corpus(n) for n in names]
    splits = ["all", "holdout"] if args.split == "all" else [args.split]
    summary = []
    for corpus in corpora:
        for split in splits:
            if split_parts(corpus.name, split):
                print("\n".join(report(corpus, split, args.verbose)) + "\n")
                summary.append(summary_line(corpus, split))
    for name in free:
        lines, line = false_alarms(name)
        print("\n".join(lines) + "\n")
        summary.append(line)
    if args.update_floor:
        floor = json.loads(FLOOR_PATH.read_text(encoding="utf-8")) if FLOOR_PATH.exists() else {}
        merged = raise_floor(floor, {c.name: figures(c) for c in corpora})
        FLOOR_PATH.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        summary.append(f"floor written to {FLOOR_PATH.relative_to(ROOT)}")
    print("summary")
    print("\n".join(f"  {line}" for line in summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
