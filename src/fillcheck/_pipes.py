"""Length-prefixed frames over pipes, between the check process and its workers."""

from __future__ import annotations

import os
import struct

_HEADER = struct.Struct("!Q")
PIPE_SIZE = 1 << 20  # bytes a worker can write without waiting for the parent to read


def widen(fd: int) -> None:
    """Let a pipe hold ``PIPE_SIZE`` bytes where the system allows (Linux): a worker then
    writes a file's result and goes on to the next without waiting for it to be read."""
    import fcntl

    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setsize is None:
        return
    try:
        fcntl.fcntl(fd, setsize, PIPE_SIZE)
    except OSError:  # over /proc/sys/fs/pipe-max-size: keep the default
        pass


def write_frame(fd: int, data: bytes) -> None:
    """Write ``data`` as one frame: its length, then the bytes."""
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int) -> bytes | None:
    """The next frame's bytes, or None at the end of the pipe."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return None
    return _read_exactly(fd, _HEADER.unpack(header)[0])
