"""Mask runs in the places report and letter templates put them (FC101, FC102).

The context classifier (``_letters.classify``) reads the characters right beside a mask.
Letter templates (邀请函, 感谢信, 证明, 讲话稿) also set a name apart from what follows
it, and report templates mask figures inside a number. This module reads the mask runs
the classifier left alone, once each, for those shapes:

- a run set apart by spaces from the title, sign-off or colon after it (`××× 谨启`,
  `×××× :`, `XX 同志：`), at the start of a line or in Chinese text;
- a run that is a whole clause between Chinese punctuation (`。XXXXXXXX。`);
- a telephone or identity number left as a prefix and letters after its label
  (`电话：1XXXXXXXXXX`, `传真:0571-XXXXXXX` is the classifier's);
- figures masked inside a number before its unit (`5xx4.9万人`, `1xx5.5万头`); a single
  letter between figures multiplies (`3x4`) and is left alone;
- a star run alone on its line's side of a name (`总经理＊＊＊`, `地点:******`,
  `**敬上`) in a document that masks with stars elsewhere, where no Markdown emphasis
  can pair it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Hit
from ..messages import language
from ..patterns import CJK_PUNCT, is_ascii_word, is_digit, is_han
from ._letters import LETTERS
from ._mask_message import WINDOW, WORD, mask_message
from ._masks import masks
from ._o_masks import o_masks
from ._values import Unit, mask_unit, unit_at

_SPACES = " \u3000"
_LETTER_SET = frozenset(LETTERS)
# Words that close a letter or an invitation after the writer's name: `××× 谨启`.
SIGN_OFFS = (
    "谨启", "敬启", "谨上", "敬上", "敬邀", "谨邀", "恭候", "敬贺", "谨贺", "拜上", "敬呈",
    "謹啟", "敬啟", "謹上", "謹邀", "恭候", "謹賀",
)  # fmt: skip
# The kinds of unit a spaced name stands before: a title, an organisation, a place.
_NAME_KINDS = ("person", "organisation", "place")
# Punctuation that closes a clause a mask run can fill on its own.
_CLAUSE_END = "。；！？，"
# What stands before a clause-long mask run: `。XXXX。`, `；xxx，`.
_CLAUSE_START = "。；！？，、："
# A label of a contact or identity number before its value.
_NUMBER_LABEL = re.compile(
    r"(?:电话|手机|手机号|号码|传真|身份证号|身份证|证件号|热线|電話|手機|傳真)[:：]?\s*$"
)
_PERSON = Unit("", "person")
# What joins the parts of a name: a middle dot, a space.
_NAME_JOINS = "·・• \u3000"
_DATE = Unit("", "date")
# Letter masks found elsewhere that make a run opening a line before a comma one too.
_EVIDENCE = 2
# Marks of code or a regular expression on a line: `[a-z]`, `x{2,3}`, `\\d`, `a=b`, `` `x` ``.
_CODE_MARKS = re.compile(r"[\[\]{}\\^$=<>|`]")
# A list item's number at the start of a line: `1.`, `12.`.
_LIST_NUMBER = re.compile(r"(?:^|\n)\d{1,2}\.$")
# Stars: `*` and full-width `＊`.
_STARS = "*＊"


def template_letter_masks(doc: Document, found: set[tuple[int, int]]) -> Iterator[Hit]:
    """Letter masks in a template's shapes that ``found`` (the classifier's) does not hold."""
    text, lang = doc.text, language()
    chained = 0  # the end of the last chain of spaced letters reported
    for start, end in masks(doc).letters:
        if start < chained:
            continue
        if (start, end) in found or not set(text[start:end]) <= _LETTER_SET:
            continue
        chain = _spaced_chain(text, start, end, found)
        if chain is not None:
            chained, unit = chain
            yield Hit(start, chained, *mask_message(text[start:chained], unit, lang))
            continue
        if start and (is_ascii_word(text[start - 1]) and not is_digit(text[start - 1])):
            continue  # inside a Latin word
        unit = _letter_unit(text, start, end, len(found) >= _EVIDENCE)
        if unit is not None:
            yield Hit(start, end, *mask_message(text[start:end], unit, lang))
    for start, end, unit in o_masks(doc):  # `OOO先生`, `民國OO年`
        yield Hit(start, end, *mask_message(text[start:end], unit, lang))


def _letter_unit(text: str, start: int, end: int, evidence: bool) -> Unit | None:
    """What the letter run ``text[start:end]`` stands for in a template's shape, or None."""
    last = text[start - 1] if start else "\n"
    after = text[end : end + 1] or "\n"
    if is_digit(last):
        return _inside_number(text, start, end) or _number_value(text, start, end)
    if evidence and (last in _CHAIN_JOINS or after in _CHAIN_JOINS):
        chain = _masked_line(text, start)
        if chain is not None:
            return chain  # `Xxxx,xxxx,xx,xx`: a date whose every part is masked
    if end - start < 2:
        return _DATE if after == "午" and last in "日号" else None  # `×月×日×午×时`
    if after in _NAME_JOINS and text[end + 1 : end + 2] in _LETTER_SET and _starts_name(last):
        return _PERSON  # `XX·XX同志`, `×× ××同志`: the parts of one name
    if last in _SPACES and _spaced_in_chinese(text, start, end):
        return _spaced_unit(text, start, end)  # `2023 年 xx 镇`, `魅力 xx、`
    if after in _SPACES:
        return _spaced_name(text, start, end, last)
    if last in _CLAUSE_START and after in _CLAUSE_END:
        return WORD  # `（一）XXXXXX。XXXXXXXXXXXX。`
    if last == "\n" and after in ",，" and _opens_name(text[end + 1 : end + 2]) and evidence:
        return _PERSON  # `xXX,XXX敬邀`: two names signing a letter
    if last == "\n" and after in ":：" and is_han(text[end + 1 : end + 2]) and evidence:
        return _PERSON  # `XXX：您好！`, a speaker in minutes: `XX：我认为…`
    if last == "." and _LIST_NUMBER.search(text, max(0, start - 4), start):
        return WORD  # `1.XXXXXX`: a list item never written
    if evidence and (is_han(last) or last in CJK_PUNCT or last in "\n)"):
        if after in "（(" and _ANNOTATION.match(text, end):
            return WORD  # `xxx(夫妻姓名)恭候`, `XXX(邀请人)敬邀`: a slot before its label
        if _BLANK_AFTER.match(text, end):
            return WORD  # `为吾儿(吾女)xx____举行`: a name run into the blank after it
    return None


