"""FC2xx: paywall markers and document-sharing-site residue left in the text.

Text copied from a paid CMS article or a document-sharing site (百度文库,
原创力文档/book118, 人人文库, 淘文阁, 淘豆网, 360文库, 三一办公 ...) carries the
site's machinery along: paid-content tags, "还剩N页未读" prompts, download
coupons, truncation notes, upload notices and page counters.

Speed: all rules share one pass over the text. Every pattern below begins with
one of the short literals in ``_TRIGGERS``; ``TRIGGER``, their alternation, has
only literal-led branches, so ``re`` skips ahead in C over text holding none of
their first characters. The pass records where a trigger starts, and each rule
then matches its own pattern at those positions only. Words that may stand
before an anchor (the number in ``2下载券``) are found by looking back a few
characters. Patterns for whole lines start with a literal newline instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..document import Document
from ..finding import Category, Hit, Severity
from ..patterns import char_after, char_before, is_han
from ..registry import register

# Horizontal white space, including the ideographic space.
_SP = r"[ \t\u3000]*"
# The end of a line: optional trailing spaces, then a newline or the end of the text.
_EOL = r"(?=[ \t\u3000\r]*(?:\n|\Z))"
# The rest of a notice's sentence, up to its full stop or the end of the line.
_TAIL = r"[^\n。！!]{0,60}[。！!]?"
_DELIM = "[#$＃＄]"

# `##paidbegin##`, `$$paidend$$`, `## pagebreak ##`, `＃＃PAIDBEGIN＃＃`, `<paid>`, `</ paid >`.
MARKER = re.compile(
    rf"{_DELIM}{{2}}{_SP}(?P<word>(?i:paid[ \t]*(?:begin|end)|page[ \t]*break)){_SP}{_DELIM}{{2}}"
    r"|<[ \t]*(?P<close>/)?[ \t]*(?i:paid)[ \t]*>"
)
# FC204. `内容已经隐藏，点击付费后查看`, bare `内容已经隐藏` (FastAdmin CMS); `本帖隐藏的内容需要回复
# 才可以浏览`, `如果您要查看本帖隐藏内容请回复`, `本主题需向作者支付 5 金钱 才能浏览` (Discuz!);
# `以下内容需付费阅读`, `剩余内容请登录后查看`, `本文为付费内容`, `购买后可阅读全文`.
HIDDEN_NOTICE = re.compile(
    r"内容已经?隐藏(?P<pay>[，,]?\s*(?:请|点击|请点击)?(?:付费|购买|登录|回复)后?(?:查看|阅读|可见|浏览))?"
    r"|本帖隐藏的内容需要回复才可以浏览|如果您要查看本帖隐藏内容请\s*回复"
    r"|本主题需向作者支付[^\n。]{0,12}?才能浏览"
    r"|(?P<rest>内容(?:需要?|请)先?(?:付费|购买|开通会员|登录)后?(?:才能|即可|可)?(?:阅读|查看|浏览))"
    r"|(?P<paid>付费内容)"
    r"|(?:付费|购买|解锁)后(?:即可|可)?(?:阅读|查看)(?:全文|完整内容|剩余内容|完整版)"
)
_REST_LEAD = re.compile(r"(?:以下|剩余|剩下的|全部|完整|更多)\Z")
_PAID_LEAD = re.compile(r"(?:本文|本篇|此文|该内容|本内容|以下)[为是]\Z")
# FC205. `还剩3页未读，继续阅读` (百度文库), `已阅读5页,还剩61页未读 继续免费阅读` (人人文库),
# `還剩102頁未讀 繼續免費閱讀`, `展开阅读全文`, `点击查看更多>>`.
UNREAD_PROMPT = re.compile(
    r"[还還]剩\s*\d+\s*[页頁]未[读讀](?:\s*[，,。.]?\s*[继繼][续續](?:免[费費])?[阅閱][读讀])?"
    r"|[继繼][续續]免[费費][阅閱][读讀]|展开阅读全文|点击查看更多\s*(?:>>|》|»|>)"
)
_READ_SO_FAR = re.compile(r"已[阅閱][读讀]\s*\d+\s*[页頁]\s*[，,]?\s*\Z")
# FC206. `下载文档到电脑，查找使用更方便`, `2下载券  42人已下载` (百度文库), `需要1下载券`,
# `阅读已结束，下载本文需要使用2下载券`, `下载积分:8金币`, `下载资源需要8金币`, `游客一键下载`,
# `会员登录下载`, `加入VIP免费专享` (三一办公, 冰点文库).
DOWNLOAD_PROMPT = re.compile(
    r"下载文档到电脑[，,]?\s*查找使用更方便"
    r"|阅读已结束[，,]?\s*(?:如果)?下载本文需要使用\s*\d+\s*下载券"
    r"|(?P<coupon>下载券)(?:\s*\d+\s*人已下载)?|(?P<count>人已下载)"
    r"|下载积分[:：]\s*\d+(?:\.\d+)?\s*(?:金币|积分)?"
    r"|下载资源需要\s*\d+(?:\.\d+)?\s*(?:金币|积分|下载券)?"
    r"|(?:游客一键|会员登录|三方登录|账号登录|微信登录)下载|加入VIP[，,]?\s*免费(?:下载|专享)"
)
_PRICE_LEAD = re.compile(r"(?:(?:需要|使用|消耗)\s*)?\d+(?:\.\d+)?\s*\Z")
_COUNT_LEAD = re.compile(r"\d+\s*\Z")
# Download buttons on a line of their own: `下载本文档` (人人文库), `合集下载` (360文库).
DOWNLOAD_BUTTON = re.compile(
    rf"\n{_SP}(?P<body>下载本文档|下载此文档|合集下载|立即下载|免费下载){_EOL}"
)
# FC207. `全文共3265字，当前显示1000字`, `此处隐藏：3125字，全部文档内容请下载后查看。喜欢就下载吧`,
# `试读结束`, `免费预览已结束`, `预览已结束，查看全部内容需要下载哦～`,
# `亲，该文档总共32页，到这已超出免费预览范围，如果喜欢就直接下载吧~` (原创力文档), `点击查看余下全文`.
TRUNCATION_NOTE = re.compile(
    r"全文共\s*\d+\s*字[，,]?\s*当前仅?显示\s*\d+\s*字"
    r"|此处已?隐藏[:：]?\s*\d+\s*字(?:[，,]?\s*全部文档内容请下载后查看[。.]?(?:\s*喜欢就下载吧)?)?"
    r"|试读结束(?!后|时|之后)|免费预览已?结束"
    r"|预览已?结束[，,！!~～。]?\s*[^\n。]{0,10}?下载[吧哦呀～~！!]*"
    r"|(?P<lead>超出免费预览范围)(?:[，,]?\s*如果喜欢就(?:直接)?下载吧[~～！!]*)?"
    r"|(?P<rest>余下全文)"
)
_PREVIEW_LEAD = re.compile(r"(?:亲[，,]\s*)?(?:该文档总共\s*\d+\s*页[，,]\s*)?到这[儿里]?已?\Z")
_REST_OF_TEXT_LEAD = re.compile(r"(?:点击)?查看\Z")
# FC208. `版权说明:本文档由用户提供并上传,收益归属内容提供方,…请进行举报或认领`, `人人文库网所有
# 资源均是用户自行上传分享…` (人人文库), `《X》由会员分享,可在线阅读…` (淘文阁), `下载文档前请自行
# 甄别文档内容的完整性…`, `"仅部分预览"的文档…`, `如文档侵犯您的权益…` (360文库), `本站资源下载
# 后的文档和图纸-无水印…`, `本站不支持迅雷下载…`, `试题试卷类文档，如果标题没有明确说明有答案…`
# (三一办公), `内容来自淘豆网www.taodocs.com…`, `此文档下载收益归作者所有` (百度文库),
# `资料内容仅供您学习参考…`, `精品文档 仅供学习与交流，如有侵权请联系网站删除`,
# `上传人:xx 文档编号:4106200 上传时间:…`, `资源ID:3992402 资源大小:…`,
# `（此文档为word格式，可任意修改编辑！）`, `word版本可编辑.欢迎下载支持.`
SITE_NOTICE = re.compile(
    rf"(?P<copyright>本文档由用户提供并上传){_TAIL}|若内容存在侵权[，,]\s*请进行举报或认领"
    rf"|(?P<renren>所有资源均是用户自行上传分享){_TAIL}|(?P<member>由会员分享)[，,]\s*可在线阅读{_TAIL}"
    rf"|下载文档前请自行甄别文档内容的完整性{_TAIL}|(?P<partial>仅部分预览)[”\"]?的文档{_TAIL}"
    rf"|如文档侵犯您的权益{_TAIL}|本站资源下载后的文档和图纸{_TAIL}|本站不支持迅雷下载{_TAIL}"
    rf"|试题试卷类文档[，,]\s*如果标题没有明确说明有答案{_TAIL}|内容来自淘豆网{_TAIL}"
    rf"|此文档下载收益归作者所有|资料内容仅供您?学习参考{_TAIL}"
    r"|(?P<rights>[如若]有侵权[，,]?\s*请(?:及时)?(?:联系|告知|通知)[^\n。]{0,8}?删除[。！!]?)"
    r"|(?P<meta>文档编号[:：]\s*\d+\s*上传时间[^\n]*)|资源ID[:：]\s*\d+\s*资源大小[^\n]*"
    r"|(?P<word>此文档为(?i:word)格式[^\n）)]{0,20}[）)]?)|(?i:word)版本可编辑[^\n]{0,12}"
)
_SITE_LEADS = {
    "copyright": re.compile(r"版权说明[:：]\s*\Z"),
    "renren": re.compile(r"人人文库网?\Z"),
    "member": re.compile(r"《[^》\n]{1,60}》\Z"),
    "partial": re.compile(r"[“\"]\Z"),
    "rights": re.compile(
        r"(?:(?:精品文档\s*)?仅供学习与交流[，,]?\s*|(?:本文档|本文|文档|资料)(?:来源于|来自)网络[，,]?\s*)\Z"
    ),
    "meta": re.compile(r"上传人[^\n]{0,30}\Z"),
    "word": re.compile(r"[（(]\Z"),
}
# FC209. `第 3 页 共 10 页`, `第3页，共10页`, `第1页 / 共49页`, `共10页 第3页`, `第 3 頁 共 10 頁`.
# Found from its first 页, the rarest character in it (see `_page_counters`).
PAGE_OF = re.compile(
    rf"第{_SP}(?P<n>\d{{1,4}}){_SP}[页頁]{_SP}[,，/／、]?{_SP}共{_SP}(?P<m>\d{{1,4}}){_SP}[页頁]"
    rf"|共{_SP}(?P<m2>\d{{1,4}}){_SP}[页頁]{_SP}[/／]?{_SP}第{_SP}(?P<n2>\d{{1,4}}){_SP}[页頁]"
)
# A caption under a page thumbnail, ending its line: `接口详细设计文档资料.doc_第1页` (淘文阁).
THUMBNAIL_CAPTION = re.compile(rf"[_＿]第\d{{1,4}}[页頁]{_EOL}")
# A counter alone on its line: `- 3 -`, `— 3 —`, `－3－`, `3 / 10`, `1/2页`, `Page 3 of 10`.
# `3/10` with no space and no 页 is left alone: alone on a line it may be a fraction.
LONE_COUNTER = re.compile(
    rf"\n{_SP}(?P<body>[-－—–―‒]{{1,2}}{_SP}\d{{1,4}}{_SP}[-－—–―‒]{{1,2}}"
    rf"|(?P<n>\d{{1,4}})(?:[ \t]+[/／]{_SP}|[/／][ \t]+)(?P<m>\d{{1,4}})(?:{_SP}[页頁])?"
    rf"|(?P<n3>\d{{1,4}})[/／](?P<m3>\d{{1,4}}){_SP}[页頁]"
    r"|[Pp]age[ \t]+(?P<n4>\d{1,4})[ \t]+of[ \t]+(?P<m4>\d{1,4})"
    rf"){_EOL}"
)

# The literal each match of the patterns above starts with (PAGE_OF: its 页).
_TRIGGERS = (
    *("##", "$$", "＃＃", "＄＄", "<pa", "<PA", "<Pa", "</pa", "</PA", "</Pa", "< ", "</ "),
    *("内容已", "本帖隐藏", "如果您要查看本帖", "本主题需向", "内容需", "内容请", "付费内容"),
    *("付费后", "购买后", "解锁后", "还剩", "還剩", "继续免费", "繼續免費", "展开阅读全文"),
    *("点击查看更多", "下载文档到电脑", "阅读已结束", "下载券", "人已下载", "下载积分", "下载资源需要"),
    *("游客一键", "会员登录下载", "三方登录下载", "账号登录下载", "微信登录下载", "加入VIP"),
    *("全文共", "此处隐藏", "此处已隐藏", "试读结束", "免费预览", "预览结束", "预览已结束"),
    *("超出免费预览", "余下全文", "本文档由用户", "若内容存在侵权", "所有资源均是", "由会员分享"),
    *("下载文档前", "仅部分预览", "如文档侵犯", "本站资源下载后", "本站不支持迅雷", "试题试卷类文档"),
    *("内容来自淘豆网", "此文档下载收益", "资料内容仅供", "如有侵权", "若有侵权", "文档编号"),
    *("资源ID", "此文档为", "word版本", "Word版本", "WORD版本", "_第", "＿第", "页", "頁"),
)
TRIGGER = re.compile("|".join(map(re.escape, sorted(_TRIGGERS, key=len, reverse=True))))

_BEGIN, _END, _BREAK = "begin", "end", "break"


@dataclass(frozen=True)
class _Marker:
    start: int
    end: int
    kind: str  # _BEGIN, _END or _BREAK
    code: str  # the one rule that reports it: FC201, FC202 or FC203


@dataclass(frozen=True)
class _Scan:
    positions: tuple[int, ...]  # where a trigger starts, ascending; overlapping ones too
    markers: tuple[_Marker, ...]


# The last text scanned: the rules run one after another on the same text and
# share its scan. Keeping the last text alive is the price; results are the
# same with or without this cache.
_last_scan: tuple[str, _Scan] | None = None


def _scan(text: str) -> _Scan:
    """Where the triggers occur in ``text``, and its classified markers."""
    global _last_scan
    if _last_scan is not None and _last_scan[0] is text:
        return _last_scan[1]
    positions = []
    match = TRIGGER.search(text)
    while match:
        positions.append(match.start())
        match = TRIGGER.search(text, match.start() + 1)
    markers = [match for _, match in _matches(text, positions, MARKER)]
    scan = _Scan(tuple(positions), _classify(text, markers))
    _last_scan = (text, scan)
    return scan


StartOf = Callable[[str, re.Match[str]], "int | None"]


def _matches(
    text: str, positions: Sequence[int], pattern: re.Pattern[str], start_of: StartOf | None = None
) -> Iterator[tuple[int, re.Match[str]]]:
    """Matches of ``pattern`` at ``positions``, left to right, never overlapping.

    ``start_of`` may move a match's start left over words before its anchor,
    or reject the match by returning None.
    """
    last = 0
    for pos in positions:
        if pos < last or not (match := pattern.match(text, pos)):
            continue
        start = pos if start_of is None else start_of(text, match)
        if start is not None:
            last = match.end()
            yield start, match


def _find(
    text: str, pattern: re.Pattern[str], start_of: StartOf | None = None
) -> Iterator[tuple[int, re.Match[str]]]:
    """Matches of ``pattern`` in ``text`` (see :func:`_matches`), using the shared scan."""
    return _matches(text, _scan(text).positions, pattern, start_of)


def _extend_left(text: str, start: int, lead: re.Pattern[str], window: int = 64) -> int:
    """Move ``start`` left over what ``lead`` (a pattern ending in ``\\Z``) matches before it."""
    match = lead.search(text, max(0, start - window), start)
    return match.start() if match else start


def _lone_lines(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, re.Match[str]]]:
    """The ``body`` span of ``pattern`` (which starts with a newline) on every line."""
    first_end = text.find("\n")
    first = pattern.match("\n" + (text if first_end < 0 else text[:first_end]))
    if first:
        yield first.start("body") - 1, first.end("body") - 1, first
    for match in pattern.finditer(text):
        yield match.start("body"), match.end("body"), match


def _snippet(text: str, limit: int = 30) -> str:
    """The text, white space collapsed, shortened for a message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _required(lead: re.Pattern[str]) -> StartOf:
    """A ``start_of`` that accepts a match only when ``lead`` stands right before it."""

    def start_of(text: str, match: re.Match[str]) -> int | None:
        start = _extend_left(text, match.start(), lead)
        return start if start < match.start() else None

    return start_of


