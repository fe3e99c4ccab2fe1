"""FC210: a web page's furniture copied with the text (breadcrumbs, share bars, metadata).

Text copied from a web page brings the page's furniture along on lines of its
own: the breadcrumb (`当前位置: 首页 > 通知公告 > 正文`), the publishing line
(`发布时间:2018-09-10 来源:… 浏览次数:14`), the share and font-size bar
(`分享到:`, `字号:[ ] 色调调节:`), related links (`上一篇:…`, `相关文章`,
`小编精心推荐阅读`), the site's section headers (`文档简介`, `资源描述`) and a
forum's anti-copy noise (`7 B9 l# y' B; V( W'`). Each form is a short line with
no sentence end, recognised by its vocabulary and shape rather than by one
site's exact wording.

A page's dateline (`来源:衡东县12345政务服务热线中心 发布时间:2025-04-22`,
`2022-01-17 12:37:18 来源:国家统计局`) is furniture: `发布时间` and a stamp to the
second are what a web page writes above an article, so the line came with the
page. A news article's own source line (`来源:新华社`) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..messages import t
from ..patterns import lines_holding
from ..registry import register
from ..scan import literal_starts
from ._anchors import anchors, matches_at, once_per_page, snippet
from ._edge_disclosure import disclosure_header
from ._edge_headers import site_headers, title_figures
from ._edge_heads import colon_rows, crumb_header, twice_printed_bars
from ._edge_marks import member_prompt
from ._edge_runs import (
    above_title,
    archive_lines,
    button_runs,
    more_links,
    page_header,
    spaced_menus,
)
from ._edge_viewer import viewer_lines
from ._edges import edge_lines
from ._forum_posts import post_frames
from ._glued_keys import glued_keywords
from ._inbody import bbcode_tags, quote_jammers, stamped_addresses, title_salads
from ._inbody_credits import glued_credits, glued_tags
from ._inbody_escaped import escaped_markup
from ._inbody_tallies import dotted_byline, emoji_tallies
from ._jammer import jammers
from ._spam_lines import casino_brands, empty_markup, spam_keywords
from .scrape import DOWNLOAD_BUTTON, residue_starts

# A line of furniture is short and never a sentence.
_MAX_LINE = 80
_SENTENCE_END = ("。", "！", "？", "；", "!", "?")
# A breadcrumb: where the page sits in the site, with at least two steps.
_STEP = r"[ \t　]*(?:>>?|->|→|»|/|＞|›)[ \t　]*"
BREADCRUMB = re.compile(
    rf"^(?:(?:(?:您|你)的?)?当前(?:所在)?(?:的)?位置[:：]?.*|(?:您|你)现在的位置[:：].*|.{{0,20}}首页{_STEP}.*"
    # `您的位置:百味书屋 > 范文大全 > …`: the reader's place, with a step after it
    rf"|(?:您|你)(?:所在)?的位置[:：](?:[^>»›→\n]{{1,20}}{_STEP}.*|[ \t　]*首页.{{0,20}})"
    rf"|.*(?:{_STEP}[^\s>]{{1,12}}){{2,}}(?:{_STEP})?)$"
)
# Controls that start a line, whatever follows them: `上一篇:…`, `分享到: 微信 微博`.
CONTROLS = re.compile(
    # `欢迎来到三一办公! | 帮助中心`, `欢迎光临管理者范文网`
    r"^欢迎(?:来到|光临|访问)[^。！？\n]{1,24}?(?:[!！]?[ \t　]*[|｜]"
    r"|(?:网|文库|网站|\.com|\.cn|\.net)[!！。]?$)"
    r"|^(?:>>?|->)?[\[【(（]?(?:分享到|字(?:号|號|体大小|體大小)[:：]|站内搜索|访问量|更多信息进入|上一篇|下一篇|返回.{0,8}首页"
    r"|(?:上|下|前|后)一(?:篇|条|则)[:：])"
    r"|^(?:->|>>|»)\s*\S{1,12}\s*(?:->|>>|»)"
    # a site's staff byline: `本站小编 免费考研网/2018-01-12`
    r"|^本站(?:小编|编辑)(?:[ \t　]|$)"
)
# The words of a page's navigation bar, button row or accessibility bar.
NAV_WORDS = frozenset(
    (
        "首页 分享 收藏 加入收藏 我要投稿 点赞 打印 关闭 返回 顶部 返回顶部 评论 举报 下载 相关"
        " 推荐 关怀版 无障碍 繁体 简体 繁體 手机版 登录 注册 设为首页 网站地图 联系我们 字号"
        " 大 中 小 时间: 时间： 天下 默认 护眼"
    ).split()
)
# A row of related links that repeat one keyword: `入党申请书格式 | 入党申请书模板 | …`.
LINK_ROW = re.compile(
    r"^([\u4e00-\u9fff]{2,})[\u4e00-\u9fff]{0,10}(?:\s+[|｜]\s+\1[\u4e00-\u9fff]{0,10}){3,}$"
)
# A site's slogan: `精品文档就在这里`, `…各类专业好文档,值得你下载…`.
SLOGAN = re.compile(
    r"精品文档就在这里|好文档[,，]?\s*值得你?下载|资料分享网站|专业文书写作范文服务"
)
# Controls and a site's section headers that make up the whole line: `相关文章:`, `【全文】`.
HEADERS = re.compile(
    r"^[\[【(（]?(?:相关文章|相关推荐|相关阅读|相关文档|推荐阅读|猜你喜欢|热门文档|小编精心推荐(?:阅读)?"
    r"|文档简介|资源描述|文本内容|文档描述|内容简介|全文|PDF版|手机版|关怀版|无障碍(?:\s*无障碍)?"
    r"|打印本页|关闭窗口|收藏本页|(?:print)?(?:打印|列印)(?:此文章|本文|此页|本页|本頁))[\]】)）]?[:：]?$"
)
# A publishing line: two of its fields, or one with a date: `发布时间:2018-09-10 来源:…`.
_FIELD = (
    r"(?:发布时间|发布日期|发布于|发布人|信息来源|来源|上传日期|时间|作者|分类|浏览次数|点击数"
    r"|阅读量|动态浏览次数|查看人数|浏览人数|更新时间)"
)
FIELDS = re.compile(rf"{_FIELD}[ \t　]*[:：]")
# A byline glued to its date, as a page's spans run together: `编辑:物业经理人2017-04-26`,
# `来源:光明网2022-07-22 13:18` (a document's own `来源:新华社` has no date glued to it).
GLUED_BYLINE = re.compile(
    r"(?:编辑|责任编辑|来源|作者)[ \t　]*[:：][ \t　]*[^\s:：，,。]{1,16}?"
    r"(?<=[\u4e00-\u9fff])\d{4}-\d{1,2}-\d{1,2}"
)
# Fields that only a web page has: one of them with a date makes a publishing line
# (`时间：… 地点：…` heads the minutes of a meeting, and is the document's own).
WEB_FIELD = re.compile(
    r"(?:发布时间|发布日期|发布于|上传日期|发布人|更新时间|更新日期)[ \t　]*[:：]"
)
# A breadcrumb names the site or the home page.
_SITE_WORDS = ("首页", "位置", "文库", "网", "频道")
# A date with a clock opening the line: a page's publishing stamp.
STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}[ \t　]+\d{1,2}:\d{2}")
DATE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
# A view counter: `982次浏览 2023-09-06`, `Published on 2025-09-09 / 3 Visits`.
# A blog mirror's stamp and tally: `2018-02-17 10:43 501 查看`.
COUNTER = re.compile(
    r"^\d+\s*次(?:浏览|阅读|播放|下载)|\b\d+\s+Visits\b|^Published on "
    r"|^\d{4}-\d{1,2}-\d{1,2}[ \t　]+\d{1,2}:\d{2}(?::\d{2})?"
    r"[ \t　]+\d{1,7}[ \t　]*(?:查看|浏览|阅读)$"
)
# A related link's rating, ending the line.
_RATED = ("推荐度:", "推荐度：", "推荐度")
# A hashtag row a 范文 site puts before the text: `【#合同范文# #2022年劳动合同格式及范本#】`.
HASHTAGS = re.compile(r"【#[^#\n【】]{1,30}#(?:[ \t　]*#[^#\n【】]{1,30}#)*】")
# A betting site's name a page injects for search engines: `威廉希尔app`, `新葡京娱乐`.
SPAM = re.compile(
    r"(?:威廉希尔|新葡京|金沙|太阳城|伟德|亚博|bet365|BET365|皇冠)"
    r"(?:(?i:app)|官网|娱乐|体育|平台|网址|手机版|棋牌)"
)
# Words at least one of which every furniture line holds; lines without one are skipped.
# They are found with the shared literal scan (re or hyperscan), not a regular expression.
_TRIGGERS = tuple(
    "首页 位置 分享 字号 字號 字体 字體 站内搜索 访问量 关怀版 无障碍 打印 关闭 收藏 更多信息"
    " 相关 推荐 猜你喜欢 热门 上一 下一 欢迎 更新时间 查看人数 简介 描述 文本内容 全文 PDF"
    " 前一 后一 来源 上传 作者 分类 浏览 点击数 阅读 文库 网 频道 -> >> » | ｜ 精品文档"
    " 手机版 发布 好文档 Visits"
    " Published 本站 查看 编辑 列印".split()
)


def _unpunctuated(line: str) -> bool:
    """True for a line with no comma and no sentence end: a bar of links, not prose."""
    return not line.endswith(_SENTENCE_END) and "，" not in line and "," not in line


def _furniture(line: str) -> bool:
    """True when ``line`` (stripped) is page furniture."""
    if not line or len(line) > _MAX_LINE:
        return False
    if CONTROLS.match(line) or HEADERS.match(line) or COUNTER.search(line) or SLOGAN.search(line):
        return True
    words = line.replace("|", " ").split()
    if DOWNLOAD_BUTTON.match("\n" + line):
        return False  # a download button row: FC206 reports it
    if words and words[0] == "首页" and _unpunctuated(line):
        if all(len(word) <= 6 for word in words):
            return True  # a navigation bar: `首页  党建信息  组织发展  宣传教育`
        if len(words) <= 3 and len(line) <= 30:
            return True  # a breadcrumb that lost its arrows: `首页 开发文档-编程规范`
    if words and len(words) >= 2:
        if sum(word in NAV_WORDS for word in words) * 2 > len(words) and words[0] in NAV_WORDS:
            return True  # `首页  党建信息  组织发展`, `关怀版 无障碍`, `天下 分享 时间: 加入收藏 …`
    if LINK_ROW.match(line) or line.endswith(_RATED):
        return True  # `- 代理记账公司绩效考核方案 推荐度:`: a related link with its rating
    if line.endswith(_SENTENCE_END):
        return False
    fields = len(FIELDS.findall(line))
    if fields >= 2 or (WEB_FIELD.match(line) and DATE.search(line)):
        return True
    if GLUED_BYLINE.match(line):
        return True
    if fields and STAMP.match(line):
        return True  # `2022-07-23 04:29:19 来源:中国专利 TAG:`
    if "://" in line:
        return False  # an address's slashes are no breadcrumb's steps: `目标网址:https://…/#/song`
    return BREADCRUMB.match(line) is not None and any(word in line for word in _SITE_WORDS)


@register("FC210", "site-page-furniture", Category.PAYWALL, Severity.WARNING)
def site_page_furniture(doc: Document) -> Iterator[Hit]:
    """A web page's furniture (breadcrumb, publishing line, share bar, related links) was copied.

    ## What it does
    Flags short lines that are a web page's furniture rather than the
    document: breadcrumbs (`当前位置: 首页 > 通知公告 > 正文`), publishing lines
    (`发布时间:2018-11-17 发布人:… 浏览次数:14`), share and font-size bars
    (`分享到:`, `字号:[ ] 色调调节:`), related links (`上一篇:…`, `相关文章`,
    `小编精心推荐阅读`), view counters (`982次浏览 2023-09-06`), a site's section
    headers (`文档简介`, `资源描述`) and forums' anti-copy noise
    (`7 B9 l# y' B; V( W' F: q9`). A sentence that mentions a home page or a
    source is not flagged.

    Inside the text, forums' anti-copy noise is read by the statistics of its
    characters, once the text holds several pieces of it: runs of pairs
    (`7 B9 l# y' B; V( W'`) and random tokens ending paragraphs (`vSnb>z1`,
    `]nQ$:%HP`); code, formulas, model numbers, LaTeX and addresses are not
    noise. A forum's edit stamp (`本帖最后由 晨枫 于 2022-9-20 15:18 编辑`), a
    sharing site's numbered saying whose number continues no list
    (`18、读书是易事,思索是难事——富兰克林`) and other documents' titles glued
    together with their file types (`…评分表pdf视力表打印pdf用图表说话 pdf`) are
    flagged too, and so is a forum's BBCode in a Chinese text
    (`[align=center][size=3]…[/size]`, `[b]20[/b]`).

    Lines that could be the document's own are read by where they stand: at
    the head or tail of the text, in a run with other residue, an uploader's
    name (`Administrator`), a page count (`11页`), a site's time field
    (`时间:2022-05-14 09:10:00`), a log-in or payment form (`账号:`,
    `验证码: 换一换`) and a bookmark button are flagged too; the same lines
    with no residue near them are not. Lines that are a site's by their shape
    alone mark a head or tail as a site's: a skip link (`跳到主要內容`), a menu
    (`网站首页 | 网站地图`, or a column of menu words), a metadata line with
    site fields, stamps or counters (`查看: 124597|回复: 38253`), a copyright or
    licence footer; so does a page's list of articles whose first the text
    repeats as its title. Traditional script reads like simplified. Inside a
    text, back-to-top links, bracketed update stamps (`[ 司法行政廳108-10-08更新 ]`)
    and counter panels are flagged too. Residue a PDF repeats in every page's
    header is reported once. Residue is read by the run it stands in too: the short
    lines over a title that residue follows at once (`文章`, `快好知 kuaihz`), the lines
    over a page's menu, columns and rows of buttons (`文字大小` / `分享` / `收藏`,
    `回复 支持 反对`), archive headers, software credits, a Discuz! forum's frame
    around each post (`该用户从未签到`, `15#`) and a hacked page's keyword string and
    empty markup.

    ## Why is this bad?
    The furniture belongs to the page the text was copied from; left in a
    report it shows where the text came from and interrupts it.

    ## Example
    Bad: 当前位置: 首页 > 通知公告 > 正文\\n关于做好安全生产工作的通知
    Good: 点击网站首页的通知公告栏目，可以查看正文。
    """
    text = doc.text
    hits = _furniture_lines(text)
    hits.extend(jammers(doc))
    hits.extend(quote_jammers(doc) + title_salads(doc) + bbcode_tags(doc))
    hits.extend(match.span() for _, match in matches_at(text, anchors(doc), SPAM))
    hits.extend(stamped_addresses(doc) + glued_credits(doc) + escaped_markup(doc))
    hits.extend(emoji_tallies(doc) + dotted_byline(doc) + glued_tags(doc))
    hits.extend(_member_prompts(doc))
    if "【#" in text:
        hits.extend(match.span() for match in HASHTAGS.finditer(text))
    hits.extend(site_headers(text) + glued_keywords(text) + title_figures(text))
    hits.extend(button_runs(doc) + archive_lines(doc) + post_frames(doc) + more_links(doc))
    hits.extend(spam_keywords(doc) + empty_markup(doc) + casino_brands(doc))
    hits.extend(spaced_menus(doc) + colon_rows(doc) + disclosure_header(doc))
    hits.extend(page_header(doc, hits))
    starts = [(at, at) for at in residue_starts(doc)]
    hits.extend(above_title(doc, hits + starts))
    hits.extend(crumb_header(doc, hits + starts))
    if viewed := viewer_lines(
        doc
    ):  # a line FC205-FC209 report is theirs (`You are on page 1of 77`)
        taken = {text.rfind("\n", 0, start) + 1 for start in residue_starts(doc)}
        hits.extend(span for span in viewed if text.rfind("\n", 0, span[0]) + 1 not in taken)
    hits.extend(edge_lines(doc, hits))
    hits.extend(twice_printed_bars(doc))  # after the edges: a bar alone marks no zone
    spans = [(start, end, "") for start, end in sorted(set(hits))]
    for start, end, _ in once_per_page(doc, spans):
        yield Hit(start, end, t("page-furniture", quote=snippet(text[start:end])), t("delete-it"))


def _furniture_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that are page furniture by their own words and shape."""
    hits = []
    judged = -1  # the end of the last line judged: one verdict per line
    for at in literal_starts(text, _TRIGGERS):
        if at <= judged:
            continue
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        judged = end
        line = text[begin:end]
        stripped = line.strip(" \t　•·")
        if stripped.startswith("- "):  # a list bullet, not a breadcrumb arrow
            stripped = stripped[2:].lstrip()
        if stripped and len(stripped) <= _MAX_LINE and _furniture(stripped):
            start = begin + line.index(stripped[0])
            hits.append((start, start + len(stripped)))
    return hits


# Where a membership prompt may start among the shared scan's anchors.
_MEMBER_STARTS = ("VIP", "vip", "会员", "开通", "登录", "付费", "购买")


def _member_prompts(doc: Document) -> list[tuple[int, int]]:
    """Lines anywhere in the text that hold all three slots of a membership prompt on a short
    line (`开通会员 低至0.1元/天`, `升级VIP会员，享受更多特权`): read at the shared anchors."""
    text = doc.text
    found = []
    taken: set[int] | None = None  # the lines FC205-FC209 report already
    members = (at for at in anchors(doc) if text.startswith(_MEMBER_STARTS, at))
    for begin, end in lines_holding(text, members):
        body = text[begin:end].strip(" \t　•·*-")
        if body and member_prompt(body) == "sure":
            if taken is None:
                taken = {text.rfind("\n", 0, start) + 1 for start in residue_starts(doc)}
            if begin in taken:
                continue
            start = begin + text[begin:end].index(body)
            found.append((start, start + len(body)))
    return found
