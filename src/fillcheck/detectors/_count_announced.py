"""FC303, announced items that follow: `做到“三个保障”。一是…二是…三是…四是…`,
`包括三个部分。\\n1.…\\n2.…\\n3.…\\n4.…`, `五个基本组成部分，即标题、主送机关、正文、签署`,
`五句话——“…、…、…、…”`, `有3件未达到…，分别是“…”和“…”`.

Each reading starts from the items (a `一是` marker, a line marker numbered one,
`即`, `——`, `分别是`) and looks back for the count that announces them, so the
text is only searched where items are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from ..finding import Hit
from ..numerals import concept_at
from ..patterns import lazy_compile
from ._count_announcers import (
    clause_announcement,
    named_list_before,
    ordinal_unit_items,
    quoted_noun_announcement,
    sets_named_in_items,
)
from ._count_chars import character_counts
from ._count_colons import colon_lists, quoted_lists
from ._count_follow_lines import AS_FOLLOWS, as_follows_announcement, bullet_items
from ._count_glued import glued_quote_lists
from ._count_items import (
    ANY_COUNT,
    announced_value,
    announcement,
    ends_with_count,
    head_items,
    items_after,
    items_hit,
    respective_announcement,
    tail_heads,
    tail_items,
)
from ._count_lead import sentence_count
from ._count_line_shapes import parted_lines, table_items
from ._count_marked import LINE_ITEM, line_value, marker_lists, marker_rank
from ._count_named_ordinals import named_ordinals
from ._count_named_sizes import named_sizes
from ._count_one_other import one_and_other
from ._count_sentence_heads import sentence_heads
from ._count_set_heads import quoted_set_heads
from ._count_text import iter_literal, matches_closing, split_top_level

_LINE_STYLES = ("cn", "ar", "br", "ci")


# After the announcement: items introduced by `即`, `——` or `分别是`.
_JI_WORDS = frozenset("将使便可时刻是为")
_INTRODUCERS = ("即", "——", "分别是", "分别为", "分别约为", "包括", "包含", "是指", "指的是")


# `前2位的依次是…`, `前10位的是：…`: a ranking announces how many follow.
RANKING = lazy_compile(
    r"前(?P<num>[两二三四五六七八九十]|十[一二]|[2-9]|1[0-9])(?P<unit>位|名)"
    r"(?P<name>)的?(?:依次|分别)?(?:是|为)[：:]?"
)


# The end of a line that may announce a numbered list: `：`, `:` or `。`, then
# nothing but spaces before the newline.
# Scraped pages leave ASCII watermarks after it (`。' L* ^7 t+ S!`), never Chinese text.
_ANNOUNCING_LINE_END = lazy_compile(
    r"(?:个|项|点|条|种|类|大|部分|方面|句话|件|句|张|招|步|环节|维度|层面|板块)"
    r"[\u4e00-\u9fff]{0,8}[”\"]?(?:组成|如下)?"
    r"(?P<stop>[：:。])[\t\x0b\x0c\r\xa0\u2000-\u200b\u3000 -~]{0,40}\n"
)


# A colon that ends its line (not `如下：`, read with its whole sentence).
LINE_COLON = lazy_compile(r"[：:](?<!如下[：:])[ \t\u3000]*\n")


# `第一种形态` … `第四种形态`: ordinal items after `“三种形态”`.
FIRST_ORDINAL = lazy_compile(r"第一(?P<unit>个|种|项|条|类|点|方面|批)(?P<name>[\u4e00-\u9fff]{2})")


def announced_items(text: str) -> Iterator[Hit]:
    """Hits where the items after an announcing count are more or fewer than it says."""
    seen: set[int] = set()
    for hit in (*_line_lists(text), *marker_lists(text)):
        if hit.start not in seen:  # a numbered list read both ways
            seen.add(hit.start)
            yield hit
    yield from _introduced_lists(text)
    yield from _ranked_lists(text)
    yield from _ordinal_items(text)
    yield from ordinal_unit_items(text)
    yield from named_list_before(text)
    yield from _bracketed_headings(text)
    yield from _example_lists(text)
    yield from colon_lists(text)
    yield from quoted_lists(text)
    yield from glued_quote_lists(text)
    yield from tail_items(text)
    yield from named_ordinals(text)
    yield from character_counts(text)
    yield from sets_named_in_items(text)
    yield from quoted_set_heads(text)
    yield from one_and_other(text)
    yield from sentence_heads(text)


# A count closing a bracket that words follow: `抓的5件大事）针对…`.
BRACKETED_COUNT = lazy_compile(
    r"[两二三四五六七八九十2-9](?:个|项|点|条|种|类|大|件)[\u4e00-\u9fff]{0,8}[）)](?=[\u4e00-\u9fff])"
)


def _bracketed_headings(text: str) -> Iterator[Hit]:
    """`（以问题为导向，抓的5件大事）针对…。针对…。`: a bracketed heading that counts
    the items following it on its line."""
    # every match ends at its only bracket, at most 10 characters after its start
    for found in matches_closing(BRACKETED_COUNT.compiled, text, 10):
        index = found.end() - 1
        match = announcement(text, index)
        if match is not None:
            yield from head_items(text, match, index + 1)


# `从五个重要的方面进行了深入探讨，如A、B、C、D、E以及F等`: examples after a count
# may be fewer than it (等), never more.
CLAUSE_COUNT = lazy_compile(
    r"(?<![0-9０-９.．第前每近约])(?P<num>[两二三四五六七八九十]|[2-9])"
    r"(?P<unit>个|项|点|条|种|类|大)(?P<name>[\u4e00-\u9fff]{0,4}?(?:方面|问题|领域|要求))"
)


_EXAMPLE_NOUNS = ("方面", "问题", "领域", "要求")


def _example_lists(text: str) -> Iterator[Hit]:
    """More examples after `，如` than the count of the clause before them."""
    for comma in ("，如", ",如"):
        for index in iter_literal(text, comma):
            window = text[max(0, index - 30) : index]
            if not any(noun in window for noun in _EXAMPLE_NOUNS):
                continue
            start = max(0, index - 30)
            for stop in "。；;！!？?，,\n":
                start = max(start, text.rfind(stop, start, index) + 1)
            matches = list(CLAUSE_COUNT.finditer(text, start, index))
            if len(matches) != 1 or concept_at(text, matches[0].start()):
                continue
            items = items_after(text, index + 2)
            if items is None or not items[-1].endswith("等"):
                continue
            items = [part for item in items for part in split_top_level(item, "、，,")]
            count = len(items) + sum(item.count("以及") for item in items)
            if count > announced_value(matches[0]):
                hit = items_hit(matches[0], count, "、".join(items))
                if hit is not None:
                    yield hit


def _ranked_lists(text: str) -> Iterator[Hit]:
    """`各类犯罪位居前2位的依次是A 5594件，B 4845件，C 2023件`."""
    for match in RANKING.finditer(text):
        items = items_after(text, match.end())
        if items is not None and not text[match.end() : match.end() + 40].count("等"):
            hit = items_hit(match, len(items), "、".join(items))
            if hit is not None:
                yield hit


def _ordinal_items(text: str) -> Iterator[Hit]:
    """`运用“三种形态”…第一种形态…第二种形态…第三种形态…第四种形态`."""
    for first in FIRST_ORDINAL.finditer(text):
        unit, name = first.group("unit"), first.group("name")
        start = max(text.rfind("\n", 0, first.start()) + 1, first.start() - 300)
        end = text.find("\n", first.end())
        end = len(text) if end < 0 else end
        pattern = lazy_compile(
            rf"(?<![第前每0-9.．])(?P<num>[两二三四五六七八九十]|[2-9])(?P<unit>{unit})(?P<name>{name})"
        )
        match = pattern.search(text, start, first.start())
        if match is None or concept_at(text, match.start()):
            continue
        count = 1
        while count < 12 and f"第{_CN[count + 1]}{unit}{name}" in text[first.end() : end]:
            count += 1
        if count >= 2 and (
            count > announced_value(match) or "其中" not in text[match.end() : first.start()]
        ):
            # `其中，运用第一种形态…第二种形态`: a breakdown may name only some of them
            hit = items_hit(match, count, f"第一{unit}{name}…第{_CN[count]}{unit}{name}")
            if hit is not None:
                yield hit


_CN = dict(enumerate("零一二三四五六七八九十", start=0)) | {11: "十一", 12: "十二"}


def _line_lists(text: str) -> Iterator[Hit]:
    """`包括三个部分。` followed by lines `1.…`, `2.…`, `3.…`, `4.…`."""
    for end in _ANNOUNCING_LINE_END.finditer(text):
        match = announcement(text, end.start("stop") + 1)
        if match is None:
            continue
        yield from head_items(text, match, end.end())
        if len(match.group("name")) >= 2:  # `做到三个到位：` then `组织领导到位。…`
            yield from tail_heads(text, match, end.end(), match.group("name")[-2:])
        yield from _lines_after(text, match, end.end())
    for end in LINE_COLON.finditer(text):  # `严格落实三个明确确保工作有序开展：`
        colon = end.start()
        if _may_open_list(text, end.end()) and announcement(text, colon + 1) is None:
            match = sentence_count(text, colon)
            if match is not None:
                yield from _lines_after(text, match, end.end())
    for end in AS_FOLLOWS.finditer(text):  # `…六大施政领域之政策方向，重点如下：`
        if _ANNOUNCING_LINE_END.match(text, end.start()) is None:
            match = as_follows_announcement(text, end.start())
            if match is not None:
                yield from _lines_after(text, match, end.end())


# The first characters of a line that may open a list: a numeral, a bracket, a circled
# number, a bullet or a table's bar.
_LIST_OPENS = frozenset("一二三四五六七八九十0123456789（(①②③④⑤⑥⑦⑧⑨⑩-•·●○■□◆◇▪►▶★☆|")


def _may_open_list(text: str, start: int) -> bool:
    """A cheap test before reading the lines from ``start``: the first non-blank one opens
    with a list's marker, or ends with `；` (one item a line)."""
    line = text[start : start + 200].lstrip(" \t\u3000\n")
    if line[:1] in _LIST_OPENS:
        return True
    end = line.find("\n")
    return line[:end].rstrip()[-1:] in ("；", ";") if end > 0 else False


