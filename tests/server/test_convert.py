"""Positions in the negotiated encoding agree with pygls' position codec."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from fillcheck.server.convert import Lines

ENCODINGS = ["utf-8", "utf-16", "utf-32"]


@pytest.mark.parametrize("encoding", ENCODINGS)
@given(text=st.text(alphabet="a中𠀀😀。\r\t ", max_size=40))
def test_unit_counts_match_the_codec(encoding, text):
    codec = PositionCodec(encoding)
    assert Lines("", codec).units(text) == codec.client_num_units(text)


@pytest.mark.parametrize("encoding, character", [("utf-8", 19), ("utf-16", 7), ("utf-32", 6)])
def test_position_and_offset_round_trip(encoding, character):
    text = "第一段。\r\n中文𠀀中文：##pagebreak##\r\n"
    lines = Lines(text, PositionCodec(encoding))
    offset = text.index("##")
    assert lines.position(offset) == types.Position(line=1, character=character)
    assert lines.offset(types.Position(line=1, character=character)) == offset
