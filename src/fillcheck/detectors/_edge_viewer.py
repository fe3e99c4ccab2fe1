"""A document viewer's furniture in English: loading notes, action rows, counters, deck lists.

Viewer sites (SlideShare, Speaker Deck, SlidePlayer, Docstoc, docsplayer, Scribd and
their clones) print the same few things around the text they show, in English even
over a Chinese document: a loading note (`Presentation is loading. Please wait.`),
a row of actions (`Download  Share  Embed`, `Report this document`), counters
(`0 comments`, `3 Favorites`, `[Pages:9]`; a page counter is FC209's), the uploader's
other decks (`More Decks by hhiroshell`, `Similar presentations`) and the header
over the extracted text (`… - Presentation Transcript`, `Transcript`). Each is a
short line made only of such words, read by its shape:

* ``sure``: a line no document writes for itself: a loading or plug-in note, a row
  of two or more actions, a counter with its noun, a list header of decks, a
  transcript header, a price banner (`$30 off … View Details »`);
* ``weak``: one action or header word alone (`Download`, `Transcript`, `Tweet`,
  `View Slide`): a manual's heading may be `Download`, so such a line is residue only
  in a run of residue, or when the text repeats it as a line of its own three times
  or more (a viewer prints `View Slide` under every slide).
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document
from ..patterns import lines_holding
from ..scan import declare, starts

SURE, WEAK = "sure", "weak"

# Words of a viewer's action row, in the forms viewers print them.
ACTIONS = frozenset(
    "Download Share Embed Report Print Save Like Tweet Cancel Flag Copy Follow Subscribe"
    " Favorite Favourite Upload Comment Comments Bookmark Pin Email Facebook Twitter LinkedIn"
    " Pinterest WhatsApp Reddit Fullscreen Zoom Upvote Downvote Unlike Clip".split()
)
# Words a viewer prints alone on a line: an action or the header over the extracted text.
WEAK_LINES = frozenset(
    (
        "Download|Share|Embed|Report|Print|Save|Like|Tweet|Flag|Upload|Bookmark|Fullscreen"
        "|Transcript|Transcription|View Slide|View slide|View Details|Download PDF"
        "|Download now|Sign in|Sign up|Log in|Login|Register|Loading|Loading...|Next|Previous"
        "|Prev|Details|Description|Read more|Read less|Show more|Show less|Close|Menu|Search"
    ).split("|")
)
_NOUN = (
    r"(?:comments?|[Ff]avou?rites?|views?|Views?|[Ll]ikes?|[Dd]ownloads?|[Ss]hares?|[Ee]mbeds?"
    r"|[Ff]ollowers?|[Ss]aves?|[Cc]lips?|[Rr]eads?|[Pp]ages?|[Ss]lides?)"
)
_DECKS = (
    r"(?:[Dd]ecks|[Dd]ocuments|[Pp]resentations|[Ss]lides(?:hows)?|[Bb]ooks|[Pp]apers|[Uu]ploads)"
)
# Lines no document writes for itself, whole.
SURE_LINE = re.compile(
    r"(?:Presentation|Document|Page|Content|File|Preview)s? (?:is|are) loading\.?"
    r"(?:[ \t]*Please wait\.?)?"
    r"|Loading(?:\.{2,3}|…)|Please wait(?:\.{1,3}|…)"
    r"|Your browser does not support (?:JavaScript|Javascript|JS|the video tag|iframes)[!.]?"
    r"|(?:Adobe )?Flash Player(?: \d{1,2})?(?: \(or above\))? is (?:needed|required) to view"
    r" [a-z ]{3,30}\.?"
    r"|We have detected that you do not have it on your computer\..{0,40}"
    rf"|\d{{1,3}}(?:,\d{{3}})*(?:\.\d)?[KkMm]? {_NOUN}"
    rf"|(?:More|Other) {_DECKS}(?: (?:by|in|from) [^\n]{{1,40}})?"
    rf"|(?:Similar|Related|Recommended|Popular|Trending|Featured) {_DECKS}"
    r"|Presentation on theme: [^\n]{1,160}"
    r"|[^\n]{1,160}?[ \t]*[-–—]+[ \t]*Presentation [Tt]ranscript:?"
    r"|Presentation [Tt]ranscript:?"
    r"|Report (?:this )?(?:document|presentation|deck|abuse|content|file)"
    r"|Download (?:presentation|to read offline|as PDF|PDF file|this document|for free|free)"
    r"|Was this (?:document|page|article|presentation|answer) (?:helpful|useful)\??"
    r"|Did this (?:answer your question|help|article help)\??"
    # a skip link: `Skip to main content`, `Jump to navigation`
    r"|(?:Skip|Jump) to (?:main |primary )?(?:content|navigation|search|footer)|Skip navigation"
    # a stamp a page gives from now: `Updated over a week ago`, `Posted 3 days ago`
    r"|(?:Updated|Posted|Edited|Published|Uploaded|Modified) (?:over |about |almost )?"
    r"(?:an?|\d{1,3}) (?:second|minute|hour|day|week|month|year)s? ago"
    r"|(?:Post|Add|Leave|Write) a comment|Edit your comment(?: Cancel)?"
    r"|Embed (?:Video|Code|this|Presentation|Document|Deck)"
    r"|Save (?:for later|to (?:my )?library)"
    r"|\[Pages?: ?\d{1,5}\]"
    r"|Start display at page:?|Size: ?(?:\d{1,3} ?)?px"
    r'|Download "[^"\n]{1,160}"'
    r"|(?:Uploaded|Shared|Posted) by [^\s]{2,30}"
    # a price banner over the page: `$30 off During Our Annual Pro Sale. View Details »`
    r"|[$€£]\d{1,4} off\b[^\n]{0,60}"
    r"|[^\n]{0,60}View Details[ \t]*[»>]"
)
_TOKENS = re.compile(r"[ \t　|｜·•/]+")
_ROW = 2
_LINE_LEN = 200


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A date as an English page prints it under a title: `November 26, 2019`, `Sep 3, 2019`.
EN_DATE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}"
)


# A help page's byline and its author's picture: `Written by Alicja Duszejko`,
# `Alicja Duszejko avatar` (an article's own byline: residue only next to residue).
BYLINE = re.compile(
    r"(?:Written|Authored|Reviewed) by [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
    r"|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} avatar"
)


def viewer_shape(body: str) -> str | None:
    """``sure`` or ``weak`` for a line of a viewer's English furniture, else None."""
    if len(body) > _LINE_LEN or _CJK.search(body):
        return None
    if body in WEAK_LINES or EN_DATE.fullmatch(body) or BYLINE.fullmatch(body):
        return WEAK
    if SURE_LINE.fullmatch(body):
        return SURE
    tokens = [token for token in _TOKENS.split(body) if token]
    if len(tokens) >= _ROW and all(token in ACTIONS for token in tokens):
        return SURE  # `Download Share Embed`, `Like | Share | Report`
    return None


