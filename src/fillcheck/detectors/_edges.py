"""Residue told by where it stands: short lines at the edges of a text, next to residue.

A page copied from a document-sharing or 范文 site starts and ends with the
site's machinery: the uploader's name (`Administrator`, `ZTFB |`), a page
count (`11页`), a publishing time (`时间:2022-05-14 09:10:00`), a bookmark
button (`收藏《述职报告的写作》`), a notice cut short (`本网站为网`). Alone,
such a line could be the document's own; what makes it residue is where it
stands. The model:

* the **head** and the **tail** of a text are its first and last lines up to
  the first line of prose (a sentence, or a line longer than a heading);
* a zone that holds a line the phrase rules (FC205-FC210) already found is a
  zone of residue;
* a line's **shape** is read from its tokens: ``key:value`` fields of a
  site's metadata, date-times with a clock, counters, user handles, buttons;
* a metadata line in a zone of residue is residue; a counter, handle or
  clock line is residue when a run of residue lines reaches it; a button or
  a site's own notice is residue on the very first or last line too.

A meeting's own `时间:2023年1月6日` (a date in words, or followed by
`地点:`) and a lone date are never taken for metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from .scrape import residue_starts

# How many non-empty lines the head and the tail may span.
_ZONE = 60
# A line of prose: a sentence end, or longer than a heading.
_PROSE_LEN = 40
_SENTENCE_END = ("。", "！", "？", "；", "!", "?", "”")
_STRIP = " \t　•·*-|｜"
_TOKENS = re.compile(r"[ \t　|｜]+")
_TIME_KEYS = frozenset("时间 日期 上传时间 上传日期 发布时间 发布日期 更新时间".split())
# The fields of a site's metadata (not 作者 or 来源: a news article's byline is its own).
_KEYS = _TIME_KEYS | frozenset(
    "上传人 上传者 页数 页码 大小 文件大小 文档大小 格式 文档格式 浏览 浏览次数 阅读 阅读量"
    " 阅读数 下载 下载次数 推荐度 小编 分类 栏目 标签 评分 字数 收藏 发布者 贡献者 贡献者等级"
    " 文档页数 所属分类 文件格式 资料大小 点击 点击数 点击量 浏览量 评论 责任编辑 编辑".split()
)
KEY = re.compile(r"([\u4e00-\u9fff]{1,4})[:：](.*)")
ISO = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")
CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
COUNT = re.compile(r"\d{1,6}(?:页|P|次浏览|次阅读|人阅读|次下载|人已下载|人下载|字|KB|MB|K|M)")
HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.@-]{1,19}")
# The words of a site's log-in, payment and download forms: `账号:`, `验证码: 换一换`, `支付方式:`.
UI_WORDS = frozenset(
    "账号 帐号 密码 验证码 换一换 忘记密码 邮箱/手机 手机号 用户名 登录 注册 三方登录 第三方登录"
    " 微信登录 QQ登录 扫码登录 快捷下载 登录下载 支付方式 支付宝 微信支付 温馨提示 友情提示"
    " 特别说明 下载须知 版权提示 免责声明 全部分类 帮助中心 ImageVerifierCode 已注册用户请登录"
    " 立即登录 立即注册 免费注册 找回密码 记住我 自动登录"
    # buttons and prompts of viewers and 范文 sites
    " 下载此文档 点击下载 免费下载 立即下载 下载文档 文档下载 全文下载 下载完整版 立即开通 开通会员"
    " 成为会员 升级VIP 会员专享 VIP专享 马上注册 注册会员 扫码关注 扫一扫 展开全文 查看全文 收起"
    " 点赞 分享 打印 相关推荐 猜你喜欢 热门推荐 延伸阅读 推荐阅读 相关范文 更多范文 返回顶部"
    " 返回列表 上一页 下一页 首页 尾页".split()
)
# A counter a viewer prints by a button: `阅读(123)`, `评论（0）`.
TALLY = re.compile(r"(?:阅读|浏览|评论|点赞|收藏|下载|分享|赞)[(（]\d{1,7}[)）]")
# An entry of a site's category menu: `办公文档>`, `PPT模板»`.
MENU = re.compile(r"[^\s>»›]{1,10}[>»›]")
# One step of a breadcrumb on its own line.
STEP = re.compile(r"[>»›][ \t　]*[^\s>»›]{1,12}")
WORD = re.compile(r"[\u4e00-\u9fff]{1,8}")
# Buttons and a site's own notices, whole lines: `手机阅读`, `收藏《述职报告的写作》)`,
# `本网站为网`.
BUTTON = re.compile(
    r"(?:手机阅读|全屏阅读|收藏|加入收藏|举报|纠错|下载文档)(?:《[^》\n]{1,40}》)?[)）]?"
    r"|(?:本网站|本站)[^\s。！？!?，,]{0,8}"
    r"|返回顶部|回到顶部|返回页首|Top|TOP"  # a back-to-top link
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
    r"|扫码(?:登录|关注|下载|阅读)"
)
# A site's welcome banner, whose name the next line may repeat alone (`三一文库`).
WELCOME = re.compile(r"欢迎(?:来到|光临|访问)")
_ECHO_LEN = 8
# The fields that follow a meeting's own time: `地点:`, `主持人:`.
MEETING = re.compile(r"[ \t　]*(?:地点|会议地点|主持|参加|出席|参会|列席|记录)")

_META, _WEAK, _EDGE = "meta", "weak", "edge"


def _token(token: str) -> str | None:
    """The kind of one token of a line, or None when it is no part of site machinery."""
    if token.rstrip(":：?？!！") in UI_WORDS or MENU.fullmatch(token):
        return "weak"
    if match := KEY.fullmatch(token):
        key, value = match.groups()
        if key not in _KEYS:
            return None
        if key in _TIME_KEYS and value and not ISO.fullmatch(value):
            # `时间:2023年1月6日` is a meeting's; `时间:` with no date is a site's empty field
            return None if any(c.isdigit() for c in value) else "key"
        return "key" if len(value) <= 24 else None
    if ISO.fullmatch(token):
        return "date"
    if CLOCK.fullmatch(token):
        return "clock"
    if COUNT.fullmatch(token) or TALLY.fullmatch(token) or HANDLE.fullmatch(token):
        return "weak"
    return "word" if WORD.fullmatch(token) else None


def shape(line: str) -> str | None:
    """``meta``, ``weak`` or ``edge`` for a line shaped like site machinery, else None."""
    body = line.strip(_STRIP)
    if body.rstrip(":：?？!！") in UI_WORDS:
        return _WEAK  # `忘记密码?`
    if not body or len(body) > _PROSE_LEN or body.endswith(_SENTENCE_END):
        return None
    if BUTTON.fullmatch(body) or _button_row(body):
        return _EDGE
    if PROMPT.fullmatch(body):
        return _WEAK
    if STEP.fullmatch(body):
        return _WEAK  # `> 论文发表知识库`: one step of a breadcrumb (or a quote: only near residue)
    kinds = [_token(token) for token in _TOKENS.split(body) if token]
    if None in kinds:
        return None
    if "key" in kinds:
        return _META if kinds.count("word") <= 3 else None
    if "word" in kinds or kinds.count("date") == len(kinds):
        return None  # a heading, or a date on its own: the document's own
    return _WEAK


def _button_row(body: str) -> bool:
    """True for a line made of two or more buttons: `收藏 分享(赏)`."""
    tokens = [token for token in _TOKENS.split(body) if token]
    return len(tokens) >= 2 and all(
        (match := BUTTON_TOKEN.fullmatch(token)) is not None and match.group(1) in BUTTON_WORDS
        for token in tokens
    )


def _lines(text: str, reverse: bool) -> Iterator[tuple[int, int]]:
    """Spans of the non-empty lines from the start (or the end) of ``text``, at most _ZONE."""
    count = 0
    if not reverse:
        begin = 0
        while begin <= len(text) and count < _ZONE:
            end = text.find("\n", begin)
            end = len(text) if end < 0 else end
            if text[begin:end].strip():
                count += 1
                yield begin, end
            begin = end + 1
        return
    end = len(text)
    while end >= 0 and count < _ZONE:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            count += 1
            yield begin, end
        end = begin - 1


_PROSE = "prose"


def _zone(text: str, reverse: bool) -> list[tuple[int, int, str | None]]:
    """The head (or tail) lines with their shape; ``prose`` marks a sentence or long line."""
    zone = []
    for begin, end in _lines(text, reverse):
        line = text[begin:end]
        kind = shape(line)
        if kind is None and (len(line.strip()) > _PROSE_LEN or line.rstrip().endswith("。")):
            kind = _PROSE
        zone.append((begin, end, kind))
    return zone


def _meeting_time(text: str, end: int) -> bool:
    """True when the line after ``end`` holds a meeting's place or chair."""
    rest = text[end + 1 : end + 80].lstrip("\n")
    return MEETING.match(rest) is not None


