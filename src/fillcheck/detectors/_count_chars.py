"""FC303, a count of characters right after the quotation it counts:
`“坚定信心、同舟共济、科学防治、精准施策”，这16个字的要求`, `“严、实、细、恒”四字诀`,
`“以点带面、承上启下、化繁为简、融会贯通”十六字方针`; or right after it, past the
count's name and 即 or a colon: `“二十字”方针，即“产业兴旺、生态宜居、…”`.

A report sums up a slogan by the number of its characters; the quotation right before
the count holds them (its separators left out). Read only where `字` follows a numeral.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import parse_numeral
from ..patterns import is_han, lazy_compile
from ._count_text import iter_literal, shorten

# `16个字`, `十六字`, `，这16个字` right before `字` (read backwards from it): the count,
# after `这` and a comma that follow the closing quote.
_CHAR_COUNT = lazy_compile(
    r"[”」\"](?P<gap>[，,]?这?)(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})个?\Z"
)
# Separators between the quoted phrases: left out of the count.
_SEPARATORS = re.compile("[、，,；;。 \u3000]")
_OPENERS = {"”": "“", "」": "「", '"': '"'}


# `“二十字”方针，即“…”`: the count, its name, and 即 or a colon before the quotation
# (read forwards from `字`); the count opens a quotation of its own or stands bare.
_COUNT_BEFORE = lazy_compile(
    r"(?<![0-9一二两三四五六七八九十])(?P<num>[0-9]{1,2}|[两二三四五六七八九十][一二三四五六七八九十]{0,2})个?\Z"
)
_QUOTE_AFTER = lazy_compile(
    r"[”」]?[\u4e00-\u9fff]{0,4}?(?:方针|要求|要诀|诀|经|标准|精神)?[”」]?"
    r"[，,]?(?:即|就是|也就是)[：:]?[“「]|[”」]?[\u4e00-\u9fff]{0,4}?[：:][“「]"
)
_CLOSERS = {"“": "”", "「": "」"}


def _quotation(text: str, index: int) -> tuple[re.Match[str], int, int] | None:
    """The count before ``字`` at ``index`` and the quotation it counts (its content's
    start and end): the quotation right before the count, or the one after its name."""
    match = _CHAR_COUNT.search(text, max(0, index - 8), index)
    if match is not None:
        close = match.start()
        opener = text.rfind(_OPENERS[text[close]], max(0, close - 80), close)
        return (match, opener + 1, close) if opener >= 0 else None
    match = _COUNT_BEFORE.search(text, max(0, index - 4), index)
    after = _QUOTE_AFTER.match(text, index + 1, index + 20) if match else None
    if match is None or after is None:
        return None
    opener = after.end() - 1
    close = text.find(_CLOSERS[text[opener]], opener + 1, opener + 82)
    return (match, opener + 1, close) if close >= 0 else None


def character_counts(text: str) -> Iterator[Hit]:
    """Hits where a quotation has more or fewer characters than the count after it (or
    right before it)."""
    for index in iter_literal(text, "字"):
        found = _quotation(text, index)
        if found is None:
            continue
        match, begin, close = found
        content = text[begin:close]
        letters = _SEPARATORS.sub("", content)
        if not letters or not all(is_han(c) for c in letters) or len(letters) < 2:
            continue  # `“12345”五个字`, nested quotes or prose: not a slogan's characters
        announced = parse_numeral(match.group("num"))
        if announced is None or announced.value is None:
            continue
        value = int(announced.value)
        items = [item for item in _SEPARATORS.split(content) if item]
        if value == len(letters) or all(len(item) == 1 for item in items):
            continue  # `“严、实、细”三字诀`: characters that are items, counted as items
        message = t(
            "chars-before-count" if close < match.start() else "chars-after-count",
            phrase=text[match.start("num") : index + 1],
            announced=value,
            count=len(letters),
            listed=shorten(content),
        )
        yield Hit(match.start("num"), index + 1, message, t("list-agree"))
