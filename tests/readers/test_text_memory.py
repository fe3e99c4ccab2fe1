"""Reading a text file holds its bytes and its text once each, and the bytes only until decoded."""

from __future__ import annotations

import tracemalloc

from fillcheck.readers import ReadOptions, read_owned, read_path
from fillcheck.readers.text import decode, decode_plain

TEXT = "共组织学习XX次，某单位参加。\n" * 40_000  # about 1.7 MB of UTF-8, 0.6 M characters


def _peak(action) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_file_is_read_without_copying_its_text(tmp_path):
    path = tmp_path / "big.txt"
    data = TEXT.encode("utf-8")
    path.write_bytes(data)
    _, decoding = _peak(lambda: decode_plain(data))  # what Python's decoder needs at most
    doc, reading = _peak(lambda: read_path(str(path)))
    assert doc.text == TEXT and type(doc.text) is str and doc.notes == []
    # the bytes read and the decoding: no copy of the text (2 bytes a character here),
    # no buffer of the largest size allowed
    assert len(data) + decoding <= reading < len(data) + decoding + len(TEXT)


def test_the_bytes_are_taken_out_of_the_box(tmp_path):
    box = [TEXT.encode("utf-8")]
    doc = read_owned(box, "a.md", ReadOptions())
    assert box == [] and doc.text == TEXT and doc.kind == "markdown"


def test_plain_and_wrapped_decoding_agree():
    data = ("共组织学习XX次。" * 50).encode() + b"\xff"
    plain, wrapped = decode_plain(data), decode(data)
    assert plain.text == wrapped == "共组织学习XX次。" * 50 + "\ufffd" and type(plain.text) is str
    assert plain.notes == wrapped.notes and len(plain.notes) == 1 and "1" in plain.notes[0]
    assert plain.encoding == wrapped.encoding == "utf-8"