# ---------------------------------------------------------------------------
# FC201-FC203: CMS paid-content markers
# ---------------------------------------------------------------------------


def _marker_kind(match: re.Match[str]) -> str:
    word = match.group("word")
    if word is None:
        return _END if match.group("close") else _BEGIN
    if word[0] in "pP" and word[-1] in "kK":
        return _BREAK
    return _END if word[-1] in "dD" else _BEGIN


def _classify(text: str, matches: list[re.Match[str]]) -> tuple[_Marker, ...]:
    """Assign each marker to the most specific rule: FC203, else FC202, else FC201."""
    kinds = [_marker_kind(match) for match in matches]
    open_begins: list[int] = []
    unpaired: set[int] = set()
    for index, kind in enumerate(kinds):  # pair begins and ends the way brackets pair
        if kind == _BEGIN:
            open_begins.append(index)
        elif kind == _END:
            if open_begins:
                open_begins.pop()
            else:
                unpaired.add(index)
    unpaired.update(open_begins)
    markers = []
    for index, (match, kind) in enumerate(zip(matches, kinds)):
        start, end = match.span()
        if is_han(char_before(text, start)) and is_han(char_after(text, end)):
            code = "FC203"
        else:
            code = "FC202" if index in unpaired else "FC201"
        markers.append(_Marker(start, end, kind, code))
    return tuple(markers)


