"""Each output format against its golden file, on a small fixed set of findings.

Regenerate after an intended change with
``pytest tests/formatters --update-golden`` and review the diff.
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fillcheck.engine import audit_document
from fillcheck.formatters import FORMATS, get_formatter, sarif
from fillcheck.readers import read_bytes
from fillcheck.registry import select_rules

GOLDEN = Path(__file__).parent / "golden"
# Masks after CJK and after a character outside the BMP, a clean file, a paid-content
# marker, and a file name that a URI must percent-encode.
DOCUMENTS = {
    "docs/a.txt": "中文中文中文XX名\n𠀀中*项，某单位\n",
    "docs/clean.txt": "全年召开支委会12次。\n",
    "docs/b.md": "# 标题\n\n正文##paidbegin##内容\n\n##paidend##\n",
    "docs/报告 1.txt": "\t共有*个问题\n",
}
# golden file -> (format, settings)
GOLDENS = {
    "findings.txt": ("text", {}),
    "findings.byte.txt": ("text", {"column_unit": "byte"}),
    "findings.utf16.txt": ("text", {"column_unit": "utf16"}),
    "findings.display.txt": ("text", {"column_unit": "display"}),
    "findings.json": ("json", {}),
    "findings.jsonl": ("jsonl", {}),
    "findings.github.txt": ("github", {}),
    "findings.sarif.json": ("sarif", {}),
    "findings.utf16.sarif.json": ("sarif", {"column_unit": "utf16"}),
    "findings.gitlab.json": ("gitlab", {}),
    "findings.rdjson.json": ("rdjson", {}),
    "findings.junit.xml": ("junit", {}),
    "findings.grouped.txt": ("grouped", {}),
    "findings.statistics.txt": ("statistics", {}),
    "findings.html": ("html", {}),
}
FIXED_ROOT = "file:///work/project/"


@pytest.fixture(autouse=True)
def fixed_sarif_root(monkeypatch):
    """SARIF names the working directory; pin it so the golden file is the same anywhere."""
    monkeypatch.setattr(sarif, "base_uri", lambda: FIXED_ROOT)


def render(fmt: str, documents: dict[str, str] = DOCUMENTS, **settings) -> str:
    stream = io.StringIO()
    formatter = get_formatter(fmt, stream, **settings)
    rules = select_rules()
    for path, text in documents.items():
        doc = read_bytes(text.encode("utf-8"), path)
        formatter.add(audit_document(doc, rules), doc)
    formatter.end()
    return stream.getvalue()


@pytest.mark.parametrize("name", sorted(GOLDENS))
def test_format_matches_golden(name, request):
    fmt, settings = GOLDENS[name]
    golden = GOLDEN / name
    output = render(fmt, **settings)
    if request.config.getoption("--update-golden"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def test_every_format_has_a_golden_file():
    assert {fmt for fmt, _ in GOLDENS.values()} == set(FORMATS)


def test_no_stray_golden_files():
    assert {path.name for path in GOLDEN.iterdir()} == set(GOLDENS)


def test_json_and_jsonl_hold_the_same_findings():
    as_array = json.loads(render("json"))
    as_lines = [json.loads(line) for line in render("jsonl").splitlines()]
    assert as_array == as_lines
    assert [(f["path"], f["line"], f["column"], f["end_column"]) for f in as_array][:3] == [
        ("docs/a.txt", 1, 7, 9),
        ("docs/a.txt", 2, 3, 4),
        ("docs/a.txt", 2, 6, 7),
    ]


def test_json_columns_stay_characters_whatever_the_unit():
    assert render("json", column_unit="byte") == render("json")
    assert render("jsonl", column_unit="utf16") == render("jsonl")


def test_text_escapes_newlines_to_keep_one_line_per_finding():
    from fillcheck.finding import Finding
    from fillcheck.formatters.text import render as render_line

    finding = Finding("p", 1, 1, "FC201", 2, 1, "n", "paywall", "error", "a\nb", "m\r\n", None)
    assert render_line(finding) == "p:1:1: error FC201 m\\r\\n [`a\\nb`]"


@pytest.mark.parametrize(
    ("unit", "columns"),
    [("char", [7, 3, 6]), ("byte", [19, 8, 15]), ("utf16", [7, 4, 7]), ("display", [13, 5, 10])],
)
def test_text_columns_in_each_unit(unit, columns):
    lines = render("text", {"docs/a.txt": DOCUMENTS["docs/a.txt"]}, column_unit=unit)
    assert [int(line.split(":")[2]) for line in lines.splitlines()] == columns


def test_unknown_column_unit_is_a_value_error():
    with pytest.raises(ValueError, match="unknown column unit 'bytes'"):
        get_formatter("text", io.StringIO(), column_unit="bytes")


def test_unknown_format_names_the_choices():
    with pytest.raises(ValueError, match=r"unknown format 'xml' .*junit, grouped, statistics"):
        get_formatter("xml", io.StringIO())


def html_data(page: str) -> dict:
    """The JSON data block of an HTML report."""
    start = page.index('<script type="application/json" id="fc-data">')
    start = page.index(">", start) + 1
    return json.loads(page[start : page.index("</script>", start)])


# Formats whose output must parse even when empty, and how to parse them.
PARSERS = {
    "json": json.loads,
    "sarif": json.loads,
    "gitlab": json.loads,
    "rdjson": json.loads,
    "junit": ET.fromstring,
    "html": html_data,
}
EMPTY = {
    "text": "",
    "jsonl": "",
    "github": "",
    "grouped": "",
    "statistics": "no findings\n",
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("documents", [{}, {"docs/clean.txt": "全年召开支委会12次。\n"}])
def test_every_format_is_valid_without_findings(fmt, documents):
    output = render(fmt, documents)
    assert set(PARSERS) | set(EMPTY) == set(FORMATS)
    if fmt in EMPTY:
        assert output == EMPTY[fmt]
        return
    parsed = PARSERS[fmt](output)
    if fmt in ("json", "gitlab"):
        assert parsed == []
    elif fmt == "sarif":
        assert parsed["runs"][0]["results"] == []
        assert parsed["runs"][0]["tool"]["driver"]["rules"] == []
    elif fmt == "rdjson":
        assert parsed == {"source": {"name": "fillcheck"}, "diagnostics": []}
    elif fmt == "html":
        assert parsed["findings"] == []
        assert [file["path"] for file in parsed["files"]] == list(documents)
    else:  # junit: a clean file is one passing test case, no file no test case
        assert parsed.get("failures") == "0"
        assert parsed.get("tests") == str(len(documents))
        assert len(parsed.findall("testsuite/testcase")) == len(documents)
        assert parsed.findall(".//failure") == []


ODD = st.text(alphabet=st.sampled_from('a中𠀀\x00\x0c\r\n\t%:,<&"\\`'), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(message=ODD, text=ODD, path=ODD)
def test_odd_characters_never_break_a_format(message, text, path):
    from fillcheck.document import Document
    from fillcheck.finding import Finding

    doc = Document(f"共{text}项\n", source=path)
    end_line, end_column = doc.position(1 + len(text))
    finding = Finding(path, 1, 2, "FC101", end_line, end_column, "star-masked-value",
                      "placeholder", "error", text, message, message)  # fmt: skip
    outputs = {}
    for fmt in FORMATS:
        stream = io.StringIO()
        formatter = get_formatter(fmt, stream, column_unit="byte")
        formatter.add([finding], doc)
        formatter.end()
        outputs[fmt] = stream.getvalue()
    for fmt in ("text", "github", "jsonl"):
        assert outputs[fmt].count("\n") == 1, fmt
    for fmt in ("json", "sarif", "gitlab", "rdjson"):
        assert json.loads(outputs[fmt])
    failure = ET.fromstring(outputs["junit"]).find("testsuite/testcase/failure")
    assert failure is not None and failure.get("type") == "error"
    assert json.loads(outputs["jsonl"])["message"] == message
    assert html_data(outputs["html"])["findings"][0][6] == message
