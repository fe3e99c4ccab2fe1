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


# ---------------------------------------------------------------------------
# FC206: download prompts and download-coupon counters
# ---------------------------------------------------------------------------

# `下载文档到电脑，查找使用更方便` and `2下载券  42人已下载` (百度文库), `需要1下载券`,
# `下载积分:8金币`, `下载资源需要8金币`, `游客一键下载`, `会员登录下载`, `加入VIP免费专享`
# (三一办公, 冰点文库), `阅读已结束，下载本文需要使用2下载券`.
DOWNLOAD_PROMPT = re.compile(
    r"下载文档到电脑[，,]?\s*查找使用更方便"
    r"|阅读已结束[，,]?\s*(?:如果)?下载本文需要使用\s*\d+\s*下载券"
    r"|(?P<coupon>下载券)(?:\s*\d+\s*人已下载)?"
    r"|(?P<downloads>人已下载)"
    r"|下载积分[:：]\s*\d+(?:\.\d+)?\s*(?:金币|积分)?"
    r"|下载资源需要\s*\d+(?:\.\d+)?\s*(?:金币|积分|下载券)?"
    r"|(?:游客一键|会员登录|三方登录|账号登录|微信登录)下载"
    r"|加入VIP[，,]?\s*免费(?:下载|专享)"
)
# The number before a coupon: `2下载券`, `需要 1 下载券`, `使用0.5下载券`.
_COUPON_PRICE = re.compile(r"(?:(?:需要|使用|消耗)\s*)?\d+(?:\.\d+)?\s*\Z")
# The number before `人已下载`: `42人已下载`.
_DOWNLOAD_COUNT = re.compile(r"\d+\s*\Z")
# Download buttons left on a line of their own: `下载本文档` (人人文库), `合集下载` (360文库).
DOWNLOAD_BUTTON = re.compile(
    r"\n" + _SP + r"(?P<body>下载本文档|下载此文档|合集下载|立即下载|免费下载)" + _EOL
)


def _download_spans(text: str) -> Iterator[tuple[int, int]]:
    for match in DOWNLOAD_PROMPT.finditer(text):
        start = match.start()
        if match.group("coupon") or match.group("downloads"):
            left = _COUPON_PRICE if match.group("coupon") else _DOWNLOAD_COUNT
            start = _extend_left(text, start, left)
            if start == match.start():
                continue  # 下载券 or 人已下载 without a number is prose about them
        yield start, match.end()
    for match in _lone_lines(text, DOWNLOAD_BUTTON):
        yield _body_span(text, match)


@register("FC206", "download-prompt", Category.PAYWALL, Severity.WARNING)
def download_prompt(doc: Document) -> Iterator[Hit]:
    """Finds download prompts and download-coupon counters of document-sharing sites.

    ## What it does
    Flags `下载文档到电脑，查找使用更方便`, coupon prices and download counts
    (`2下载券 42人已下载`, `需要1下载券`), `下载积分:8金币`, `下载资源需要8金币`,
    login-to-download buttons, and buttons such as `下载本文档` or `合集下载`
    standing on a line of their own. The word 下载 in prose is not flagged.

    ## Why is this bad?
    These are the buttons and price tags of the site the text was copied from;
    they mean nothing in the document and show where it came from.

    ## Example
    Bad: 下载文档到电脑，查找使用更方便
    Good: 引导党员下载安装学习强国APP，每日学习不少于30分钟。
    """
    text = doc.text
    for start, end in sorted(_download_spans(text)):
        yield Hit(
            start,
            end,
            f"download prompt “{_snippet(text[start:end])}” of a document-sharing site",
            "delete the prompt",
        )


# ---------------------------------------------------------------------------
# FC207: truncation notes
# ---------------------------------------------------------------------------

