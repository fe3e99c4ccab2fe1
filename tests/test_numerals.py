"""numerals: numbers as a reviewer reads them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fillcheck.numerals import MEASURES, ORDINALS, concept_at, counts_in, parse_numeral

EXACT = [
    ("6", 6),
    ("１２", 12),
    ("8.1", 8.1),
    ("8.1万", 81_000),
    ("5.11亿", 511_000_000),
    ("1.2万亿", 1_200_000_000_000),
    ("3千", 3000),
    ("3万", 30_000),
    ("1.5万", 15_000),
    ("三", 3),
    ("两", 2),
    ("十", 10),
    ("十二", 12),
    ("二十", 20),
    ("二十五", 25),
    ("廿", 20),
    ("廿五", 25),
    ("卅", 30),
    ("一百零五", 105),
    ("三万五", 35_000),
    ("两千三百", 2300),
    ("一千二", 1200),
    ("一万零五", 10_005),
]


@pytest.mark.parametrize(("text", "value"), EXACT)
def test_exact_numerals(text, value):
    numeral = parse_numeral(text)
    assert numeral is not None and numeral.exact
    assert numeral.value == value


APPROXIMATE = [
    ("十几", 10),
    ("百余", 100),
    ("3万余", 30_000),
    ("数十", 10),
    ("几十", 10),
    ("十余", 10),
    ("上百", 100),
    ("若干", None),
    ("百", 100),
    ("万", 10_000),
]


@pytest.mark.parametrize(("text", "low"), APPROXIMATE)
def test_approximations_are_flagged_and_never_exact(text, low):
    numeral = parse_numeral(text)
    assert numeral is not None and numeral.approx and not numeral.exact
    assert numeral.low == low


RANGES = [
    ("五六", 5, 6),
    ("三四十", 30, 40),
    ("十五六", 15, 16),
    ("一两", 1, 2),
    ("七八十", 70, 80),
]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_adjacent_digits_are_ranges_not_numbers(text, low, high):
    numeral = parse_numeral(text)
    assert numeral is not None and numeral.approx and not numeral.exact
    assert (numeral.low, numeral.high) == (low, high)


@pytest.mark.parametrize("text", ["一二三", "二〇二二", "", "abc", "第三", "12.5.3"])
def test_not_numerals(text):
    assert parse_numeral(text) is None


def test_rounding_step():
    assert parse_numeral("11亿461万5千").step == 1000
    assert parse_numeral("23").step == 0
    assert parse_numeral("8.1").step == pytest.approx(0.1)
    assert parse_numeral("0.93万").step == 100


COUNTS = [
    ("6名90后干部先后提交入党申请6人", [("6名", 6, True), ("6人", 6, True)]),
    ("累计办结1.5万件", [("1.5万件", 15_000, True)]),
    ("协调资金280万元", [("280万元", 2_800_000, True)]),
    ("撰写心得体会50余篇", [("50余篇", 50, False)]),
    ("约50人参加", [("50人", 50, False)]),
    ("由3至5人组成", [("5人", 5, False)]),
    ("3-5人一组", [("5人", 5, False)]),
    ("百余人", [("百余人", 100, False)]),
    ("五六个村", [("五六个", 5, False)]),
    ("接待游客7137万人次", [("7137万人次", 71_370_000, True)]),
    ("預算數合計11亿461万5千元", [("11亿461万5千元", 1_104_615_000, True)]),
    ("增加10万5千件", [("10万5千件", 105_000, True)]),
    ("1亿2000万元", [("1亿2000万元", 120_000_000, True)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_counts_in_text(text, expected):
    found = [(c.text, c.value, c.exact) for c in counts_in(text)]
    assert found == expected


NOT_COUNTS = [
    "召开第三次会议",  # ordinal
    "积分排名稳定在前10名",  # rank
    "每3人一组",  # rate
    "比上年提高1.5个百分点",  # percentage points
    "增长5.2%",  # percentage
    "牢固树立“四个意识”，做到“两个维护”",  # concept names
    "严格落实“三会一课”和“一岗双责”",
    "连续“5+2”“白加黑”",
    "国办发〔2018〕59号",  # document number
    "2022年11月4日10时",  # date and time
    "12345热线",  # phone number
    "6名90后",  # only 6名 counts; 90后 is a generation
    "推进3项目建设",  # 项目 is a word, not 项 + 目
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text):
    found = [c.text for c in counts_in(text)]
    assert found in ([], ["6名"])


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("名", "people"),
        ("人", "people"),
        ("位", "people"),
        ("人次", "person-times"),
        ("户", "households"),
        ("家", "organisations"),
        ("次", "events"),
        ("场", "events"),
        ("期", "events"),
        ("篇", "documents"),
        ("项", "items"),
        ("件", "items"),
        ("个", "items"),
        ("条", "items"),
        ("元", "money"),
    ],
)
def test_measure_word_kinds(unit, kind):
    assert MEASURES[unit] == kind


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("四个意识", "四个意识"),
        ("三会一课制度", "三会一课"),
        ("五位一体", "五位一体"),
        ("三个清单", None),
    ],
)
def test_concept_names(text, concept):
    assert concept_at(text, 0) == concept


def test_ordinals_table():
    assert ORDINALS["一"] == 1 and ORDINALS["十"] == 10 and ORDINALS["二十三"] == 23
    assert ORDINALS["7"] == 7 and ORDINALS["１２"] == 12


def test_small_numerals_do_not_import_cn2an():
    """Plain digits and numerals below 100 are read without cn2an (a 0.3 s import)."""
    code = (
        "import sys\n"
        "from fillcheck.numerals import counts_in\n"
        "counts_in('组织6名干部开展十二次学习，撰写心得体会50余篇，投入资金1.5万元')\n"
        "print('cn2an' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


# Counts found by the two-step scan are those of COUNT at every position, whatever
# the window: thousands groups, spaced units, approximations, ranks and `若干`.
_SCAN_TEXTS = [
    "受理诉求28,583件,办结321 146件,其中十几个、百余人、若干项,前10名,第3次,3-5人",
    "全省常住人口為3480.48萬人,比上年減少10.02萬人;超过50人,约30户,逾百家,突破2亿吨",
    "61723 件 12 名 三四十人 一百零五个 两千三百名 5+2模式 3项目 1.5个百分点",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_count_scan_matches_the_count_pattern_in_every_window(text):
    from fillcheck.numerals import COUNT, _count_from_match

    def reference(start: int, end: int) -> list:
        found = (_count_from_match(text, m) for m in COUNT.finditer(text, start, end))
        return [count for count in found if count is not None]

    for start in range(len(text)):
        for end in range(start, len(text) + 1, 7):
            assert counts_in(text, start, end) == reference(start, end), (start, end)
    assert counts_in(text) == reference(0, len(text))


def test_a_count_after_tupo_is_a_lower_bound():
    (count,) = counts_in("经济总量突破1600亿元")
    assert (count.value, count.exact) == (1600e8, False)
