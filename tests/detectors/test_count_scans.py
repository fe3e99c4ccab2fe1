"""How the count rules find their candidates: anchored tries, the shared sentence stops
and percentages, and the compact list markers. Each must give exactly what the plain
scan it replaces gives."""

from __future__ import annotations

import random
import re

import pytest

from fillcheck.detectors import _count_text
from fillcheck.detectors._count_after import _UNIT_AFTER_NUMERAL, COUNT_AFTER_LIST
from fillcheck.detectors._count_colons import _QUOTED_LIST, _second_quote_follows
from fillcheck.detectors._count_index import CountIndex
from fillcheck.detectors._count_rates import RATE
from fillcheck.detectors._count_shares import EXPLICIT, SHARE_OF, _percent_ends
from fillcheck.detectors._count_text import (
    iter_literal,
    list_goes_on,
    literal_offsets,
    matches_ending_at,
    matches_near,
    percents_after_de,
    run_start,
    sentence_stops,
)
from fillcheck.detectors._enum_markers import (
    Markers,
    document_markers,
    heading_markers,
    marker_starts,
)

SHARES = (
    "累计完成1318万元，完成全年任务2355万元的60%，为年计划的95.6 %；"
    "达到3,120件的8.5％，占比27%，的%，完成了的 5%。"
)


def spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def test_matches_near_gives_the_plain_scan_of_rates() -> None:
    text = "办结率95.2%，整改率为97.28%，满意率99%，办结率 9 %。率"
    found = matches_near(RATE.compiled, text, iter_literal(text, "率"), 2, 2)
    assert spans(found) == spans(RATE.compiled.finditer(text)) == [(0, 8), (9, 19), (27, 34)]


def test_matches_near_gives_the_plain_scan_of_counts_after_lists() -> None:
    text = "毛家川、甜水堡、马坊川三大煤矿，十二个方面，112个，四个意识，12名党员"
    units = (found.start() for found in _UNIT_AFTER_NUMERAL.compiled.finditer(text))
    found = spans(matches_near(COUNT_AFTER_LIST.compiled, text, units, 1, 2))
    assert found == spans(COUNT_AFTER_LIST.compiled.finditer(text))
    assert [text[a:b] for a, b in found] == ["三大", "十二个", "12个", "四个", "12名"]


def test_matches_near_never_tries_an_offset_twice_nor_before_a_match() -> None:
    tried: list[int] = []

    class Recorder:
        def match(self, text: str, pos: int) -> re.Match[str] | None:
            tried.append(pos)
            return re.compile("ab").match(text, pos)

    text = "xxabab"
    found = matches_near(Recorder(), text, [2, 3, 4, 5], 0, 3)  # type: ignore[arg-type]
    assert spans(found) == [(2, 4), (4, 6)]
    assert tried == [0, 1, 2, 4]


def test_matches_ending_at_gives_the_plain_scan_of_shares() -> None:
    explicit = spans(matches_ending_at(EXPLICIT.compiled, SHARES, _percent_ends(SHARES, True)))
    share_of = spans(matches_ending_at(SHARE_OF.compiled, SHARES, _percent_ends(SHARES, False)))
    assert explicit == spans(EXPLICIT.compiled.finditer(SHARES)) == [(11, 27), (40, 53)]
    assert share_of == spans(SHARE_OF.compiled.finditer(SHARES)) == [(28, 39)]


@pytest.mark.parametrize("seed", range(4))
def test_share_scans_agree_on_random_text(seed: int) -> None:
    rng = random.Random(seed)
    pieces = ["完成", "为", "达到", "占", "年度", "1", "2,0", ".5", " ", "\u2003", "万", "元"]
    pieces += ["件", "的", "的的", "60", "5.5", "%", "％", "，", "。", "个", "x"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 30)))
        for pattern, counted in ((EXPLICIT, True), (SHARE_OF, False)):
            ends = _percent_ends(text, counted)
            found = spans(matches_ending_at(pattern.compiled, text, ends))
            assert found == spans(pattern.compiled.finditer(text)), text


def test_percents_after_de_lists_each_percent_with_its_de() -> None:
    # `27%` (no 的), `的%` (no digits) and `的 5%` (a space before the digits) are none
    assert percents_after_de(SHARES) == [(26, 23), (38, 32), (52, 48)]
    assert percents_after_de(SHARES) is percents_after_de(SHARES)  # read once per text
    assert percents_after_de("增长5%") == []


def test_run_start_reads_back_over_long_runs() -> None:
    text = "的" + "1" * 100 + "%"
    assert run_start(text, 101, "0123456789") == 1
    assert run_start(text, 1, "0123456789") == 1
    assert run_start("123", 3, "0123456789") == 0


