"""Lines at a text's edges that look like a site's but are the text's own.

* an **English heading** (`Introduction`, `Payment Notice`) right over a line of English
  prose heads the text's first paragraph; a user's handle (`Administrator`) stands over
  the Chinese text it posted;
* a **name the page's address ends with** (`sft_datablend_v1` over
  `…/datasets/nv-community/sft_datablend_v1`) is the thing the page is about, a dataset's
  or a repository's title, not a user's handle.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._edge_shape import shape
from ._edge_tokens import WEAK
from ._edge_viewer import en_heading

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LEAD = 40


def heading(text: str, start: int, end: int, prose: Callable[[str], bool]) -> bool:
    """True for an English heading at ``start:end`` right over a line of English prose
    (``prose`` tells a line of prose)."""
    if not en_heading(text[start:end]) or shape(text[start:end]) not in (WEAK, None):
        return False
    at = end + 1
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop].strip()
        if line:
            return prose(line) and _HAN.search(line[:_LEAD]) is None
        at = stop + 1
    return False


_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+")


def addressed(text: str, start: int, end: int) -> bool:
    """True for a name that the text's own address ends with."""
    name = text[start:end]
    if _NAME.fullmatch(name) is None:
        return False
    at = text.find("/" + name)
    while at >= 0:
        after = at + 1 + len(name)
        if after == len(text) or text[after] in "\n /?#.":
            return True
        at = text.find("/" + name, after)
    return False