# `全文共3265字，当前显示1000字`, `此处隐藏：3125字，全部文档内容请下载后查看。喜欢就下载吧 ……`,
# `试读结束`, `免费预览已结束`, `预览已结束，查看全部内容需要下载哦～`,
# `到这已超出免费预览范围，如果喜欢就直接下载吧~` (原创力文档), `点击查看余下全文`.
TRUNCATION_NOTE = re.compile(
    r"全文共\s*\d+\s*字[，,]?\s*当前仅?显示\s*\d+\s*字"
    r"|此处已?隐藏[:：]?\s*\d+\s*字(?:[，,]?\s*全部文档内容请下载后查看[。.]?"
    r"(?:\s*喜欢就下载吧[ \t…．.]*)?)?"
    r"|试读结束(?!后|时|之后)"
    r"|免费预览已?结束"
    r"|预览已?结束[，,！!~～。]?\s*[^\n。]{0,10}?下载[吧哦呀～~！!]*"
    r"|超出免费预览范围(?:[，,]?\s*如果喜欢就(?:直接)?下载吧[~～！!]*)?"
    r"|(?:点击)?查看余下全文|余下全文"
)
# What book118 puts before its note: `亲，该文档总共32页，到这已`.
_PREVIEW_LEAD = re.compile(r"(?:亲[，,]\s*)?(?:该文档总共\s*\d+\s*页[，,]\s*)?到这[儿里]?已?\Z")


@register("FC207", "truncation-note", Category.PAYWALL, Severity.WARNING)
def truncation_note(doc: Document) -> Iterator[Hit]:
    """Finds notes saying the text was cut short (全文共N字，当前显示M字, 试读结束).

    ## What it does
    Flags `全文共3265字，当前显示1000字`, `此处隐藏：3125字`, `试读结束`,
    `免费预览已结束`, `预览已结束，查看全部内容需要下载哦`, `已超出免费预览范围`
    (原创力文档) and `查看余下全文`. A real word count such as `全文共8000字`
    on its own is not flagged.

    ## Why is this bad?
    The site showed only part of the document and said so; whatever came after
    the note is missing from the copy. The note is a warning rather than an
    error because the missing text, not the note, is the real problem.

    ## Example
    Bad: 全文共3265字，当前显示1000字。
    Good: 本报告全文共8000字，分为三个部分。
    """
    text = doc.text
    for match in TRUNCATION_NOTE.finditer(text):
        start = match.start()
        if text.startswith("超出", start):
            start = _extend_left(text, start, _PREVIEW_LEAD)
        yield Hit(
            start,
            match.end(),
            f"truncation note “{_snippet(text[start : match.end()])}”: "
            "the text after it is missing",
            "delete the note and add the missing text from the full document",
        )


# ---------------------------------------------------------------------------
# FC208: upload and copyright notices of sharing sites
# ---------------------------------------------------------------------------