# A bracketed label after a mask run that says what it stands for, and Chinese or the
# line's end after it: `(夫妻姓名)恭候`, `（邀请人）`; not a call's arguments `(a, b)`.
_ANNOTATION = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[)）](?=[\u4e00-\u9fff]|\n|$)")
# A blank of underscores after a mask run, Chinese after it: `xx____举行`.
_BLANK_AFTER = re.compile(r"_{3,}(?=[\u4e00-\u9fff])")
# What joins the parts of a line of mask runs: `Xxxx,xxxx,xx,xx`, `XX、XX、XX`.
_CHAIN_JOINS = ",，、/／"
_CHAIN = re.compile(r"[Xx×Ｘｘ]{2,4}([,，、/／])[Xx×Ｘｘ]{2,4}(?:\1[Xx×Ｘｘ]{2,4})+")


def _masked_line(text: str, start: int) -> Unit | None:
    """What a line made of three or more mask runs and one kind of joint between them
    stands for: a date when it opens with four letters (`Xxxx,xxxx,xx,xx`), a name or
    word otherwise; None when the line holds anything else."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", start)
    line = text[head : len(text) if tail < 0 else tail].strip(_SPACES)
    chain = _CHAIN.fullmatch(line) if len(line) <= 24 else None
    if chain is None:
        return None
    return _DATE if len(line.split(chain.group(1))[0]) == 4 else WORD


def _opens_name(char: str) -> bool:
    return is_han(char) or char in _LETTER_SET


def _skip_spaces(text: str, at: int) -> int:
    """The first index from ``at`` that holds no space (three spaces at most)."""
    stop = at
    while stop < len(text) and text[stop] in _SPACES and stop - at < 3:
        stop += 1
    return stop


def _spaced_in_chinese(text: str, start: int, end: int) -> bool:
    """A run set apart by spaces inside a Chinese sentence, as text converted from a PDF or
    a word processor spaces Latin runs out: `2023 年 xx 镇`, `党的 XX 大`, `魅力 xx、`.
    Chinese or its punctuation stands on both sides past the spaces; `XX 世纪` is a century."""
    head = start
    while head and text[head - 1] in _SPACES and start - head < 3:
        head -= 1
    before = text[head - 1 : head]
    if not (is_han(before) or (before and before in CJK_PUNCT)):
        return False
    rest = _skip_spaces(text, end)
    after = text[rest : rest + 1]
    if text.startswith("世纪", rest):
        return False
    return is_han(after) or (bool(after) and after in CJK_PUNCT and rest == end)


def _spaced_unit(text: str, start: int, end: int) -> Unit | None:
    """What a run set apart by spaces stands for: the unit or ordinal after it (`xx 镇`,
    `第 xx 次`, `党的 XX 大`), or a name before a list's comma (`魅力 xx、`). Without either
    it is a word under discussion (`匹配 xx 或 xxx 字符`) and left alone."""
    head = start
    while head and text[head - 1] in _SPACES:
        head -= 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if _CODE_MARKS.search(text, line_start, len(text) if line_end < 0 else line_end):
        return None  # a regular expression or code explained in Chinese: `[a-z]x{2,3} 匹配 xx`
    rest = _skip_spaces(text, end)
    unit = mask_unit(text[head - 1 : head], text[rest : rest + WINDOW])
    if unit is not None:
        return unit
    return WORD if rest == end and text[end : end + 1] in "、，," else None


def _starts_name(last: str) -> bool:
    """What may stand before a name: a line's start, Chinese, a colon or an opening mark."""
    return last == "\n" or is_han(last) or last in "：:，,、（(“"


