"""Readers turn a file into a Document: one module per input format, imported on demand."""

from __future__ import annotations

import importlib
import os

from ..document import Document

# extension -> (module in fillcheck.readers, document kind)
FORMATS = {
    ".txt": ("text", "text"),
    ".text": ("text", "text"),
    ".md": ("markdown", "markdown"),
    ".markdown": ("markdown", "markdown"),
}


class ReadError(Exception):
    """A file that cannot be audited; the message is one line naming the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def is_supported(path: str) -> bool:
    """True when ``path`` has an extension fillcheck knows how to read."""
    return os.path.splitext(path)[1].lower() in FORMATS


def kind_of(path: str) -> str:
    """The document kind for ``path`` (``text`` for unknown extensions)."""
    return FORMATS.get(os.path.splitext(path)[1].lower(), ("text", "text"))[1]


def read_path(path: str, *, encoding: str | None = None) -> Document:
    """Read the file at ``path`` into a Document; raise ReadError with a one-line reason."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise ReadError(path, "is a directory") from None
    except FileNotFoundError:
        reason = "broken symbolic link" if os.path.islink(path) else "no such file"
        raise ReadError(path, reason) from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as error:
        raise ReadError(path, error.strerror or str(error)) from None
    return read_bytes(data, path, encoding=encoding)


def read_bytes(data: bytes, path: str, *, encoding: str | None = None) -> Document:
    """Decode ``data`` as the file ``path`` and apply its format's reader."""
    module_name, kind = FORMATS.get(os.path.splitext(path)[1].lower(), ("text", "text"))
    module = importlib.import_module(f"fillcheck.readers.{module_name}")
    try:
        text = module.decode(data, encoding)
    except ValueError as error:
        raise ReadError(path, str(error)) from None
    return Document(module.prepare(text), source=path, kind=kind)
