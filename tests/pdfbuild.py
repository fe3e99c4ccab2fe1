"""Write small PDFs for the tests with reportlab and its built-in Chinese CID font.

``STSong-Light`` is one of the Adobe CID fonts every PDF viewer knows, so no
font file is needed: reportlab writes a reference to it and the text layer
(what pdfplumber extracts) carries the characters.

The layout imitates what a word processor does with a Chinese report:

* paragraphs wrap at the right margin, Chinese text at any character, ASCII
  words (``XXXX``, ``2022``) only at spaces, and a line never starts with
  closing punctuation (``，`` takes the character before it down with it);
* text that does not fit on a page flows on to the next; ``\\f`` forces a page
  break and an empty paragraph leaves an empty line;
* ``\xa0`` and ``·`` do not survive the CID font's text layer, so they are
  drawn as a space and ``・`` (see ``SUBSTITUTES``);
* with ``latin_font`` set, runs of ASCII characters are drawn in that font
  with a small gap on either side (Word's "space between Asian and Latin
  text"), which is where PDF text extraction inserts a space (``XX 名``).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

CJK_FONT = "STSong-Light"
# A line never starts with these: the wrapper moves the previous character down too.
NO_START = "，。、；：？！）》」』】”’…%％"
_PAGE_BREAK = "\f"
# Characters the CID font draws but leaves out of the text layer, and what is drawn instead.
SUBSTITUTES = str.maketrans({"\xa0": " ", "·": "・"})

pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


@dataclass(frozen=True)
class Layout:
    """Page geometry and fonts for :func:`make_pdf`."""

    page_size: tuple[float, float] = A4
    margin: float = 72.0
    font_size: float = 12.0
    leading: float = 1.5  # line pitch as a multiple of the font size
    latin_font: str | None = None  # e.g. "Helvetica": ASCII runs in another font
    autospace: float = 4.0  # gap in points around ASCII runs when latin_font is set

    @property
    def width(self) -> float:
        """Width of the text block."""
        return self.page_size[0] - 2 * self.margin


def _font_of(char: str, layout: Layout) -> str:
    return layout.latin_font if layout.latin_font and char.isascii() else CJK_FONT


def runs(line: str, layout: Layout) -> list[tuple[str, str]]:
    """Split ``line`` into (text, font) runs."""
    out: list[tuple[str, str]] = []
    for char in line:
        font = _font_of(char, layout)
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + char, font)
        else:
            out.append((char, font))
    return out


def line_width(line: str, layout: Layout) -> float:
    """Width of ``line`` as drawn, font gaps included."""
    parts = runs(line, layout)
    gaps = layout.autospace * (len(parts) - 1) if layout.latin_font else 0.0
    return gaps + sum(pdfmetrics.stringWidth(t, f, layout.font_size) for t, f in parts)


def _is_word(char: str) -> bool:
    return char.isascii() and not char.isspace()


def _break_at(text: str, end: int) -> int:
    """Where to break ``text`` whose first ``end`` characters fit on a line."""
    cut = end
    if _is_word(text[cut - 1]) and _is_word(text[cut]):  # never inside an ASCII word
        while cut > 0 and _is_word(text[cut - 1]):
            cut -= 1
    if cut > 0 and text[cut] in NO_START:  # keep closing punctuation off a line start
        cut -= 1
        while cut > 0 and _is_word(text[cut - 1]) and _is_word(text[cut]):
            cut -= 1
    return cut if cut > 0 else end


def wrap(paragraph: str, layout: Layout) -> list[str]:
    """Break one paragraph into lines that fit the text block."""
    lines: list[str] = []
    rest = paragraph
    while rest:
        end = 1
        while end < len(rest) and line_width(rest[: end + 1], layout) <= layout.width:
            end += 1
        if end == len(rest):
            lines.append(rest)
            break
        cut = _break_at(rest, end)
        lines.append(rest[:cut].rstrip(" "))
        rest = rest[cut:].lstrip(" ")
    return lines


def _draw_line(pdf: canvas.Canvas, line: str, y: float, layout: Layout) -> None:
    x = layout.margin
    for text, font in runs(line, layout):
        pdf.setFont(font, layout.font_size)
        pdf.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, font, layout.font_size)
        if layout.latin_font:
            x += layout.autospace


def lay_out(text: str, layout: Layout) -> list[list[str]]:
    """The lines of each page: ``text`` wrapped and flowed onto pages."""
    per_page = int((layout.page_size[1] - 2 * layout.margin) // (layout.font_size * layout.leading))
    pages: list[list[str]] = [[]]
    for block in text.split(_PAGE_BREAK):
        if pages[-1]:
            pages.append([])
        for paragraph in block.split("\n"):
            for line in wrap(paragraph, layout) or [""]:
                if len(pages[-1]) == per_page:
                    pages.append([])
                pages[-1].append(line)
    return pages


def make_pdf(
    text: str,
    layout: Layout | None = None,
    *,
    encrypt: str | None = None,
    blank_pages: Iterable[int] = (),
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    """A PDF of ``text``: one paragraph per line, wrapped and flowed onto pages.

    ``encrypt`` sets a user password (the file cannot be opened without it).
    ``blank_pages`` lists 1-based page numbers that get a drawn picture and no
    text, as a scanned page has; they are inserted before the text's pages.
    ``header`` and ``footer`` are drawn on every page, with ``{page}`` and
    ``{pages}`` filled in: a running title and page numbers.
    """
    layout = layout or Layout()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=layout.page_size, encrypt=encrypt)
    pages = lay_out(text.translate(SUBSTITUTES), layout) if text else []
    total = len(pages) + len(set(blank_pages))
    pitch = layout.font_size * layout.leading
    for number in range(1, total + 1):
        if number in blank_pages:
            draw_picture(pdf, layout)
        else:
            top = layout.page_size[1] - layout.margin - layout.font_size
            for index, line in enumerate(pages.pop(0)):
                _draw_line(pdf, line, top - index * pitch, layout)
        for furniture, y in ((header, layout.page_size[1] - layout.margin / 2),
                             (footer, layout.margin / 2)):  # fmt: skip
            if furniture:
                line = furniture.format(page=number, pages=total).translate(SUBSTITUTES)
                _draw_line(pdf, line, y, layout)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def draw_picture(pdf: canvas.Canvas, layout: Layout) -> None:
    """Shapes and no text: what a page of a scanned document looks like to a text extractor."""
    width, height = layout.page_size
    pdf.setFillGray(0.85)
    pdf.rect(layout.margin, layout.margin, width - 2 * layout.margin, height - 2 * layout.margin,
             fill=1)  # fmt: skip
    pdf.setFillGray(0.2)
    for row in range(30):
        y = height - layout.margin - 20 - row * 20
        pdf.rect(layout.margin + 10, y, (width - 2 * layout.margin - 20) * (0.6 + 0.4 * (row % 2)),
                 8, fill=1, stroke=0)  # fmt: skip


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF whose every page is a picture with no text layer."""
    return make_pdf("", blank_pages=range(1, pages + 1))
