"""More shapes of a site's lines: rows of action buttons, counter stamps, title bars.

Each is read from the line's shape, not from one site's words:

* an **action row**: two or more short tokens set apart by spaces, bars or dots,
  each an action a page offers on a post (`赞 踩 回复 举报`, `转藏 全屏 打印 分享`,
  `回复 引用 TOP`) or a tally next to one (`评论(3)`, `28评论`); a row of one or two
  actions is edge residue (on the text's edge line, or next to other residue);
* a **counter stamp**: a post's stamp and its counters on one line, no sentence
  (`休息站 Jay13 11799℃ 28评论`, `CSDN 2024-06-27 08:01:06 阅读 59`): a reader count
  with a date, a clock, a heat count or another counter;
* a **title bar**: a site's name with its address (`吾爱破解 - 52pojie.cn`), or a bar of
  menu words that runs on into the site's name (`加入收藏 | 设为首页 | 会员中心 | …`).

A report's own line has none of these shapes: its headings are words, not tokens
of actions; its dates stand without counters; its lists are parted by `、`.
"""

from __future__ import annotations

import re

# Actions a page offers on a post or an article, in simplified script (the view folds
# traditional script). Not `关注`, `回复` alone or `编辑` alone: a heading may be one word.
ACTIONS = frozenset(
    (
        "赞 踩 顶 赞同 反对 喜欢 点赞 收藏 分享 转发 转载 转藏 献花 打赏 举报 纠错 评论 回复 引用"
        " 复制 打印 全屏 下载 相关 返回 关闭 收起 展开 编辑 删除 置顶 私信 关注 订阅 投稿 感谢"
        " 好评 差评 分享到 加入收藏 复制链接 只看楼主 只看该作者 倒序浏览 阅读模式 楼主 沙发 板凳"
        " 收起左侧 展开全文 回到顶部 返回顶部 返回列表 上一篇 下一篇 TOP Top 微博 微信 QQ空间"
        " 关闭窗口 关闭本页 打印本页 打印本文 打印此文 收藏本文 收藏本页 推荐给好友 发表评论"
        " 上一页 下一页 尾页 末页 在线阅读 手机阅读 全屏阅读 在线预览"
        " 返回上一页 写评论 点击进入 查看原文 阅读原文 举报/反馈 点击收藏 分享至 打开APP APP内打开"
        " 扫码下载APP 已关注 关注作者 TA的文章 更多>> 更多> 使用道具"
    ).split()
)
# Of those, the ones a text's own line is least likely to hold alone: one of them must
# stand in a row (`关注 订阅` could be a heading's words; `举报` is a page's).
_SURE_ACTIONS = frozenset(
    "赞同 点赞 收藏 转发 转藏 献花 打赏 举报 纠错 回复 引用 全屏 置顶 私信 分享到"
    " 加入收藏 复制链接 只看楼主 只看该作者 倒序浏览 阅读模式 沙发 板凳 收起左侧 展开全文"
    " 回到顶部 返回顶部 返回列表 TOP Top QQ空间 关闭窗口 关闭本页 打印本页 打印本文 打印此文"
    " 收藏本文 收藏本页 推荐给好友 打印 关闭 上一页 下一页 上一篇 下一篇 返回上一页 发表评论 写评论"
    " 查看原文 阅读原文 举报/反馈 点击收藏 分享至 打开APP APP内打开 扫码下载APP 已关注 关注作者"
    " TA的文章 更多>> 更多>".split()
)
_ROW_SPLIT = re.compile(r"[ \t　|｜·•【】\[\]«»‹›]+|(?<![举报])/(?![反馈])")
# A tally next to an action, before or after it: `评论(3)`, `28评论`, `赞 12`.
_TALLIED = re.compile(r"(?P<a>\d{1,7})?(?P<w>[^\d()（）]{1,6})(?:[(（]?(?P<b>\d{1,7})[)）]?)?")
_NUMBER = re.compile(r"\d{1,7}")
_ROW_LEN = 48


