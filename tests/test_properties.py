"""Properties that hold on any input: no crash, spans inside the text, positions round-trip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fillcheck import audit_text
from fillcheck.document import Document

# Text made mostly of the characters detectors look at, so that the interesting paths run.
ALPHABET = st.sampled_from(
    list("XxＸ×*＊某_＿□○（）()【】[]{}$#<>/、，。；：“”《》\n \t名人项次元村市局年的大第二十〇")
    + list("深入党建工作党组单位些种个一此处填写输入单击请paidbeginend还剩页未读下载共字")
    + ["\u2028", "\x1c", "\ufeff", "\r", "𠀀", "0", "1", "9", "a", "L"]
)
TEXTS = st.one_of(st.text(ALPHABET, max_size=200), st.text(max_size=200))


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(["text", "markdown"]))
def test_no_crash_and_every_span_lies_inside_its_line(text, kind):
    doc = Document(text)
    lines = doc.text.split("\n")
    for finding in audit_text(text, kind=kind):
        assert 1 <= finding.line <= finding.end_line <= len(lines)
        if finding.line == finding.end_line:
            assert 1 <= finding.column < finding.end_column <= len(lines[finding.line - 1]) + 1
            line = lines[finding.line - 1]
            assert line[finding.column - 1 : finding.end_column - 1] == finding.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.data())
def test_position_round_trips(text, data):
    doc = Document(text)
    offset = data.draw(st.integers(min_value=0, max_value=len(doc.text)))
    line, column = doc.position(offset)
    assert doc.line_starts[line - 1] + column - 1 == offset
