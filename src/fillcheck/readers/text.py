"""Plain text: decode bytes with BOM, strict UTF-8, then detected Chinese encodings."""

from __future__ import annotations

import codecs
import warnings
from typing import NamedTuple

from ..document import Document
from ..messages import t

# Legacy encodings we accept from detection; GBK and GB2312 decode as their superset GB18030.
_DETECTABLE = ("gb18030", "big5", "utf-16-le", "utf-16-be")
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5hkscs": "big5"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in a text document (tab, newlines, form feed excepted).
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}


class Decoded(str):
    """Decoded text (a str) that may carry ``notes``: what had to be repaired to decode it.

    Making one copies the text (a str subclass cannot share a str's characters):
    readers that only need the text and notes use :func:`decode_plain` instead.
    """

    notes: tuple[str, ...] = ()
    encoding: str = ""


class Plain(NamedTuple):
    """Decoded text as a plain str, with what had to be repaired and the encoding used."""

    text: str
    notes: tuple[str, ...]
    encoding: str


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a text file, or raise ValueError with a one-line reason.

    The cascade is: a forced ``encoding``; a byte-order mark; UTF-8; chardet
    restricted to GB18030, Big5 and UTF-16. A few bytes the chosen encoding
    cannot decode (a truncated character, a stray byte from another encoding)
    are replaced with U+FFFD and the result's ``notes`` say so: the rest of the
    file is still checked. Text that fits no encoding is an error rather than
    garbage findings.
    """
    return _wrap(decode_plain(data, encoding))


def decode_plain(data: bytes, encoding: str | None = None) -> Plain:
    """:func:`decode`, with the text as a plain str (not copied into a :class:`Decoded`)."""
    if encoding:
        return _decode_as(data, encoding, forced=True)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_as(data, name, forced=True), name)
    utf8 = _tolerant(data, "utf-8")
    if utf8 is not None:
        return _checked(utf8, "utf-8")
    name = _detect(data)
    if name is None:
        if b"\x00" in data:
            raise ValueError(t("read-binary"))
        raise ValueError(t("read-no-encoding"))
    return _checked(_decode_as(data, name), name)


def _wrap(plain: Plain) -> Decoded:
    """``plain`` as a :class:`Decoded` (a copy of its text)."""
    result = Decoded(plain.text)
    result.notes, result.encoding = plain.notes, plain.encoding
    return result


def _decode_as(data: bytes, name: str, *, forced: bool = False) -> Plain:
    """``data`` decoded as ``name``: with bad bytes replaced when forced or when few."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise ValueError(t("unknown-encoding", name=name)) from None
    text = _tolerant(data, name, limit=None if forced else _few(len(data)))
    if text is None:
        raise ValueError(t("read-undecodable", name=name))
    return text


_COUNT_UP_TO = 10_000  # counting stops here: a file that bad is told so, not counted


def _bad_bytes(data: bytes, name: str) -> int:
    """How many bytes of ``data`` cannot be decoded as ``name`` (up to _COUNT_UP_TO + 1)."""
    bad = 0
    decoder = codecs.getincrementaldecoder(name)()
    view = memoryview(data)
    start = 0
    while start < len(data):
        try:
            decoder.decode(view[start:], final=True)
            break
        except UnicodeDecodeError as error:
            bad += error.end - error.start
            start += error.end
            decoder.reset()
            if bad > _COUNT_UP_TO:
                break
    return bad


def _few(size: int) -> int:
    """How many undecodable bytes an automatic choice of encoding tolerates."""
    return max(8, size // 1000)


def _tolerant(data: bytes, name: str, limit: int | None = -1) -> Plain | None:
    """Decode as ``name``, replacing bad bytes with U+FFFD and noting it; None when the
    bad bytes are over ``limit`` (-1: at most a quarter as many as the characters
    outside ASCII that did decode, so text in another encoding is not taken for this
    one; None: no limit)."""
    try:
        return Plain(data.decode(name), (), name)
    except UnicodeDecodeError as error:
        first = error.start
    text = data.decode(name, "replace")
    bad = _bad_bytes(data, name)
    if limit == -1:
        decoded = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
        limit = decoded // 4
    if limit is not None and (bad > limit or bad > _COUNT_UP_TO):
        return None
    many = t("read-over-count", count=_COUNT_UP_TO) if bad > _COUNT_UP_TO else str(bad)
    key = "read-bad-bytes-one" if bad == 1 else "read-bad-bytes-many"
    return Plain(text, (t(key, count=many, name=name, first=first),), name)


def _detect(data: bytes) -> str | None:
    import chardet  # imported only for files that are not UTF-8

    # "ascii" is our "nothing fit" sentinel: data that is not UTF-8 is never ASCII.
    with warnings.catch_warnings():  # chardet warns on stderr when nothing fits
        warnings.simplefilter("ignore")
        result = chardet.detect(data, include_encodings=_DETECTABLE, no_match_encoding="ascii")
    name = (result.get("encoding") or "ascii").lower().replace("_", "-")
    if name == "ascii":
        return None
    name = _SUPERSETS.get(name, name)
    if name.startswith("utf-16") and b"\x00" not in data:
        return None
    return name


def _checked(plain: Plain, name: str) -> Plain:
    """Reject text full of control characters: a binary file that happened to decode."""
    sample = plain.text[:65536]
    bad = sum(1 for char in sample if char in _CONTROL)
    if bad and (bad > 8 or bad * 100 > len(sample)):
        raise ValueError(t("read-binary-as", name=name))
    return plain


def read(data: bytes, path: str, options) -> Document:
    """Plain text is audited as it is."""
    return read_owned([data], path, options)


def read_owned(box: list[bytes], path: str, options) -> Document:
    """:func:`read` of the bytes in ``box``, which it empties: the bytes are freed once
    decoded (when the caller holds no other reference), before the text is audited."""
    plain = decode_plain(box.pop(), options.encoding)
    return Document(plain.text, source=path, kind="text", notes=plain.notes)
