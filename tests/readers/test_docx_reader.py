"""The .docx reader: text in reading order, one line per paragraph, anchored findings,
no extraction artefacts, and bad files reported in one line without losing other files."""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from docbuild import DocBuilder, docx_from_text, write_zip, zip_bomb
from fillcheck.cli import app
from fillcheck.readers import ReadOptions, _zip, read_bytes, read_path
from fillcheck.readers import docx as docx_reader

MASKED = "今年发展对象XX名。\n"


def run(*args: str):
    """Run the CLI in-process; any exception but the exit would be a user's traceback."""
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def lines_and_labels(path: Path) -> list[tuple[str, str]]:
    """Each line of the audited text with the label of the part it starts in."""
    doc = read_path(str(path))
    pairs, offset = [], 0
    for line in doc.text.split("\n"):
        pairs.append((line, doc.part_at(offset)))
        offset += len(line) + 1
    return pairs


def rich_document() -> DocBuilder:
    """Body, split runs, a table, header, footer, a footnote, an endnote and a comment."""
    doc = DocBuilder()
    doc.paragraph("今年发展对象", "X", "X", "名。")
    doc.paragraph("")
    doc.footnote(doc.paragraph("正文见脚注"), "脚注里有XX名")
    doc.endnote(doc.paragraph("正文见尾注"), "尾注第一段", "尾注第二段某某")
    doc.table([["姓名", "人数"], ["张三", ["共*项", "第二段"]]])
    doc.comment(doc.paragraph("批注所在段"), "批注：此处XX名待填")
    doc.paragraph("表后一段")
    doc.header("页眉XX单位")
    doc.footer("页脚")
    return doc


RICH = [
    ("今年发展对象XX名。", "body, paragraph 1"),
    ("", "body, paragraph 2"),
    ("正文见脚注", "body, paragraph 3"),
    ("正文见尾注", "body, paragraph 4"),
    ("姓名", "table 1, row 1, cell 1"),
    ("人数", "table 1, row 1, cell 2"),
    ("张三", "table 1, row 2, cell 1"),
    ("共*项", "table 1, row 2, cell 2, paragraph 1"),
    ("第二段", "table 1, row 2, cell 2, paragraph 2"),
    ("批注所在段", "body, paragraph 5"),
    ("表后一段", "body, paragraph 6"),
    ("页眉XX单位", "header"),
    ("页脚", "footer"),
    ("脚注里有XX名", "footnote 1"),
    ("尾注第一段", "endnote 1"),
    ("尾注第二段某某", "endnote 1"),
    ("批注：此处XX名待填", "comment 1"),
]


def test_reading_order_and_one_label_per_paragraph(tmp_path):
    path = rich_document().save(tmp_path / "rich.docx")
    assert lines_and_labels(path) == RICH
    doc = read_path(str(path))
    assert doc.kind == "docx"
    assert len(doc.parts) == len(RICH)  # exactly one anchor per paragraph
    assert [offset for offset, _ in doc.parts] == sorted(offset for offset, _ in doc.parts)


def test_runs_are_joined(tmp_path):
    """`X` `X` `名` in runs of different formatting extract as `XX名`."""
    path = DocBuilder()
    path.paragraph("今年发展对象", "X", "X", "名")
    saved = path.save(tmp_path / "runs.docx")
    body = zipfile.ZipFile(saved).read("word/document.xml").decode()
    assert body.count("<w:r>") + body.count("<w:r ") == 4 and "<w:b/>" in body
    assert read_path(str(saved)).text == "今年发展对象XX名"
    result = run("check", "--quiet", str(saved))
    assert result.stdout == (f"{saved}:1:7: error FC102 `XX名`: the number of people was never "
                             "filled in (body, paragraph 1) [`XX`]\n")  # fmt: skip