def action_row(body: str) -> bool:
    """True for a row of two or more page actions (with their tallies): `赞 踩 回复 举报`."""
    if len(body) > _ROW_LEN:
        return False
    tokens = [token for token in _ROW_SPLIT.split(body) if token]
    if len(tokens) == 1:
        return tokens[0] in _SURE_ACTIONS and len(tokens[0]) > 1  # `返回列表`, `【关闭】`
    if _share_bar(tokens):
        return True
    actions = sure = 0
    for token in tokens:
        if _NUMBER.fullmatch(token) or _READERS.fullmatch(token):
            continue  # a tally standing apart: `赞 12`, `2366人阅读 评论(0) 收藏 举报`
        match = _TALLIED.fullmatch(token)
        if match is None or match["w"] not in ACTIONS or (match["a"] and match["b"]):
            return False
        actions += 1
        sure += match["w"] in _SURE_ACTIONS
    tallied = len(tokens) > actions  # `收藏 | 12`: a button and its tally
    return sure >= 1 and (actions >= 2 or tallied)


# Where a share bar sends a page: a row of three or more is a share bar (`微信 微博 QQ`).
SHARE = frozenset("微信 微博 QQ QQ空间 朋友圈 新浪微博 腾讯微博 豆瓣 人人网 百度贴吧 钉钉".split())
_SHARE_ROW = 3


def _share_bar(tokens: list[str]) -> bool:
    """True for a row of three or more places a page is shared to."""
    return len(tokens) >= _SHARE_ROW and all(token in SHARE for token in tokens)


# A reader count: `阅读 59`, `28评论`, `1.2万阅读`, `11799℃` (a blog's heat count).
_READERS = re.compile(
    r"(?:阅读|浏览|评论|点击|点赞|回复|查看)(?:量|数|次数)?[:：]?[ \t　]?\d{1,7}(?![\d.])"
    r"|(?<![\d.:/-])\d{1,7}(?:\.\d)?[万kKwW]?[ \t　]?"
    r"(?:次阅读|次浏览|次查看|人阅读|人浏览|人看过|人查看|阅读|浏览|评论|条评论|个评论|条留言|回复|点赞|赞"
    r"|views?|Views?)"
    r"(?![\u4e00-\u9fff])"
)
_HEAT = re.compile(r"(?<![\d.])\d{2,7}℃")
_IP_PLACE = re.compile(r"IP[ \t　]?属地[:：]?[ \t　]?[\u4e00-\u9fff]{2,8}")
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}")
_SENTENCE = re.compile(r"[，。；！？,;!?]")
_STAMP_LEN = 60


def counter_stamp(body: str) -> bool:
    """True for a post's stamp with counters: a reader count beside a date, a clock, a
    heat count or a second count, on a short line with no sentence."""
    if len(body) > _STAMP_LEN or _SENTENCE.search(body):
        return False
    if _IP_PLACE.search(body) and _DATE.search(body):
        return True  # `发布于 2023-05-06 10:21・IP 属地北京`
    readers = _READERS.findall(body)
    if not readers:
        return False
    return len(readers) >= 2 or _DATE.search(body) is not None or _HEAT.search(body) is not None


# A site's name and its address as a page's title bar: `吾爱破解 - 52pojie.cn`.
_SITE_BAR = re.compile(
    r"[^\s，。,]{2,20}[ \t　]*[-_|｜–—][ \t　]*(?:https?://)?(?:www\.)?[a-z0-9-]{2,30}"
    r"\.(?:com|cn|net|org|cc|top)(?:\.cn)?/?"
)
# Menu words of a page's top bar: `加入收藏`, `设为首页`, `会员中心`, `我要投稿`.
BAR_WORDS = frozenset(
    "首页 网站首页 设为首页 加入收藏 收藏本站 会员中心 个人中心 我要投稿 投稿 网站地图 联系我们"
    " 关于我们 登录 注册 免费注册 帮助中心 手机版 移动版 繁体 简体 English RSS 订阅"
    " 意见反馈".split()
)
_BAR_SEGMENT = 6
_BAR_WORDS = 2


