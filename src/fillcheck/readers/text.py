"""Plain text: decode bytes with BOM, strict UTF-8, then detected Chinese encodings."""

from __future__ import annotations

import codecs

from ..document import Document

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


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode a text file, or raise ValueError with a one-line reason.

    The cascade is: a forced ``encoding``; a byte-order mark; strict UTF-8;
    chardet restricted to GB18030, Big5 and UTF-16. Anything else is an error
    rather than garbage findings.
    """
    if encoding:
        return _decode_as(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_as(data, name), name)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    name = _detect(data)
    if name is None:
        if b"\x00" in data:
            raise ValueError("binary file, not text")
        raise ValueError("cannot detect the text encoding (use --encoding to set it)")
    return _checked(_decode_as(data, name), name)


def _decode_as(data: bytes, name: str) -> str:
    try:
        codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        raise ValueError(f"cannot be decoded as {name} (byte {error.start})") from None


def _detect(data: bytes) -> str | None:
    import chardet  # imported only for files that are not UTF-8

    # "ascii" is our "nothing fit" sentinel: data that is not UTF-8 is never ASCII.
    result = chardet.detect(data, include_encodings=_DETECTABLE, no_match_encoding="ascii")
    name = (result.get("encoding") or "ascii").lower().replace("_", "-")
    if name == "ascii":
        return None
    name = _SUPERSETS.get(name, name)
    if name.startswith("utf-16") and b"\x00" not in data:
        return None
    return name


def _checked(text: str, name: str) -> str:
    """Reject text full of control characters: a binary file that happened to decode."""
    sample = text[:65536]
    bad = sum(1 for char in sample if char in _CONTROL)
    if bad and (bad > 8 or bad * 100 > len(sample)):
        raise ValueError(f"binary file, not text (decoded as {name})")
    return text


def read(data: bytes, path: str, options) -> Document:
    """Plain text is audited as it is."""
    return Document(decode(data, options.encoding), source=path, kind="text")