def edge_lines(doc: Document, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the head and tail lines that are residue by shape and place.

    ``found`` holds the spans FC210 already reports; with what FC205-FC209
    find they are the evidence.
    """
    text = doc.text
    zones = [_zone(text, False), _zone(text, True)]
    chunked = "\n1、" in text or text.startswith("1、")
    if not chunked and not any(k not in (None, _PROSE) for zone in zones for _, _, k in zone):
        return []
    residue = {text.rfind("\n", 0, start) + 1 for start, _ in found}
    residue |= {text.rfind("\n", 0, start) + 1 for start in residue_starts(doc)}
    spans: set[tuple[int, int]] = set()
    for zone in zones:
        spans |= _zone_residue(text, _cut(zone, residue), residue)
    if chunked:
        spans.update(_chunk_numbers(text, residue))
    return sorted(spans)


# A page dump's chunk number: `1、商务文书写作,2010年2月,一、…` (三一办公 and the like number
# the text of each page they show). A chunk is a whole paragraph, long, right after residue.
CHUNK = re.compile(r"\n(?P<n>[1-9]\d{0,2})、")
_CHUNK_LEN = 100
_MIN_CHUNKS = 2


def _chunk_numbers(text: str, residue: set[int]) -> list[tuple[int, int]]:
    """The numbers of consecutive long paragraphs `1、…`, `2、…` of a page dump.

    A dump's chunks follow a residue line, or are cut wherever the page broke:
    every chunk but the last ends inside a sentence (`…界定这些` / `2、问题。…`).
    """
    found = []
    padded = "\n" + text  # a dump may open the text with its first chunk
    for match in CHUNK.finditer(padded):
        if match.group("n") != "1":
            continue
        chunks = _chunk_run(padded, match.start())
        if len(chunks) < _MIN_CHUNKS:
            continue
        cut = all(not padded[end - 1].endswith(_CHUNK_ENDS) for _, _, end in chunks[:-1])
        if cut or _after_residue(text, match.start() - 1, residue):
            found.extend((start - 1, number_end - 1) for start, number_end, _ in chunks)
    return found


# How a paragraph that is whole ends.
_CHUNK_ENDS = ("。", "！", "？", "!", "?", "；", ";", "…", "”", "」", "』", ":", "：")


def _chunk_run(padded: str, at: int) -> list[tuple[int, int, int]]:
    """The chunks numbered 1, 2, … from ``at``: start and end of the number, end of the line."""
    chunks: list[tuple[int, int, int]] = []
    while (chunk := CHUNK.match(padded, at)) and chunk.group("n") == str(len(chunks) + 1):
        end = padded.find("\n", chunk.end())
        end = len(padded) if end < 0 else end
        if end - chunk.start() < _CHUNK_LEN:
            break
        chunks.append((chunk.start("n"), chunk.end(), end))
        at = end
        while padded.startswith("\n\n", at):
            at += 1
    return chunks


def _after_residue(text: str, newline: int, residue: set[int]) -> bool:
    """True when the last non-empty line before ``newline`` is residue."""
    end = newline
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return begin in residue
        end = begin - 1
    return False


def _cut(zone: list[tuple[int, int, str | None]], residue: set[int]) -> list:
    """The zone up to its first line of prose that is not residue itself."""
    for i, (begin, _, kind) in enumerate(zone):
        if kind == _PROSE and begin not in residue:
            return zone[:i]
    return zone


def _zone_residue(
    text: str, zone: list[tuple[int, int, str | None]], residue: set[int]
) -> set[tuple[int, int]]:
    """The lines of one zone (in order from the edge of the text) that are residue."""
    strong = [begin in residue for begin, _, _ in zone]
    if not any(strong):
        # No evidence: only a button or a site's notice on the very edge line.
        if zone and zone[0][2] == _EDGE:
            return {_body(text, zone[0][0], zone[0][1])}
        return set()
    echoes = {i for i in range(1, len(zone)) if strong[i - 1] and _echo(text, zone, i)}
    strong = [flag or i in echoes for i, flag in enumerate(strong)]
    reached = [False] * len(zone)
    for order in (range(len(zone)), range(len(zone) - 1, -1, -1)):
        run = False  # a run of residue lines reaches this line
        for i in order:
            if strong[i]:
                run = True
            elif zone[i][2] in (_WEAK, _EDGE, _META) and run:
                reached[i] = True
            else:
                run = False
    found = {_body(text, zone[i][0], zone[i][1]) for i in echoes}
    for i, (begin, end, kind) in enumerate(zone):
        if strong[i] or kind in (None, _PROSE):
            continue
        if reached[i] or (i == 0 and kind == _EDGE):
            found.add(_body(text, begin, end))
        elif kind == _META and not _meeting_time(text, end):
            found.add(_body(text, begin, end))
    return found


def _echo(text: str, zone: list[tuple[int, int, str | None]], i: int) -> bool:
    """True when line ``i`` of a zone repeats alone the site's name from the banner before it."""
    name = text[zone[i][0] : zone[i][1]].strip(_STRIP)
    banner = text[zone[i - 1][0] : zone[i - 1][1]]
    return (
        1 < len(name) <= _ECHO_LEN
        and WELCOME.match(banner.strip(_STRIP)) is not None
        and name in banner
    )


def _body(text: str, begin: int, end: int) -> tuple[int, int]:
    """The span of a line without its bullets and the spaces around it."""
    line = text[begin:end]
    body = line.strip(_STRIP)
    start = begin + line.index(body)
    return start, start + len(body)
