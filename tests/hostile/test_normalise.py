"""Invisible and look-alike characters never hide a finding; findings quote the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docbuild import DocBuilder
from fillcheck import audit_text
from fillcheck.engine import audit_document
from fillcheck.normalise import normalise
from fillcheck.readers import read_bytes
from fillcheck.registry import select_rules

# One row per class: (name, character)
INVISIBLE = [
    ("zero width space", "\u200b"),
    ("zero width non-joiner", "\u200c"),
    ("zero width joiner", "\u200d"),
    ("word joiner", "\u2060"),
    ("soft hyphen", "\u00ad"),
    ("left-to-right mark", "\u200e"),
    ("right-to-left mark", "\u200f"),
    ("bidi embedding", "\u202a"),
    ("bidi override", "\u202e"),
    ("bidi isolate", "\u2066"),
    ("pop directional isolate", "\u2069"),
    ("byte order mark mid-text", "\ufeff"),
    ("variation selector", "\ufe0f"),
    ("combining grapheme joiner", "\u034f"),
    ("invisible times", "\u2062"),
    ("tag character", "\U000e0041"),
]
LOOKALIKE_X = ["Ⅹ", "ⅹ", "𝐗", "𝐱", "𝕏", "✕", "✖", "╳", "☓", "Х", "х", "Χ", "χ", "ᵡ"]
LOOKALIKE_STAR = ["﹡", "∗", "✱", "✲", "⁎"]


def findings(text: str, kind: str = "text"):
    return [(f.rule, f.line, f.column, f.text) for f in audit_text(text, kind=kind)]


@pytest.mark.parametrize(("name", "char"), INVISIBLE)
def test_invisible_character_inside_a_mask(name, char):
    text = f"第一行\n本次共有X{char}X名同志参加。"
    assert findings(text) == [("FC102", 2, 5, f"X{char}X")]


@pytest.mark.parametrize(("name", "char"), INVISIBLE)
def test_invisible_character_before_a_mask_keeps_the_column(name, char):
    text = f"本次{char}{char}共有XX名同志参加。"
    assert findings(text) == [("FC102", 1, 7, "XX")]


@pytest.mark.parametrize("char", LOOKALIKE_X)
def test_lookalike_x(char):
    assert findings(f"本次共有{char}{char}名同志参加。") == [("FC102", 1, 5, char * 2)]


@pytest.mark.parametrize("char", LOOKALIKE_STAR)
def test_lookalike_star(char):
    assert findings(f"共组织学习{char}次。") == [("FC101", 1, 6, char)]


def test_kangxi_radical_is_folded():
    # ⼈ (U+2F08 KANGXI RADICAL MAN) looks like 人
    assert findings("参会人员共XX⼈。") == [("FC102", 1, 6, "XX")]


@pytest.mark.parametrize(
    "text",
    [
        "iPhone XS 和 XXL-JOB 都不是掩码",
        "χ²检验的结果显著",
        "ΧΧΧ Greek capital chi in a Greek word",
        "面积为 3×4 平方米",
        "软\u00adhyphen 与 零\u200b宽 空格",
    ],
)
def test_folding_does_not_invent_findings(text):
    assert findings(text) == []


@pytest.mark.parametrize(("name", "char"), INVISIBLE[:6])
def test_invisible_character_in_html_entity(name, char):
    page = f"<p>前文</p>\n<p>本次共有X&#x{ord(char):x};X名同志参加。</p>".encode()
    doc = read_bytes(page, "a.html")
    got = [(f.rule, f.line, f.column, f.text) for f in audit_document(doc, select_rules())]
    assert got == [("FC102", 2, 5, f"X{char}X")]


@pytest.mark.parametrize(("name", "char"), INVISIBLE[:6])
def test_invisible_character_in_docx_between_runs(name, char):
    doc = DocBuilder()
    doc.paragraph("前文")
    doc.paragraph("本次共有X", char, "X名同志参加。")
    document = read_bytes(doc.to_bytes(), "a.docx")
    got = [(f.rule, f.line, f.column, f.text) for f in audit_document(document, select_rules())]
    assert got == [("FC102", 2, 5, f"X{char}X")]


def test_lookalike_in_docx():
    doc = DocBuilder()
    doc.paragraph("本次共有ⅩⅩ名同志参加。")
    document = read_bytes(doc.to_bytes(), "a.docx")
    got = [(f.rule, f.line, f.column, f.text) for f in audit_document(document, select_rules())]
    assert got == [("FC102", 1, 5, "ⅩⅩ")]


def test_plain_text_has_no_view():
    assert normalise("本次共有XX名同志参加，内容（一）：ＡＢＣ１２３。") is None


def test_view_maps_back():
    view = normalise("a\u200b\u200bbⅩ\u00adc")
    assert view is not None and view.text == "abXc"
    assert [view.original(i) for i in range(4)] == [0, 3, 4, 6]
    assert view.original_span(1, 3) == (3, 5)
    assert view.to_view(1) == 1 and view.to_view(3) == 1 and view.to_view(6) == 3


_NOISE = st.sampled_from([c for _, c in INVISIBLE])


@settings(max_examples=60, deadline=None)
@given(
    before=st.text(alphabet="前文内容，。", max_size=8),
    noise=st.lists(st.tuples(st.integers(0, 2), _NOISE), max_size=4),
    x=st.sampled_from(["X", "x", *LOOKALIKE_X]),
)
def test_any_mix_of_noise_and_lookalikes_inside_a_mask(before, noise, x):
    """Invisible characters inserted anywhere in ``XX名`` (before, between, after the X's)
    and X replaced by any look-alike: the finding is reported at the original span."""
    parts = [x, x]
    cuts = {0: "", 1: "", 2: ""}
    for where, char in noise:
        cuts[where] += char
    mask = cuts[0] + parts[0] + cuts[1] + parts[1]
    text = f"{before}本次共有{mask}{cuts[2]}名同志参加。"
    start = len(before) + 4 + len(cuts[0])
    expected_text = text[start : start + len(parts[0] + cuts[1] + parts[1])]
    got = [f for f in audit_text(text) if f.rule == "FC102"]
    assert [(f.line, f.column, f.text) for f in got] == [(1, start + 1, expected_text)]
