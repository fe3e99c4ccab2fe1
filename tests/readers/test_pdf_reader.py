"""The PDF reader: page order and anchors, font-change spaces and wrapped lines undone,
and scanned, encrypted, truncated and damaged files reported in one line each."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest
from reportlab import rl_config
from typer.testing import CliRunner

from fillcheck import audit_text
from fillcheck.cli import app
from fillcheck.readers import pdf as pdf_reader
from fillcheck.readers import read_bytes, read_path
from pdfbuild import Layout, lay_out, make_pdf, scanned_pdf

# ASCII in Helvetica with a gap around it, as Word draws Chinese reports.
WORD = Layout(latin_font="Helvetica")
# Small pages: two lines of 22 characters each.
SMALL = Layout(page_size=(300, 110), margin=40, font_size=10, latin_font="Helvetica")
PARAGRAPH = "一二三四五六七八九十" * 4 + "今年发展对象XX名" + "十九八七六五四三二一" * 3


def run(*args: str):
    """Run the CLI in-process; any exception but the exit would be a user's traceback."""
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def write(path: Path, text: str, layout: Layout = WORD, **options) -> Path:
    path.write_bytes(make_pdf(text, layout, **options))
    return path


def raw_text(data: bytes) -> list[str]:
    """What pdfplumber itself extracts, page by page."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() for page in pdf.pages]


def positions(path: Path) -> list[tuple[str, int, int, str]]:
    doc = read_path(str(path))
    return [(f.rule, f.line, f.column, f.text) for f in audit_text(doc.text)]


# --- the test helper writes what pdfplumber reads back ---------------------------------


def test_pdfbuild_text_layer_round_trips_chinese():
    text = "今年发展对象XX名，召开支委会**次，经费280万元。\n第二段：某单位（盖章）《方案》"
    assert raw_text(make_pdf(text)) == [text]


def test_pdfbuild_font_change_makes_pdfplumber_insert_spaces():
    (page,) = raw_text(make_pdf("发展对象XX名，共6人，280万元", WORD))
    assert page == "发展对象 XX 名，共 6 人， 280 万元"


def test_pdfbuild_wraps_flows_and_draws_scans():
    assert lay_out(PARAGRAPH, SMALL) == [
        [
            "一二三四五六七八九十一二三四五六七八九十一二",
            "三四五六七八九十一二三四五六七八九十今年发展",
        ],
        ["对象XX名十九八七六五四三二一十九八七六五", "四三二一十九八七六五四三二一"],
    ]
    assert raw_text(scanned_pdf(pages=2)) == ["", ""]


# --- text, pages and anchors -----------------------------------------------------------


def test_font_change_spaces_are_removed(tmp_path):
    path = write(tmp_path / "a.pdf", "发展对象XX名，共6人，资金280万元，制度*项。")
    assert read_path(str(path)).text == "发展对象XX名，共6人，资金280万元，制度*项。"
    assert positions(path) == [("FC102", 1, 5, "XX"), ("FC101", 1, 23, "*")]


def test_wrapped_paragraph_is_one_line_and_a_split_mask_is_found(tmp_path):
    path = write(tmp_path / "a.pdf", PARAGRAPH, SMALL)
    doc = read_path(str(path))
    assert doc.text == PARAGRAPH  # joined across the line and the page break
    assert positions(path) == [("FC102", 1, 47, "XX")]
    assert doc.parts == [(0, "page 1"), (44, "page 2")]


def test_page_anchors_in_messages(tmp_path):
    text = "第一页没有问题。\f第二页：召开支委会**次。\f第三页：发展对象XX名。"
    path = write(tmp_path / "pages.pdf", text)
    result = run("check", "--quiet", str(path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:2:10: error FC101 `**次`: the number was never filled in (page 2) [`**`]",
        f"{path}:3:9: error FC102 `XX名`: the number of people was never filled in (page 3) [`XX`]",
    ]


def test_extract_shows_the_normalised_text_with_pages(tmp_path):
    path = write(tmp_path / "a.pdf", PARAGRAPH + "\n第二段很短。\n第三段**次。", SMALL)
    result = run("extract", "--parts", str(path))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"1\tpage 1\t{PARAGRAPH}",
        "2\tpage 3\t第二段很短。",
        "3\tpage 3\t第三段**次。",
    ]


def test_blank_lines_and_paragraph_ends_are_kept(tmp_path):
    text = "标题XX\n\n" + "二十" * 20 + "。\n二、下一节。\n  缩进的新段落。"
    path = write(tmp_path / "a.pdf", text, Layout())
    assert read_path(str(path)).text.split("\n") == [
        "标题XX", "", "二十" * 20 + "。", "二、下一节。", "缩进的新段落。",
    ]  # fmt: skip


def test_latin_words_wrap_at_spaces(tmp_path):
    text = "The quick brown fox jumps over the lazy dog " * 3 + "使用Python开发。"
    path = write(tmp_path / "a.pdf", text)
    assert read_path(str(path)).text == text


def test_short_lines_are_never_joined(tmp_path):
    text = "一、工作开展情况\n（一）政治建设\n（二）组织建设XX\n名单见附件"
    path = write(tmp_path / "a.pdf", text)
    assert read_path(str(path)).text == text


def test_pages_are_released_as_they_are_read(tmp_path, monkeypatch):
    """Memory stays bounded: each page's cache is dropped once its lines are taken."""
    closed = []
    original = pdfplumber.page.Page.close
    monkeypatch.setattr(
        pdfplumber.page.Page,
        "close",
        lambda page: closed.append(page.page_number) or original(page),
    )
    read_bytes(make_pdf("第一页\f第二页\f第三页"), "a.pdf")
    assert closed[:3] == [1, 2, 3]


