"""The phrases of FC205-FC208 that sharing sites print word for word.

Each pattern starts on a literal of the shared anchor pass (``_anchors.py``);
the words before an anchor are its lead (see :class:`._anchors.Lead`). The
wording that varies from site to site is matched by the phrase lexicon of
``_notice_lexicon.py`` instead.
"""

from __future__ import annotations

from ..patterns import lazy_compile
from ._anchors import EOL, SP, TAIL, lead

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
