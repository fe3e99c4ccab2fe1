"""The letter-mask context classifier (FC102).

Templates mask values with Latin letters in every form: runs (`XX名`, `xxx书记`),
single letters (`第X名`, `X月X日`, `增长X%`), decimals and ranges (`x.x%`,
`X.X亿元`, `x-x月`) and year slots (`20XX年`, `〔202x〕`). The mask lexer
(``_masks.py``) finds every such token once; the classifier decides from the
few characters around it whether it stands in a Chinese sentence and what it stands for. Latin text
(`XXL`, `x86`, `3x3`, `iPhone X`, `X光`) never reaches a verdict: a token next to
a Latin letter or digit is Latin, and a single letter is a mask only where a
unit, an ordinal or a date says what value it stands for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import CJK_PUNCT, DIGITS, is_ascii_word, is_digit, is_han
from ._values import Unit, mask_unit, unit_at

LETTERS = "XxＸｘ×"
# ASCII punctuation that scraped and OCR text uses inside Chinese sentences.
ASCII_PUNCT = ",;:()\"'!?"
# What ends a label before a value, and what ends the value.
_LABEL_END = ":：、)）"
_VALUE_END = "，。；：,.;:(（）)\n"
_OPEN_QUOTES = '“‘「『"'
_CLOSE_QUOTES = '”’」』"'
# How many characters before a token the classifier reads (`〔20` before `XX`, `星期`).
BEFORE = 3
# Characters after a year slot: `20XX年`, `〔20XX〕`, `2023-202x`.
_YEAR_AFTER = "年〕]）)届度-—～~至\n 、，。；：,;"
# Dashes that join the two ends of a range of dates (`×月×————×日`).
_DASHES = "—–"


_HALF_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _digits_before(before: str) -> str:
    """The digits that end ``before`` (`〔20` -> `20`)."""
    digits = ""
    for char in reversed(before):
        if not is_digit(char):
            break
        digits = char + digits
    return digits.translate(_HALF_WIDTH)


# Numerals that write a year's figures in Chinese (`二〇XX年`, `二○○X年`, `一九XX年`).
_YEAR_NUMERALS = dict(zip("〇○零一二三四五六七八九", "000123456789", strict=True))


def _numeral_year(before: str, token: str, after: str) -> Unit | None:
    """A year written in Chinese numerals, its last figures masked (`二〇XX年`, `二○○X年`).

    The numerals must start a year (`二〇`, `一九`) and make four figures with the letters;
    a letter after one numeral (`三X年`) is left to the other rules.
    """
    figures = ""
    for char in reversed(before):
        if char not in _YEAR_NUMERALS:
            break
        figures = _YEAR_NUMERALS[char] + figures
    if len(figures) < 2 or not figures.startswith(("19", "20")) or len(figures) + len(token) != 4:
        return None
    if after not in "年届度":
        return None
    return Unit("年", "year")


def _year(before: str, token: str, after: str) -> Unit | None:
    """A year slot: digits and letters that make four characters (`20XX`, `202x`),
    or the serial of a document number after its year (`2022xx号`)."""
    digits = _digits_before(before)
    if "." in token or "-" in token or not digits:
        return None
    if after == "年" and digits.startswith(("19", "20")):
        return Unit("年", "year")  # `20xxxx年`: a year, however many letters
    if after == "号" and len(digits) >= 3 and "×" not in token:
        return Unit("号", "ordinal")  # `农发2022xx号`
    if len(digits) + len(token) != 4:
        return None
    if is_han(after) and digits.startswith(("19", "20")) and "×" not in token:
        return Unit("", "year")  # `20XX专业合同`
    if not digits.startswith(("19", "20", "2", "1")) or after not in _YEAR_AFTER:
        return None
    return Unit("年" if after == "年" else "", "year")


def _left_is_chinese(before: str) -> bool:
    return is_han(before) or before in CJK_PUNCT


def _left_allows(before: str) -> bool:
    """Punctuation, space or Chinese before a token; never a Latin letter or symbol."""
    return _left_is_chinese(before) or before in ASCII_PUNCT or before in "\n\t 　"


# A date written with figures, its parts masked: `XXXX-XX-XX`, `XXXX.XX.XX`, `202X.XX.XX`,
# `19XX-XX-XX`, `XXXX/XX/XX`, `20XX/X/X` (the figures before the token start its year).
_DATE_TOKEN = re.compile(r"([Xx×Ｘｘ]{1,4})([.．\-/／])[Xx×Ｘｘ]{1,2}\2[Xx×Ｘｘ]{1,2}")


def _date_token(before: str, token: str, after: str) -> bool:
    """True for a token that is a date with its figures masked (`XXXX-XX-XX`, `202X.XX.XX`)."""
    if is_ascii_word(after) or after in "-.．/／":
        return False
    digits = _digits_before(before)
    if not digits and (is_ascii_word(before[-1]) or before[-1] in "-_.@/\\"):
        return False  # inside a Latin word or a path: `abcXXXX-XX-XX`
    full = _DATE_TOKEN.fullmatch(token)
    if full is None or len(digits) + len(full.group(1)) != 4:
        return False  # `192.XX.XX.XX`: an address, not a year
    return not digits or digits in ("1", "19", "199", "2", "20", "202")


# A karyotype's letters: `女性有XX染色体`, `性染色体为XX，男性为XY`.
_CHROMOSOME = "染色体"


@lru_cache(maxsize=8192)
def classify(before: str, token: str, ahead: str) -> Unit | None:
    """What the letter ``token`` stands for, or None where it is not a mask.

    ``before`` is the few characters before the token (a newline at the start
    of the text), ``ahead`` the few after it.
    """
    last = before[-1]
    after = ahead[:1] or "\n"
    if _date_token(before, token, after):
        return Unit("", "date")
    if is_digit(last):
        return _year(before, token, after)
    if last in _YEAR_NUMERALS and before[-2:-1] in _YEAR_NUMERALS:
        return _numeral_year(before, token, after)
    if after == "@" and last in _LABEL_END and len(token) > 1:
        return Unit("", "word")  # an e-mail address never filled in: `邮箱:xx@email.com`
    if is_digit(after) and len(token) > 1 and _left_is_chinese(last):
        return _before_count(ahead)  # `xx、XX4个乡镇`: a name, then a count
    if before.endswith("..") and len(token) > 1 and is_han(after):
        last = "…"  # `……XXXX年XX`: a signature line's leader dots before a year slot
    elif is_ascii_word(last) or is_ascii_word(after) or last in "-_.@/\\" or after in "-_@/\\":
        return None  # XXL-JOB, x86, .xx, xx@
    if after in _DASHES and ahead[1:2] in LETTERS:
        ahead = ahead[1:].lstrip(LETTERS)  # `×月×————×日`: a range whose end names the unit
    if last in "¥￥" and (len(token) > 1 or after == "元"):
        return Unit("", "money")  # `¥XXX.XX元`, `￥XX`
    if _bracketed_run(before, token, ahead):
        return Unit("", "word")  # `联系人:【XX】`, `甲方:(×××)`, `身份证号[XXX]`
    if ahead.startswith("世纪") or not _left_allows(last):
        return None  # Roman numerals in XX世纪
    karyotype = ahead.startswith(_CHROMOSOME) or _CHROMOSOME in before or "XY" in ahead
    if karyotype and set(token) == {"X"}:
        return None  # sex chromosomes: `女性有XX染色体`, `性染色体为XX，男性为XY`
    if last == " " and len(token) == 1 and is_ascii_word(before[-2:-1]):
        return None  # a product or version: `Windows X系统`, `Model X车型`
    unit = mask_unit(last, ahead)
    if unit is None and before.endswith("星期"):
        unit = Unit("", "date")
    if unit is None and last == "第":
        unit = Unit("", "ordinal")
    if unit is None and last in "（(" and after in ")）" and _bracketed_value(before, ahead):
        inner = mask_unit(after, ahead[1:])  # `合同编号为:(xxx)号`, `（XX）元`
        if inner is not None:
            return inner
    if unit is None and last == "月" and len(token) == 1 and after in "\n 　，。,.;；)）":
        unit = Unit("", "date")  # `20xx年x月x`: the day, its 日 dropped
    compound = any(mark in token for mark in ".．-~～—至到")
    if compound and last in _LABEL_END and (after in _VALUE_END or after.isspace()):
        return Unit("", "word")  # `电话:XXXX-XXXXXXX,`
    if len(token) == 1 or compound:
        return _single(token, last, ahead, unit)
    if unit is not None:
        return unit if _left_is_chinese(last) or _chinese_after_unit(ahead, unit) else None
    if last in _OPEN_QUOTES and after in _CLOSE_QUOTES:
        if ahead[1:].startswith(_DEFINES) and len(token) <= 3 and set(token) <= set("Xx"):
            return None  # `“XXX”表示“30”`: a Roman numeral being explained
        return Unit("", "word")  # `“xx”计划`
    if len(token) > 1 and last == "\n" and after == "：" and ahead[1:2] in "\n" + CJK_PUNCT:
        return Unit("", "person")  # a letter's salutation: `XX：` alone on its line
    if len(token) > 1 and last == "\n" and ahead.lstrip(" 　").startswith("………"):
        return Unit("", "word")  # a line of a minutes template: `xx ……………`
    if len(token) > 1 and ahead[1:3] in _SIGN_WORDS and after in "（(":
        return Unit("", "person")  # a name before where it is signed: `XXX（签字）`
    if set(token) == {"×"} and len(token) > 1 and after in "（(" and is_han(ahead[1:2]):
        if last == "\n" or last in _LABEL_END:
            return Unit("", "word")  # `×××(首都名称)`: a slot before its label
    if last in _LABEL_END and (after in _VALUE_END or after.isspace()):
        return Unit("", "word")  # a value on its own: `联系人:XXX`, `四、XXXXXX`, `(一)××××。`
    if is_han(last) and after in ASCII_PUNCT:
        return Unit("", "word")  # `(会期×××,`
    if is_han(last) and (is_han(after) or after in CJK_PUNCT or after.isspace()):
        return Unit("", "word")
    if is_han(after) and _left_allows(last):
        return Unit("", "word")
    if last in CJK_PUNCT and after in CJK_PUNCT and "、" in (last, after):
        return Unit("", "word")  # a list of masked names: `xx、xx、xx`
    if last == " " and set(before[:-1]) <= set(LETTERS) and len(before) == BEFORE:
        return Unit("", "word") if after in " …\n" else None  # `出席人:xx xx xx ……`
    return None


# The units a bracketed mask stands before for a number: `(xxx)号`, `（XX）元`, `（X）份`.
_BRACKETED_UNITS = (
    "号",
    "號",
    "元",
    "万元",
    "萬元",
    "年",
    "月",
    "日",
    "%",
    "％",
    "个",
    "份",
    "天",
    "名",
)


def _bracketed_value(before: str, ahead: str) -> bool:
    """A mask in brackets after Chinese or a colon, before the unit of its number; not a
    call in code (`f(xx)号`) nor a figure's label (`见图(XX)所示`)."""
    prev = before[-2:-1]
    return (is_han(prev) or prev in ":：") and ahead[1:].startswith(_BRACKETED_UNITS)


