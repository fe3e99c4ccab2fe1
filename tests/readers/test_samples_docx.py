"""The samples saved as .docx, one paragraph per line, give the .txt files' findings.

Same rule, line, column and text; each .docx message is the .txt message plus
the anchor of the paragraph that holds the finding, which for a document of
plain paragraphs is the line number.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from docbuild import docx_from_text
from fillcheck.cli import app

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))


def findings(path: Path) -> list[dict]:
    result = CliRunner().invoke(app, ["check", "--quiet", "--format", "json", str(path)])
    assert result.exit_code == 1, result.stderr  # every sample has findings
    return json.loads(result.stdout)


def assert_same_findings(txt: Path, docx: Path) -> None:
    expected, got = findings(txt), findings(docx)
    assert expected, "the sample has findings"

    def key(finding):
        return finding["rule"], finding["line"], finding["column"], finding["text"]

    assert [key(f) for f in got] == [key(f) for f in expected]
    for mine, theirs in zip(got, expected, strict=True):
        assert mine["message"] == f"{theirs['message']} (body, paragraph {theirs['line']})"
        assert (mine["end_line"], mine["end_column"]) == (theirs["end_line"], theirs["end_column"])


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_as_docx_gives_the_same_findings(sample, tmp_path):
    docx = docx_from_text(tmp_path / f"{sample.stem}.docx", sample.read_text(encoding="utf-8"))
    assert_same_findings(sample, docx)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_split_into_runs_every_3_characters(sample, tmp_path):
    """Runs of alternating formatting cut through placeholders like `X|X名` and `*|项`."""
    docx = docx_from_text(
        tmp_path / f"{sample.stem}.docx", sample.read_text(encoding="utf-8"), every=3
    )
    assert_same_findings(sample, docx)