def _markers(text: str, code: str) -> Iterator[tuple[_Marker, str]]:
    """The markers reported by rule ``code``, with their text."""
    for marker in _scan(text).markers:
        if marker.code == code:
            yield marker, text[marker.start : marker.end]


@register("FC201", "paywall-marker", Category.PAYWALL, Severity.ERROR)
def paywall_marker(doc: Document) -> Iterator[Hit]:
    """Finds CMS paid-content and page-break markers left in the text.

    ## What it does
    Flags `##paidbegin##`, `##paidend##`, `$$paidbegin$$`, `$$paidend$$`,
    `##pagebreak##`, `<paid>` and `</paid>` (any letter case, stray spaces
    allowed). A marker that splits a word is reported by FC203 instead, and a
    begin or end without its partner by FC202.

    ## Why is this bad?
    Content-management systems use these tags to mark where the paid part of
    an article begins and ends, or where a page breaks. Copied text keeps
    them, and they show verbatim in the handed-in document.

    ## Example
    Bad: ##paidbegin##压实各基层党组织书记抓基层党建的责任。##paidend##
    Good: 压实各基层党组织书记抓基层党建的责任。
    """
    for marker, tag in _markers(doc.text, "FC201"):
        what = "CMS page-break marker" if marker.kind == _BREAK else "paywall marker"
        yield Hit(marker.start, marker.end, f"{what} `{tag}` left in the text", "delete the marker")


