"""PDF: the text layer of every page, in page order, with paragraphs put back together.

Text comes from pdfplumber one page at a time; each page's cache is dropped
once its lines are taken, so memory does not grow with the page count. Every
page starts a part labelled ``page N``, which the engine appends to messages.

Extraction sees glyphs at positions, not the text that was typed, so two
normalisations bring the result back to the document's own text:

* **Spaces at font changes.** Word processors draw ASCII characters in a Latin
  font with a small gap on either side, and extraction turns each gap into a
  space: ``XX 名``, ``共 6 人``. Those spaces are removed and spaces between
  Latin words kept; the rule is in ``_cjkspace``.
* **Wrapped lines.** A line that runs to the right edge of the text block, so
  that the first piece of the next line (a character with the punctuation that
  may not start a line, or a Latin word) would not have fitted after it, is
  joined to that next line when the next line starts at the left edge, in the
  same font size, with no blank line between them, and is not a list item or
  heading (``二、``, ``（三）``, ``4．``) after a sentence end; across a page
  break too. A paragraph is then one line, as in the text it was written from.
  The edges come from the characters' x positions: the right edge is where
  the longest lines of the document end, the left edge where lines start.

A PDF whose pages carry no text (a scan) is an error, not a clean file; so are
encrypted, truncated and damaged files, including the damage pdfminer would
otherwise skip without a word (a lost page, a stream that decodes to nothing),
and files whose streams decompress past the size limit or like a bomb (see
``_pdfbudget``).
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from statistics import median
from typing import Any, NamedTuple

from ..document import Document
from ..messages import t
from ._cjkspace import normalise

# Closing punctuation never starts a line: a wrapper moves the character before it down too.
NO_START = "，。、；：？！）》」』】〕”’…,.;:?!)]}%％"
# Opening punctuation never ends a line: it moves down with the character after it.
NO_END = "（《「『【〔“‘([{"
# A sentence end, then a line opening with a list or heading marker, starts a new paragraph
# even when the sentence ran to the right edge.
SENTENCE_END = "。！？；：!?;:"
ITEM_START = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[．.、]"
    r"|第[一二三四五六七八九十\d]+[章节条部分]"
)
# What a glyph with no Unicode mapping (pdfminer's ``(cid:N)``) becomes in the text.
UNMAPPED = "\ufffd"
_MAX_UNMAPPED = 0.25  # above this share of unmapped glyphs, the text is not worth checking
_ROUNDING = 0.15  # ems a full line may stop short of the edge by, between Chinese characters
_LATIN_SLACK = 0.35  # ... where Latin text meets the break (a dropped space, a font gap)
_MIN_FULL = 0.6  # share of the page width a line must reach to be a wrapped, full line
_EMPTY_STREAM = 32  # a compressed stream longer than this that decodes to nothing is damaged
_EOF_WINDOW = 1024  # ``%%EOF`` must be within the last this many bytes, as Acrobat requires


class Line(NamedTuple):
    """One extracted line and where it sits on its page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # font size of its largest characters
    lead: float  # width of its first unbreakable piece
    gaps: tuple[int, ...] = ()  # offsets of spaces that stand for a gap, not a space glyph


class Page(NamedTuple):
    """The lines of one page, top to bottom, and the page's width."""

    number: int
    width: float
    lines: list[Line]


