"""Files that only a deadline can stop: `--timeout` gives up on them and the run goes on.

These PDFs are a few hundred bytes whose object graph has a reference cycle
(``6 0 R`` is ``7 0 R`` is ``6 0 R``) where the PDF library resolves a value
in a loop that never ends: the page tree's count, a page's MediaBox, its
content, its font. The PDF reader now stops such a cycle itself (see
``test_decompression``); the deadline is the guard for every loop not found yet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import GOOD_FINDING, cycle_pdf, good_file, run


@pytest.mark.parametrize("where", ["count", "media", "contents", "font"])
def test_pdf_reference_cycle_is_given_up(tmp_path: Path, where: str):
    good_file(tmp_path)
    (tmp_path / "cycle.pdf").write_bytes(cycle_pdf(**{where: b"6 0 R"}))
    result = run("check", "--timeout", "3", "cycle.pdf", "good.txt", cwd=tmp_path)
    assert result.code == 2
    errors = result.errors
    # the cycle either loops (then the deadline stops it) or is detected and reported
    assert len(errors) == 1 and errors[0].startswith("fillcheck: error: cycle.pdf: "), errors
    assert GOOD_FINDING in result.stdout
    if "gave up" in errors[0]:
        assert errors[0] == "fillcheck: error: cycle.pdf: gave up after 3 s"
