"""FC205-FC209: what document-sharing sites leave in copied text.

Text copied from a document-sharing site (百度文库, 原创力文档/book118, 人人文库,
淘文阁, 淘豆网, 360文库, 三一办公 ...) carries the site's machinery along:
"还剩N页未读" prompts, download coupons, truncation notes, upload notices and
page counters. The rules share one anchor pass over the text (``_anchors.py``).
FC205-FC208 match each site's exact sentences (``_notice_patterns.py``) and, for
the wording that varies from site to site, a lexicon of notice phrases
(``_notice_lexicon.py``, matched by ``_notice.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..patterns import lazy_compile
from ..registry import register
from ._anchors import EOL, SP, anchors, find, lone_lines, once_per_page, snippet, with_leads
from ._meta_columns import bare_counters, meta_columns
from ._meta_fields import field_columns
from ._meta_head import head_stamps
from ._meta_layouts import layout_lines
from ._notice import notice_spans
from ._notice_patterns import (
    _DOWNLOAD_LEADS,
    _SITE_LEADS,
    _TRUNCATION_LEADS,
    _UNREAD_LEADS,
    DOWNLOAD_BUTTON,
    DOWNLOAD_PROMPT,
    SITE_NOTICE,
    TRUNCATION_NOTE,
    UNREAD_PROMPT,
    UPLOAD_META,
    WEAK_BUTTON,
)
from ._site_meta import site_meta_lines
from ._site_meta_rows import english_column, meta_rows

# FC209. `第 3 页 共 10 页`, `第3页，共10页`, `第1页 / 共49页`, `共10页 第3页`, `第 3 頁 共 10 頁`;
# matched from the 第 or 共 found before its first 页 (see `_page_counters`).
PAGE_OF = lazy_compile(
    rf"第{SP}(?P<n>\d{{1,4}}){SP}[页頁]{SP}[,，/／、]?{SP}共{SP}(?P<m>\d{{1,4}}){SP}[页頁]"
    rf"|共{SP}(?P<m2>\d{{1,4}}){SP}[页頁]{SP}[/／]?{SP}第{SP}(?P<n2>\d{{1,4}}){SP}[页頁]"
)
# A caption under a page thumbnail, ending its line: `接口详细设计文档资料.doc_第1页` (淘文阁).
THUMBNAIL_CAPTION = lazy_compile(rf"[_＿]第\d{{1,4}}[页頁]{EOL}")
# A counter alone on its line: `- 3 -`, `— 3 —`, `－3－`, `3 / 10`, `1/2页`, `Page 3 of 10`.
# `3/10` with no space and no 页 is left alone: alone on a line it may be a fraction.
LONE_COUNTER = lazy_compile(
    rf"\n{SP}(?P<body>[-－—–―‒]{{1,2}}{SP}\d{{1,4}}{SP}[-－—–―‒]{{1,2}}"
    rf"|(?P<n>\d{{1,4}})(?:[ \t]+[/／]{SP}|[/／][ \t]+)(?P<m>\d{{1,4}})(?:{SP}[页頁])?"
    rf"|(?P<n3>\d{{1,4}})[/／](?P<m3>\d{{1,4}}){SP}[页頁]"
    rf"|(?:[Yy]ou are on )?[Pp]age[ \t]+(?P<n4>\d{{1,4}})[ \t]*of[ \t]*(?P<m4>\d{{1,4}})){EOL}"
)


DIGITS = re.compile(r"\d+")


@register("FC205", "unread-pages-prompt", Category.PAYWALL, Severity.WARNING)
def unread_pages_prompt(doc: Document) -> Iterator[Hit]:
    """A sharing site's unread-pages prompt (`还剩3页未读，继续阅读`) was copied with the text.

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
    for start, end, quote in once_per_page(doc, _spans(doc, "FC205")):
        yield Hit(
            start,
            end,
            t("unread-prompt", quote=quote),
            t("restore-pages"),
        )