@register("FC202", "unpaired-paywall-marker", Category.PAYWALL, Severity.ERROR)
def unpaired_paywall_marker(doc: Document) -> Iterator[Hit]:
    """Finds a paid-content begin marker with no end, or an end with no begin.

    ## What it does
    Pairs `##paidbegin##`, `$$paidbegin$$` and `<paid>` with the following
    `##paidend##`, `$$paidend$$` or `</paid>` the way brackets pair, and flags
    a begin never closed and an end never opened (unless the marker splits a
    word: FC203 reports those).

    ## Why is this bad?
    Besides showing like any marker, a lone half means the text was cut or
    pasted together: the paid part after a lone begin is often missing, and a
    lone end means the start of the section came from elsewhere.

    ## Example
    Bad: 压实各基层党组织书记抓基层党建的责任。##paidbegin##
    Good: 压实各基层党组织书记抓基层党建的责任。
    """
    for marker, tag in _markers(doc.text, "FC202"):
        if marker.kind == _BEGIN:
            message = f"paywall marker `{tag}` opens a paid section that is never closed"
        else:
            message = f"paywall marker `{tag}` closes a paid section that was never opened"
        yield Hit(
            marker.start,
            marker.end,
            f"{message}; text may be missing around it",
            "delete the marker and check that the text around it is complete",
        )


