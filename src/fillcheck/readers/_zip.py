"""Open a zip container (.docx and friends) safely, in memory, before any library sees it.

No extraction library guards against zip bombs, so the archive is checked
before any library sees it. First its directory:

- the number of entries (a directory of millions of entries is itself a bomb);
- the sum of the entries' declared uncompressed sizes, against ``ReadOptions.max_size``.

Then every entry, whatever its name, is streamed through the decompressor a
megabyte at a time and its real size counted, so nothing rests on what the
directory declares:

- the real sizes together must stay under ``max_size``;
- an entry over 1 MB that expands more than 500:1 is refused unless it is a
  picture: real Office XML stays under about 300:1 (a blank 3000 x 40 table
  measured 259:1), while a bomb of repeated bytes reaches 1000:1; a blank
  bitmap compresses that well too, and no reader parses it;
- an entry that is damaged, or whose content does not match its declared
  size and checksum, makes the archive corrupt.
Nothing is ever written to disk: entries with absolute paths or ``..`` in
their names are harmless here.
"""

from __future__ import annotations

import zipfile
import zlib
from io import BytesIO

from ..messages import t

MAX_ENTRIES = 10_000
MAX_RATIO = 500
RATIO_MIN_SIZE = 1 << 20  # small entries may compress as well as they like
# Pictures: their compression ratio is not checked (no reader parses them).
PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg",
            ".ico", ".webp", ".wdp", ".jfif")  # fmt: skip
_CHUNK = 1 << 20
_CENTRAL_HEADER = b"PK\x01\x02"
_MB = 1 << 20


class ZipContent:
    """An opened, checked archive: read entries by name, in memory."""

    def __init__(self, archive: zipfile.ZipFile, what: str) -> None:
        self.archive = archive
        self.what = what

    def close(self) -> None:
        """Let go of the archive (the bytes belong to the caller)."""
        self.archive.close()

    def names(self) -> list[str]:
        """The entry names, in archive order."""
        return self.archive.namelist()

    def has(self, name: str) -> bool:
        """True when the archive holds an entry called ``name``."""
        try:
            self.archive.getinfo(name)
        except KeyError:
            return False
        return True

    def read(self, name: str) -> bytes:
        """The decompressed bytes of entry ``name``; ValueError if it is damaged."""
        try:
            return self.archive.read(name)
        except KeyError:
            raise ValueError(t("read-zip-missing", what=self.what, name=name)) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise ValueError(corrupt(self.what, f"{name}: {error}")) from None


def corrupt(what: str, detail: str = "") -> str:
    """The reason given for an archive that cannot be read."""
    if detail:
        return t("read-zip-corrupt-detail", what=what, detail=detail)
    return t("read-zip-corrupt", what=what)


def open_zip(data: bytes, max_size: int, what: str = ".docx") -> ZipContent:
    """Open ``data`` as a zip archive after checking it is safe to decompress.

    ``what`` names the format in messages (``.docx``). Raises ValueError with
    a one-line reason for a damaged archive, an encrypted entry or a zip bomb.
    """
    if data.count(_CENTRAL_HEADER) > MAX_ENTRIES:
        raise ValueError(t("read-zip-over-entries", what=what, count=MAX_ENTRIES))
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise ValueError(corrupt(what)) from None
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise ValueError(t("read-zip-entries", what=what, count=len(entries)))
    total = sum(entry.file_size for entry in entries)
    if total > max_size:
        size, limit = f"{total / _MB:.1f}", f"{max_size / _MB:.0f}"
        raise ValueError(t("read-zip-total", size=size, limit=limit))
    for entry in entries:
        _check_entry(entry, what)
    budget = max_size
    for entry in entries:
        budget -= _inflated(archive, entry, budget, what)
    return ZipContent(archive, what)


def _check_entry(entry: zipfile.ZipInfo, what: str) -> None:
    """Refuse an encrypted entry, and a bomb its declared sizes already give away."""
    if entry.flag_bits & 0x1:
        raise ValueError(t("read-zip-entry-encrypted", name=entry.filename))
    size = entry.file_size
    if entry.filename.lower().endswith(PICTURES):
        return
    if size > RATIO_MIN_SIZE and size > MAX_RATIO * max(entry.compress_size, 1):
        ratio = size / max(entry.compress_size, 1)
        raise ValueError(t(
            "read-zip-ratio", what=what, name=entry.filename, ratio=f"{ratio:.0f}",
            packed=f"{entry.compress_size / _MB:.1f}", size=f"{size / _MB:.1f}",
        ))  # fmt: skip


def _inflated(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, budget: int, what: str) -> int:
    """The real uncompressed size of ``entry``, streamed; ValueError past ``budget`` bytes,
    for a bomb, or for a damaged entry."""
    size = 0
    limit = None
    if not entry.filename.lower().endswith(PICTURES):
        limit = max(RATIO_MIN_SIZE, MAX_RATIO * max(entry.compress_size, 1))
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > budget:
                    limit_mb = f"{budget / _MB:.0f}"
                    raise ValueError(t("read-zip-budget", limit=limit_mb, name=entry.filename))
                if limit is not None and size > limit:
                    raise ValueError(t(
                        "read-zip-ratio-over", what=what, name=entry.filename, ratio=MAX_RATIO,
                        packed=f"{entry.compress_size / _MB:.1f}", size=f"{size / _MB:.1f}",
                    ))  # fmt: skip
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as error:
        if limit is None:  # a damaged picture: no reader needs it
            return size
        raise ValueError(corrupt(what, f"{entry.filename}: {error}")) from None
    return size
