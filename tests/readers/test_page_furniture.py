"""A document's own page numbers and running titles are not residue (FC209)."""

from __future__ import annotations

from pathlib import Path

from docbuild import DocBuilder
from fillcheck.engine import audit_document
from fillcheck.readers import read_path
from fillcheck.registry import select_rules
from pdfbuild import make_pdf

ROOT = Path(__file__).resolve().parents[2]
CLEAN = (ROOT / "tests" / "corpus" / "clean" / "gov_report_national.txt").read_text(
    encoding="utf-8"
)
BODY = "\n".join(line for line in CLEAN.split("\n")[1:] if line.strip())


def rules_found(path: Path) -> list[str]:
    return [f.rule for f in audit_document(read_path(str(path)), select_rules(None, None))]


def test_docx_footer_page_numbers_are_the_documents_own(tmp_path):
    doc = DocBuilder()
    doc.lines(BODY[:2000])
    doc.header("阜平县2023年政府工作报告")
    doc.footer("第 1 页 共 3 页", "— 1 —")
    path = doc.save(tmp_path / "report.docx")
    assert rules_found(path) == []


def test_pdf_running_page_numbers_and_title_are_the_documents_own(tmp_path):
    pdf = make_pdf(BODY, header="政府工作报告", footer="第 {page} 页 共 {pages} 页")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    document = read_path(str(path))
    assert len([label for _, label in document.parts if label.startswith("page")]) >= 3
    assert rules_found(path) == []


def test_a_counter_that_names_another_page_is_still_residue(tmp_path):
    pdf = make_pdf(BODY[:800] + "\n第 7 页 共 10 页\n" + BODY[800:1600])
    path = tmp_path / "copied.pdf"
    path.write_bytes(pdf)
    assert rules_found(path) == ["FC209"]
