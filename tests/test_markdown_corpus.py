"""Real Markdown documentation (bold, italics, bullets, code, URLs, 某种/某个) raises nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck import audit_text
from fillcheck.cli import app

CORPUS = Path(__file__).parent / "corpus" / "markdown"
FILES = sorted(CORPUS.glob("*.md"))


def test_corpus_is_present():
    assert len(FILES) >= 3


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_markdown_raises_nothing(path):
    assert audit_text(path.read_text(encoding="utf-8"), kind="markdown") == []


def test_cli_prints_nothing_on_real_markdown():
    result = CliRunner().invoke(app, ["check", str(CORPUS)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == f"fillcheck: {len(FILES)} files checked, no findings\n"
