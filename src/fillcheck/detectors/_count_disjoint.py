"""Parts that cannot overlap, read from their names: groups of different years
(`2017年脱贫`, `2016年脱贫`), levels of government that fund a total (`中央…资金`,
`省级…资金`, `县区配套`), and kinds of one head noun listed with `、`
(`普通中学49所、职业中学3所`). Parts that cannot overlap may not add up to more
than their total."""

from __future__ import annotations

import re

from ..numerals import HOUSEHOLDS, MONEY, PEOPLE, VISITS
from ..patterns import lazy_compile

# A year that names a group (`2017年脱贫`).
_YEAR = re.compile(r"(?:19|20)[0-9]{2}年")
# Words that make a year a bound, not a group: `2015年以来`, `2016年前`.
_YEAR_BOUND = lazy_compile("以来|以前|以后|之前|之后|前|后|起|底|末|至|到|[-—~]")


def year_groups(labels: list[str]) -> bool:
    """True when the labels differ only by the year they name, each a different one."""
    years = [_YEAR.findall(label) for label in labels]
    if len(labels) < 2 or any(len(found) != 1 for found in years):
        return False
    if len({found[0] for found in years}) < len(labels):
        return False
    # the rest of each name, without counts of another measure (`2017年脱贫11户`)
    rests = {_YEAR.sub("", label).strip("0123456789.户人个件所家") for label in labels}
    return len(rests) == 1 and not any(_YEAR_BOUND.search(rest) for rest in rests)


# The levels that fund a total, as a label opens with them (after `拟`, `安排`).
_LEVEL = lazy_compile(
    "^(?:拟|安排|争取|下达)?(?P<level>中央|省级?|市县|市级?|县区|县级?|区级?|乡镇|镇级?|村级?"
    "|(?:群众|农民|企业|单位)?自筹|社会|银行)"
)


def funding_levels(labels: list[str], kind: str) -> bool:
    """True when every money part names a different level or source of funds."""
    if kind != MONEY or len(labels) < 2:
        return False
    levels = []
    for label in labels:
        match = _LEVEL.match(label)
        if match is None:
            return False
        levels.append(match.group("level")[0])  # `省级` and `省` are one level
    return len(set(levels)) == len(levels)


_PERSONS = (PEOPLE, VISITS, HOUSEHOLDS)


def head_noun_kinds(labels: list[str], betweens: list[str], kind: str) -> bool:
    """True when two or more parts listed with `、` only name kinds of one head noun
    of two or more characters (`普通中学`, `职业中学`), each with words of its own.
    People are left out: one person may fall under several heads (`党纪处分`,
    `政务处分`)."""
    if kind in _PERSONS or len(labels) < 2:
        return False
    if not all(between.startswith("、") for between in betweens):
        return False
    tail = 0
    while tail < min(map(len, labels)) and len({label[-tail - 1] for label in labels}) == 1:
        tail += 1
    heads = {label[: len(label) - tail] for label in labels}
    return tail >= 2 and len(heads) == len(labels) and all(heads)