# The last characters of a field's name before its slot: `姓名`, `身份证号`, `联系人`, `电话`.
_FIELD_ENDS = "名号码人址话称位"
# A bracket that holds a mask run and nothing else, and its closing mark.
_SLOT_BRACKETS = {"【": "】", "〔": "〕", "［": "］", "[": "]", "（": "）", "(": ")"}


def _bracketed_run(before: str, token: str, ahead: str) -> bool:
    """A run of mask letters alone in brackets in Chinese text: `【XX】`, `(×××)`, `[xxx]公司`.

    A bracket is a template's slot when the run fills it and Chinese or a label's mark
    stands on one side; a lone letter (`f(x)`, `[x]`) is algebra or code, and `〔20XX〕`
    is a year (read before this).
    """
    last = before[-1]
    if _SLOT_BRACKETS.get(last) != ahead[:1] or len(token) < 2 or not set(token) <= set(LETTERS):
        return False
    outside, next_ = before[-2:-1], ahead[1:2]
    if set(token) == {"×"} or len(token) > 3:
        return is_han(outside) or outside in CJK_PUNCT + ":,;\n" or is_han(next_)
    # `XX`, `xxx` may be Roman numerals (`第(XX)章`): a slot only after a label's colon,
    # a field's name (`身份证号[XXX]`) or in the brackets templates keep for slots.
    if outside and (outside in ":：" or outside in _FIELD_ENDS):
        return True
    return last in "【［" and (is_han(outside) or is_han(next_))


