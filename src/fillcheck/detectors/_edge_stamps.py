"""More shapes of a page's stamp lines and controls, read whole, in simplified script.

* a **stamp with its verb after the date**: `2017-07-24 发表`, `2023-05-06 10:21 更新`
  (a forum and a blog write the verb after the day as often as before it);
* a **handle glued to its stamp**: `cccdz发表于2023-08-29`, as a page's spans run together;
* a **counter** with its number before its word: `23 瀏覽次數`, `提供建議 0 喜歡次數`;
* a **font-size bar** (`字体：大 中 小`, `【大 中 小】【打印】【关闭】`), a **byline naming the
  site** (`来源：本站原创`), a **site's name with its address** (`第一文档网 www.dywdw.cn`);
* a **welcome banner** alone on its line (`欢迎来到尧图网站建设!`) and a row of a forum's
  vote buttons with their tallies (`鲜花( 0)  鸡蛋( 0)`): residue on the edge line;
* **glued fields**: `文档序号:6363659阅读:163来源:国知局`, fields whose values run into the
  next key (read again with a space before each key);
* a **keyword chain**: a title bar of search keywords joined by underscores, one
  repeating another (`试卷字体格式_试卷字体格式_试卷格式word格式字体`);
* **controls**: a font-size control (`字级大小`, `字体大小`), a link's download and
  feedback buttons (`下载链接`, `链接失效反馈`, `报错反馈`), a loading note
  (`數據載入中...`).

Lines come from the document's view, where traditional script is folded to simplified.
"""

from __future__ import annotations

import re

SURE, META, WEAK, EDGE = "sure", "meta", "weak", "edge"

_DAY = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t　]+\d{1,2}:\d{2}(?::\d{2})?)?"
_VERB = r"(?:发表|发布|更新|编辑|上传|收录|修改|回复)"
# `2017-07-24 发表`: a day (and clock) with its verb after it, nothing else.
DAY_VERB = re.compile(rf"{_DAY}[ \t　]*{_VERB}")
# `cccdz发表于2023-08-29`: a handle glued to a stamp word and the day.
HANDLE_STAMP = re.compile(rf"[A-Za-z][A-Za-z0-9_.-]{{1,19}}[ \t　]*{_VERB}(?:于|在)[ \t　]*{_DAY}")
# A page's stamp to the minute with the words after it, its source and site:
# `2020-12-04 19:15 网络整理 教案网` (a meeting's own time is written in words).
# A schedule's `2023-01-06 09:00 开幕式` names no source and stays silent.
STAMP_WORDS = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[ \t　]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \t　]+[^\s，。,；;:：]{1,12}){0,2}"
    r"[ \t　]+(?:网络整理|网络|原创|转载|整理|本站|小编|佚名"
    r"|[^\s，。,；;:：]{1,10}(?:网|文库|社区|论坛))"
)
# A key glued to the value before it: `…6363659阅读:163…`.
_GLUED_KEY = re.compile(r"(?<=[\dA-Za-z])(?=[\u4e00-\u9fff]{2,6}[:：])")
# A font-size control; a link's download and feedback buttons.
CONTROL = re.compile(
    r"字(?:级|号|体)(?:大小|放大|缩小|调整|设定)"
    r"|(?:资源|文件|网盘|百度网盘|本地)?下载(?:链接|地址)(?:[:：]?)"
    r"|(?:链接|资源|地址|下载)?(?:失效|错误|报错|问题)(?:反馈|举报|报告)"
    # a page's loading note: `數據載入中...`
    r"|(?:数据|资料|页面|内容|文档)?(?:载入|加载)中[，,]?(?:请稍[候等])?(?:\.{2,6}|…{1,2})?"
)