def title_bar(body: str) -> bool:
    """True for a site's title bar: its name and address, or a bar of menu words parted by
    `|` that runs on into the site's name (`加入收藏 | 设为首页 | 会员中心 | 我要投稿 某某网`)."""
    if _SITE_BAR.fullmatch(body):
        return True
    if "|" not in body and "｜" not in body and " - " not in body:
        return False
    # parted by bars, or by spaced hyphens: `設為首頁 - 加入收藏 陝西村官網--…`
    segments = [segment.strip(" \t　") for segment in re.split(r"[|｜]| - ", body)]
    words = 0
    for segment in segments:
        first = segment.split()[0] if segment.split() else ""
        if first in BAR_WORDS:
            words += 1
        elif len(segment) > _BAR_SEGMENT and segment is not segments[-1]:
            return False  # a segment that is no menu word, before the last: not a bar
    return words >= _BAR_WORDS and words >= len(segments) - 1


# A membership prompt on a short line, its slots in any order: an action (`开通`, `登录`),
# a member word (`会员`, `VIP`) and what it unlocks (`免费`, `特权`, `全文`, `低至…元/天`);
# a member word or an action with what it unlocks: `会员可见`, `立即解锁全文`.
_JOIN = re.compile(r"开通|加入|成为|升级|充值|购买|登录|登陆|注册|解锁|领取|续费|付费|限时|特惠")
_MEMBER = re.compile(r"(?i:s?vip)|会员")
_UNLOCK = re.compile(
    r"免费|特权|专享|尊享|可见|畅享|海量|低至|\d元/[天月年]|全文|全部内容|完整内容|完整版|无限下载"
    r"|下载(?:本文档|此文档|本文|更多|权益)|(?:方可|后)(?:查看|阅读|下载)|更多精彩|[年月]卡|单篇"
    r"|[¥￥]\d|\d(?:\.\d+)?元"
)
# A title's last word: `会员免费体检活动方案` is a document's own title.
_TITLE_END = re.compile(
    r"(?:办法|制度|流程|规定|方案|细则|协议|须知|说明|指南|章程|规则|合同|通知|表)$"
)
_PROMPT_LEN = 30
_HEADING = re.compile(
    r"[一二三四五六七八九十]+、|\d+[.、．]\D|[(（][一二三四五六七八九十\d]+[)）]|第.{1,3}[章节条]"
)
_BUTTON_LEN = 6
_UNLOCKS = 2


def member_prompt(body: str) -> str | None:
    """``sure`` for a short line with all three slots of a membership prompt, ``edge`` for
    one with what is unlocked and who or how, None otherwise."""
    if len(body) > _PROMPT_LEN or body.endswith("。") or _TITLE_END.search(body):
        return None
    if _HEADING.match(body):
        return None  # `二、存在的问题及原因 …`: a heading the text numbers
    if "隐藏" in body:
        return None  # `内容已经隐藏，点击付费后查看`: the hidden-content notice FC204 reports
    join, member = _JOIN.search(body) is not None, _MEMBER.search(body) is not None
    unlocks = len(_UNLOCK.findall(body))
    if not unlocks:
        # `升级会员`: a button of two words, no more
        return "edge" if join and member and len(body) <= _BUTTON_LEN else None
    if join and member:
        return "sure"
    return "edge" if join or member or unlocks >= _UNLOCKS else None


# A site's footer: fields of a site's own (`网站标识码`, `技术支持`, `版权所有`) with another
# field of an address block; an event's `主办单位：… 承办单位：…` is the notice's own.
_SITE_FIELDS = re.compile(
    r"(?:版权所有|技术支持|网站标识码|备案(?:号|编号)|建议使用|最佳分辨率)[ \t　]*[:：]?"
)
_FOOTER_FIELDS = re.compile(
    r"(?:主办|主办单位|承办|承办单位|地址|联系电话|电话|邮编|传真|联系邮箱|E-?mail|版权所有|技术支持"
    r"|网站标识码|备案(?:号|编号))[ \t　]*[:：]"
)
_FOOTER_LEN = 120


def site_footer(body: str) -> bool:
    """True for a site's footer line: a site's own field and a second field of an address."""
    if len(body) > _FOOTER_LEN or body.endswith(("。", "；")):
        return False
    return _SITE_FIELDS.search(body) is not None and len(_FOOTER_FIELDS.findall(body)) >= 2


