"""Shared helpers for corpus mode: a record collection made of the samples and clean texts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fillcheck import audit_text

ROOT = Path(__file__).resolve().parents[2]
FILLCHECK = [sys.executable, "-m", "fillcheck"]
# Records that exercise what JSON can carry: newlines, tabs, characters beyond the BMP.
EXTRA = [
    "参会人数XX名\n\t某单位负责同志出席",
    "𠀀𠀁 全年召开支委会**次，党员大会**次。",
    "还剩3页未读，继续阅读",
    "",
]


def corpus_texts() -> list[str]:
    """Paragraphs of the samples and of the clean corpus (findings-dense and clean text)."""
    texts: list[str] = []
    for folder in (ROOT / "samples", ROOT / "tests" / "corpus" / "clean"):
        for path in sorted(folder.glob("*.txt")):
            lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line]
            # Several paragraphs per record, so records hold several lines.
            texts.extend("\n".join(lines[i : i + 3]) for i in range(0, len(lines), 3))
    return texts + EXTRA


def make_records() -> list[dict]:
    """Records with ids; every seventh has none (its line number stands in)."""
    result = []
    for index, text in enumerate(corpus_texts()):
        record = {"text": text, "meta": {"n": index}}
        if index % 7:
            record = {"id": f"doc-{index}", **record}
        result.append(record)
    return result


def write_jsonl(path: Path, records: list[dict], *, ascii: bool) -> Path:
    """Write records as JSON Lines, with ``\\uXXXX`` escapes (``ascii``) or raw UTF-8."""
    lines = "".join(json.dumps(r, ensure_ascii=ascii) + "\n" for r in records)
    path.write_bytes(lines.encode("utf-8"))
    return path


def expected_rows(records: list[dict], file: str, **options) -> list[dict]:
    """What `fillcheck corpus` must write for ``records``: audit_text on each text."""
    rows = []
    for number, record in enumerate(records, start=1):
        for f in audit_text(record["text"], **options):
            rows.append({
                "file": file, "id": record.get("id", number), "start": f.start, "end": f.end,
                "line": f.line, "column": f.column, "rule": f.rule, "name": f.name,
                "category": f.category, "severity": f.severity, "text": f.text,
                "message": f.message,
            })  # fmt: skip
    return rows


def run(*args: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    """Run fillcheck in ``cwd``; stdout and stderr as text."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [*FILLCHECK, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False,
        **kwargs,
    )  # fmt: skip


def read_jsonl(path: Path) -> list[dict]:
    """The JSON objects of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
