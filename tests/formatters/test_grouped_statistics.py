"""The formats for people: grouped findings and the per-rule statistics table."""

from __future__ import annotations

from fillcheck.document import Document

TWO_FILES = {
    "a.txt": "发展对象XX名\n\n\n\n\n\n\n\n\n\n某单位，共*项\n",
    "clean.txt": "全年12次。\n",
    "b.txt": "共*项\n",
}


def test_grouped_blocks_per_file_aligned_and_separated(fmt):
    output = fmt.emit("grouped", fmt.audit(TWO_FILES))
    assert output == (
        "a.txt:\n"
        "  1:5   error    FC102 `XX名`: the number of people was never filled in [`XX`]\n"
        "  11:1  warning  FC103 `某单位`: the name of the 单位 was never filled in [`某`]\n"
        "  11:6  error    FC101 `*项`: the number was never filled in [`*`]\n"
        "\n"
        "b.txt:\n"
        "  1:2  error  FC101 `*项`: the number was never filled in [`*`]\n"
    )


def test_grouped_columns_follow_the_unit_and_newlines_are_escaped(fmt):
    doc = Document("𠀀*项\n", source="a.txt")
    finding = fmt.made_up(doc, 1, 2, 1, message="two\nlines")
    output = fmt.emit("grouped", [(doc, [finding])], column_unit="utf16")
    assert output == "a.txt:\n  1:3  error  FC101 two\\nlines [`*`]\n"


def test_statistics_sorted_by_count_then_code_with_total(fmt):
    documents = {"a.txt": "共*项，某单位\n共*次\n", "b.txt": "共*项\n发展对象XX名\n"}
    lines = fmt.emit("statistics", fmt.audit(documents)).splitlines()
    rows = [line.split() for line in lines]
    assert rows[0] == ["code", "name", "count"]
    assert rows[2:5] == [
        ["FC101", "star-masked-value", "3"],
        ["FC102", "letter-masked-value", "1"],
        ["FC103", "anonymised-name", "1"],
    ]
    assert rows[6] == ["total", "5"]
    assert len(rows) == 7


def test_statistics_without_findings(fmt):
    assert fmt.emit("statistics", fmt.audit({"ok.txt": "全年12次。\n"})) == "no findings\n"


def test_statistics_through_the_cli(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from fillcheck.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("共*项，某单位\n共*次\n", encoding="utf-8")
    by_option = CliRunner().invoke(app, ["check", "-q", "--statistics", "a.txt"])
    by_format = CliRunner().invoke(app, ["check", "-q", "--format", "statistics", "a.txt"])
    assert by_option.exit_code == by_format.exit_code == 1
    assert by_option.stdout == by_format.stdout
    assert by_option.stdout.splitlines()[-1].split() == ["total", "3"]


def test_grouped_keeps_windows_backslashes_in_paths(fmt):
    doc = Document("共*项\n", source="docs\\a.txt")
    output = fmt.emit("grouped", [(doc, [fmt.made_up(doc, 1, 2, 1)])])
    assert output.splitlines()[0] == "docs\\a.txt:"
