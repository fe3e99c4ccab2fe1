"""A forum post's own furniture, as Discuz! and its sign-in plug-in print it around each post.

Every post of a Discuz! thread sits in a frame the forum prints: the poster's sign-in panel
(`TA的每日心情` / `开心` / `2017-9-20 12:50`, `签到天数: 2 天`, `连续签到: 1 天`,
`[LV.1]测试小兵`, or `该用户从未签到`), the post's floor (`15#`) over its stamp
(`发表于 2012-4-25 14:44:18 | 只看该作者`) and the link `跳转到指定楼层`. The software is the
same on thousands of forums, so its frame reads alike on a forum not seen before; so do the
log-in bar's quick log-ins (`微信登录,快人一步`, `手机号码,快捷登录`) and the note over a post's
attachments (`本帖子中包含更多资源`).

A floor number is read only over a post's stamp (a building's `1#` in a report has none),
and a mood only under `TA的每日心情`.
"""

from __future__ import annotations

import re

from ..document import Document

# The sign-in panel's lines, the thread's jump link, the log-in bar's quick log-ins and the
# note over a post's hidden attachments.
PANEL = re.compile(
    r"该用户从未签到|TA的每日心情"
    r"|(?:微信|QQ)登录[,，][ \t　]*快人一步|手机号码?[,，][ \t　]*快捷登录"
    r"|本帖子?中包含更多资源"
    r"|(?:签到天数|连续签到|累计签到|本月签到)[ \t　]*[:：][ \t　]*\d{1,5}[ \t　]*天"
    r"|\[LV\.\d{1,2}\][^\s\[\]]{1,12}|跳转到指定楼层"
)
# A post's floor, and the stamp under it.
FLOOR = re.compile(r"\d{1,5}#|\d{1,5}楼|沙发|板凳|地板")
STAMP = re.compile(r"(?:楼主\|?[ \t　]*)?发表于[ \t　]*\d{4}-\d{1,2}-\d{1,2}")
# The mood under `TA的每日心情`: a word or two.
_MOOD_LEN = 4
_STRIP = " \t　•·"


def _body(text: str, begin: int, end: int) -> tuple[int, int]:
    line = text[begin:end]
    body = line.strip(_STRIP)
    start = begin + line.index(body)
    return start, start + len(body)


def _next_line(text: str, end: int) -> tuple[int, int] | None:
    """The span of the next non-empty line after the line ending at ``end``."""
    at = end + 1
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        if text[at:stop].strip():
            return at, stop
        at = stop + 1
    return None


# A line of the frame, whole: read line by line by the regular expression engine.
FRAME_LINE = re.compile(
    rf"^[ \t　•·]*(?:(?P<panel>{PANEL.pattern})|(?P<floor>{FLOOR.pattern}))[ \t　]*$", re.M
)


def post_frames(doc: Document) -> list[tuple[int, int]]:
    """The lines of a forum's frame around its posts: sign-in panels, floors, jump links."""
    text = doc.text
    if "发表于" not in text:
        return []
    spans = []
    for match in FRAME_LINE.finditer(text):
        begin, end = match.span()
        if match.group("panel"):
            spans.append(_body(text, begin, end))
            if "TA的每日心情" in match.group("panel") and (after := _next_line(text, end)):
                mood = text[after[0] : after[1]].strip(_STRIP)
                if 0 < len(mood) <= _MOOD_LEN and mood.isalpha():
                    spans.append(_body(text, *after))
        else:
            after = _next_line(text, end)
            if after and STAMP.match(text[after[0] : after[1]].strip(_STRIP)):
                spans.append(_body(text, begin, end))
    return spans