# A header over a list of a site's links, alone on its line: `你可能喜欢`, `热门阅读`,
# `精选推荐`, `大家都在看`, a ranking's `点击排行榜`.
LINK_HEADER = re.compile(
    r"[\[【(（]?(?:相关|推荐|热门|猜你|猜您|你可能|您可能|延伸|更多|最新|精彩|精选|热点|大家都在|同类"
    r"|为您|为你)(?:的)?(?:文章|阅读|推荐|范文|文档|资料|喜欢|内容|话题|专题|资源|下载|看|搜索|搜寻|搜|感兴趣"
    r"|相关)"
    # a ranking of the site's pages: `点击排行榜`, `阅读排行`, `本周热门排行`
    r"|(?:本周|本月|今日)?(?:点击|阅读|浏览|热门|热文|人气|下载|文章)排行(?:榜)?"
    # a footer's bar of other sites' links: `友情链接:`, `合作链接`, `赞助推荐`
    r"|(?:(?:友情|合作|推荐)(?:链接|连接|网站|站点)|赞助(?:推荐|链接|商))[:：]?"
    r"[\]】)）]?[:：]?"
)


# A breadcrumb that ends on the article itself: `中国教育在线> 高等继续教育> … > 正文` (its
# steps may hold an article's title with its commas).
ARTICLE_CRUMB = re.compile(
    r"[^>》»›\n]{1,30}(?:[ \t　]*(?:>>?|》|»|›)[ \t　]*[^>》»›\n]{1,40}){1,6}"
    r"[ \t　]*(?:>>?|》|»|›)[ \t　]*(?:正文|详情|详细内容|内容|阅读)"
)
# A button before the words a visitor searched for: `展开 标准作业书分为几大类`; a search box's
# prompt: `请输入您要查询的论文:`.
EXPANDER = re.compile(
    r"(?:展开|收起)[ \t　]+[^\s，。,]{2,30}"
    # a tag page's title: the words searched for and what the site lists for them
    r"|[^\s，。,]{2,30}(?:相关论文|相关内容)"
)
SEARCH_PROMPT = re.compile(r"请输入您(?:要|想)?(?:查询|搜索|检索|查找)的?[^\s，。,:：]{0,8}[:：]?")


# A site's copyright line: a site's copyright (`网站版权：某某大学`), a government office named
# as the owner, which prints it only in its site's footer (`版权所有：某某市人民政府办公室`), or a
# `(C)` with its year; a book's `版权所有 侵权必究` names no one, and a company's manual may
# name the company (`版权所有:北京某某网络科技有限公司`).
SITE_RIGHTS = re.compile(
    r"网站版权[ \t　]*[:：][ \t　]*[^\s，。,；;:：]{2,30}(?:[ \t　]+[^，。,；;]{0,60})?"
    r"|版权所有[ \t　]*[:：][ \t　]*[^\s，。,；;:：]{1,30}?"
    r"(?:人民政府|政府办公室|办公厅|办公室|委员会|局|厅)"
    r"(?:[ \t　]+[^，。,；;]{0,60})?"
    r"|\([Cc]\)[ \t　]*\d{4}(?:[-–]\d{4})?[ \t　]+[^，。,；;]{2,60}"
)


# Short menu words parted by double colons; one of them a navigation word.
_COLONS = re.compile(r"[ \t　]*::[ \t　]*")
_COLON_WORD = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[ \t　][\u4e00-\u9fff]{1,6})?|[A-Za-z]{2,10}")
_COLON_NAV = frozenset(
    "首页 主页 网站首页 联系 联系我们 订阅 管理 登录 注册 关于 关于我们 归档 Home".split()
)
# A count and its English noun: `15 Posts`, `0 Trackbacks`.
_COUNTED = re.compile(r"\d{1,7} [A-Z][a-z]{2,12}")
_PANEL = re.compile(r"[ \t　]*(?:::|\||｜)[ \t　]*")
_COLON_ROW = 3


def colon_row(body: str) -> bool:
    """True for a menu (`博客园 :: 首页 :: 新随笔 :: 管理`) or a counter panel
    (`15 Posts :: 0 Stories :: 6 Comments`) parted by `::`."""
    words = _COLONS.split(body)
    if len(words) >= _COLON_ROW and all(_COUNTED.fullmatch(word) for word in _PANEL.split(body)):
        return True  # `15 Posts :: 0 Stories :: 6 Comments :: 0 Trackbacks`
    if len(words) < _COLON_ROW or not all(_COLON_WORD.fullmatch(word) for word in words):
        return False
    return any(part in _COLON_NAV for word in words for part in word.split())
