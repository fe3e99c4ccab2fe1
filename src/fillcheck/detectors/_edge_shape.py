"""The shape of one line of site machinery, read from its tokens and scored.

A line is cut into tokens at spaces, bars and middle dots, each token given a kind
and points (see ``_edge_tokens``: a field, a date, a clock, a counter, a stamp word,
a form or button word, a user handle, a short word, or nothing a site writes), and
read whole for the rows, buttons, notices and signatures a site prints. The line's kind:

* ``sure``: site machinery by its shape alone: a skip link (`跳到主要內容`), a
  menu row holding a navigation word (`网站首页 | 网站地图`), a metadata line
  whose points reach :data:`_edge_tokens._SURE_POINTS` (two site fields, a field with a
  clock, a stamp word with a counter);
* ``meta``: a metadata line below that score (`时间:2022-05-14 09:10:00`): residue
  where other residue stands near it;
* ``weak``: a handle, a count, a form word, a lone date with a clock: residue
  only inside a run of residue;
* ``edge``: a button or a site's own notice, residue on the text's edge line.

Lines come from the document's view, where traditional script is folded to simplified.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._edge_marks import (
    ARTICLE_CRUMB,
    EXPANDER,
    LINK_HEADER,
    SEARCH_PROMPT,
    SITE_RIGHTS,
    action_row,
    counter_stamp,
    member_prompt,
    site_footer,
    title_bar,
)
from ._edge_stamps import stamp_shape, unglued
from ._edge_tokens import EDGE, MARK, META, SURE, TOKENS, WEAK, read_fields
from ._edge_viewer import plain_words, viewer_shape
from ._edge_words import (
    EN_STAMPS,
    NAV_WORDS,
    PANEL_SUBJECTS,
    PANEL_WORDS,
    UI_WORDS,
)

# A line of prose: a sentence end, or longer than a heading (a metadata line may be longer).
PROSE_LEN = 40
_FIELDS_LEN = 80
SENTENCE_END = ("。", "！", "？", "；", "!", "?", "”")
PROSE_MARK = re.compile(r"[，。；！？,;]")
STRIP = " \t　•·*-|｜※"
# One step of a breadcrumb on its own line.
STEP = re.compile(r"[>»›][ \t　]*[^\s>»›]{1,12}")
# A site's boast of its audience on a line of its own: `数十万互联网从业者的共同关注!`.
SLOGAN = re.compile(
    r"(?:[数上近超]?[十百千万亿]+|\d+万)[^\s，。,]{0,12}?(?:从业者|用户|网友|读者|会员|家长|老师|学生)"
    r"的?(?:共同关注|信赖之选|共同选择|首选|都在用|都在看)[!！]?"
)
# A scan prompt that promises more of the site: `微信扫一扫获取更多资讯`, `扫码阅读全文`.
SCAN_AD = re.compile(
    r"(?:打开|使用|用)?(?:微信|手机)?(?:扫一扫|扫码|扫描二维码)(?:即可|立即)?"
    r"(?:获取|查看|阅读|了解|关注)(?:更多|全文|最新)[^\s，。,]{0,6}"
)
# A viewer's header over the text it shows: `文档介绍:`, `资料简介`, `全文预览`.
PREVIEW_HEADER = re.compile(
    r"[\[【]?(?:本?(?:文档|资料|资源|作品|课件|全文|正文|文本|范文)(?:介绍|简介|描述|预览|详情|内容)"
    r"|(?:内容|在线|全文)预览)[\]】]?[:：]?"
)
# An advert line: a site's name or address with a call to the reader, short, no sentence
# before its end: `更多范文尽在第一范文网`, `收藏本站 www.xxx.com`, `欢迎关注××公众号`.
_AD_SITE = re.compile(
    r"(?:本站|本网|[\u4e00-\u9fff]{1,8}(?:范文网|文库|资料网|文档网|学习网|作文网|教育网|公众号)"
    r"|(?:www|m|wap)\.[a-z0-9-]{2,30}\.(?:com|cn|net|org))"
)
_AD_CALL = re.compile(
    r"欢迎(?:关注|收藏|分享|转发)|关注(?:我们|本站)|收藏本站|扫码|扫一扫|领取|尽在|免费下载|下载更多"
    r"|更多(?:精彩|范文|资料|文档|内容)"
)
_AD_LEN = 30
# A category path: `行政/新闻/处务`, `首页/范文/工作总结`.
PATH = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[ \t　]?/[ \t　]?[\u4e00-\u9fff]{1,8}){2,5}")
# A side bar's panel header: `个人简介`, `文章分类`, `文章存档`.
PANEL = re.compile(rf"(?:{'|'.join(PANEL_SUBJECTS)})(?:{'|'.join(PANEL_WORDS)})")
# Buttons and a site's own notices, whole lines: `手机阅读`, `收藏《述职报告的写作》)`,
# `本网站为网`.
BUTTON = re.compile(
    r"(?:手机阅读|全屏阅读|收藏|加入收藏|举报|纠错|下载文档|侵权投诉|版权申诉|投诉建议|意见反馈)"
    r"(?:《[^》\n]{1,40}》)?[)）]?"
    r"|(?:本网站|本站)[^\s。！？!?，,]{0,8}"
    r"|返回顶部|回到顶部|返回页首|Top|TOP"  # a back-to-top link
    r"|(?:快速)?(?:回到|返回|回)(?:页首|页顶|顶端|顶部|首页)(?:按钮|按键)?"  # `快速回到頁首按鈕`
    r"|(?:展开|收起)(?:全文|全部|更多|阅读|左侧|右侧|侧栏|侧边栏)?|我(?:来|要)(?:回答|评论|提问|投稿|纠错)"
    r"|(?:阅读|查看|浏览)(?:全文|更多|全部)(?:>>|»|>)?"  # a link to the rest: `阅读全文`
    # `APP下载`, `Word文档下载`
    r"|(?:[A-Za-z]{2,4}|客户端|手机版)(?:文档|格式|版)?下载|下载(?:[A-Za-z]{2,4}|客户端)"
    rf"|(?:{'|'.join(EN_STAMPS)})(?: (?:in|on|by|under))?:?|[Ll]ast (?:[Uu]pdated|[Mm]odified)"
)
# A row of buttons, two or more: `收藏 分享(赏)`, `返回 下载 相关 举报`; a button may carry
# a short tail in brackets (a tally, `(赏)`).
BUTTON_WORDS = frozenset("收藏 分享 举报 下载 相关 返回 打印 点赞 评论 纠错 复制 打赏".split())
BUTTON_TOKEN = re.compile(r"([\u4e00-\u9fff]{1,2})(?:[(（][^()（）\s]{1,4}[)）])?")
# A download button or a WeChat prompt on a line of its own (weak: only next to residue):
# `下载资源`, `付费下载` (`付費(fèi)下載` in the view), `二维码`, `微信扫一扫登录`.
PROMPT = re.compile(
    r"(?:付费|免费|立即|点击|快捷|会员|一键)?下载(?:资源|本文|本文档|文档|此文档|全文|完整版|原文)?"
    r"|(?:打开|使用|用)?微信扫一扫(?:登录|关注|分享|阅读)?|继续在微信上阅读|二维码"
    r"|(?:微信)?扫码(?:登录|关注|下载|阅读|分享)|扫一扫[,，]?[^\s。，,]{1,12}"
    # an app's install prompt: `请安装我们的客户端`, `添加到主屏幕`, `更新超快的免费小说APP`
    r"|请?(?:安装|下载)(?:我们的|本站)?(?:客户端|APP|App)|添加到(?:主屏幕|桌面)"
    r"|[^\s，。,]{0,8}免费(?:小说|阅读|看书)?(?:APP|App)|终身免费阅读"
    # a pager's prompt: `【点击图片进入下一页或下一篇】`
    r"|[【\[]?点击[^\s【】\[\]]{0,8}(?:下一页|下一篇|上一页|上一篇)[^\s【】\[\]]{0,6}[】\]]?"
)
# A link that skips the page's header: `跳到主要內容區塊`, `按 Enter 到主內容區`.
SKIP = re.compile(r"跳(?:到|至|过)(?:主要)?内容(?:区块|区)?|按\s*Enter\s*到主内容区|跳过导航")
# An English gloss after a button's word: `注册(register)`.
_GLOSS = re.compile(r"[(（\[][A-Za-z ]{2,20}[)）\]]$")
# A forum's or a library's name on a line of its own: `Minecraft(我的世界)中文论坛` (weak: an
# event's title may end in 论坛 too).
SITE_NAME = re.compile(
    r"[^\s，。,；;]{2,24}?(?:论坛|社区|文库|中文网|资源网|范文网|文档网|学习网|知识网)"
)
# The end of a site's name: `…范文网`, `…文库`, `…论坛` (not `网络`, a company's `网络科技`).
_SITE_NAME = r"(?:网(?!络|点|格|关|民|友)|文库|社区|论坛|学习网|资源站)"
# A site's signature: a CMS credit (`… - 雨滴社区 - Powered by Discuz!`), a copyright
# footer, a licence number (`京ICP备12345678号`, `京公网安备 11010502030143号`).
SIGNATURE = re.compile(
    r"(?:Powered|powered|POWERED) (?:by|By|BY) [A-Za-z][\w.!-]{1,20}"
    r"|(?:Copyright|COPYRIGHT|©)[ \t　]*(?:©|\d{4})|ICP[备证][ \t　]*\d{5,}"
    rf"|©[ \t　]*[^\s，。,]{{1,16}}?{_SITE_NAME}"  # `© 范文先生网`
    r"|公网安备[ \t　]*\d{8,}|All [Rr]ights [Rr]eserved"
    # `版权所有:第一范文网`, `本站版权所有`, `中国范文网 版权所有` (not `本合同版权所有`)
    rf"|版权所有[ \t　]*[:：©]?[ \t　]*(?:©|\d{{4}}|[^\s，。,]{{0,16}}?{_SITE_NAME})"
    rf"|(?:本站|本网|[^\s，。,]{{1,16}}?{_SITE_NAME})[ \t　]*版权所有"
)
# A hashtag with a Han word in it: `#劳动权益`, `#印刷传播` (not CSS's `#fff`, not `# 标题`).
HASHTAG = re.compile(r"#[^\s#、，,]*[\u4e00-\u9fff][^\s#、，,]{0,19}")
_MIN_TAGS = 2
_TAGS_LEN = 200


# A breadcrumb of three steps or more: `中国高校课件下载中心 》 教学资源 》 大学文库`.
CRUMBS = re.compile(
    r"(?:[^>》»›，。；,;\n]{1,20}?[ \t　]*(?:>>?|》|»|›)[ \t　]*){2,}[^>》»›，。；,;\n]{1,20}"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")


# The first step of a site's breadcrumb names the site or a product, not a menu of a
# manual (`设置 > 通用 > 关于本机`) or a chapter (`第一章 > 第二节`).
_CRUMB_SITE = re.compile(
    r"[^>》»›]*(?:网|中心|文库|平台|频道|首页|主页|门户|学院|资源库|知识库)"
    r"|[A-Za-z][A-Za-z0-9]{2,}[ \t　]*[\u4e00-\u9fff]"
)


def _crumbs(body: str) -> bool:
    """True for a breadcrumb of three steps or more from a site's or a product's name."""
    return (
        body[0] not in ">》»›"
        and _HAN.search(body) is not None
        and CRUMBS.fullmatch(body) is not None
        and _CRUMB_SITE.match(body) is not None
    )


def _site_ad(body: str) -> bool:
    """True for a short line naming a site (or its address) with a call to the reader."""
    if len(body) > _AD_LEN or PROSE_MARK.search(body):
        return False  # a sentence (`本站网址为www.example.com,欢迎收藏。`) is the text's own
    return _AD_CALL.search(body) is not None and _AD_SITE.search(body) is not None


def _tag_line(line: str) -> bool:
    """True for a line of two hashtags or more with no sentence in it."""
    return len(line) <= _TAGS_LEN and "。" not in line and len(HASHTAG.findall(line)) >= _MIN_TAGS


# A forum thread's status line: `本帖已被设为精华帖!`, `本帖最后由 某某 于 2020-1-2 12:00 编辑`.
FORUM_STATUS = re.compile(
    r"本帖(?:已被|被)(?:设为|设置为|评为|加入|收录)[^\n]{1,12}|本帖最后由[^\n]{1,40}编辑"
)
_MENU_LEN = 10
_MENU_WORD = re.compile(r"[A-Za-z0-9]{0,12}[\u4e00-\u9fff]{1,6}|[A-Za-z]{2,10}")
# A site's name before a navigation word: `Chinaunix首页`.
_SITE_PREFIX = re.compile(r"^[A-Za-z0-9]{2,12}(?=[\u4e00-\u9fff])")


# A button's cross after its word: `关闭×`.
CLOSE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[×✕]$")


@lru_cache(maxsize=4096)
def shape(line: str) -> str | None:
    """``sure``, ``meta``, ``weak`` or ``edge`` for a line shaped like site machinery.

    Kept per line: a site prints the same furniture on every page it serves.
    """
    if "#" in line and _tag_line(line):
        return SURE  # `索引项目:#印刷传播、#策略规划、…`: a post's hashtags
    if ("|" in line or "｜" in line) and title_bar(line.strip(STRIP)):
        return SURE  # `加入收藏 | 设为首页 | 会员中心 | 我要投稿 云计算网_泰州站长网 …`
    if len(line) > _FIELDS_LEN and len(line.strip(STRIP)) > _FIELDS_LEN:
        return None  # a paragraph: not folded, not read
    body = line.strip(STRIP)
    if not body:
        return WEAK if line.strip() == "·" else None
    if CLOSE_MARK.search(body):
        body = body[:-1].rstrip()  # `关闭×`: a close button with its cross
    if (viewer := viewer_shape(body)) is not None:
        return viewer  # `Download Share Embed`, `0 comments`, `Transcript`
    if stamp := stamp_shape(body):
        return stamp  # `2017-07-24 发表`, `cccdz发表于2023-08-29`, `字级大小`, `下载链接`
    bare = _GLOSS.sub("", body) if body.endswith((")", "）", "]")) else body
    if bare.strip("[]【】").rstrip(":：?？!！") in UI_WORDS:
        return WEAK  # `忘记密码?`, `[复制链接]`, `注册(register)`
    if FORUM_STATUS.fullmatch(body):
        return WEAK  # `本帖已被设为精华帖!`
    if counter_stamp(body) or title_bar(body) or site_footer(body) or SITE_RIGHTS.fullmatch(body):
        return SURE  # `休息站 Jay13 11799℃ 28评论`, `吾爱破解 - 52pojie.cn`
    if ARTICLE_CRUMB.fullmatch(body):
        return SURE  # `中国教育在线> 高等继续教育> 学术交流> … > 正文`
    if action_row(body) or LINK_HEADER.fullmatch(body) or EXPANDER.fullmatch(body):
        return EDGE  # `赞 踩 回复 举报`, `你可能喜欢`, `展开 标准作业书分为几大类`
    if SEARCH_PROMPT.fullmatch(body):
        return EDGE  # `请输入您要查询的论文:`
    if prompt := member_prompt(body):
        return prompt  # `开通会员 低至0.1元/天`, `会员可见`
    if len(body) <= _FIELDS_LEN and not PROSE_MARK.search(body) and SIGNATURE.search(body):
        return SURE  # `Powered by Discuz!`, `Copyright © 2008-2023 …`, `京ICP备12345678号`
    if SLOGAN.fullmatch(body) or _site_ad(body) or SCAN_AD.fullmatch(body):
        return EDGE  # `数十万互联网从业者的共同关注!`, `更多范文尽在第一范文网`
    if len(body) > _FIELDS_LEN or body.endswith(SENTENCE_END):
        return None
    if SKIP.search(body) or _crumbs(body):
        return SURE  # `跳到主要内容`, `Windchill 基础原理 > 与他人协同合作 > 会议 > 会议记录`
    fields = read_fields(body)
    if fields is None and (spaced := unglued(body)) is not None:
        fields = read_fields(spaced)  # `文档序号:6363659阅读:163来源:国知局`
    if fields is None and " / " in body:
        fields = read_fields(body.replace(" / ", " | "))  # `栏目: 出国留学 / 人气:9.16K`
    if fields in (SURE, META) or len(body) > PROSE_LEN:
        if fields in (SURE, META):
            return fields
        return SURE if _nav_row(line, body) else None  # a long menu: `网站首页 个人范例 …`
    if BUTTON.fullmatch(body) or _button_row(body):
        return EDGE
    if PROMPT.fullmatch(body) or STEP.fullmatch(body) or MARK.fullmatch(body):
        return WEAK  # `> 论文发表知识库`: one step of a breadcrumb (or a quote: only near residue)
    if PREVIEW_HEADER.fullmatch(body):
        return EDGE  # `文档介绍:`, `内容预览`: a viewer's header over the text it shows
    if (
        PATH.fullmatch(body)
        or PANEL.fullmatch(body)
        or body in NAV_WORDS
        or SITE_NAME.fullmatch(body)
    ):
        return WEAK  # `行政/新闻/处务`, `文章分类`: a category path, a side bar's header
    if _tag_row(body):
        return EDGE  # `zoukankan      html  css  js  c++  java`
    if _nav_row(line, body) or (fields == WEAK and _bracket_row(body)):
        return SURE
    if fields == WEAK and plain_words(body):
        return None  # `Payment Notice`: a heading's words, not user handles
    return fields


# A row of lower-case words set apart by wide gaps: a site's name and its tag menu.
_TAG_ROW = re.compile(r"[a-z][a-z0-9+#.]{0,11}(?:[ \t　]{2,}[a-z][a-z0-9+#.]{0,11}){3,}")


def _tag_row(body: str) -> bool:
    """True for a site's name and tag menu, words parted by two spaces or more."""
    return _TAG_ROW.fullmatch(body) is not None