def _lines_after(text: str, match: re.Match[str], start: int) -> Iterator[Hit]:
    """The numbered (or else bulleted) lines from ``start`` against the count ``match``."""
    for read in _LINE_SHAPES:  # each reads the lines afresh from ``start``
        count, shown, ended = read(_next_lines(text, start))
        if count:
            break
    if count >= 2 and (ended or count > announced_value(match)):
        hit = items_hit(match, count, shown)
        if hit is not None:
            yield hit


def _next_lines(text: str, start: int, limit: int = 80) -> Iterator[str]:
    """Up to ``limit`` lines of ``text`` from ``start`` (a line start) on, each read
    when asked for (most lists are given up at the first line)."""
    for _ in range(limit):
        if start > len(text):
            return
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield text[start:end]
        start = end + 1


def _count_line_items(lines: Iterable[str], first: int) -> tuple[int, str, bool]:
    """How many numbered lines (1, 2, 3 … in one style) follow the announcement,
    their openings, and whether the list visibly ended.

    Paragraphs and blank lines may stand between the numbered lines (a report's
    sections), and nested lists of another style; the list has visibly ended at a
    new list numbered one, at a top-level heading (`二、`), or when a blank line and
    a paragraph follow its last item; a repeated or skipped number is FC306's.
    Nothing is counted (0) when the list does not start on the next non-blank line.
    """
    style, expected, shown, blank, ended = None, 1, [], False, False
    sectioned = False  # paragraphs stand between the items: each item heads a section
    closes, loose, text_since = [], False, False  # how item lines end; text between items
    for line in islice(lines, first, first + 80):
        match = LINE_ITEM.match(line)
        if match is None:
            if style is None and line.strip():
                return 0, "", False
            ended = ended or (blank and bool(line.strip()))
            blank = not line.strip()
            text_since = text_since or not blank
            continue
        group = next(g for g in _LINE_STYLES if match.group(g))
        value = line_value(group, match.group(group))
        rank = marker_rank(group, match.group(group))
        if style is None:
            if value != 1:
                return 0, "", False
            style = rank
        if rank == 0 < style:
            return expected - 1, "；".join(shown), True  # a top-level heading (`二、`)
        if rank != style:
            continue  # a nested list of another style
        if value != expected:
            if value != 1:
                return 0, "", False  # a repeated or skipped number: the sequence rule's
            return expected - 1, "；".join(shown), True
        sectioned = sectioned or ended
        loose, text_since = loose or text_since, False
        shown.append(line.strip()[:8].rstrip("。；;，,"))
        closes.append(line.rstrip()[-1:])
        expected += 1
        blank = ended = False
    if not loose and _closed_by_full_stop(closes):
        ended = True  # `①…；` … `⑩…。`: one item a line, and the last closes the sentence
    # sections may go on past the end of an excerpt: only a heading or a new list ends them
    return expected - 1, "；".join(shown), ended and not sectioned