def _spaced_name(text: str, start: int, end: int, last: str) -> Unit | None:
    """A run set apart by spaces from a title, a sign-off or a colon: `××× 谨启`."""
    if not _starts_name(last):
        return None
    rest = end
    while rest < len(text) and text[rest] in _SPACES and rest - end < 3:
        rest += 1
    ahead = text[rest : rest + 4]
    if ahead[:1] in ":：":
        return _PERSON if ahead[1:2] in ("", "\n") else None  # `×××× :` heading a letter
    if ahead.startswith(SIGN_OFFS):
        return _PERSON
    unit = unit_at(text, rest)
    if unit is None or unit.kind not in _NAME_KINDS:
        return None
    return unit


def _inside_number(text: str, start: int, end: int) -> Unit | None:
    """Figures masked inside a number before its unit: `5xx4.9万人`, `1xx5.5万头`."""
    if end - start < 2 or not is_digit(text[end : end + 1]):
        return None
    head = start
    while head and is_digit(text[head - 1]):
        head -= 1
    before = text[head - 1 : head] or "\n"
    if not (is_han(before) or before in CJK_PUNCT or before in ",;:(\n "):
        return None  # `0x1F`, a model number
    stop = end
    while stop < len(text) and (is_digit(text[stop]) or text[stop] in ".．"):
        stop += 1
    unit = unit_at(text, stop)
    if unit is None or unit.kind not in ("people", "count", "money", "percent"):
        return None
    return unit


