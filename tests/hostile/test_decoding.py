"""Files that are valid enough to check: decoded with repairs, parsed in linear time."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from harness import GOOD_FINDING, good_file, run

from docbuild import DocBuilder
from pdfbuild import make_pdf

MASKED = "本次共有XX名同志参加会议。"


@pytest.fixture
def here(tmp_path: Path) -> Path:
    good_file(tmp_path)
    return tmp_path


def test_a_few_undecodable_bytes_are_replaced_and_reported_once(here):
    before = ("前文\n" + MASKED).encode()
    (here / "bad.txt").write_bytes(before + b"\xff\xfe\n" + "后文XX人".encode())
    result = run("check", "bad.txt", "good.txt", cwd=here)
    assert result.code == 2
    assert result.errors == [
        f"fillcheck: error: bad.txt: has 2 bytes that are not utf-8 (the first at byte "
        f"{len(before)}); checked with them replaced by U+FFFD"
    ]
    assert result.stdout.splitlines()[:2] == [
        "bad.txt:2:5: error FC102 `XX名`: the number of people was never filled in [`XX`]",
        "bad.txt:3:3: error FC102 `XX人`: the number of people was never filled in [`XX`]",
    ]
    assert GOOD_FINDING in result.stdout


def test_a_forced_encoding_tolerates_bad_bytes(here):
    (here / "gbk.txt").write_bytes(MASKED.encode("gbk"))
    result = run("check", "--encoding", "utf-8", "gbk.txt", cwd=here)
    assert result.code == 2
    assert re.fullmatch(
        r"fillcheck: error: gbk\.txt: has \d+ bytes that are not utf-8 \(the first at byte 0\); "
        r"checked with them replaced by U\+FFFD",
        result.errors[0],
    )
    result = run("check", "--encoding", "gb18030", "gbk.txt", cwd=here)
    assert (result.code, result.errors) == (1, [])
    assert result.stdout.startswith("gbk.txt:1:5: error FC102")


def test_html_whose_declared_charset_lies(here):
    page = f'<html><head><meta charset="utf-8"></head><body><p>{MASKED}</p></body></html>'
    (here / "lie.html").write_bytes(page.encode("gbk"))
    result = run("check", "lie.html", "good.txt", cwd=here)
    assert result.code == 2
    assert result.errors == [
        "fillcheck: error: lie.html: declares charset utf-8, but its bytes are not utf-8; "
        "read as gb18030"
    ]
    assert "lie.html:1:5: error FC102" in result.stdout


@pytest.mark.parametrize("markup", ["<a", "<!--x>", '<a x="', "<![x>", "</a", "<div>"])
def test_hostile_markup_is_parsed_in_linear_time(here, markup):
    # a million or so unclosed openings: html.parser goes back over the rest for each
    (here / "tags.html").write_text(f"<p>{MASKED}</p>" + markup * 400_000, encoding="utf-8")
    result = run("check", "tags.html", "good.txt", cwd=here)
    assert result.stdout.startswith("tags.html:1:5: error FC102"), result.stdout[:300]
    assert GOOD_FINDING in result.stdout


def test_large_docx_paragraph_is_not_broken_xml(here):
    doc = DocBuilder()
    varied = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(3_500_000))
    doc.paragraph(MASKED + varied, alternate_bold=False)  # one text node over 10 MB
    doc.save(here / "large.docx")
    result = run("check", "--select", "FC102", "large.docx", "good.txt", cwd=here)
    assert (result.code, result.errors) == (1, [])
    assert result.stdout.startswith("large.docx:1:5: error FC102")


def test_deeply_nested_docx_paragraph_is_not_broken_xml(here):
    doc = DocBuilder()
    doc.paragraph("MARKER", alternate_bold=False)
    depth = 400  # libxml2 refuses over 256 without huge_tree (python-docx too: edit the zip)
    deep = "<w:smartTag>" * depth + f"<w:r><w:t>{MASKED}</w:t></w:r>" + "</w:smartTag>" * depth
    (here / "deep.docx").write_bytes(_replace_run(doc.to_bytes(), "MARKER", deep))
    result = run("check", "deep.docx", "good.txt", cwd=here)
    assert (result.code, result.errors) == (1, [])
    assert result.stdout.startswith("deep.docx:1:5: error FC102")


def test_owner_password_pdf_says_what_it_is(here):
    from reportlab.lib.pdfencrypt import StandardEncryption

    owner_only = StandardEncryption("", ownerPassword="owner", canCopy=0)
    (here / "owner.pdf").write_bytes(make_pdf(MASKED, encrypt=owner_only))
    result = run("check", "owner.pdf", "good.txt", cwd=here)
    assert result.code == 2
    assert result.errors in (
        [],  # read: then its finding is there
        ["fillcheck: error: owner.pdf: is encrypted with an owner password (copy protection) "
         "and its text cannot be decoded after decryption; save an unprotected copy and "
         "check that"],
    )  # fmt: skip
    if not result.errors:
        assert "owner.pdf:1:5: error FC102" in result.stdout


def _replace_run(data: bytes, marker: str, xml: str) -> bytes:
    """The .docx ``data`` with the run holding ``marker`` replaced by ``xml``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "word/document.xml":
                text = content.decode("utf-8")
                text = re.sub(rf"<w:r>(?:(?!</w:r>).)*?{marker}</w:t></w:r>", xml, text)
                content = text.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()
