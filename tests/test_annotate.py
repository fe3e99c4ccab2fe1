"""`fillcheck annotate`: a commented copy of a .docx, each comment on exactly its finding."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx2python import docx2python
from lxml import etree
from typer.testing import CliRunner

from docbuild import DocBuilder
from fillcheck.annotate import annotate, default_output
from fillcheck.cli import app
from fillcheck.finding import Finding
from fillcheck.readers import read_path
from fillcheck.readers.docx import _CHARS, _SKIP, _TEXT, W_P, W

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
BOX = "<w:txbxContent><w:p><w:r><w:t>框内*项</w:t></w:r></w:p></w:txbxContent>"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def sample(tmp_path: Path) -> Path:
    """A report whose findings sit across runs, in a table, a header, a footer, a footnote and
    a text box, with bold, italic and a hyperlink that must survive the anchors."""
    doc = DocBuilder()
    doc.paragraph("今年发展对象", "X", "X名，会议由", "某单位", "主持。")
    first = doc.paragraph("共*项工作，", "其中*项已完成。")
    first.runs[0].italic = True
    doc.hyperlink(doc.paragraph("详见："), "某某网站", "https://example.com/")
    doc.table([["姓名", "某某"], ["人数", ["第一段XX名", "第二段"]]])
    doc.raw(
        "<w:p><w:r><w:t>框前</w:t></w:r><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData>"
        f"<wps:wsp><wps:txbx>{BOX}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></w:r><w:r><w:t>框后</w:t></w:r></w:p>"
    )
    doc.paragraph("")
    doc.header("页眉XX名")
    doc.footer("第*页")
    doc.footnote(doc.paragraph("见脚注"), "脚注某单位")
    return doc.save(tmp_path / "report.docx")


def anchored_texts(path: Path) -> dict[int, str]:
    """Comment id -> the body text between its range start and end, as the reader joins it
    (paragraphs by a newline)."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    texts: dict[int, str] = {}
    active: set[int] = set()

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "commentRangeStart":
                active.add(int(child.get(W + "id")))
                texts.setdefault(int(child.get(W + "id")), "")
            elif tag == W + "commentRangeEnd":
                active.discard(int(child.get(W + "id")))
            elif tag in _TEXT or tag in _CHARS:
                for number in active:
                    texts[number] += child.text or "" if tag in _TEXT else _CHARS[tag]
            elif tag == W_P and element.tag != W_P:
                walk(child)
                for number in active:
                    texts[number] += "\n"
            elif tag not in _SKIP:
                walk(child)

    walk(root)
    return texts


def comments(path: Path) -> list[tuple[int, str, str, str]]:
    """(id, author, initials, text) of every comment, as python-docx reads them."""
    document = docx.Document(str(path))
    return [(c.comment_id, c.author, c.initials, c.text) for c in document.comments]


def check_json(path: Path) -> list[dict]:
    import json

    result = invoke("check", "--format", "json", str(path))
    return json.loads(result.stdout)


def strip_part(finding: dict) -> str:
    message = finding["message"]
    return message[: message.rindex(" (")]