# A counter with its number before its word: `23 瀏覽次數`, `提供建議 0 喜歡次數`.
COUNTER = re.compile(
    r"(?:[^\s\d]{1,8}[ \t　]+)?\d{1,7}[ \t　]*"
    r"(?:浏览|阅读|点击|喜欢|点赞|收藏|下载|评论|分享|查看|回复|引用)(?:次数|人次|数|量)"
)
# A font-size bar, with its key or in brackets, and the buttons after it: `字体：大 中 小`,
# `【字体：大 中 小】【打印】【关闭】`, `【大 中 小】` (a report's `大中小学` is neither).
_BUTTONS = (
    r"(?:[ \t　]*[【\[]?[ \t　]*(?:打印|关闭|收藏|阅读|下载|分享|默认|护眼)(?:本页|窗口|本文)?"
    r"[ \t　]*[】\]]?)*"
)
FONT_BAR = re.compile(
    r"[【\[(（]?[ \t　]*(?:字体|字号|字级|文字)(?:大小)?[ \t　]*[:：]?[ \t　]*[【\[(（]?[ \t　]*"
    rf"大[ \t　]*中[ \t　]*小[ \t　]*[】\])）]?{_BUTTONS}"
    rf"|[【\[(（][ \t　]*大[ \t　]+中[ \t　]+小[ \t　]*[】\])）]{_BUTTONS}"
)
# A byline naming the site itself or its staff: `来源：本站原创`, `作者：小编`.
SITE_BYLINE = re.compile(
    r"(?:来源|出处|作者|编辑|发布者?)[ \t　]*[:：][ \t　]*(?:本站|本网|小编|网站编辑|管理员|admin)"
    r"[^\s，。,；;]{0,6}"
)
# A site's name with its address: `第一文档网 www.dywdw.cn` (a company's letterhead ends
# in 公司, not in a site's word).
SITE_ADDRESS = re.compile(
    r"[^\s，。,；;]{1,16}(?:网|文库|范文|社区|论坛|平台|百科|知识库|资源站)[ \t　]+"
    r"(?:https?://)?(?:www\.|m\.|wap\.)?[a-z0-9-]{2,30}\.(?:com|cn|net|org|cc|top|vip|xyz)(?:\.cn)?/?"
)
# A row of a forum's vote buttons, each with its tally: `鲜花( 0)  鸡蛋( 0)`, `顶(3) 踩(0)`
# (edge: a table's `男(12) 女(8)` may open a text, though rarely).
TALLY_ROW = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}[ \t　]*[(（][ \t　]*\d{1,6}[ \t　]*[)）][ \t　|｜]*){2,4}"
)
# A site's welcome banner alone on its line: `欢迎来到尧图网站建设!`.
# A speech's `欢迎来到北京！` names no site.
WELCOME = re.compile(
    r"欢迎(?:来到|光临|访问)[^\s，。,；;:：!！]{0,12}(?:网|网站|站|文库|社区|论坛|平台|官网|博客)"
    r"[^\s，。,；;:：!！]{0,6}[!！]?"
)


def stamp_shape(body: str) -> str | None:
    """``sure``, ``meta`` or ``weak`` for a stamp line or a control of these shapes, else None."""
    if HANDLE_STAMP.fullmatch(body):
        return SURE
    if (
        COUNTER.fullmatch(body)
        or FONT_BAR.fullmatch(body)
        or SITE_ADDRESS.fullmatch(body)
        or SITE_BYLINE.fullmatch(body)
    ):
        return SURE
    if DAY_VERB.fullmatch(body) or STAMP_WORDS.fullmatch(body):
        return META
    if WELCOME.fullmatch(body) or TALLY_ROW.fullmatch(body):
        return EDGE
    if keyword_chain(body):
        return SURE
    if CONTROL.fullmatch(body):
        return WEAK
    return None


def unglued(body: str) -> str | None:
    """``body`` with a space before each key glued to the value before it, or None when
    there is no such key."""
    if ":" not in body and "：" not in body:
        return None
    spaced = _GLUED_KEY.sub(" ", body)
    return spaced if spaced != body else None


# A title bar of search keywords joined by underscores, one repeating another:
# `试卷字体格式_试卷字体格式_试卷格式word格式字体`.
_WORD = r"[\u4e00-\u9fffA-Za-z0-9]{0,23}"
_CHAIN_PART = re.compile(rf"{_WORD}[\u4e00-\u9fff]{_WORD}")
_CHAIN = 3
_SHARED = 3


def keyword_chain(body: str) -> bool:
    """True for three or more keywords joined by `_`, two of which share a word of three
    characters or more: a page's title stuffed for search engines."""
    parts = body.split("_")
    if len(parts) < _CHAIN or not all(_CHAIN_PART.fullmatch(part) for part in parts):
        return False
    first = parts[0]
    words = {first[i : i + _SHARED] for i in range(len(first) - _SHARED + 1)}
    return any(word in part for part in parts[1:] for word in words)
