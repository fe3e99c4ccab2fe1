"""Gaps of spaces that a form or contract left where its values belong (FC104).

Contracts and forms copied from sharing sites keep their labels but lose their
underlines, so what stands where a value belongs is a run of spaces:

- before the short name a contract gives a party: `出租人           （以下简称甲方）`,
  `承租方：      (以下簡稱乙方)`; the name is what was never filled in;
- at the end of a form's line, after a label and its colon: `立契約日 :            `,
  `签订日期：      ` (taken only in a document already found to be a template: a web
  page's `来源：   ` line is not one).

- before the unit of an address that offers its alternatives in brackets:
  `房屋座落:   縣(市)   市(鄉、鎮、區)` (in a template too).

A single space is spacing, not a gap: both shapes need two spaces or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, islice

from ..patterns import char_before, is_han
from ._count_text import iter_literal, matches_near
from ._fields import BYLINE

_SPACES = " \u3000\xa0"
# The alias a contract gives a party: `（以下简称甲方）`, `(以下簡稱乙方)`, `（下称…）`.
_ALIAS = re.compile(r"以下(?:简|簡)?(?:称|稱)|下(?:称|稱)")


def alias_gaps(text: str) -> Iterator[tuple[int, int]]:
    """Spans of gaps of spaces before a party's alias, where its name was never filled in.

    The gap follows the party's role or its colon (`出租人`, `甲方：`) and stands right
    before the bracket; a name in front of the bracket (`张三（以下简称甲方）`) is a filled one.
    """
    if "称" not in text and "稱" not in text:
        return
    # every match ends with 称 or 稱, one to three characters after its start: tried only
    # before them (``re`` stops at every 以 and 下 of the text for the pattern itself)
    ends = sorted(chain(iter_literal(text, "称"), iter_literal(text, "稱")))
    for match in matches_near(_ALIAS, text, ends, 1, 3):
        opener = match.start() - 1
        if opener < 2 or text[opener] not in "(（":
            continue
        end = start = opener
        while start > 0 and text[start - 1] in _SPACES:
            start -= 1
        if end - start < 2:
            continue
        before = char_before(text, start)
        if is_han(before) or before in ":：":
            yield start, end


# A label, its colon and only spaces up to the end of the line: `签订日期：      `.
_TRAILING = re.compile(f"[：:]([{_SPACES}]{{2,}})$", re.M)


def trailing_fields(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the spaces after the last label of a line whose value was never filled in
    (`立契約日 :            `); the caller asks only in a template."""
    if ":" not in text and "：" not in text:
        return
    breaks = None  # whether the text ends its lines with Markdown's hard breaks
    for match in _TRAILING.finditer(text):
        if match.end() - match.start(1) == 2:
            breaks = _hard_breaks(text) if breaks is None else breaks
            if breaks:
                continue  # `作出如下保证:  `: two spaces that break the line, no blank
        label = match.start()
        while label > 0 and text[label - 1] in _SPACES:
            label -= 1  # `立契約日 :`
        if text[max(0, label - 5) : label].endswith(BYLINE):
            continue  # `来源：   `, `编辑：   `: a web page's byline, not a form's field
        if is_han(char_before(text, label)) or char_before(text, label) in "）)":
            yield match.span(1)


# A line that ends with exactly two spaces after a character: Markdown's hard line break.
_HARD_BREAK = re.compile(f"[^{_SPACES}:：]  $", re.M)
# Lines so broken that make a text one that ends its lines with two spaces.
_BREAK_EVIDENCE = 3


def _hard_breaks(text: str) -> bool:
    """True when lines without a label end with two spaces, as Markdown's hard line breaks
    do: the two spaces after a colon there break the line too."""
    return len(list(islice(_HARD_BREAK.finditer(text), _BREAK_EVIDENCE))) == _BREAK_EVIDENCE


# A Taiwanese contract's address line, its units with their alternatives in brackets and
# spaces where the names were: `房屋座落:   縣(市)   市(鄉、鎮、區)         路(街)`.
_PLACE = "縣县市鄉乡鎮镇區区路街段巷弄"
_ADDRESS_GAP = re.compile(f"[{_SPACES}]{{2,}}(?=[{_PLACE}][(（][{_PLACE}])")
# The gap after the line's last such unit, where the rest of the address was: `路(街)      `.
_ADDRESS_TAIL = re.compile(
    f"[{_PLACE}][(（][{_PLACE}][^)）\n]{{0,6}}[)）]([{_SPACES}]{{2,}})(?=\n|$)"
)


def address_gaps(text: str) -> Iterator[tuple[int, int]]:
    """Spans of gaps before an address unit that offers its alternatives (`   縣(市)`); the
    caller asks only in a template."""
    if "(" not in text and "（" not in text:
        return
    last_line = -1
    for match in _ADDRESS_GAP.finditer(text):
        before = char_before(text, match.start())
        if is_han(before) or before in ":：)）":
            yield match.span()
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            if line_end > last_line:  # the line's gap after its last unit, once
                last_line = line_end
                tail = _ADDRESS_TAIL.search(text, match.end(), line_end)
                if tail is not None:
                    yield tail.span(1)