@register("FC203", "paywall-marker-splits-word", Category.PAYWALL, Severity.ERROR)
def paywall_marker_splits_word(doc: Document) -> Iterator[Hit]:
    """Finds a paywall or page-break marker between two Chinese characters.

    ## What it does
    Flags a CMS marker (`##paidbegin##`, `##paidend##`, `$$paidbegin$$`,
    `$$paidend$$`, `##pagebreak##`, `<paid>`, `</paid>`) with a Han character
    right on both sides, such as `深##paidbegin##入`, and names the characters
    it separates, with the text around them.

    ## Why is this bad?
    The CMS cut the article at a character count, so the marker lands inside
    a sentence, often inside a word: the word is broken for readers, spell
    checkers and search, and deleting the marker by hand easily takes a
    character with it.

    ## Example
    Bad: 督导各支部深##paidbegin##入开展党员干部“担使命、践承诺”活动。
    Good: 督导各支部深入开展党员干部“担使命、践承诺”活动。
    """
    text = doc.text
    for marker, tag in _markers(text, "FC203"):
        word = text[marker.start - 1] + text[marker.end]
        line_start, line_end = text.rfind("\n", 0, marker.start) + 1, text.find("\n", marker.end)
        before = text[max(line_start, marker.start - 6) : marker.start]
        after = text[marker.end : marker.end + 6 if line_end < 0 else min(line_end, marker.end + 6)]
        yield Hit(
            marker.start,
            marker.end,
            f"paywall marker `{tag}` splits the word {word} (…{before}{after}…)",
            "delete the marker",
        )


