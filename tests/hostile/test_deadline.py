"""Files that only a deadline can stop: `--timeout` gives up on them and the run goes on.

These PDFs are a few hundred bytes whose object graph has a reference cycle
(``6 0 R`` is ``7 0 R`` is ``6 0 R``) where the PDF library resolves a value
in a loop that never ends: the page tree's count, a page's MediaBox, its
content, its font.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import GOOD_FINDING, good_file, run

CYCLE = [b"7 0 R", b"6 0 R"]  # objects 6 and 7 point at each other


def _pdf(*, count: bytes = b"1", media: bytes = b"[0 0 612 792]", contents: bytes = b"4 0 R",
         font: bytes = b"5 0 R") -> bytes:  # fmt: skip
    content = b"BT /F1 12 Tf 72 700 Td (XX) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count " + count + b" >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + media + b" /Contents " + contents
        + b" /Resources << /Font << /F1 " + font + b" >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *CYCLE,
    ]  # fmt: skip
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)  # fmt: skip
    return out


@pytest.mark.parametrize("where", ["count", "media", "contents", "font"])
def test_pdf_reference_cycle_is_given_up(tmp_path: Path, where: str):
    good_file(tmp_path)
    (tmp_path / "cycle.pdf").write_bytes(_pdf(**{where: b"6 0 R"}))
    result = run("check", "--timeout", "3", "cycle.pdf", "good.txt", cwd=tmp_path)
    assert result.code == 2
    errors = result.errors
    # the cycle either loops (then the deadline stops it) or is detected and reported
    assert len(errors) == 1 and errors[0].startswith("fillcheck: error: cycle.pdf: "), errors
    assert GOOD_FINDING in result.stdout
    if "gave up" in errors[0]:
        assert errors[0] == "fillcheck: error: cycle.pdf: gave up after 3 s"