def test_nothing_of_the_file_format_leaks_into_the_text(tmp_path):
    """Pictures, links, note references, comments, list numbers, tab stops, fields,
    deleted text, symbols and ruby leave no marker, tag or prefix in the text."""
    doc = DocBuilder()
    doc.picture(doc.paragraph("图片后"))
    doc.hyperlink(doc.paragraph("链接："), "点此XX名", "https://example.com/?a=1&b=2")
    doc.footnote(doc.paragraph("脚注引用"), "注")
    doc.endnote(doc.paragraph("尾注引用"), "注")
    doc.comment(doc.paragraph("有批注"), "批注")
    doc.raw(
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:tabs>'
        '<w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>编号段落</w:t></w:r></w:p>'
    )
    doc.raw(
        '<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
        '<w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
        '</w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r>'
        "<w:t>页</w:t></w:r></w:p>"
    )
    doc.raw(
        '<w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>删掉XX名'
        '</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>插入</w:t></w:r>'
        "</w:ins></w:p>"
    )
    doc.raw(
        '<w:p><w:r><w:t>勾选</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
        "<w:r><w:t>完成</w:t></w:r><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhōng</w:t></w:r>"
        "</w:rt><w:rubyBase><w:r><w:t>中</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"
    )
    doc.raw(
        "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:noBreakHyphen/><w:t>丙</w:t></w:r></w:p>"
    )
    path = doc.save(tmp_path / "markers.docx")
    assert read_path(str(path)).text.split("\n") == [
        "图片后", "链接：点此XX名", "脚注引用", "尾注引用", "有批注", "编号段落", "第3页",
        "保留插入", "勾选完成中", "甲\t乙-丙", "注", "注", "批注",
    ]  # fmt: skip


def test_breaks_inside_a_paragraph_become_lines_of_that_paragraph(tmp_path):
    doc = DocBuilder()
    doc.paragraph("第一段")
    second = doc.paragraph("换行前")
    doc.line_break(second, "换行后XX名")
    doc.line_break(second, "分页后", kind="page")
    doc.paragraph("第三段")
    path = doc.save(tmp_path / "breaks.docx")
    assert lines_and_labels(path) == [
        ("第一段", "body, paragraph 1"),
        ("换行前", "body, paragraph 2"),
        ("换行后XX名", "body, paragraph 2"),
        ("分页后", "body, paragraph 2"),
        ("第三段", "body, paragraph 3"),
    ]
    result = run("check", "--quiet", str(path))
    assert result.stdout.startswith(f"{path}:3:4: error FC102 ")
    assert "(body, paragraph 2) [`XX`]" in result.stdout


def test_text_boxes_nested_and_merged_tables(tmp_path):
    doc = DocBuilder()
    box = "<w:txbxContent><w:p><w:r><w:t>框内XX名</w:t></w:r></w:p></w:txbxContent>"
    doc.raw(  # Word writes a text box twice: DrawingML, and VML for old readers
        '<w:p><w:r><w:t>框前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f"<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        f"<w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r><w:r><w:t>框后</w:t></w:r></w:p>"
    )
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    doc.raw(
        f"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p><w:tbl><w:tr>{cell.format('内1')}"
        f"{cell.format('内2')}</w:tr></w:tbl><w:p/></w:tc>{cell.format('右')}</w:tr></w:tbl>"
    )
    doc.raw(
        '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>横并</w:t>'
        '</w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>'
        f"纵并</w:t></w:r></w:p></w:tc></w:tr><w:tr>{cell.format('a')}{cell.format('b')}<w:tc>"
        "<w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"
    )
    path = doc.save(tmp_path / "boxes.docx")
    assert lines_and_labels(path) == [
        ("框前框后", "body, paragraph 1"),
        ("框内XX名", "body, paragraph 1, text box"),  # once, not twice
        ("外", "table 1, row 1, cell 1, paragraph 1"),
        ("内1", "table 1, row 1, cell 1, nested table 1, row 1, cell 1"),
        ("内2", "table 1, row 1, cell 1, nested table 1, row 1, cell 2"),
        ("", "table 1, row 1, cell 1, paragraph 2"),
        ("右", "table 1, row 1, cell 2"),
        ("横并", "table 2, row 1, cell 1"),  # merged cells are not repeated
        ("纵并", "table 2, row 1, cell 2"),
        ("a", "table 2, row 2, cell 1"),
        ("b", "table 2, row 2, cell 2"),
        ("", "table 2, row 2, cell 3"),
    ]


def test_notes_are_numbered_as_word_shows_them(tmp_path):
    """Footnote N is the Nth reference in the body, whatever order the notes are stored in."""
    doc = DocBuilder()
    first = doc.paragraph("第一处")
    second = doc.paragraph("第二处")
    doc.footnote(second, "后引用的注")  # stored first, referenced second
    doc.footnote(first, "先引用的注")
    path = doc.save(tmp_path / "notes.docx")
    assert lines_and_labels(path)[2:] == [
        ("后引用的注", "footnote 2"),
        ("先引用的注", "footnote 1"),
    ]


