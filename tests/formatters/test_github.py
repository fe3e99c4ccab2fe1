"""GitHub workflow commands: escaping, severities, columns, paths."""

from __future__ import annotations

import os

import pytest

from fillcheck.document import Document
from fillcheck.formatters.github import escape_data, escape_property


def test_escape_data_like_the_toolkit():
    assert escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"


def test_escape_property_also_escapes_colon_and_comma():
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_percent_is_escaped_first_so_escapes_are_not_doubled():
    assert escape_data("%0A") == "%250A"


@pytest.mark.parametrize(
    ("severity", "command"), [("error", "error"), ("warning", "warning"), ("info", "notice")]
)
def test_severity_picks_the_command(fmt, severity, command):
    doc = Document("共*项\n", source="a.txt")
    output = fmt.emit("github", [(doc, [fmt.made_up(doc, 1, 2, 1, severity=severity)])])
    assert output.startswith(f"::{command} file=a.txt,line=1,endLine=1,col=2,endColumn=3,")


def test_path_and_message_escaped(fmt):
    doc = Document("共*项\n", source="dir,1/a:b.txt")
    finding = fmt.made_up(doc, 1, 2, 1, message="50% of\nit", suggestion="fix: it")
    output = fmt.emit("github", [(doc, [finding])])
    assert output == (
        "::error file=dir%2C1/a%3Ab.txt,line=1,endLine=1,col=2,endColumn=3,"
        "title=fillcheck (FC101)::50%25 of%0Ait [`*`]%0Afix: it\n"
    )


def test_multi_line_finding_has_lines_but_no_columns(fmt):
    doc = Document("共*\n项\n", source="a.txt")
    finding = fmt.made_up(doc, 1, 2, 3, end_line=2, end_column=2)
    output = fmt.emit("github", [(doc, [finding])])
    assert output.startswith("::error file=a.txt,line=1,endLine=2,title=fillcheck (FC101)::")


def test_end_at_start_of_next_line_ends_on_the_line_before(fmt):
    doc = Document("共**\n项\n", source="a.txt")
    finding = fmt.made_up(doc, 1, 2, 3, end_line=2, end_column=1)
    assert "line=1,endLine=1," in fmt.emit("github", [(doc, [finding])])


def test_absolute_path_below_working_directory_is_made_relative(fmt, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = Document("共*项\n", source=os.path.join(str(tmp_path), "sub", "a.txt"))
    output = fmt.emit("github", [(doc, [fmt.made_up(doc, 1, 2, 1)])])
    assert output.startswith("::error file=sub/a.txt,")


def test_non_bmp_columns_follow_the_unit(fmt):
    doc = Document("𠀀中*项\n", source="a.txt")
    finding = fmt.made_up(doc, 1, 3, 1)
    assert "col=3,endColumn=4," in fmt.emit("github", [(doc, [finding])])
    assert "col=4,endColumn=5," in fmt.emit("github", [(doc, [finding])], column_unit="utf16")
    assert "col=8,endColumn=9," in fmt.emit("github", [(doc, [finding])], column_unit="byte")
