"""FC205-FC209: what document-sharing sites leave in copied text.

Text copied from a document-sharing site (百度文库, 原创力文档/book118, 人人文库,
淘文阁, 淘豆网, 360文库, 三一办公 ...) carries the site's machinery along:
"还剩N页未读" prompts, download coupons, truncation notes, upload notices and
page counters. The rules share one anchor pass over the text (``_anchors.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..patterns import lazy_compile
from ..registry import register
from ._anchors import (
    EOL,
    SP,
    TAIL,
    anchors,
    find,
    lead,
    lone_lines,
    once_per_page,
    snippet,
    with_leads,
)

# FC205. `还剩3页未读，继续阅读` (百度文库), `已阅读5页,还剩61页未读 继续免费阅读` (人人文库),
# `還剩102頁未讀 繼續免費閱讀`, `展开阅读全文`, `点击查看更多>>`.
UNREAD_PROMPT = lazy_compile(
    r"(?P<left>剩\s*\d+\s*[页頁]未[读讀](?:\s*[，,。.]?\s*[继繼][续續](?:免[费費])?[阅閱][读讀])?)"
    r"|[继繼][续續]免[费費][阅閱][读讀]|(?P<expand>阅读全文)|(?P<more>查看更多\s*(?:>>|》|»|>))"
)
_UNREAD_LEADS = {
    "left": lead(r"(?:已[阅閱][读讀]\s*\d+\s*[页頁]\s*[，,]?\s*)?[还還]"),
    "expand": lead("展开"),
    "more": lead("点击"),
}
# FC206. `下载文档到电脑，查找使用更方便`, `2下载券  42人已下载`, `阅读已结束，下载本文需要使用
# 2下载券` (百度文库), `下载积分:8金币`, `下载资源需要8金币`, `游客一键下载`, `会员登录下载`,
# `加入VIP免费专享` (三一办公, 冰点文库).
DOWNLOAD_PROMPT = lazy_compile(
    r"下载文档到电脑[，,]?\s*查找使用更方便|(?P<ended>下载本文需要使用\s*\d+\s*下载券)"
    r"|(?P<coupon>下载券(?:\s*\d+\s*人已下载)?)"
    r"|下载积分[:：]\s*\d+(?:\.\d+)?\s*(?:金币|积分)?"
    r"|下载资源需要\s*\d+(?:\.\d+)?\s*(?:金币|积分|下载券)?"
    r"|(?P<statement>下载声明)[】\]]?|(?P<button>下载)|(?P<vip>VIP[，,]?\s*免费(?:下载|专享))"
    r"|上传文档赚钱|上传文档[，,]?\s*(?:赚取|获得)(?:收益|积分|现金)|开通(?i:vip)(?:会员)?(?=[，,。!！\s]|$|免费|享|下载|畅)"
)
_DOWNLOAD_LEADS = {
    "ended": lead(r"阅读已结束[，,]?\s*(?:如果)?", required=False),
    "coupon": lead(r"(?:(?:需要|使用|消耗)\s*)?\d+(?:\.\d+)?\s*"),  # 下载券 with no price: prose
    "button": lead(r"\d+\s*人已|(?:游客一键|会员登录|三方登录|账号登录|微信登录)"),
    "vip": lead("加入"),
    "statement": lead("[【\\[]"),
}
# The words of a viewer's button row: `返回 下载 相关 举报`, `收藏 分享 打印`.
_BUTTON = r"(?:返回|下载|相关|举报|收藏|分享|打印|评论|点赞|全屏|纠错|复制|上一篇|下一篇|阅读|导出)"
# Download buttons on a line of their own: `下载本文档` (人人文库), `合集下载` (360文库).
DOWNLOAD_BUTTON = lazy_compile(
    rf"\n{SP}(?P<body>下载本文档|下载此文档|合集下载|立即下载|免费下载"
    rf"|{_BUTTON}(?:{SP}[|｜·]?{SP}{_BUTTON}){{2,}}){EOL}"
)
# Words that are residue on a line of their own only next to other residue, or at the
# very start or end of the text: `下载` in a table of operations is the document's own.
WEAK_BUTTON = lazy_compile(rf"\n{SP}(?P<body>文档下载|下载|支付方式[:：]?){EOL}")
# FC207. `全文共3265字，当前显示1000字`, `此处隐藏：3125字，全部文档内容请下载后查看。
# 喜欢就下载吧`, `试读结束`, `免费预览已结束`, `预览已结束，查看全部内容需要下载哦～`,
# `亲，该文档总共32页，到这已超出免费预览范围，如果喜欢就直接下载吧~` (原创力文档),
# `点击查看余下全文`.
TRUNCATION_NOTE = lazy_compile(
    r"(?P<shown>显示\s*\d+\s*字)"
    r"|(?P<omitted>省略\s*\d+\s*个?字)(?:[，,]\s*正式会员可完整阅读)?[)）]?|正式会员可完整阅读"
    r"|(?P<hidden>隐藏[:：]?\s*\d+\s*个?字(?:[，,]?\s*全部文档内容请下载后查看[。.]?(?:\s*喜欢就下载吧)?)?)"
    r"|试读结束(?!后|时|之后)|免费预览已?结束"
    r"|预览已?结束(?!后|时|之后)[，,！!~～。]?\s*[^\n。]{0,10}?下载[吧哦呀～~！!]*"
    r"|(?P<only>只提供\s*\d+\s*页预览)(?:[，,]\s*全部文档请下载后查看[!！。]?)?(?:[^\n]{0,20}更方便)?"
    r"|(?P<beyond>超出免费预览范围)(?:[，,]?\s*如果喜欢就(?:直接)?下载吧[~～！!]*)?|(?P<rest>余下全文)"
)
_TRUNCATION_LEADS = {
    "shown": lead(r"全文共\s*\d+\s*字[，,]?\s*当前仅?"),
    "hidden": lead("此处已?"),
    "omitted": lead(r"[(（]", required=False),
    "beyond": lead(r"(?:亲[，,]\s*)?(?:该文档总共\s*\d+\s*页[，,]\s*)?到这[儿里]?已?", False),
    "rest": lead("(?:点击)?查看", required=False),
    "only": lead("(?:本资源|本文档|本文)?", required=False),
}
# FC208. `版权说明:本文档由用户提供并上传,收益归属内容提供方,…请进行举报或认领`, `人人文库网所有
# 资源均是用户自行上传分享…` (人人文库), `《X》由会员分享,可在线阅读…` (淘文阁), `下载文档前请自行
# 甄别文档内容的完整性…`, `"仅部分预览"的文档…`, `如文档侵犯您的权益…` (360文库), `本站资源下载
# 后的文档和图纸-无水印…`, `本站不支持迅雷下载…`, `试题试卷类文档，如果标题没有明确说明有答案…`
# (三一办公), `内容来自淘豆网www.taodocs.com…`, `此文档下载收益归作者所有` (百度文库),
# `资料内容仅供您学习参考…`, `精品文档 仅供学习与交流，如有侵权请联系网站删除`,
# `上传人:xx 文档编号:4106200 上传时间:…`, `资源ID:3992402 资源大小:…`,
# `（此文档为word格式，可任意修改编辑！）`, `word版本可编辑.欢迎下载支持.`
# The download notices of the document-sale CMS that many sharing sites run (三一办公, 冰豆网,
# 163文库 ...): `本站所有资源如无特殊说明…`, `用户名和密码都是您填写的邮箱或者手机号…`.
_CMS = (
    r"用户名和密码都是您填写的|本站所有资源如无特殊说明|本站仅提供交流平台|本站不保证下载资源"
    r"|下载(?:文件|资源)中如有侵权|所有权益归上传用户所有|重复下载不扣费|系统不会自动发送文件"
    r"|文件下载后[，,]?\s*可能会被浏览器默认打开|未经权益所有人同意不得将"
)
SITE_NOTICE = lazy_compile(
    rf"(?P<upload>由用户提供并上传){TAIL}|(?P<report>侵权[，,]\s*请进行举报或认领)"
    rf"|(?P<renren>所有资源均是用户自行上传分享){TAIL}|(?P<member>由会员分享)[，,]\s*可在线阅读{TAIL}"
    rf"|下载文档前请自行甄别文档内容的完整性{TAIL}|(?P<partial>仅部分预览)[”\"]?的文档{TAIL}"
    rf"|(?P<infringe>侵犯您的权益){TAIL}|(?P<shop>下载后的文档和图纸){TAIL}"
    rf"|(?P<xunlei>迅雷下载){TAIL}|试题试卷类文档[，,]\s*如果标题没有明确说明有答案{TAIL}"
    rf"|(?P<taodou>淘豆网){TAIL}|(?P<income>下载收益归作者所有)|(?P<study>仅供您?学习参考){TAIL}"
    r"|(?P<rights>侵权[，,]?\s*请(?:及时)?(?:联系|告知|通知)[^\n。]{0,8}?删除[。！!]?)"
    r"|(?P<meta>文档编号[:：]\s*\d+\s*上传时间[^\n]*)|(?P<resource>ID[:：]\s*\d+\s*资源大小[^\n]*)"
    r"|(?P<word>此文档为(?i:word)格式[，,]?\s*可(?:任意)?(?:修改)?编辑[！!。]?[）)]?)"
    r"|(?i:word)版本可编辑[.。，,]?\s*欢迎下载支持[.。]?"
    rf"|仅提供信息存储空间{TAIL}|(?P<preview>仅供预览)[，,]?\s*部分内容可能不全[。.]?"
    rf"|一旦售出[，,]?\s*(?:概|恕)?不予?退(?:换|款){TAIL}|(?P<heed>请认真阅读下面的提示信息)[)）]?"
    rf"|(?P<anyedit>任意编辑)|版权归本站所有{TAIL}|(?P<repost>转载自)[^\n。]{{0,12}}[，,]\s*版权归原作者{TAIL}"
    rf"|(?P<netizen>网友上传)[，,]\s*不代表本站观点{TAIL}|不代表本站观点{TAIL}"
    rf"|(?P<cms>{_CMS}){TAIL}"
    r"|(?P<share>分享(?:一下|给)?[\u4e00-\u9fff]{1,6}网给(?:您|你)的(?:好友|朋友)[哦吧呀]?)"
    r"|(?P<intro>为大家(?:提供|整理|收集|带来|分享)了?的?[^\n。]{0,60}?"
    r"(?:欢迎阅读|欢迎参考|供大家参考|仅供参考)[^\n。]{0,10}[。!！]?)"
)
_SITE_LEADS = {
    "upload": lead(r"(?:版权说明[:：]\s*)?本文档", required=False),
    "report": lead("若内容存在"),
    "renren": lead("人人文库网?", required=False),
    "member": lead(r"《[^》\n]{1,60}》", required=False),
    "partial": lead('[“"]', required=False),
    "infringe": lead("如文档"),
    "shop": lead("本站资源"),
    "xunlei": lead("本站不支持"),
    "taodou": lead("内容来自"),
    "income": lead("此文档", required=False),
    "study": lead("资料内容"),
    "rights": lead(
        r"(?:(?:精品文档\s*)?仅供学习与交流[，,]?\s*|(?:本文档|本文|文档|资料)(?:来源于|来自)网络[，,]?\s*)?"
        r"[如若]有"
    ),
    "meta": lead(r"上传人[^\n]{0,30}", required=False),
    "resource": lead("资源"),
    "word": lead("[（(]", required=False),
    "preview": lead(r"(?:文章|文档|资料)?内容", required=False),
    "heed": lead("[(（]", required=False),
    "anyedit": lead(r"(?:本文|本文档|文档)?格式为(?i:word)版?[，,]?\s*下载(?:后)?可"),
    "repost": lead(r"(?:特别提示[:：]\s*)?凡本[号站][^\n。]{0,20}?的作品均"),
    "netizen": lead(r"[^\n。]{0,40}?来源于"),
    "intro": lead(r"[®©]?[\u4e00-\u9fff]{1,8}(?:网|文库)"),  # a site's name: not 小编为大家
}
# Upload metadata on a line of its own: `上传人:张三 上传时间:2021-03-01 页数:12`.
_META_KEY = (
    r"(?:上传人|上传者|上传时间|上传日期|页数|文档页数|文档大小|文件大小|大小|文档格式|格式"
    r"|浏览次数|浏览|下载次数)"
)
UPLOAD_META = lazy_compile(
    rf"\n{SP}(?P<body>(?:{_META_KEY}[:：]{SP}[^\n:：]{{0,24}}?{SP}){{2,}}){EOL}"
)
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
    rf"|[Pp]age[ \t]+(?P<n4>\d{{1,4}})[ \t]+of[ \t]+(?P<m4>\d{{1,4}})){EOL}"
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
    line of their own. The word 下载 in prose is not flagged.

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
        residue |= {text.count("\n", 0, start) for start, _, _ in _spans(doc, code)}
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
    (`文档编号… 上传时间…`, `资源ID… 资源大小…`) and `此文档为word格式`.

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


_SPANS = {
    "FC205": lambda doc: list(find(doc, UNREAD_PROMPT, with_leads(_UNREAD_LEADS))),
    "FC206": _download_spans,
    "FC207": lambda doc: list(find(doc, TRUNCATION_NOTE, with_leads(_TRUNCATION_LEADS))),
    "FC208": _site_spans,
    "FC209": _counter_spans,
}


def _spans(doc: Document, code: str) -> list[tuple[int, int, str]]:
    """The spans rule ``code`` reports, with their quote (or message key); computed once."""
    return doc.memo(f"fc2-spans-{code}", lambda: _SPANS[code](doc))


def residue_starts(doc: Document) -> list[int]:
    """Where FC205-FC209 find residue in ``doc``: the evidence page furniture builds on."""
    return sorted(start for code in _SPANS for start, _, _ in _spans(doc, code))


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
