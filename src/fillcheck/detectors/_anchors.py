"""The shared anchor pass of the paywall and scrape-residue rules (FC2xx).

Each FC2 pattern is anchored on a short literal from ``_TRIGGERS`` that starts
with a character rare in report text (隐藏, 剩, 侵权, 页 ... rather than 内容,
还, 如有, 第). ``TRIGGER`` is their alternation; its branches all start with a
literal, so ``re`` skips in C over text that holds none of those first
characters. One pass per document records where a trigger starts (kept with
the Document, see :meth:`Document.memo`), and each rule matches its own
pattern at those positions only; the words before an anchor (the 还 of 还剩,
the 2 of 2下载券) are found by looking back from it (see :class:`Lead`).
Whole-line patterns start with a literal newline instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..document import Document
from ..patterns import lazy_compile
from ..scan import literal_starts
from ._notice_lexicon import ANCHORS as NOTICE_ANCHORS

SP = r"[ \t\u3000]*"  # horizontal white space, the ideographic space included
EOL = r"(?=[ \t\u3000\r]*(?:\n|\Z))"  # trailing spaces, then a newline or the end
TAIL = r"[^\n。！!]{0,60}[。！!]?"  # the rest of a notice's sentence or line
DELIM = "[#$＃＄]"


@dataclass(frozen=True)
class Lead:
    """Words that stand right before an anchor: ``pattern`` ends in ``\\Z``."""

    pattern: re.Pattern[str]
    required: bool = True  # without the lead, the anchor alone is ordinary prose


def lead(pattern: str, required: bool = True) -> Lead:
    """A Lead from a regex source; ``\\Z`` is appended."""
    return Lead(lazy_compile(f"(?:{pattern})\\Z"), required)


# The anchors: every match of the patterns above starts on one of these.
_TRIGGERS = (
    *("##", "$$", "＃＃", "＄＄", "<pa", "<PA", "<Pa", "</pa", "</PA", "</Pa", "< ", "</ "),
    *("隐藏", "付费", "购买", "登录", "剩", "继续免费", "繼續免費", "阅读全文", "查看更多", "下载"),
    *("VIP", "显示", "试读结束", "免费预览", "预览", "超出免费", "余下全文", "由用户提供", "侵权"),
    *("所有资源均是", "由会员分享", "仅部分预览", "侵犯您的", "迅雷下载", "试题试卷类", "淘豆网"),
    *("仅供", "文档编号", "ID:", "ID：", "此文档为", "word版本", "Word版本", "WORD版本"),
    *("_第", "＿第", "页", "頁"),
    *("上传文档", "一旦售出", "仅提供信息存储", "省略", "正式会员", "请认真阅读", "开通"),
    *("只提供", "版权归", "转载自", "网友上传", "本站观点", "任意编辑", "为大家"),
    *("用户名和密码", "本站所有资源", "本站仅提供", "本站不保证", "所有权益归", "重复下载"),
    *("系统不会自动", "文件下载后", "未经权益", "分享"),
    *("威廉希尔", "新葡京", "金沙", "太阳城", "伟德", "亚博", "bet365", "BET365", "皇冠"),
    *NOTICE_ANCHORS,  # the phrase lexicon's (see _notice_lexicon.py)
)
_LONGEST_FIRST = sorted(_TRIGGERS, key=lambda word: (-len(word), word))
TRIGGER = re.compile("|".join(map(re.escape, _LONGEST_FIRST)))

StartOf = Callable[[str, re.Match[str]], "int | None"]


def _shortest(literals: tuple[str, ...]) -> tuple[str, ...]:
    """``literals`` without those another literal starts (`上传文档` after `上传`): they add
    no start to the scan, only a branch to try at every stop of it."""
    kept: list[str] = []
    # In sorted order, every literal between a literal and one it starts starts with it too:
    # a literal is left out when it starts with the last one kept (one pass, not n x n).
    for literal in sorted(set(literals)):
        if not (kept and literal.startswith(kept[-1])):
            kept.append(literal)
    return tuple(kept)


_SCANNED = _shortest(_TRIGGERS)


def _scan(text: str) -> tuple[int, ...]:
    return literal_starts(text, _SCANNED)  # the shared trigger scan, re or hyperscan


def anchors(doc: Document) -> tuple[int, ...]:
    """Where a trigger starts in ``doc``, ascending (overlapping ones too); computed once."""
    return doc.memo("fc2-anchors", lambda: _scan(doc.text))


def matches_at(
    text: str, positions: Sequence[int], pattern: re.Pattern[str], start_of: StartOf | None = None
) -> Iterator[tuple[int, re.Match[str]]]:
    """Matches of ``pattern`` at ``positions``, left to right, never overlapping.

    ``start_of`` may move a match's start left over the words before its
    anchor, or reject the match by returning None.
    """
    last = 0
    for pos in positions:
        if pos < last or not (match := pattern.match(text, pos)):
            continue
        start = pos if start_of is None else start_of(text, match)
        if start is not None:
            last = match.end()
            yield start, match


def extend_left(text: str, start: int, lead: re.Pattern[str], window: int = 64) -> int:
    """Move ``start`` left over what ``lead`` matches right before it."""
    match = lead.search(text, max(0, start - window), start)
    return match.start() if match else start


def with_leads(leads: dict[str, Lead]) -> StartOf:
    """A ``start_of`` taking in the lead of the match's named branch, if it has one."""

    def start_of(text: str, match: re.Match[str]) -> int | None:
        lead = leads.get(match.lastgroup or "")
        if lead is None:
            return match.start()
        start = extend_left(text, match.start(), lead.pattern)
        return None if lead.required and start == match.start() else start

    return start_of


def find(
    doc: Document, pattern: re.Pattern[str], start_of: StartOf
) -> Iterator[tuple[int, int, str]]:
    """Spans and texts of ``pattern``'s matches, found at the document's anchors."""
    text = doc.text
    for start, match in matches_at(text, anchors(doc), pattern, start_of):
        yield start, match.end(), snippet(text[start : match.end()])


def lone_lines(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, re.Match[str]]]:
    """The ``body`` span of ``pattern`` (which starts with a newline) on every line."""
    first_end = text.find("\n")
    first = pattern.match("\n" + (text if first_end < 0 else text[:first_end]))
    if first:
        yield first.start("body") - 1, first.end("body") - 1, first
    for match in pattern.finditer(text):
        yield match.start("body"), match.end("body"), match


def snippet(text: str, limit: int = 30) -> str:
    """The text, white space collapsed, shortened for a message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


Span = tuple[int, int, str]


def once_per_page(doc: Document, spans: Sequence[Span]) -> Iterator[Span]:
    """``spans`` without the repeats of a running header or footer on later pages.

    In a paged document (a PDF: parts labelled ``page N``), residue printed
    on every page (a site's notice in the running header) is one problem:
    a span whose text already stood on an earlier page is left out.
    """
    if not spans or not any(label.startswith("page ") for _, label in doc.parts):
        yield from spans
        return
    text = doc.text
    seen: dict[str, str | None] = {}
    for span in spans:
        key = " ".join(text[span[0] : span[1]].split())
        page = doc.part_at(span[0])
        first = seen.setdefault(key, page)
        if first == page:
            yield span
