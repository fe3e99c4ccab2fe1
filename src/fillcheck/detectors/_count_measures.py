"""What the words around a count say it counts: the measure (`产值`, `销售额`), a level
(`地厅级`), the noun after it (`31个省区市`); used to tell parts from parallel counts."""

from __future__ import annotations

from ..numerals import Count
from ..patterns import lazy_compile

# Words that state a change, not a noun: `31个比上年`.
_CHANGE = lazy_compile("增加|减少|增长|下降|提高|降低|上升|比上年|同比|占")

# What a money or mass count measures: `工业总产值`, `增加值`, `批发业销售额`.
_MEASURE = lazy_compile("增加值|产值|产量|销售额|零售总?额|营业额|收入|支出|存栏|出栏")
# A level or category before the head noun: `地厅级干部`, `县处级干部`.
_LEVEL = lazy_compile("(.{1,2})([级类])(.{1,4})$")


def part_of(label: str, total_label: str) -> bool:
    """False when ``label`` names no part of ``total_label``: another measure
    (`批发业销售额` in `社会消费品零售总额`), or a sibling level with the same head
    noun (`县处级干部` beside `地厅级干部`, whose part is `正厅级干部`)."""
    part_measure = _MEASURE.compiled.findall(label)
    total_measure = _MEASURE.compiled.findall(total_label)
    if part_measure and total_measure:
        if part_measure[-1].replace("总", "") != total_measure[-1].replace("总", ""):
            return False
    part_level = _LEVEL.search(label)
    total_level = _LEVEL.search(total_label)
    if part_level and total_level and part_level.group(3) == total_level.group(3):
        return bool(set(part_level.group(1)) & set(total_level.group(1)))
    return True


def parallel(label: str, total_label: str) -> bool:
    """True when ``label`` and ``total_label`` name the same measure of things that share
    no character (`水产品产量` beside `肉类总产量`; `猪肉产量` is a part of it)."""
    part = _MEASURE.compiled.search(label)
    total = _MEASURE.compiled.search(total_label)
    if part is None or total is None:
        return False
    part_what = set(label[: part.start()]) - set("全年总")
    total_what = set(total_label[: total.start()]) - set("全年总")
    # only a total of a category (`肉类`) names what its parts are made of
    return "类" in total_what and bool(part_what) and not part_what & total_what - {"类"}


def unnamed(label: str) -> bool:
    """True when the words before a part name nothing (`分别为32318个`)."""
    return not label.replace("分别", "").replace("依次", "").strip("为是")


# The noun right after a count (`31个省区市中`), up to a particle or punctuation.
_NOUN_AFTER = lazy_compile("[\u4e00-\u9fff]{2,4}?(?=中|的|[（(，,、；;。：:]|$)")


def noun_after(text: str, total: Count) -> str:
    """The noun a total counts when it follows the count (`31个省区市`), else ``""``."""
    match = _NOUN_AFTER.compiled.match(text, total.end)
    if match is None or _CHANGE.search(match.group()) or match.group()[0] in "以左上多余":
        return ""
    return match.group()
