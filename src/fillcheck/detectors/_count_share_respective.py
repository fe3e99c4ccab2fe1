"""FC308: shares given together after their parts, in the parts' order:
`第一产业增加值217.3亿元,…;第二产业增加值1288.7亿元,…;第三产业增加值1710.1亿元,…。
第一、第二、第三产业增加值占GDP的比重分别为6.8%、40.1%、53.1%`.

The parts are the last exact counts of one kind before the shares (in their sentence or
the one before), as many as there are shares. Shares that add up to 100 are of the
parts' sum; otherwise, of three or more, one whose implied whole no other agrees with
while the others agree is reported (as for sibling shares).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..finding import Hit
from ..messages import t
from ..numerals import Count, same_kind
from ..patterns import lazy_compile
from ._count_index import CountIndex
from ._count_share_base import Share, agrees, check, digits, implied, num
from ._count_text import literal_offsets

# `占GDP的比重分别为`, `占比分别为`, `分别占`, `所占比例分别是`: the words before `分别`.
_LEAD = lazy_compile(r"(?:占|比重|比例|占比)[^，,。；;：:%％0-9]{0,4}$")
_PCTS = lazy_compile(
    r"(?:为|是|占|达)?(?:[^，,。；;：:%％]{1,16}?的(?:比重|比例)?(?:为|是)?)?\s?(?P<list>[0-9]+(?:\.[0-9]+)?\s?[%％](?:\s?[、和及与,，]\s?"
    r"[0-9]+(?:\.[0-9]+)?\s?[%％])+)"
)
# `三次产业结构为7.7:57.5:34.8`: shares of the parts' sum written as a ratio of percentages.
_RATIO = lazy_compile(
    r"\s?(?P<list>[0-9]+(?:\.[0-9]+)?(?:\s?[:：]\s?[0-9]+(?:\.[0-9]+)?){1,6})(?![0-9.:：])"
)
_FIGURE = lazy_compile(r"(?P<pct>[0-9]+(?:\.[0-9]+)?)")
_PCT = lazy_compile(r"(?P<pct>[0-9]+(?:\.[0-9]+)?)\s?[%％]")
_REACH = 400


def respective_hits(counted: CountIndex) -> Iterator[Hit]:
    """FC308 hits for shares listed with `分别`."""
    text = counted.text
    for index in literal_offsets(text, "分别"):
        lead_from = max(0, index - 12)
        if not (_LEAD.search(text[lead_from:index]) or text.startswith("占", index + 2)):
            continue  # `占GDP的比重分别为…`, `…200件,分别占40%、…`
        match = _PCTS.compiled.match(text, index + 2)
        if match is None:
            continue
        pcts = list(_PCT.finditer(text, match.start("list"), match.end("list")))
        # `…11.0万个,分别占2.0%、…`: shares right after their parts name no whole, and
        # take their parts from their own sentence only
        parts = _parts(counted, index, len(pcts), text.startswith("占", index + 2))
        if parts is None:
            continue
        shares = [
            Share(part, float(m.group("pct")), digits(m.group("pct")), "", m.start(), m.end())
            for part, m in zip(parts, pcts, strict=True)
        ]
        found = list(_check(text, shares))
        yield from found
        if not found:
            yield from _stated_whole_hits(counted, shares)


def _stated_whole_hits(counted: CountIndex, shares: list[Share]) -> Iterator[Hit]:
    """Shares that do not make 100 (`全年受理案件500件,其中民事案件300件,刑事案件200件,
    占比分别为60%、40%` with one of them changed): measured against the nearest larger
    count of the parts' unit before them in their sentence, when all shares but one
    agree with it and one at least does."""
    text = counted.text
    first = shares[0].part
    lo = max(0, first.start - _REACH)
    start = max(text.rfind(stop, lo, first.start) for stop in "。\n") + 1
    largest = max(share.part.value or 0 for share in shares)
    for whole in reversed(counted.between(max(start, lo), first.start)):
        if not whole.exact or whole.unit != first.unit or (whole.value or 0) <= largest:
            continue
        agreeing = sum(agrees(share, whole) for share in shares)
        if agreeing == len(shares) or agreeing < max(1, len(shares) - 1):
            return  # all agree, or too few: another whole, or none stated
        for share in shares:
            hit = check(text, share, whole, share.start, share.end)
            if hit is not None:
                yield hit
        return


def ratio_hits(counted: CountIndex) -> Iterator[Hit]:
    """FC308 hits for a structure written as a ratio of percentages (`三次产业结构为
    7.7:57.5:34.8`), after its parts in the same order: two figures only when they add
    up to 100, three or more also by their implied wholes."""
    text = counted.text
    for index in literal_offsets(text, "结构为", "结构比为", "比例为"):
        after = index + (4 if text.startswith("结构比为", index) else 3)
        match = _RATIO.compiled.match(text, after)
        if match is None:
            continue
        figures = list(_FIGURE.finditer(text, match.start("list"), match.end("list")))
        unit = max(10 ** -digits(m.group()) for m in figures)
        total = sum(float(m.group()) for m in figures)
        if len(figures) < 3 and abs(total - 100) > unit * len(figures) / 2 + 1e-9:
            continue  # a ratio of other figures (`1:2`), not percentages of one whole
        parts = _parts(counted, index, len(figures))
        if parts is None:
            continue
        shares = [
            Share(part, float(m.group()), digits(m.group()), "", m.start(), m.end())
            for part, m in zip(parts, figures, strict=True)
        ]
        yield from _check(text, shares)


def _parts(
    counted: CountIndex, index: int, n: int, own_sentence: bool = False
) -> list[Count] | None:
    """The last ``n`` exact counts of one kind before ``index``, in its sentence or the
    one before, not in the clause that names them (`三次产业结构为…`)."""
    text = counted.text
    lo = max(0, index - _REACH)
    stop = max(text.rfind("。", lo, index), text.rfind("\n", lo, index))
    if stop >= 0 and not own_sentence:
        before = max(text.rfind("。", lo, stop), text.rfind("\n", lo, stop))
        if text.rfind("\n", lo, index) < stop or text[stop] == "。":
            stop = before if before >= 0 else (lo - 1 if lo else -1)
    own = max(text.rfind(mark, lo, index) for mark in "，,。；;\n")  # the names' clause
    counts = [c for c in counted.between(stop + 1, own) if c.exact and c.value]
    if len(counts) < n:
        return None
    parts = counts[-n:]
    if not all(same_kind(parts[0], c) and c.unit == parts[0].unit for c in parts):
        return None
    return parts


def _check(text: str, shares: list[Share]) -> Iterator[Hit]:
    unit = max(10**-s.digits for s in shares)
    total_pct = sum(s.percent for s in shares)
    if abs(total_pct - 100) <= unit * len(shares) / 2 + 1e-9:
        parts = [s.part for s in shares]
        value = sum(c.value or 0 for c in parts)
        numeral = parts[0].numeral._replace(
            low=value, high=value, step=sum(c.numeral.step for c in parts)
        )
        whole = parts[0]._replace(numeral=numeral)
        wrong = [share for share in shares if not agrees(share, whole)]
        if len(wrong) > 1:
            # several shares off the parts' sum: a part is more likely the slip
            yield from _outliers(text, shares, at_part=True)
            return
        for share in wrong:  # shares swapped or one moved with another: say which
            message = _message("share-contradicts", text, share, value)
            yield Hit(share.start, share.end, message, t("share-recompute"))
        return
    yield from _outliers(text, shares, at_part=False)


def _outliers(text: str, shares: list[Share], at_part: bool) -> Iterator[Hit]:
    """Of three or more shares, the one whose implied whole no other agrees with while
    the others agree: reported at its part when the shares add up to 100 (``at_part``),
    at the share otherwise."""
    if len(shares) < 3:
        return
    ranges = [implied(share) for share in shares]
    for i, share in enumerate(shares):
        others = [r for j, r in enumerate(ranges) if j != i]
        low, high = max(r[0] for r in others), min(r[1] for r in others)
        if low > high or not (ranges[i][1] < low or ranges[i][0] > high):
            continue
        message = _message("share-implied", text, share, (low + high) / 2)
        start, end = (share.part.start, share.part.end) if at_part else (share.start, share.end)
        yield Hit(start, end, message, t("share-recompute"))


def _message(key: str, text: str, share: Share, whole: float) -> str:
    """The message ``key`` for ``share`` of ``whole``: its part, the whole, the share the
    numbers give and the share the text states."""
    actual = f"{(share.part.value or 0) / whole * 100:.{share.digits}f}"
    return t(
        key,
        part=num(share.part),
        whole=_shown(whole, share.part),
        actual=actual,
        stated=text[share.start : share.end],
    )


def _shown(value: float, like: Count) -> str:
    """``value`` written as ``like`` writes its figure (`3216.1亿`, `12万`)."""
    written = num(like)
    scale = {"亿": 1e8, "万": 1e4}.get(written[-1:], 1)
    suffix = written[-1] if scale != 1 else ""
    places = len(written.rstrip("亿万").partition(".")[2])
    return f"{value / scale:.{places}f}{suffix}"
