"""Traditional script folded for matching: only where it stands, with the same result."""

from __future__ import annotations

import pytest

from fillcheck import script
from fillcheck.script import fold_table, translate_traditional

CASES = [
    "某單位",  # traditional only
    "简体正文。\n下載本文檔\n简体正文",  # one traditional line among simplified ones
    "简体正文，版權說明",  # traditional at the end of a line without a line break
    "\n\n版權\n\n說明\n",  # line breaks around and between
    "没有繁体字的一行\n第二行",  # nothing to fold
    "「創新繁榮」及「民主和平」3大國政願景",  # corner quotes before the first traditional one
    "简体正文。\n以「照顧」與「發展」雙軸並進",  # and after a simplified line
]


@pytest.mark.parametrize("text", CASES)
def test_translating_traditional_stretches_equals_translating_all(text: str) -> None:
    table = fold_table(text)
    assert translate_traditional(text, table) == text.translate(table)


def test_long_traditional_lines_are_translated_block_by_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(script, "_BLOCK", 3)
    text = "單位版權說明" * 3 + "\n简体" + "下載本文檔" * 2
    table = fold_table(text)
    assert translate_traditional(text, table) == text.translate(table)
    assert translate_traditional(text, table).startswith("单位版权说明")


def test_simplified_text_is_returned_as_it_is() -> None:
    text = "没有繁体字"
    assert translate_traditional(text, fold_table(text)) is text
