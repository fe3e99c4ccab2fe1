"""Column units: conversions, the per-document converter, and --column-unit on the CLI."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from fillcheck.cli import app
from fillcheck.columns import (
    UNITS,
    ColumnConverter,
    byte_column,
    check_unit,
    convert_column,
    utf16_column,
)
from fillcheck.document import Document

SIX_CJK = "中文中文中文XX名"
NON_BMP = "𠀀中*项"  # U+20000 is 4 UTF-8 bytes and 2 UTF-16 units


@pytest.mark.parametrize(
    ("line", "column", "expected"),
    [
        (SIX_CJK, 7, {"char": 7, "byte": 19, "utf16": 7, "display": 13}),
        (SIX_CJK, 9, {"char": 9, "byte": 21, "utf16": 9, "display": 15}),
        (NON_BMP, 3, {"char": 3, "byte": 8, "utf16": 4, "display": 5}),
        (NON_BMP, 4, {"char": 4, "byte": 9, "utf16": 5, "display": 6}),
        ("abc", 1, {"char": 1, "byte": 1, "utf16": 1, "display": 1}),
        ("a\tb", 3, {"char": 3, "byte": 3, "utf16": 3, "display": 9}),
        ("e\u0301x", 3, {"char": 3, "byte": 4, "utf16": 3, "display": 2}),  # combining accent
        ("ab", 4, {"char": 4, "byte": 4, "utf16": 4, "display": 4}),  # past the line end
        ("中", 3, {"char": 3, "byte": 5, "utf16": 3, "display": 4}),
    ],
)
def test_convert_column(line, column, expected):
    assert {unit: convert_column(line, column, unit) for unit in UNITS} == expected


def test_named_helpers():
    assert byte_column(SIX_CJK, 7) == 19 and utf16_column(SIX_CJK, 7) == 7
    assert byte_column(NON_BMP, 3) == 8 and utf16_column(NON_BMP, 3) == 4


def test_lone_surrogate_does_not_crash():
    assert convert_column("\udc80a", 2, "byte") == 4  # surrogatepass: 3 bytes
    assert convert_column("\udc80a", 2, "utf16") == 2


def test_unknown_unit():
    assert check_unit("byte") == "byte"
    with pytest.raises(ValueError, match=r"unknown column unit 'bytes' .*char, byte, utf16"):
        check_unit("bytes")


def test_converter_converts_each_line_of_a_document():
    doc = Document(f"{SIX_CJK}\n{NON_BMP}\n")
    converter = ColumnConverter(doc, "byte")
    assert [converter.column(2, 3), converter.column(1, 7), converter.column(1, 9)] == [8, 19, 21]
    assert ColumnConverter(doc, "char").column(2, 3) == 3


@given(
    line=st.text(alphabet=st.sampled_from("a\t中𠀀\u0301é "), max_size=30),
    columns=st.lists(st.integers(min_value=1, max_value=35), min_size=1, max_size=8),
    unit=st.sampled_from(UNITS),
)
def test_converter_agrees_with_convert_column_in_any_order(line, columns, unit):
    converter = ColumnConverter(Document(line), unit)
    assert [converter.column(1, c) for c in columns] == [
        convert_column(line, c, unit) for c in columns
    ]


# Through the command line: the text format prints start columns, github start and end.
LINES = f"{SIX_CJK}\n{NON_BMP}\n"


@pytest.fixture
def sample(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file.txt").write_text(LINES, encoding="utf-8")
    return "file.txt"


def check(*args: str):
    return CliRunner().invoke(app, ["check", "-q", *args])


@pytest.mark.parametrize(
    ("unit", "starts"), [("char", [7, 3]), ("byte", [19, 8]), ("utf16", [7, 4])]
)
def test_cli_text_start_columns(sample, unit, starts):
    result = check("--column-unit", unit, sample)
    assert result.exit_code == 1
    assert [line.split(":")[:3] for line in result.stdout.splitlines()] == [
        ["file.txt", "1", str(starts[0])],
        ["file.txt", "2", str(starts[1])],
    ]


@pytest.mark.parametrize(
    ("unit", "spans"),
    [("char", [(7, 9), (3, 4)]), ("byte", [(19, 21), (8, 9)]), ("utf16", [(7, 9), (4, 5)])],
)
def test_cli_github_start_and_end_columns(sample, unit, spans):
    result = check("--format", "github", "--column-unit", unit, sample)
    found = []
    for line in result.stdout.splitlines():
        properties = dict(p.split("=", 1) for p in line.split(" ", 1)[1].split("::")[0].split(","))
        found.append((int(properties["col"]), int(properties["endColumn"])))
    assert found == spans


def test_cli_sarif_utf16_columns(sample):
    result = check("--format", "sarif", "--column-unit", "utf16", sample)
    run = json.loads(result.stdout)["runs"][0]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in run["results"]]
    assert run["columnKind"] == "utf16CodeUnits"
    assert [(r["startColumn"], r["endColumn"]) for r in regions] == [(7, 9), (4, 5)]


def test_cli_rdjson_is_bytes_whatever_the_unit(sample):
    for unit in ("char", "utf16"):
        result = check("--format", "rdjson", "--column-unit", unit, sample)
        ranges = [d["location"]["range"] for d in json.loads(result.stdout)["diagnostics"]]
        assert [(r["start"]["column"], r["end"]["column"]) for r in ranges] == [(19, 21), (8, 9)]


def test_cli_json_keeps_character_columns(sample):
    result = check("--format", "json", "--column-unit", "byte", sample)
    assert [(f["column"], f["end_column"]) for f in json.loads(result.stdout)] == [(7, 9), (3, 4)]
