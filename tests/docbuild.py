"""Build small .docx files for tests with python-docx.

python-docx writes paragraphs, runs, tables, headers, footers and comments;
it has no footnote or endnote API, so ``DocBuilder`` adds those parts itself
through python-docx's package API (a part, its content type and a relationship
from the document), the way Word lays them out: two separator notes with ids
-1 and 0, then the real notes with ids from 1, each referenced from a run.

    doc = DocBuilder()
    doc.paragraph("今年发展对象", "XX", "名")   # three runs, alternating bold
    doc.table([["姓名", "某某"], ["人数", ["第一段", "第二段"]]])
    doc.footnote(doc.paragraph("见脚注"), "脚注XX名")
    doc.save(tmp_path / "a.docx")

``raw()`` adds XML python-docx has no API for (text boxes, nested tables, fields);
``zip_bomb()`` and ``write_zip()`` write archives byte by byte, as a hostile tool would.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from io import BytesIO
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Namespaces a raw XML fragment may use, declared for it by DocBuilder.raw().
NAMESPACES = {
    "w": W_NS,
    "r": R_NS,
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}
_NOTES_XML = (
    '<w:{kind}s xmlns:w="{ns}"{extra}>'
    '<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    '<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:{kind}>"
    "</w:{kind}s>"
)
_NOTE_PARTS = {
    "footnote": ("/word/footnotes.xml", CT.WML_FOOTNOTES, RT.FOOTNOTES),
    "endnote": ("/word/endnotes.xml", CT.WML_ENDNOTES, RT.ENDNOTES),
}


def split_every(text: str, size: int) -> list[str]:
    """``text`` cut into runs of ``size`` characters (the last one may be shorter)."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def tiny_png() -> bytes:
    """A valid 1x1 PNG, enough for python-docx to read its size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


class DocBuilder:
    """A python-docx Document plus the footnotes and endnotes python-docx cannot write."""

    def __init__(self, *, note_namespaces: bool = True) -> None:
        """``note_namespaces=False`` writes notes parts declaring only the ``w`` namespace.

        Word declares many namespaces on every part; a notes part without the
        ``r`` one is valid XML that some extraction libraries choke on.
        """
        self.document = docx.Document()
        self._notes: dict[str, XmlPart] = {}
        self._note_namespaces = note_namespaces

    def paragraph(self, *runs: str, alternate_bold: bool = True) -> Paragraph:
        """Add a body paragraph made of ``runs``; neighbouring runs differ in boldness.

        Different formatting keeps Word (and docx2python) from merging the runs
        back into one, so a test sees text really split across runs.
        """
        paragraph = self.document.add_paragraph()
        for index, text in enumerate(runs):
            run = paragraph.add_run(text)
            if alternate_bold and index % 2:
                run.bold = True
        return paragraph

    def lines(self, text: str, *, every: int | None = None) -> None:
        """Add one paragraph per line of ``text`` (split on ``\\n`` only).

        With ``every``, each line is cut into runs of that many characters.
        """
        for line in text.split("\n"):
            self.paragraph(*(split_every(line, every) if every else [line]))

    def table(self, rows: Sequence[Sequence[str | Sequence[str]]]) -> None:
        """Add a table; a cell is a string or a list of its paragraphs."""
        width = max(len(row) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=width)
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=False):  # short rows
                paragraphs = [value] if isinstance(value, str) else list(value)
                cell.paragraphs[0].text = paragraphs[0]
                for text in paragraphs[1:]:
                    cell.add_paragraph(text)

    def header(self, *paragraphs: str) -> None:
        """Set the first section's header to ``paragraphs``."""
        self._fill(self.document.sections[0].header, paragraphs)

    def footer(self, *paragraphs: str) -> None:
        """Set the first section's footer to ``paragraphs``."""
        self._fill(self.document.sections[0].footer, paragraphs)

    @staticmethod
    def _fill(part, paragraphs: Iterable[str]) -> None:
        texts = list(paragraphs)
        part.paragraphs[0].text = texts[0]
        for text in texts[1:]:
            part.add_paragraph(text)

    def comment(self, paragraph: Paragraph, text: str) -> None:
        """Anchor a comment saying ``text`` on all runs of ``paragraph``."""
        self.document.add_comment(paragraph.runs, text=text, author="审阅人", initials="S")

    def footnote(self, paragraph: Paragraph, *texts: str) -> int:
        """Add a footnote with paragraphs ``texts``, referenced at the end of ``paragraph``."""
        return self._note("footnote", paragraph, texts)

    def endnote(self, paragraph: Paragraph, *texts: str) -> int:
        """Add an endnote with paragraphs ``texts``, referenced at the end of ``paragraph``."""
        return self._note("endnote", paragraph, texts)

    def _note(self, kind: str, paragraph: Paragraph, texts: Sequence[str]) -> int:
        root = self._notes_part(kind).element
        note_id = len(root) - 1  # the two separators hold -1 and 0
        body = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{_escape(t)}</w:t></w:r></w:p>"
                       for t in texts)  # fmt: skip
        root.append(parse_xml(f'<w:{kind} xmlns:w="{W_NS}" w:id="{note_id}">{body}</w:{kind}>'))
        run = paragraph.add_run()
        run._r.append(parse_xml(f'<w:{kind}Reference xmlns:w="{W_NS}" w:id="{note_id}"/>'))
        return note_id

    def _notes_part(self, kind: str) -> XmlPart:
        if kind not in self._notes:
            name, content_type, reltype = _NOTE_PARTS[kind]
            package = self.document.part.package
            extra = f' xmlns:r="{R_NS}"' if self._note_namespaces else ""
            element = parse_xml(_NOTES_XML.format(kind=kind, ns=W_NS, extra=extra))
            part = XmlPart(PackURI(name), content_type, element, package)
            self.document.part.relate_to(part, reltype)
            self._notes[kind] = part
        return self._notes[kind]

    def raw(self, xml: str) -> None:
        """Append a body-level XML fragment (``<w:p>``, ``<w:tbl>``...) written with the
        prefixes in NAMESPACES, for structures python-docx has no API for."""
        declared = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
        start = len(re.match(r"<[\w:]+", xml).group())  # after the root tag's name
        body = self.document.element.body
        body.insert(len(body) - 1, parse_xml(f"{xml[:start]} {declared}{xml[start:]}"))

    def picture(self, paragraph: Paragraph) -> None:
        """Add a tiny inline picture at the end of ``paragraph``."""
        paragraph.add_run().add_picture(BytesIO(tiny_png()))

    def hyperlink(self, paragraph: Paragraph, text: str, url: str) -> None:
        """Add a hyperlink run saying ``text`` at the end of ``paragraph``."""
        rid = self.document.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link = parse_xml(
            f'<w:hyperlink xmlns:w="{W_NS}" xmlns:r="{R_NS}" r:id="{rid}">'
            '<w:r><w:t xml:space="preserve">'
            f"{_escape(text)}</w:t></w:r></w:hyperlink>"
        )
        paragraph._p.append(link)

    def line_break(self, paragraph: Paragraph, after: str, kind: str | None = None) -> None:
        """Add a break (a soft line break, or ``kind`` ``page``) then the run ``after``."""
        run = paragraph.add_run()
        brk = run._r.add_br()
        if kind:
            brk.set(qn("w:type"), kind)
        paragraph.add_run(after)

    def to_bytes(self) -> bytes:
        """The .docx file's bytes."""
        out = BytesIO()
        self.document.save(out)
        return out.getvalue()

    def save(self, path: Path | str) -> Path:
        """Write the .docx to ``path`` and return it as a Path."""
        path = Path(path)
        path.write_bytes(self.to_bytes())
        return path


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_from_text(path, text: str, *, every: int | None = None):
    """Save ``text`` as a .docx with one paragraph per line (runs of ``every`` characters).

    ``path`` is a file name (the Path is returned) or a binary stream (returned as is).
    """
    builder = DocBuilder()
    builder.lines(text, every=every)
    if hasattr(path, "write"):
        builder.document.save(path)
        return path
    return builder.save(path)


