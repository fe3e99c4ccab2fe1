"""Binary Word and WPS documents (.doc, .wps): converted to .docx by LibreOffice, then read.

LibreOffice runs headless with a private profile in a temporary directory,
so a LibreOffice the user has open, or a locked profile, does not block it
and parallel runs (pre-commit starts several) do not share state. The
temporary directory, with the copy of the file, the profile and the .docx,
is always removed. Kingsoft WPS's .wps is the Word binary format with
extensions and converts the same way.

LibreOffice is told the input is Word 97-2003 (``MS Word 97``, which also
reads Kingsoft .wps): left to guess, it imports a damaged file as plain text
and fillcheck would audit the garbage. Files in the formats of Word 6.0/95
or Microsoft Works are therefore refused with the conversion error; saving
them as .docx is the way out. A file whose compound container has no
``WordDocument`` stream (an Excel or PowerPoint file renamed) is refused
before LibreOffice starts.

The part labels (``body, paragraph 12``) count the paragraphs of the
converted document, which are the original's except where LibreOffice
splits a paragraph at a page break.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from ..document import Document
from ..messages import t

TIMEOUT = 120  # seconds for one conversion; a first start builds the profile
# Where installers put soffice when it is not on PATH (macOS, Windows).
KNOWN_LOCATIONS: tuple[str, ...] = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


# The name of the stream that holds a Word binary document, as the container's directory spells it.
_WORD_STREAM = "WordDocument".encode("utf-16-le")


def find_soffice() -> str | None:
    """The LibreOffice program: ``soffice`` or ``libreoffice`` on PATH, else a known place."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in KNOWN_LOCATIONS:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def read(data: bytes, path: str, options: Any) -> Document:
    """Convert a .doc/.wps file's bytes to .docx with LibreOffice and read that."""
    from . import docx

    if _WORD_STREAM not in data:
        raise ValueError(t("read-doc-no-stream"))
    suffix = Path(path).suffix.lower()
    document = docx.read(convert_to_docx(data, suffix), path, options)
    document.kind = "wps" if suffix == ".wps" else "doc"
    return document


def convert_to_docx(data: bytes, suffix: str, timeout: float | None = None) -> bytes:
    """The .docx bytes LibreOffice makes of ``data``; ValueError with the reason if it cannot.

    ``timeout`` defaults to TIMEOUT seconds.
    """
    timeout = TIMEOUT if timeout is None else timeout
    soffice = find_soffice()
    if soffice is None:
        raise ValueError(t("read-doc-install"))
    with tempfile.TemporaryDirectory(prefix="fillcheck-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        source = work / f"document{suffix if suffix in ('.doc', '.wps') else '.doc'}"
        source.write_bytes(data)
        out = work / "out"
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless", "--norestore", "--nolockcheck", "--nologo", "--nodefault",
            "--infilter=MS Word 97",
            "--convert-to", "docx:MS Word 2007 XML",
            "--outdir", str(out),
            str(source),
        ]  # fmt: skip
        output = _run(command, timeout)
        result = out / "document.docx"
        if not result.is_file() or result.stat().st_size == 0:
            detail = _detail(output)
            if detail:
                raise ValueError(t("read-doc-not-converted-detail", detail=detail))
            raise ValueError(t("read-doc-not-converted"))
        return result.read_bytes()


def _run(command: list[str], timeout: float) -> str:
    """Run LibreOffice and return its output; kill it and all it started on timeout."""
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=os.name == "posix",  # one process group to kill
        )
    except OSError as error:
        reason = t("read-doc-cannot-start", program=command[0], error=error.strerror)
        raise ValueError(reason) from None
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        raise ValueError(t("read-doc-timeout", seconds=f"{timeout:.0f}")) from None
    return output.decode("utf-8", "replace")


def _kill(process: subprocess.Popen) -> None:
    if os.name == "posix":
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            process.kill()
    else:
        process.kill()
    process.communicate()


def _detail(output: str) -> str:
    """The first line of LibreOffice's output that says what went wrong, if any."""
    for line in output.splitlines():
        line = line.strip()
        if line.lower().startswith("error"):
            return line[:200]
    return ""
