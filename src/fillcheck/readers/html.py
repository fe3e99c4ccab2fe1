"""HTML: the text a browser shows, one line per block, each line anchored to its source line.

Tokenized by ``_htmltokens``, in time linear in the page's size whatever the
markup (``html.parser`` is quadratic on unclosed tags): it never raises on
broken markup (unclosed tags, stray ``<``, bad attributes), treats
``<script>`` and ``<style>`` as raw text as browsers do, and reports the
source line of every token, which a tree-building parser does not keep for
text. No tree is needed to extract text: block elements break lines,
inline elements do not, and a few elements are skipped whole.

What is extracted:

* visible text only: no ``script``, ``style``, ``noscript``, ``template``,
  ``iframe`` or ``title`` content, nothing from ``<head>``, no attribute values;
* entities decoded (``&amp;``, ``&#x4E00;``, ``&nbsp;`` as U+00A0);
* block elements (``p``, ``div``, ``li``, ``tr``, ``br``, ``h1``-``h6``, ...)
  start a new line; inline ones (``b``, ``span``, ``a``) do not, so
  ``X<b>X</b>名`` reads ``XX名``; table cells in a row are separated by a tab;
* whitespace collapses to one space as a browser renders it, except that a
  line break in the source between two CJK characters (or a CJK character and
  a digit or mask) disappears, as CSS removes such a segment break;
  ``<pre>`` keeps its whitespace and lines;
* comments of the form ``<!-- fillcheck-... -->`` are kept verbatim, each on
  its own line, for inline suppressions; all other comments are dropped.

Each extracted line is anchored to the HTML line its text came from
(``html line 57``), and again wherever a line's text moves to a later source
line.

Bytes are decoded with a byte-order mark if there is one, else the encoding
named by ``<meta charset>`` (or ``http-equiv`` / an XML declaration) in the
first 4 KB, else the plain-text cascade. A page whose bytes are valid UTF-8 is
read as UTF-8 even when its meta names a legacy encoding: tools that re-save
pages often leave the old declaration behind, and GBK text is virtually never
valid UTF-8.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Any

from ..document import Document
from ..messages import t
from ._htmltokens import tokens
from .text import Decoded, Plain, _decode_as, _detect, _wrap, decode_plain

# Elements whose content is never shown.
SKIPPED = frozenset("script style noscript template title iframe noembed noframes".split())
# Elements that may appear in <head>; any other start tag ends the head.
HEAD_TAGS = frozenset(
    "base basefont bgsound link meta noscript script style template title".split()
)
# Elements a browser lays out as blocks (or a line break): they start a new line.
BLOCKS = frozenset(
    """address article aside blockquote body br caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html
    legend li listing main menu nav ol option p plaintext pre search section select summary
    table tbody textarea tfoot thead tr ul xmp""".split()
)
CELLS = frozenset(("td", "th"))
# Whitespace HTML collapses; U+00A0 (``&nbsp;``) and U+3000 are not in it.
_TOKENS = re.compile(r"[ \t\n\r\f]+|[^ \t\n\r\f]+")
# Digits and mask characters a CJK character may touch across a source line break.
_MASKISH = frozenset("0123456789*Xx×_%")
_PRESCAN = 4096
_DECLARED = (
    re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I),
    re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I),
)
# Labels whose real encoding is a superset, as browsers treat them.
_LABELS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "gb_2312-80": "gb18030", "big5-hkscs": "big5hkscs", "ascii": "cp1252",
    "us-ascii": "cp1252", "iso-8859-1": "cp1252", "latin1": "cp1252",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}  # fmt: skip


def read(data: bytes, path: str, options: Any) -> Document:
    """Extract the visible text of an HTML page; raise ValueError with a one-line reason."""
    plain = decode_html_plain(data, options.encoding)
    extracted, parts = visible_text(plain.text)
    return Document(extracted, source=path, kind="html", parts=parts, notes=plain.notes)


def visible_text(page: str) -> tuple[str, list[tuple[int, str]]]:
    """The visible text of a decoded page and its `html line N` anchors."""
    parser = _TextParser()
    parser.feed(page.replace("\r\n", "\n").replace("\r", "\n"))  # as browsers do
    return parser.lines.result()


def decode_html(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a page: forced encoding, BOM, valid UTF-8, declared charset, text cascade.

    A declared charset the bytes contradict (they do not decode as it, or it is a
    Western single-byte charset and the bytes are Chinese text in GB18030 or Big5)
    is overruled by the bytes, and the result's notes say so.
    """
    return _wrap(decode_html_plain(data, encoding))


