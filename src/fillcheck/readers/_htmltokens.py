"""A tokenizer for HTML that takes time linear in the page's size, whatever the markup.

The standard library's ``html.parser`` goes back over the rest of the page
for every ``<`` it cannot close (a page of a million ``<a`` took minutes).
This tokenizer follows the HTML standard's rule instead: a tag, comment or
declaration that is never closed runs to the end of the page and is dropped
(a tag whose attribute quote is never closed ends at its first ``>``), so
every character is looked at a bounded number of times. Each pattern below
is possessive (``*+``): a failed match never backtracks.

Tokens are ``(kind, value, line)``: ``start`` and ``end`` with a lower-case
tag name, ``startend`` for ``<br/>``, ``data`` with character references
decoded, ``comment`` with the text between ``<!--`` and ``-->``; ``line`` is
the 1-based source line where the token starts. Declarations, processing
instructions and CDATA sections yield nothing, as browsers show nothing of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

# Elements whose content is raw text up to their end tag (as html.parser has it).
RAW_TEXT = ("script", "style")
# <tag attributes...> with quoted values; a quote that is never closed makes no match.
_START = re.compile(r"<([a-zA-Z][^\t\n\f\r />]*+)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>")
_NAME = re.compile(r"[a-zA-Z][^\t\n\f\r />]*+")
# </tag ...>
_END = re.compile(r"</([a-zA-Z][^\t\n\f\r />]*+)[^>]*+>")
_RAW_END = {name: re.compile(rf"</{name}(?=[\t\n\f\r />])", re.I) for name in RAW_TEXT}

Token = tuple[str, str, int]


class _Lines:
    """Line numbers of offsets met in increasing order, counted once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1

    def at(self, offset: int) -> int:
        """The 1-based line holding ``offset`` (never less than the last one asked)."""
        if offset > self.offset:
            self.line += self.text.count("\n", self.offset, offset)
            self.offset = offset
        return self.line


def tokens(text: str) -> Iterator[Token]:
    """The tokens of ``text`` (newlines already normalised to ``\\n``), in order."""
    lines = _Lines(text)
    size = len(text)
    index = 0
    while index < size:
        less = _next_markup(text, index)
        if less > index:
            yield "data", unescape(text[index:less]), lines.at(index)
        if less >= size:
            return
        index, token = _markup(text, less)
        if token is not None:
            kind, name = token
            yield kind, name, lines.at(less)
            if kind == "start" and name in RAW_TEXT:
                index = yield from _raw_text(text, index, name, lines)


def _markup(text: str, at: int) -> tuple[int, tuple[str, str] | None]:
    """The token starting with the ``<`` at ``at`` (None: nothing shown) and where it ends."""
    nxt = text[at + 1 : at + 2]
    if nxt.isascii() and nxt.isalpha():
        match = _START.match(text, at)
        if match is None:  # a quote never closed: the tag ends at the next ">", if any
            name = _NAME.match(text, at + 1).group()  # type: ignore[union-attr]
            close = text.find(">", at)
            if close < 0:  # never closed: runs to the end of the page
                return len(text), None
            return close + 1, ("start", name.lower())
        kind = "startend" if match.group(2).endswith("/") else "start"
        return match.end(), (kind, match.group(1).lower())
    if nxt == "/":
        match = _END.match(text, at)
        if match is not None:
            return match.end(), ("end", match.group(1).lower())
        return _until(text, ">", at + 2), None  # </> or </3>: a bogus comment
    if text.startswith("<!--", at):
        close = text.find("-->", at + 4)
        if close < 0:
            return len(text), ("comment", text[at + 4 :])
        return close + 3, ("comment", text[at + 4 : close])
    if nxt in ("!", "?"):
        return _until(text, ">", at + 2), None
    return at + 1, ("data", "<")  # not reached: _next_markup skips a lone "<"


def _next_markup(text: str, start: int) -> int:
    """The offset of the next ``<`` that opens markup (a lone one, as in ``a < b``, is
    text), or the end of the text."""
    less = text.find("<", start)
    while less >= 0:
        nxt = text[less + 1 : less + 2]
        if (nxt.isascii() and nxt.isalpha()) or nxt in ("/", "!", "?"):
            return less
        less = text.find("<", less + 1)
    return len(text)


def _until(text: str, what: str, start: int) -> int:
    """The offset just after the next ``what`` from ``start``, or the end of the text."""
    found = text.find(what, start)
    return len(text) if found < 0 else found + len(what)


def _raw_text(text: str, index: int, name: str, lines: _Lines) -> Iterator[Token]:
    """The content of a raw-text element up to its end tag; returns where its end tag ends."""
    match = _RAW_END[name].search(text, index)
    stop = len(text) if match is None else match.start()
    if stop > index:
        yield "data", text[index:stop], lines.at(index)
    if match is None:
        return stop
    end = _END.match(text, stop)
    close = end.end() if end is not None else _until(text, ">", stop)
    yield "end", name, lines.at(stop)
    return close
