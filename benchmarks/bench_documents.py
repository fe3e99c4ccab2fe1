"""Time and peak memory of `fillcheck check` on a long .docx and a long .pdf.

Usage (from the repository root, with the test extra installed in .venv):

    .venv/bin/python benchmarks/bench_documents.py [--runs 3] [--copies 8]

It writes, in $TMPDIR/fillcheck-bench/, the sample reports repeated --copies
times as a .docx (one paragraph per line, runs split every 5 characters, as
Word splits them) and as a PDF (wrapped on A4 pages), with the builders the
tests use (python-docx and reportlab), then reports the median wall time and
peak RSS of checking each. Numbers are reported, not asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]
from bench import DATA, sample_text  # noqa: E402
from bench_large import median_measure  # noqa: E402


def build(copies: int) -> tuple[Path, Path]:
    """Write (the .docx, the .pdf) of the samples repeated ``copies`` times; reuse if present."""
    from docbuild import docx_from_text
    from pdfbuild import make_pdf

    DATA.mkdir(parents=True, exist_ok=True)
    text = "\n".join([sample_text()] * copies)
    docx, pdf = DATA / f"samples-x{copies}.docx", DATA / f"samples-x{copies}.pdf"
    if not docx.exists():
        docx_from_text(docx, text, every=5)
    if not pdf.exists():
        pdf.write_bytes(make_pdf(text))
    return docx, pdf


def pages(path: Path) -> int:
    """How many pages a PDF has."""
    import pdfplumber

    with pdfplumber.open(path) as document:
        return len(document.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=8)
    args = parser.parse_args()

    docx, pdf = build(args.copies)
    fillcheck = str(Path(sys.executable).with_name("fillcheck"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.runs} runs")
    for label, path in ((".docx", docx), (".pdf", pdf)):
        command = [fillcheck, "check", "--quiet", "--exit-zero", str(path)]
        seconds, peak = median_measure(command, args.runs)
        size = f"{path.stat().st_size / 1e6:.1f} MB"
        if label == ".pdf":
            count = pages(path)
            size += f", {count} pages, {seconds / count * 1000:.0f} ms a page"
        print(f"{label:>6}: {size}: {seconds:6.2f} s, peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
