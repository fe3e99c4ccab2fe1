"""A party's role in parentheses standing for the party's name (FC105): `(授权方) (品牌名称)`,
`特授权 (被授权方) 在如下范围内`, and a party's kind before the agreement's verb
(`决定和 (企业)签订…责任书`).

A licence or a letter of authority names its parties by role where the template wants the
name; the same role in parentheses after a name annotates it (`某某有限公司（授权方）`,
`XX公司 (授权方) 与`), and a role before a colon labels a field (`授权方（签字）：`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patterns import char_after, char_before, is_han

# The roles of the parties to a licence, a letter of authority or a declaration.
ROLES = "(?:被)?(?:授权|授權|委托|委託|受托|受託|申请|申請|担保|擔保|声明|聲明|承诺|承諾)[方人]"
ROLE = re.compile(ROLES)
# What ends an organisation's name, before which a role annotates it: `某某有限公司 (授权方)`.
_NAME_ENDS = "司行局院厂廠店会會所部校团團社"
_SPACES = " \u3000\xa0"


def role_slot(text: str, start: int, end: int) -> bool:
    """True when the bracketed role at ``start``:``end`` stands apart, at a line's start or
    after a word and a space, with a space or the line's end after it."""
    after = char_after(text, end)
    if after not in _SPACES and after not in ("", "\n"):
        return False  # `（授权方）：`, `（授权方）与`
    before = char_before(text, start)
    if before in ("", "\n"):
        return True
    if before not in _SPACES:
        return False  # `某某有限公司（授权方）`
    word_end = char_before(text, start - 1)
    return is_han(word_end) and word_end not in _NAME_ENDS


# The kind of a party in brackets where its name belongs, before the verb of the agreement:
# `决定和 (企业)签订…责任书`. The same bracket before a noun annotates it (`产品和（企业）部门`).
_PARTY = re.compile(
    "[（(](?:企业|单位|公司|部门|学校|个人|乡镇|街道|社区|村|企業|單位|部門|學校)[)）]"
    "(?=签订|签署|签定|订立|簽訂|簽署|訂立|共同签|达成)"
)


def party_slots(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a party's kind in brackets standing for its name after 和, 与 or 同 and
    before the agreement's verb (`决定和 (企业)签订`)."""
    if "(" not in text and "（" not in text:
        return
    for match in _PARTY.finditer(text):
        start = match.start()
        before = char_before(text, start)
        if before in _SPACES:
            before = char_before(text, start - 1)
        if before in "和与同與":
            yield match.span()