def read(data: bytes, path: str, options: Any) -> Document:
    """Extract the text layer of a PDF; raise ValueError with a one-line reason."""
    if b"obj" not in data:
        raise ValueError(t("read-pdf-no-objects"))
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise ValueError(t("read-pdf-truncated"))
    from ._pdfbudget import bounded

    with bounded(options.max_size) as budget:
        try:
            pages = extract_pages(data)
        except ValueError:
            if budget.stopped is None:
                raise
            pages = []
    if budget.stopped is not None:  # however pdfminer passed the stop on, say why
        raise ValueError(budget.stopped)
    if not pages:
        raise ValueError(t("read-pdf-no-pages"))
    if not any(page.lines for page in pages):
        raise ValueError(t("read-pdf-no-text"))
    text, parts = assemble(pages)
    if text.count(UNMAPPED) > _MAX_UNMAPPED * len(text) and b"/Encrypt" in data:
        # it opened without a password: only an owner password is set
        raise ValueError(t("read-pdf-owner-password"))
    if text.count(UNMAPPED) > _MAX_UNMAPPED * len(text):
        raise ValueError(t("read-pdf-unmapped"))
    return Document(text, source=path, kind="pdf", parts=parts)


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence pdfminer's and pdfplumber's log warnings: the caller reports one line per file."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def extract_pages(data: bytes) -> list[Page]:
    """The lines of every page, reading one page at a time and releasing it after."""
    import pdfplumber  # imported only when a PDF is read

    with _quiet():
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
        except Exception as error:  # pdfminer raises anything on bad input
            raise ValueError(_open_reason(error)) from None
        try:
            try:
                pages = pdf.pages
            except Exception as error:
                raise ValueError(t("read-pdf-pages", why=_why(error))) from None
            _check_page_count(pdf, len(pages))
            return [_read_page(page) for page in pages]
        finally:
            try:
                pdf.close()
            except Exception:  # a file that fails again while closing was reported already
                pass


def _check_page_count(pdf: Any, found: int) -> None:
    """pdfminer skips a damaged page, or a damaged page tree, without a word: compare the
    pages found with the count the page tree declares."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
    except Exception:  # any failure means there is no usable page tree
        count = None
    if not isinstance(count, int):
        raise ValueError(t("read-pdf-page-tree"))
    if found < count:
        raise ValueError(t("read-pdf-missing-pages", found=found, count=count))


def _read_page(page: Any) -> Page:
    number = page.page_number
    try:
        tuples = page.get_textmap(keep_blank_chars=True).tuples
        lines = [line for line in map(_line, _split_lines(tuples)) if line is not None]
        _check_streams(page)
    except ValueError:
        raise
    except Exception as error:
        raise ValueError(t("read-pdf-page", number=number, why=_why(error))) from None
    finally:
        page.close()  # drop the page's cached characters and layout
    return Page(number, float(page.width), lines)


def _check_streams(page: Any) -> None:
    """pdfminer skips missing content and decodes a corrupt compressed stream to nothing,
    silently: refuse both."""
    from pdfminer.pdftypes import PDFStream, resolve1

    for reference in page.page_obj.contents:
        stream = resolve1(reference)
        if not isinstance(stream, PDFStream):  # a reference to an object that is gone
            raise ValueError(t("read-pdf-content-missing", number=page.page_number))
        length = resolve1(stream.attrs.get("Length"))
        if isinstance(length, int) and length > _EMPTY_STREAM and not stream.get_data():
            raise ValueError(t("read-pdf-content-undecodable", number=page.page_number))


def _cause(error: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's exceptions; the wrapped one names the problem."""
    inner = error.args[0] if error.args else None
    return inner if isinstance(inner, BaseException) else error


def _why(error: BaseException) -> str:
    """``Type: first line of the message``, printable and short."""
    cause = _cause(error)
    lines = str(cause).strip().splitlines()
    detail = "".join(c if c.isprintable() else "?" for c in lines[0][:120]).strip() if lines else ""
    return f"{type(cause).__name__}: {detail}" if detail else type(cause).__name__


def _open_reason(error: BaseException) -> str:
    """A one-line reason for a PDF that pdfplumber cannot open."""
    name = type(_cause(error)).__name__
    if name == "PDFPasswordIncorrect":
        return t("read-pdf-password")
    if name in ("PDFEncryptionError", "PDFKeyError"):
        return t("read-pdf-encryption", why=_why(error))
    if name in ("PSEOF", "PSTypeError", "PSSyntaxError"):
        return t("read-pdf-breaks-off", why=_why(error))
    return t("read-pdf-damaged", why=_why(error))