# ---------------------------------------------------------------------------
# FC204-FC209: what paywalls and document-sharing sites leave in the text
# ---------------------------------------------------------------------------


def _hidden_notice_start(text: str, match: re.Match[str]) -> int | None:
    if match.group("rest"):
        return _required(_REST_LEAD)(text, match)
    if match.group("paid"):
        return _required(_PAID_LEAD)(text, match)
    if text.startswith("内容已", match.start()) and not match.group("pay"):
        # A bare 内容已经隐藏 counts only as a whole line: 部分内容已隐藏 is ordinary prose.
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if line.strip(" \t\u3000\r（()）【】[]。.") != match.group():
            return None
    return match.start()


@register("FC204", "paywall-hidden-notice", Category.PAYWALL, Severity.WARNING)
def paywall_hidden_notice(doc: Document) -> Iterator[Hit]:
    """Finds the notice a non-paying reader sees in place of hidden content.

    ## What it does
    Flags paywall notices copied with the text: `内容已经隐藏，点击付费后查看`
    (and a bare `内容已经隐藏` line), `以下内容需付费阅读`, `本文为付费内容`,
    `购买后可阅读全文`, and the forum notices `本帖隐藏的内容需要回复才可以浏览`
    and `本主题需向作者支付…才能浏览`.

    ## Why is this bad?
    The notice stands where content was withheld: that part of the document
    is missing, and the notice shows where the text was copied from. It is a
    warning: the notice itself is harmless, the missing content is the issue.

    ## Example
    Bad: 二、存在的问题及原因 内容已经隐藏，点击付费后查看
    Good: 涉及个人隐私的部分内容已隐藏处理，不影响统计结果。
    """
    text = doc.text
    for start, match in _find(text, HIDDEN_NOTICE, _hidden_notice_start):
        yield Hit(
            start,
            match.end(),
            f"paywall notice “{_snippet(text[start : match.end()])}” stands in for hidden content",
            "replace the notice with the full text from the original source",
        )


