"""Binary Word (.doc) and WPS (.wps) files: converted by LibreOffice, then read as .docx.

The tests that run LibreOffice take about a second per conversion (it starts
with a fresh private profile each time); they are skipped where LibreOffice is
not installed. The error paths that do not need it (LibreOffice missing, a
conversion that fails or hangs) run everywhere, with a stand-in ``soffice``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from docbuild import DocBuilder, docx_from_text
from fillcheck.cli import app
from fillcheck.readers import office

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice is not installed; .doc/.wps conversion needs it",
)
posix_only = pytest.mark.skipif(os.name != "posix", reason="the stand-in soffice is a sh script")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Enough of a compound file to reach the converter: the signature and the stream's name.
FAKE_DOC = OLE + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(2000)
MASKED = "今年发展对象XX名。\n"


def run(*args: str):
    """Run the CLI in-process; any exception but the exit would be a user's traceback."""
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.docx"
    return docx_from_text(path, MASKED)


def assert_reported(result, bad: Path, reason: str, good: Path) -> None:
    """Exit 2, one error line naming the file, and the good file's finding printed."""
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("fillcheck: error:")]
    assert errors == [f"fillcheck: error: {bad}: {reason}"]
    assert f"{good}:1:7: error FC102" in result.stdout


@pytest.fixture(scope="module")
def word97(tmp_path_factory) -> tuple[bytes, bytes]:
    """A .docx with a table, header, footnote and comment, and the .doc LibreOffice made of it."""
    work = tmp_path_factory.mktemp("doc")
    doc = DocBuilder()
    doc.paragraph("今年发展对象", "X", "X", "名。")
    doc.table([["姓名", "某某"]])
    doc.footnote(doc.paragraph("见脚注"), "脚注共*项")
    doc.comment(doc.paragraph("批注所在"), "批注XX名")
    doc.header("页眉XX单位")
    source = doc.save(work / "source.docx")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", "doc", "--outdir", str(work), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    data = (work / "source.doc").read_bytes()
    assert data.startswith(OLE)
    return source.read_bytes(), data


def positions_and_anchors(stdout: str, path: Path) -> list[tuple[str, str, str]]:
    """(line:column, rule, anchor) of each finding line printed for ``path``."""
    found = []
    for line in stdout.splitlines():
        where, rest = line[len(str(path)) + 1 :].split(": ", 1)
        found.append((where, rest.split()[1], rest[rest.rindex(" (") + 2 : rest.rindex(")")]))
    return found


@needs_libreoffice
def test_doc_and_wps_are_checked_with_anchors(word97, tmp_path, monkeypatch):
    original, binary = word97
    docx, doc, wps = tmp_path / "report.docx", tmp_path / "report.doc", tmp_path / "report.wps"
    docx.write_bytes(original)
    doc.write_bytes(binary)
    wps.write_bytes(binary)  # Kingsoft WPS writes the Word binary format under .wps
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    result = run("check", "--quiet", str(doc), str(wps))
    assert result.exit_code == 1, result.stderr
    lines = result.stdout.splitlines()
    assert positions_and_anchors("\n".join(lines[:5]), doc) == [
        ("1:7", "FC102", "body, paragraph 1"),
        ("3:1", "FC103", "table 1, row 1, cell 2"),
        ("6:3", "FC102", "header"),
        ("7:4", "FC101", "footnote 1"),
        ("8:3", "FC102", "comment 1"),
    ]
    # The same findings, messages included, as the .docx the .doc was made from.
    expected = run("check", "--quiet", str(docx)).stdout
    assert "\n".join(lines[:5]) + "\n" == expected.replace(str(docx), str(doc))
    assert "\n".join(lines[5:]) + "\n" == expected.replace(str(docx), str(wps))
    assert list(scratch.iterdir()) == []  # the copy, the profile and the .docx are gone


@needs_libreoffice
def test_damaged_doc_is_refused_not_read_as_garbage(tmp_path, good):
    """Left to guess, LibreOffice would import this as text; told it is Word 97, it refuses."""
    bad = tmp_path / "damaged.doc"
    bad.write_bytes(FAKE_DOC + bytes(range(256)) * 8)
    reason = ("LibreOffice could not convert it to .docx (is it damaged or password-protected?): "
              "Error: source file could not be loaded")  # fmt: skip
    assert_reported(run("check", str(bad), str(good)), bad, reason, good)


