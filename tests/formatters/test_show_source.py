"""`--show-source` and `--color` in the text format.

The golden file holds wide characters, a long line cut on both sides, a line
cut on one side, a tab, a character outside the BMP and a finding that runs
onto the next line. Regenerate with ``pytest tests/formatters --update-golden``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fillcheck.columns import display_width
from fillcheck.formatters.text import CONTEXT, source_window

GOLDEN = Path(__file__).parent / "source"  # golden/ holds one file per format
LONG = "各基层党组织认真落实“三会一课”制度，" * 4
DOCUMENTS = {
    "docs/wide.txt": "中文中文中文XX名\n𠀀中*项，某单位\n\t共有*个问题\n",
    "docs/long.txt": f"{LONG}全年召开支委会**次，{LONG}\n{LONG}发展对象XX名。\n",
    "docs/marker.md": "正文##paidbegin##内容\n\n##paidend##\n",
}


def test_show_source_golden(fmt, request):
    output = fmt.emit("text", fmt.audit(DOCUMENTS), show_source=True)
    golden = GOLDEN / "findings.source.txt"
    if request.config.getoption("--update-golden"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "start", "end", "shown", "carets"),
    [
        ("发展对象XX名。", 4, 6, "发展对象XX名。", "        ^^"),
        ("ab\tcd**次", 5, 7, "ab cd**次", "     ^^"),
        ("中*项\r", 1, 2, "中*项", "  ^"),
        # The context one side does not use goes to the other: 40 columns less `名`'s 2
        ("XX名" + "二" * 60, 0, 2, "XX名" + "二" * 18 + "…", "^^"),
        ("二" * 60 + "XX名", 60, 62, "…" + "二" * 18 + "XX名", " " * 37 + "^^"),
        ("一" * 50 + "##paidbegin##" + "二" * 50, 50, 63,
         "…" + "一" * 9 + "##paidbegin##" + "二" * 9 + "…", " " * 19 + "^" * 13),
        ("x" + "Y" * 100, 1, 101, "x" + "Y" * 39 + "…", " " + "^" * 39),
    ],
)  # fmt: skip
def test_source_window(line, start, end, shown, carets):
    assert source_window(line, start, end) == (shown, carets)


def test_color_marks_severity_code_and_text(fmt):
    files = fmt.audit({"a.txt": "发展对象XX名。\n"})
    plain = fmt.emit("text", files)
    colored = fmt.emit("text", files, color=True)
    message = "`XX名`: the number of people was never filled in"
    assert plain == f"a.txt:1:5: error FC102 {message} [`XX`]\n"
    assert colored == (
        "\x1b[1ma.txt\x1b[0m:1:5: \x1b[1;31merror\x1b[0m \x1b[1mFC102\x1b[0m "
        f"{message} [`\x1b[35mXX\x1b[0m`]\n"
    )
    with_source = fmt.emit("text", files, color=True, show_source=True)
    assert with_source.endswith(
        "\x1b[34m1\x1b[0m \x1b[34m|\x1b[0m 发展对象XX名。\n"
        "  \x1b[34m|\x1b[0m \x1b[1;31m        ^^\x1b[0m\n\n"
    )


@given(st.text(max_size=200), st.data())
@settings(max_examples=300, deadline=None)
def test_source_window_on_any_line(line, data):
    line = line.replace("\n", " ")
    start = data.draw(st.integers(0, len(line)))
    end = data.draw(st.integers(start + 1, len(line) + 2))
    shown, carets = source_window(line, start, end)
    assert "\n" not in shown and "\n" not in carets
    assert carets.strip(" ") and set(carets.strip(" ")) == {"^"}
    caret_start = len(carets) - len(carets.lstrip(" "))
    assert caret_start <= display_width(shown)
    assert display_width(shown) <= max(display_width(line), 4 * CONTEXT + 4)
