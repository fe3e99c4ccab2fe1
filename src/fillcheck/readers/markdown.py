"""Markdown: decoded like text, with code blocks and code spans blanked out.

Blanking replaces every character of code with a space (newlines are kept),
so the audited text keeps the file's lines and columns while detectors never
see code, where `**`, `XX` and `____` mean something else.
"""

from __future__ import annotations

import re

from ..document import Document
from .text import decode, decode_plain

__all__ = ["blank_code", "decode", "read"]

# An inline code span: a backtick run, content, the same run (CommonMark).
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.S)
_NOT_SPACE = re.compile(r"[^\n]")


def _blank(match: re.Match[str]) -> str:
    return _NOT_SPACE.sub(" ", match.group())


def _block_lines(text: str) -> list[tuple[int, int]]:
    """0-based [start, end) line ranges of fenced and indented code blocks and HTML blocks."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    return [tuple(t.map) for t in tokens if t.type in ("fence", "code_block") and t.map]


def blank_code(text: str) -> str:
    """Return ``text`` with code blocks and code spans replaced by spaces."""
    if "`" not in text and "    " not in text and "\t" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    for start, end in _block_lines(text):
        for index in range(start, min(end, len(lines))):
            lines[index] = " " * len(lines[index])
    text = "\n".join(lines)
    if "`" in text:
        text = CODE_SPAN.sub(_blank, text)
    return text


def read(data: bytes, path: str, options) -> Document:
    """Decode like text, then blank out code so that only prose is audited."""
    return read_owned([data], path, options)


def read_owned(box: list[bytes], path: str, options) -> Document:
    """:func:`read` of the bytes in ``box``, which it empties: they are freed once decoded."""
    plain = decode_plain(box.pop(), options.encoding)
    return Document(blank_code(plain.text), source=path, kind="markdown", notes=plain.notes)
