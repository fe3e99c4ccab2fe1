"""Anti-copy jammers inside the body of a text, read as a model of the noise, not as strings.

Forums hide random strings in every post (CSS makes them invisible on the
page); copied text keeps them. Two families, each told apart from the prose
around it by the statistics of its characters, and reported only when the
document holds several (one odd token in clean text is never enough):

* **Pairs** (Discuz!): five to fifteen pairs ``c d`` glued together, ``c`` a
  digit or a punctuation mark from ``!`` to ``;``, ``d`` a character from
  ``?`` to ``~``, a space between: ``7 B9 l# y' B; V( W'``. The space at every
  third place, the two disjoint alphabets and their mixture make a run no
  sentence, formula or piece of code forms (``=``, ``<`` and ``>`` belong to
  neither alphabet). A run stands at the start or the end of a paragraph,
  glued to its first or last word.
* **Tokens** (phpwind): a random string of printable ASCII, four to twelve
  characters, after a paragraph or on a line of its own: ``vSnb>z1``,
  ``]nQ$:%HP``, ``56c3tgVF``. A token is random when it mixes letter cases,
  digits and marks, changing class at most characters, and reads as no word,
  number, address, code, formula, LaTeX or regular expression. Once three such
  tokens on different lines make the document's case, the tokens at line
  starts and after a sentence's end are read too.

A forum's edit stamp (``本帖最后由 晨枫 于 2022-9-20 15:18 编辑``), a quoted post's
header (``原帖由 X 于 2013-5-2 10:09 发表``) and the line a forum appends to every
post (``此帖出自电子工程世界论坛``) are reported with them: they are the forum's, not
the author's.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..document import Document
from ..scan import declare, starts

# A run of Discuz pairs: the first mark may be glued to the word before it, the last
# character to the word after it; a mark that was a space may have been collapsed (and
# the run then starts with the character after it: see _opening).
PAIRS = re.compile(r"[!-;](?: {1,2}[?-~](?:[!-;](?= {1,2}[?-~]))?){2,}")
# Marks followed by a space that most runs hold and prose seldom does: the lines that
# hold one are read first; a document with a run is then read whole.
PAIR_TRIGGERS = declare("fc210-jammer", ('" ', "# ", "$ ", "% ", "& ", "' ", "* ", "/ ", "; "))
_PAIRS_STRONG = 4  # pairs in a run that counts as evidence
_PAIRS_REPORTED = 3  # pairs in a run reported in a document with the noise
_PAIRS_ALONE = 8  # pairs in a run that makes the case alone
_RARE_MARKS = frozenset("!\"#$%&'()*+-/")

# A forum's edit stamp, in either script.
_WHEN = r"\d{4}-\d{1,2}-\d{1,2}[ \t　]\d{1,2}:\d{2}(?::\d{2})?"
EDIT_STAMP = re.compile(
    rf"本帖最[后後]由[ \t　]?\S{{1,20}}[ \t　]?[于於][ \t　]?{_WHEN}[ \t　]?(?:编辑|編輯)"
    # a quoted post's header, and the line a forum appends to every post
    rf"|原[帖贴]由[ \t　]?\S{{1,20}}[ \t　]?[于於][ \t　]?{_WHEN}[ \t　]?(?:发表|發表)"
    r"|此[帖贴]出自[^\s。，,！!]{1,20}?(?:论坛|社区|論壇|社區)"
)
_STAMP_MARKS = ("本帖最", "原帖由", "原贴由", "此帖出自", "此贴出自")

# The run of ASCII characters and spaces that ends a line (searched in its last characters).
_ASCII_TAIL = re.compile(r"[ !-~]*\Z")
_TAIL = 40  # characters of a line's end read for noise
_TOKEN = re.compile(r"\S+")
_LETTER = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Marks that noise holds in most of its tokens, and encodings and identifiers never do.
_NOISE_MARK = re.compile(r"[!-*,:-@\[-^`{-~]")
_UPPER, _LOWER, _DIGITS = re.compile(r"[A-Z]+"), re.compile(r"[a-z]+"), re.compile(r"\d+")
_SPACES = " \t\u3000\r"
# The run of ASCII that starts a line or follows a sentence's end (`。 OQ|,- pSrsp`).
_AFTER_END = re.compile(r"(?m)(?:^|(?<=[。！？][ \t\u3000]))[!-~][ !-~]*")
_TOKENS_ALONE = 3  # random tokens on different lines that make the case
_MAX_TOKEN = 16  # characters of a token (a space inside allowed)
_SHARE = 4  # a random token ends one line in four at least: the noise is in every paragraph

# Three letters of one case or three digits in a row: a word's or a number's, not noise's.
_RUN = re.compile(r"[a-z]{3}|[A-Z]{3}|\d{3}")
# Tokens that are words, numbers or addresses, whatever their mixture of characters.
_WORDISH = re.compile(
    r"[A-Za-z][a-z]{2,}[(),.:;!?]*|[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)+[(),.:;]*|[A-Z]{2,}s?[(),.:;]*|[-+]?\d+(?:[-.,:/]\d+)*%?[(),.:;]*"
    r"|\(?[a-z]{1,3}\)?[.,]?|[A-Z][.,:;]?|(?:[A-Za-z]\.){2,},?"
)
# A chemical formula: element symbols with counts, groups in brackets (`Ca(OH)2`, `NaHCO3`).
_CHEMICAL = re.compile(r"(?:\d*(?:[A-Z][a-z]?\d*|\((?:[A-Z][a-z]?\d*)+\)\d*)+)+")
_ADDRESS = re.compile(r"://|^www\.|\.(?:com|cn|net|org|html?)\b|^[\w.-]+@[\w-]+\.\w")
# Code, LaTeX and regular expressions: identifiers bound by operators, commands, classes.
_CODE = re.compile(
    r"^[A-Za-z_]\w*=$|\w=\w|\w[-+*/%]=\w|\w\s?==|\+\+|\w--|\(\)|->|::|\w\.\w+\(|\\[A-Za-z]{2,}|\^\{|_\{"
    r"|\$[^$]+\$|\\[dwsbDWSB]|\[\^?\w-\w|\(\?[:=!<]|\.\*|\.\+|</?\w+>|&\w+;|%[sdf]\b"
)


def _char_class(char: str) -> int:
    if char.islower():
        return 0
    if char.isupper():
        return 1
    if char.isdigit():
        return 2
    return 3


def _classes(token: str) -> tuple[set[int], float]:
    """The character classes of ``token`` (spaces left out) and how often they change."""
    kinds = [_char_class(char) for char in token if char != " "]
    if len(kinds) < 2:
        return set(kinds), 0.0
    changes = sum(1 for left, right in pairwise(kinds) if left != right)
    return set(kinds), changes / (len(kinds) - 1)


def random_token(token: str, strong: bool = True) -> bool:
    """True when ``token`` reads as noise: mixed classes, changing often, no known shape.

    ``strong`` asks for the evidence that makes a document's case (five characters,
    three classes); without it three characters of two classes are enough.
    """
    if len(token) > _MAX_TOKEN or _WORDISH.fullmatch(token) or _ADDRESS.search(token):
        return False
    if _CHEMICAL.fullmatch(token) and any(char.isdigit() for char in token):
        return False
    if _CODE.search(token):
        return False
    kinds, changes = _classes(token)
    if not kinds & {0, 1}:
        return False  # noise of three characters or more holds a letter
    size = len(token) - token.count(" ")
    if strong:
        return size >= 5 and len(kinds) >= 3 and changes >= 0.5
    marks = sum(1 for char in token if _char_class(char) == 3)
    mixed = changes >= 0.4 or (marks >= 2 and not _RUN.search(token))
    return size >= 3 and len(kinds) >= 2 and mixed


def _pair_stats(run: str) -> tuple[int, str, str]:
    """The number of pairs in a run, its marks and its other characters."""
    marks, others = [], []
    after_space = False
    for char in run:
        if char == " ":
            after_space = True
            continue
        (others if after_space else marks).append(char)
        after_space = False
    return len(others), "".join(marks), "".join(others)


def _pair_run(run: str, reported: bool) -> bool:
    """True for a run of Discuz pairs: enough of them, rare marks, mixed characters."""
    count, marks, others = _pair_stats(run)
    if count < (_PAIRS_REPORTED if reported else _PAIRS_STRONG):
        return False
    kinds = {_char_class(char) for char in others}
    if len(kinds) < 2 and count < 6:
        return False
    if reported:
        return True
    rare = sum(1 for mark in marks if mark in _RARE_MARKS)
    return rare >= 2 and len(set(marks)) >= 3


def _opening(text: str, start: int) -> int:
    """Where a run starts: one character earlier when a pair's mark was a space, lost."""
    if start and "?" <= text[start - 1] <= "~" and (start < 2 or not "!" <= text[start - 2] <= "~"):
        return start - 1
    return start


