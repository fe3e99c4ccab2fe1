"""HTML: one self-contained page showing each document with its findings marked in place.

``fillcheck check --format html -o report.html PATHS`` writes a single file
with its stylesheet and script inline and nothing fetched from anywhere (a
Content-Security-Policy forbids it, and lets only the page's own script run).
Each document's audited text is shown line by line, every finding a
``<mark>`` coloured by category, its rule, name and message on hover and in a
panel on click; a summary at the top counts findings by file, category,
severity and rule, with filters and a list of every finding; ``j``/``n`` and
``k``/``p`` move to the next and previous finding.

The text is cut into chunks of lines that the page inserts as they scroll
into view, so a report with tens of thousands of findings opens at once. A
finding that crosses a line end or another finding is drawn in pieces: the
first piece carries ``id="fN"``, the others the class ``cont``, so there is
exactly one ``mark:not(.cont)`` per finding. Every piece of document text is
escaped here; the data block escapes ``<``, ``>`` and ``&`` as JSON ``\\u``
escapes, so a document holding ``</script>`` is shown, never run.
"""

from __future__ import annotations

import html
import re
from typing import TextIO

from ..document import Document
from ..finding import Finding
from . import Formatter
from ._html_page import page

CHUNK_LINES = 200  # a chunk ends after this many lines...
CHUNK_CHARS = 20_000  # ...or once it holds this many characters
EAGER_CHARS = 2_000_000  # reports up to this size are rendered whole, in the background

# The interface text, one table per language (the messages themselves come translated).
UI = {
    "en": {
        "title": "fillcheck report",
        "files": "Files",
        "file": "File",
        "findings": "Findings",
        "category": "Category",
        "severity": "Severity",
        "rule": "Rule",
        "by_category": "By category",
        "by_severity": "By severity",
        "by_rule": "By rule",
        "list": "All findings in this file",
        "none": "No findings.",
        "previous": "Previous",
        "next": "Next",
        "keys": "j / n: next finding · k / p: previous · click a mark for details",
        "suggestion": "Suggestion",
        "close": "Close",
        "categories": {
            "placeholder": "Unfilled placeholder",
            "paywall": "Paywall or scrape residue",
            "count": "Contradictory count",
            "redaction": "Redaction trace",
            "format": "Format slip",
        },
        "severities": {"error": "Error", "warning": "Warning", "info": "Info"},
    },
    "zh": {
        "title": "fillcheck 检查报告",
        "files": "文件",
        "file": "文件",
        "findings": "问题",
        "category": "类别",
        "severity": "级别",
        "rule": "规则",
        "by_category": "按类别",
        "by_severity": "按级别",
        "by_rule": "按规则",
        "list": "本文件的全部问题",
        "none": "未发现问题。",
        "previous": "上一个",
        "next": "下一个",
        "keys": "j / n：下一个问题 · k / p：上一个 · 点击标记查看详情",
        "suggestion": "建议",
        "close": "关闭",
        "categories": {
            "placeholder": "占位符未填写",
            "paywall": "付费墙或抓取残留",
            "count": "数量前后矛盾",
            "redaction": "脱敏痕迹",
            "format": "格式问题",
        },
        "severities": {"error": "错误", "warning": "警告", "info": "提示"},
    },
}

_CLASS_SAFE = re.compile(r"[^a-z0-9_-]")


def _cls(value: str) -> str:
    return _CLASS_SAFE.sub("", value.lower())


class HtmlFormatter(Formatter):
    """Collects every document and its findings, and writes the page at the end."""

    needs_text = True

    def __init__(self, stream: TextIO, *, column_unit: str = "char", lang: str = "en") -> None:
        super().__init__(stream, column_unit=column_unit)
        self.lang = lang if lang in UI else "en"
        self._files: list[dict[str, object]] = []
        self._findings: list[list[object]] = []
        self._chars = 0

    def add(self, findings: list[Finding], doc: Document) -> None:
        """Mark up one document's text and keep its findings for the summary."""
        first = len(self._findings)
        spans = [_span(doc, finding) for finding in findings]
        chunks, chunk_of = render_chunks(doc, findings, spans, first)
        for number, finding in enumerate(findings):
            self._findings.append(
                [
                    len(self._files),
                    chunk_of[number],
                    finding.rule,
                    finding.name,
                    finding.category,
                    finding.severity,
                    finding.message,
                    finding.line,
                    finding.column,
                    doc.part_at(spans[number][0]) if doc.parts else None,
                    finding.text,
                    finding.suggestion,
                ]
            )
        self._files.append(
            {
                "path": doc.source,
                "kind": doc.kind,
                "chunks": chunks,
                "first": first,
                "count": len(findings),
            }
        )
        self._chars += len(doc.text)

    def end(self) -> None:
        """Write the whole page."""
        eager = self._chars <= EAGER_CHARS
        self.stream.write(page(self._files, self._findings, self.lang, UI[self.lang], eager))


FORMATTER = HtmlFormatter


