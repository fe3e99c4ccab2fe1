"""FC304/FC305: a sentence that opens with a view (`从热点分布来看,`) and splits the same
total as the view sentence right before it (`共收到市民来信276件…。\\n从诉求类型来看,投诉类103件,
…举报类10件。\\n从热点分布来看,反映住房城乡建设类93件,…其他类9件。`).

Which total a view at a sentence's start splits is not said; but when the sentence before is a
view too, and its parts add up exactly to a count of their kind stated before it, that count is
the total both views split."""

from __future__ import annotations

from ..numerals import Count, same_kind
from ..patterns import lazy_compile
from ._count_breakdown import _label, _sentence_start, _top_level_counts, after_label_start
from ._count_index import CountIndex

# A sentence that opens with a view: `从诉求类型来看,`, `從熱點分布來看,`.
_VIEW = lazy_compile(r"\s*从[\u4e00-\u9fff]{1,10}来看[，,：:]")
# How far before the first view its total may stand.
_REACH = 300


def split_again(counted: CountIndex, stop: int, probe: Count) -> tuple[Count, str] | None:
    """The total the view sentence before ``stop`` (the stop that ends it) split into parts
    adding up to it exactly, and its label, when that sentence opens with a view too."""
    text = counted.text
    if stop < 1:
        return None
    start = _sentence_start(text, stop - 1)
    opened = _VIEW.compiled.match(text, start)
    if opened is None:
        return None
    parts = [c for c in _top_level_counts(counted, opened.end(), stop) if same_kind(c, probe)]
    if len(parts) < 2 or not all(c.exact for c in parts):
        return None
    total = sum(c.value or 0 for c in parts)
    tolerance = sum(c.numeral.step for c in parts) / 2 + 1e-9
    for count in reversed(counted.between(max(0, start - _REACH), start)):
        if count.exact and same_kind(count, probe) and abs((count.value or 0) - total) <= tolerance:
            lo = after_label_start(text, max(0, count.start - 20), count.start)
            return count, _label(text[lo : count.start])
    return None