def _runs(
    text: str, begin: int = 0, end: int | None = None, reported: bool = False
) -> list[tuple[int, int]]:
    """Spans of the Discuz runs between ``begin`` and ``end``."""
    matches = PAIRS.finditer(text, begin, len(text) if end is None else end)
    return [
        (_opening(text, m.start()), m.end())
        for m in matches
        if _pair_run(text[_opening(text, m.start()) : m.end()], reported)
    ]


def pair_runs(doc: Document) -> list[tuple[int, int]]:
    """Spans of Discuz runs, when the document holds two, or one long one."""
    text = doc.text
    found: list[tuple[int, int]] = []
    done = -1
    for at in starts(doc, PAIR_TRIGGERS):
        if at < done:
            continue
        begin = text.rfind("\n", 0, at) + 1
        done = text.find("\n", at)
        done = len(text) if done < 0 else done
        found += _runs(text, begin, done)
    if not found:
        return []
    longest = max(_pair_stats(text[start:end])[0] for start, end in found)
    if len(found) < 2 and longest < _PAIRS_ALONE:
        return []
    return _runs(text, reported=True)


def edit_stamps(doc: Document) -> list[tuple[int, int]]:
    """Spans of a forum's edit stamps."""
    text = doc.text
    if not any(mark in text for mark in _STAMP_MARKS):
        return []
    return [m.span() for m in EDIT_STAMP.finditer(text)]