def _number_value(text: str, start: int, end: int) -> Unit | None:
    """A contact or identity number left as its first figures and letters after its label:
    `电话：1XXXXXXXXXX`, `身份证号：3701XXXXXXXXXXXXXX`."""
    if end - start < 3:
        return None
    head = start
    while head and is_digit(text[head - 1]):
        head -= 1
    if start - head > 6 or _NUMBER_LABEL.search(text, max(0, head - 8), head) is None:
        return None
    after = text[end : end + 1]
    if after and not (after in _SPACES or after in "\n，。；,;)）" or is_han(after)):
        return None
    return WORD


def template_star_masks(doc: Document, found: set[tuple[int, int]]) -> Iterator[Hit]:
    """Star runs beside a name in a document that masks with stars elsewhere (``found``)."""
    if not found:
        return
    text, lang = doc.text, language()
    runs = masks(doc).stars
    for index, (start, end) in enumerate(runs):
        if (start, end) in found or end - start < 2:
            continue
        if _shares_line(text, runs, index, found):
            continue  # another star run on the line: Markdown may pair them
        last = text[start - 1] if start else "\n"
        after = text[end : end + 1] or "\n"
        if _star_name(last, after, text[end : end + 2]) or _star_shape(text, start, end, last):
            yield Hit(start, end, *mask_message(text[start:end], WORD, lang))


def _shares_line(
    text: str, runs: list[tuple[int, int]], index: int, found: set[tuple[int, int]]
) -> bool:
    """True when a run that Markdown could pair with run ``index`` (the same one to three
    stars, no mask) stands on its line."""
    start, end = runs[index]
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    tail = len(text) if tail < 0 else tail
    mark = text[start:end]
    return (
        any(
            head <= other[0] < tail and other not in found and text[other[0] : other[1]] == mark
            for i, other in enumerate(runs)
            if i != index and abs(i - index) <= 3
        )
        and len(mark) <= 3
    )


def _star_name(last: str, after: str, ahead: str) -> bool:
    """A star run where a name belongs: after a title or a label's colon at the end of a
    line or before a space (`总经理＊＊＊`, `地点:****** 路线`), or opening a line before a
    sign-off (`**敬上`)."""
    if after in "\n" + _SPACES:
        return is_han(last) or last in ":："
    if last == "\n":
        return ahead.startswith(SIGN_OFFS)
    return False


def _spaced_chain(
    text: str, start: int, end: int, found: set[tuple[int, int]]
) -> tuple[int, Unit] | None:
    """(end, unit) of a name written as mask letters set apart by single spaces in Chinese
    text (`X X县X X镇政府`, `贵镇办公室X X X,`), or None.

    The chain holds two letters at least, all the same, none found already; Chinese or
    the start of a line stands before it, and a unit or punctuation after Chinese follows.
    """
    mark = text[start:end]
    if len(mark) != 1:
        return None
    last = text[start - 1] if start else "\n"
    if not (last == "\n" or is_han(last) or last in CJK_PUNCT or last in ":：,;("):
        return None
    stop = end
    while text[stop : stop + 2] == f" {mark}" and (stop + 1, stop + 2) not in found:
        stop += 2
    if stop == end or (text[stop : stop + 1].isascii() and text[stop : stop + 1].isalnum()):
        return None
    unit = unit_at(text, stop)
    if unit is not None:
        return stop, unit
    after = text[stop : stop + 1]
    if after and (after in CJK_PUNCT or after in ",;") and last != "\n":
        return stop, WORD
    return None


def _star_shape(text: str, start: int, end: int, last: str) -> bool:
    """The letter templates' shapes, with stars: a run set apart by spaces in a Chinese
    sentence (`2023 年 ** 镇`), the parts of one name (`＊＊·＊＊同志`) and a greeting's
    name (`＊＊＊：您好！`)."""
    after = text[end : end + 1]
    if last in _SPACES and _spaced_in_chinese(text, start, end):
        return True
    if after and after in _NAME_JOINS and text[end + 1 : end + 2] in _STARS:
        return _starts_name(last)
    return last == "\n" and after in ":：" and is_han(text[end + 1 : end + 2])
