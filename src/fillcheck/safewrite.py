"""Files fillcheck reads for itself and writes: regular files only, written atomically.

Reading (configuration files, baselines): the path is opened without
blocking and checked with ``fstat`` before a byte is read, so a FIFO never
blocks the run and ``/dev/zero`` is never read forever; the read is bounded.

Writing (``--write-baseline``, ``--output-file``): the new content goes to a
temporary file in the target's own directory, is flushed to disk, and then
renamed over the target, so the file appears complete or not at all. A
symbolic link is written through to the file it points to (the link stays),
and anything that is not a regular file (a device such as ``/dev/full``, a
FIFO, a directory) is refused, never replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile

from .messages import t

_KINDS = (  # (test, message key)
    (stat.S_ISDIR, "read-kind-directory"),
    (stat.S_ISFIFO, "read-kind-fifo"),
    (stat.S_ISSOCK, "read-kind-socket"),
    (stat.S_ISCHR, "read-kind-char-device"),
    (stat.S_ISBLK, "read-kind-block-device"),
)


class NotRegularFile(OSError):
    """A path that names something other than a regular file; str() is the reason."""

    def __init__(self, reason: str, *, directory: bool = False) -> None:
        super().__init__(reason)
        self.strerror = reason
        self.reason = reason
        self.directory = directory  # the path is a directory

    def __str__(self) -> str:
        return self.reason


def not_regular(mode: int) -> str | None:
    """Why a file with ``mode`` is not a regular file (``is a FIFO (named pipe)``), or None."""
    if stat.S_ISREG(mode):
        return None
    for test, key in _KINDS:
        if test(mode):
            return t("read-not-regular", kind=t(key))
    return t("read-not-regular-file")


def regular_opener(path: str, flags: int) -> int:
    """An ``opener`` for :func:`open` that opens regular files only (see open_regular)."""
    del flags  # read-only, whatever mode open() asks for
    return open_regular(path)


def open_regular(path: str) -> int:
    """A read-only descriptor for the regular file ``path``; NotRegularFile or OSError.

    The path is checked with ``stat`` first (a socket cannot be opened at all),
    then opened with ``O_NONBLOCK``, so a FIFO swapped in meanwhile returns at
    once instead of waiting for a writer, and checked again on the descriptor.
    """
    mode = os.stat(path).st_mode
    reason = not_regular(mode)  # a socket cannot even be opened
    if reason is not None:
        raise NotRegularFile(reason, directory=stat.S_ISDIR(mode))
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        reason = not_regular(mode)
    except OSError:
        os.close(descriptor)
        raise
    if reason is not None:
        os.close(descriptor)
        raise NotRegularFile(reason, directory=stat.S_ISDIR(mode))
    return descriptor


def read_regular(path: str, limit: int) -> bytes:
    """The bytes of the regular file ``path``; ValueError past ``limit`` bytes.

    NotRegularFile (an OSError) for a FIFO, device, socket or directory.
    """
    with open(path, "rb", opener=regular_opener) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(t("read-over-limit", limit=limit // 2**20))
    return data


def write_target(path: str) -> str:
    """The file a write to ``path`` replaces: the end of its symlinks, checked.

    NotRegularFile when that is not a regular file; OSError when a link is
    broken into a directory that does not exist.
    """
    target = os.path.realpath(path)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target  # a new file (or a dangling link's target)
    reason = not_regular(mode)
    if reason is not None:
        raise NotRegularFile(reason, directory=stat.S_ISDIR(mode))
    return target


def write_atomic(path: str, text: str, *, encoding: str = "utf-8") -> None:
    """Replace the regular file ``path`` (or create it) with ``text``, atomically.

    The permissions of the file replaced are kept (else the umask's default).
    NotRegularFile or OSError propagate; no temporary file is left behind.
    """
    write_atomic_bytes(path, text.encode(encoding))


def write_atomic_bytes(path: str, data: bytes) -> None:
    """:func:`write_atomic` for bytes already encoded (a fixed file keeps its encoding)."""
    target = write_target(path)
    directory = os.path.dirname(target) or "."
    mode = _mode(target)
    handle, temporary = tempfile.mkstemp(prefix=".fillcheck-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):  # the rename itself survives a crash once this is done
        directory_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(directory_fd)
        finally:
            os.close(directory_fd)


def _mode(path: str) -> int:
    """The permissions to give: those ``path`` has, else the umask's default."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)  # reading the umask means setting it; put it straight back
        os.umask(umask)
        return 0o666 & ~umask