# Words after a quoted token that explain it: `“XX”表示20`, `“XXX”代表30`.
_DEFINES = ("表示", "代表", "即", "=", "＝")


# What follows a name where a form is signed: `XXX（签字）`, `xx(盖章)`.
_SIGN_WORDS = ("签字", "签名", "签章", "盖章", "簽字", "簽名")


def _before_count(ahead: str) -> Unit | None:
    """A name glued to the count after it (`XX4个`): digits, then a unit."""
    rest = ahead.lstrip(DIGITS)
    unit = unit_at(rest, 0) if rest else None
    return Unit("", "word") if unit is not None and unit.kind in ("count", "people") else None


def _chinese_after_unit(ahead: str, unit: Unit) -> bool:
    """True when Chinese text follows the unit (`,XX同志在`, `“xx”计划`)."""
    rest = ahead[len(unit.text) :]
    return (bool(unit.text) and is_han(unit.text[0])) or (bool(rest) and _left_is_chinese(rest[0]))


def _single(token: str, last: str, ahead: str, unit: Unit | None) -> Unit | None:
    """A single letter or a decimal/range token is a mask only before a unit in Chinese text."""
    if unit is None:
        return None  # `长×宽` multiplies; `X光`, `设X为` name and vary
    if _left_is_chinese(last) or _chinese_after_unit(ahead, unit):
        return unit
    return None