def test_anchors_in_cli_messages(tmp_path):
    path = rich_document().save(tmp_path / "rich.docx")
    result = run("check", "--quiet", str(path))
    assert result.exit_code == 1
    found = [
        (line.split(": ", 1)[0], line[line.rindex("(") :]) for line in result.stdout.splitlines()
    ]
    assert found == [
        (f"{path}:1:7", "(body, paragraph 1) [`XX`]"),
        (f"{path}:8:2", "(table 1, row 2, cell 2, paragraph 1) [`*`]"),
        (f"{path}:12:3", "(header) [`XX`]"),
        (f"{path}:14:5", "(footnote 1) [`XX`]"),
        (f"{path}:16:5", "(endnote 1) [`段某某`]"),  # an anonymised person (FC408), no slot
        (f"{path}:17:6", "(comment 1) [`XX`]"),
    ]


@pytest.mark.parametrize(
    "runs",
    [
        ["**重点工作**要抓好落实"],
        ["**", "重点工作", "**", "要抓好落实"],
        ["采用XXL-JOB调度平台"],
        ["采用", "XX", "L-JOB调度平台"],
        ["这件T恤有XXL码"],
        ["某些单位存在问题"],
        ["某", "些单位存在问题"],
        ["计算a*b和O(n*m)"],
        ["iPhone XS发布会"],
    ],
)
def test_must_not_fire_in_docx(tmp_path, runs):
    doc = DocBuilder()
    doc.paragraph(*runs)
    doc.header(*runs)
    path = doc.save(tmp_path / "clean.docx")
    result = run("check", str(path))
    assert (result.exit_code, result.stdout) == (0, "")


def test_extract_prints_the_audited_text_with_line_numbers(tmp_path):
    path = rich_document().save(tmp_path / "rich.docx")
    result = run("extract", str(path))
    assert result.exit_code == 0
    expected = "".join(f"{n:>2}\t{text}\n" for n, (text, _) in enumerate(RICH, start=1))
    assert result.stdout == expected
    parts = run("extract", "--parts", "--no-numbers", str(path))
    assert parts.stdout == "".join(f"{label}\t{text}\n" for text, label in RICH)


def test_text_file_lines_survive_as_paragraphs(tmp_path):
    text = "第一行\n\n  缩进与\t制表\n末行没有换行"
    path = docx_from_text(tmp_path / "lines.docx", text)
    assert read_path(str(path)).text == text
    assert read_path(str(docx_from_text(tmp_path / "nl.docx", text + "\n"))).text == text + "\n"


# Text that python-docx can write into a run: no control characters but tab, no
# surrogates or non-characters, no BOM (a reader drops a leading one) and no CR.
LINE = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufeff\ufffe\uffff")
    | st.just("\t"),
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=6), st.integers(min_value=1, max_value=5))
def test_any_lines_survive_as_paragraphs_both_ways(lines, every):
    data = docx_from_text(io.BytesIO(), "\n".join(lines), every=every).getvalue()
    expected = ("\n".join(lines), [f"body, paragraph {n}" for n in range(1, len(lines) + 1)])
    for locate in (docx_reader._parts_docx2python, docx_reader._parts_python_docx):
        found, labels = docx_reader._walk(locate(data))
        assert ("\n".join(found), labels) == expected


# --- the two ways of locating the parts give the same Document ---------------------------


def builders() -> dict[str, DocBuilder]:
    raw = DocBuilder()
    raw.paragraph("前")
    raw.raw("<w:p><w:r><w:t>甲</w:t><w:cr/><w:t>乙</w:t><w:noBreakHyphen/></w:r></w:p>")
    raw.raw(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/>"
        "</w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>"
    )
    two_headers = rich_document()
    section = two_headers.document.add_section()
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "第二节页眉"
    return {"rich": rich_document(), "raw": raw, "two headers": two_headers}


@pytest.mark.parametrize("name", ["rich", "raw", "two headers"])
def test_docx2python_and_python_docx_locate_the_same_parts(name):
    data = builders()[name].to_bytes()
    primary = docx_reader._walk(docx_reader._parts_docx2python(data))
    fallback = docx_reader._walk(docx_reader._parts_python_docx(data))
    assert primary == fallback
    assert len(primary[0]) >= 5


def test_python_docx_takes_over_when_docx2python_fails(tmp_path):
    """docx2python reads every .rels file in the archive; a broken orphan one stops it."""
    data = rich_document().to_bytes()
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("word/_rels/orphan.xml.rels", b"<Relationships><broken")
    damaged = out.getvalue()
    with pytest.raises(Exception):  # noqa: B017 - whatever docx2python raises
        docx_reader._parts_docx2python(damaged)
    doc = read_bytes(damaged, "orphan.docx")
    expected = read_bytes(data, "rich.docx")
    assert (doc.text, doc.parts) == (expected.text, expected.parts)


