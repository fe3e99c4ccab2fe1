"""What the part rules read: a total, the parts listed after it, and the helpers that
find them (counts outside brackets, the words that name a count, parts of one kind)."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from ..numerals import ITEMS, Count, same_kind
from ..patterns import char_after, char_before, is_han, lazy_compile
from ._count_index import CountIndex
from ._count_measures import noun_after, parallel, part_of, unnamed
from ._count_text import after_last_stop, sentence_stops, top_level_spans

# A clause that reports a change or a share states no part: `比上年增加1.06万所`.
_DELTA = lazy_compile(
    "增加(?!值)|减少|增长|下降|提高|降低|上升|回落|比上年|同比|环比|较上|占|净增|净减|增产|减产|增收|减收"
    "|按年[增减升跌]"
    "|增支|减支|(?:比|较)[^，,。；;]{0,8}?(?:增|减|多|少|高|低)"
)
# A clause with a total of its own ends the list of parts: `全年共培训200人`.
# A new `有`/`另` clause starts a parallel count (`工业企业22个,其中规模以上3个,有…超市39个`).
# A clause of cases closed ends the parts of the cases received (`…旧存案件10件,结案数为93件`).
_AGGREGATE = lazy_compile(
    r"^\s*(?:共|有(?!关)|另|结案|办结|审结|审执结|执结)|共计|共有|总共|合计|累计|总计|全年|总数|另有|此外"
)
# Words of a first clause after `其中` that make its count a total of its own.
_OWN_TOTAL = lazy_compile("全年|总计|合计|总共|共计")
# Pairs of parts that together make up the whole, so their sum must equal it.
PARTITIONS = (
    ("男", "女"),
    ("城镇", "乡村"),
    ("城镇", "农村"),
    ("城市", "农村"),
    ("正式党员", "预备党员"),
    ("在职", "离退休"),
    ("在职", "退休"),
    ("公办", "民办"),
    ("公立", "民营"),
    ("新收", "旧存"),
    ("境外输入", "本土"),
    ("境外", "本土"),
    ("税收", "非税"),
    ("中央", "地方"),
    ("直办", "转办"),
)
_ANY_MEMBER = lazy_compile(
    "|".join(sorted({m for p in PARTITIONS for m in p}, key=lambda word: (-len(word), word)))
)
# A short place or scope before a member's name: `居住在城镇的人口`, `地方税收收入`.
_MEMBER_PREFIX = 4


def _member_index(label: str, partition: tuple[str, ...]) -> int:
    """Which member of ``partition`` ``label`` names (-1: none, or more than one): the
    member opens the label, or follows a short scope (`居住在`, `地方`, `全市`) that
    does not negate it (`非税收入` names no `税收`)."""
    found = -1
    for k, member in enumerate(partition):
        at = label.find(member, 0, _MEMBER_PREFIX + len(member))
        if at < 0 or (at > 0 and label[at - 1] in "非不未"):
            continue
        if not all(map(is_han, label[:at])):
            continue
        if found >= 0:
            return -1
        found = k
    return found


def names_partition(labels: list[str], whole: str = "") -> bool:
    """True when ``labels`` name each member of a split once (`男性…`, `女性…`;
    `居住在城镇的人口`, `居住在乡村的人口`; `地方税收收入`, `非税收入`), and the
    ``whole`` they would split is not itself one member of that split (`女性畢業生…其中
    男性畢業研究生…，女性畢業研究生…` splits the graduates of both sexes)."""
    if not all(_ANY_MEMBER.search(label, 0, _MEMBER_PREFIX + 4) for label in labels):
        return False  # the usual case: a label names no member at all
    for partition in PARTITIONS:
        if whole and _member_index(whole, partition) >= 0:
            continue
        if len(labels) == len(partition):
            members = {_member_index(label, partition) for label in labels}
            if members == set(range(len(partition))):
                return True
    return False


# Words around a label that do not name the part: `其中`, `有`, `为`.
_PUNCTUATION = "，,：: \n\t"
_LABEL_TRIM_RIGHT = "共有为是达计约 "


class Part(NamedTuple):
    """One part after `其中`: its count and the words that name it."""

    count: Count
    label: str


class Breakdown(NamedTuple):
    """A total and the parts listed after its `其中` (``exhaustive``: they must add up;
    ``summable``: unless exhaustive, together they must not exceed it)."""

    total: Count
    total_label: str
    parts: tuple[Part, ...]
    exhaustive: bool = False
    summable: bool = True  # parallel parts that together may not exceed the total
    disjoint: bool = False  # parts known not to overlap (columns of a table under 其中)


def after_label_start(text: str, lo: int, index: int) -> int:
    """Where the label of a part ending at ``index`` begins (after `，`, `、`, `；`)."""
    return max(lo, after_last_stop(text, lo, index, "，,、；;：:"))


def _is_share(text: str, start: int, end: int) -> bool:
    return text.find("%", start, end) >= 0 or text.find("％", start, end) >= 0


def _plain_counts(counted: CountIndex, start: int, end: int) -> list[Count]:
    return [c for c in _top_level_counts(counted, start, end) if c.exact and (c.value or 0) >= 2]


def _sentence_start(text: str, index: int, limit: int = 300) -> int:
    """Just after the last sentence stop before ``index`` (at most ``limit`` back)."""
    lo = max(0, index - limit)
    stops = _sentence_stops(text)
    k = bisect_left(stops, index) - 1
    return stops[k] + 1 if k >= 0 and stops[k] >= lo else lo


_sentence_stops = sentence_stops  # shared with the count index: one scan per text


def _top_level_counts(
    counted: CountIndex, start: int, end: int, quotes: bool = False
) -> list[Count]:
    """Counts in ``text[start:end]`` outside brackets (`(不含上年旧存28 802件)` is no total),
    and with ``quotes`` outside quotation marks (`“建设1万套周转房”一项` names a task)."""
    return counted.outside_brackets(start, end, "（(“" if quotes else "（(")


def _parts(
    counted: CountIndex, start: int, end: int, total: Count, total_label: str = ""
) -> list[Part]:
    text = counted.text
    parts: list[Part] = []
    noun = noun_after(text, total)
    verb = ""  # the verb that opens every part's `；` clause (`受理刑事案件68件,结案38件;受理…`)
    changed = -2  # where the last clause stating a change ended
    for clause_start_, clause_end in top_level_spans(text, start, end, "，,、；;"):
        if verb:
            if char_before(text, clause_start_) not in "；;":
                continue  # the rest of a part's clause: `结案38件,结案率为55.88%`
            if not text.startswith(verb, clause_start_):
                break
            verb = ""
        if parts and _AGGREGATE.search(text[clause_start_:clause_end]):
            verb = _paired_verb(text, parts)
            if verb:
                continue
            break
        if not parts and _OWN_TOTAL.search(text, clause_start_, clause_end):
            break  # `安保勤务14.3万起;其中全年共处置虚假警16.4万起`: a total of its own
        if text.startswith("其中", clause_end + 1) and text[clause_end] != "。":
            break  # `；温州市民生实事49项，其中…`: a total of its own, not a part
        if changed == clause_start_ - 1 and char_before(text, clause_start_) in "、和及":
            changed = clause_end
            continue  # `同比增加8起、32人`: the change's second measure
        if _DELTA.search(text, clause_start_, clause_end):
            changed = clause_end
        counts = _top_level_counts(counted, clause_start_, clause_end, quotes=True)
        if parts and counts and char_before(text, clause_start_) in "；;":
            if not _same_measure(counts[0], total):
                break  # `；年末生猪存栏42.44万头；…`: the `；` list moved to another measure
        count = next((c for c in counts if _same_measure(c, total)), None)
        if count is None or not count.exact or char_after(text, count.end) == "的":
            continue  # `完成年度目标任务81个的77.78%`: the base of a share
        if _change_in(text, clause_start_, clause_end):
            continue  # a change, not a part
        if text.find("分别", clause_start_, clause_end) >= 0:
            break  # `而二〇一八年則分別是728宗`: counts of other things, each its own
        label = _label(text[clause_start_ : count.start])
        if noun and unnamed(label) and not set(noun) & set(text[clause_start_:clause_end]):
            continue  # `31个省区市` is no total of `分别为32318个` (社会团体)
        if not label:  # `其中56家企业实现…`: the words after the count name the part
            label = text[count.end : clause_end].strip()[:8]
        if total_label and not part_of(label, total_label):
            continue
        if len(parts) >= 2 and _sibling(label, total_label, parts):
            break  # `教职工62人,其中副高级职称4人,…,中级工1人,退休职工28人`: another group
        if parts and char_before(text, clause_start_) in "；;":
            if parallel(label, total_label):
                continue  # `肉类总产量…；水产品产量12.45万吨`: a parallel item
        parts.append(Part(count, label))
    return parts


# Verbs of cases received that pair each part with the cases closed of it.
_RECEIVED_VERBS = ("受理", "新收", "收案", "收到", "接到")


def _paired_verb(text: str, parts: list[Part]) -> str:
    """The verb of cases received that opens every part read so far (`受理刑事案件68件`),
    when the clause of cases closed that follows pairs with it: each next part's `；`
    clause opens with that verb again; "" otherwise."""
    label = parts[0].label
    verb = next((verb for verb in _RECEIVED_VERBS if label.startswith(verb)), "")
    return verb if all(part.label.startswith(verb) for part in parts) else ""


def in_brackets(text: str, start: int, at: int) -> bool:
    """True when ``at`` stands inside a bracket opened after ``start``."""
    window = text[start:at]
    return window.count("（") + window.count("(") > window.count("）") + window.count(")")


def _change_in(text: str, start: int, end: int) -> bool:
    """True when the clause states a change outside brackets: `比上年增加1.06万所`, not
    `民事案件698件(同比增长57.20%)`, whose bracket only remarks on the part."""
    match = _DELTA.search(text, start, end)
    if match is None:
        return False  # the usual case: no change at all
    if text.find("（", start, end) < 0 and text.find("(", start, end) < 0:
        return True  # no bracket in the clause: the change is the clause's own
    return any(
        not in_brackets(text, start, match.start())
        for match in _DELTA.compiled.finditer(text, match.start(), end)
    )


def remark(text: str, start: int, end: int) -> bool:
    """True when a clause states a change or a share outside brackets (`同比增长11.91%`),
    not when only its bracket does (`1099件(同比增长65.26%)`)."""
    if _change_in(text, start, end):
        return True
    for sign in "%％":
        at = text.find(sign, start, end)
        while at >= 0:
            if not in_brackets(text, start, at):
                return True
            at = text.find(sign, at + 1, end)
    return False


def _sibling(label: str, total_label: str, parts: list[Part]) -> bool:
    """True when ``label`` names another group of what the total counts (`退休职工` after
    the parts of `实际正式教职工`): it ends like the total's name, with words of its own,
    while none of the parts before it does."""
    if _ALL_KINDS.search(total_label):
        return False  # `各级各类学校`: every kind of it is a part
    tail = 0
    while tail < min(len(label), len(total_label)) and label[-tail - 1] == total_label[-tail - 1]:
        tail += 1
    if tail < 2 or tail == len(label):
        return False
    ending = label[-tail:]
    return not any(part.label.endswith(ending) for part in parts)


# A total's name that takes in every kind of its head noun: `各级各类学校`.
_ALL_KINDS = lazy_compile("各类|各级|各种|所有|全部")
# Measure words of items that reports use for one another (`11件15项中有9项`).
_ITEM_WORDS = frozenset("个项件")


def _same_measure(part: Count, total: Count) -> bool:
    """Same kind, and for items the same measure word (`1万套` is no part of `20件`)."""
    if not same_kind(part, total):
        return False
    if part.kind != ITEMS or part.unit == total.unit:
        return True
    return part.unit in _ITEM_WORDS and total.unit in _ITEM_WORDS


_AGE_IN_LABEL = lazy_compile(r"(?<![0-9])[0-9]+\s*(?:岁|[-—~至到][0-9]+岁)")


def _label(words: str) -> str:
    """The words just before a count that name it (`村上保洁员` in `、村上保洁员154名`)."""
    words = words.strip(_PUNCTUATION)
    if words.startswith("其中"):  # the word, not its characters: `中医240人` keeps its 中
        words = words[2:].lstrip(_PUNCTUATION)
    words = words.rstrip(_LABEL_TRIM_RIGHT)
    if len(words) > 10 and "岁" in words:  # an age group whole: `14岁以上不满16岁的`
        age = _AGE_IN_LABEL.search(words, max(0, len(words) - 16))
        if age is not None:
            return words[age.start() :]
    return words[-10:]