def _zip_entry(name: str, method: int, crc: int, compressed: bytes, size: int, offset: int):
    """The local header + data, and the central directory record, of one zip entry."""
    raw = name.encode()
    fields = (method, 0, 0x21, crc, len(compressed), size, len(raw))  # time 0, date 1980-01-01
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, *fields, 0) + raw + compressed
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, *fields, 0, 0, 0, 0, 0,
                          offset) + raw  # fmt: skip
    return local, central


def zip_bomb(path: Path | str, megabytes: int = 600) -> Path:
    """A .docx-looking zip whose word/document.xml is ``megabytes`` MB of zeros.

    The file is about 1 KB per 1 MB and takes a fraction of a second to make:
    after a full flush the compressor forgets its history, so every megabyte
    of zeros compresses to the same bytes and the stream is one block repeated.
    """
    zeros = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = first + repeat * (megabytes - 1) + compressor.flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    small = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"/>',
    }
    entries = [(n, 0, zlib.crc32(d), d, len(d)) for n, d in small.items()]
    entries.append(("word/document.xml", 8, crc, stream, megabytes << 20))
    return write_zip(path, entries)


def write_zip(path: Path | str, entries: Sequence[tuple[str, int, int, bytes, int]]) -> Path:
    """Write a zip from (name, method, crc, compressed bytes, size) entries, as given."""
    locals_, centrals = [], []
    offset = 0
    for entry in entries:
        local, central = _zip_entry(*entry, offset)
        locals_.append(local)
        centrals.append(central)
        offset += len(local)
    directory = b"".join(centrals)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                      len(directory), offset, 0)  # fmt: skip
    path = Path(path)
    path.write_bytes(b"".join(locals_) + directory + end)
    return path
