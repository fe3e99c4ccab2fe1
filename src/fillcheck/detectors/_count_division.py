"""FC304/FC305: a sentence that opens with a division of the total before it
(`全市实现社会消费品零售总额253.08亿元,同比增长5.5%。按经营单位所在地分,城镇消费品零售额
176.74亿元,…;乡村消费品零售额76.34亿元,…。按消费类型分,餐饮收入39.42亿元,…`): its parts
make up that total, and a second division that follows splits the same total again."""

from __future__ import annotations

from collections.abc import Iterator

from ..patterns import char_before, lazy_compile
from ._count_breakdown import Breakdown, _parts, _sentence_start, _top_level_counts
from ._count_index import CountIndex
from ._count_text import sentence_end

# `按经营单位所在地分,`, `按收入来源划分:`, `按城乡分：`: the words of one dimension.
_DIVISION = lazy_compile(
    r"(?:按(?P<by>[^，,。；;：:()（）0-9０-９%％]{1,10}?)(?:划分|分)"
    r"|分(?P<view>[^，,。；;：:0-9０-９%％]{1,12}?)看)[，,：:]"
)
# A sentence that opens with any division (`按阶段划分(含子项),其中…`): parts, not a total.
_DIVIDED = lazy_compile(r"按[^，,。；;：:0-9０-９]{1,12}?分")
_OPENS = "。"
# Two kinds named in a view: `中央和地方`, `城镇与乡村`.
_PAIR = lazy_compile("[和与與及]")


def division_breakdowns(counted: CountIndex, total_in_sentence) -> Iterator[Breakdown]:
    """Breakdowns of sentences opening with `按…分`; ``total_in_sentence`` finds the
    total of the sentence before (the rule `。其中` uses)."""
    text = counted.text
    last: tuple[int, object, str] | None = None  # (end, total, label) of the last division
    # a view (`分中央和地方看`) may also open the paragraph after a sentence's end
    paragraphs = {i + 2 for i in counted.positions("。\n分")}
    openings = [*counted.positions("按"), *(i + 1 for i in counted.positions("。分"))]
    for index in sorted((*openings, *paragraphs)):
        if index == 0 or (char_before(text, index) not in _OPENS and index not in paragraphs):
            continue
        match = _DIVISION.compiled.match(text, index)
        if match is None:
            continue
        if text.startswith("其中", match.end()):
            continue  # `按阶段划分,其中…`: the `其中` rule reads it
        end = sentence_end(text, match.end())
        probe = _top_level_counts(counted, match.end(), end, quotes=True)
        if not probe:
            continue
        stop = index - 2 if index in paragraphs else index - 1
        if last is not None and last[0] == stop:
            total, label = last[1], last[2]  # `。按消费类型分,`: the same total split again
        else:
            for _ in range(2):  # past a sentence of parts: `…户籍人口889760人。其中:…。按性别分:`
                start = _sentence_start(text, stop)
                if start < 2 or text[start - 1] != "。":
                    break
                if not (text.startswith("其中", start) or _DIVIDED.compiled.match(text, start)):
                    break
                stop = start - 1
            total, label = total_in_sentence(counted, stop, probe[0])
            start = _sentence_start(text, stop)
            if total is None and start > 1:
                # `…总值3216.1亿元…。\n从总量看,…较去年同期增加181.2亿元。分产业看,…`
                back = start - 1
                while back > 0 and text[back - 1] in _OPENS + "\n":
                    back -= 1  # `。\n`: one stop
                total, label = total_in_sentence(counted, back, probe[0])
        if total is None:
            continue
        last = (end, total, label)
        parts = _parts(counted, match.end(), end, total)
        if len(parts) >= 2:
            # `按…分` divides the whole; a view (`分类型来看`) may pick a few kinds only
            view = match.group("view")
            yield Breakdown(total, label, tuple(parts), view is None or _two_kinds(view))


def _two_kinds(view: str) -> bool:
    """True when a view names the two kinds it splits the whole into (`分中央和地方看`,
    `分稅收和非稅收入看`): its parts make the whole, as a division's do."""
    return bool(_PAIR.search(view)) and "等" not in view
