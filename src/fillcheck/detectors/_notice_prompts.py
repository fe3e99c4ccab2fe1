"""More notice phrases, in the forms sites unseen so far print them.

Each entry is a slot pattern, not one site's sentence: a membership prompt is
an action (`注册`, `开通`, `成为`) with a member word and a benefit (`享用更多功能`,
`畅享海量文档`); a truncation note says the text is cut (`未完，全文共6831字`,
`完整版请下载`); an advert names the site with a call to the reader
(`欢迎来到九壹网`, `更多精彩内容请关注本站`); an upload notice names who put the
text there (`本文档由网友上传`).

Anchors are few and start with characters that are rare in report text: the
shared anchor pass tries every anchor at every occurrence of an anchor's first
character, so a phrase that opens with a common word (`成为`, `加入`, `点击`) is
anchored on a later, rarer word and takes the common one as its lead (`会员`
after `成为年费`), and phrases share one anchor where they can (`更多`, `欢迎`).

The entries are the arguments of :class:`._notice_lexicon.Phrase` (kind,
strong, anchors, pattern, lead) and follow its conventions: patterns match the
compact copy of the text (no white space, ASCII punctuation, Latin in lower
case) from the anchor on; a lead ends right before the anchor.
"""

from __future__ import annotations

MEMBER = r"(?:s?vip|超级|年费|包年|终身|高级|付费|正式)?(?:会员|vip)"
# What a membership promises: `享用更多功能`, `畅享海量文档`, `免费下载`.
BENEFIT = (
    r"(?:即可|可以?|立即|后)?(?:(?:免费|尊享|畅享|享用|享受|解锁|获取|获得)"
    r"(?:更多|全部|海量|全站|无限|所有|专属|免费)?(?:功能|特权|资源|文档|资料|下载|阅读|全文)"
    r"|(?:免费)?(?:下载|阅读|查看|浏览|复制)(?:全文|文档|资料|本文)?)"
)
_SITE_WORD = r"(?:网|站|文库|平台|社区|论坛|范文|频道|公众号|官网)"

# What a page hides and the step that shows it: `部分链接隐藏,注册或登陆后显示`.
_HIDDEN = r"(?:链接|图片|内容|附件|资源|下载地址|地址|全文|答案)(?:已被?)?隐藏"
_SIGN_UP = r"(?:注册|登录|登陆|回复|购买|付费)"

# Where a site's SEO blurb starts: `为你整理了…的详细内容`.
_FOR_YOU = ("为你", "为您", "为大家")

