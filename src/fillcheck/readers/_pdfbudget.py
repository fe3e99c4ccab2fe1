"""Bounded stream decoding for pdfminer: a PDF cannot decompress into gigabytes.

pdfminer inflates a stream in one call (``zlib.decompress``), and its LZW and
run-length decoders build the whole output too, so a few megabytes of PDF can
decode to gigabytes. While a PDF is read, :func:`bounded` swaps those decoders
(inside ``pdfminer.pdftypes`` only) for ones that decode a megabyte at a time
and stop:

- when the decoded bytes of all the file's streams pass the budget, the
  ``--max-size`` limit (the same limit that bounds a .docx's content);
- when a stream over 1 MB expands more than 500:1 (a bomb of repeated bytes
  reaches 1000:1; real content streams stay far below; pictures, which can
  compress that well, are never decoded to read text).

A chain of references longer than 64 objects (a reference cycle, on which
pdfminer's ``resolve1`` would loop forever) stops the read too. The reader
then reports the file in one line. Damaged deflate data is still
decoded as far as it goes, as pdfminer does, but in linear time.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..messages import t

MAX_RATIO = 500
RATIO_MIN_SIZE = 1 << 20
_CHUNK = 1 << 16
_OUT = 1 << 20
_MB = 1 << 20


class StreamBomb(Exception):
    """Decoding stopped: ``reason`` is the one-line explanation for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Budget:
    """Decoded bytes left for one PDF, and the first reason decoding was stopped."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.left = limit
        self.stopped: str | None = None

    def spend(self, produced: int, total: int, consumed: int) -> None:
        """Count ``produced`` bytes; a stream has made ``total`` from ``consumed`` so far."""
        self.left -= produced
        if self.left < 0:
            self._stop(t("read-pdf-over-limit", limit=f"{self.limit / _MB:.0f}"))
        if total > RATIO_MIN_SIZE and total > MAX_RATIO * max(consumed, 1):
            packed, size = _size(consumed), _size(total)
            self._stop(t("read-pdf-stream-bomb", ratio=MAX_RATIO, packed=packed, size=size))

    def stop(self, reason: str) -> None:
        """Stop reading the PDF for ``reason`` (kept even if pdfminer swallows the error)."""
        self._stop(reason)

    def _stop(self, reason: str) -> None:
        if self.stopped is None:
            self.stopped = reason
        raise StreamBomb(reason)


def _size(count: int) -> str:
    return f"{count / _MB:.1f} MB" if count >= _MB else f"{count / 1024:.1f} KB"


def inflate(data: bytes, budget: Budget, *, tolerant: bool = False) -> bytes:
    """Deflate-decode ``data`` within ``budget``; zlib.error on damage unless ``tolerant``
    (then the bytes decoded before the damage)."""
    decoder = zlib.decompressobj()
    out: list[bytes] = []
    total = position = 0
    try:
        while not decoder.eof:
            pending = decoder.unconsumed_tail
            if not pending:
                if position >= len(data):
                    break
                pending = data[position : position + _CHUNK]
                position += len(pending)
            piece = decoder.decompress(pending, _OUT)
            total += len(piece)
            out.append(piece)
            budget.spend(len(piece), total, position - len(decoder.unconsumed_tail))
    except zlib.error:
        if not tolerant:
            raise
    if not decoder.eof and not tolerant:
        raise zlib.error("incomplete or truncated stream")
    return b"".join(out)


class _Zlib:
    """What ``pdfminer.pdftypes`` uses of ``zlib``, with ``decompress`` bounded."""

    error = zlib.error

    def __init__(self, budget: Budget) -> None:
        self._budget = budget

    def decompress(self, data: bytes, *args: Any) -> bytes:
        """Bounded ``zlib.decompress``."""
        return inflate(data, self._budget)

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _lzw(budget: Budget) -> Any:
    def lzwdecode(data: bytes) -> bytes:
        from io import BytesIO

        from pdfminer.lzw import LZWDecoder

        out: list[bytes] = []
        total = 0
        for piece in LZWDecoder(BytesIO(data)).run():
            total += len(piece)
            out.append(piece)
            budget.spend(len(piece), total, len(data))
        return b"".join(out)

    return lzwdecode


def _counted(decoder: Any, budget: Budget) -> Any:
    """A decoder whose output (at most 128 times its input) is counted after the fact."""

    def decode(data: bytes, *args: Any) -> bytes:
        result = decoder(data, *args)
        budget.spend(len(result), len(result), len(data))
        return result

    return decode


MAX_HOPS = 64  # a chain of references this long is a cycle (real files use one or two)


def _resolver(original: Any, budget: Budget) -> Any:
    """``PDFObjRef.resolve`` that follows a chain of references itself and stops a cycle
    (``6 0 R`` is ``7 0 R`` is ``6 0 R``), on which pdfminer's ``resolve1`` loops forever."""
    from pdfminer.pdftypes import PDFObjRef

    def resolve(self: Any, default: object = None) -> Any:
        value = original(self, default)
        for _ in range(MAX_HOPS):
            if not isinstance(value, PDFObjRef):
                return value
            value = original(value, default)
        budget.stop(t("read-pdf-cycle", number=self.objid))
        return default

    return resolve


@contextmanager
def bounded(limit: int) -> Iterator[Budget]:
    """Decode PDF streams within ``limit`` bytes, and stop reference cycles, for the
    duration of the block."""
    from pdfminer import pdftypes

    budget = Budget(limit)
    original_resolve = pdftypes.PDFObjRef.resolve
    saved = {name: getattr(pdftypes, name) for name in
             ("zlib", "decompress_corrupted", "lzwdecode", "rldecode")}  # fmt: skip
    pdftypes.zlib = _Zlib(budget)  # type: ignore[assignment]
    pdftypes.decompress_corrupted = lambda data: inflate(data, budget, tolerant=True)
    pdftypes.lzwdecode = _lzw(budget)
    pdftypes.rldecode = _counted(saved["rldecode"], budget)
    pdftypes.PDFObjRef.resolve = _resolver(original_resolve, budget)  # type: ignore[method-assign]
    try:
        yield budget
    finally:
        for name, value in saved.items():
            setattr(pdftypes, name, value)
        pdftypes.PDFObjRef.resolve = original_resolve  # type: ignore[method-assign]