def rewritten(data: bytes, drop: str = "", replace: tuple[str, bytes, bytes] | None = None):
    """``data`` with the entries starting with ``drop`` left out and one entry edited."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for entry in src.infolist():
            if drop and entry.filename.startswith(drop):
                continue
            content = src.read(entry)
            if replace and entry.filename == replace[0]:
                content = content.replace(replace[1], replace[2])
            dst.writestr(entry, content)
    return out.getvalue()


def test_missing_picture_and_macro_content_type_are_still_read():
    """Where python-docx refuses the package, docx2python's lazy reader still finds the text."""
    doc = DocBuilder()
    doc.picture(doc.paragraph("图下XX名"))
    data = doc.to_bytes()
    for damaged in (
        rewritten(data, drop="word/media/"),
        rewritten(data, replace=("[Content_Types].xml", b"wordprocessingml.document.main",
                                 b"ms-word.document.macroEnabled.main")),
    ):  # fmt: skip
        with pytest.raises((KeyError, ValueError)):
            docx_reader._parts_python_docx(damaged)
        doc = read_bytes(damaged, "odd.docx")
        assert (doc.text, doc.parts) == ("图下XX名", [(0, "body, paragraph 1")])


def test_notes_part_without_the_r_namespace(tmp_path):
    """Valid XML that made docx2python's text extraction raise KeyError: 'r'."""
    doc = DocBuilder(note_namespaces=False)
    doc.footnote(doc.paragraph("见注"), "注里有XX名")
    assert lines_and_labels(doc.save(tmp_path / "ns.docx")) == [
        ("见注", "body, paragraph 1"),
        ("注里有XX名", "footnote 1"),
    ]