def test_literal_offsets_merges_and_skips_absent_literals() -> None:
    text = "分布分类来看，分别为；来看"
    assert list(literal_offsets(text, "分布", "分类", "分别", "来看")) == [0, 2, 4, 7, 11]
    assert list(literal_offsets(text, "总数", "分类")) == [2]
    assert list(literal_offsets(text, "总数")) == []


def test_sentence_stops_are_shared_and_recognise_the_text_by_identity() -> None:
    text = "一。二！三?\n四"
    stops = sentence_stops(text)
    assert list(stops) == [1, 3, 5, 6]
    assert sentence_stops(text) is stops
    copy = "".join(["一。二！三?\n", "四"])
    assert copy == text and copy is not text
    assert list(sentence_stops(copy)) == [1, 3, 5, 6]
    assert CountIndex(text).sentence_start(6) == 6


def test_index_positions_of_one_literal_include_overlaps() -> None:
    index = CountIndex("其中其中中，其中")
    assert index.positions("其中") == (0, 2, 6)
    assert index.positions("中中") == (3,)


def test_second_quote_follows_before_any_quoted_list() -> None:
    for text, listed in (
        ("，“要做A”、“要做B”", True),
        ("，“要做A”“要做B”", True),
        ("，“要做A”和“要做B”", True),
        ("，“要做A”，要做B", False),
        ("，“" + "长" * 21 + "”、“B”", False),
    ):
        content = text[1:]
        assert (_QUOTED_LIST.fullmatch(content) is not None) == listed
        assert _second_quote_follows(text, 1) == listed


REPORT = (
    "一、成效\n（一）抓党建\n1.学习\n2.培训\n（二）抓业务\n二、问题\n一是学习不够；二是作风不实。\n"
)


def test_markers_are_compact_and_read_back_as_tuples() -> None:
    headings = heading_markers(REPORT)
    assert isinstance(headings, Markers)
    assert list(headings) == [
        (0, 2, "一、", 1),
        (5, 8, "（一）", 1),
        (12, 14, "1.", 1),
        (17, 19, "1.", 2),
        (22, 25, "（一）", 2),
        (29, 31, "一、", 2),
    ]
    assert headings[1] == (5, 8, "（一）", 1)
    assert headings[-1] == (29, 31, "一、", 2)
    assert headings[2:4] == [(12, 14, "1.", 1), (17, 19, "1.", 2)]
    assert len(headings) == 6
    assert list(marker_starts(headings)) == [0, 5, 12, 17, 22, 29]
    _, by_style = document_markers(REPORT)
    assert list(by_style) == ["一、", "（一）", "1.", "一是"]
    assert list(by_style["1."]) == [(12, 14, "1.", 1), (17, 19, "1.", 2)]
    assert list(by_style["一是"]) == [(34, 36, "一是", 1), (41, 43, "一是", 2)]


def test_markers_too_wide_for_the_arrays_stay_tuples() -> None:
    text = "甲\n一" + " " * (1 << 20) + "、乙\n二、丙\n"
    headings = heading_markers(text)
    assert not isinstance(headings, Markers)
    assert [marker[2:] for marker in headings] == [("一、", 1), ("一、", 2)]
    assert list(Markers.of([(0, 2, "一是", 1), (5, 7, "一是", 300)])) == [
        (0, 2, "一是", 1),
        (5, 7, "一是", 300),
    ]
    assert isinstance(Markers.of([(0, 2, "一是", 1)]), Markers)


def test_module_state_holds_only_the_last_text() -> None:
    sentence_stops("甲。")
    sentence_stops("乙。")
    assert _count_text._last_stops is not None
    assert _count_text._last_stops[0] == "乙。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一是学习，二、落实", (False, True)),  # a second item after a comma
        ("要求如下：一、…；三、…", (False, True)),  # a third, the second skipped
        ("第一部分。二、工作安排", (True, True)),  # a heading after a full stop
        ("第一部分。\u3000二、工作安排", (True, True)),
        ("二、工作安排", (False, False)),  # at the text's start: nothing before it
        ("一二、三四", (False, False)),  # numerals, not markers
        ("共三、四个", (False, False)),
        ("。 三、", (False, False)),  # a full stop opens only `二、` in this test
        ("这是第二、第三批", (False, False)),
    ],
)
def test_list_goes_on_as_the_substring_tests(text: str, expected: tuple[bool, bool]) -> None:
    full_stop = "。二、" in text or "。 二、" in text or "。\u3000二、" in text
    goes_on = full_stop or any(m + n + "、" in text for m in "，,；;：:" for n in "二三")
    assert list_goes_on(text) == expected == (full_stop, goes_on)