def _span(doc: Document, finding: Finding) -> tuple[int, int]:
    """A finding's character offsets in ``doc.text``, clamped to the text."""
    size = len(doc.text)
    lines = len(doc.line_starts)

    def offset(line: int, column: int) -> int:
        if line > lines:
            return size
        return min(size, doc.offset(line, column))

    start = offset(finding.line, finding.column)
    return start, max(start, offset(finding.end_line, finding.end_column))


def render_chunks(
    doc: Document, findings: list[Finding], spans: list[tuple[int, int]], first: int
) -> tuple[list[str], list[int]]:
    """The document's lines as HTML fragments of a few hundred lines each, and the chunk
    that holds the start of each finding."""
    starts = doc.line_starts
    text = doc.text
    by_line: dict[int, list[int]] = {}
    for number, (start, end) in enumerate(spans):
        first_line = doc.position(start)[0] - 1
        last_line = doc.position(max(start, end - 1))[0] - 1 if end > start else first_line
        for line in range(first_line, last_line + 1):
            by_line.setdefault(line, []).append(number)
    drawer = _Marks(findings, spans, first)
    chunks: list[str] = []
    chunk_of = [0] * len(findings)
    out: list[str] = []
    size = 0
    group = ""
    for index, line_start in enumerate(starts):
        line_end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
        if doc.parts:
            label = doc.part_at(line_start) or ""
            if _group(label) != group:
                group = _group(label)
                if group:
                    out.append(f'<div class="part">{html.escape(group)}</div>')
        else:
            label = ""
        marks = by_line.get(index, [])
        for number in marks:
            if spans[number][0] >= line_start and spans[number][0] <= line_end:
                chunk_of[number] = len(chunks)
        body = drawer.line(text, line_start, line_end, marks)
        gutter = f' title="{html.escape(label, quote=True)}"' if label else ""
        out.append(
            f'<div class="l"><span class="g"{gutter}>{index + 1}</span>'
            f'<span class="t">{body}</span></div>'
        )
        size += line_end - line_start + 1
        if (index + 1) % CHUNK_LINES == 0 or size >= CHUNK_CHARS:
            chunks.append("".join(out))
            out, size = [], 0
    if out or not chunks:
        chunks.append("".join(out))
    return chunks, chunk_of


def _group(label: str) -> str:
    """The coarse part a label belongs to (``body``, ``table 2``, ``header``, ``page 3``): a
    divider naming it is drawn where it changes. Source lines of an HTML file are not parts
    a reader looks for: they stay in the line numbers' tooltips."""
    head = label.split(", ")[0]
    return "" if head.startswith("html line ") else head


class _Marks:
    """Draws the marks of one document's findings into its lines."""

    def __init__(self, findings: list[Finding], spans: list[tuple[int, int]], first: int) -> None:
        self.spans = spans
        self.first = first
        self.titles = [html.escape(f"{f.rule} {f.name}: {f.message}", quote=True) for f in findings]
        self.classes = [f"c-{_cls(f.category)} s-{_cls(f.severity)}" for f in findings]

    def line(self, text: str, line_start: int, line_end: int, marks: list[int]) -> str:
        """One line, escaped, with a ``<mark>`` per finding piece (nested where findings
        nest; a finding that crosses another is closed and reopened as a ``cont`` piece)."""
        if not marks:
            return html.escape(text[line_start:line_end], quote=False)
        spans = self.spans
        clipped = {n: (max(spans[n][0], line_start), min(spans[n][1], line_end)) for n in marks}
        opening: dict[int, list[int]] = {}
        for n in sorted(marks, key=lambda n: (clipped[n][0], -clipped[n][1], n)):
            opening.setdefault(clipped[n][0], []).append(n)
        out: list[str] = []
        stack: list[int] = []
        opened: set[int] = set()
        position = line_start
        for point in sorted({p for pair in clipped.values() for p in pair}):
            out.append(html.escape(text[position:point], quote=False))
            position = point
            closing = {n for n in stack if clipped[n][1] == point}
            reopen: list[int] = []
            while closing:  # close down to the last one ending here, then reopen the rest
                top = stack.pop()
                out.append("</mark>")
                if top in closing:
                    closing.discard(top)
                else:
                    reopen.append(top)
            for n in [*reversed(reopen), *opening.get(point, ())]:
                first_piece = clipped[n][0] == spans[n][0] and n not in opened
                opened.add(n)
                out.append(self._open(n, first_piece))
                stack.append(n)
                if clipped[n][1] == point:  # an empty span: an empty mark
                    stack.pop()
                    out.append("</mark>")
        out.append(html.escape(text[position:line_end], quote=False))
        out.extend("</mark>" for _ in stack)
        return "".join(out)

    def _open(self, n: int, first_piece: bool) -> str:
        number = self.first + n
        if first_piece:
            return (
                f'<mark class="{self.classes[n]}" data-f="{number}" id="f{number}" '
                f'title="{self.titles[n]}">'
            )
        return f'<mark class="{self.classes[n]} cont" data-f="{number}" title="{self.titles[n]}">'