# --- bad input: one line naming the file, exit 2, the other files still reported ----------


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A good .docx whose finding must be printed whatever else fails in the run."""
    return docx_from_text(tmp_path / "good.docx", MASKED)


def assert_reported(result, bad: Path, reason: str, good: Path) -> None:
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("fillcheck: error:")]
    assert errors == [f"fillcheck: error: {bad}: {reason}"]
    assert "Traceback" not in result.stderr
    assert f"{good}:1:7: error FC102" in result.stdout


def test_random_bytes_named_docx(tmp_path, good):
    """Not a zip, so the content sniffs as text; it is not text either."""
    bad = tmp_path / "noise.docx"
    bad.write_bytes(random.Random(7).randbytes(4000))
    reason = "is not a valid .docx file (binary file, not text)"
    assert_reported(run("check", str(bad), str(good)), bad, reason, good)


def test_truncated_docx(tmp_path, good):
    data = rich_document().to_bytes()
    bad = tmp_path / "half.docx"
    bad.write_bytes(data[: len(data) // 2])
    reason = "is not a valid .docx: corrupt or truncated zip archive"
    assert_reported(run("check", str(bad), str(good)), bad, reason, good)


def test_damaged_entry(tmp_path, good):
    data = bytearray(docx_from_text(tmp_path / "x.docx", MASKED * 50).read_bytes())
    entry = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = entry.header_offset + 30 + len(entry.filename) + 8
    data[start : start + 16] = bytes(b ^ 0x55 for b in data[start : start + 16])
    bad = tmp_path / "damaged.docx"
    bad.write_bytes(bytes(data))
    result = run("check", str(bad), str(good))
    assert result.exit_code == 2
    error = result.stderr.splitlines()[0]
    assert error.startswith(f"fillcheck: error: {bad}: is not a valid .docx: corrupt or truncated")
    assert f"{good}:1:7: error FC102" in result.stdout


def test_password_protected_docx(tmp_path, good):
    from msoffcrypto.format.ooxml import OOXMLFile

    locked = io.BytesIO()
    OOXMLFile(io.BytesIO(rich_document().to_bytes())).encrypt("1234", locked)
    bad = tmp_path / "locked.docx"
    bad.write_bytes(locked.getvalue())
    reason = "is password-protected (encrypted); save a copy without a password"
    assert_reported(run("check", str(bad), str(good)), bad, reason, good)


def test_zip_bomb(tmp_path, good):
    bomb = zip_bomb(tmp_path / "bomb.docx", megabytes=600)
    assert bomb.stat().st_size < 1 << 20
    reason = ("uncompressed content is 600.0 MB, over the size limit of 512 MB (a zip bomb?); "
              "raise it with --max-size")  # fmt: skip
    assert_reported(run("check", str(bomb), str(good)), bomb, reason, good)
    # A higher limit lets a big document through, but not 600 MB of zeros at 1000:1.
    reason = (
        "is not a real .docx: word/document.xml expands 1011:1 (0.6 MB to 600.0 MB), a zip bomb?"
    )
    assert_reported(run("check", "--max-size", "1024", str(bomb), str(good)), bomb, reason, good)


def test_a_blank_picture_is_no_zip_bomb():
    """Only XML entries, the ones parsed, have their compression ratio checked."""
    doc = DocBuilder()
    doc.paragraph("今年发展对象XX名。")
    out = io.BytesIO(doc.to_bytes())
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/media/blank.bmp", bytes(4 << 20))
    entry = zipfile.ZipFile(out).getinfo("word/media/blank.bmp")
    assert entry.file_size > _zip.MAX_RATIO * entry.compress_size
    assert read_bytes(out.getvalue(), "picture.docx").text == "今年发展对象XX名。"


def test_max_size_bounds_uncompressed_content_and_can_be_raised(tmp_path, good):
    lines = [
        f"第{n}条：全面推进基层党组织建设，持续深化作风建设，做好本年度各项工作。"
        for n in range(3000)
    ]
    big = docx_from_text(tmp_path / "big.docx", "\n".join([*lines, MASKED]))
    content = sum(entry.file_size for entry in zipfile.ZipFile(big).infolist())
    assert big.stat().st_size < 1 << 20 < content  # the file is under 1 MB, its content is not
    result = run("check", "--max-size", "1", str(big), str(good))
    reason = (f"uncompressed content is {content / 2**20:.1f} MB, over the size limit of 1 MB "
              "(a zip bomb?); raise it with --max-size")  # fmt: skip
    assert_reported(result, big, reason, good)
    raised = run("check", "--max-size", "8", str(big), str(good))
    assert raised.exit_code == 1
    assert f"{big}:3001:7: error FC102" in raised.stdout


def test_zip_without_a_document_body(tmp_path, good):
    bad = tmp_path / "parts.docx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", "<w:styles/>")
    reason = ("is not a valid .docx: the zip archive has no word/document.xml (the document body);"
              " is it another kind of zip file?")  # fmt: skip
    assert_reported(run("check", str(bad), str(good)), bad, reason, good)


def test_broken_xml(tmp_path, good):
    bad = tmp_path / "xml.docx"
    with zipfile.ZipFile(io.BytesIO(rich_document().to_bytes())) as src:
        with zipfile.ZipFile(bad, "w") as dst:
            for entry in src.infolist():
                xml = b"<w:document><unclosed" if entry.filename == "word/document.xml" else None
                dst.writestr(entry, xml or src.read(entry))
    result = run("check", str(bad), str(good))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"fillcheck: error: {bad}: is not a valid .docx: broken XML (")
    assert f"{good}:1:7: error FC102" in result.stdout


def test_encrypted_zip_entry(tmp_path):
    data = b"<x/>"
    bad = write_zip(tmp_path / "enc.docx", [("word/document.xml", 0, zlib.crc32(data), data, 4)])
    raw = bytearray(bad.read_bytes())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.index(signature) + flags_at
        raw[at] |= 1  # the "encrypted" flag bit
    with pytest.raises(ValueError, match=r"is password-protected: word/document\.xml in its zip"):
        _zip.open_zip(bytes(raw), 1 << 30)


def test_too_many_entries(monkeypatch):
    monkeypatch.setattr(_zip, "MAX_ENTRIES", 5)
    with pytest.raises(ValueError, match=r"zip archive has over 5 entries \(a zip bomb\?\)"):
        docx_reader.read(rich_document().to_bytes(), "many.docx", ReadOptions())


def test_renamed_text_file_is_checked_as_text(tmp_path, good):
    fake = tmp_path / "notes.docx"
    fake.write_text(MASKED, encoding="utf-8")
    result = run("check", str(fake), str(good))
    reason = "is really plain text, not what its extension says; checked as plain text"
    assert_reported(result, fake, reason, good)
    assert f"{fake}:1:7: error FC102 `XX名`: the number of people was never filled in [`XX`]" in (
        result.stdout
    )


def test_docx_named_txt_is_read_as_docx(tmp_path, good):
    fake = tmp_path / "notes.txt"
    fake.write_bytes(rich_document().to_bytes())
    result = run("check", str(fake), str(good))
    reason = ("is really a Word document (.docx), not what its extension says; checked as a Word "
              "document (.docx)")  # fmt: skip
    assert_reported(result, fake, reason, good)
    assert f"{fake}:1:7: error FC102 `XX名`: the number of people was never filled in " \
        "(body, paragraph 1) [`XX`]" in result.stdout  # fmt: skip
