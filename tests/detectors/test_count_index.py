"""The per-document count index: the counts, literals and sentence stops it finds.

Every test runs under each trigger-scan backend (see conftest.py): the literal
positions come from the shared scan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fillcheck.detectors._count_index import CountIndex
from fillcheck.detectors.counts import _counts
from fillcheck.document import Document
from fillcheck.normalise import view_document
from fillcheck.numerals import counts_in

SAMPLES = Path(__file__).parents[2] / "samples"
CORPUS = Path(__file__).parents[1] / "corpus"

SIMPLIFIED = "全村共有党员30名，其中女党员10名、男党员20名。"
TRADITIONAL = "全村共有黨員30名，其中女黨員10名、男黨員20名。"
ASCII = "共受理诉求3,120件,其中咨询类1 500件;建议类(含表扬)620件!办结率98%?\n另有12户"


def spans(counts) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.text) for c in counts]


def test_counts_in_simplified_script() -> None:
    index = CountIndex(SIMPLIFIED)
    assert spans(index.between(0, len(SIMPLIFIED))) == [
        (6, 9, "30名"),
        (15, 18, "10名"),
        (22, 25, "20名"),
    ]
    assert index.positions("其中") == (10,)
    assert index.positions("、") == (18,)
    assert index.positions("名") == (8, 17, 24)


def test_counts_in_traditional_script_at_the_same_offsets() -> None:
    doc = Document(TRADITIONAL)
    index = _counts(view_document(doc)[0])
    assert spans(index.between(0, len(TRADITIONAL))) == [
        (6, 9, "30名"),
        (15, 18, "10名"),
        (22, 25, "20名"),
    ]
    assert index.positions("其中") == (10,)


def test_counts_and_stops_with_ascii_punctuation() -> None:
    index = CountIndex(ASCII)
    assert spans(index.between(0, len(ASCII))) == [
        (5, 11, "3,120件"),
        (17, 23, "1 500件"),
        (32, 36, "620件"),
        (47, 50, "12户"),
    ]
    assert index.positions("(") == (27,)
    assert index.positions(",", ";") == (6, 11, 23)
    # sentence stops: `!` at 36, `?` at 43, the newline at 44
    assert index.sentence_end(0) == 36
    assert index.sentence_end(37) == 43
    assert index.sentence_end(44) == 44
    assert index.sentence_start(42) == 37
    assert index.sentence_start(47) == 45
    assert index.sentence_start(20) == 0


def test_sentence_bounds_keep_to_their_limits() -> None:
    text = "甲" * 50 + "。" + "乙" * 50
    index = CountIndex(text)
    assert index.sentence_start(100) == 51
    assert index.sentence_start(100, limit=20) == 80  # no stop within 20 characters
    assert index.sentence_end(0) == 50
    assert index.sentence_end(0, limit=10) == 10
    assert index.sentence_end(60) == len(text)  # no stop after: the end of the text


def test_windows_cut_through_a_count_leave_it_out() -> None:
    text = "共有党员12名\n其中预备党员3名"
    index = CountIndex(text)
    assert spans(index.between(0, len(text))) == [(4, 7, "12名"), (14, 16, "3名")]
    assert spans(index.between(5, len(text))) == [(14, 16, "3名")]  # `2名` is not a count
    assert spans(index.between(0, 6)) == []
    assert spans(index.between(7, 8)) == []  # the newline alone
    assert index.between(9, 9) == []


def test_count_ending_at_an_offset() -> None:
    index = CountIndex("9例(广东4例、北京5例)")
    assert index.ending_at(2).text == "9例"
    assert index.ending_at(7).text == "4例"
    assert index.ending_at(3) is None
    assert index.ending_at(0) is None


def test_positions_are_scanned_once_per_index(monkeypatch: pytest.MonkeyPatch) -> None:
    index = CountIndex("其中甲，其中乙")
    assert index.positions("其中") == (0, 4)
    assert index.positions("包括", "其中", "其") == (0, 4)  # one offset where two start
    monkeypatch.setattr("fillcheck.detectors._count_index.iter_literal", None)
    assert index.positions("其中") == (0, 4)  # kept: no second scan
    assert index.positions("包括", "其中", "其") == (0, 4)


@pytest.mark.parametrize(
    "path",
    [SAMPLES / "003_fe59fd9fde7b2143.txt", CORPUS / "consistent" / "104_budget_execution_a.txt"],
)
def test_index_reads_the_same_counts_as_one_pass(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    index = CountIndex(text)
    whole = counts_in(text)
    assert len(whole) > 10
    assert index.between(0, len(text)) == whole
    middle = len(text) // 2
    assert index.between(middle, len(text)) == [c for c in whole if c.start >= middle]


def test_counts_outside_brackets_and_quotes() -> None:
    text = "共有项目12个（含续建3个），“新建5个”目标，另(未完成2个"
    index = CountIndex(text)
    every = ["12个", "3个", "5个", "2个"]
    assert [c.text for c in index.between(0, len(text))] == every
    # the bracket at 7 holds `3个`; the one at 25 is never closed: what follows it stays
    assert [c.text for c in index.outside_brackets(0, len(text))] == ["12个", "5个", "2个"]
    assert [c.text for c in index.outside_brackets(0, len(text), "（(“")] == ["12个", "2个"]
    # a bracket opened before the window does not hide the counts inside it
    assert [c.text for c in index.outside_brackets(8, 14)] == ["3个"]
    # a bracket that closes past the window still hides what it holds
    assert [c.text for c in index.outside_brackets(0, 13)] == ["12个"]


def test_numerals_before_measure_words_are_found_once() -> None:
    text = "共有20余名党员，3个支部。第三次会议，人民。\n5 人到会"
    index = CountIndex(text)
    # the last character of each numeral that a measure word follows (`余`, `3`, `5`),
    # and of the ordinal `第三次`, which the reading of the counts leaves out
    assert list(index.numerals()) == [4, 9, 15, 24]
    assert [c.text for c in index.between(0, len(text))] == ["20余名", "3个", "5 人"]
    assert index.may_hold_count(0, 8)
    assert not index.may_hold_count(5, 9)  # `名党员，`: no numeral
    assert not index.may_hold_count(16, 24)  # `次会议，人民。`: measure characters only
    assert index.may_hold_count(24, 25)


def test_windows_without_a_numeral_read_no_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "办结率为百分之九十。受理诉求120件。"
    index = CountIndex(text)
    read = []
    real = counts_in

    def counting(text: str, start: int = 0, end: int | None = None, hits=()):
        read.append((start, end))
        return real(text, start, end, hits)

    monkeypatch.setattr("fillcheck.detectors._count_index.counts_in", counting)
    assert index.between(0, 10) == []  # no numeral before a measure word
    assert index.between(10, 13) == []
    assert read == []
    assert [c.text for c in index.between(10, len(text))] == ["120件"]
    assert read == [(10, 19)]  # the one sentence that holds a numeral


def test_sentences_read_from_the_numerals_found_once() -> None:
    # spaced figures (`61723 件`, `3 000人`), full-width digits, a run of numeral
    # characters before the numeral (`第12个`), approximations and a count at a stop
    text = "受理61723 件，办结3 000人。共１２个项目！第12个、20余家\n其余人。5人次?约30名"
    index = CountIndex(text)
    stops = [i for i, char in enumerate(text) if char in "。！!？?\n"]
    bounds = zip([0, *(i + 1 for i in stops)], [*(i + 1 for i in stops), len(text)], strict=True)
    each = [count for start, end in bounds for count in counts_in(text, start, end)]
    assert [c.text for c in each] == ["61723 件", "3 000人", "１２个", "20余家", "5人次", "30名"]
    assert index.between(0, len(text)) == each
