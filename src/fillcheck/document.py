"""Document: the audited text plus the mapping from character offsets to lines and columns."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TypeVar

T = TypeVar("T")


class Document:
    """The text that detectors see, where it came from, and how to position a span.

    Lines are split on ``\\n`` only: ``str.splitlines`` also splits on U+2028,
    ``\\x1c`` and friends, and editors would then disagree with our line numbers.
    A leading BOM is removed so that it does not count as a column.

    ``parts`` anchors extracted text to where a reader of the original file
    finds it: sorted ``(offset, label)`` pairs such as ``(0, "body, paragraph 1")``
    or ``(5120, "page 3")``; the label of the last pair at or before an offset
    applies. Plain text has no parts. ``notes`` are problems with the file that
    did not stop it being checked (a .docx that is really text, say); they are
    reported as errors next to the findings.
    """

    __slots__ = ("_line_starts", "_memo", "_part_starts", "kind", "notes", "parts", "source",
                 "style", "text")  # fmt: skip

    def __init__(
        self,
        text: str,
        source: str = "<text>",
        kind: str = "text",
        *,
        parts: Sequence[tuple[int, str]] = (),
        notes: Sequence[str] = (),
        style: str = "auto",
    ) -> None:
        if text.startswith("\ufeff"):
            text = text[1:]
            parts = [(max(0, offset - 1), label) for offset, label in parts]
        self.text = text
        self.source = source
        self.kind = kind
        self.parts = list(parts)
        self.notes = list(notes)
        self.style = style  # "auto", "official" or "plain": which format norms apply
        self._part_starts = [offset for offset, _ in self.parts]
        self._line_starts: list[int] | None = None
        self._memo: dict[str, object] = {}

    def __reduce__(self) -> tuple[Callable[..., Document], tuple[object, ...]]:
        """Pickle the text, source, kind, parts, notes and style (not what is cached from
        them): a worker process sends the Document it read back to the one that prints it."""
        fields = (self.text, self.source, self.kind, self.parts, self.notes, self.style)
        return _rebuild, fields

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a value once per document and keep it with the document.

        Rules of one family that need the same pass over the text (the FC2
        anchor scan, say) share it through here instead of a module-level
        cache, so nothing outlives the document and rules stay independent.
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def memo_keys(self) -> tuple[str, ...]:
        """The keys of the values :meth:`memo` holds now."""
        return tuple(self._memo)

    def forget(self, *keep: str) -> None:
        """Drop the values :meth:`memo` computed, but those under the keys in ``keep``.

        The engine calls it when it moves on to the next family of rules and once
        every rule has run: what a family's rules share (anchor positions, count
        indexes) can take as much memory as the text. A value forgotten and asked
        for again is computed again.
        """
        self._memo = {key: value for key, value in self._memo.items() if key in keep}

    @property
    def line_starts(self) -> list[int]:
        """Offsets at which each line begins; built on first use only."""
        if self._line_starts is None:
            lengths = (len(line) + 1 for line in self.text.split("\n"))
            self._line_starts = [0, *accumulate(lengths)][:-1]
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a character offset."""
        starts = self.line_starts
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        """Return the character offset of a 1-based (line, column)."""
        return self.line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line``, without its newline."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[start:end]

    def part_at(self, offset: int) -> str | None:
        """The label of the part of the original file that holds ``offset``, if any."""
        index = bisect_right(self._part_starts, offset) - 1
        return self.parts[index][1] if index >= 0 else None


def _rebuild(
    text: str, source: str, kind: str, parts: list, notes: list, style: str = "auto"
) -> Document:
    """A pickled Document, as it was (its text is not stripped of a BOM a second time)."""
    doc = Document("", source, kind, parts=parts, notes=notes, style=style)
    doc.text = text
    return doc