# --- what the detectors see: more rows that must not fire than rows that must ---------

MUST_NOT_FIRE = [
    "系统运行在Windows 10平台上。",
    "新款iPhone X发布会。",
    "部署了XXL-JOB调度平台。",
    "复杂度为O(n*m)的算法。",
    "公式a*b的结果。",
    "完成了**重点工作**部署。",
    "在某些方面还存在差距。",
    "牢固树立“四个意识”。",
    "全年召开支委会12次，党员大会4次。",
    "访问xx.example.com查看。",
    "使用Python开发。",
    "共有6名同志参加。",
]
MUST_FIRE = [
    ("发展对象XX名。", ("FC102", "XX")),
    ("召开支委会**次。", ("FC101", "**")),
    ("经费****元。", ("FC101", "****")),
    ("某单位召开会议。", ("FC103", "某")),
    ("制度*项。", ("FC101", "*")),
]


@pytest.mark.parametrize("layout", [WORD, Layout()], ids=["font-change", "one-font"])
def test_must_not_fire_in_pdf(tmp_path, layout):
    path = write(tmp_path / "clean.pdf", "\n".join(MUST_NOT_FIRE), layout)
    assert read_path(str(path)).text == "\n".join(MUST_NOT_FIRE)
    result = run("check", str(path))
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize("layout", [WORD, Layout()], ids=["font-change", "one-font"])
def test_must_fire_in_pdf(tmp_path, layout):
    path = write(tmp_path / "masked.pdf", "\n".join(text for text, _ in MUST_FIRE), layout)
    found = [(rule, text) for rule, _, _, text in positions(path)]
    assert found == [expected for _, expected in MUST_FIRE]


# --- space normalisation, row by row ---------------------------------------------------

REMOVED = [
    ("发展对象 XX 名", "发展对象XX名"),
    ("共 6 人", "共6人"),
    ("280 万元", "280万元"),
    ("制度 * 项", "制度*项"),
    ("经费 **** 元", "经费****元"),
    ("填写 ____ 名", "填写____名"),
    ("增长 8.5% 以上", "增长8.5%以上"),
    ("名 ， 共", "名，共"),
]
KEPT = [
    "Windows 10 系统",
    "iPhone X 发布",
    "The quick brown fox",
    "使用 Python 开发",
    "XXL 名单",
    "a * b",
    "O(n * m)",
    "2022 - 2023",
    "x 86",
    "部署 XXL-JOB 平台",
]


@pytest.mark.parametrize(("raw", "expected"), REMOVED)
def test_spaces_removed(raw, expected):
    assert pdf_reader.normalise(raw)[0] == expected


@pytest.mark.parametrize("raw", KEPT)
def test_spaces_kept_where_a_space_glyph_stands(raw):
    assert pdf_reader.normalise(raw) == (raw, [])


def test_gap_spaces_around_latin_words_go_next_to_chinese():
    raw = "基层 ##paidbegin## 党建 The end"
    gaps = [raw.index(" "), raw.index(" 党"), raw.index(" The"), raw.index(" end")]
    assert pdf_reader.normalise(raw, gaps)[0] == "基层##paidbegin##党建The end"


# --- files that cannot be checked: one line, exit 2, the other file still checked -----


@pytest.fixture
def good(tmp_path) -> Path:
    return write(tmp_path / "good.pdf", "发展对象XX名。")


def assert_reported(bad: Path, good: Path, reason: str) -> None:
    result = run("check", str(bad), str(good))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"fillcheck: error: {bad}: {reason}",
        "fillcheck: 1 file checked, 1 finding (1 error), 1 file error",
    ]
    assert result.stdout == (
        f"{good}:1:5: error FC102 `XX名`: the number of people was never filled in "
        "(page 1) [`XX`]\n"
    )


def test_scanned_pdf(tmp_path, good):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(scanned_pdf())
    assert_reported(bad, good, "has no text layer (a scanned image?); run OCR on it first")