def decode_html_plain(data: bytes, encoding: str | None = None) -> Plain:
    """:func:`decode_html`, with the text as a plain str (not copied into a Decoded)."""
    if encoding or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_plain(data, encoding)
    declared = declared_encoding(data[:_PRESCAN])
    if declared is None:
        return decode_plain(data)
    try:  # valid UTF-8 wins over a stale legacy declaration
        return Plain(data.decode("utf-8"), (), "")
    except UnicodeDecodeError:
        pass
    if declared.startswith(_SINGLE_BYTE):
        found = _detect(data)  # every byte is "valid" in these: ask the bytes
        if found is not None and _mostly_han(data, found):
            return _overruled(data, declared, found)
    try:
        return Plain(data.decode(declared), (), "")
    except UnicodeDecodeError:
        return _overruled(data, declared, None)


# Codec names of single-byte charsets, which decode any bytes without an error.
_SINGLE_BYTE = ("cp125", "iso8859", "latin", "mac-", "koi8", "cp437", "cp850")


def _mostly_han(data: bytes, name: str) -> bool:
    """True when ``data`` decodes cleanly as ``name`` into text mostly of Chinese characters
    (among those outside ASCII), as a page in that encoding does and Western text does not."""
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return False
    wide = [char for char in text if char > "\x7f"]
    han = sum(1 for char in wide if "\u4e00" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f")
    return han * 2 > len(wide)


def _overruled(data: bytes, declared: str, found: str | None) -> Plain:
    """``data`` decoded as its bytes say, with a note on the charset it declared."""
    plain = decode_plain(data) if found is None else _decode_as(data, found)
    note = t("read-charset", declared=declared, found=plain.encoding or found)
    return Plain(plain.text, (note, *plain.notes), plain.encoding)


def declared_encoding(head: bytes) -> str | None:
    """The Python codec for the charset a page declares, or None if none usable is declared."""
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match is None:
            continue
        label = match.group(1).decode("ascii").lower()
        name = _LABELS.get(label, label)
        try:
            return codecs.lookup(name).name
        except LookupError:
            return None
    return None


def _wide(char: str) -> bool:
    """East Asian wide or full-width, as CSS's segment-break rule has it (Hangul excepted)."""
    return unicodedata.east_asian_width(char) in "WF" and not "\uac00" <= char <= "\ud7af"


def _joins_across_break(before: str, after: str) -> bool:
    """True when a source line break between these characters renders as nothing."""
    if _wide(before):
        return _wide(after) or after in _MASKISH
    return _wide(after) and before in _MASKISH


class Lines:
    """Extracted lines built from text runs, each run tagged with its source line."""

    def __init__(self) -> None:
        self.lines: list[list[tuple[str, int]]] = [[]]
        self._space = False  # collapsible whitespace waits before the next word
        self._newline = False  # ... and held a source line break
        self._separator = ""  # a cell separator waits before the next word

    def text(self, data: str, line: int, pre: bool) -> None:
        """Add character data that starts on source ``line``."""
        for match in _TOKENS.finditer(data):
            token = match.group()
            if token[0] not in " \t\n\r\f":
                self._word(token, line)
            elif pre:
                for index, piece in enumerate(token.split("\n")):
                    if index:
                        self.break_line(force=True)
                    if piece:
                        self.lines[-1].append((piece, line + index))
            else:
                self._space = True
                self._newline = self._newline or "\n" in token
            line += token.count("\n")

    def _word(self, word: str, line: int) -> None:
        current = self.lines[-1]
        if current:
            if self._separator:
                current.append((self._separator, line))
            elif self._space and not (
                self._newline and _joins_across_break(current[-1][0][-1], word[0])
            ):
                current.append((" ", line))
        current.append((word, line))
        self._space = self._newline = False
        self._separator = ""

    def break_line(self, force: bool = False) -> None:
        """End the current line (a block boundary); ``force`` keeps an empty one (``<pre>``)."""
        if self.lines[-1] or force:
            self.lines.append([])
        self._space = self._newline = False
        self._separator = ""

    def cell(self) -> None:
        """A table cell starts: separate it from the previous cell in the row."""
        if self.lines[-1]:
            self._separator = "\t"

    def comment(self, text: str, line: int) -> None:
        """A kept comment, on its own line."""
        self.break_line()
        self.lines[-1].append((text, line))
        self.break_line()

    def result(self) -> tuple[str, list[tuple[int, str]]]:
        """The extracted text and its parts: where each source line's text starts."""
        out: list[str] = []
        parts: list[tuple[int, str]] = []
        offset = 0
        last = None
        for runs in self.lines:
            if not runs:
                continue
            for text, line in runs:
                if line != last:
                    parts.append((offset, f"html line {line}"))
                    last = line
                offset += len(text)
            out.append("".join(text for text, _ in runs))
            offset += 1
        return "\n".join(out), parts


class _TextParser:
    """Feeds the visible text of a page, and kept comments, into :class:`Lines`."""

    def __init__(self) -> None:
        self.lines = Lines()
        self._line = 1
        self._skipping: list[str] = []  # open elements whose content is not shown
        self._in_head = False
        self._pre = 0

    def feed(self, text: str) -> None:
        """Tokenize the whole page (see :mod:`._htmltokens`) and handle every token."""
        for kind, value, line in tokens(text):
            self._line = line
            if kind == "data":
                self.handle_data(value)
            elif kind == "start":
                self.handle_starttag(value)
            elif kind == "end":
                self.handle_endtag(value)
            elif kind == "startend":
                self.handle_starttag(value)
                self.handle_endtag(value)
            else:
                self.handle_comment(value)

    def handle_starttag(self, tag: str) -> None:
        """Open an element: skip, break a line, separate a cell, or nothing (inline)."""
        if self._in_head and tag not in HEAD_TAGS:
            self._in_head = False  # any other element ends an unclosed <head>
        if tag == "head" and not self._skipping:
            self._in_head = True
        elif tag in SKIPPED:
            self._skipping.append(tag)
        elif self._skipping or self._in_head:
            return
        elif tag in BLOCKS:
            self.lines.break_line()
            self._pre += tag in ("pre", "listing", "xmp", "textarea")
        elif tag in CELLS:
            self.lines.cell()

    def handle_endtag(self, tag: str) -> None:
        """Close an element; an end tag closes the innermost open skipped element it names."""
        if tag in self._skipping:
            index = len(self._skipping) - 1 - self._skipping[::-1].index(tag)
            del self._skipping[index:]
        elif tag == "head":
            self._in_head = False
        elif not self._skipping and tag in BLOCKS:
            self.lines.break_line()
            if tag in ("pre", "listing", "xmp", "textarea") and self._pre:
                self._pre -= 1

    def handle_data(self, data: str) -> None:
        """Visible text joins the current line; text in <head> opens the body, as browsers do."""
        if self._skipping:
            return
        if self._in_head:
            if not data.strip():
                return
            self._in_head = False
        self.lines.text(data, self._line, self._pre > 0)

    def handle_comment(self, data: str) -> None:
        """Keep ``<!-- fillcheck-... -->`` verbatim on its own line; drop other comments."""
        if data.strip().startswith("fillcheck-"):
            self.lines.comment(f"<!--{data}-->", self._line)