@register("FC205", "unread-pages-prompt", Category.PAYWALL, Severity.WARNING)
def unread_pages_prompt(doc: Document) -> Iterator[Hit]:
    """Finds "N pages left unread, read on" prompts of document-sharing sites.

    ## What it does
    Flags `还剩3页未读，继续阅读` (百度文库), `已阅读5页,还剩61页未读 继续免费阅读`
    (人人文库) and their traditional-character forms, `继续免费阅读`,
    `展开阅读全文` and `点击查看更多>>`. 继续阅读 in prose is not flagged.

    ## Why is this bad?
    The prompt marks where the site stopped showing the document: the pages
    after it were never copied, so the text is incomplete.

    ## Example
    Bad: 严格执行领导干部双重组织生活制度。还剩3页未读，继续阅读
    Good: 要继续阅读经典著作，读原著、学原文、悟原理。
    """
    text = doc.text
    for start, match in _find(text, UNREAD_PROMPT, _lead_start(_READ_SO_FAR)):
        yield Hit(
            start,
            match.end(),
            f"sharing-site prompt “{_snippet(text[start : match.end()])}”: "
            "the pages after it were not copied",
            "delete the prompt and add the missing pages from the full document",
        )


def _lead_start(lead: re.Pattern[str]) -> StartOf:
    """A ``start_of`` that takes in ``lead`` when it stands right before the match."""
    return lambda text, match: _extend_left(text, match.start(), lead)


def _download_start(text: str, match: re.Match[str]) -> int | None:
    if match.group("coupon"):
        return _required(_PRICE_LEAD)(text, match)  # 下载券 with no price is prose about them
    if match.group("count"):
        return _required(_COUNT_LEAD)(text, match)
    return match.start()


@register("FC206", "download-prompt", Category.PAYWALL, Severity.WARNING)
def download_prompt(doc: Document) -> Iterator[Hit]:
    """Finds download prompts and download-coupon counters of document-sharing sites.

    ## What it does
    Flags `下载文档到电脑，查找使用更方便`, coupon prices and download counts
    (`2下载券 42人已下载`, `需要1下载券`), `下载积分:8金币`, `下载资源需要8金币`,
    log-in-to-download buttons, and `下载本文档`, `合集下载` and the like on a
    line of their own. The word 下载 in prose is not flagged.

    ## Why is this bad?
    These are the buttons and price tags of the site the text was copied
    from: they mean nothing in the document and show where it came from.

    ## Example
    Bad: 下载文档到电脑，查找使用更方便
    Good: 引导党员下载安装学习强国APP，每日学习不少于30分钟。
    """
    text = doc.text
    spans = [(start, match.end()) for start, match in _find(text, DOWNLOAD_PROMPT, _download_start)]
    spans.extend((start, end) for start, end, _ in _lone_lines(text, DOWNLOAD_BUTTON))
    for start, end in sorted(spans):
        yield Hit(
            start,
            end,
            f"download prompt “{_snippet(text[start:end])}” of a document-sharing site",
            "delete the prompt",
        )


def _truncation_start(text: str, match: re.Match[str]) -> int:
    if match.group("lead"):
        return _extend_left(text, match.start(), _PREVIEW_LEAD)
    if match.group("rest"):
        return _extend_left(text, match.start(), _REST_OF_TEXT_LEAD)
    return match.start()


@register("FC207", "truncation-note", Category.PAYWALL, Severity.WARNING)
def truncation_note(doc: Document) -> Iterator[Hit]:
    """Finds notes that the text was cut short (全文共N字，当前显示M字, 试读结束).

    ## What it does
    Flags `全文共3265字，当前显示1000字`, `此处隐藏：3125字`, `试读结束`,
    `免费预览已结束`, `预览已结束，查看全部内容需要下载哦`, `已超出免费预览范围`
    (原创力文档) and `查看余下全文`. A real word count (`全文共8000字`) is not
    flagged.

    ## Why is this bad?
    The site showed only part of the document and said so: whatever came
    after the note is missing from the copy. It is a warning: the missing
    text, not the note, is the real problem.

    ## Example
    Bad: 全文共3265字，当前显示1000字。
    Good: 本报告全文共8000字，分为三个部分。
    """
    text = doc.text
    for start, match in _find(text, TRUNCATION_NOTE, _truncation_start):
        yield Hit(
            start,
            match.end(),
            f"truncation note “{_snippet(text[start : match.end()])}”: the text after it is missing",
            "delete the note and add the missing text from the full document",
        )