# The rest of a notice's sentence, up to its full stop or the end of the line.
_TAIL = r"[^\n。！!]{0,60}[。！!]?"
# `版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领` (人人文库),
# `人人文库网所有资源均是用户自行上传分享，仅供网友学习交流…`, `《X》由会员分享,可在线阅读…` (淘文阁),
# `下载文档前请自行甄别文档内容的完整性…`, `"仅部分预览"的文档…`, `如文档侵犯您的权益,请联系客服反馈…`
# (360文库), `本站资源下载后的文档和图纸-无水印…`, `本站不支持迅雷下载…` (三一办公),
# `内容来自淘豆网www.taodocs.com转载请标明出处.`, `此文档下载收益归作者所有` (百度文库),
# `资料内容仅供您学习参考，如有不当或者侵权，请联系改正或者删除。`, `如有侵权请联系网站删除`,
# `上传人:xx 文档编号:4106200 上传时间:…`, `资源ID:3992402 资源大小:446.50KB …`,
# `（此文档为word格式，可任意修改编辑！）`, `word版本可编辑.欢迎下载支持.`
SITE_NOTICE = re.compile(
    r"(?:版权说明[:：]\s*)?本文档由用户提供并上传" + _TAIL
    + r"|若内容存在侵权[，,]\s*请进行举报或认领"
    + r"|(?:人人文库网?)?所有资源均是用户自行上传分享" + _TAIL
    + r"|由会员分享[，,]\s*可在线阅读" + _TAIL
    + r"|下载文档前请自行甄别文档内容的完整性" + _TAIL
    + r"|[“\"]?仅部分预览[”\"]?的文档" + _TAIL
    + r"|如文档侵犯您的权益" + _TAIL
    + r"|本站资源下载后的文档和图纸" + _TAIL
    + r"|本站不支持迅雷下载" + _TAIL
    + r"|试题试卷类文档[，,]\s*如果标题没有明确说明有答案" + _TAIL
    + r"|内容来自淘豆网" + _TAIL
    + r"|此文档下载收益归作者所有"
    + r"|资料内容仅供您?学习参考" + _TAIL
    + r"|(?P<rights>如有侵权[，,]?\s*请(?:及时)?联系(?:网站|本站|平台|作者|我们|客服|管理员)?删除[。！!]?)"
    + r"|(?P<meta>文档编号[:：]\s*\d+\s*上传时间[^\n]*)"
    + r"|资源ID[:：]\s*\d+\s*资源大小[^\n]*"
    + r"|[（(]?此文档为[Ww][Oo][Rr][Dd]格式[^\n）)]{0,20}[）)]?"
    + r"|[Ww][Oo][Rr][Dd]版本可编辑[^\n]{0,12}"
)
# What stands before some notices: `精品文档 仅供学习与交流，` / `本文档来源于网络，` before
# 如有侵权…; `上传人(卖家):xx ` before 文档编号; `《title》` before 由会员分享.
_RIGHTS_LEAD = re.compile(
    r"(?:(?:精品文档\s*)?仅供学习与交流[，,]?\s*|(?:本文档|本文|文档|资料)(?:来源于|来自)网络[，,]?\s*)\Z"
)
_META_LEAD = re.compile(r"上传人[^\n]{0,30}\Z")
_TITLE_LEAD = re.compile(r"《[^》\n]{1,60}》\Z")


def _notice_start(text: str, match: re.Match[str]) -> int:
    start = match.start()
    if match.group("rights"):
        return _extend_left(text, start, _RIGHTS_LEAD)
    if match.group("meta"):
        return _extend_left(text, start, _META_LEAD, window=40)
    if text.startswith("由会员分享", start):
        return _extend_left(text, start, _TITLE_LEAD, window=64)
    return start


@register("FC208", "sharing-site-notice", Category.PAYWALL, Severity.WARNING)
def sharing_site_notice(doc: Document) -> Iterator[Hit]:
    """Finds upload, copyright and takedown notices of document-sharing sites.

    ## What it does
    Flags the notices that sharing sites print around a document:
    `本文档由用户提供并上传，收益归属内容提供方…` and `所有资源均是用户自行上传分享`
    (人人文库), `由会员分享，可在线阅读` (淘文阁), `内容来自淘豆网…`,
    `此文档下载收益归作者所有` (百度文库), `下载文档前请自行甄别文档内容的完整性`
    (360文库), `资料内容仅供您学习参考…`, `如有侵权请联系网站删除`, upload metadata
    (`上传人… 文档编号… 上传时间…`, `资源ID… 资源大小…`) and template-site
    notes such as `（此文档为word格式，可任意修改编辑！）`.

    ## Why is this bad?
    The notice belongs to the site, not to the document: it tells every reader
    that the text was downloaded from a sharing site.

    ## Example
    Bad: 精品文档 仅供学习与交流，如有侵权请联系网站删除
    Good: 对侵犯群众权益的问题，发现一起、查处一起。
    """
    text = doc.text
    for match in SITE_NOTICE.finditer(text):
        start = _notice_start(text, match)
        yield Hit(
            start,
            match.end(),
            f"sharing-site notice “{_snippet(text[start : match.end()])}” copied with the text",
            "delete the notice",
        )


# ---------------------------------------------------------------------------
# FC209: page counters and page-thumbnail captions
# ---------------------------------------------------------------------------

