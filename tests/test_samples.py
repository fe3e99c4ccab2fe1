"""The documents in samples/ against their golden output, in every golden format.

Regenerate after an intended change with
``pytest tests/test_samples.py --update-golden`` and review the diff like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(p.name for p in (ROOT / "samples").glob("*.txt"))
FORMATS = {"text": "out", "json": "json"}


def run_cli(*args: str) -> tuple[int, str]:
    """Run the CLI in-process from the repository root; return (exit code, stdout)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(cwd)
    return result.exit_code, result.stdout


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", SAMPLES)
def test_sample_matches_golden(name, fmt, request):
    code, out = run_cli("check", "--quiet", "--format", fmt, f"samples/{name}")
    assert code == 1, "every sample has findings"
    golden = ROOT / "samples" / "expected" / f"{Path(name).stem}.{FORMATS[fmt]}"
    if request.config.getoption("--update-golden"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_samples_find_every_label_and_nothing_else():
    """Recall 1.0 on every label of every category; precision 1.0 overall."""
    labels = [json.loads(line) for line in (ROOT / "samples" / "labels.jsonl").open()]
    _, out = run_cli("check", "--quiet", "--format", "json", "samples")
    findings = json.loads(out)

    def overlaps(finding, label):
        return (
            Path(finding["path"]).name == label["file"]
            and finding["line"] == label["line"]
            and finding["category"] == label["category"]
            and finding["column"] < label["column"] + len(label["text"])
            and label["column"] < finding["end_column"]
        )

    wanted = [lab for lab in labels if lab["category"] != "ambiguous"]
    missed = [lab for lab in wanted if not any(overlaps(f, lab) for f in findings)]
    extra = [f for f in findings if not any(overlaps(f, lab) for lab in labels)]
    assert (missed, extra) == ([], [])
    assert len(wanted) == 127