def _nav_row(line: str, body: str) -> bool:
    """True for a row of short menu words holding a navigation word: `网站首页 | 网站地图`."""
    if line.lstrip().startswith(("|", "｜")):
        return False  # a Markdown table row
    tokens = [token for token in re.split(r"[ \t　|｜]+", body) if token]
    return (
        len(tokens) >= 2
        and all(_MENU_WORD.fullmatch(token) for token in tokens)
        and any(_SITE_PREFIX.sub("", token) in NAV_WORDS for token in tokens)
    )


_BRACKETED = re.compile(r"【([^【】]{1,8})】|\[([^\[\]]{1,8})\]")


def _bracket_row(body: str) -> bool:
    """True for two or more bracketed controls: `【打印本页】【关闭窗口】`."""
    controls = [a or b for a, b in _BRACKETED.findall(body)]
    rest = _BRACKETED.sub("", body).strip(" \t　")
    return len(controls) >= 2 and not rest and all(word in UI_WORDS for word in controls)


def menu_word(line: str) -> bool | None:
    """For a line of one short word: True for a navigation word, False for another, else None."""
    body = line.strip(STRIP)
    if _MORE.fullmatch(body):
        return True  # `More...` closing a column of a menu's entries
    if len(body) > _MENU_LEN or not (_MENU_WORD.fullmatch(body) or _MENU_CODE.fullmatch(body)):
        return None
    return body in NAV_WORDS


