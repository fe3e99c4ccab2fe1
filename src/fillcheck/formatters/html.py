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

import base64
import hashlib
import html
import json
import re
from collections import Counter
from typing import TextIO

from ..document import Document
from ..finding import Category, Finding, Severity
from . import TOOL_NAME, Formatter
from ._html_assets import CATEGORY_COLOURS, CSS, FILTER_CSS, JS, SEVERITY_FILTER_CSS

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
                "chars": len(doc.text),
            }
        )

    def end(self) -> None:
        """Write the whole page."""
        self.stream.write(page(self._files, self._findings, self.lang))


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
    titles = [html.escape(f"{f.rule} {f.name}: {f.message}", quote=True) for f in findings]
    classes = [f"c-{_cls(f.category)} s-{_cls(f.severity)}" for f in findings]
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
                out.append(f'<div class="part">{html.escape(label)}</div>')
        else:
            label = ""
        marks = by_line.get(index, ())
        for number in marks:
            if spans[number][0] >= line_start and spans[number][0] <= line_end:
                chunk_of[number] = len(chunks)
        body = _line_html(text, line_start, line_end, marks, spans, first, classes, titles)
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
    """The coarse part a label belongs to: a divider is drawn where it changes."""
    head = label.split(", ")[0]
    return "body" if head == "body" else head


def _line_html(
    text: str,
    line_start: int,
    line_end: int,
    marks,
    spans,
    first: int,
    classes: list[str],
    titles: list[str],
) -> str:
    """One line, escaped, with a ``<mark>`` per finding piece (nested where findings nest)."""
    if not marks:
        return html.escape(text[line_start:line_end], quote=False)
    clipped = {n: (max(spans[n][0], line_start), min(spans[n][1], line_end)) for n in marks}
    opening: dict[int, list[int]] = {}
    for n in sorted(marks, key=lambda n: (clipped[n][0], -clipped[n][1], n)):
        opening.setdefault(clipped[n][0], []).append(n)
    points = sorted({p for pair in clipped.values() for p in pair})
    out: list[str] = []
    stack: list[int] = []

    def open_mark(n: int) -> None:
        cont = clipped[n][0] != spans[n][0] or n in opened
        opened.add(n)
        ident = "" if cont else f' id="f{first + n}"'
        out.append(
            f'<mark class="{classes[n]}{" cont" if cont else ""}" data-f="{first + n}"'
            f'{ident} title="{titles[n]}">'
        )
        stack.append(n)

    opened: set[int] = set()
    position = line_start
    for point in points:
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
        for n in reversed(reopen):
            open_mark(n)
        for n in opening.get(point, ()):
            open_mark(n)
            if clipped[n][1] == point:  # an empty span: an empty mark
                stack.pop()
                out.append("</mark>")
    out.append(html.escape(text[position:line_end], quote=False))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def page(files: list[dict[str, object]], findings: list[list[object]], lang: str) -> str:
    """The complete HTML document."""
    ui = UI.get(lang, UI["en"])
    total_chars = sum(int(file["chars"]) for file in files)  # type: ignore[call-overload]
    data = {
        "ui": {key: ui[key] for key in ("categories", "severities", "suggestion", "close")},
        "eager": total_chars <= EAGER_CHARS,
        "files": [
            {key: file[key] for key in ("path", "chunks", "first", "count")} for file in files
        ],
        "findings": findings,
    }
    script = JS
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    style = (
        CSS
        + "".join(
            FILTER_CSS.format(cat=cat, colour=colour) for cat, colour in CATEGORY_COLOURS.items()
        )
        + "".join(SEVERITY_FILTER_CSS.format(sev=s.value) for s in Severity)
    )
    return "".join(
        [
            f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n'
            '<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="{TOOL_NAME}">\n'
            f"<title>{html.escape(ui['title'])}</title>\n<style>{style}</style>\n</head>\n<body>\n",
            _toolbar(ui, len(findings)),
            "<main>\n",
            _summary(files, findings, ui),
            _sections(files),
            "</main>\n",
            '<aside id="fc-detail" hidden></aside>\n',
            f'<script type="application/json" id="fc-data">{_json(data)}</script>\n',
            f"<script>{script}</script>\n</body>\n</html>\n",
        ]
    )


