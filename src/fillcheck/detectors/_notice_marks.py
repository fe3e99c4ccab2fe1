"""Marks a sharing or 范文 site leaves in a text's body: its name, its format notes, its cuts.

* **Format notes**: what the download is and what it allows (`本文档为Word格式，可自由
  编辑修改`, `文档可编辑，下载后可直接使用`): a file type or 可编辑 with an edit or a
  download promised, which a report never says of itself.
* **Cuts**: where the preview stops (`以上为部分内容，完整版请点击下载`, `内容过长，仅展示
  部分，下载查看全文`): part of the text, and the rest for a download.
* **Site marks**: the site named as the text's source or its editor, by a name of a
  sharing or 范文 site (`本文由第一范文网整理发布`, `本文来源：好范文网`), and the page's
  own address (`本文链接：https://…`, `转载请注明出处：https://…`). A news article's
  source (`来源：新华社`) names no such site and stays silent.

The entries are the arguments of :class:`._notice_lexicon.Phrase` (kind, strong,
anchors, pattern, lead), matched on the compact copy of the text (no white space,
ASCII punctuation, Latin in lower case) from the anchor on.
"""

from __future__ import annotations

# A sharing or 范文 site by the last words of its name: `第一范文网`, `豆丁文库`, `文秘网`,
# anchored on its last two characters (范, 作, 资 and 公 start too many words of a report);
# the words before them are the lead.
_SITE_NAME = r"(?:文网|文站|文库|料网|档网)"
_SITE_ANCHORS = ("文网", "文站", "文库", "料网", "档网")
# As a text's source, a library's 文库 is no site: `资料来自学校图书馆文库`.
_SOURCE_NAME = r"(?:文网|文站|料网|档网)"
# A site's address after its name, in brackets or not: `第一范文网www.diyifanwen.com`.
_ADDRESS = r"\(?(?:https?://)?(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,10}){1,3}/?\)?"
# The services of a web-design company's advert.
_BUILD = ("网站建设", "网站制作", "网站设计", "做网站", "建站", "小程序制作", "小程序开发")
_BUILD_WORD = "(?:" + "|".join(_BUILD) + ")"
_WORD = ("word格式", "Word格式", "WORD格式", "word版", "Word版", "WORD版")
_WORD += ("word文档", "Word文档", "WORD文档")

