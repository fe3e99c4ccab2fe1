"""The samples rendered as PDFs give the .txt files' findings.

Each sample is laid out on A4 pages: long paragraphs wrap at the right margin
and flow over several pages, once in one font and once as Word draws Chinese
reports (ASCII in a Latin font with a gap on either side, which extraction
turns into spaces). The reader must undo both, so the PDF has the same
findings as the text it was made from: the same rules on the same text
(spaces aside; line and column differ, as paragraphs and blank lines do not
map one to one), and each finding's ``(page N)`` names the page its text is on.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from fillcheck.document import Document
from fillcheck.engine import audit_document
from fillcheck.finding import Finding
from fillcheck.readers import read_path
from fillcheck.registry import select_rules
from pdfbuild import Layout, make_pdf

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))
LAYOUTS = {"one-font": Layout(), "font-change": Layout(latin_font="Helvetica")}
ANCHOR = re.compile(r" \(page (\d+)\)$")


def findings(doc: Document) -> list[Finding]:
    # PDF extraction cannot tell a typed space between a number and its unit from one
    # inserted at a font change, and removes both, so FC501 is judged on text only.
    found = audit_document(doc, select_rules(None, ["FC501"]))
    assert found, "every sample has findings"
    return found


def page_texts(doc: Document) -> dict[int, str]:
    """The extracted text of each page: from its anchor to the next page's."""
    bounds = [*doc.parts, (len(doc.text), "end")]
    return {
        int(label.split()[1]): doc.text[start:end] for (start, label), (end, _) in pairwise(bounds)
    }


def key(finding: Finding) -> tuple[str, str]:
    return finding.rule, finding.text.replace(" ", "")


@pytest.mark.parametrize("layout", LAYOUTS, ids=str)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_as_pdf_gives_the_same_findings(sample, layout, tmp_path):
    pdf = tmp_path / f"{sample.stem}.pdf"
    pdf.write_bytes(make_pdf(sample.read_text(encoding="utf-8"), LAYOUTS[layout]))
    doc = read_path(str(pdf))
    pages = page_texts(doc)
    assert len(pages) >= 2, "the sample runs over several pages"

    expected, got = findings(read_path(str(sample))), findings(doc)
    assert Counter(map(key, got)) == Counter(map(key, expected))
    for finding in got:
        anchor = ANCHOR.search(finding.message)
        assert anchor, finding.message
        assert finding.text in pages[int(anchor.group(1))], finding
