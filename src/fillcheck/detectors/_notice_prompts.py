"""More notice phrases, in the forms sites unseen so far print them.

Each entry is a slot pattern, not one site's sentence: a membership prompt is
an action (`注册`, `开通`, `成为`) with a member word and a benefit (`享用更多功能`,
`畅享海量文档`); a truncation note says the text is cut (`内容过长，仅展示`,
`未完，全文共6831字`); an advert names the site with a call to the reader
(`欢迎来到九壹网`, `更多精彩内容请关注本站`, `海量文档免费下载`); an upload
notice names who put the text there (`本文档由网友上传`).

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
    r"(?:更多|全部|海量|全站|无限|所有|专属|免费)?(?:功能|特权|资源|文档|资料|内容|权益|下载|阅读|全文)"
    r"|(?:免费)?(?:下载|阅读|查看|浏览|复制)(?:全文|文档|资料|本文)?)"
)
_SITE_WORD = r"(?:网|站|文库|平台|社区|论坛|范文|频道|公众号|官网)"

# Where a site's SEO blurb starts: `为你整理了…的详细内容`.
_FOR_YOU = tuple("为你整理 为您整理 为大家整理 为你带来 为您带来 为您提供关于 为你提供关于".split())

PROMPTS: tuple[tuple, ...] = (
    # Membership: an action, a member word and a benefit.
    ("member", True, ("没有账号", "没有帐号"), r"没有[账帐]号[?,]?(?:立即|点击|马上|免费|去)?注册"),
    (
        "member",
        False,
        ("登录", "登陆"),
        r"登[录陆]后?才(?:可以|能)(?:下载|查看|浏览|阅读|回复)",
    ),
    (
        "member",
        True,
        ("注册",),
        r"注册[,]?(?:[^,。!?\n]{0,10},)?[^。!?\n]{0,8}?(?:享用|享受|畅享|解锁|获取|获得)"
        r"(?:更多|全部|海量|免费|专属)(?:功能|特权|资源|文档|内容|权益)",
        r"(?:马上|立即|免费|快速|现在)",
    ),
    (
        "member",
        True,
        ("开通", "加入", "成为", "升级", "充值"),
        rf"(?:开通|加入|成为|升级|充值)(?:为)?{MEMBER},?{BENEFIT}",
    ),
    # A forum's log-in bar: `只需一步,立刻登录`, `您尚未登录,立即登录享受更好的浏览体验!`.
    ("member", True, ("只需一步",), r"只需一步,?(?:立刻|立即|快速)(?:登录|开始|注册)"),
    (
        "member",
        True,
        ("尚未登录", "还未登录", "没有登录"),
        r"(?:尚|还|没有)未?登录,?(?:请|立即|马上)?(?:登录|注册)",
    ),
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
    # A cut text: `内容过长,仅展示部分`, `未完,全文共6831字`, `完整版请下载`.
    ("truncation", True, ("内容过长",), r"内容过长,?(?:仅|只)(?:展示|显示|截取|节选)"),
    ("truncation", True, ("未完",), r"未完[,]?(?:全文共\d+字|请(?:阅读|查看|下载|登录))"),
    (
        "truncation",
        True,
        ("完整版", "完整内容"),
        r"完整(?:版|内容)(?:请|需要?|须)(?:先)?(?:下载|登录|购买|付费|开通)",
    ),
    (
        "truncation",
        False,
        ("以上为", "以上是"),
        r"以上(?:为|是)(?:部分|节选|预览)(?:内容|页面|文字)",
    ),
    ("truncation", True, ("阅读全文", "查看全文", "浏览全文"), r"(?:阅读|查看|浏览)全文[>»》]"),
    # A sharing site's tag on a title: `述职报告(可编辑)`, `工作总结【word版】` (not `(精品)`,
    # which a speech's own title may carry).
    (
        "tag",
        True,
        ("可编辑", "word版", "Word版", "WORD版", "doc版", "可下载"),
        r"(?:可编辑|word版|word可编辑|doc版|可下载)(?:版|文档)?[)\]】]",
        r"[(\[【]",
    ),
    ("advert", False, ("下载",), r"下载(?:后|之后)?(?:即|均)?可(?:直接)?(?:编辑|修改|复制|打印)"),
    # Download links: `点此下载`, `下载地址:`.
    ("payment", True, ("点此下载", "点击此处下载", "点这里下载"), r"(?:点此|点击此处|点这里)下载"),
    ("payment", False, ("下载地址", "下载链接"), r"下载(?:地址|链接)[:]"),
    # Who put it there: `本文档由网友上传`.
    (
        "upload",
        True,
        ("本文由", "本文档由", "本资料由", "本篇由"),
        r"本(?:文档?|资料|篇)由[^\n,。]{1,20}?(?:上传|上载|网友分享|用户分享|整理发布|投稿)",
    ),
    # The site's own adverts: `欢迎来到九壹网`, `更多精彩内容请关注本站`, SEO blurbs.
    (
        "advert",
        True,
        ("欢迎来到", "欢迎光临", "欢迎访问"),
        rf"欢迎(?:来到|光临|访问)[^\n,。!]{{1,12}}?{_SITE_WORD}[!。]?",
        r"(?:您好|你好|亲),?",  # a banner that starts the line is FC210's (`欢迎光临…网`)
    ),
    (
        "advert",
        True,
        ("更多精彩", "更多相关", "更多范文", "更多内容", "更多优秀", "更多资料"),
        r"更多(?:精彩|相关|范文|内容|优秀|资料)[^\n。]{0,12}?(?:请|敬请|欢迎)?(?:关注|访问|登录|点击|进入|搜索)"
        rf"[^\n。]{{0,16}}?{_SITE_WORD}",
    ),
    (
        "advert",
        False,
        ("公众号",),
        r"公众号[^\n。]{0,20}?(?:获取|领取|回复|免费)",
        r"关注(?:微信)?",
    ),
    (
        "advert",
        True,
        ("海量",),
        r"海量[^\n。]{0,8}?(?:文档|资料|范文|模板|资源|课件)[^\n。]{0,10}?(?:免费|下载|一键|尽在)",
    ),
    ("advert", True, ("不可错过的",), r"不可错过的(?:文章|好文|内容|资料)"),
    # An SEO blurb: the site tells the reader what it gathered for them.
    (
        "advert",
        True,
        _FOR_YOU,
        r"为(?:你|您|大家)(?:整理|带来|提供)了?(?:关于)?[^\n。]{1,80}?"
        r"的(?:详细内容|相关内容|有价值信息|相关知识|知识点)",
    ),
    # A viewer's instruction: `(请直接点选题目观看答案)`, `点击查看答案解析`.
    (
        "prompt",
        True,
        ("点选", "点击"),
        r"点(?:选|击)[^\n。,]{0,8}?(?:观看|查看|显示)(?:答案|解析|全文|原文)",
    ),
)
