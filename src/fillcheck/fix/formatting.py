"""Fixers for the format rules (FC501-FC505): the right text is certain, so they are safe.

Each replaces characters inside its finding's span only: the space inside a
number-unit pair is removed (`280 万元` -> `280万元`), a middle dot used as a
decimal point becomes `.`, full-width digits become half-width, half-width
punctuation in Chinese text becomes full-width, and a document number's year
brackets become `〔〕`. FC506 (a skipped heading level) has no fix: which level
is missing is the writer's decision.
"""

from __future__ import annotations

from ..finding import Finding
from . import Edit, Fix, FixContext, register_fixer

_HALF_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULL_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_SPACES = " \u3000\xa0"


def _replace(context: FixContext, finding: Finding, new: str, title_key: str) -> Fix | None:
    """A safe fix replacing the finding's text with ``new``, if the text is what was audited."""
    from ..messages import t

    start, end = context.span(finding)
    old = context.text[start:end]
    if old != finding.text or new == old:
        return None
    return Fix.of(finding, t(title_key, fixed=new), [Edit(start, end, new)], safe=True)


@register_fixer("FC501")
def remove_space_in_pair(context: FixContext, finding: Finding) -> Fix | None:
    """`280 万元` -> `280万元`."""
    text = finding.text
    spaces = [i for i, char in enumerate(text) if char in _SPACES]
    if len(spaces) != 1:
        return None
    return _replace(context, finding, text.replace(text[spaces[0]], "", 1), "fix-write")


@register_fixer("FC502")
def decimal_point(context: FixContext, finding: Finding) -> Fix | None:
    """`1·8%` -> `1.8%` (the finding is the dot)."""
    return _replace(context, finding, ".", "fix-write")


@register_fixer("FC503")
def half_width_digits(context: FixContext, finding: Finding) -> Fix | None:
    """`５` -> `5`."""
    return _replace(context, finding, finding.text.translate(_HALF_DIGITS), "fix-write")


@register_fixer("FC504")
def full_width_punctuation(context: FixContext, finding: Finding) -> Fix | None:
    """`,` -> `，` in Chinese text."""
    full = _FULL_PUNCT.get(finding.text)
    return None if full is None else _replace(context, finding, full, "fix-write")


@register_fixer("FC505")
def document_number_brackets(context: FixContext, finding: Finding) -> Fix | None:
    """`[2023]5号` -> `〔2023〕5号`."""
    text = finding.text
    if len(text) < 7 or not text[1:5].isdigit():
        return None
    return _replace(context, finding, f"〔{text[1:5]}〕{text[6:]}", "fix-write")
