"""FC303, quoted items glued to the count that announces them, with no colon or comma
between: `去年的四个高频词“发展”“就业”“疫情”“企业”“支持”`, `排在前五位的高频词“A”“B”…`.

Read only where two quotations touch (`”“`): the run of touching quotations is the list,
and the count must end right where its first quotation opens.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..finding import Hit
from ..patterns import lazy_compile
from ._count_items import announcement, items_hit

# Quotations that touch: each item short, on one line.
_RUN = lazy_compile("(?:“[^“”\n]{1,15}”){2,}")
# `前五位的高频词`: a ranking and its noun right before the first quotation.
_RANKED = lazy_compile(
    r"前(?P<num>[两二三四五六七八九十]|十[一二]|[2-9]|1[0-9])(?P<unit>位|名)"
    r"的?(?P<name>[\u4e00-\u9fff]{1,6})\Z"
)
# What may follow the run when the run is the whole list: the clause or sentence ends, or
# `而言` goes on with the sentence; not `等` (more items), a conjunction or `、` (the
# list goes on), nor words that make the quotations a name's modifiers.
_RUN_ENDS = frozenset("。，,；;：:！!？?）)\n")


def glued_quote_lists(text: str) -> Iterator[Hit]:
    """Hits where the quotations glued to an announcing count are more or fewer than it."""
    done = -1
    start = text.find("”“")
    while start >= 0:
        first = _run_start(text, start)
        if first > done:
            run = _RUN.match(text, first)
            if run is not None:
                done = run.end()
                hit = _hit(text, first, run.end(), run.group())
                if hit is not None:
                    yield hit
        start = text.find("”“", max(start + 2, done))


def _run_start(text: str, touch: int) -> int:
    """Where the run of touching quotations that holds the `”“` at ``touch`` opens."""
    first = text.rfind("“", max(0, touch - 16), touch)
    while first > 0 and text[first - 1] == "”":
        before = text.rfind("“", max(0, first - 17), first - 1)
        if before < 0:
            break
        first = before
    return first


def _hit(text: str, first: int, end: int, run: str) -> Hit | None:
    after = text[end : end + 2]
    if after[:1] not in _RUN_ENDS and after != "而言" and end < len(text):
        return None
    match = announcement(text, first) or _RANKED.search(text, max(0, first - 12), first)
    if match is None or match.end() != first:
        return None
    items = run[1:-1].split("”“")
    return items_hit(match, len(items), "、".join(f"“{item}”" for item in items))