def _split_lines(tuples: Sequence[tuple[str, Any]]) -> Iterator[list[tuple[str, Any]]]:
    """pdfplumber's text map, one list of (text, glyph or None) per line.

    A None glyph marks a space pdfplumber inserted at a gap between glyphs (or
    a line break), as opposed to a space character in the PDF.
    """
    line: list[tuple[str, Any]] = []
    for text, glyph in tuples:
        if text == "\n" and glyph is None:
            yield line
            line = []
        else:
            line.append((text, glyph))
    yield line


def _line(pairs: list[tuple[str, Any]]) -> Line | None:
    """A Line from one line of the text map, or None when it holds no visible character."""
    while pairs and pairs[-1][0].isspace():
        pairs.pop()
    start = next((i for i, (text, _) in enumerate(pairs) if not text.isspace()), len(pairs))
    pairs = pairs[start:]
    chars = [glyph for text, glyph in pairs if glyph is not None and not text.isspace()]
    if not chars:
        return None
    text, gaps = _line_text(pairs)
    sizes = [float(char.get("size") or 0.0) for char in chars]
    return Line(
        text=text,
        x0=min(float(char["x0"]) for char in chars),
        x1=max(float(char["x1"]) for char in chars),
        top=min(float(char["top"]) for char in chars),
        bottom=max(float(char["bottom"]) for char in chars),
        size=max(sizes) or max(float(c["bottom"]) - float(c["top"]) for c in chars),
        lead=_lead_width(chars),
        gaps=tuple(gaps),
    )


def _line_text(pairs: list[tuple[str, Any]]) -> tuple[str, list[int]]:
    """The text of a line, with ``(cid:N)`` glyphs as UNMAPPED, and the offsets of its gaps.

    The text map spells a glyph's text one character per entry, all with the
    same glyph: ``(cid:209)`` is nine entries.
    """
    text, gaps = "", []
    index = 0
    while index < len(pairs):
        piece, glyph = pairs[index]
        end = index + 1
        if glyph is None:
            if piece == " ":
                gaps.append(len(text))
        else:
            while end < len(pairs) and pairs[end][1] is glyph:
                end += 1
            piece = "".join(text for text, _ in pairs[index:end])
        text += UNMAPPED if piece.startswith("(cid:") else piece
        index = end
    return text, gaps


def _is_latin(char: str) -> bool:
    return char.isascii() and not char.isspace() and char not in NO_START


def _lead_width(chars: Sequence[dict[str, Any]]) -> float:
    """Width of what a wrapper moves to a new line as one piece: a Latin word, an opening
    mark with the character after it, or a character; with the closing punctuation after."""
    end = 1
    if _is_latin(chars[0]["text"]):
        while end < len(chars) and _is_latin(chars[end]["text"]) and _touches(chars, end):
            end += 1
    elif chars[0]["text"] in NO_END and len(chars) > 1:
        end = 2
    while end < len(chars) and chars[end]["text"] in NO_START:
        end += 1
    return float(chars[end - 1]["x1"]) - float(chars[0]["x0"])


def _touches(chars: Sequence[dict[str, Any]], index: int) -> bool:
    """True when character ``index`` follows the one before it with no word gap."""
    gap = float(chars[index]["x0"]) - float(chars[index - 1]["x1"])
    return gap <= 0.2 * float(chars[index].get("size") or 10.0)


class Edges(NamedTuple):
    """Where the document's text block starts, and how far from the page's edge it ends."""

    left: float
    right_margin: float  # negative when no line is long enough to have wrapped