def test_password_protected_pdf(tmp_path, good):
    bad = write(tmp_path / "locked.pdf", "发展对象XX名。", encrypt="secret")
    assert_reported(bad, good, "is password-protected; save a copy without a password")


def test_truncated_pdf(tmp_path, good):
    data = make_pdf("发展对象XX名。\f第二页**次。")
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(data[: len(data) // 2])
    reason = "is truncated (it does not end with %%EOF); save or download it again"
    assert_reported(bad, good, reason)


def test_pdf_cut_just_before_its_end_marker(tmp_path, good):
    """pdfminer reads this one without complaint; the end marker is what says it is cut."""
    data = make_pdf("发展对象XX名。")
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(data[: data.rindex(b"%%EOF")])
    assert len(read_bytes(data[: data.rindex(b"%%EOF")] + b"%%EOF", "x.pdf").text) == 8
    reason = "is truncated (it does not end with %%EOF); save or download it again"
    assert_reported(bad, good, reason)


def test_garbage_after_a_pdf_header(tmp_path, good):
    bad = tmp_path / "garbage.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    assert_reported(bad, good, "is damaged or not a PDF: no PDF objects follow its %PDF- header")


def test_garbage_with_objects_and_an_end_marker(tmp_path, good):
    bad = tmp_path / "garbage.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Junk >>\nendobj\n%%EOF\n")
    reason = "is damaged or not a PDF (PDFSyntaxError: No /Root object! - Is this really a PDF?)"
    assert_reported(bad, good, reason)


def stream_starts(data: bytes) -> list[int]:
    """Offsets where the data of each stream object in ``data`` begins."""
    return [match.end() for match in re.finditer(rb"(?<!end)stream\r?\n", data)]


def test_damaged_page_content(tmp_path, good):
    data = make_pdf("发展对象XX名。\f第二页**次。")
    second = stream_starts(data)[-1]  # the content of page 2
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(data[: second + 10] + b"{" * 20 + data[second + 30 :])  # not ASCII85
    reason = "is damaged: page 2 cannot be read (ValueError: Non-Ascii85 digit found: {)"
    assert_reported(bad, good, reason)


def test_corrupt_compressed_content_is_not_read_as_empty(tmp_path, good, monkeypatch):
    """pdfminer turns a broken Flate stream into no text at all, without a word."""
    monkeypatch.setattr(rl_config, "useA85", 0)  # plain Flate streams
    data = make_pdf("发展对象XX名。\f第二页**次。")
    second = stream_starts(data)[-1]
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(data[: second + 10] + bytes(20) + data[second + 30 :])
    assert_reported(bad, good, "is damaged: page 2's content cannot be decoded")


def test_missing_page_content(tmp_path, good):
    data = make_pdf("发展对象XX名。\f第二页**次。")
    second = stream_starts(data)[-1]
    header = data.rindex(b" 0 obj", 0, second)
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(data[:header] + b" 0 jbo" + data[header + 6 :])
    assert_reported(bad, good, "is damaged: the content of page 2 is missing")


def test_lost_page_is_not_a_silent_partial_read(tmp_path, good):
    data = make_pdf("第一页XX名。\f第二页**次。")
    bad = tmp_path / "lost.pdf"
    bad.write_bytes(data.replace(b"/Type /Page\n", b"/Type /Pagx\n", 1))
    assert_reported(bad, good, "is damaged: only 1 of its 2 pages can be read")


def test_undecodable_text_layer_and_no_pdfminer_warnings(tmp_path, good):
    """A font reference that points nowhere: pdfminer logs a warning for every glyph and
    falls back to a font that maps most glyphs to nothing."""
    data = make_pdf("发展对象XX名。第二句话也在这里。")
    bad = tmp_path / "nofont.pdf"
    bad.write_bytes(data.replace(b"/F2", b"/F9", 1))
    reason = (
        "has a text layer that cannot be decoded (fonts without a character map); "
        "run OCR on it first"
    )
    assert_reported(bad, good, reason)  # and nothing else on stderr


def test_page_without_a_media_box(tmp_path, good):
    bad = tmp_path / "nobox.pdf"
    bad.write_bytes(make_pdf("发展对象XX名").replace(b"/MediaBox", b"/MediaBax", 1))
    reason = "is damaged: its pages cannot be read (TypeError: 'NoneType' object is not iterable)"
    assert_reported(bad, good, reason)


def test_text_file_named_pdf_is_checked_as_text(tmp_path, good):
    bad = tmp_path / "notes.pdf"
    bad.write_text("发展对象XX名。\n", encoding="utf-8")
    result = run("check", str(bad), str(good))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"fillcheck: error: {bad}: is really plain text, not what its extension says; "
        "checked as plain text"
    )
    assert result.stdout.splitlines() == [
        f"{bad}:1:5: error FC102 `XX名`: the number of people was never filled in [`XX`]",
        f"{good}:1:5: error FC102 `XX名`: the number of people was never filled in (page 1) [`XX`]",
    ]
