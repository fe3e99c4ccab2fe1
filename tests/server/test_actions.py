"""Code actions and hover without a client: the edits the server offers, applied here."""

from __future__ import annotations

import pytest
from pygls.workspace.position_codec import PositionCodec

from fillcheck.server.actions import disable_line, hover_text, quick_fix
from fillcheck.server.check import Checker
from fillcheck.server.convert import Lines

HTML = (
    "<html><body>\n<p>第一段。</p>\n<p>中文𠀀中文：<b>##pagebreak##</b>后文</p>\n"
    "<p>还剩3页未读，继续阅读</p>\n</body></html>\n"
)


def check(name, text, encoding="utf-16"):
    checked = Checker().check_text(f"/nonexistent/{name}", text)
    return checked, Lines(text, PositionCodec(encoding))


def insert(lines: Lines, text: str, edit) -> str:
    at = lines.offset(edit.range.start)
    assert lines.offset(edit.range.end) == at
    return text[:at] + edit.new_text + text[at:]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_html_disable_goes_right_before_the_text(encoding):
    checked, lines = check("page.html", HTML, encoding)
    assert [f.rule for f in checked.findings] == ["FC201", "FC205"]
    marker, residue = checked.findings
    [edit] = disable_line(checked, lines, marker)
    disabled = insert(lines, HTML, edit)
    assert "<b><!-- fillcheck-disable-next-line FC201 -->##pagebreak##</b>" in disabled
    rechecked = Checker().check_text("/nonexistent/page.html", disabled)
    assert [f.rule for f in rechecked.findings] == ["FC205"]
    fix = quick_fix(checked, lines, residue)
    assert fix is not None and fix.safe
    [deleted] = fix.edits
    assert HTML[deleted.start : deleted.end] == "还剩3页未读，继续阅读"


def test_unsafe_fixes_are_not_offered_but_disable_is():
    text = "严格执行制度。还剩3页未读，继续阅读\r\n"
    checked, lines = check("a.txt", text)
    [finding] = checked.findings
    assert quick_fix(checked, lines, finding) is None
    [edit] = disable_line(checked, lines, finding)
    assert insert(lines, text, edit) == (
        "严格执行制度。还剩3页未读，继续阅读 <!-- fillcheck-disable-line FC205 -->\r\n"
    )


def test_placeholders_get_no_fix_and_a_hover():
    text = "共组织学习*次\n"
    checked, lines = check("a.md", text)
    [finding] = checked.findings
    assert quick_fix(checked, lines, finding) is None
    hover = hover_text(checked, lines, lines.position(5))
    assert hover is not None and hover.startswith(f"**{finding.rule}** ")
    assert "## What it does" in hover