MARKS: tuple[tuple, ...] = (
    # `本文档为Word格式，可自由编辑修改`, `此范文为word版,下载后可直接打印`.
    (
        "disclaimer",
        True,
        _WORD,
        r"word(?:格式|版本?|文档)(?:的)?(?:文档|文件)?,?(?:下载后)?(?:可以?|方便|能)"
        r"(?:自由|任意|随意|直接|自行)?(?:编辑|修改|打印|使用|复制)",
        r"(?:本|此|该)(?:文档|文件|资料|范文|文章|文)?(?:为|是|格式为)"
        r"|(?:文档|文件|资料|范文)(?:为|是|格式为)",
    ),
    # `文档可编辑，下载后可直接使用`, `【此文档可编辑修改，如需请下载】`.
    ("disclaimer", True, ("可编辑",), r"可编辑(?:修改)?[^.。!?\n]{0,10}?下载"),
    # The preview's cut: `以上为部分内容，完整版请点击下载`, `仅展示部分，下载查看全文`.
    (
        "truncation",
        True,
        ("部分内容",),
        r"部分内容[^.。!?\n]{0,12}?(?:完整版|全文|下载|会员)",
        r"(?:以上|此处|这里|本文|当前)?(?:为|是|仅为|只是|仅|只)",
    ),
    (
        "truncation",
        True,
        ("展示部分", "显示部分", "预览部分"),
        r"(?:展示|显示|预览)部分(?:内容)?[^.。!?\n]{0,12}?(?:下载|全文|完整)",
        r"(?:仅|只)",
    ),
    ("truncation", False, ("未完待续",), r"未完待续"),
    # The site as the text's editor or source: `本文由第一范文网整理发布`.
    (
        "upload",
        True,
        _SITE_ANCHORS,
        rf"{_SITE_NAME}(?:{_ADDRESS})?(?:小编)?(?:整理|收集|编辑|提供|发布|原创|首发)",
        r"由[\u4e00-\u9fff]{0,7}",
    ),
    # A site's signature: its name and its address (`兴国资源网 Design By www.nnzcdc.com`).
    (
        "advert",
        True,
        ("Design By", "Design by", "design by", "Powered By", "Powered by", "powered by"),
        rf"(?:design|powered)by{_ADDRESS}",
        r"[\u4e00-\u9fff]{1,8}[网站]",
    ),
    (
        "upload",
        True,
        _SITE_ANCHORS,
        _SOURCE_NAME,
        r"(?:本文|文章|本篇|此文|范文)(?:来源|来自|出自|选自)于?:?[\u4e00-\u9fff]{0,7}",
    ),
    # The page's own address: `本文链接：https://…`, `转载请注明出处：https://…`.
    (
        "disclaimer",
        True,
        ("本文链接", "本文地址", "本文网址", "永久链接"),
        r"(?:本文(?:链接|地址|网址)|永久链接):?(?:https?://|www\.)",
    ),
    (
        "disclaimer",
        True,
        ("转载请注明",),
        r"转载请注明(?:出处|来源|原文链接|链接)?:?(?:https?://|www\.)",
    ),
    # The same request with a comma or a condition before it: `如若转载,请注明出处:https://…`.
    (
        "disclaimer",
        True,
        ("请注明出处", "请注明来源", "请注明原文"),
        r"请注明(?:出处|来源|原文链接|原文出处|原文地址)?:?(?:https?://|www\.)",
        r"转载,",
    ),
    (
        "disclaimer",
        False,
        ("请注明出处", "请注明来源"),
        r"请注明(?:出处|来源)",
        r"(?:如若|如需|若需)转载,",
    ),
    # A web-design company's advert a mirror site injects into the articles it copies: two of
    # its services offered in one sentence (`专业提供康县企业网站建设,专注与网站制作、做网站`,
    # `提供成都做网站、成都网站设计…服务`); a report's `加强政府网站建设` names one and offers none.
    (
        "advert",
        True,
        _BUILD,
        rf"{_BUILD_WORD}[^.。!?;\n]{{0,40}}?{_BUILD_WORD}",
        r"(?:提供|专注(?:于|与)?|专业)[\u4e00-\u9fff]{0,8}",
    ),
    # A call to the site: `更多相关文章请访问本站`, `欢迎收藏本站`
    # (`请访问本站首页查看公告` is a government page's own.)
    (
        "advert",
        True,
        ("本站",),
        r"本站",
        r"(?:更多[^,.。!?\n]{0,10}?(?:请|欢迎)?(?:访问|关注)|(?:请|欢迎)收藏"
        r"|(?:不要|别)忘了?(?:收藏|关注))",
    ),
    # A search-engine blurb's set phrases, whatever the topic: `本篇文章给大家谈谈X，以及Y对应的
    # 知识点`, `今天给各位分享X的知识，其中也会对Y进行解释`, `如果能碰巧解决你现在面临的问题`,
    # `我们将为您详细介绍X的相关知识，此外，我们还将为您提供关于…`, `…这个问题，很多人还不知道`.
    (
        "advert",
        True,
        ("谈谈",),
        r"谈谈[^.。!?\n]{1,40}?对应的知识点",
        r"(?:本篇文章|本文|文章)?给(?:大家|各位)",
    ),
    ("advert", True, ("分享",), r"分享[^.。!?\n]{1,40}?的知识,其中也会对", r"给(?:各位|大家)"),
    ("advert", True, ("碰巧",), r"碰巧解决(?:你|您)现在面临的问题"),
    (
        "advert",
        True,
        ("详细介绍",),
        r"详细介绍[^.。!?\n]{1,40}?的相关知识,此外,?我们还将为(?:您|你)提供",
    ),
    ("advert", True, ("很多人还不知道",), r"很多人还不知道", r"这个问题,?"),
    # A code site's summary blurb: `这篇文章主要介绍了…,需要的朋友可以参考下`.
    ("advert", True, ("需要的朋友",), r"需要的朋友(?:们)?可以参考(?:一)?下"),
)