# A heading in English words: `Introduction`, `Payment Notice`, `IFLA Library Reference Model`.
_EN_HEADING = re.compile(r"[A-Z][A-Za-z]+(?: [A-Za-z]+){0,7}")


def en_heading(body: str) -> bool:
    """True for a line of English words that heads a section, not a viewer's word."""
    return _EN_HEADING.fullmatch(body) is not None and viewer_shape(body) is None


# English words parted by single spaces, with a sentence's punctuation.
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*[,.;:!?]?(?: [A-Za-z][A-Za-z'’-]*[,.;:!?]?)+")


def plain_words(body: str) -> bool:
    """True for two or more English words parted by single spaces (a heading or a line of
    prose, never a user's handle, which has no space)."""
    return _WORDS.fullmatch(body) is not None and viewer_shape(body) is None


# Where a viewer's furniture may stand in a text: the words its lines start with or hold.
_TRIGGERS = declare(
    "viewer",
    (
        "loading",
        "Loading",
        "Please wait",
        "Flash Player",
        "have detected",
        "does not support",
        "Transcript",
        "transcript",
        "Decks",
        "presentations",
        "Presentations",
        "comment",
        "Favorites",
        "Download",
        "Report",
        "Embed",
        "Pages:",
        "View Slide",
        "View Details",
        "Skip ",
        "Jump to",
        " ago",
        "helpful",
        "Did this",
        " views",
        "Size:",
        "Page ",
    ),
)
# How often a lone action line must recur to be a viewer's, wherever it stands: a word
# (`Download`) may head two sections of a manual; a phrase (`View Slide`) does not recur.
_REPEATS = 3
_REPEATS_PHRASE = 2


def viewer_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of the lines anywhere in the text that are a viewer's English furniture by
    shape alone, and of lone action lines the text repeats three times or more."""
    text = doc.text
    found: list[tuple[int, int]] = []
    weak: list[tuple[str, int, int]] = []
    for begin, end in lines_holding(text, starts(doc, _TRIGGERS)):
        line = text[begin:end]
        body = line.strip(" \t　•·-*")
        if not body:
            continue
        kind = viewer_shape(body)
        if kind is None and body.startswith("[Page"):
            found.extend(_page_count(text, begin, line))
            continue
        if kind is None:
            continue
        start = begin + line.index(body)
        if body.lower().endswith(_TRANSCRIPT):
            found.extend(slide_numbers(text, end))
        if kind == SURE:
            found.append((start, start + len(body)))
        else:
            weak.append((body, start, start + len(body)))
    counts = Counter(body for body, _, _ in weak)
    found += [
        (start, end)
        for body, start, end in weak
        if counts[body] >= (_REPEATS_PHRASE if " " in body else _REPEATS)
    ]
    return found + thumbnails(text, starts(doc, _TRIGGERS))


# A viewer's caption of each page's thumbnail: `Page 1: 政府公文寫作手冊 - csb.gov.hk · …`,
# the same words after each page's number.
_THUMB = re.compile(r"Page (\d{1,4}): ([^\n]{4,300})")


def thumbnails(text: str, at: tuple[int, ...]) -> list[tuple[int, int]]:
    """Spans of two or more thumbnail captions that repeat the same words after their page
    numbers; a document's own `Page 2: Results` lines differ from each other."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for start in at:
        if text.startswith("Page ", start) and (start == 0 or text[start - 1] == "\n"):
            match = _THUMB.match(text, start)
            if match is not None:
                seen.setdefault(match.group(2), []).append(match.span())
    return [span for spans in seen.values() if len(spans) >= 2 for span in spans]


_TRANSCRIPT = ("transcript", "transcript:", "transcription")
_SLIDE = re.compile(r"(?m)^(\d{1,3}) (?=\S)")
_MIN_SLIDES = 2


def slide_numbers(text: str, at: int) -> list[tuple[int, int]]:
    """The numbers a viewer puts before each slide's or page's text under its transcript
    header (`1 IFLA Library Reference Model`, `2 LRM Antecedents …`): lines that open with
    1, 2, 3 … in turn, the first right under the header."""
    spans: list[tuple[int, int]] = []
    for match in _SLIDE.finditer(text, at):
        if int(match.group(1)) != len(spans) + 1:
            if not spans and text[at : match.start()].strip():
                return []  # the first line under the header is not slide 1
            break
        if not spans and text[at : match.start()].strip():
            return []
        spans.append(match.span(1))
    return spans if len(spans) >= _MIN_SLIDES else []


# A page count a viewer glues before the text: `[Pages:9]AN FTI CONSULTING WHITE PAPER`.
_PAGE_COUNT = re.compile(r"\[Pages?: ?\d{1,5}\]")


def _page_count(text: str, begin: int, line: str) -> list[tuple[int, int]]:
    """The span of a page count opening ``line``, if any."""
    match = _PAGE_COUNT.match(line.lstrip())
    if match is None:
        return []
    start = begin + len(line) - len(line.lstrip())
    return [(start, start + match.end())]
