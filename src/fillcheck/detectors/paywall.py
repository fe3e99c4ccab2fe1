"""FC2xx: paywall markers and document-sharing-site residue left in the text.

Text copied from a paid CMS article or a document-sharing site (百度文库,
原创力文档/book118, 人人文库, 道客巴巴, 豆丁, 淘豆网, 360文库 ...) carries the
site's machinery with it: paid-content tags, "还剩N页未读" prompts, download
coupons, truncation notes, upload notices and page counters.

Speed: each rule makes one pass over the text with a pattern whose first
character comes from a small set of literals, so ``re`` skips ahead in C;
patterns that must start on a line begin with a literal newline for the same
reason. The three marker rules share one scan (see :func:`_markers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..document import Document
from ..finding import Category, Hit, Severity
from ..patterns import char_after, char_before, is_han
from ..registry import register

# ---------------------------------------------------------------------------
# FC201-FC203: CMS paid-content markers
# ---------------------------------------------------------------------------

# `##paidbegin##`, `$$paidend$$`, `## pagebreak ##`, `＃＃PAIDBEGIN＃＃`, `<paid>`, `</ paid >`.
MARKER = re.compile(
    r"(?:##|\$\$|＃＃|＄＄)[ \t\u3000]*"
    r"(?P<word>(?i:paid[ \t]*(?:begin|end)|page[ \t]*break))"
    r"[ \t\u3000]*(?:##|\$\$|＃＃|＄＄)"
    r"|<[ \t]*(?P<close>/)?[ \t]*(?i:paid)[ \t]*>"
)

_BEGIN, _END, _BREAK = "begin", "end", "break"
_CONTEXT = 6  # characters of context shown on each side of a splitting marker


@dataclass(frozen=True)
class _Marker:
    start: int
    end: int
    kind: str  # _BEGIN, _END or _BREAK
    code: str  # the one rule that reports it: FC201, FC202 or FC203


# The last text scanned and its markers: the three marker rules run one after
# another on the same text, and this lets them share one scan. Holding the
# last text alive is the price; the results are the same with or without it.
_last_scan: tuple[str, tuple[_Marker, ...]] | None = None


def _marker_kind(match: re.Match[str]) -> str:
    word = match.group("word")
    if word is None:
        return _END if match.group("close") else _BEGIN
    word = word.lower()
    if word.startswith("page"):
        return _BREAK
    return _END if word.endswith("end") else _BEGIN


def _unpaired(kinds: list[str]) -> set[int]:
    """Indexes of begins never closed and ends never opened, pairing like brackets."""
    open_begins: list[int] = []
    unpaired: set[int] = set()
    for index, kind in enumerate(kinds):
        if kind == _BEGIN:
            open_begins.append(index)
        elif kind == _END:
            if open_begins:
                open_begins.pop()
            else:
                unpaired.add(index)
    return unpaired | set(open_begins)


def _markers(text: str) -> tuple[_Marker, ...]:
    """Every marker in ``text``, each assigned to the most specific rule that applies."""
    global _last_scan
    if _last_scan is not None and _last_scan[0] is text:
        return _last_scan[1]
    matches = list(MARKER.finditer(text))
    kinds = [_marker_kind(m) for m in matches]
    unpaired = _unpaired(kinds)
    result = []
    for index, (match, kind) in enumerate(zip(matches, kinds)):
        start, end = match.span()
        if is_han(char_before(text, start)) and is_han(char_after(text, end)):
            code = "FC203"
        elif index in unpaired:
            code = "FC202"
        else:
            code = "FC201"
        result.append(_Marker(start, end, kind, code))
    _last_scan = (text, tuple(result))
    return _last_scan[1]


def _context_around(text: str, start: int, end: int) -> str:
    """Up to a few characters either side of a span, without it, on its own line."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    hi = text.find("\n", end, end + _CONTEXT)
    hi = end + _CONTEXT if hi < 0 else hi
    return text[lo:start] + text[end:hi]