def test_every_body_finding_is_a_comment_on_exactly_its_text(tmp_path):
    path = sample(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = invoke("annotate", str(path))
    out = tmp_path / "report.checked.docx"
    assert result.exit_code == 0, result.output
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # the original is untouched
    findings = check_json(path)
    body = [
        f
        for f in findings
        if not f["message"].endswith(("(header)", "(footer)", "(footnote 1)", "text box)"))
    ]
    assert len(findings) - len(body) == 4
    assert result.stderr.endswith(
        f"fillcheck: {len(body) + 1} comments for {len(findings)} findings written to {out}\n"
    )
    found = comments(out)
    assert len(found) == len(body) + 1
    assert {(author, initials) for _, author, initials, _ in found} == {("fillcheck", "FC")}
    anchors = anchored_texts(out)
    pairs = [(anchors[number], text) for number, _, _, text in found[: len(body)]]
    link = [f for f in body if f["line"] == 3]  # in a hyperlink: the comment holds the link
    assert [pairs[body.index(f)][0] for f in link] == ["某某网站"]
    assert pairs == [
        ("某某网站" if f in link else f["text"], f"{f['rule']} {strip_part(f)}") for f in body
    ]
    assert [f["text"] for f in body] == ["XX", "某", "*", "*", "某某", "某某", "XX"]


def test_findings_where_no_comment_can_anchor_are_listed_at_the_start(tmp_path):
    path = sample(tmp_path)
    out = tmp_path / "copy.docx"
    assert invoke("annotate", str(path), "-o", str(out)).exit_code == 0
    number, _, _, text = comments(out)[-1]
    elsewhere = [
        f
        for f in check_json(path)
        if f["message"].endswith(("(header)", "(footer)", "(footnote 1)", "text box)"))
    ]
    assert text.split("\n") == [
        "fillcheck: 4 findings in headers, footers, notes, comments or text boxes, where Word "
        "cannot anchor a comment:",
        *(f"{f['rule']} {f['message']}" for f in sorted(elsewhere, key=lambda f: f["line"])),
    ]
    assert anchored_texts(out)[number] == "今年发展对象"  # the first run of the body


def test_the_copy_reads_as_the_original(tmp_path):
    path = sample(tmp_path)
    out = tmp_path / "report.checked.docx"
    invoke("annotate", str(path))
    extracted = [invoke("extract", "--parts", str(p)).stdout for p in (path, out)]
    assert extracted[0] == extracted[1]
    assert "页眉XX名" in extracted[0]
    # checking the copy finds the same findings, not the comments that quote them
    again = check_json(out)
    assert [{**f, "path": ""} for f in again] == [{**f, "path": ""} for f in check_json(path)]
    with docx2python(out) as copy:
        references = [c[0] for c in copy.comments]
        assert [c[1] for c in copy.comments] == ["fillcheck"] * len(references)
    body = [
        f["text"]
        for f in check_json(path)
        if f["message"].endswith(
            ("paragraph 1)", "paragraph 2)", "cell 2)", "cell 2, paragraph 1)")
        )
    ]
    link = '<a href="https://example.com/">某某网站</a>'  # docx2python writes links as HTML
    assert references == [*body[:4], link, *body[4:], "今年发展对象"]


def character_formats(path: Path, part: str = "word/document.xml") -> list[tuple[str, bytes]]:
    """Each character of a part with its run's properties, comment anchors left out."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read(part))
    out = []
    for text in root.iter(W + "t"):
        run = text.getparent()
        properties = run.find(W + "rPr")
        key = etree.tostring(properties, method="c14n") if properties is not None else b""
        out.extend((char, key) for char in text.text or "")
    return out


def test_formatting_tables_headers_and_footers_are_unchanged(tmp_path):
    path = sample(tmp_path)
    out = tmp_path / "report.checked.docx"
    invoke("annotate", str(path))
    assert character_formats(out) == character_formats(path)
    assert any(key for _, key in character_formats(path))  # bold and italic runs were there
    for part in ("word/header1.xml", "word/footer1.xml", "word/footnotes.xml"):
        assert character_formats(out, part) == character_formats(path, part)
    original, copy = docx.Document(str(path)), docx.Document(str(out))
    assert [[c.text for c in row.cells] for row in copy.tables[0].rows] == [
        [c.text for c in row.cells] for row in original.tables[0].rows
    ]
    assert [r.bold for r in copy.paragraphs[0].runs if r.text] == [
        None,
        True,
        None,
        None,
        True,
        True,
        None,
    ]
    assert "".join(r.text for r in copy.paragraphs[0].runs) == original.paragraphs[0].text


def synthetic(path: Path, spans: list[tuple[int, int]]):
    document = read_path(str(path))
    findings = []
    for start, end in spans:
        line, column = document.position(start)
        end_line, end_column = document.position(end)
        findings.append(
            Finding(
                str(path),
                line,
                column,
                "FC101",
                end_line,
                end_column,
                "n",
                "placeholder",
                "error",
                document.text[start:end],
                "m",
                None,
            )
        )
    return document, findings


def test_crossing_findings_and_findings_across_paragraphs(tmp_path):
    doc = DocBuilder()
    doc.paragraph("甲乙", "丙丁戊", "己庚")
    doc.paragraph("辛壬癸")
    path = doc.save(tmp_path / "x.docx")
    spans = [(1, 4), (3, 6), (2, 2 + 3), (5, 10), (0, 7)]  # crossing, nested, to the next paragraph
    document, findings = synthetic(path, spans)
    made = annotate(path.read_bytes(), document, findings)
    assert (made.anchored, made.unanchored, made.comments) == (5, 0, 5)
    out = tmp_path / "x.checked.docx"
    out.write_bytes(made.data)
    anchors = anchored_texts(out)
    assert [anchors[n] for n in range(len(spans))] == [document.text[s:e] for s, e in spans]
    assert anchored_texts(out)[3] == "己庚\n辛壬"
    assert character_formats(out) == character_formats(path)


def test_summary_in_chinese_and_a_body_that_starts_empty(tmp_path):
    doc = DocBuilder()
    doc.paragraph("")
    doc.header("页眉XX名")
    path = doc.save(tmp_path / "h.docx")
    document = read_path(str(path))
    start = document.text.index("XX")
    _, findings = synthetic(path, [(start, start + 2)])
    made = annotate(path.read_bytes(), document, findings, lang="zh")
    out = tmp_path / "h.checked.docx"
    out.write_bytes(made.data)
    assert (made.anchored, made.unanchored) == (0, 1)
    ((number, _, _, text),) = comments(out)
    assert text.startswith("fillcheck：以下 1 处问题位于页眉")
    assert anchored_texts(out) == {number: ""}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("notes.txt", "annotate takes a Word .docx file"),
        ("old.doc", "annotate takes a Word .docx file"),
    ],
)
def test_other_inputs_are_refused_with_one_line(tmp_path, name, message):
    path = tmp_path / name
    path.write_text("共*项\n", encoding="utf-8")
    result = invoke("annotate", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"fillcheck: error: {path}: {message}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_unreadable_docx_and_writing_over_the_original_are_errors(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    result = invoke("annotate", str(broken))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"fillcheck: error: {broken}: ")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "broken.checked.docx").exists()
    path = sample(tmp_path)
    before = path.read_bytes()
    result = invoke("annotate", str(path), "-o", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"fillcheck: error: {path}: is the document itself; the original is never modified\n"
    )
    assert path.read_bytes() == before
    result = invoke("annotate", str(path), "-o", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.endswith("a directory, not a regular file\n")


def test_default_output_name():
    assert default_output("dir/报告.docx") == "dir/报告.checked.docx"
    assert default_output("Report.DOCX") == "Report.checked.DOCX"


def test_select_limits_the_comments(tmp_path):
    path = sample(tmp_path)
    out = tmp_path / "only.docx"
    result = invoke("annotate", str(path), "-o", str(out), "--select", "FC102", "--isolated")
    assert result.exit_code == 0
    texts = [text for _, _, _, text in comments(out)]
    assert [t.split(" ")[0] for t in texts[:-1]] == ["FC102", "FC102"]
    assert texts[-1].split("\n")[1].startswith("FC102 `XX名`")


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui",
)
def test_libreoffice_opens_the_copy(tmp_path):
    path = sample(tmp_path)
    out = tmp_path / "report.checked.docx"
    invoke("annotate", str(path))
    pdf_dir = tmp_path / "pdf"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf_dir),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = pdf_dir / "report.checked.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed (apt-get install poppler-utils): no page image")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "今年发展对象" in text and "第一段" in text
    BUILD.mkdir(exist_ok=True)
    prefix = BUILD / "annotate-page"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        timeout=60,
    )
    assert (BUILD / "annotate-page.png").read_bytes().startswith(b"\x89PNG")


SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_samples_split_into_runs_every_3_characters(sample, tmp_path):
    """Runs of alternating formatting cut through findings like `X|X名` and `*|项`."""
    from docbuild import docx_from_text

    path = docx_from_text(tmp_path / "s.docx", sample.read_text(encoding="utf-8"), every=3)
    findings = check_json(path)
    out = tmp_path / "s.checked.docx"
    assert invoke("annotate", str(path), "-o", str(out)).exit_code == 0
    anchors = anchored_texts(out)
    found = comments(out)
    assert len(found) == len(findings)
    assert [(anchors[number], text) for number, _, _, text in found] == [
        (f["text"], f"{f['rule']} {strip_part(f)}") for f in findings
    ]
    assert character_formats(out) == character_formats(path)


def test_missing_input_and_device_output_are_one_line_errors(tmp_path):
    missing = tmp_path / "missing.docx"
    existing = tmp_path / "existing.docx"
    existing.write_bytes(b"keep")
    result = invoke("annotate", str(missing), "-o", str(existing))
    assert result.exit_code == 2
    assert result.stderr == f"fillcheck: error: {missing}: no such file\n"
    assert existing.read_bytes() == b"keep"
    path = sample(tmp_path)
    result = invoke("annotate", str(path), "-o", "/dev/null")
    assert result.exit_code == 2
    assert result.stderr == (
        "fillcheck: error: /dev/null: cannot write the output: a device, not a regular file\n"
    )
