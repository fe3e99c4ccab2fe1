"""Readers turn a file into a Document: one module per input format, imported on demand.

A format is chosen by the file's extension and verified against its content:
the first bytes tell a zip container (.docx), a PDF, an OLE compound file
(.doc/.wps, or an encrypted Office file) and text apart. When they disagree,
the file is read as what it really is and a note says so; the note is
reported as an error, so the run exits 2, but no finding in the file is lost.

Each reader module exposes ``read(data, path, options) -> Document`` and
raises ``ValueError`` with a one-line reason when the file cannot be read.
"""

from __future__ import annotations

import errno
import importlib
import os
import re
from dataclasses import dataclass

from ..document import Document
from ..messages import t

# extension -> (module in fillcheck.readers, document kind)
FORMATS = {
    ".txt": ("text", "text"),
    ".text": ("text", "text"),
    ".md": ("markdown", "markdown"),
    ".markdown": ("markdown", "markdown"),
    ".docx": ("docx", "docx"),
    ".pdf": ("pdf", "pdf"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".doc": ("office", "doc"),
    ".wps": ("office", "wps"),
}
# what the content sniffed as -> the reader for it and the name users know it by
_BY_CONTENT = {  # (reader module, kind, message key naming what the content is)
    "docx": ("docx", "docx", "read-what-docx"),
    "pdf": ("pdf", "pdf", "read-what-pdf"),
    "ole": ("office", "doc", "read-what-ole"),
    "text": ("text", "text", "read-what-text"),
}
# the content each reader module expects
_EXPECTS = {"docx": "docx", "pdf": "pdf", "office": "ole"}

DEFAULT_MAX_SIZE = 512 * 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    """Settings every reader honours.

    ``max_size`` bounds the bytes of a file and the uncompressed size of a
    container's content (a zip bomb check), in bytes.
    """

    encoding: str | None = None
    max_size: int = DEFAULT_MAX_SIZE


class ReadError(Exception):
    """A file that cannot be audited; the message is one line naming the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(t("path-reason", path=path, reason=reason))
        self.path = path
        self.reason = reason


def extension(path: str) -> str:
    """The lower-case extension of ``path``, with its dot."""
    return os.path.splitext(path)[1].lower()


def is_supported(path: str) -> bool:
    """True when ``path`` has an extension fillcheck knows how to read."""
    return extension(path) in FORMATS


def kind_of(path: str) -> str:
    """The document kind for ``path`` (``text`` for unknown extensions)."""
    return FORMATS.get(extension(path), ("text", "text"))[1]


# C0 and C1 controls and DEL: a file name holding them could move the cursor or
# recolour the terminal the report is printed on.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def display_path(path: str) -> str:
    """``path`` as printable text: bytes that are not UTF-8, and control characters
    (a newline, an escape sequence), appear as ``\\xNN``."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        path = os.fsencode(path).decode("utf-8", "backslashreplace")
    if _CONTROLS.search(path) is None:
        return path
    return _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", path)


def sniff(data: bytes) -> str:
    """What the first bytes say a file is: ``docx``, ``zip``, ``pdf``, ``ole`` or ``text``."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx" if b"word/" in data[:65536] or b"word/" in data[-65536:] else "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "encrypted" if "EncryptedPackage".encode("utf-16-le") in data else "ole"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return "text"


_OS_REASONS = {  # errno -> message key
    errno.ELOOP: "read-link-loop",
    errno.ENAMETOOLONG: "read-name-too-long",
    errno.EACCES: "read-permission-denied",
    errno.EPERM: "read-permission-denied",
}


def read_path(path: str, options: ReadOptions | None = None) -> Document:
    """Read the file at ``path`` into a Document; raise ReadError with a one-line reason.

    The file's bytes are freed as soon as they are decoded, before the text is
    audited: a file of hundreds of megabytes is not held twice.
    """
    options = options or ReadOptions()
    data, changed = _read_raw(path, options)
    box = [data]
    del data  # the reader empties the box: nothing else holds the bytes
    document = read_owned(box, path, options)
    if changed:
        document.notes.append(t("read-changed"))
    return document


def _read_raw(path: str, options: ReadOptions) -> tuple[bytes, bool]:
    """The bytes of the file at ``path`` and whether it changed while it was read."""
    shown = display_path(path)
    from ..safewrite import NotRegularFile, regular_opener

    try:
        # a FIFO, socket or device is refused before a byte is read (it could block
        # or never end); the opener checks the opened file, so nothing can swap it
        with open(path, "rb", opener=regular_opener) as handle:
            before = os.fstat(handle.fileno())
            if before.st_size > options.max_size:
                raise ReadError(shown, too_large(before.st_size, options))
            # Ask for the size the file has (a buffer of max_size would be reserved
            # for every file), then for the rest of one that grew meanwhile.
            data = handle.read(before.st_size + 1)
            if len(data) > before.st_size:
                data += handle.read(max(0, options.max_size + 1 - len(data)))
            after = os.fstat(handle.fileno())
    except IsADirectoryError:
        raise ReadError(shown, t("read-is-directory")) from None
    except NotRegularFile as error:
        reason = t("read-is-directory") if error.directory else error.reason
        raise ReadError(shown, reason) from None
    except FileNotFoundError:
        reason = t("read-broken-link" if os.path.islink(path) else "read-no-such-file")
        raise ReadError(shown, reason) from None
    except OSError as error:
        key = _OS_REASONS.get(error.errno or 0)
        reason = t(key) if key else error.strerror or str(error)
        raise ReadError(shown, reason) from None
    if len(data) > options.max_size:
        raise ReadError(shown, too_large(len(data), options))
    moved = (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns)
    return data, moved or len(data) != after.st_size


def too_large(size: int, options: ReadOptions) -> str:
    """The reason given for input of ``size`` bytes over ``options.max_size``."""
    return t("read-too-large", size=f"{size / 2**20:.1f}", limit=f"{options.max_size / 2**20:.0f}")


def read_bytes(data: bytes, path: str, options: ReadOptions | None = None) -> Document:
    """Read ``data`` as the content of the file ``path`` with the reader its format needs."""
    return read_owned([data], path, options or ReadOptions())


def read_owned(box: list[bytes], path: str, options: ReadOptions) -> Document:
    """:func:`read_bytes` of the bytes in the one-item list ``box``, which it empties, so
    that they are freed once decoded when the caller holds them nowhere else (readers
    with a ``read_owned`` of their own take them out of the box before they decode)."""
    shown = display_path(path)
    module_name, kind = FORMATS.get(extension(path), ("text", "text"))
    notes: list[str] = []
    if not box[0]:
        return Document("", source=shown, kind=kind)
    content = sniff(box[0])
    if content == "encrypted":
        raise ReadError(shown, t("read-encrypted"))
    if content == "zip":
        if module_name != "docx":
            raise ReadError(shown, t("read-zip-archive"))
        content = "docx"  # let the .docx reader say what is wrong with it
    expected = _EXPECTS.get(module_name, "text")
    mismatch = content != expected
    if mismatch:
        module_name, kind, what = _BY_CONTENT[content]
        notes.append(t("read-really", what=t(what)))
    module = importlib.import_module(f"fillcheck.readers.{module_name}")
    owned = getattr(module, "read_owned", None)
    try:
        document = owned(box, shown, options) if owned else module.read(box.pop(), shown, options)
    except ValueError as error:
        if mismatch and content == "text":  # neither what the extension says nor text
            reason = t("read-not-valid", ext=extension(path), error=error)
            raise ReadError(shown, reason) from None
        raise ReadError(shown, str(error)) from None
    except ReadError:
        raise
    except Exception as error:
        reason = t("read-cannot-read", error=type(error).__name__, detail=_first_line(error))
        raise ReadError(shown, reason) from None
    document.kind = kind
    document.notes[:0] = notes
    return document


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else t("read-no-details")
