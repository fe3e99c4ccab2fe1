"""The page around the marked-up text of the HTML report: head, summary, sections, data.

See :mod:`.html` for what the report shows and :mod:`._html_assets` for its
stylesheet and script. Everything taken from documents or findings is escaped
here or travels in the JSON data block with ``<``, ``>`` and ``&`` escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter

from ..finding import Category, Severity
from . import TOOL_NAME
from ._html_assets import CATEGORY_COLOURS, CSS, FILTER_CSS, JS, SEVERITY_FILTER_CSS


def page(
    files: list[dict[str, object]], findings: list[list[object]], lang: str, ui: dict, eager: bool
) -> str:
    """The complete HTML document; ``eager``: render all the text in the background."""
    data = {
        "ui": {key: ui[key] for key in ("categories", "severities", "suggestion", "close")},
        "eager": eager,
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