def find_edges(pages: Sequence[Page]) -> Edges:
    """The document's left edge and right margin, from where its lines start and end.

    Each is the smallest value that a second line also (nearly) reaches, so one
    line sticking into the margin does not move the edge for all the others;
    lines shorter than ``_MIN_FULL`` of the page width (headings, lists, short
    documents) never define the right edge.
    """
    lines = [(page.width, line) for page in pages for line in page.lines]
    starts = sorted(line.x0 for _, line in lines)
    margins = sorted(width - line.x1 for width, line in lines if line.x1 >= _MIN_FULL * width)
    em = median(line.size for _, line in lines)
    return Edges(_supported(starts, 0.5 * em), _supported(margins, em) if margins else -1.0)


def _supported(values: Sequence[float], within: float) -> float:
    """The smallest of sorted ``values`` that the next value comes within ``within`` of."""
    for index in range(len(values) - 1):
        if values[index + 1] - values[index] <= within:
            return values[index]
    return values[0]


def continues(line: Line, nxt: Line, width: float, edges: Edges, *, same_page: bool) -> bool:
    """True when ``nxt`` carries on the paragraph that ``line`` (on a page ``width`` wide)
    wrapped."""
    if abs(nxt.size - line.size) > 0.1 * line.size or nxt.x0 - edges.left > 0.5 * nxt.size:
        return False
    if same_page and has_blank_between(line, nxt):
        return False
    if line.text[-1] in SENTENCE_END and ITEM_START.match(nxt.text):
        return False
    if edges.right_margin < 0 or line.x1 < _MIN_FULL * width:
        return False
    room = (width - edges.right_margin) - line.x1
    latin = _is_latin(line.text[-1]) or _is_latin(nxt.text[0])
    return room < nxt.lead + (_LATIN_SLACK if latin else _ROUNDING) * line.size


def has_blank_between(line: Line, nxt: Line) -> bool:
    """True when the vertical gap between two lines of a page would hold another line."""
    return nxt.top - line.bottom > max(line.bottom - line.top, nxt.bottom - nxt.top)


class _Paragraph:
    """The raw text of a paragraph being put together, its gaps and where pages start."""

    def __init__(self) -> None:
        self.text = ""
        self.gaps: list[int] = []
        self.marks: list[tuple[int, int]] = []  # (offset, page number)

    def add(self, text: str, gaps: Sequence[int] = ()) -> None:
        """Append ``text``, whose gap-spaces are at ``gaps``."""
        self.gaps.extend(len(self.text) + gap for gap in gaps)
        self.text += text


def assemble(pages: Sequence[Page]) -> tuple[str, list[tuple[int, str]]]:
    """Join wrapped lines into paragraphs, normalise spaces, and anchor each page's start."""
    edges = find_edges(pages)
    out: list[str] = []
    parts: list[tuple[int, str]] = []
    paragraph = _Paragraph()
    offset = 0  # where the paragraph being built starts in the output text
    previous: tuple[Line, float] | None = None
    for page in pages:
        for index, line in enumerate(page.lines):
            if previous is not None:
                last, width = previous
                if continues(last, line, width, edges, same_page=index > 0):
                    latin = _is_latin(last.text[-1]) and _is_latin(line.text[0])
                    paragraph.add(" " if latin else "")  # a Latin line wraps at a space
                else:
                    offset += _flush(paragraph, offset, out, parts)
                    paragraph = _Paragraph()
                    if index > 0 and has_blank_between(last, line):
                        out.append("")
                        offset += 1
            if index == 0:
                paragraph.marks.append((len(paragraph.text), page.number))
            paragraph.add(line.text, line.gaps)
            previous = (line, page.width)
    _flush(paragraph, offset, out, parts)
    return "\n".join(out), parts


def _flush(paragraph: _Paragraph, offset: int, out: list[str], parts: list) -> int:
    """Normalise ``paragraph`` into ``out`` and its page starts into ``parts``; its length + 1."""
    text, removed = normalise(paragraph.text, paragraph.gaps)
    for at, number in paragraph.marks:
        parts.append((offset + at - bisect_right(removed, at - 1), f"page {number}"))
    out.append(text)
    return len(text) + 1