def test_missing_libreoffice_says_how_to_install_it(tmp_path, good, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(office, "KNOWN_LOCATIONS", ())
    assert office.find_soffice() is None
    bad = tmp_path / "old.doc"
    bad.write_bytes(FAKE_DOC)
    wps = tmp_path / "old.wps"
    wps.write_bytes(FAKE_DOC)
    result = run("check", str(bad), str(wps), str(good))
    assert result.exit_code == 2
    hint = (
        "reading .doc/.wps needs LibreOffice: install it (Debian/Ubuntu: apt install "
        "libreoffice-writer-nogui; macOS: brew install --cask libreoffice; Windows: "
        "libreoffice.org) or save the file as .docx"
    )
    errors = [line for line in result.stderr.splitlines() if line.startswith("fillcheck: error:")]
    assert errors == [f"fillcheck: error: {bad}: {hint}", f"fillcheck: error: {wps}: {hint}"]
    assert f"{good}:1:7: error FC102" in result.stdout


def test_compound_file_that_is_not_word(tmp_path, good):
    """An Excel or PowerPoint file renamed .doc never reaches LibreOffice."""
    bad = tmp_path / "sheet.doc"
    bad.write_bytes(OLE + bytes(504) + "Workbook".encode("utf-16-le") + bytes(2000))
    reason = ("is not a Word document: its compound file has no WordDocument stream (an Excel or "
              "PowerPoint file renamed, or damaged?)")  # fmt: skip
    assert_reported(run("check", str(bad), str(good)), bad, reason, good)


def stand_in_soffice(tmp_path: Path, body: str, monkeypatch) -> Path:
    """Put a ``soffice`` shell script running ``body`` first on PATH."""
    bin_dir = tmp_path / "fakebin"
    bin_dir.mkdir()
    script = bin_dir / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    return scratch


@posix_only
def test_conversion_without_output(tmp_path, good, monkeypatch):
    scratch = stand_in_soffice(
        tmp_path, 'echo "Error: source file could not be loaded"', monkeypatch
    )
    bad = tmp_path / "odd.wps"
    bad.write_bytes(FAKE_DOC)
    reason = ("LibreOffice could not convert it to .docx (is it damaged or password-protected?): "
              "Error: source file could not be loaded")  # fmt: skip
    assert_reported(run("check", str(bad), str(good)), bad, reason, good)
    assert list(scratch.iterdir()) == []


@posix_only
def test_hanging_conversion_is_killed(tmp_path, good, monkeypatch):
    pid_file = tmp_path / "child.pid"
    # The stand-in starts a child, as soffice starts soffice.bin, and both hang.
    scratch = stand_in_soffice(tmp_path, f"sleep 60 & echo $! > {pid_file}; wait", monkeypatch)
    monkeypatch.setattr(office, "TIMEOUT", 1)
    bad = tmp_path / "slow.doc"
    bad.write_bytes(FAKE_DOC)
    reason = ("LibreOffice did not finish converting it within 1 s (a huge or damaged file?); save "
              "it as .docx")  # fmt: skip
    assert_reported(run("check", str(bad), str(good)), bad, reason, good)
    assert list(scratch.iterdir()) == []
    child = Path(f"/proc/{pid_file.read_text().strip()}/stat")
    if sys.platform.startswith("linux") and child.exists():  # gone, or a zombie awaiting init
        assert child.read_text().split(") ")[1][0] == "Z"


def test_find_soffice_prefers_path_then_known_locations(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    installed = tmp_path / "LibreOffice" / "soffice"
    installed.parent.mkdir()
    installed.write_text("#!/bin/sh\n")
    installed.chmod(0o755)
    monkeypatch.setattr(office, "KNOWN_LOCATIONS", (str(tmp_path / "missing"), str(installed)))
    assert office.find_soffice() == str(installed)
    on_path = tmp_path / "libreoffice"
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(0o755)
    assert office.find_soffice() == str(on_path)
