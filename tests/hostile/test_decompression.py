"""Small files that decompress or match without bound: stopped, reported, memory kept low."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from harness import GOOD_FINDING, assemble_pdf, assert_bad_reported, cycle_pdf, good_file, run

from docbuild import DocBuilder


@pytest.fixture
def here(tmp_path: Path) -> Path:
    good_file(tmp_path)
    return tmp_path


def _pdf(content: bytes, filters: bytes = b"/FlateDecode") -> bytes:
    """A one-page PDF whose content stream is ``content`` (already encoded)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(content), filters)
        + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]  # fmt: skip
    return assemble_pdf(objects)


def _deflated_spaces(megabytes: int) -> bytes:
    """Text operators then ``megabytes`` MB of spaces, zlib-compressed (about 1 KB per MB).

    After a full flush the compressor forgets its history, so every megabyte
    compresses to the same bytes: the stream is made without compressing gigabytes.
    """
    head = b"BT /F1 12 Tf 72 700 Td (XX) Tj ET\n"
    block = b" " * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head + block) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    check = zlib.adler32(head + block)
    for _ in range(megabytes - 1):
        check = zlib.adler32(block, check)
    raw = first + repeat * (megabytes - 1) + compressor.flush()
    return b"\x78\xda" + raw + struct.pack(">I", check)


def test_pdf_content_stream_bomb(here):
    (here / "bomb.pdf").write_bytes(_pdf(_deflated_spaces(3000)))  # 3 MB -> 3 GB
    result = run("check", "bomb.pdf", "good.txt", cwd=here)
    assert_bad_reported(result, ["bomb.pdf"])
    assert result.errors[0].endswith("a decompression bomb?")


def test_pdf_streams_share_the_max_size_budget(here):
    # compresses about 5:1, so no ratio alarm: only the size limit stops it
    import random

    generator = random.Random(14)
    text = bytes(generator.choice(b"ab  ") for _ in range(2 << 20))
    (here / "big.pdf").write_bytes(_pdf(zlib.compress(b"BT (XX) Tj ET\n" + text)))
    result = run("check", "--max-size", "1", "big.pdf", "good.txt", cwd=here)
    assert_bad_reported(result, ["big.pdf"])
    assert result.errors[0] == (
        "fillcheck: error: big.pdf: decompresses to over 1 MB, the size limit "
        "(a decompression bomb?); raise it with --max-size"
    )


def test_docx_part_not_named_xml_is_checked_too(here):
    """The main part may have any name: a bomb named .dat is inflated and stopped."""
    doc = DocBuilder()
    doc.paragraph("正文")
    source = zipfile.ZipFile(_bytes(doc))
    with zipfile.ZipFile(here / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "word/_rels/document.xml.rels" or item.filename.endswith(".rels"):
                content = content.replace(b"document.xml", b"document.dat")
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"/word/document.xml", b"/word/document.dat")
            if item.filename == "word/document.xml":
                head, tail = content.split(b"<w:body>")
                with target.open("word/document.dat", "w") as out:  # streamed: 100 MB
                    out.write(head + b"<w:body>")
                    paragraph = b"<w:p><w:r><w:t>" + b"x" * 4000 + b"</w:t></w:r></w:p>"
                    for _ in range(25_000):
                        out.write(paragraph)
                    out.write(tail.split(b"</w:body>", 1)[1].join([b"</w:body>", b""]))
                continue
            target.writestr(item, content)
    assert (here / "bomb.docx").stat().st_size < 4 << 20
    result = run("check", "bomb.docx", "good.txt", cwd=here)
    assert_bad_reported(result, ["bomb.docx"])
    assert "word/document.dat expands" in result.errors[0]


def _bytes(doc: DocBuilder):
    import io

    return io.BytesIO(doc.to_bytes())


def test_user_pattern_matches_are_capped(here):
    (here / ".fillcheck.toml").write_text(
        '[[patterns]]\ncode = "FC901"\nname = "any-letter"\nregex = "[a-z]"\n'
        'message = "a letter"\ncategory = "placeholder"\n',
        encoding="utf-8",
    )
    (here / "letters.txt").write_text("abcdefghij" * 200_000, encoding="utf-8")
    result = run("check", "letters.txt", "good.txt", cwd=here)
    assert_bad_reported(result, ["letters.txt"])
    assert result.errors[0] == (
        "fillcheck: error: letters.txt: FC901 (any-letter) matched over 10000 times "
        "(too broad?); its findings in this file are not reported"
    )
    assert GOOD_FINDING in result.stdout


@pytest.mark.parametrize("where", ["count", "media", "contents", "font"])
def test_pdf_reference_cycle(here, where):
    """A value that is a reference to itself through another object: pdfminer's resolve1
    would follow it forever."""
    (here / "cycle.pdf").write_bytes(cycle_pdf(**{where: b"6 0 R"}))
    result = run("check", "cycle.pdf", "good.txt", cwd=here)
    assert_bad_reported(result, ["cycle.pdf"])
    cycle = "fillcheck: error: cycle.pdf: is damaged: object 6 is a reference cycle"
    assert result.errors == [cycle]
