"""Check the labels of every labelled corpus under tests/corpus/.

Usage: python tests/corpus/check_labels.py [CORPUS_ROOT]

A labelled corpus is a folder holding ``dev/`` and ``holdout/`` (documents)
next to ``dev.jsonl`` and ``holdout.jsonl``. Every label must name a document
of its part, stand inside it (``line`` and ``column`` 1-based, columns in
characters, lines split on ``\\n`` only) with exactly its ``text`` there, carry
a known category, and appear once. Prints one line per problem; exit status 1
when there is any, 0 otherwise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CATEGORIES = {"placeholder", "paywall", "count", "redaction", "format", "ambiguous"}
REQUIRED = {"file": str, "line": int, "column": int, "text": str, "category": str}
OPTIONAL = {"class": str, "structure": str, "note": str}
PARTS = ("dev", "holdout")
DOC_SUFFIXES = (".txt", ".md")


def _field_problems(label: object) -> list[str]:
    """What is wrong with the fields of one parsed label."""
    if not isinstance(label, dict):
        return ["a label must be a JSON object"]
    problems = []
    for key, kind in REQUIRED.items():
        if not isinstance(label.get(key), kind) or isinstance(label.get(key), bool):
            problems.append(f"`{key}` must be a {kind.__name__}")
    for key, kind in OPTIONAL.items():
        if key in label and not isinstance(label[key], kind):
            problems.append(f"`{key}` must be a string")
    if problems:
        return problems
    if label["category"] not in CATEGORIES:
        problems.append(f"unknown category {label['category']!r}")
    if not label["text"] or "\n" in label["text"]:
        problems.append("`text` must be one non-empty line")
    if label["line"] < 1 or label["column"] < 1:
        problems.append("`line` and `column` start at 1")
    return problems


def _position_problem(label: dict, lines: list[str]) -> str | None:
    """Why ``label`` does not stand at its line and column, or None."""
    if label["line"] > len(lines):
        return f"line {label['line']} is past the end ({len(lines)} lines)"
    line = lines[label["line"] - 1]
    start = label["column"] - 1
    found = line[start : start + len(label["text"])]
    if found != label["text"]:
        return f"text {label['text']!r} is not at column {label['column']} (found {found!r})"
    return None


def check_part(labels_path: Path, docs_dir: Path) -> list[str]:
    """Problems of one labels file against its folder of documents."""
    problems: list[str] = []
    texts: dict[str, list[str]] = {}
    seen: set[tuple] = set()
    raw_lines = labels_path.read_text(encoding="utf-8").split("\n")
    for n, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            continue
        where = f"{labels_path}:{n}"
        try:
            label = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc.msg})")
            continue
        field_problems = _field_problems(label)
        if field_problems:
            problems.extend(f"{where}: {p}" for p in field_problems)
            continue
        key = (label["file"], label["line"], label["column"], label["text"], label["category"])
        if key in seen:
            problems.append(f"{where}: duplicate label")
        seen.add(key)
        doc = docs_dir / label["file"]
        if label["file"] not in texts:
            if Path(label["file"]).name != label["file"] or not doc.is_file():
                problems.append(f"{where}: no document {label['file']!r} in {docs_dir}")
                continue
            texts[label["file"]] = doc.read_text(encoding="utf-8-sig").split("\n")
        problem = _position_problem(label, texts[label["file"]])
        if problem:
            problems.append(f"{where}: {label['file']}: {problem}")
    return problems


def check_corpus(folder: Path) -> list[str]:
    """Problems of one labelled corpus folder (both parts)."""
    problems: list[str] = []
    for part in PARTS:
        labels_path, docs_dir = folder / f"{part}.jsonl", folder / part
        if not labels_path.is_file() and not docs_dir.is_dir():
            continue
        if not labels_path.is_file() or not docs_dir.is_dir():
            problems.append(f"{folder}: {part}.jsonl and {part}/ go together")
            continue
        problems.extend(check_part(labels_path, docs_dir))
        for doc in docs_dir.iterdir():
            if doc.suffix not in DOC_SUFFIXES:
                problems.append(f"{doc}: documents end in .txt or .md")
    return problems


def labelled_folders(root: Path) -> list[Path]:
    """The folders under ``root`` laid out as labelled corpora."""
    return sorted(
        d for d in root.iterdir() if d.is_dir() and any((d / f"{p}.jsonl").exists() for p in PARTS)
    )


def main(argv: list[str]) -> int:
    """Check every labelled corpus under the given root (default: this folder)."""
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent
    problems = [p for folder in labelled_folders(root) for p in check_corpus(folder)]
    for problem in problems:
        print(problem)
    count = sum(1 for _ in labelled_folders(root))
    print(f"{count} labelled corpora checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