@register("FC206", "download-prompt", Category.PAYWALL, Severity.WARNING)
def download_prompt(doc: Document) -> Iterator[Hit]:
    """A sharing site's download prompt or coupon counter (`2下载券 42人已下载`) was left in.

    ## What it does
    Flags `下载文档到电脑，查找使用更方便`, coupon prices and download counts
    (`2下载券 42人已下载`, `需要1下载券`), `下载积分:8金币`, `下载资源需要8金币`,
    log-in-to-download buttons, and `下载本文档`, `合集下载` and the like on a
    line of their own, and membership and payment prompts in any wording
    (`成为VIP会员，免费下载`, `年费会员可免费下载`, `团购合买`). The word 下载
    in prose is not flagged.

    ## Why is this bad?
    These are the buttons and price tags of the site the text was copied
    from: they mean nothing in the document and show where it came from.

    ## Example
    Bad: 下载文档到电脑，查找使用更方便
    Good: 引导党员下载安装学习强国APP，每日学习不少于30分钟。
    """
    for start, end, quote in once_per_page(doc, _spans(doc, "FC206")):
        yield Hit(start, end, t("download-prompt", quote=quote), t("delete-it"))


def _download_spans(doc: Document) -> list[tuple[int, int, str]]:
    text = doc.text
    spans = list(find(doc, DOWNLOAD_PROMPT, with_leads(_DOWNLOAD_LEADS)))
    for start, end, _ in lone_lines(text, DOWNLOAD_BUTTON):
        spans.append((start, end, text[start:end]))
    if "下载" in text or "支付" in text:
        spans += _weak_buttons(doc, spans)
    return sorted(spans)


