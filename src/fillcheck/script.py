"""Traditional Chinese folded to simplified, character for character, for matching.

Templates and scraped pages come in traditional script too (`某單位`, `下載本文檔`,
`版權說明`); the detectors know the simplified forms. The normalised view of a
document (:mod:`fillcheck.normalise`) therefore replaces each traditional
character by its simplified form, one character for one, so that offsets map
back unchanged. OpenCC's ``t2s`` conversion decides the forms; it is given
the document's distinct characters one per line, so that no phrase rule can
change a length. A document without any common traditional-only character
(nearly every simplified document) is not converted at all.
"""

from __future__ import annotations

import re
from functools import cache

# Frequent characters that exist only in traditional script: a document with none
# of them is taken to be simplified and left alone.
TRADITIONAL_HINTS = re.compile(
    "[們這個說對時會來為國學過經發實現動點體開關還進種變問題業長區黨單幣檔載權據與東車"
    "門見幾後從無當樣網書電話產務義計區縣鎮鄉廳辦處營項員華歲數據總結報領導們隊際爲麼"
    "頁讀續閱費購買隱藏傳戶並併擊記錄證號碼舉報險確認標準幫協層將勞殘擔紀職稱給聯絡]"
)


@cache
def _converter():  # pragma: no cover - exercised through fold_table
    import opencc

    return opencc.OpenCC("t2s")


def fold_table(text: str) -> dict[str, str]:
    """Traditional characters of ``text`` mapped to their simplified forms.

    Empty when the text shows no sign of traditional script. Only one-to-one
    replacements are kept, so a view built from the table keeps every offset.
    """
    if TRADITIONAL_HINTS.search(text) is None:
        return {}
    chars = sorted({c for c in text if ord(c) >= 0x3400})
    converted = _converter().convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        return {}
    return {c: s for c, s in zip(chars, converted, strict=True) if len(s) == 1 and s != c}