# A menu's entries that are codes or names in Latin letters (`FC/NES`, `PC-E`, `Xbox360`),
# and the link that closes its column (`More...`, `更多>>`).
_MENU_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/+-]{1,11}")
_MORE = re.compile(r"(?:[Mm]ore|MORE|更多)(?:\.{2,3}|…|>>?|»)?")


def _button_row(body: str) -> bool:
    """True for a line made of two or more buttons: `收藏 分享(赏)`."""
    tokens = [token for token in TOKENS.split(body) if token]
    return len(tokens) >= 2 and all(
        (match := BUTTON_TOKEN.fullmatch(token)) is not None and match.group(1) in BUTTON_WORDS
        for token in tokens
    )


# A button at the end of a heading: `各機關單位預算執行要點 列印`.
# Links to the previous and next entries ending a bar: `版面:02: 图评   上一篇    下一篇`.
TRAILING_BUTTON = re.compile(
    r"[ \t　]+(?:打印|列印|分享|收藏|关闭|上一篇[ \t　]+下一篇|上一条[ \t　]+下一条)[ \t　]*$"
)


def trailing_button(line: str) -> int | None:
    """Where a button trailing a heading starts in ``line``, or None."""
    if len(line) > _FIELDS_LEN:
        return None
    match = TRAILING_BUTTON.search(line)
    if match is None or not line[: match.start()].strip():
        return None
    return match.start() + len(match.group()) - len(match.group().lstrip())