def _json(value: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _toolbar(ui: dict, total: int) -> str:
    return (
        f'<header class="top"><h1>{html.escape(ui["title"])}</h1>'
        f'<span class="nav"><button id="fc-prev" type="button">{html.escape(ui["previous"])}'
        f'</button> <span id="fc-pos">0 / {total}</span> <button id="fc-next" type="button">'
        f"{html.escape(ui['next'])}</button></span>"
        f'<span class="keys">{html.escape(ui["keys"])}</span></header>\n'
    )


def _summary(files: list[dict], findings: list[list], ui: dict) -> str:
    by_cat = Counter(str(f[4]) for f in findings)
    by_sev = Counter(str(f[5]) for f in findings)
    by_rule: dict[tuple[str, str], list[int]] = {}
    for number, f in enumerate(findings):
        by_rule.setdefault((str(f[2]), str(f[3])), []).append(number)
    esc = html.escape
    out = [
        f"<h2>{esc(ui['files'])} <small>{len(files)} · {esc(ui['findings'])} "
        f'{len(findings)}</small></h2>\n<div class="summary">'
    ]
    rows = "".join(
        f'<tr><td><label><input type="checkbox" checked data-hide="hide-c-{cat.value}"> '
        f'<span class="swatch c-{cat.value}"></span>{esc(ui["categories"][cat.value])}</label>'
        f'</td><td class="n">{by_cat.get(cat.value, 0)}</td></tr>'
        for cat in Category
    )
    out.append(
        f'<table class="sum" id="fc-categories"><tr><th>{esc(ui["by_category"])}</th>'
        f"<th>{esc(ui['findings'])}</th></tr>{rows}</table>"
    )
    rows = "".join(
        f'<tr><td><label><input type="checkbox" checked data-hide="hide-s-{sev.value}"> '
        f'{esc(ui["severities"][sev.value])}</label></td><td class="n">{by_sev.get(sev.value, 0)}'
        f"</td></tr>"
        for sev in reversed(Severity)
    )
    out.append(
        f'<table class="sum" id="fc-severities"><tr><th>{esc(ui["by_severity"])}</th>'
        f"<th>{esc(ui['findings'])}</th></tr>{rows}</table>"
    )
    ranked = sorted(by_rule.items(), key=lambda item: (-len(item[1]), item[0]))
    rows = "".join(
        f'<tr><td><a href="#f{numbers[0]}" data-goto="{numbers[0]}"><code>{esc(rule)}</code></a>'
        f'</td><td>{esc(name)}</td><td class="n">{len(numbers)}</td></tr>'
        for (rule, name), numbers in ranked
    )
    out.append(
        f'<table class="sum" id="fc-rules"><tr><th colspan="2">{esc(ui["by_rule"])}</th>'
        f"<th>{esc(ui['findings'])}</th></tr>{rows}</table></div>\n"
    )
    out.append(_files_table(files, ui))
    return "".join(out)


def _files_table(files: list[dict], ui: dict) -> str:
    esc = html.escape
    rows = []
    for index, file in enumerate(files):
        listing = (
            (
                f'<details class="list" data-file="{index}"><summary>{esc(ui["list"])}'
                "</summary><ol></ol></details>"
            )
            if file["count"]
            else (f'<span class="none">{esc(ui["none"])}</span>')
        )
        rows.append(
            f'<tr><td><a href="#d{index}">{esc(str(file["path"]))}</a></td>'
            f'<td class="n">{file["count"]}</td><td>{listing}</td></tr>'
        )
    return (
        f'<table class="sum" id="fc-files"><tr><th>{esc(ui["file"])}</th>'
        f"<th>{esc(ui['findings'])}</th><th></th></tr>{''.join(rows)}</table>\n"
    )


def _sections(files: list[dict]) -> str:
    out = []
    for index, file in enumerate(files):
        path, kind = html.escape(str(file["path"])), html.escape(str(file["kind"]))
        out.append(
            f'<section class="doc" id="d{index}"><h2>{path} <small>{kind} · '
            f'{file["count"]}</small></h2><div class="text">'
        )
        for number, chunk in enumerate(file["chunks"]):
            height = max(1.6, 1.6 * chunk.count('<div class="l">'))  # text has no raw "<"
            out.append(
                f'<div class="chunk" id="c{index}-{number}" data-file="{index}" '
                f'data-chunk="{number}" style="min-height:{height:.1f}em"></div>'
            )
        out.append("</div></section>\n")
    return "".join(out)
