"""Error lines in both languages: the reason each reader, the directory walk, the
regular-file guard, the baseline and the configuration give for an input they cannot
use is written in the language of the run, and the location appended to a finding in
a .docx, .pdf or .html file too."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck.cli import app
from fillcheck.messages import LANGUAGES, placeholders, table, use_language
from fillcheck.messages.parts import located, part_label, without_location


def invoke(cwd: Path, *args: str):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, list(args), env={"FILLCHECK_LANG": ""})
    finally:
        os.chdir(old)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _blank_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 200, 200)  # a page with a drawing and no text
    pdf.showPage()
    pdf.save()


def _write(name: str, data: bytes) -> Callable[[Path], list[str]]:
    def build(root: Path) -> list[str]:
        (root / name).write_bytes(data)
        return [name]

    return build


def _missing(root: Path) -> list[str]:
    return ["missing.txt"]


def _broken_link(root: Path) -> list[str]:
    (root / "link.txt").symlink_to(root / "nowhere.txt")
    return ["link.txt"]


def _fifo(root: Path) -> list[str]:
    os.mkfifo(root / "pipe.txt")
    return ["pipe.txt"]


def _no_text_layer(root: Path) -> list[str]:
    _blank_pdf(root / "scan.pdf")
    return ["scan.pdf"]


def _too_large(root: Path) -> list[str]:
    (root / "big.txt").write_bytes(b"a" * (2 * 2**20 + 100))
    return ["--max-size", "1", "big.txt"]


def _forced_encoding(root: Path) -> list[str]:
    (root / "gb.txt").write_bytes("人数".encode("gb18030") + b"\n")
    return ["--encoding", "ascii", "gb.txt"]


def _baseline(root: Path) -> list[str]:
    (root / "a.txt").write_text("正文。\n", encoding="utf-8")
    return ["--baseline", "none.json", "a.txt"]


def _config(text: str) -> Callable[[Path], list[str]]:
    def build(root: Path) -> list[str]:
        (root / ".fillcheck.toml").write_text(text, encoding="utf-8")
        (root / "a.txt").write_text("正文。\n", encoding="utf-8")
        return ["a.txt"]

    return build


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PATTERN = '[[patterns]]\ncode = "FC100"\nname = "x"\nregex = "x"\nmessage = "x"\n'
PATTERN += 'category = "placeholder"\n'

# (what is wrong, how to make it, the error line in English, the error line in Chinese)
CASES = [
    ("missing", _missing,
     "fillcheck: error: missing.txt: no such file",
     "fillcheck：错误：missing.txt：文件不存在"),
    ("broken link", _broken_link,
     "fillcheck: error: link.txt: broken symbolic link",
     "fillcheck：错误：link.txt：符号链接已失效"),
    ("fifo", _fifo,
     "fillcheck: error: pipe.txt: is a FIFO (named pipe), not a regular file",
     "fillcheck：错误：pipe.txt：是命名管道（FIFO），不是普通文件"),
    ("too large", _too_large,
     "fillcheck: error: big.txt: is 2.0 MB, over the size limit of 1 MB (raise it with "
     "--max-size)",
     "fillcheck：错误：big.txt：大小为 2.0 MB，超过 1 MB 的上限（可用 --max-size 调高）"),
    ("binary", _write("bin.txt", bytes(range(256)) * 4),
     "fillcheck: error: bin.txt: binary file, not text",
     "fillcheck：错误：bin.txt：是二进制文件，不是文本"),
    ("forced encoding", _forced_encoding,
     "fillcheck: error: gb.txt: has 4 bytes that are not ascii (the first at byte 0); "
     "checked with them replaced by U+FFFD",
     "fillcheck：错误：gb.txt：有 4 个字节不符合 ascii（第一个位于第 0 字节）；"
     "已替换为 U+FFFD 后检查"),
    ("encrypted office file", _write("locked.docx", OLE + "EncryptedPackage".encode("utf-16-le")),
     "fillcheck: error: locked.docx: is password-protected (encrypted); save a copy without "
     "a password",
     "fillcheck：错误：locked.docx：有密码保护（已加密），请另存一份不带密码的副本"),
    ("zip as pdf", _write("z.pdf", _zip({"a.txt": b"x"})),
     "fillcheck: error: z.pdf: is a zip archive, not a document fillcheck reads",
     "fillcheck：错误：z.pdf：是 zip 压缩包，不是 fillcheck 能读取的文档"),
    ("really text", _write("t.pdf", "正文。\n".encode()),
     "fillcheck: error: t.pdf: is really plain text, not what its extension says; checked as "
     "plain text",
     "fillcheck：错误：t.pdf：实际是纯文本，与扩展名不符；已按纯文本检查"),
    ("docx without body", _write("e.docx", _zip({"word/other.xml": b"<x/>"})),
     "fillcheck: error: e.docx: is not a valid .docx: the zip archive has no word/document.xml "
     "(the document body); is it another kind of zip file?",
     "fillcheck：错误：e.docx：不是有效的 .docx：压缩包中没有 word/document.xml（文档正文）；"
     "是否是其他类型的 zip 文件？"),
    ("truncated zip", _write("c.docx", _zip({"word/document.xml": b"<w/>" * 50})[:60]),
     "fillcheck: error: c.docx: is not a valid .docx: corrupt or truncated zip archive",
     "fillcheck：错误：c.docx：不是有效的 .docx：zip 压缩包已损坏或不完整"),
    ("pdf without objects", _write("n.pdf", b"%PDF-1.4\nnothing here\n%%EOF\n"),
     "fillcheck: error: n.pdf: is damaged or not a PDF: no PDF objects follow its %PDF- header",
     "fillcheck：错误：n.pdf：已损坏或不是 PDF：%PDF- 文件头之后没有 PDF 对象"),
    ("truncated pdf", _write("cut.pdf", b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n"),
     "fillcheck: error: cut.pdf: is truncated (it does not end with %%EOF); save or download "
     "it again",
     "fillcheck：错误：cut.pdf：不完整（末尾没有 %%EOF）；请重新保存或下载"),
    ("scanned pdf", _no_text_layer,
     "fillcheck: error: scan.pdf: has no text layer (a scanned image?); run OCR on it first",
     "fillcheck：错误：scan.pdf：没有文字层（可能是扫描图像），请先进行 OCR 识别"),
    ("doc without a Word stream", _write("x.doc", OLE + b"\x00" * 600),
     "fillcheck: error: x.doc: is not a Word document: its compound file has no WordDocument "
     "stream (an Excel or PowerPoint file renamed, or damaged?)",
     "fillcheck：错误：x.doc：不是 Word 文档：复合文件中没有 WordDocument 流（是改了扩展名的 "
     "Excel 或 PowerPoint 文件，还是文件已损坏？）"),
    ("html charset", _write("p.html", '<meta charset="utf-8"><p>人数未填写，召开会议。</p>'
                                      .encode("gb18030")),
     "fillcheck: error: p.html: declares charset utf-8, but its bytes are not utf-8; read as "
     "gb18030",
     "fillcheck：错误：p.html：声明的字符集是 utf-8，但字节内容不是 utf-8；已按 gb18030 读取"),
    ("baseline", _baseline,
     "fillcheck: error: none.json: baseline file not found",
     "fillcheck：错误：none.json：基线文件不存在"),
    ("config key", _config("selct = []\n"),
     "fillcheck: error: .fillcheck.toml: selct: unknown key (did you mean 'select'?)",
     "fillcheck：错误：.fillcheck.toml：selct：未知的键（是不是 'select'？）"),
    ("config type", _config("fail-on = 3\n"),
     "fillcheck: error: .fillcheck.toml: fail-on: expected a severity name, got an integer",
     "fillcheck：错误：.fillcheck.toml：fail-on：应为严重级别名称，实际是整数"),
    ("config TOML", _config("select = [\n"),
     None, None),  # tomllib's own words follow; checked for the translated part below
    ("user pattern", _config(PATTERN),
     "fillcheck: error: .fillcheck.toml: patterns[0].code: 'FC100' is not a user rule code "
     "(FC900 to FC999)",
     "fillcheck：错误：.fillcheck.toml：patterns[0].code：'FC100' 不是用户规则代码"
     "（FC900 至 FC999）"),
]  # fmt: skip


def _error_lines(root: Path, args: list[str], lang: str) -> tuple[int, list[str]]:
    result = invoke(root, "check", "--lang", lang, *args)
    prefix = "fillcheck: error:" if lang == "en" else "fillcheck：错误："
    return result.exit_code, [
        line for line in result.stderr.splitlines() if line.startswith(prefix)
    ]


@pytest.mark.parametrize(("lang", "column"), [("en", 2), ("zh", 3)])
@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_error_line_in_each_language(tmp_path, case, lang, column):
    args = case[1](tmp_path)
    status, lines = _error_lines(tmp_path, args, lang)
    assert status == 2
    if case[column] is None:
        assert len(lines) == 1
        head = ".fillcheck.toml: invalid TOML: " if lang == "en" else ".fillcheck.toml：TOML 无效："
        assert lines[0].split("error: " if lang == "en" else "错误：", 1)[1].startswith(head)
        return
    assert lines == [case[column]]


def test_directory_that_cannot_be_listed(tmp_path, monkeypatch):
    import fillcheck.walk

    (tmp_path / "docs" / "locked").mkdir(parents=True)
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(fillcheck.walk.os, "scandir", scandir)
    locked = os.path.join("docs", "locked")
    assert _error_lines(tmp_path, ["docs"], "en") == (
        2, [f"fillcheck: error: {locked}: cannot list directory: Permission denied"]
    )  # fmt: skip
    assert _error_lines(tmp_path, ["docs"], "zh") == (
        2, [f"fillcheck：错误：{locked}：无法列出目录内容：Permission denied"]
    )  # fmt: skip


LABELS = [
    ("body, paragraph 2", "正文第2段"),
    ("page 3", "第3页"),
    ("table 1, row 2, cell 2", "表1第2行第2列"),
    ("table 1, row 2, cell 2, paragraph 1", "表1第2行第2列第1段"),
    ("table 1, row 1, cell 2, nested table 1, row 3, cell 1", "表1第1行第2列嵌套表1第3行第1列"),
    ("header", "页眉"),
    ("footer", "页脚"),
    ("header, table 2, row 1, cell 1", "页眉表2第1行第1列"),
    ("footnote 1", "脚注1"),
    ("endnote 12", "尾注12"),
    ("comment 3", "批注3"),
    ("body, paragraph 4, text box", "正文第4段的文本框"),
    ("footnote, text box", "脚注的文本框"),
    ("html line 4", "HTML第4行"),
]


@pytest.mark.parametrize(("label", "chinese"), LABELS)
def test_part_labels_in_each_language(label, chinese):
    with use_language("en"):
        assert part_label(label) == label
        assert located("`XX名`: never filled in", label) == f"`XX名`: never filled in ({label})"
    with use_language("zh"):
        assert part_label(label) == chinese
        message = located("`XX名`：人数未填写", label)
        assert message == f"`XX名`：人数未填写（{chinese}）"
        assert without_location(message, label) == "`XX名`：人数未填写"
    with use_language("en"):  # the cache is per language
        assert part_label(label) == label


def test_a_label_with_an_unknown_piece_is_shown_as_it_is():
    with use_language("zh"):
        assert part_label("slide 3") == "slide 3"
        assert part_label("body, slide 3") == "body, slide 3"


def test_location_of_a_docx_finding_in_each_language(tmp_path):
    from docbuild import DocBuilder

    builder = DocBuilder()
    builder.paragraph("标题")
    builder.paragraph("今年发展对象XX名。")
    builder.save(tmp_path / "r.docx")
    en = invoke(tmp_path, "check", "--lang", "en", "--select", "FC102", "r.docx")
    zh = invoke(tmp_path, "check", "--lang", "zh", "--select", "FC102", "r.docx")
    assert en.stdout.splitlines() == [
        "r.docx:2:7: error FC102 `XX名`: the number of people was never filled in "
        "(body, paragraph 2) [`XX`]"
    ]
    assert zh.stdout.splitlines() == [
        "r.docx:2:7: error FC102 `XX名`：人数未填写（正文第2段） [`XX`]"
    ]


def test_every_part_key_has_both_languages():
    keys = {key for key in table("en") if key.startswith(("part-", "read-", "config-", "hook-"))}
    assert len(keys) > 100
    for lang in LANGUAGES:
        assert keys <= set(table(lang))
        for key in keys:
            assert placeholders(table(lang)[key]) == placeholders(table("en")[key])
