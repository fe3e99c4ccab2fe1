"""FC303, a quoted set whose items are the sentences or paragraphs after it, each
headed by the set's name: `围绕“五个坚持”开展工作。坚持A。坚持B。坚持C。坚持D。`,
`创新运用“四学”模式，…。` then paragraphs `制定计划专题学。…`, `管理班子集中学。…`.

The set's sentence ends with a full stop (a colon opens a list the other readings
take); the items are the sentences after it in its paragraph, or else the paragraphs
after it, whose opening clause starts or ends with the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import concept_at
from ..patterns import lazy_compile
from ._count_items import announced_value
from ._count_text import shorten

# `“五个坚持”`, `“四学”`: a quoted count and its name.
_QUOTED_SET = lazy_compile(
    r"“(?P<num>[两二三四五六七八九十])(?P<unit>个|项|大|条|种|)"
    r"(?P<name>(?:(?![一二两三四五六七八九十百千])[\u4e00-\u9fff]){1,3})”"
)
_SENTENCE_END = re.compile("[。！!？?；;]")
_HEAD_END = re.compile("[。，,：:；;！!？?]")
_HEAD_LIMIT = 16  # characters of an opening clause that may name the item


def quoted_set_heads(text: str) -> Iterator[Hit]:
    """Hits where the sentences or paragraphs headed by a quoted set's name after it
    are more than it counts, or fewer once a sentence or paragraph without it follows."""
    if "”" not in text:
        return
    for match in _QUOTED_SET.finditer(text):
        if concept_at(text, match.start("num")):
            continue
        stop = _SENTENCE_END.search(text, match.end())
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if stop is None or stop.start() > line_end or text[stop.start()] not in "。！!":
            continue
        name = match.group("name")
        rest = text[stop.end() : line_end].strip()
        units = _sentences(rest) if rest else _paragraphs(text, line_end + 1)
        heads, ended = _headed(units, name)
        announced = announced_value(match)
        if len(heads) >= 2 and len(heads) != announced and (ended or len(heads) > announced):
            message = t(
                "items-follow",
                phrase=match.group()[1:-1],
                announced=announced,
                count=len(heads),
                listed=shorten("；".join(heads)),
            )
            yield Hit(match.start("num"), match.end("name"), message, t("items-agree"))


def _sentences(rest: str) -> list[str]:
    """The sentences of the rest of a paragraph."""
    return [part.strip() for part in _SENTENCE_END.split(rest) if part.strip()]


def _paragraphs(text: str, start: int, limit: int = 12) -> Iterator[str]:
    """Up to ``limit`` non-blank lines from ``start`` on (read as they are asked for)."""
    found = 0
    while found < limit and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            found += 1
            yield line
        start = end + 1


def _headed(units: Iterable[str], name: str) -> tuple[list[str], bool]:
    """The opening clauses of the units that start or end with ``name``, in a row from
    the first unit, and whether a unit without it follows them."""
    heads = []
    for unit in units:
        head = _HEAD_END.split(unit, maxsplit=1)[0]
        if len(head) > _HEAD_LIMIT or not (head.startswith(name) or head.endswith(name)):
            return heads, bool(heads)
        heads.append(head)
    return heads, False