def _closed_by_full_stop(closes: list[str]) -> bool:
    """Item lines that end with `；` but the last, which ends with `。`: the list is one
    sentence, and it is over."""
    return len(closes) >= 2 and closes[-1] == "。" and all(c in "；;" for c in closes[:-1])


def _numbered_lines(lines: Iterable[str]) -> tuple[int, str, bool]:
    return _count_line_items(lines, 0)


# The shapes of the lines a list may take after an announcement, tried in order: numbered
# lines, bulleted lines, a table's rows, lines parted by `；` and closed by `。`.
_LINE_SHAPES = (_numbered_lines, bullet_items, table_items, parted_lines)


def _introduced_lists(text: str) -> Iterator[Hit]:
    """`五个基本组成部分，即标题、主送机关、正文、签署`; `五句话——“A、B、C、D”`."""
    for word in _INTRODUCERS:
        for index in iter_literal(text, word):
            if word == "即" and text[index + 1 : index + 2] in _JI_WORDS:
                continue  # `4个即将竣工验收`: 即将, 即使, 即可 are words
            if word == "——" and text[index + 2 : index + 3] == "即":
                continue  # `——即…`: read from 即
            match = _introducing_count(text, index, word)
            if match is None:
                continue
            items = items_after(text, index + len(word), long=word.startswith("分别"))
            if items is None:
                continue
            if match.group("unit") != "年" and all(ends_with_count(item) for item in items):
                continue  # `包括制定法律6件，修改法律14件`: parts with counts are summed
            if word in ("是指", "指的是") and ANY_COUNT.search("、".join(items)):
                continue  # `“四清单”是指…四个关键清单，包括…`: a definition that counts again
            sizes = named_sizes(items, match.group("name"))
            announced = announced_value(match)
            if announced in sizes or (items[-1].endswith("等") and max(sizes) < announced):
                continue  # `分别为47、55和55微克`: the last item joins two; 等: fewer named
            if match.group("unit") == "" and ANY_COUNT.search(items[-1]):
                continue  # `“三单”即A、B、C三个清单`: the list's own count sums it up
            hit = items_hit(match, max(sizes), "、".join(items))
            if hit is not None:
                yield hit


def _introducing_count(text: str, index: int, word: str) -> re.Match[str] | None:
    """The count that the items after ``word`` (at ``index``) spell out."""
    match = announcement(text, index)
    if match is None and word.startswith("分别"):
        match = respective_announcement(text, index)
    if match is None and word in ("即", "——", "是指", "指的是"):
        match = quoted_noun_announcement(text, index)
    if match is None and word.startswith("包"):
        match = clause_announcement(text, index)
    return match
