"""Advert phrases of sharing and 范文 sites: a channel, a call to the reader and a benefit.

A site's advert names where to go (a 公众号, an app, a client, a QR code), asks the
reader to go there (`关注`, `扫码`, `下载`) and promises something (`免费领取`, `海量范文`,
`阅读全文`): `扫码关注公众号，免费获取更多资料`, `下载APP，海量文档免费看`,
`长按识别二维码，回复“总结”领取完整版`. A report names a 公众号 or a QR code too
(`通过微信公众号扫码报名`), but never promises the reader free documents: a phrase
needs the benefit to be strong; a call with no benefit (`微信扫一扫`) counts only next
to other residue.

The entries are the arguments of :class:`._notice_lexicon.Phrase` (kind, strong,
anchors, pattern, lead), matched on the compact copy of the text (no white space,
ASCII punctuation, Latin in lower case) from the anchor on. Anchors start with
characters rare in report text (扫, 众, 码, 海).
"""

from __future__ import annotations

# What an advert promises the reader: free or more documents, the full text.
_GOODS = r"(?:资料|范文|文档|模板|全文|完整版|word版?|资源|课件|试题|素材|干货|材料|文章|内容)"
_BENEFIT = (
    rf"(?:(?:免费|即可|可)?(?:领取|获取|获得|下载|查看|阅读|看)(?:更多|全部|海量|完整|全套)?{_GOODS}"
    rf"|(?:更多|海量|全套|免费)(?:精彩|优质|精品)?{_GOODS})"
)
_CLAUSE = r"[^.。!?\n]{0,24}?"  # the rest of the advert's sentence, before the benefit

ADVERTS: tuple[tuple, ...] = (
    # `关注公众号“范文大全”，回复“述职”免费领取`, `搜索公众号xxx获取更多资料`.
    (
        "advert",
        True,
        ("众号",),
        rf"众号{_CLAUSE}{_BENEFIT}",
        r"(?:关注|搜索|添加|扫码|扫描)[^,.。!?\n]{0,12}?公",
    ),
    ("advert", False, ("众号",), r"众号", r"(?:关注|扫码|扫描)(?:我们的?|本站|官方)?(?:微信)?公"),
    # `扫码免费下载`, `扫一扫，阅读全文`, `长按识别二维码 领取完整版`.
    (
        "advert",
        True,
        ("扫码", "扫一扫", "扫描二维码"),
        rf"(?:扫码|扫一扫|扫描二维码){_CLAUSE}{_BENEFIT}",
    ),
    # (anchored on 维码: 二 starts too many words of a report to be an anchor)
    ("advert", True, ("维码",), rf"维码{_CLAUSE}{_BENEFIT}", "二"),
    # (`微信扫一扫登录` is a log-in form's, FC210 reads it.)
    ("advert", False, ("扫码", "扫一扫"), r"(?:扫码|扫一扫)(?!登[录陆])(?:关注|下载|阅读|添加)?"),
    # `下载APP，海量文档免费看`, `下载百度文库App阅读全文`.
    (
        "advert",
        True,
        ("下载",),
        rf"下载[\u4e00-\u9fff]{{0,6}}(?:app|客户端){_CLAUSE}(?:{_BENEFIT}|免费|畅读|畅享)",
    ),
    # `海量范文免费下载`, `海量文档任意下`.
    (
        "advert",
        True,
        ("海量",),
        rf"海量(?:优质|精品|免费)?{_GOODS}[^.。!?\n]{{0,8}}?(?:免费|下载|任意|随心|畅享|尽在|在线)",
    ),
    # A membership's price: `VIP会员仅需9.9元`, `年费VIP低至0.3元/天`.
    (
        "member",
        True,
        ("VIP", "vip", "Vip", "ＶＩＰ", "ｖｉｐ"),
        r"vip(?:会员)?(?:仅需|只需|只要|低至|限时)",
    ),
    # A sale's terms: `一经付费…不意味着购买了该文档的版权`,
    # `成为VIP后,下载本文档将扣除1次下载权益`.
    (
        "sale",
        True,
        ("不意味着",),
        r"不意味着(?:您)?(?:购买|获得|拥有)了?(?:该|本)?(?:文档|资料|作品)的?版权",
    ),
    ("member", True, ("下载权益",), r"下载权益"),
    (
        "member",
        True,
        ("VIP", "vip", "Vip", "ＶＩＰ", "ｖｉｐ"),
        r"vip(?:会员)?后,?(?:下载|您将|即可|可|免费)",
        r"(?:成为|开通|升级为?)",
    ),
    (
        "member",
        True,
        ("VIP", "vip", "Vip", "ＶＩＰ", "ｖｉｐ"),
        r"vip(?:文档|资料|专享文档)(?:为|是|,)",
    ),
    ("disclaimer", False, ("版权申诉",), r"版权申诉"),
    # A blog's length and reading time above the text:
    # `共计 2886 个字符,预计需要花费 8 分钟才能阅读完成`, `本文约2000字,预计阅读时间5分钟`
    # (a plan's `每天阅读时间30分钟` has no such lead).
    ("header", True, ("花费",), r"花费\d+分钟(?:才能|即可|可)?(?:阅读|读完)", r"需要?"),
    (
        "header",
        True,
        ("阅读时间", "阅读时长", "阅读需", "阅读约需", "阅读大约"),
        r"阅读(?:时间|时长|需要?|约需|大约需?)(?:约|大约)?:?\d+分钟",
        r"(?:预计|本文|全文)[^。\n]{0,14}?",
    ),
    # A zone for subscribers or members where the text stops: `這是明報教育網-訂戶專區`.
    (
        "member",
        True,
        ("专区",),
        r"专区[^.。!?\n]{0,12}?(?:请先?登[录入]|登[录入]后)",
        r"(?:订户|会员|vip|付费)",
    ),
    ("member", False, ("专区",), r"专区", r"(?:订户|付费)"),
)