def _notice_start(text: str, match: re.Match[str]) -> int:
    group = match.lastgroup
    lead = _SITE_LEADS.get(group) if group else None
    return match.start() if lead is None else _extend_left(text, match.start(), lead)


@register("FC208", "sharing-site-notice", Category.PAYWALL, Severity.WARNING)
def sharing_site_notice(doc: Document) -> Iterator[Hit]:
    """Finds upload, copyright and takedown notices of document-sharing sites.

    ## What it does
    Flags the notices sharing sites print around a document, such as
    `本文档由用户提供并上传，收益归属内容提供方…`, `所有资源均是用户自行上传分享`
    (人人文库), `由会员分享，可在线阅读` (淘文阁), `内容来自淘豆网`,
    `此文档下载收益归作者所有` (百度文库), `下载文档前请自行甄别文档内容的完整性`
    (360文库), `资料内容仅供您学习参考`, `如有侵权请联系网站删除`, upload metadata
    (`文档编号… 上传时间…`, `资源ID… 资源大小…`) and `此文档为word格式`.

    ## Why is this bad?
    The notice belongs to the site, not to the document, and tells every
    reader that the text was downloaded from a sharing site.

    ## Example
    Bad: 精品文档 仅供学习与交流，如有侵权请联系网站删除
    Good: 对侵犯群众权益的问题，发现一起、查处一起。
    """
    text = doc.text
    for start, match in _find(text, SITE_NOTICE, _notice_start):
        yield Hit(
            start,
            match.end(),
            f"sharing-site notice “{_snippet(text[start : match.end()])}” copied with the text",
            "delete the notice",
        )


def _is_count(match: re.Match[str], *pairs: tuple[str, str]) -> bool:
    """False when the match names a page number greater than the page count."""
    for page, total in pairs:
        if match.group(page) is not None:
            return 1 <= int(match.group(page)) <= int(match.group(total))
    return True


def _page_counters(text: str) -> Iterator[tuple[int, int, str]]:
    last = 0
    for pos in _scan(text).positions:
        if pos < last:
            continue
        if text[pos] in "_＿" and (match := THUMBNAIL_CAPTION.match(text, pos)):
            last = match.end()
            yield text.rfind("\n", 0, pos) + 1, last, "page-thumbnail caption"
        elif text[pos] in "页頁":
            # Look back from the first 页 for the 第 or 共 that starts the counter.
            lo = max(pos - 8, text.rfind("\n", 0, pos) + 1)
            start = max(text.rfind("第", lo, pos), text.rfind("共", lo, pos))
            match = PAGE_OF.match(text, start) if start >= 0 else None
            if match and _is_count(match, ("n", "m"), ("n2", "m2")):
                last = match.end()
                yield start, last, "page counter"
    for start, end, match in _lone_lines(text, LONE_COUNTER):
        if _is_count(match, ("n", "m"), ("n3", "m3"), ("n4", "m4")):
            yield start, end, "page counter"


@register("FC209", "page-counter", Category.PAYWALL, Severity.WARNING)
def page_counter(doc: Document) -> Iterator[Hit]:
    """Finds page counters and page-thumbnail captions left in the body text.

    ## What it does
    Flags header and footer counters (`第 3 页 共 10 页`, `第3页/共10页`,
    `共10页 第3页`), page numbers standing alone on a line (`- 3 -`, `— 3 —`,
    `3 / 10`, `Page 3 of 10`) and sharing-site thumbnail captions
    (`标题.doc_第1页`). A page named in prose (`详见第3页`) is not flagged.

    ## Why is this bad?
    Converting a PDF or copying from a page viewer pulls the page furniture
    into the text, where it interrupts sentences and no longer matches the
    document's own pages. A warning: the counter is noise, not lost content.

    ## Example
    Bad: 二是抓队伍，强化能力素质。第 3 页 共 10 页
    Good: 具体安排详见第3页，共10项任务。
    """
    text = doc.text
    for start, end, what in sorted(_page_counters(text)):
        yield Hit(start, end, f"{what} “{_snippet(text[start:end])}” left in the body text", "delete it")
