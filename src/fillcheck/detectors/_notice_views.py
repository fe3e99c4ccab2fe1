"""Phrases of a page's tallies and of a viewer still loading, in the words a site uses.

A repository or a viewer prints how often a document was read in a sentence of its own
(`本论文已被浏览 5735 次,被下载 393`): the passive 被 with a reading verb and a count in 次,
which no report uses of itself; a repository in English says it the same way (`has been
browsed 5735 times`). A blog's listing puts a tag before each title (`原创 【Nacos】…`),
at the head of its line and before the title's bracket. A viewer that loads pages as the
reader scrolls leaves its loading line (`加载中.... (立即查看全文)`): the loading word with
its dots, or a call to open the full text in brackets.

The entries are the arguments of :class:`._notice_lexicon.Phrase` (kind, strong, anchors,
pattern, lead), matched on the compact copy of the text (no white space, ASCII punctuation,
Latin in lower case) from the anchor on.
"""

from __future__ import annotations

_READ = r"(?:浏览|下载|阅读|查看|引用|收藏|点击)"

VIEWS: tuple[tuple, ...] = (
    # `本论文已被浏览 5735 次,被下载 393`, `此文已被阅读12次`.
    (
        "tally",
        True,
        ("被浏览", "被下载", "被阅读"),
        rf"被(?:浏览|下载|阅读)\d+次?(?:[,、;]?(?:被|共被)?{_READ}\d+次?)*",
        r"已(?:经)?",
    ),
    # `加载中.... (立即查看全文)`, `加载中...`.
    ("truncation", True, ("加载中",), r"加载中(?:\.{2,}|…+)(?:\((?:立即|点击)?查看全文\))?"),
    # `(立即查看全文)`, `(点击查看全文)`.
    ("preview", True, ("(立即查看", "(点击查看"), r"\((?:立即|点击)查看全文\)"),
    # The English tally of a repository: `has been browsed 5735 times`.
    (
        "tally",
        True,
        ("has been", "have been"),
        r"ha(?:s|ve)been(?:browsed|viewed|downloaded|read|accessed|cited)\d+times?",
    ),
    # A page's tally of its readers' marks: `55人收藏此文章`, `128人收藏了这篇文档`.
    (
        "tally",
        True,
        ("人收藏",),
        r"人收藏(?:了)?(?:此|本|这篇|该)(?:文章|文档|资料|帖子|范文|内容)",
        r"\d{1,7}",
    ),
    # The same tally of votes alone on its line (`0人頂`, `12人赞`): only next to residue.
    ("tally", False, ("人顶", "人踩", "人赞"), r"人[顶踩赞]$", r"^\d{1,7}"),
    # A blog's closed comments under its post: `2012年3月31日 评论已被关闭`, `抱歉，评论已关闭。`.
    ("tag", True, ("评论已",), r"评论已(?:被)?关闭(?:[.。!]*)$"),
    # A blog's tag at the head of a post's title in a listing: `原创 【Nacos】注册中心`.
    ("tag", True, ("原创", "转载", "翻译"), r"(?:原创|转载|翻译)(?=[【\[《])", r"^"),
)
