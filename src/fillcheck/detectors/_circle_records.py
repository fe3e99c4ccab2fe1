"""Court records published with their names masked by circles (FC104, FC408).

Courts in Taiwan publish judgements with each party's name and address masked by
circles: the parties become `甲○○`, `乙○○`, `丙○○` (the heavenly stems, then the
earthly branches), a lawyer's clerk `陳○○`, an address `臺北市○○區○○路0段0巷00號`
(its numbers zeroed).
Those circles are redaction, not a template's blanks: FC104 leaves them alone in such a
record and FC408 lists the masked names.
"""

from __future__ import annotations

import re

from ..document import Document

# What a published court record calls itself.
_RECORD = re.compile("判決|判决|裁定|起訴書|起诉书|處分書|处分书|決定書|决定书")
# A party masked by a stem or branch and circles: `甲○○`, `丁○○`, `子○○`.
_STEM_NAME = re.compile("[甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥][○〇]{1,3}(?![○〇])")
# A name after a party's role: `訴訟代理人 陳○○`, `原告王○○`.
_ROLE_NAME = re.compile(
    "(?:原告|被告|上訴人|上诉人|代理人|代表人|聲請人|声请人|相對人|相对人|告訴人|告诉人|證人|证人)"
    "[ \u3000]*([\u4e00-\u9fff][○〇]{1,3})(?![○〇])"
)
# An address whose numbers the court masked with zeros: `○○○路0段0巷00號`.
_ZEROED = re.compile("(?<![0-9])0{1,3}(?:段|巷|弄|號|号|樓|楼)")
# So many parties or addresses masked this way make a document such a record.
_EVIDENCE = 2


def circle_record(doc: Document) -> bool:
    """True when ``doc`` is a court record whose names are masked with circles."""
    return doc.memo("redaction.circle-record", lambda: _circle_record(doc.text))


def _circle_record(text: str) -> bool:
    if "○" not in text and "〇" not in text:
        return False
    if _RECORD.search(text) is None:
        return False
    names = len(_STEM_NAME.findall(text)) + len(_ROLE_NAME.findall(text))
    return names + len(_ZEROED.findall(text)) >= _EVIDENCE


def circle_names(doc: Document) -> list[tuple[int, int]]:
    """Spans of the names a circle-masked court record hides (`甲○○`, `陳○○`)."""
    if not circle_record(doc):
        return []
    text = doc.text
    spans = {match.span() for match in _STEM_NAME.finditer(text)}
    spans |= {match.span(1) for match in _ROLE_NAME.finditer(text)}
    return sorted(spans)