# `第 3 页 共 10 页`, `第3页，共10页`, `第1页 / 共49页`, `共10页 第3页`, `第 3 頁 共 10 頁`.
PAGE_OF = re.compile(
    r"第" + _SP + r"(?P<n>\d{1,4})" + _SP + r"[页頁]" + _SP + r"[,，/／、]?" + _SP
    + r"共" + _SP + r"(?P<m>\d{1,4})" + _SP + r"[页頁]"
    + r"|共" + _SP + r"(?P<m2>\d{1,4})" + _SP + r"[页頁]" + _SP + r"[/／]?" + _SP
    + r"第" + _SP + r"(?P<n2>\d{1,4})" + _SP + r"[页頁]"
)
# A caption under a page thumbnail, ending its line: `接口详细设计文档资料.doc_第1页`.
THUMBNAIL_CAPTION = re.compile(r"[_＿]第(?P<n>\d{1,4})[页頁]" + _EOL)
# A counter alone on its line: `- 3 -`, `— 3 —`, `－3－`, `3 / 10`, `1/2页`, `Page 3 of 10`.
# `3/10` with no space and no 页 is left alone: alone on a line it may be a fraction.
LONE_COUNTER = re.compile(
    r"\n" + _SP + r"(?P<body>"
    + r"[-－—–―‒]{1,2}" + _SP + r"\d{1,4}" + _SP + r"[-－—–―‒]{1,2}"
    + r"|(?P<n>\d{1,4})(?:[ \t]+[/／]" + _SP + r"|[/／][ \t]+)(?P<m>\d{1,4})(?:" + _SP + r"[页頁])?"
    + r"|(?P<n3>\d{1,4})[/／](?P<m3>\d{1,4})" + _SP + r"[页頁]"
    + r"|[Pp]age[ \t]+(?P<n4>\d{1,4})[ \t]+of[ \t]+(?P<m4>\d{1,4})"
    + r")" + _EOL
)  # fmt: skip


def _counter_ok(match: re.Match[str], pairs: tuple[tuple[str, str], ...]) -> bool:
    """True unless the match names a page number greater than the page count."""
    for page, total in pairs:
        if match.group(page) is not None:
            return 1 <= int(match.group(page)) <= int(match.group(total))
    return True


def _counter_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for match in PAGE_OF.finditer(text):
        if _counter_ok(match, (("n", "m"), ("n2", "m2"))):
            yield match.start(), match.end(), "page counter"
    for match in THUMBNAIL_CAPTION.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        yield line_start, match.end(), "page-thumbnail caption"
    for match in _lone_lines(text, LONE_COUNTER):
        if _counter_ok(match, (("n", "m"), ("n3", "m3"), ("n4", "m4"))):
            start, end = _body_span(text, match)
            yield start, end, "page counter"


@register("FC209", "page-counter", Category.PAYWALL, Severity.WARNING)
def page_counter(doc: Document) -> Iterator[Hit]:
    """Finds page counters and page-thumbnail captions left in the body text.

    ## What it does
    Flags page counters from headers and footers (`第 3 页 共 10 页`,
    `第3页/共10页`, `共10页 第3页`), the page numbers `- 3 -`, `— 3 —`,
    `3 / 10` and `Page 3 of 10` standing alone on a line, and page-thumbnail
    captions of sharing sites (`标题.doc_第1页`). A page mentioned in prose
    (`详见第3页`) and an issue number (`2022年第3期`) are not flagged.

    ## Why is this bad?
    Converting a PDF or copying from a sharing site's page viewer pulls the
    page furniture into the text, where it interrupts sentences and no longer
    matches the document's own pages. It is a warning: the counter is noise,
    and it marks where headers and footers may have left more debris.

    ## Example
    Bad: 二是抓队伍，强化能力素质。第 3 页 共 10 页
    Good: 具体安排详见第3页，共10项任务。
    """
    text = doc.text
    for start, end, what in sorted(_counter_spans(text)):
        yield Hit(
            start,
            end,
            f"{what} “{_snippet(text[start:end])}” left in the body text",
            "delete it",
        )
