"""FC303, a count of characters right after the quotation it counts:
`“坚定信心、同舟共济、科学防治、精准施策”，这16个字的要求`, `“严、实、细、恒”四字诀`,
`“以点带面、承上启下、化繁为简、融会贯通”十六字方针`.

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


def character_counts(text: str) -> Iterator[Hit]:
    """Hits where a quotation has more or fewer characters than the count after it."""
    for index in iter_literal(text, "字"):
        match = _CHAR_COUNT.search(text, max(0, index - 8), index)
        if match is None:
            continue
        close = match.start()
        opener = text.rfind(_OPENERS[text[close]], max(0, close - 80), close)
        if opener < 0:
            continue
        content = text[opener + 1 : close]
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
            "chars-before-count",
            phrase=text[match.start("num") : index + 1],
            announced=value,
            count=len(letters),
            listed=shorten(content),
        )
        yield Hit(match.start("num"), index + 1, message, t("list-agree"))
