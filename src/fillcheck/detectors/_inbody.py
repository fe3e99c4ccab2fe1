"""Residue a site stamps inside a text's body: quotations out of sequence, title salads.

* **Quote jammer**: a sharing site puts a numbered saying with its author
  (``18、读书是易事,思索是难事,但两者缺一,便全无用处——富兰克林``) on a line of its own
  between a document's lines. Its number continues no list of the document (no
  line starts with the number before it or after it), which a writer's own list
  of sayings always does.
* **Title salad**: the titles of other documents glued into a sentence for search
  engines, each ending in its file type
  (``…材料类招标技术评分表图表与交易pdf视力表打印pdf用图表说话 pdf``): three titles of
  four characters or more, each followed by a file type, with no punctuation
  between them.
* **BBCode**: a forum's markup copied as text (``[align=center][size=3]…[/size]``,
  ``[b]20[/b]``): tags of the forum's vocabulary, three or more, one of them
  closed, so that a citation mark (``[1]``), an index (``a[b]``), an INI section
  or a Markdown link never counts. Tags standing together are one finding.
* **Watermark address**: a site's address (``www.``, ``m.``, ``wap.``) stamped into a
  sentence (``做 m.chayi5.com 好各项``): between two Chinese characters, with spaces
  around it, or glued there twice or more in the text; an address the sentence gives
  (``请登录 www.gov.cn 查询``), an e-mail address or a link with a path is the
  document's own.
"""

from __future__ import annotations

import re

from ..document import Document
from ..scan import literal_starts

# A numbered saying with its author, alone on its line.
QUOTE = re.compile(
    r"[ \t\u3000]*(?P<number>\d{1,3})[、.．][ \t\u3000]*"
    r"(?P<saying>[^\n—]{4,60}[，,][^\n—]{2,60})——(?:[\u4e00-\u9fff·•]{2,10}|[A-Za-z .]{3,30})"
    r"(?=[ \t\u3000\r]*(?:\n|\Z))"
)
_QUOTE_GATE = "——"

# A file type ending a title, and a title: four or more Chinese characters before it.
FILE_TYPE = re.compile(r"pdf|docx?|pptx?|PDF|DOCX?|PPTX?")
_FILE_TYPE_STARTS = ("pdf", "doc", "ppt", "PDF", "DOC", "PPT")
_TITLE = re.compile(r"[\u4e00-\u9fff]{4,} ?\Z")
_TITLE_START = re.compile(r"[\u4e00-\u9fff][^\s，。；、,;.!?！？：:()（）《》]*\Z")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")  # a file type is a word of its own
_BREAK = re.compile(r"[\n，。；、,;!?！？：:()（）《》]")
_SALAD_TITLES = 3  # titles glued together that make a salad
_SALAD_GAP = 40  # characters from one file type to the next, at most


def _numbered(text: str, number: int) -> bool:
    """True when a line of ``text`` starts with ``number`` and a list mark."""
    pattern = rf"(?m)^[ \t\u3000]*{number}[、.．]"
    return number > 0 and re.search(pattern, text) is not None


def quote_jammers(doc: Document) -> list[tuple[int, int]]:
    """Spans of numbered sayings whose number continues no list of the document."""
    text = doc.text
    if _QUOTE_GATE not in text:
        return []
    found = []
    done = -1  # the start of the last line read
    at = text.find(_QUOTE_GATE)
    while at >= 0:
        begin = text.rfind("\n", 0, at) + 1
        match = QUOTE.match(text, begin) if begin > done else None
        done = begin
        at = text.find(_QUOTE_GATE, at + 2)
        if not match:
            continue
        number = int(match["number"])
        if number < 2 or _numbered(text, number - 1) or _numbered(text, number + 1):
            continue
        start = match.start("number")
        found.append((start, match.end()))
    return found


def _file_types(text: str, starts: tuple[int, ...]) -> list[re.Match[str]]:
    """File-type words standing right after a title (four Chinese characters or more)."""
    return [
        match
        for at in starts
        if (match := FILE_TYPE.match(text, at))
        and _TITLE.search(text, max(0, match.start() - 8), match.start())
        and not _ASCII_WORD.match(text, match.end())
    ]


def title_salads(doc: Document) -> list[tuple[int, int]]:
    """Spans of three titles or more glued together, each ending in its file type."""
    text = doc.text
    if sum(text.count(kind) for kind in _FILE_TYPE_STARTS) < _SALAD_TITLES:
        return []  # counted in C: most texts name no file type
    if len(starts := literal_starts(text, _FILE_TYPE_STARTS)) < _SALAD_TITLES:
        return []
    found = []
    group: list[re.Match[str]] = []
    for match in [*_file_types(text, starts), None]:
        if match is not None and group and _joined(text, group[-1], match):
            group.append(match)
            continue
        if len(group) >= _SALAD_TITLES:
            found.append((_salad_start(text, group[0].start()), group[-1].end()))
        group = [match] if match is not None else []
    return found


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """True when two file types stand close, with no punctuation between them."""
    gap = text[left.end() : right.start()]
    return len(gap) <= _SALAD_GAP and not _BREAK.search(gap)


