"""Stamps a web page's software prints around an article, in the words any site uses.

Sites that never share documents print them too, so they are read by their words and
their shape, not by a site's name:

* **Editor stamps**: the page's editor credited in brackets at the end of the article
  (`[责任编辑:郭碧娟]`, `（责任编辑：王小明）`, `【责编：李四】`): a role a news page's
  software fills in, closing its line. A report's own `编辑：` heading names no 责任编辑
  in brackets at the end of a line.
* **Browser notices**: a page telling its visitor to switch scripts on (`您的瀏覽器不支援
  JavaScript 功能,可能會造成部分網頁功能無法正常使用`): the browser, the script and what it
  breaks or what to do. A tutorial that explains `<noscript>` says neither.
* **Pagers**: a list page's tally of its entries and of a page
  (`1825筆資料,每頁顯示 10 筆`, `共36条记录 每页显示10条`).
* **Site slogans**: a site's name offering the text for download or reading
  (`扇子小说网为您提供冰黛儿文集txt下载`, `第一范文网为您提供工作总结免费下载`).
* **Upload notices** in a reader's words: the uploader and the free reading in one clause
  (`《学生骨干学习心得》由会员上传分享,免费在线阅读`).

The entries are the arguments of :class:`._notice_lexicon.Phrase` (kind, strong,
anchors, pattern, lead), matched on the compact copy of the text (no white space,
ASCII punctuation, Latin in lower case, traditional script folded) from the anchor on;
a lead is matched on the compact copy of the line before the anchor.
"""

from __future__ import annotations

# The roles a news page's software credits: `责任编辑`, `责编`, `值班编辑`.
_EDITOR = r"(?:责任编辑|责编|值班编辑)"
# A name, or names with their roles (`张三校对:李四`), up to the closing bracket.
_NAMES = r"[^\])】,.。!?;\n]{1,24}"
_USER = r"(?:用户|网友|会员|作者|上传者)"
_UPLOAD = r"(?:上传分享|上传|分享|投稿|发布)"
# What a site's slogan offers: the text to download or to read.
_OFFER = r"(?:txt下载|免费下载|下载|在线阅读|免费阅读|全文阅读|最新章节)"
# The name of a site before its slogan: `扇子小说网`, `第一范文网`, `本站`.
_SITE = r"(?:[\u4e00-\u9fff]{1,10}(?:网|站|文库|书屋|书城|书库)|本站|本网)"

STAMPS: tuple[tuple, ...] = (
    # `[责任编辑:郭碧娟]`, `(责任编辑:王小明)`, `【责编:李四】`, closing the line.
    ("tag", True, ("责任编辑", "责编", "值班编辑"), rf"{_EDITOR}:?{_NAMES}[\])】]$", r"[\[【(]"),
    # `您的浏览器不支援JavaScript功能,可能会造成部分网页功能无法正常使用`,
    # `你的浏览器禁用了JavaScript,请开启后刷新`.
    (
        "disclaimer",
        True,
        ("浏览器",),
        r"浏览器(?:不支持|不支援|未启用|未开启|已禁用|禁用了?|关闭了?)(?:javascript|js|脚本)"
        r"(?:功能)?[^.。!?\n]{0,40}?(?:无法正常|不能正常|(?:请|建议)(?:开启|启用|启动|打开))",
        r"(?:您|你)的?",
    ),
    # `1825笔资料,每页显示10笔`, `共36条记录每页显示10条`: a pager, the tally before it.
    (
        "tally",
        True,
        ("每页显示",),
        r"每页显示\d+(?:条|笔|篇|项|个|行)?",
        r"(?:共有?|总共)?\d+(?:条|笔|篇|项|个)(?:资料|记录|数据|信息|结果|文章|新闻)?,?",
    ),
    # `扇子小说网为您提供冰黛儿文集txt下载`, `本站为您提供工作总结免费下载`.
    (
        "advert",
        True,
        ("为您提供", "为你提供"),
        rf"为(?:您|你)提供[^.。!?,;\n]{{1,30}}?{_OFFER}",
        _SITE,
    ),
    # `由会员上传分享,免费在线阅读`, `由用户分享,可在线预览`.
    (
        "upload",
        True,
        ("由用", "由网", "由会", "由作", "由上"),
        rf"由{_USER}{_UPLOAD}(?:\([^)]{{1,20}}\))?,(?:免费|可|可以)?在线(?:阅读|预览|浏览|查看)",
    ),
)