def _weak_buttons(doc: Document, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Bare `下载` lines that stand next to other residue or at the edge of the text."""
    text = doc.text
    weak = list(lone_lines(text, WEAK_BUTTON))
    if not weak:
        return []
    residue = {text.count("\n", 0, start) for start, _, _ in spans}
    for code in ("FC205", "FC207", "FC208"):
        residue |= {text.count("\n", 0, start) for start, _, _ in _base_spans(doc, code)}
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = {filled[0], filled[-1]} if filled else set()
    found = []
    for start, end, _ in weak:
        line = text.count("\n", 0, start)
        near = _neighbour_lines(filled, line)
        if (
            line in edges
            or near & residue
            or near & {text.count("\n", 0, s) for s, _, _ in weak if s != start}
        ):
            found.append((start, end, text[start:end]))
    return found


def _neighbour_lines(filled: list[int], line: int) -> set[int]:
    """The nearest non-empty lines before and after ``line``."""
    index = filled.index(line)
    return {filled[i] for i in (index - 1, index + 1) if 0 <= i < len(filled)}


@register("FC207", "truncation-note", Category.PAYWALL, Severity.WARNING)
def truncation_note(doc: Document) -> Iterator[Hit]:
    """A truncation note (`全文共N字，当前显示M字`, `试读结束`) marks where the text was cut.

    ## What it does
    Flags `全文共3265字，当前显示1000字`, `此处隐藏：3125字`, `试读结束`,
    `免费预览已结束`, `预览已结束，查看全部内容需要下载哦`, `已超出免费预览范围`
    (原创力文档), `查看余下全文`, and preview cuts in any wording
    (`未显示2000字`, `高级会员可完整阅读全文`, `剩余3页可下载查看`). A real
    word count (`全文共8000字`) is not flagged.

    ## Why is this bad?
    The site showed only part of the document and said so: whatever came
    after the note is missing from the copy. It is a warning: the missing
    text, not the note, is the real problem.

    ## Example
    Bad: 全文共3265字，当前显示1000字。
    Good: 本报告全文共8000字，分为三个部分。
    """
    for start, end, quote in once_per_page(doc, _spans(doc, "FC207")):
        yield Hit(
            start,
            end,
            t("truncation-note", quote=quote),
            t("restore-text"),
        )


@register("FC208", "sharing-site-notice", Category.PAYWALL, Severity.WARNING)
def sharing_site_notice(doc: Document) -> Iterator[Hit]:
    """A sharing site's upload or copyright notice (`如有侵权请联系网站删除`) was left in.

    ## What it does
    Flags the notices sharing sites print around a document, such as
    `本文档由用户提供并上传，收益归属内容提供方…`, `所有资源均是用户自行上传分享`
    (人人文库), `由会员分享，可在线阅读` (淘文阁), `内容来自淘豆网`,
    `此文档下载收益归作者所有` (百度文库), `下载文档前请自行甄别文档内容的完整性`
    (360文库), `资料内容仅供您学习参考`, `如有侵权请联系网站删除`, upload metadata
    (`文档编号… 上传时间…`, `资源ID… 资源大小…`) and `此文档为word格式`; and,
    in any wording and script, uploader, storage-only and sale notices,
    disclaimers and site adverts (`本站只提供信息存储空间服务`, `一經售出，恕不退換`,
    `最新最全的文档下载`, `扫码关注公众号，免费获取更多资料`), and metadata lines
    read by their fields in any order (`文档价格:5元 所属分类:工作总结`,
    `3.0 牛悦 2024-11-11 2.16MB 112 页 15积分`). A phrase prose also uses
    (`温馨提示：`) counts only next to other residue.

    ## Why is this bad?
    The notice belongs to the site, not to the document, and tells every
    reader that the text was downloaded from a sharing site.

    ## Example
    Bad: 精品文档 仅供学习与交流，如有侵权请联系网站删除
    Good: 对侵犯群众权益的问题，发现一起、查处一起。
    """
    for start, end, quote in once_per_page(doc, _spans(doc, "FC208")):
        yield Hit(start, end, t("site-notice", quote=quote), t("delete-it"))


def _site_spans(doc: Document) -> list[tuple[int, int, str]]:
    text = doc.text
    spans = list(find(doc, SITE_NOTICE, with_leads(_SITE_LEADS)))
    if "：" in text or ":" in text:
        spans += [(s, e, snippet(text[s:e])) for s, e, _ in lone_lines(text, UPLOAD_META)]
    metadata = site_meta_lines(doc)
    lines = {text.rfind("\n", 0, s) for s, _ in metadata}
    metadata += [
        (s, e)
        for s, e in meta_rows(doc)
        + english_column(doc)
        + meta_columns(doc)
        + head_stamps(doc)
        + layout_lines(doc)
        if text.rfind("\n", 0, s) not in lines
    ]
    if metadata or spans:
        # a column of a page's fields beside a line read as the page's (see _meta_fields)
        found = {text.rfind("\n", 0, at[0]) + 1 for at in spans + metadata}
        metadata += [
            (s, e) for s, e in field_columns(doc, found) if text.rfind("\n", 0, s) + 1 not in found
        ]
    if metadata:
        # A metadata line another rule reports (a price: FC206) is reported once.
        taken = {text.rfind("\n", 0, s) for s, _, _ in spans + _base_spans(doc, "FC206")}
        spans += [
            (s, e, snippet(text[s:e])) for s, e in metadata if text.rfind("\n", 0, s) not in taken
        ]
    return sorted(spans)


def _is_count(match: re.Match[str], *pairs: tuple[str, str]) -> bool:
    """False when the match names a page number greater than the page count."""
    for page, total in pairs:
        if match.group(page) is not None:
            return 1 <= int(match.group(page)) <= int(match.group(total))
    return True


def _page_counters(doc: Document) -> Iterator[tuple[int, int, str]]:
    text = doc.text
    last = 0
    for pos in anchors(doc):
        if pos < last:
            continue
        if text[pos] in "_＿" and (match := THUMBNAIL_CAPTION.match(text, pos)):
            last = match.end()
            yield text.rfind("\n", 0, pos) + 1, last, "thumbnail-caption"
        elif text[pos] in "页頁":
            # Look back from the first 页 for the 第 or 共 that starts the counter.
            lo = max(pos - 8, text.rfind("\n", 0, pos) + 1)
            start = max(text.rfind("第", lo, pos), text.rfind("共", lo, pos))
            match = PAGE_OF.match(text, start) if start >= 0 else None
            if match and _is_count(match, ("n", "m"), ("n2", "m2")):
                last = match.end()
                yield start, last, "page-counter"
    for start, end, match in lone_lines(text, LONE_COUNTER):
        if _is_count(match, ("n", "m"), ("n3", "m3"), ("n4", "m4")):
            yield start, end, "page-counter"


@register("FC209", "page-counter", Category.PAYWALL, Severity.WARNING)
def page_counter(doc: Document) -> Iterator[Hit]:
    """A page counter (`第 3 页 共 10 页`, `- 3 -`) or thumbnail caption was left in the text.

    ## What it does
    Flags header and footer counters (`第 3 页 共 10 页`, `第3页/共10页`,
    `共10页 第3页`), page numbers standing alone on a line (`- 3 -`, `— 3 —`,
    `3 / 10`, `Page 3 of 10`) and sharing-site thumbnail captions
    (`标题.doc_第1页`). A page named in prose (`详见第3页`) is not flagged.

    ## Why is this bad?
    Converting a PDF or copying from a page viewer pulls the page furniture
    into the text, where it interrupts sentences and no longer matches the
    document's own pages. A warning: the counter is noise, not lost content.
    A document's own page numbers are not flagged: a .docx header or footer
    (Word's PAGE field), or a PDF page whose counter names that very page.

    ## Example
    Bad: 二是抓队伍，强化能力素质。第 3 页 共 10 页
    Good: 具体安排详见第3页，共10项任务。
    """
    text = doc.text
    for start, end, key in once_per_page(doc, _spans(doc, "FC209")):
        yield Hit(start, end, t(key, quote=snippet(text[start:end])), t("delete-it"))


def _counter_spans(doc: Document) -> list[tuple[int, int, str]]:
    text = doc.text
    return [
        (start, end, key)
        for start, end, key in sorted(_page_counters(doc))
        if not _own_page_number(doc, start, text[start:end])
    ]


_BASE = {
    "FC205": lambda doc: list(find(doc, UNREAD_PROMPT, with_leads(_UNREAD_LEADS))),
    "FC206": _download_spans,
    "FC207": lambda doc: list(find(doc, TRUNCATION_NOTE, with_leads(_TRUNCATION_LEADS))),
    "FC208": _site_spans,
    "FC209": _counter_spans,
}
_WORDED = ("FC205", "FC206", "FC207", "FC208")  # the codes the phrase lexicon adds to


def _base_spans(doc: Document, code: str) -> list[tuple[int, int, str]]:
    """The spans of rule ``code``'s own patterns; computed once."""
    return doc.memo(f"fc2-base-{code}", lambda: _BASE[code](doc))


def _notices(doc: Document) -> dict[str, list[tuple[int, int, str]]]:
    """The phrase lexicon's spans by code (see ``_notice.py``); computed once."""
    return doc.memo(
        "fc2-notices", lambda: notice_spans(doc, {c: _base_spans(doc, c) for c in _WORDED})
    )


def _spans(doc: Document, code: str) -> list[tuple[int, int, str]]:
    """The spans rule ``code`` reports, with their quote (or message key); computed once."""

    def compute() -> list[tuple[int, int, str]]:
        extra = _notices(doc).get(code) if code in _WORDED else None
        if code == "FC208":
            evidence = [s for c in _BASE for s, _, _ in _base_spans(doc, c)]
            evidence += [s for spans in _notices(doc).values() for s, _, _ in spans]
            counters = bare_counters(doc, evidence)
            extra = (extra or []) + [(s, e, snippet(doc.text[s:e])) for s, e in counters]
        return sorted(_base_spans(doc, code) + extra) if extra else _base_spans(doc, code)

    return doc.memo(f"fc2-spans-{code}", compute)


def residue_starts(doc: Document) -> list[int]:
    """Where FC205-FC209 find residue in ``doc``: the evidence page furniture builds on."""
    return sorted(start for code in _BASE for start, _, _ in _spans(doc, code))


def _own_page_number(doc: Document, start: int, counter: str) -> bool:
    """True for the document's own page numbers: a .docx header or footer (a PAGE field),
    or a PDF page whose counter names that very page."""
    label = doc.part_at(start) if doc.parts else None
    if label is None:
        return False
    if label.startswith(("header", "footer")):
        return True
    kind, _, number = label.partition(" ")
    return kind == "page" and number.isdigit() and int(number) in map(int, DIGITS.findall(counter))