def _salad_start(text: str, at: int) -> int:
    """Where the first title of a salad starts: after the punctuation or space before it."""
    window = text[max(0, at - _SALAD_GAP) : at]
    match = _TITLE_START.search(window)
    return at - len(window) + match.start() if match else at


# A BBCode tag of a forum's vocabulary, opening (with a value) or closing.
BBCODE = re.compile(
    r"\[(/?)(b|i|u|s|size|font|color|backcolor|align|left|center|right|indent|float|url|img"
    r"|email|quote|code|hide|free|list|\*|table|tr|td|p|hr|sup|sub|media|flash|audio|attach)"
    r"(?:=[^\]\n]{1,60})?\]",
    re.IGNORECASE,
)
_BBCODE_TAGS = 3  # tags in a text that make it markup
_HAN = re.compile(r"[\u4e00-\u9fff]")


def bbcode_tags(doc: Document) -> list[tuple[int, int]]:
    """Spans of runs of BBCode tags, in a text with three tags or more, one of them closed."""
    text = doc.text
    if "[/" not in text:
        return []
    tags = list(BBCODE.finditer(text))
    closed = {m[2].lower() for m in tags if m[1]}
    opened = {m[2].lower() for m in tags if not m[1]}
    if len(tags) < _BBCODE_TAGS or not closed & opened:
        return []
    runs: list[tuple[int, int]] = []
    for match in tags:
        if runs and runs[-1][1] == match.start():
            runs[-1] = (runs[-1][0], match.end())
        else:
            runs.append(match.span())
    if not any(_HAN.match(text, end) or _HAN.match(text, start - 1) for start, end in runs):
        return []  # markup in code or an English text, not a Chinese page's
    return runs


# A site's address: host names before a top-level domain found by ``str.find``.
_TLDS = (".com", ".cn", ".net", ".org")
_HOST = re.compile(r"(?<![A-Za-z0-9_@./:-])(?:[A-Za-z0-9-]{1,30}\.){0,3}[A-Za-z0-9-]{1,30}\Z")
_TLD = re.compile(r"\.(?:com|cn|net|org)(?:\.cn)?(?![A-Za-z0-9_./-])")
_SIDE = r"[\u4e00-\u9fff]"
_SITE_PREFIXES = ("www.", "m.", "wap.", "3g.")
# Words that introduce an address the document gives on purpose: `请登录 www.gov.cn 查询`.
GIVEN = tuple("网址 网站 登录 登陆 访问 浏览 关注 详见 见 至 在 通过 官网".split())


def _addresses(text: str) -> list[tuple[int, int, bool]]:
    """Addresses standing between two Chinese characters: span, and whether spaced."""
    found = []
    seen: set[int] = set()  # `.com.cn` is found from `.com` and from `.cn`
    for tld in _TLDS:
        at = text.find(tld)
        while at >= 0:
            end = _TLD.match(text, at)  # first: most `.com` stand inside a longer address
            host = _HOST.search(text, max(0, at - 100), at) if end else None
            at = text.find(tld, at + 1)
            if not host or not end or host.start() in seen:
                continue
            seen.add(host.start())
            start, stop = host.start(), end.end()
            if not text[start : start + 4].lower().startswith(_SITE_PREFIXES):
                continue  # `github.com`: a name; a page's own address has a site prefix
            before, after = text[max(0, start - 2) : start], text[stop : stop + 2]
            spaced = before[-1:] in (" ", "\u3000") and after[:1] in (" ", "\u3000")
            if re.search(_SIDE + r"\s?\Z", before) and re.match(r"\s?" + _SIDE, after):
                if not text[max(0, start - 6) : start].rstrip().endswith(GIVEN):
                    found.append((start, stop, spaced))
    return found


def stamped_addresses(doc: Document) -> list[tuple[int, int]]:
    """Spans of a site's address stamped into sentences: spaced, or glued in twice or more."""
    text = doc.text
    if not any(tld in text for tld in _TLDS):
        return []
    found = _addresses(text)
    counts: dict[str, int] = {}
    for start, stop, _ in found:
        counts[text[start:stop].lower()] = counts.get(text[start:stop].lower(), 0) + 1
    return sorted(
        (start, stop)
        for start, stop, spaced in found
        if spaced or counts[text[start:stop].lower()] >= 2
    )
