"""Residue told by the run it stands in: a page's header above its menu, a column of buttons.

A web page prints its own header (the site's name, a language switch, a slogan) *above* its
menu, breadcrumb or log-in bar, and the document's title *below* them. So once one of those
page-level lines is known to be residue, every short line above it at the head of the text,
up to the text's first line, is the page's header too (`视窗`, `loading...`, then
`您现在的位置:首页 > 银行从业 > …`); so are the short lines between two such lines.
The title and the metadata under it are never above the page's menu.

A column of buttons is a run of three or more short lines each of which is one control
(`文字大小`, `分享`, `收藏`, `前往專題`); a row of buttons is one line of three or more controls
(`回复 支持 反对`); a button whose icon's text doubles its label carries its tally
(`收藏收藏1`, `点赞点赞12`). A blog's archive page heads its list with the archive's name
(`‘收藏’ 分类的存档`, `标签 标准库 下的文章`), and a site's footer credits its software
(`Produced By 大汉网络 大汉版通发布系统`, `Powered by Discuz!`).

Lines come from the document's view, where traditional script is folded to simplified.
"""

from __future__ import annotations

import re

from ..document import Document
from ._edge_chunks import nonempty_lines
from ._edge_marks import colon_row
from ._edge_shape import META, SURE, shape

# A line known to be residue that the page prints above the document's title: a skip link,
# or a menu or log-in bar made of navigation words (`找回密码 | 立即注册`, `网站首页 | 网站地图`).
# (Not a breadcrumb: the page's section or the document's own title may stand above it.)
SKIP_LINK = re.compile(r"跳(?:到|至|过)(?:主要)?(?:内容|导航)|按[ \t　]*Enter[ \t　]*到主内容")
NAV_TOKENS = frozenset(
    "首页 网站首页 回首页 网站地图 网站导航 导航 登录 注册 找回密码 立即注册 免费注册 立即登录"
    " QQ登录 微信登录 English 繁体 简体 无障碍 手机版 关怀版 联系我们 设为首页 加入收藏 帮助中心"
    " 会员中心 我要投稿 搜索".split()
)
# A short line of the page's header: no sentence punctuation, short.
_HEADER_LEN = 30
_SENTENCE = re.compile(r"[，。；！？,;!?：:]|\.(?:\s|$)")
# How many non-empty lines the head may span.
_HEAD = 40
# How long a line of prose is: it ends the head.
_PROSE_LEN = 60

# One control on a line of its own or in a row (the view folds `列印`, `專題`).
CONTROL = frozenset(
    "分享 收藏 评论 点赞 打印 列印 举报 转发 回复 引用 支持 反对 订阅 关注 复制链接 文字大小"
    " 字体大小 字号 前往专题 上一主题 下一主题 上一篇 下一篇 返回列表 返回顶部 只看该作者"
    " 推荐 赞 踩 顶 收起 展开".split()
)
# A control whose icon's text doubles its label, with its tally: `收藏收藏1`.
DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,4})\1\d{0,7}")
_COLUMN = 3
_ROW = 3
_STEP = re.compile(r"[>»›/＞]")
_SPACED_MIN = 6
# A bar of links over a page's menu may be longer than a heading.
_BAR_LEN = 50
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_TOKEN_SPLIT = re.compile(r"[ \t　|｜]+")

# An archive page's header: `‘收藏’ 分类的存档`, `标签 标准库 下的文章`, `分类目录归档:随笔`.
ARCHIVE = re.compile(
    r"[‘'“\"「]?[^\s‘’'“”\"「」]{1,16}[’'”\"」]?[ \t　]*"
    r"(?:分类|标签|栏目|目录)(?:的|下的)(?:存档|归档|文章)"
    r"|(?:标签|分类|栏目)[ \t　]+[^\s]{1,16}[ \t　]+下的(?:文章|存档|归档)"
    r"|(?:分类目录|标签|文章)归档[ \t　]*[:：][ \t　]*[^\s]{1,16}"
    r"|(?:Category|Tag) Archives:[ \t　]*\S.{0,30}"
)
# A list of the topics the page files an article under: `进入专题: 网际互动   政府形象`.
TOPICS = re.compile(r"(?:进入专题|所属专题|相关专题|所属栏目|所属分类)[ \t　]*[:：]")
# A footer crediting the site's software: `Produced By 大汉网络 大汉版通发布系统`.
CREDIT = re.compile(r"(?:Powered|Produced|Designed|Developed)[ \t]+[Bb]y[ \t]+\S.{0,40}")
_TAIL = 3


