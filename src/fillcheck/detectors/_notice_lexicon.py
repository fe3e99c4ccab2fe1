"""The phrase lexicon of sharing-site notices: what the notices say, not how one site says it.

Sharing and 范文 sites word the same few notices a hundred ways: who uploaded
the document (`本文档由用户提供并上传`, `由用户(某某)主动上传`), that the site
only stores it (`本站仅提供信息存储空间服务`), that it is not the site's view, that
a sale is final, that the preview is cut (`省略854字,正式会员可完整阅读`), how to
become a member (`开通VIP`, `成为VIP会员免费下载`), and the site's own adverts
(`上传文档赚钱`, `最新最全的文档下载`, `喜欢就复制下载吧`). A phrase here is built
from a few slots of such words (a subject, a verb, an object), so one entry
covers every combination a site may print.

Phrases are matched on a *compact* copy of the text near an anchor (see
``_notice.py``): traditional characters already folded to simplified by the
engine's view, full-width ASCII folded to ASCII, Latin letters to lower case,
and white space dropped. The patterns below are written for that copy: ASCII
punctuation only (`,` `:` `(` `!`), no white space, `vip` in lower case.

Every phrase starts with one of its anchors, a literal of the shared anchor
pass (``_anchors.py``); where the anchor is a word the other FC2 rules already
scan for (下载, 预览, 页, 开通, 剩 ...) the lexicon costs the scan nothing. The
words a phrase needs before its anchor (`一经` before `售出`, `文档共12` before
`页`) are its ``lead``, matched on the compact copy of the text before the
anchor. A ``strong`` phrase is residue wherever it stands; a weak one (its
words also occur in ordinary prose, such as `请仔细阅读以下须知` in a form)
only on a line with other residue or next to one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..patterns import lazy_compile
from ._notice_adverts import ADVERTS
from ._notice_marks import MARKS
from ._notice_prompts import PROMPTS
from ._notice_stamps import STAMPS
from ._notice_views import VIEWS

# The slots phrases are built from.
SITE = r"(?:本站|本网站?|本平台|本文库|本号|我站|我们)"
USER = r"(?:用户|使用者|网友|会员|作者|上传者|上传用户|卖家)"
UPLOAD = r"(?:提供并上传|主动上传|自行上传|上传分享|上传|投稿|自发贡献|分享|发布)"
WORK = r"(?:文档|资料|文章|资源|范文|内容|作品|课件|试题|试卷|论文|档案|ppt|word文档)"
READ = r"(?:阅读|查看|浏览|预览|下载|复制)"
MEMBER = r"(?:s?vip|超级会员|年费会员|包年会员|终身会员|正式会员|高级会员|付费会员)"
END = r"[^,.。!?;\n]{0,40}?(?:[.。!?]|(?=[,;\n]|$))"  # the rest of the clause


@dataclass(frozen=True)
class Phrase:
    """One notice phrase: what it is, whether it stands alone, and where it starts."""

    kind: str  # upload, storage, disclaimer, sale, truncation, preview, member, payment, ...
    strong: bool
    anchors: tuple[str, ...]  # literals in the view; the pattern starts with one of them
    pattern: str  # on the compact copy, from the anchor on
    lead: str | None = None  # on the compact copy, ending right before the anchor


# The code each kind is reported under.
CODE = {
    "truncation": "FC207",
    "preview": "FC207",
    "member": "FC206",
    "payment": "FC206",
    "upload": "FC208",
    "storage": "FC208",
    "disclaimer": "FC208",
    "sale": "FC208",
    "advert": "FC208",
    "header": "FC208",
    "prompt": "FC206",
    "tag": "FC208",
    "tally": "FC208",
}
SITES = ("本站", "本网", "本平台", "本文库")
VIPS = ("VIP", "vip", "Vip", "ＶＩＰ", "ｖｉｐ")
_BY = ("由用", "由使", "由网", "由会", "由作")

PHRASES = (
    # Who uploaded it: `由用户(淡然人生)主动上传,其收益全归该用户`, `由網友上傳`.
    Phrase(
        "upload",
        True,
        _BY,
        rf"由{USER}(?:\([^)]{{1,20}}\))?{UPLOAD}[^.。!?\n]{{0,24}}?(?:收益|版权|仅供|侵权|不代表)",
    ),
    Phrase("upload", False, _BY, rf"由{USER}(?:\([^)]{{1,20}}\))?{UPLOAD}"),
    Phrase(
        "upload",
        True,
        ("收益归", "收益全", "收益均"),
        rf"收益[全均]?归(?:属)?(?:该|原)?(?:{USER}|内容提供方|上传人)",
    ),
    Phrase("upload", True, ("自发贡献",), rf"自发贡献{END}", r"(?:网友|用户)"),
    Phrase(
        "upload", False, ("网友上传", "网友投稿", "用户投稿"), rf"(?:网友|用户)(?:上传|投稿){END}"
    ),
    Phrase("upload", True, ("很忙", "很懒"), r"很[忙懒],?什么(?:也|都)没(?:有)?(?:留下|介绍|写)"),
    # Only stored here: `本站只提供信息存储空间服务`, `仅对该用户上传内容的表现方式做保护处理`;
    # 資訊儲存空間 folds to 资讯储存空间, Taiwan's words for it.
    Phrase(
        "storage",
        False,
        ("存储空间", "储存空间"),
        r"(?:存储|储存)空间(?:服务)?",
        "(?:信息|资讯|网络)",
    ),
    Phrase(
        "storage",
        True,
        SITES,
        rf"{SITE}(?:仅|只)(?:提供|作为)(?:信息|资讯)?(?:存储|储存)(?:空间|平台)",
    ),
    Phrase("storage", True, SITES, rf"{SITE}(?:是|为)提供[^,.。!?\n]{{0,12}}?(?:存储|储存)空间"),
    Phrase("storage", True, ("上传内容",), r"上传内容(?:的表现方式)?(?:做|进行|作)保护处理"),
    Phrase("storage", False, ("不拥有所有权",), r"不拥有所有权"),
    # Not the site's view, not its fault: `此文献不代表本站观点`, `本站资源均来自互联网`.
    Phrase("disclaimer", True, ("不代表",), rf"不代表{SITE}的?(?:观点|立场|意见)"),
    Phrase(
        "disclaimer",
        True,
        ("不保证", "不承担"),
        r"不(?:保证|承担)(?:下载|上传)?资源的?(?:准确性|安全性|完整性)",
    ),
    Phrase("disclaimer", True, SITES, rf"{SITE}(?:所有|全部)(?:的)?{WORK}"),
    Phrase(
        "disclaimer",
        True,
        SITES,
        rf"{SITE}(?:所有|全部)?的?{WORK}?(?:均|都|全部|大多|多)?(?:来自|来源于|取自|收集于|搜集于|转载自)"
        r"(?:网络|互联网|网友|用户)",
    ),
    Phrase("disclaimer", False, SITES, rf"{SITE}(?:郑重)?(?:提醒|提示|声明|温馨提示)(?:您)?:?"),
    Phrase(
        "disclaimer",
        True,
        ("本文关键词", "本文主要内容"),
        r"本文(?:主要内容)?关键词(?:为)?:[^\n]{0,120}?(?:整理发布|本站|仅供参考|阅读下载)" + END,
    ),
    Phrase(
        "disclaimer",
        True,
        ("于网络", "自网络", "于互联网", "自互联网"),
        r"[于自](?:网络|互联网)[^.。!?\n]{0,16}?(?:侵权|删除|仅供|版权归)",
        "(?:来源|来|源|取)",
    ),
    Phrase(
        "disclaimer",
        False,
        ("于网络", "自网络", "于互联网", "自互联网"),
        r"[于自](?:网络|互联网)",
        "(?:来源|来|源|取)",
    ),
    Phrase(
        "disclaimer",
        True,
        ("仅供",),
        r"仅供(?:个人)?(?:学习|参考|交流|研究|欣赏|浏览)+(?:使用|之用)?[^.。!?\n]{0,12}?"
        r"(?:请勿|不得|禁止|严禁)(?:用于|作为)?(?:商业|商用)",
    ),
    # also in a letter to citizens: `侵犯了您的合法权益，可以依法申请行政复议`
    Phrase(
        "disclaimer",
        False,
        ("侵犯了您", "侵犯您的"),
        r"侵犯了?您的?(?:版权|权益|隐私|著作权|合法权益|权利)",
    ),
    Phrase("disclaimer", True, ("24小时内删除",), r"24小时内删除"),
    Phrase(
        "disclaimer", False, ("版权归", "转载请注明"), r"(?:版权归(?:原)?作者所有|转载请注明出处)"
    ),
    Phrase("disclaimer", True, ("注意甄别",), r"注意甄别(?:内容中的)?(?:联系方式|诱导购买)"),
    # A sale is final: `一旦售出,不予退换`, `虚拟商品一经售出概不退款`.
    Phrase(
        "sale",
        True,
        ("售出",),
        r"售出[,后]?(?:概|恕)?不(?:予|支持)?(?:退换|退款|退货)",
        r"(?:虚拟(?:商品|产品))?(?:一经|一旦)|虚拟(?:商品|产品)",
    ),
    Phrase("sale", False, ("售出",), r"售出[,后]?(?:概|恕)?不(?:予|支持)?(?:退换|退款|退货)"),
    # The cut preview: `(省略854字,正式会员可完整阅读)`, `此处隐藏17650个字`, `剩余1页可下载查看`.
    Phrase(
        "truncation",
        True,
        ("省略", "隐藏", "未显示", "折叠"),
        r"(?:省略|隐藏|未显示|折叠)(?:了)?:?\d+个?字",
    ),
    Phrase(
        "truncation",
        True,
        ("会员",),
        rf"会员(?:可|才能|方可|即可)(?:完整|免费)(?:{READ})(?:全文|完整版|全部内容)?",
    ),
    Phrase("truncation", True, ("剩",), rf"剩余\d+页?(?:可|需|请)?{READ}(?:后)?查看"),
    Phrase(
        "truncation",
        True,
        ("试读已", "试阅", "预览"),
        r"(?:(?:试读|试阅)(?:已经?)?|预览已经?)结束(?!后|时|之后)",
    ),
    Phrase(
        "preview",
        True,
        ("显示", "展示"),
        r"(?:展示|显示)(?:部分|前\d+页)(?:内容|页面)?(?:预览|的预览)",
        "[仅只]",
    ),
    Phrase("preview", True, ("仅提供",), r"仅提供(?:部分|前\d+页)(?:内容|页面)?(?:预览|的预览)"),
    Phrase("preview", True, ("刷新页面",), r"刷新页面(?:文档)?(?:预览|重试)"),
    Phrase(
        "preview",
        True,
        ("预览",),
        r"预览(?:文档|效果)?(?:经过|已经?)?(?:压缩|与原文(?:档)?(?:不符|有差异))",
    ),
    Phrase(
        "preview",
        True,
        ("页",),
        r"页,?(?:可|支持)?(?:免费)?(?:在线|线上)?(?:阅读|预览|试读|试阅)",
        r"(?:本文档?|文档|文件|档案|资料|课件)(?:共|总共|一共)\d+",
    ),
    Phrase("preview", True, ("部分内容可能",), r"部分内容可能(?:不全|不完整|显示不全)"),
    Phrase(
        "preview",
        True,
        ("查看完整", "阅读完整", "查看全文", "阅读全文", "浏览全文"),
        r"(?:查看|阅读|浏览)(?:完整版?|全文)(?:内容)?(?:请|需要?|须)(?:先)?(?:付费|购买|开通|充值)",
    ),
    Phrase(
        "preview",
        False,
        ("查看完整", "阅读完整", "查看全文", "阅读全文", "浏览全文"),
        r"(?:查看|阅读|浏览)(?:完整版?|全文)(?:内容)?(?:请|需要?|须)(?:先)?(?:下载|登录)",
    ),
    Phrase(
        "preview",
        False,
        ("登录", "登入后"),
        r"登[录入]后(?:即可|可|才能)?(?:免费)?(?:查看|阅读|浏览)(?:全文|完整版|完整内容|全部内容)",
    ),
    Phrase(
        "preview",
        True,
        ("下载",),
        r"下载后(?:即可|可)?(?:查看|阅读|浏览)(?:全文|完整版|完整内容|全部内容|全部)",
    ),
    # Membership and payment: `成为VIP会员免费下载`, `VIP专享文档`, `点击进入团购`.
    Phrase(
        "member",
        True,
        VIPS,
        rf"vip(?:会员)?,?(?:专享|免费|特权|尊享|畅读|畅享|可(?:免费)?{READ})(?:{READ}|文档|特权)?",
    ),
    Phrase(
        "member",
        True,
        ("会员",),
        rf"会员,?(?:可|即可|享|专享)?(?:免费)?(?:{READ}|专享|特权|全文)",
        "(?:s?vip|超级|年费|包年|终身|高级|付费)",
    ),
    Phrase(
        "member",
        True,
        ("专享", "专属"),
        r"专[享属](?:文档|资料|资源|档案|文章)",
        "(?:会员|付费|vip)",
    ),
    Phrase(
        "member",
        True,
        ("开通",),
        rf"开通(?:s?vip|超级|年费|包年)?会员,?(?:即可|可|立即)?(?:免费)?(?:{READ})",
    ),
    Phrase("payment", True, ("团购",), r"团购合买"),
    Phrase("payment", True, ("团购",), r"团购", "进入"),
    # The site's own adverts: `上传文档赚钱`, `最新最全的文档下载`, `喜欢就复制下载吧`.
    Phrase(
        "advert",
        True,
        ("上传",),
        r"上传(?:文档|资料|作品|范文|课件)?(?:赚钱|赚收益|赚积分|领现金|得现金|得收益|得积分"
        r"|可(?:赚|得|获得?)(?:钱|收益|积分|现金))",
    ),
    Phrase("advert", True, ("最新最全",), rf"最新最全的?{WORK}(?:下载|大全|分享)?"),
    Phrase(
        "advert",
        True,
        ("合适的资源", "搜索试试"),
        r"(?:合适的资源[?!]?快?(?:使用|去)?搜索试试|搜索试试)~?(?:我知道了~?)?",
    ),
    Phrase(
        "advert",
        True,
        ("喜欢就",),
        r"喜欢就(?:复制|下载|收藏|分享|点赞|转发)[^,.。!?\n]{0,6}?吧[~!.。]*",
    ),
    Phrase(
        "advert", True, ("尽在",), rf"尽在(?:{SITE}|[\u4e00-\u9fff]{{1,6}}(?:网|文库|范文))[.。!]?"
    ),
    Phrase(
        "advert", True, ("精品文档", "好文档"), r"(?:精品|好)文档,?(?:就在这里|值得(?:你|您)下载)"
    ),
    Phrase("advert", True, ("下载",), r"下载(?:后)?(?:即)?可(?:任意|自由|随意)(?:编辑|修改|复制)"),
    # Before buying: `下载前请自行甄别文档内容的完整性`.
    Phrase(
        "upload", True, ("下载", "购买"), r"(?:下载|购买)之?前(?:请|务必)?(?:自行)?(?:甄别|预览)"
    ),
    # Headers of a notice block: `【下载声明】`, `(请认真阅读下面的提示信息)`.
    Phrase("header", True, ("下载", "购买"), r"(?:下载|购买)(?:声明|须知|说明|提示)[】\]]"),
    Phrase(
        "header",
        False,
        ("版权声明", "免责声明", "使用须知"),
        r"(?:版权|免责|使用)(?:声明|须知|说明|提示)[】\]]",
    ),
    Phrase(
        "header",
        False,
        ("认真阅读", "仔细阅读"),
        r"(?:认真|仔细)阅读(?:以下|下面|下列)的?(?:提示|说明|声明|须知)(?:信息)?",
    ),
    Phrase("header", False, ("温馨提示", "下载"), r"(?:温馨提示|下载提示|下载须知|下载说明):?"),
)

PHRASES += tuple(Phrase(*entry) for entry in PROMPTS)  # the slot phrases of _notice_prompts
PHRASES += tuple(Phrase(*entry) for entry in ADVERTS)  # the adverts of _notice_adverts
PHRASES += tuple(Phrase(*entry) for entry in MARKS)  # the site marks of _notice_marks
PHRASES += tuple(Phrase(*entry) for entry in VIEWS)  # the tallies of _notice_views
PHRASES += tuple(Phrase(*entry) for entry in STAMPS)  # the page stamps of _notice_stamps

ANCHORS = tuple(sorted({anchor for phrase in PHRASES for anchor in phrase.anchors}))
# Each phrase's pattern and lead, compiled when first tried; and the phrases each anchor
# may start: strong ones first, so that a match is the strong reading when both fit, and
# of those the ones with a lead, the more specific reading.
PATTERNS = tuple(lazy_compile(phrase.pattern) for phrase in PHRASES)
LEADS = tuple(lazy_compile(f"(?:{p.lead})\\Z") if p.lead else None for p in PHRASES)
_ORDER = sorted(range(len(PHRASES)), key=lambda i: (not PHRASES[i].strong, not PHRASES[i].lead))
BY_ANCHOR = {anchor: tuple(i for i in _ORDER if anchor in PHRASES[i].anchors) for anchor in ANCHORS}