@register("FC201", "paywall-marker", Category.PAYWALL, Severity.ERROR)
def paywall_marker(doc: Document) -> Iterator[Hit]:
    """Finds CMS paid-content and page-break markers left in the text.

    ## What it does
    Flags `##paidbegin##`, `##paidend##`, `$$paidbegin$$`, `$$paidend$$`,
    `##pagebreak##`, `<paid>` and `</paid>` (any letter case, stray spaces
    allowed) that are paired and do not split a word. Markers that split a
    word are reported by FC203, unpaired ones by FC202.

    ## Why is this bad?
    Content-management systems use these tags to mark where the paid part of
    an article begins and ends, or where a page break goes. Text copied from
    the editor or from a scrape keeps them, and they show up verbatim in the
    handed-in document, telling the reader where the text came from.

    ## Example
    Bad: ##paidbegin##压实各基层党组织书记抓基层党建的责任。##paidend##
    Good: 压实各基层党组织书记抓基层党建的责任。
    """
    text = doc.text
    for marker in _markers(text):
        if marker.code != "FC201":
            continue
        tag = text[marker.start : marker.end]
        what = "CMS page-break marker" if marker.kind == _BREAK else "paywall marker"
        yield Hit(marker.start, marker.end, f"{what} `{tag}` left in the text", "delete the marker")


@register("FC202", "unpaired-paywall-marker", Category.PAYWALL, Severity.ERROR)
def unpaired_paywall_marker(doc: Document) -> Iterator[Hit]:
    """Finds a paid-content begin marker with no end, or an end with no begin.

    ## What it does
    Pairs `##paidbegin##`/`$$paidbegin$$`/`<paid>` with the next
    `##paidend##`/`$$paidend$$`/`</paid>` the way brackets pair, and flags a
    begin that is never closed and an end that was never opened (unless the
    marker splits a word, which FC203 reports).

    ## Why is this bad?
    Besides being residue like any marker, a lone half shows that the text was
    cut or pasted together: the paid part after a lone begin marker is often
    missing, and a lone end marker means the beginning came from elsewhere.

    ## Example
    Bad: 压实各基层党组织书记抓基层党建的责任。##paidbegin##
    Good: 压实各基层党组织书记抓基层党建的责任。
    """
    text = doc.text
    for marker in _markers(text):
        if marker.code != "FC202":
            continue
        tag = text[marker.start : marker.end]
        if marker.kind == _BEGIN:
            message = f"paywall marker `{tag}` opens a paid section that is never closed"
        else:
            message = f"paywall marker `{tag}` closes a paid section that was never opened"
        yield Hit(
            marker.start,
            marker.end,
            f"{message}; text may be missing here",
            "delete the marker and check the text around it is complete",
        )


@register("FC203", "paywall-marker-splits-word", Category.PAYWALL, Severity.ERROR)
def paywall_marker_splits_word(doc: Document) -> Iterator[Hit]:
    """Finds a paywall or page-break marker sitting between two Chinese characters.

    ## What it does
    Flags a CMS marker (`##paidbegin##`, `##paidend##`, `$$paidbegin$$`,
    `$$paidend$$`, `##pagebreak##`, `<paid>`, `</paid>`) with a Han character
    directly on both sides, such as `深##paidbegin##入`, and names the two
    characters it separates.

    ## Why is this bad?
    The CMS cut the article at a character count, so the marker lands in the
    middle of a sentence or a word. Besides the marker showing, spell checkers
    and search no longer see the word, and deleting the marker together with
    the characters around it is an easy mistake.

    ## Example
    Bad: 督导各支部深##paidbegin##入开展党员干部“担使命、践承诺”活动。
    Good: 督导各支部深入开展党员干部“担使命、践承诺”活动。
    """
    text = doc.text
    for marker in _markers(text):
        if marker.code != "FC203":
            continue
        tag = text[marker.start : marker.end]
        pair = text[marker.start - 1] + text[marker.end]
        context = _context_around(text, marker.start, marker.end)
        yield Hit(
            marker.start,
            marker.end,
            f"paywall marker `{tag}` splits {pair} (…{context}…)",
            f"delete the marker so that {pair} reads as one",
        )