# Real words that start with a single Latin letter (the exclusion lexicon): `X光`,
# `X射线`, `X型`, `X轴`, `X染色体`, `X战警`, `x86` never reach here (a digit follows).
LATIN_WORDS = (
    "光", "射线", "线", "型", "轴", "染色体", "战警", "档案", "因子", "值", "坐标", "方向",
    "分量", "代", "连锁", "综合征", "形", "字", "号", "项", "盒", "框", "键", "波", "片",
)  # fmt: skip
# Words before a letter that names a variable: `设X为`, `令x等于`, `当x趋于`.
_VARIABLE_LEADS = "设令若当求记取即"
_WEAK_LETTERS = "XxＸｘ"


@lru_cache(maxsize=8192)
def weak_word(before: str, token: str, ahead: str) -> bool:
    """True for a lone letter standing for a name in Chinese text (`对X系列`, `X铁路`).

    Such a letter says nothing of the value it stands for, so it is only taken
    for a mask in a document that masks values elsewhere (the caller decides);
    real words (`X光`, `X射线`) and variables (`设X为`) never are.
    """
    last, after = before[-1], ahead[:1] or "\n"
    if len(token) != 1 or token not in _WEAK_LETTERS or last in _VARIABLE_LEADS:
        return False
    if not (_left_allows(last) and (_left_is_chinese(after) or after in ASCII_PUNCT)):
        return False
    if not (any(map(is_han, before)) or any(map(is_han, ahead[:2]))):
        return False
    if last in " (（" and is_ascii_word(before[-2:-1]):
        return False  # `iPhone X发布`, `f(x)的值`
    return not ahead.startswith(LATIN_WORDS)


@lru_cache(maxsize=4096)
def line_mask(before: str, token: str, ahead: str) -> bool:
    """True for a run of mask letters that is a whole line (`XXX`, a signature) or opens
    one before a comma (`XXX，男，汉族`).

    Roman numerals (`XX`, `XXX` alone as a chapter's number) look the same, so such a
    run is a mask only in a document that masks values elsewhere (the caller decides).
    """
    if len(token) < 2 or not set(token) <= set(LETTERS) or before[-1] != "\n":
        return False
    after = ahead[:1]
    return after in ("", "\n", "\r") or (after in "，" and is_han(ahead[1:2]))


@lru_cache(maxsize=4096)
def glued_mask(before: str, token: str, ahead: str) -> bool:
    """True for a mask run glued to the Latin text after it: `×××abc` (stray ASCII of a
    scraped page), `XXXPERSONAL RESUME` (a template's name slot before its English title).

    A run of `×` is never Latin, and `XX` straight before an upper-case word of four
    or more letters is no size (`XXL`) or name (`XXXHOLiC`). Like a lone letter before a
    name, such a run is a mask only in a document that masks values elsewhere (the
    caller decides).
    """
    last, after = before[-1], ahead[:1]
    if len(token) < 2 or not after.isascii() or not after.isalpha() or not _left_allows(last):
        return False
    if last == " " and is_ascii_word(before[-2:-1]):
        return False  # `Model ××A`: inside Latin text
    if set(token) == {"×"}:
        return True
    caps = ahead[:4]  # four upper-case ASCII letters, not followed by a lower-case one
    word = len(caps) == 4 and caps.isascii() and caps.isalpha() and caps.isupper()
    return set(token) == {"X"} and word and not ahead[4:5].islower()
