"""FC501 and FC506 on real pages that gather passages of several styles.

Rows are read from the documents of ``tests/corpus`` as found (see the corpora's
SOURCES.md): a page compiling a Hong Kong statement (`達 830 項`) into mainland news that
writes `13908.2亿斤`, two government notices whose headings go `一、` then `1.`.
"""

from __future__ import annotations

from pathlib import Path

from helpers import rule_table

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _lines(path: str, first: int = 1, last: int | None = None) -> str:
    """Lines ``first`` to ``last`` (1-based, inclusive) of a corpus document."""
    lines = (CORPUS / path).read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[first - 1 : last])


MUST_FIRE = [
    # one spaced percentage in a bulletin that writes 20 pairs without a space
    (_lines("consistent/005_yuhuan_tjgb_2019.txt"), [("FC501", 8, 21)]),
    # a sentence that mixes both forms: the spaced ones are slips against the page
    (
        _lines("consistent/286_courts_reports_misc.txt"),
        [("FC501", 3, 75), ("FC501", 3, 88), ("FC501", 3, 112), ("FC501", 3, 124)],
    ),
]

MUST_NOT_FIRE = [
    # a Hong Kong statement spacing its figures, gathered into tight mainland news
    _lines("consistent/277_agri_village_hk_trad.txt", 1, 21),
    _lines("consistent/277_agri_village_hk_trad.txt"),
    # model reports gathered on one page, one spacing its numbers (`于 6 月 14 日`)
    _lines("consistent/127_work_summaries.txt"),
    # a meeting's time before the room: `16:00 公司会议室`
    _lines("labeled/dev/qichetansuo_huiyi_jilu.txt"),
    # provincial notices whose headings go `一、` then `1.` throughout
    _lines("consistent/214_gov_documents.txt", 11, 16),
    _lines("consistent/215_gov_docs_trad.txt", 1, 9),
    # two notices on one page, only the first using `（一）`
    _lines("consistent/214_gov_documents.txt"),
]


test_must_fire, test_must_not_fire, test_more_silent_rows_than_firing_rows = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC5"
)
