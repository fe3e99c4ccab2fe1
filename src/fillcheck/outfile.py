"""Writing a report or a document copy to a file: atomically, and never over a non-file.

``check --output-file`` and ``annotate -o`` both go through :class:`OutputFile`:
the output is written to a temporary file in the target's directory and
renamed over the target only when complete, so a reader of the target sees the
old content or the new, never half of a report. A symlink is written through
to the file it points at (the link stays a link). A target that exists and is
not a regular file (a directory, a FIFO, a device) is refused before anything
is written: replacing ``/dev/stdout`` or a named pipe with a file is never
what was meant.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from typing import IO

from .messages import t


class OutputError(Exception):
    """The output cannot be written there; ``str()`` is a one-line reason naming the path."""


def resolve_target(path: str) -> str:
    """The file that writing to ``path`` replaces (symlinks followed); OutputError if unusable."""
    target = os.path.realpath(path)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise OutputError(_cannot(path, error.strerror)) from None
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputError(_cannot(path, t("output-not-regular", kind=_kind(mode))))
    directory = os.path.dirname(target) or "."
    if not os.path.isdir(directory):
        raise OutputError(_cannot(path, t("output-no-directory", path=directory)))
    return target


class OutputFile:
    """A temporary file next to ``path`` that :meth:`commit` renames over it.

    Created eagerly, so that a target that cannot be written is reported
    before any work is done. :meth:`discard` removes the temporary file.
    """

    def __init__(self, path: str, *, binary: bool = False) -> None:
        self.path = path
        self.target = resolve_target(path)
        directory = os.path.dirname(self.target) or "."
        try:
            fd, self._temp = tempfile.mkstemp(
                dir=directory, prefix=f".{os.path.basename(self.target)}.", suffix=".tmp"
            )
        except OSError as error:
            raise OutputError(_cannot(path, error.strerror)) from None
        raw = os.fdopen(fd, "wb")
        self.stream: IO = raw if binary else io.TextIOWrapper(raw, encoding="utf-8", newline="")

    def commit(self) -> None:
        """Flush, give the file the target's permissions (or the umask's), and rename it."""
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.chmod(self._temp, _mode_for(self.target))
            os.replace(self._temp, self.target)
        except OSError as error:
            self.discard()
            raise OutputError(_cannot(self.path, error.strerror)) from None

    def discard(self) -> None:
        """Close and remove the temporary file; the target is left as it was."""
        if not self.stream.closed:
            self.stream.close()
        try:
            os.unlink(self._temp)
        except FileNotFoundError:
            pass


def _kind(mode: int) -> str:
    for test, key in ((stat.S_ISDIR, "output-directory"), (stat.S_ISFIFO, "output-fifo"),
                      (stat.S_ISCHR, "output-device"), (stat.S_ISBLK, "output-device"),
                      (stat.S_ISSOCK, "output-socket")):  # fmt: skip
        if test(mode):
            return t(key)
    return t("output-special")


def _cannot(path: str, reason: object) -> str:
    """``path: cannot write the output: reason`` in the current language."""
    return t("output-cannot-write", path=path, reason=reason)


def _mode_for(target: str) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_bytes(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; OutputError with a one-line reason."""
    output = OutputFile(path, binary=True)
    try:
        output.stream.write(data)
    except OSError as error:
        output.discard()
        raise OutputError(_cannot(path, error.strerror)) from None
    output.commit()
