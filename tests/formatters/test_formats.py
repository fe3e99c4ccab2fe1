"""Each output format against its golden file, on a small fixed set of findings.

Regenerate after an intended change with
``pytest tests/formatters --update-golden`` and review the diff.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from fillcheck.engine import audit_document
from fillcheck.formatters import FORMATS, get_formatter
from fillcheck.readers import read_bytes
from fillcheck.registry import select_rules

GOLDEN = Path(__file__).parent / "golden"
# Two files: masks after CJK and a character outside the BMP, and a paid-content marker.
DOCUMENTS = {
    "docs/a.txt": "中文中文中文XX名\n𠀀中*项，某单位\n",
    "docs/b.md": "# 标题\n\n正文##paidbegin##内容\n\n##paidend##\n",
}
EXTENSIONS = {"text": "txt", "json": "json", "jsonl": "jsonl"}


def render(fmt: str, **settings) -> str:
    stream = io.StringIO()
    formatter = get_formatter(fmt, stream, **settings)
    rules = select_rules()
    for path, text in DOCUMENTS.items():
        doc = read_bytes(text.encode("utf-8"), path)
        formatter.add(audit_document(doc, rules), doc)
    formatter.end()
    return stream.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_format_matches_golden(fmt, request):
    golden = GOLDEN / f"findings.{EXTENSIONS[fmt]}"
    output = render(fmt)
    if request.config.getoption("--update-golden"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def test_every_format_has_a_golden_file():
    assert set(EXTENSIONS) == set(FORMATS)


def test_json_and_jsonl_hold_the_same_findings():
    as_array = json.loads(render("json"))
    as_lines = [json.loads(line) for line in render("jsonl").splitlines()]
    assert as_array == as_lines
    assert [(f["path"], f["line"], f["column"], f["end_column"]) for f in as_array][:3] == [
        ("docs/a.txt", 1, 7, 9),
        ("docs/a.txt", 2, 3, 4),
        ("docs/a.txt", 2, 6, 7),
    ]


def test_text_escapes_newlines_to_keep_one_line_per_finding():
    from fillcheck.finding import Finding
    from fillcheck.formatters.text import render as render_line

    finding = Finding("p", 1, 1, "FC201", 2, 1, "n", "paywall", "error", "a\nb", "m\r\n", None)
    assert render_line(finding) == "p:1:1: error FC201 m\\r\\n [`a\\nb`]"
