"""Numbers as a reviewer reads them: Arabic and Chinese numerals, approximations,
ranges, the contexts in which a number is not a count, and a curated table of
measure words.

Plain digits and the small Chinese numerals that make up most counts (``三``,
``十二``, ``二十五``, ``两``, ``廿``) are read here without any library, so that a
scan of ordinary text never imports cn2an. Larger Chinese numerals (``一百零五``,
``三万五``, ``两千三百``) are passed to cn2an, but only as exact numeral spans:
cn2an reads ``五六`` as 56 and rejects ``十几``, ``百余``, ``数十``, ``若干`` and
``三四十``, so ranges and approximations are recognised here first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .patterns import CN_DIGITS, DIGITS, lazy_compile

# ---------------------------------------------------------------- building blocks

ARABIC_DIGITS = "0-9０-９"
# Chinese numeral characters, digits and magnitudes: `零〇○一二两…十百千万亿廿卅`.
CN_NUMERAL_CHARS = CN_DIGITS
# Characters that can appear inside a numeral token (used to find token edges).
NUMERAL_CHARS = frozenset(DIGITS + CN_DIGITS + ".．")

# `12`, `１２`, `8.1`, `5.11亿`, `1.2万亿`, `3千`: digits with an optional magnitude;
# thousands may be grouped with a comma or a space (`28,583`, `321 146`).
# `11亿461万5千`, `10万5千`: digits before each of descending magnitudes (Taiwan
# budgets write amounts so), read as one number.
ARABIC_COMPOUND = r"[0-9]+(?:亿[0-9]+万(?:[0-9]+千)?|亿[0-9]+千|万[0-9]+千)"
# (Tried last: a plain number with a measure word after it matches first, the usual case.)
ARABIC_NUMBER = (
    rf"(?:(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])|[0-9]{{1,3}}(?: [0-9]{{3}})+(?![0-9])"
    rf"|[{ARABIC_DIGITS}]+)(?:[.．][{ARABIC_DIGITS}]+)?(?: ?[千万亿]+)?"
    rf"|{ARABIC_COMPOUND}(?![0-9]))"
)
# `三`, `十二`, `一百零五`, `三万五`, `廿五`: a run of Chinese numeral characters.
CN_NUMBER = f"[{CN_NUMERAL_CHARS}]+"
# A numeral as written in a count, with the approximation words glued to it:
# `数十`, `几十`, `十几`, `百余`, `3万余`, `上百`, `若干`.
# `数`, `几`, `上` make only a Chinese numeral approximate: `总数1248.8万人` is exact.
NUMERAL = rf"(?:(?:{ARABIC_NUMBER}|(?:数|几|上)?{CN_NUMBER})(?:余|多|几|来)?|若干)"

# ---------------------------------------------------------------- measure words

PEOPLE = "people"
VISITS = "person-times"
HOUSEHOLDS = "households"
ORGANISATIONS = "organisations"
EVENTS = "events"
DOCUMENTS = "documents"
ITEMS = "items"
MONEY = "money"
AMOUNT = "amount"
CASES = "cases"
INCIDENTS = "incidents"  # accidents, cases of a kind: `事故24起`

_MEASURES_BY_KIND = {
    PEOPLE: "名 人 位",
    VISITS: "人次",
    HOUSEHOLDS: "户",
    ORGANISATIONS: "家 所",
    EVENTS: "次 场 场次 期 轮 届",
    INCIDENTS: "起",
    DOCUMENTS: "篇 份 本 册 封",
    ITEMS: "个 项 件 条 类 种 处 座 宗 批 支 张 台 辆 套 栋",
    MONEY: "元 美元 港元 港币 欧元 英镑 澳门元",
    AMOUNT: "吨 公顷 亩 公里 平方米 立方米 斤",
    CASES: "例",
}
# measure word -> the kind of thing it counts
MEASURES: dict[str, str] = {
    word: kind for kind, words in _MEASURES_BY_KIND.items() for word in words.split()
}
# Longest first, so that `人次` wins over `人` and `场次` over `场`.
MEASURE = "(?:" + "|".join(sorted(MEASURES, key=lambda word: (-len(word), word))) + ")"

# A measure character followed by these is the start of an ordinary word, not a
# measure: `3人民`, `名单`, `项目`, `家庭`, `场所`, `期间`, `户籍`, `条件`.
_NOT_MEASURE = {
    "人": "民口员才均事力们生公",
    "名": "单义称字额次列",
    "位": "于置数",
    "家": "庭长属乡园族务",
    "所": "有以在属得长谓",
    "项": "目",
    "场": "所景地馆",
    "期": "间待望限",
    "户": "籍口型",
    "条": "件例款",
    "个": "人性体别",
    "次": "要序",
    "件": "事",
    "张": "贴",
    "支": "持撑部",
    "本": "身着次",
    "批": "评示准",
    "例": "如外行会子句证",
    # freight and passenger volume (`6789亿吨公里`, `234亿人公里`) are no mass or people
    "吨": "公",
    "斤": "两",
    # incidents (`事故24起`), not `起草`, `起诉`, `起来`
    "起": "来草诉点步身始码见色飞床义用跑航伏落止源因到",
}

# The first characters of the measure words: `名人位户家…`.
_MEASURE_FIRST = "".join(sorted({word[0] for word in MEASURES}))

# A count token: numeral, measure word, and a trailing approximation word.
# A space may stand between an Arabic numeral and its unit in scraped text (`61723 件`).
# The first lookahead lets the regex engine skip to numeral characters (twice as
# fast); the second stops backtracking through a numeral at once where no measure
# word can follow (a fifth faster again).
COUNT = re.compile(
    rf"(?=[{ARABIC_DIGITS}{CN_NUMERAL_CHARS}数几上若])(?P<num>{NUMERAL})"
    rf"(?:(?<=[0-9万亿]) )?(?=[{_MEASURE_FIRST}])(?P<unit>{MEASURE})"
    r"(?P<post>左右|以上|以下|上下|余|多)?"
)

# Words just before a numeral that make it approximate (`近百名`, `超1万人`).
_APPROX_BEFORE = ("大约", "将近", "超过", "突破", "约", "近", "超", "逾")
# Fixed names that contain a numeral but count nothing.
CONCEPTS = frozenset(
    "四个意识 四个自信 两个维护 两个确立 四个全面 五位一体 四位一体 三会一课 一岗双责 两学一做"
    " 三严三实 八项规定 三重一大 两个务必 三个代表 两个一百年 三个一批 两不愁三保障 三大攻坚战"
    " 六稳六保 一带一路 一次办成 一件事一次办 两个示范点 五大行动 十四五 十三五 十二五".split()
)
_CONCEPT_FIRST = {name[0] for name in CONCEPTS}


class Numeral(NamedTuple):
    """The value of a numeral as a reviewer reads it.

    ``low`` and ``high`` bound the value (equal for an exact numeral; ``high`` is
    None when only a lower bound is known, as in ``百余``); ``approx`` is True for
    approximations and ranges, which never take part in a contradiction.
    ``step`` is the rounding a figure is written with: 0 for `23` (exact), 0.1
    for `8.1`, 1000 for `8.1万`; sums of rounded figures may be off by half a
    step per figure.
    """

    low: float | None
    high: float | None
    approx: bool = False
    step: float = 0.0

    @property
    def exact(self) -> bool:
        """True when the numeral states one exact value."""
        return not self.approx and self.low is not None and self.low == self.high

    @property
    def value(self) -> float | None:
        """The exact value, or the lower bound of an approximation."""
        return self.low


class Count(NamedTuple):
    """A numeral followed by a measure word in a text: ``6名``, ``1.5万人``, ``30件``."""

    start: int
    end: int
    num_end: int
    numeral: Numeral
    unit: str
    kind: str
    text: str

    @property
    def value(self) -> float | None:
        """The counted value (lower bound for an approximation)."""
        return self.numeral.low

    @property
    def exact(self) -> bool:
        """True for an exact count (no 余, 多, 约, range, ...)."""
        numeral = self.numeral
        return not numeral.approx and numeral.low is not None and numeral.low == numeral.high


# ---------------------------------------------------------------- parsing

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_MAGNITUDES = {"千": 1000, "万": 10_000, "亿": 100_000_000}
_CN_DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}
# `12`, `8.1万`, `1.2万亿`: digits then magnitudes, as a whole string.
_ARABIC_FULL = lazy_compile(rf"([{ARABIC_DIGITS}]+(?:[.．]([{ARABIC_DIGITS}]+))?)([千万亿]*)")
# Two consecutive digits written together are a range: `五六`, `三四十`, `十五六`.
_CN_RANGE = lazy_compile("一两|两三|一二|二三|三四|四五|五六|六七|七八|八九")
_MAGNITUDE_WORDS = {"百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
_APPROX_PREFIXES = ("若干", "数", "几", "上")
_APPROX_SUFFIXES = ("左右", "以上", "余", "多", "几", "来")


@lru_cache(maxsize=4096)
def parse_numeral(text: str) -> Numeral | None:
    """Read ``text`` (a whole numeral, possibly with 余/多/几/数/若干) or return None.

    >>> parse_numeral("十二").value
    12.0
    >>> parse_numeral("五六").approx
    True
    """
    core, approx = _strip_approximation(text.strip())
    if not core:
        return Numeral(None, None, approx=True) if approx else None
    if core[0] not in CN_NUMERAL_CHARS:
        result = _parse_arabic(core)
    else:
        result = _parse_range(core) or _parse_chinese(core)
    if result is None or not approx:
        return result
    return Numeral(result.low, None, approx=True, step=result.step)


def _strip_approximation(text: str) -> tuple[str, bool]:
    approx = False
    for prefix in _APPROX_PREFIXES:
        if text.startswith(prefix):
            text, approx = text[len(prefix) :], True
    for suffix in _APPROX_SUFFIXES:
        if text.endswith(suffix):
            text, approx = text[: -len(suffix)], True
    return text, approx


_COMPOUND_PART = lazy_compile("([0-9]+)([千万亿])")


def _parse_compound(text: str) -> Numeral | None:
    """`11亿461万5千` -> 1104615000 (rounded to its last magnitude), else None."""
    parts = _COMPOUND_PART.compiled.findall(text)
    if len(parts) < 2 or "".join(d + m for d, m in parts) != text:
        return None
    value = sum(int(d) * _MAGNITUDES[m] for d, m in parts)
    return Numeral(float(value), float(value), step=float(_MAGNITUDES[parts[-1][1]]))


def _parse_arabic(text: str) -> Numeral | None:
    match = _ARABIC_FULL.compiled.fullmatch(text.replace(",", "").replace(" ", ""))
    if match is None:
        return _parse_compound(text)
    digits = match.group(1).translate(_FULLWIDTH)
    decimals = len(match.group(2) or "")
    # integer arithmetic first, one division last: 5.11亿 is 511000000, not ...00006
    magnitude_product = 1
    for magnitude in match.group(3):
        magnitude_product *= _MAGNITUDES[magnitude]
    value = int(digits.replace(".", "")) * magnitude_product
    step = magnitude_product / 10**decimals if decimals or magnitude_product > 1 else 0.0
    return Numeral(value / 10**decimals, value / 10**decimals, step=step)


def _parse_range(text: str) -> Numeral | None:
    """`五六` -> 5..6, `三四十` -> 30..40, `十五六` -> 15..16; None if not a range."""
    match = _CN_RANGE.compiled.search(text)
    if match is None:
        return None
    head, tail = text[: match.start()], text[match.end() :]
    low = _parse_chinese(head + match.group()[0] + tail)
    high = _parse_chinese(head + match.group()[1] + tail)
    if low is None or high is None:
        return None
    return Numeral(low.low, high.high, approx=True)


def _parse_chinese(text: str) -> Numeral | None:
    if text in _MAGNITUDE_WORDS:
        # `百余`, `千家万户`, `万人`: a bare magnitude is a figure of speech, not a count
        return Numeral(_MAGNITUDE_WORDS[text], None, approx=True)
    value = _parse_small_chinese(text)
    if value is None:
        value = _parse_regular_chinese(text)
    if value is None:
        value = _parse_with_cn2an(text)
    return None if value is None else Numeral(value, value)


def _parse_small_chinese(text: str) -> float | None:
    """Fast path for numerals below 100: `三`, `两`, `十`, `十二`, `二十`, `廿五`, `卅`."""
    text = text.replace("廿", "二十").replace("卅", "三十")
    if len(text) == 1 and text != "十":
        return float(_CN_DIGIT_VALUES[text]) if text in _CN_DIGIT_VALUES else None
    tens, sep, units = text.partition("十")
    if not sep or len(tens) > 1 or len(units) > 1:
        return None
    if (tens and tens not in "一二三四五六七八九") or (units and units not in "一二三四五六七八九"):
        return None
    return float((_CN_DIGIT_VALUES[tens] if tens else 1) * 10 + _CN_DIGIT_VALUES.get(units, 0))


_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def _parse_regular_chinese(text: str) -> float | None:
    """`一百零五`, `两千三百`, `三万五千`, `一亿二千万`: a numeral written digit by unit,
    read without cn2an; None for anything else (`三万五`, `一二三`), which cn2an decides."""
    if len(text) > 1 and text[-1] in _CN_DIGIT_VALUES and text[-2] in "百千万亿":
        return None  # `三万五`, `两千三`: an implied unit, left to cn2an
    yi = wan = section = 0
    digit: int | None = None
    for char in text:
        if char in _CN_DIGIT_VALUES:
            if digit is not None:
                return None  # two digits in a row: not a regular numeral
            digit = _CN_DIGIT_VALUES[char] or None
        elif char in _CN_UNITS:
            if digit is None and not (char == "十" and not (yi or wan or section)):
                return None
            section += (digit or 1) * _CN_UNITS[char]
            digit = None
        elif char == "万":
            wan, section, digit = section + (digit or 0), 0, None
        elif char == "亿":
            yi, wan, section, digit = wan * 10_000 + section + (digit or 0), 0, 0, None
        else:
            return None
    value = yi * 100_000_000 + wan * 10_000 + section + (digit or 0)
    return float(value) if value else None


@lru_cache(maxsize=1024)
def _parse_with_cn2an(text: str) -> float | None:
    """Larger Chinese numerals through cn2an (imported on first need: it costs ~0.3 s)."""
    if len(text) == 1 or not any(c in "十百千万亿" for c in text):
        return None  # `百`, `万` alone are figures of speech; `一二三` is no numeral
    if text[0] in "百千万亿" or sum(text.count(zero) for zero in "零〇○") > 2:
        return None
    import cn2an  # lazy on purpose

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def _small_chinese(n: int) -> str:
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else "一二三四五六七八九"[tens - 1] + "十"
    return head + ("" if units == 0 else "一二三四五六七八九"[units - 1])


# `一`..`九十九`, `1`..`99` and `１`..`９９` -> value: list markers are read by lookup.
ORDINALS: dict[str, int] = {}
for _n in range(1, 100):
    ORDINALS[_small_chinese(_n)] = _n
    ORDINALS[str(_n)] = _n
    ORDINALS[str(_n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))] = _n


# ---------------------------------------------------------------- counts in context


def concept_at(text: str, index: int) -> str | None:
    """The fixed concept name (`四个意识`, `三会一课`, ...) starting at ``index``, if any."""
    if text[index : index + 1] not in _CONCEPT_FIRST:
        return None
    for length in (7, 6, 5, 4, 3):
        if text[index : index + length] in CONCEPTS:
            return text[index : index + length]
    return None


def counts_in(
    text: str, start: int = 0, end: int | None = None, hits: Iterable[tuple[int, int]] = ()
) -> list[Count]:
    """Every count (numeral + measure word) in ``text[start:end]``, in order.

    Ordinals (`第三次`), ranks (`前10名`), rates (`每3人`), percentage points
    (`1.5个百分点`), concept names (`四个意识`), ordinary words that begin with a
    measure character (`3项目`), `5+2` and numbers glued to a longer number are
    left out; approximations and ranges are kept but marked inexact.

    The scan looks for the last character of a numeral right before a measure
    word first (a simple pattern, several times faster than :data:`COUNT` at every
    position), then reads the count with :data:`COUNT` from the start of the run
    of numeral characters before it: the same matches as ``COUNT.finditer``,
    because a count's numeral is one run of those characters and its measure
    word begins with none of them. ``hits``: the spans of those matches in the window,
    when the caller has them already (the count index finds them once per document).
    """
    end = len(text) if end is None else end
    found = []
    search = COUNT.search
    read = _count_from_match
    run_chars = _RUN_CHARS
    done = start
    for run, hit_end in hits or map(_SPAN, NUMERAL_THEN_MEASURE.finditer(text, start, end)):
        if run < done:
            continue
        if run > done and text[run - 1] in run_chars:
            # the usual run is short: strip it from a window here, not in a call
            lo = run - 24 if run - 24 > done else done
            kept = len(text[lo:run].rstrip(_RUN_STRING))
            run = lo + kept if kept or lo == done else _run_start(text, lo, done)
        match = search(text, run, hit_end + 5 if hit_end + 5 < end else end)
        if match is None:
            continue
        done = match.end()
        count = read(text, match)
        if count is not None:
            found.append(count)
    return found


def _run_start(text: str, index: int, floor: int) -> int:
    """Where the run of numeral characters that ends at ``index`` starts (not before
    ``floor``): ``str.rstrip`` over a short window, in C, instead of a step per character."""
    while True:
        lo = max(floor, index - 24)
        kept = len(text[lo:index].rstrip(_RUN_STRING))
        if kept or lo == floor:
            return lo + kept
        index = lo  # the whole window is numeral characters: read further back


# The last character of a numeral (or of `余`, `多`, `若干`) and a measure word:
# every count ends with one, and a numeral is a run of ``_RUN_CHARS``.
NUMERAL_THEN_MEASURE = re.compile(
    rf"[{ARABIC_DIGITS}{CN_NUMERAL_CHARS}余多几来干](?:(?<=[0-9万亿]) )?"
    rf"(?=[{_MEASURE_FIRST}])(?={MEASURE})"  # one character first: most numerals fail it
)
_SPAN = re.Match.span
_RUN_CHARS = frozenset(DIGITS + CN_DIGITS + ".．, 数几上若干余多来")
_RUN_STRING = "".join(sorted(_RUN_CHARS))


def _count_from_match(text: str, match: re.Match[str]) -> Count | None:
    start, end = match.span()
    before = text[start - 1] if start > 0 else "\n"
    if before in _NOT_BEFORE_COUNT or (before == "前" and not _plain_qian(text, start)):
        return None  # inside a longer number, an ordinal, a rate, a rank or `5+2`
    num, unit, post = match.groups()
    unit_end = end - len(post) if post else end
    after = text[unit_end] if unit_end < len(text) else "\n"
    if after in _NOT_AFTER[unit] or (unit == "个" and after == "百"):
        return None
    if unit == "起" and num == "一":
        return None  # `一起`: together, far more often than one incident
    if text[start] in _CONCEPT_FIRST and _CONCEPT.match(text, start):
        return None
    numeral = parse_numeral(num)
    if numeral is None:
        return None
    if post or (before in _CONTEXT_LAST and _approximate_context(text, start)):
        numeral = _new(Numeral, (numeral.low, None, True, numeral.step))
    # tuple.__new__ directly: a NamedTuple's own __new__ is a Python call per count
    fields = (start, end, start + len(num), numeral, unit, MEASURES[unit], text[start:end])
    return _new(Count, fields)


_new = tuple.__new__
# Any concept name, longest first: the same answer as :func:`concept_at`, in one match.
_CONCEPT = re.compile("|".join(sorted(map(re.escape, CONCEPTS), key=lambda w: (-len(w), w))))


# After a measure word, these make it no measure (`项目`) or the count part of `5+2`.
_NOT_AFTER = {unit: _NOT_MEASURE.get(unit, "") + "+＋" for unit in MEASURES}


# `目前`, `此前`, `之前`: words ending in 前 that do not make the next number a rank.
_PLAIN_QIAN = "目此之以当提眼空面门从事"


# Characters before a numeral that make it no count: a longer number, `第`, `每`, `5+2`.
_NOT_BEFORE_COUNT = NUMERAL_CHARS | frozenset("第每+＋")


def _plain_qian(text: str, start: int) -> bool:
    """True when the `前` before ``start`` ends a word such as `目前` (not a rank `前10名`)."""
    return start > 1 and text[start - 2] in _PLAIN_QIAN


# The last characters of the approximation words and range marks read by
# `_approximate_context` (a cheap test before it).
_RANGE_MARKS = "-－~～至到—"
_CONTEXT_LAST = frozenset("".join(word[-1] for word in _APPROX_BEFORE) + _RANGE_MARKS)


def _approximate_context(text: str, start: int) -> bool:
    """True after `约`, `近`, `超过`, ... or as the end of a range (`3-5人`, `三至五人`)."""
    window = text[max(0, start - 2) : start]
    if window.endswith(_APPROX_BEFORE):
        return True
    return len(window) == 2 and window[1] in _RANGE_MARKS and window[0] in NUMERAL_CHARS


def same_kind(a: Count, b: Count) -> bool:
    """True when two counts count the same kind of thing (amounts and money: the same
    unit, `2.5亿美元` is no part of `1500亿元`)."""
    if a.kind != b.kind:
        return False
    return a.kind not in (AMOUNT, MONEY) or a.unit == b.unit