PROMPTS: tuple[tuple, ...] = (
    # Membership: an action, a member word and a benefit.
    ("member", True, ("没有账", "没有帐"), r"没有[账帐]号[?,]?(?:立即|点击|马上|免费|去)?注册"),
    (
        "member",
        False,
        ("登录", "登陆"),
        r"登[录陆]后?才(?:可以|能)(?:下载|查看|浏览|阅读|回复)",
    ),
    (
        "member",
        True,
        ("享用", "畅享"),
        r"(?:享用|享受|畅享)(?:更多|全部|海量|免费|专属)(?:功能|特权|资源|文档|内容|权益)",
        r"(?:马上|立即|免费|快速|现在)注册[^。!?\n]{0,16}",
    ),
    ("member", True, ("开通",), rf"开通(?:为)?{MEMBER},?{BENEFIT}"),
    (
        "member",
        True,
        ("会员", "vip", "VIP", "Vip"),
        rf"(?:会员|vip),?{BENEFIT}",
        r"(?:加入|成为|升级|充值)(?:为)?(?:s?vip|超级|年费|包年|终身|高级|付费|正式)?",
    ),
    # A forum's log-in bar: `只需一步,立刻登录`, `您尚未登录,立即登录享受更好的浏览体验!`.
    (
        "member",
        True,
        ("只需一步",),
        r"只需一步,?(?:立刻|立即|快速)(?:登录|开始|注册)",
    ),
    ("member", True, ("未登录",), r"未登录,?(?:请|立即|马上)?(?:登录|注册)", r"(?:尚|还)"),
    (
        "member",
        True,
        ("登录",),
        r"登录(?:后)?(?:即可)?(?:享受|享用|畅享|获得)(?:更好|更多|完整)的?(?:浏览|阅读|使用)?(?:体验|功能|服务)",
        r"(?:立即|马上|免费|快速)",
    ),
    # A member's right named bare: `会员免费下载`, `VIP专享内容`.
    ("member", True, ("会员",), r"会员(?:免费|专享|尊享)(?:下载|阅读|查看|浏览|复制)"),
    ("member", True, ("专享", "专属"), r"专[享属](?:内容|范文|全文|下载)", "(?:会员|付费|vip)"),
    ("member", False, ("登录", "登陆"), r"登[录陆]后(?:即可|可|才能)?(?:免费)?下载"),
    # A cut text: `未完,全文共6831字`, `完整版请下载`, `阅读全文>>`.
    ("truncation", True, ("未完",), r"未完[,]?(?:全文共\d+字|请(?:阅读|查看|下载|登录))"),
    (
        "truncation",
        True,
        ("版请", "版需"),
        r"版(?:请|需要?|须)(?:先)?(?:下载|登录|购买|付费|开通)",
        r"完整",
    ),
    ("truncation", True, ("阅读全文", "查看全文", "浏览全文"), r"(?:阅读|查看|浏览)全文[>»》]"),
    # A sharing site's tag on a title: `述职报告(可编辑)`, `工作总结【可编辑版】` (not `(精品)`,
    # which a speech's own title may carry).
    (
        "tag",
        True,
        ("可编辑",),
        r"可编辑(?:版|文档)?[)\]】]",
        r"[(\[【]",
    ),
    ("advert", False, ("下载",), r"下载(?:后|之后)?(?:即|均)?可(?:直接)?(?:编辑|修改|复制|打印)"),
    # Download links: `点此下载`, `下载地址:`.
    ("payment", True, ("下载",), r"下载", r"(?:点此|点击此处|点这里)"),
    ("payment", False, ("下载",), r"下载(?:地址|链接)[:]"),
    # Who put it there: `本文档由网友上传`.
    ("upload", True, ("上传",), r"上传", r"本(?:文档?|资料|篇)由[^\n,。]{1,20}?"),
    # The site's own adverts: `欢迎来到九壹网`, `更多精彩内容请关注本站`, SEO blurbs.
    (
        "advert",
        True,
        ("欢迎",),
        rf"欢迎(?:来到|光临|访问)[^\n,。!]{{1,12}}?{_SITE_WORD}[!。]?",
        r"(?:您好|你好|亲),?",  # a banner that starts the line is FC210's (`欢迎光临…网`)
    ),
    # A site greeting its readers: `大家好,欢迎来到IT知识分享网。` (a web site's name only: a
    # speech greets its hearers to a forum or a platform, and `国家电网` is a company).
    (
        "advert",
        True,
        ("欢迎",),
        r"欢迎(?:来到|光临|访问)(?:本站|[^\n,。!]{1,12}?(?:(?<![电联])网|网站|博客))[!。]?",
        r"大家好[,!]?",
    ),
    (
        "advert",
        True,
        ("更多",),
        r"更多(?:精彩|范文|优秀|资料)[^\n。]{0,12}?(?:请|敬请|欢迎)?(?:关注|收藏|访问)"
        r"[^\n。]{0,16}?(?:本站|本网|范文网|文库|公众号|频道)",
    ),
    ("advert", True, ("错过的",), r"错过的(?:文章|好文|内容|资料)", r"不可"),
    # A novel mirror's banner: `无名小说网 www.wmtxt.so,最快更新元尊…最新章节!`.
    ("advert", True, ("最快更新",), r"最快更新[^\n。!,;:]{1,30}?最新章节!?"),
    # An SEO blurb: the site tells the reader what it gathered for them.
    (
        "advert",
        True,
        _FOR_YOU,
        r"为(?:你|您|大家)(?:整理|带来|提供)了?(?:关于)?[^\n。]{1,80}?"
        r"的(?:详细内容|相关内容|有价值信息|相关知识|知识点)",
        r"本篇?文章?",  # `本篇文章为你整理了…`; a lecture's `为大家提供了…的相关知识` is prose
    ),
    # Hidden until the reader signs up: `部分链接隐藏,注册或登陆后显示`, `注册或登录后可见`.
    (
        "member",
        True,
        ("后显示", "后可见", "后查看"),
        r"后(?:显示|可见|查看)",
        rf"{_HIDDEN},?(?:请)?{_SIGN_UP}(?:或{_SIGN_UP})?",
    ),
    ("member", False, ("后显示", "后可见"), r"后(?:显示|可见)", rf"{_SIGN_UP}或{_SIGN_UP}"),
    # A blog platform's licence line: `遵循 CC 4.0 BY-SA 版权协议`, `本文为博主原创文章`,
    # `商业转载请联系作者获得授权`.
    ("disclaimer", True, ("版权协议",), r"版权协议", r"遵循cc[\d.]*(?:by|nc|nd|sa|-)*"),
    (
        "disclaimer",
        True,
        ("原创文章",),
        r"原创文章",
        r"本文(?:为|是|系)(?:csdn)?博主[^,。\n]{0,20}?的?",
    ),
    ("disclaimer", True, ("商业转载",), r"商业转载请联系(?:作者|原作者|本站)获得授权"),
    # A content farm's opening and closing lines: `本篇文章给大家谈谈…,以及…对应的知识点`,
    # `不要忘了收藏本站喔`, `别忘了关注本站,现在开始吧!`.
    (
        "advert",
        True,
        ("忘了收藏", "忘了关注", "忘记收藏", "忘记关注"),
        r"忘[了记](?:收藏|关注)(?:本站|本网|我们|网站)",
        r"(?:不要|别|记得|千万别)",
    ),
    (
        "advert",
        True,
        ("给大家", "给各位"),
        r"给(?:大家|各位)(?:谈谈|分享|介绍)[^\n。]{1,60}?,(?:以及|其中也会对)[^\n。]{1,60}?"
        r"(?:对应的知识点|进行解释)",
    ),
    # A site's credit for the text: `本文由第一范文网整理`, `本篇由某某文库小编收集`.
    (
        "upload",
        True,
        ("网整理", "网收集", "网编辑", "网小编", "库整理", "库小编"),
        r"(?:网|库)(?:小编)?(?:整理|收集|编辑)(?:发布)?",
        r"本(?:文|篇|资料|内容)?由[^,。\n]{1,12}?(?:文)?",
    ),
    # More of a content farm's template lines: `那么本篇文章就来给大家详细解答一下`,
    # `下面开始了哦!`, `一起跟随小编过来看看吧`, `也希望大家多多支持脚本之家`.
    ("advert", True, ("详细解答一下",), r"详细解答一下", r"(?:本篇)?文章就来给(?:大家|各位|你)"),
    ("advert", True, ("下面开始了哦",), r"下面开始了哦[!。]?"),
    ("advert", True, ("跟随小编",), r"跟随小编(?:过来|一起)?看看吧"),
    (
        "advert",
        True,
        ("多多支持",),
        rf"多多支持[^\s,。!]{{1,8}}?(?:之家|{_SITE_WORD})[.。!]?",
        r"(?:也)?希望大家",
    ),
    # A page's reading-time stamp: `本文共计58626个字,预计阅读时长234.5分钟`.
    (
        "advert",
        True,
        ("预计阅读", "阅读时长"),
        r"(?:预计阅读|阅读时长)(?:时长|时间)?(?:约|大约|需)?[\d.]+分钟",
        r"(?:共计?|全文)\d+个?字,?",
    ),
    # A viewer's instruction: `(请直接点选题目观看答案)`, `点击查看答案解析`.
    (
        "prompt",
        True,
        ("看答案",),
        r"看答案",
        r"点(?:选|击)[^\n。,]{0,8}?(?:观|查)",
    ),
)
