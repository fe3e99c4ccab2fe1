"""FC303 on items that are the sentences after a count, each opening with a clause that
ends with the counted noun: `专项整治行动分三个阶段展开。在自查整治阶段，…。在抽查整治
阶段，…。在完善制度阶段，…。` The run of such sentences is the list; it has ended where
the paragraph ends or a sentence of another shape follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..finding import Hit
from ..numerals import concept_at
from ..patterns import lazy_compile
from ._count_items import items_hit

# A count and its two-character noun closing a sentence within a few characters:
# `分三个阶段展开。`, `提出四个方面。`.
_SENTENCE_COUNT = lazy_compile(
    r"(?<![0-9.．第前每近约这那])(?P<num>[两二三四五六七八九十]|[2-9])(?P<unit>个|大|项|类|种)"
    r"(?P<name>[\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff]{0,4}。)"
)
# Where such a count may stand: its measure word after a numeral, a full stop a few
# characters on (the measure word first: a rarer start than a numeral character).
_TRIGGER = lazy_compile(r"[个大项类种](?<=[两二三四五六七八九十2-9].)[\u4e00-\u9fff]{2,6}。")
_FIRST_CLAUSE = re.compile("[，,：:；;]")
_LIMIT = 12  # sentences read at most


def sentence_heads(text: str) -> Iterator[Hit]:
    """Hits where the sentences whose first clause ends with the counted noun are more
    or fewer than the count before them announces."""
    for found in _TRIGGER.finditer(text):
        match = _SENTENCE_COUNT.match(text, found.start() - 1)
        if match is None:
            continue
        name = match.group("name")
        stop = text.find("。", match.end())
        line_end = text.find("\n", stop)
        line_end = len(text) if line_end < 0 else line_end
        if concept_at(text, match.start()):
            continue
        heads: list[str] = []
        ended = False
        for sentence in text[stop + 1 : line_end].split("。")[:_LIMIT]:
            sentence = sentence.strip(" \t\u3000")
            if not sentence:
                ended = True  # the paragraph ends with the last item
                break
            head = _FIRST_CLAUSE.split(sentence, maxsplit=1)[0]
            if not (head.endswith(name) and len(name) < len(head) <= 14):
                ended = bool(heads)  # a sentence of another shape follows the items
                break
            heads.append(head)
        if len(heads) >= 2 and ended:
            hit = items_hit(match, len(heads), "；".join(heads))
            if hit is not None:
                yield hit