def _body(text: str, begin: int, end: int) -> tuple[int, int]:
    """The span of a line without its bullets and the spaces around it."""
    line = text[begin:end]
    body = line.strip(" \t　•·")
    start = begin + line.index(body) if body else begin
    return start, start + len(body)


def _header_line(line: str, limit: int = _HEADER_LEN) -> bool:
    """True for a short line with no sentence in it: a site's name, a switch, a slogan."""
    body = line.strip(" \t　•·")
    return 0 < len(body) <= limit and _SENTENCE.search(body) is None


def page_header(doc: Document, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The short lines above (and between) the residue lines a page prints over its title."""
    text = doc.text
    if not found:
        return []
    starts = {text.rfind("\n", 0, start) + 1 for start, _ in found}
    head = []
    for begin, end in nonempty_lines(text, False, _HEAD):
        line = text[begin:end].strip()
        if begin not in starts and len(line) > _PROSE_LEN:
            break
        head.append((begin, end))
    level = [
        i for i, (begin, end) in enumerate(head) if begin in starts and _page_level(text[begin:end])
    ]
    if not level:
        return []
    spans = []
    for i, (begin, end) in enumerate(head[: level[-1]]):
        if begin in starts or not _header_line(text[begin:end], _BAR_LEN):
            continue
        if i < level[0] and all(
            _header_line(text[b:e], _BAR_LEN) or b in starts for b, e in head[:i]
        ):
            spans.append(_body(text, begin, end))
        elif level[0] < i and _between(head, starts, level, i, text):
            spans.append(_body(text, begin, end))
    return spans


def _spaced_menu(body: str) -> bool:
    """True for a menu whose words are letter-spaced to fill their cells:
    `首     页 政 务 公 开 网 上 办 事`."""
    tokens = body.split()
    return (
        len(tokens) >= _SPACED_MIN
        and all(len(t) <= 2 and _HAN_ONLY.fullmatch(t) for t in tokens)
        and "".join(tokens).startswith(("首页", "网站首页"))
    )


def spaced_menus(doc: Document) -> list[tuple[int, int]]:
    """Letter-spaced menus at the head of the text."""
    text = doc.text
    return [
        _body(text, begin, end)
        for begin, end in nonempty_lines(text, False, _HEAD)
        if _spaced_menu(text[begin:end].strip(" \t　•·"))
    ]


def _page_level(line: str) -> bool:
    """True for a skip link or a bar of navigation words."""
    body = line.strip(" \t　•·")
    if SKIP_LINK.match(body) or _spaced_menu(body) or ARCHIVE.fullmatch(body):
        return True  # an archive's header heads a list of posts, not one text
    if "::" in body and colon_row(body):
        return True  # a blog's menu parted by double colons: `博客园 :: 首页 :: 新随笔`
    tokens = [t.strip("()（）[]【】") for t in _TOKEN_SPLIT.split(body) if t]
    if tokens and tokens[0] in ("首页", "网站首页") and _STEP.search(body) is None:
        return True  # a menu bar, not a breadcrumb: `首页 动态 资源 服务 学术 关于龙图`
    return bool(tokens) and sum(t in NAV_TOKENS for t in tokens) * 2 > len(tokens)


def _between(
    head: list[tuple[int, int]], starts: set[int], level: list[int], i: int, text: str
) -> bool:
    """True when line ``i`` stands between two page-level lines with only residue or short
    header lines between them."""
    before = max(j for j in level if j < i)
    after = min((j for j in level if j > i), default=None)
    if after is None:
        return False
    return all(
        head[j][0] in starts or _header_line(text[head[j][0] : head[j][1]])
        for j in range(before + 1, after)
    )


def _control_line() -> re.Pattern[str]:
    words = "|".join(sorted(CONTROL, key=lambda word: (-len(word), word)))

    def token(name: str) -> str:
        return rf"(?:{words}|(?P<{name}>[\u4e00-\u9fff]{{2,4}})(?P={name})\d{{0,7}})"

    return re.compile(rf"^[ \t　•·]*{token('a')}(?:[ \t　|｜]+{token('b')})*[ \t　]*$", re.M)


# A line made of controls only; read whole by the regular expression engine, line by line.
CONTROL_LINE = _control_line()


def button_runs(doc: Document) -> list[tuple[int, int]]:
    """Columns of one-control lines, rows of three or more controls and doubled controls with
    their tallies."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    column: list[tuple[int, int]] = []
    last = -1  # the end of the previous line of the column
    for match in CONTROL_LINE.finditer(text):
        begin, end = match.span()
        body = text[begin:end].strip(" \t　•·")
        tokens = [t for t in _TOKEN_SPLIT.split(body) if t]
        if len(tokens) == 1 and tokens[0] in CONTROL:
            if column and text[last:begin].strip():
                if len(column) >= _COLUMN:
                    spans.extend(column)
                column = []
            column.append(_body(text, begin, end))
            last = end
            continue
        if len(tokens) >= _ROW or any(DOUBLED.fullmatch(t) and t[-1].isdigit() for t in tokens):
            spans.append(_body(text, begin, end))
    if len(column) >= _COLUMN:
        spans.extend(column)
    return spans


# A link to more of a panel, alone or after the panel's name: `更多专区...`, `最近访客 更多访客>>`.
# A panel's link may say no more than `更多>>` after the panel's name (`行业指导 更多>>`).
MORE_LINK = re.compile(
    r"^[ \t　•·]*(?:(?:[\u4e00-\u9fff]{2,6}[ \t　]+)?"
    r"更多[\u4e00-\u9fff]{1,6}(?:>>|»|\.{3}|…)"
    r"|(?:[\u4e00-\u9fff]{2,6}[ \t　]+)?更多[ \t　]?(?:>>|»|＞＞))[ \t　]*$",
    re.M,
)


def more_links(doc: Document) -> list[tuple[int, int]]:
    """Lines that are a link to more of a site's panel."""
    text = doc.text
    if "更多" not in text:
        return []
    return [_body(text, *match.span()) for match in MORE_LINK.finditer(text)]


def archive_lines(doc: Document) -> list[tuple[int, int]]:
    """An archive page's header and topic list in the head, a software credit in the tail."""
    text = doc.text
    spans = []
    for begin, end in nonempty_lines(text, False, _HEAD // 4):
        body = text[begin:end].strip(" \t　•·")
        if len(body) <= _PROSE_LEN and (ARCHIVE.fullmatch(body) or TOPICS.match(body)):
            spans.append(_body(text, begin, end))
    for begin, end in nonempty_lines(text, True, _TAIL):
        body = text[begin:end].strip(" \t　•·")
        if len(body) <= _PROSE_LEN and CREDIT.fullmatch(body):
            spans.append(_body(text, begin, end))
    return spans


# A line of prose ends the head: a sentence, or long and holding a sentence's punctuation.
_LONG = 80
_TITLE_LEN = 50
# Lines a site prints by their shape: metadata under a title is evidence too.
_EVIDENCE = (SURE, META)
_PROSE_MARK = re.compile(r"[，。；！？,;]")


def _prose(line: str) -> bool:
    body = line.strip(" \t　•·")
    if body.endswith("。") or len(body) > _LONG:
        return True
    return len(body) > _HEADER_LEN + 10 and _PROSE_MARK.search(body) is not None


# A field of the page's header, one short value after its key: `当前报纸名称:劳动午报`.
FIELD_LINE = re.compile(r"[\u4e00-\u9fff]{2,8}[:：][^\s:：，。,;；!！?？]{1,12}")


def above_title(doc: Document, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The short lines above the document's title when residue follows the title at once:
    the site's name or the section the page files the text under (`文章`, then
    `吴金群:省管县的条件…`, then `发稿时间:2011-07-03 00:00:00`).

    The title is the line right over the first residue line of the head; the lines over it
    are the page's when each is a short line with no sentence, shorter than the title.
    """
    text = doc.text
    if not found:
        return []
    starts = {text.rfind("\n", 0, start) + 1 for start, _ in found}
    head = list(nonempty_lines(text, False, _HEAD))
    first = next(
        (
            i
            for i, (begin, end) in enumerate(head)
            if begin in starts or shape(text[begin:end]) in _EVIDENCE
        ),
        None,
    )
    if first is None or first < 2:
        return []
    begin, end = head[first - 1]
    title = text[begin:end].strip(" \t　•·")
    if _prose(title) or len(title) > _TITLE_LEN or shape(text[begin:end]) is not None:
        return []  # a sentence, a byline or a line of machinery is no title
    above = head[: first - 1]
    if not all(
        (_header_line(text[b:e]) or FIELD_LINE.fullmatch(text[b:e].strip(" \t　•·")))
        and len(text[b:e].strip(" \t　•·")) < len(title)
        for b, e in above
    ):
        return []
    return [_body(text, b, e) for b, e in above]
