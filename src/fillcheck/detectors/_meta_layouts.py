"""A sharing site's metadata in the layouts a row reader does not see, at a page's head or tail.

A site prints what it knows of a file in its theme's layout, not always as a row of
``key: value`` fields: one site-only field to a line, maybe with a note in brackets after
its key (`上传用户:guoxiy`, `上传人(卖家):…`), or one field whose value only a file has,
its size (`文件大小:398.31KB`, `大小:22.50 KB`).
Each is read only in the block above a text's first paragraph or below its last (see
``_meta_head``), where a page prints it; a document's own table or form stays silent.

Lines come from the document's view, where traditional script is folded to simplified.
"""

from __future__ import annotations

import re

from ..document import Document
from ._meta_head import edge_block
from ._site_meta import SITE_KEYS

_LEAD = " \t\u3000•·-*|｜"
# One field: a key, a note in brackets after it (`(卖家)`), a colon and a short value.
_FIELD = re.compile(
    r"(?P<key>[\u4e00-\u9fff]{2,6})(?:[(（][\u4e00-\u9fff]{1,4}[)）])?[ \t\u3000]*[:：]"
    r"[ \t\u3000]*(?P<value>[^:：\n]{1,30})"
)
_SIZE = r"\d{1,4}(?:\.\d{1,2})?[ \t\u3000]?[KMG]B"
# A value only a file has: its size.
_FILE_VALUE = re.compile(_SIZE)


def _field_line(body: str) -> bool:
    """One site-only field, or one field whose value only a file has, on its own line."""
    match = _FIELD.fullmatch(body)
    if match is None:
        return False
    value = match.group("value").strip()
    return match.group("key") in SITE_KEYS or bool(_FILE_VALUE.fullmatch(value))


def layout_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of the site's metadata lines in the head and tail blocks of ``doc`` that are
    laid out other than as a row of fields."""
    text = doc.text
    found = []
    for block in (edge_block(text, 1), edge_block(text, -1)[::-1]):
        for start, end in block:
            line = text[start:end]
            body = line.strip(_LEAD)
            if _field_line(body):
                begin = start + line.index(body)
                found.append((begin, begin + len(body)))
    return sorted(set(found))