def _tail_tokens(line: str, end: int) -> list[tuple[int, int]]:
    """The whole tokens of the ASCII run ending ``line[:end]``, within its last characters;
    a token glued to the character before the run is left out."""
    begin = _ASCII_TAIL.search(line, max(0, end - _TAIL), end).start()
    tokens = [m.span() for m in _TOKEN.finditer(line, begin, end)]
    if tokens and tokens[0][0] > 0 and line[tokens[0][0] - 1] not in _SPACES:
        tokens.pop(0)  # cut by the window, or glued to a word: `生成Ca(OH)2`
    return tokens


def _trailing(line: str, end: int) -> tuple[int, int] | None:
    """The noise ending a line: its random tokens after the last word."""
    tokens = _tail_tokens(line, end)
    first = len(tokens)
    while first and not _WORDISH.fullmatch(line[slice(*tokens[first - 1])]):
        first -= 1
    if first == len(tokens):
        return None
    return _trim(line, tokens[first][0], end)


def _leading(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noise opening a line or a sentence: its random tokens before the first word,
    the first of them (after at most a lone mark) random itself."""
    tokens = list(re.finditer(r"\S+", text[start:end]))
    first = 0
    while first < min(2, len(tokens)) and _bare(tokens[first].group()):
        first += 1
    if first >= len(tokens) or not random_token(tokens[first].group(), strong=False):
        return None
    last = first
    while last < len(tokens) and not _WORDISH.fullmatch(tokens[last].group()):
        last += 1
    return _trim(text, start + tokens[first].start(), start + tokens[last - 1].end())


def _bare(token: str) -> bool:
    """A lone character or marks alone: neither noise nor a word by itself."""
    return len(token) == 1 or not any(char.isalnum() for char in token)


def _trim(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """``begin..end`` without the tokens at its edges that are not random themselves."""
    tokens = [(begin + m.start(), begin + m.end()) for m in re.finditer(r"\S+", text[begin:end])]
    keep = [span for span in tokens if random_token(text[span[0] : span[1]], strong=False)]
    if not keep:
        return None
    return keep[0][0], keep[-1][1]


def _skeleton(token: str) -> str:
    """``token`` with its letters and digits replaced by their class: the shape code repeats."""
    return _DIGITS.sub("9", _LOWER.sub("a", _UPPER.sub("A", token)))


def _noise_end(line: str, end: int) -> tuple[int, int] | None:
    """:func:`_trailing`, after a quick look at the line's last token: a word ends most."""
    last = line.rfind(" ", 0, end) + 1
    token = line[last:end]
    if not token.isascii() or _WORDISH.fullmatch(token):
        return None
    if not _LETTER.search(line, max(0, end - _MAX_TOKEN), end):
        return None  # noise holds a letter
    return _trailing(line, end)


def _line_ends(text: str) -> tuple[list[tuple[int, int]], int, int]:
    """The noise candidates ending lines (spans of ``text``), the number of lines that hold
    more than white space and the number of those that hold Chinese."""
    found = []
    lines = chinese = 0
    at = 0
    for line in text.split("\n"):
        end = len(line.rstrip(_SPACES))
        if end:
            lines += 1
            chinese += _HAN.search(line) is not None
            if "!" <= line[end - 1] <= "~" and (span := _noise_end(line, end)):
                if span[1] - span[0] <= _MAX_TOKEN:
                    found.append((at + span[0], at + span[1]))
        at += len(line) + 1
    return found, lines, chinese


def random_tokens(doc: Document) -> list[tuple[int, int]]:
    """Spans of phpwind tokens, when three on different lines make the document's case."""
    text = doc.text
    ends, lines, chinese = _line_ends(text)
    strong = [text[s:e] for s, e in ends if random_token(text[s:e])]
    if len(set(strong)) < _TOKENS_ALONE or len(strong) * _SHARE < lines:
        return []
    if chinese * _SHARE < lines:
        return []  # source code or a text in another language: its lines end in ASCII
    if len({_skeleton(token) for token in strong}) * 2 < len(strong):
        return []  # tokens of a few shapes: a table of codes or data, not noise
    if sum(1 for token in strong if _NOISE_MARK.search(token)) * 2 < len(strong):
        return []  # tokens of letters, digits and `=+/-_.`: Base64, identifiers, not noise
    found = [(s, e) for s, e in ends if random_token(text[s:e], strong=False)]
    for match in _AFTER_END.finditer(text):
        span = _leading(text, *match.span())
        if span and span[1] - span[0] <= 2 * _MAX_TOKEN:
            found.append(span)
    return found


def jammers(doc: Document) -> list[tuple[int, int]]:
    """Every span of anti-copy noise and forum stamps in ``doc``, sorted, overlaps merged."""
    spans = sorted(pair_runs(doc) + random_tokens(doc) + edit_stamps(doc))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