# ---------------------------------------------------------------------------
# Shared helpers for the boilerplate rules
# ---------------------------------------------------------------------------

_SNIPPET = 30  # longest quotation of the offending text in a message


def _snippet(text: str) -> str:
    """The text, whitespace collapsed, shortened for a message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


def _extend_left(text: str, start: int, left: re.Pattern[str], window: int = 24) -> int:
    """Move ``start`` left over what ``left`` (a pattern ending in ``\\Z``) matches before it."""
    match = left.search(text, max(0, start - window), start)
    return match.start() if match else start


def _lone_lines(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` (which starts with a literal newline) on every line.

    Starting the pattern with ``\\n`` lets ``re`` jump from line to line; the
    first line, which has no newline before it, is matched with one prepended.
    Callers use the ``body`` group, whose offsets are exact for all lines but
    the first (see :func:`_body_span`).
    """
    first_end = text.find("\n")
    first = pattern.match("\n" + (text if first_end < 0 else text[:first_end]))
    if first:
        yield first
    yield from pattern.finditer(text)


def _body_span(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The offsets of the ``body`` group in ``text``, undoing the first line's prepended newline."""
    start, end = match.span("body")
    if match.string is not text:
        return start - 1, end - 1
    return start, end


# Horizontal white space, including the ideographic space.
_SP = r"[ \t\u3000]*"
# The end of a line: optional trailing spaces, then a newline or the end of the text.
_EOL = r"(?=[ \t\u3000\r]*(?:\n|\Z))"


# ---------------------------------------------------------------------------
# FC204: the notice shown instead of paid content
# ---------------------------------------------------------------------------

# `内容已经隐藏，点击付费后查看` and `内容已经隐藏` (FastAdmin CMS), `内容已隐藏，请购买后阅读`;
# `本帖隐藏的内容需要回复才可以浏览`, `如果您要查看本帖隐藏内容请回复`,
# `本主题需向作者支付 5 金钱 才能浏览` (Discuz! forums); `以下内容需付费阅读`,
# `剩余内容需要登录后查看`, `本文为付费内容`, `购买后可阅读全文`.
HIDDEN_NOTICE = re.compile(
    r"内容已经?隐藏(?P<pay>[，,]?\s*(?:请|点击|请点击)?(?:付费|购买|登录|回复)后?"
    r"(?:查看|阅读|可见|浏览))?"
    r"|本帖隐藏的内容需要回复才可以浏览"
    r"|如果您要查看本帖隐藏内容请\s*回复"
    r"|本主题需向作者支付[^\n。]{0,12}?才能浏览"
    r"|(?:以下|剩余|剩下的|全部|完整|更多)内容(?:需要?|请)先?(?:付费|购买|开通会员|登录)后?"
    r"(?:才能|即可|可)?(?:阅读|查看|可见|浏览)"
    r"|(?:本文|本篇|此文|该内容|本内容|以下)[为是]付费内容"
    r"|(?:付费|购买|解锁)后(?:即可|可)?(?:阅读|查看)(?:全文|完整内容|剩余内容|完整版)"
)
# A bare `内容已经隐藏` counts only as the whole line: in prose, 部分内容已隐藏 is ordinary.
_BARE_LINE = re.compile(r"[ \t\u3000\r（(【\[]*\Z")
_BARE_LINE_END = re.compile(r"[ \t\u3000\r）)】\]。.]*(?:\n|\Z)")


def _is_whole_line(text: str, start: int, end: int) -> bool:
    """True when only spaces and brackets stand around ``start:end`` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_BARE_LINE.match(text, line_start, start)) and bool(
        _BARE_LINE_END.match(text, end)
    )


@register("FC204", "paywall-hidden-notice", Category.PAYWALL, Severity.WARNING)
def paywall_hidden_notice(doc: Document) -> Iterator[Hit]:
    """Finds the notice a non-paying reader sees in place of hidden content.

    ## What it does
    Flags paywall notices copied with the text: `内容已经隐藏，点击付费后查看`,
    `以下内容需付费阅读`, `本文为付费内容`, `购买后可阅读全文`, and the forum
    notices `本帖隐藏的内容需要回复才可以浏览` and `本主题需向作者支付…才能浏览`.

    ## Why is this bad?
    The notice stands where content was withheld: the document is missing
    that part, and the notice shows where the text was copied from. It is a
    warning because the notice itself is harmless text; what matters is the
    missing content behind it.

    ## Example
    Bad: 二、存在的问题及原因 内容已经隐藏，点击付费后查看
    Good: 涉及个人隐私的部分内容已隐藏处理，不影响统计结果。
    """
    text = doc.text
    for match in HIDDEN_NOTICE.finditer(text):
        start, end = match.span()
        if text.startswith("内容", start) and match.group("pay") is None:
            if not _is_whole_line(text, start, end):
                continue
        yield Hit(
            start,
            end,
            f"paywall notice “{_snippet(match.group())}” stands in for hidden content",
            "replace the notice with the full text from the original source",
        )


# ---------------------------------------------------------------------------
# FC205: "N pages left unread, read on" prompts
# ---------------------------------------------------------------------------

# `还剩3页未读，继续阅读` (百度文库), `还剩\n 15页未读，继续阅读`, `还剩61页未读 继续免费阅读`
# (人人文库), `還剩102頁未讀 繼續免費閱讀`, `继续免费阅读`, `展开阅读全文`, `点击查看更多>>`.
UNREAD_PROMPT = re.compile(
    r"[还還]剩\s*\d+\s*[页頁]未[读讀](?:\s*[，,。.]?\s*[继繼][续續](?:免[费費])?[阅閱][读讀])?"
    r"|[继繼][续續]免[费費][阅閱][读讀]"
    r"|展开阅读全文"
    r"|点击查看更多\s*(?:>>|》|»|>)"
)
# What may precede the prompt on the same site: `已阅读5页,` / `已閱讀5頁,`.
_READ_SO_FAR = re.compile(r"已[阅閱][读讀]\s*\d+\s*[页頁]\s*[，,]?\s*\Z")


@register("FC205", "unread-pages-prompt", Category.PAYWALL, Severity.WARNING)
def unread_pages_prompt(doc: Document) -> Iterator[Hit]:
    """Finds "N pages left unread, read on" prompts of document-sharing sites.

    ## What it does
    Flags `还剩3页未读，继续阅读` (百度文库), `已阅读5页,还剩61页未读 继续免费阅读`
    (人人文库), their traditional-character forms, `展开阅读全文` and
    `点击查看更多>>`. A plain 继续阅读 in prose is not flagged.

    ## Why is this bad?
    The prompt is where the site stopped showing the document: the pages after
    it were never copied, so the text is incomplete, and the prompt itself
    shows it was copied from a sharing site.

    ## Example
    Bad: 严格执行领导干部双重组织生活制度。还剩3页未读，继续阅读
    Good: 要继续阅读经典著作，读原著、学原文、悟原理。
    """
    text = doc.text
    for match in UNREAD_PROMPT.finditer(text):
        start = _extend_left(text, match.start(), _READ_SO_FAR)
        yield Hit(
            start,
            match.end(),
            f"sharing-site prompt “{_snippet(text[start : match.end()])}”: "
            "the pages after it were not copied",
            "delete the prompt and add the missing pages from the full document",
        )
