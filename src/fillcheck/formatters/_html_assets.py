"""The stylesheet and script inlined into every HTML report (see :mod:`.html`).

Kept apart from the formatter so that the Python reads as Python. The script
reads the report's data from ``<script type="application/json" id="fc-data">``:
``files[i].chunks`` are HTML fragments the formatter escaped and marked up,
inserted when they scroll into view (or in the background for small reports);
``findings[k]`` is ``[file, chunk, rule, name, category, severity, message,
line, column, part, text, suggestion]``; ``ui`` holds the interface strings.
"""

CATEGORY_COLOURS = {
    "placeholder": "#ffe066",
    "paywall": "#ffa8a8",
    "count": "#a5d8ff",
    "redaction": "#d0bfff",
    "format": "#b2f2bb",
}

CSS = """
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --panel: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB",
  "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; }
header.top { position: sticky; top: 0; z-index: 5; background: var(--panel);
  border-bottom: 1px solid var(--line); padding: 8px 16px; display: flex; gap: 16px;
  align-items: center; flex-wrap: wrap; }
header.top h1 { font-size: 17px; margin: 0; }
header.top .nav button { font: inherit; padding: 2px 10px; }
header.top .keys { color: var(--muted); font-size: 13px; }
main { padding: 0 16px 160px; max-width: 1100px; margin: 0 auto; }
h2 { font-size: 16px; margin: 20px 0 8px; }
h2 small { color: var(--muted); font-weight: normal; }
table.sum { border-collapse: collapse; margin: 4px 0 12px; }
table.sum td, table.sum th { border: 1px solid var(--line); padding: 2px 8px; text-align: left;
  vertical-align: top; }
table.sum td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px;
  vertical-align: -1px; margin-right: 4px; }
details.list { margin: 2px 0 8px; }
details.list ol { margin: 4px 0; padding-left: 28px; max-height: 320px; overflow: auto; }
details.list li { margin: 1px 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
section.doc { margin-top: 24px; border-top: 2px solid var(--line); }
.text { font-size: 15px; }
.chunk { min-height: 1.6em; }
.l { display: flex; min-height: 1.6em; }
.l .g { flex: 0 0 4.5em; color: var(--muted); text-align: right; padding-right: 10px;
  user-select: none; font-size: 12px; line-height: 2.0; font-variant-numeric: tabular-nums; }
.l .t { flex: 1; white-space: pre-wrap; overflow-wrap: anywhere; }
.part { margin: 10px 0 4px 4.5em; padding: 1px 8px; font-size: 12px; color: var(--muted);
  border-left: 3px solid var(--line); background: var(--panel); }
mark { color: inherit; cursor: pointer; border-radius: 2px; padding: 1px 0;
  border-bottom: 2px solid transparent; }
mark mark { padding: 0 1px; box-shadow: 0 0 0 1px rgba(0,0,0,.35) inset; }
mark:empty { display: inline-block; width: 6px; height: 1.1em; vertical-align: -2px; }
mark.s-error { border-bottom-color: #cf222e; }
mark.s-warning { border-bottom: 2px dashed #bc4c00; }
mark.s-info { border-bottom: 2px dotted #59636e; }
mark.current { outline: 2px solid #0969da; outline-offset: 1px; }
#fc-detail { position: fixed; left: 0; right: 0; bottom: 0; z-index: 6; background: #fff;
  border-top: 2px solid #0969da; padding: 8px 16px 12px; box-shadow: 0 -4px 12px rgba(0,0,0,.1); }
#fc-detail[hidden] { display: none; }
#fc-detail .head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
#fc-detail .where { color: var(--muted); font-size: 13px; }
#fc-detail .msg { margin: 4px 0 0; font-size: 15px; }
#fc-detail .sug { margin: 2px 0 0; color: var(--muted); }
#fc-detail .close { margin-left: auto; }
.tag { font-size: 12px; padding: 0 6px; border-radius: 8px; border: 1px solid var(--line); }
.none { color: var(--muted); }
"""

# Per category and severity: the mark colour, and what a filter hides.
FILTER_CSS = """
mark.c-{cat} {{ background: {colour}; }}
.swatch.c-{cat} {{ background: {colour}; }}
body.hide-c-{cat} mark.c-{cat} {{ background: transparent; border-bottom-color: transparent;
  box-shadow: none; cursor: auto; }}
body.hide-c-{cat} li.c-{cat} {{ display: none; }}
"""
SEVERITY_FILTER_CSS = """
body.hide-s-{sev} mark.s-{sev} {{ background: transparent; border-bottom-color: transparent;
  box-shadow: none; cursor: auto; }}
body.hide-s-{sev} li.s-{sev} {{ display: none; }}
"""

JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("fc-data").textContent);
  var F = data.findings, UI = data.ui, body = document.body;
  var done = {}, total = 0, count = 0, current = -1;
  data.files.forEach(function (file) { total += file.chunks.length; });
  if (total === 0) body.setAttribute("data-rendered", "all");

  function render(file, chunk) {
    var key = file + ":" + chunk;
    if (done[key]) return;
    done[key] = true;
    var el = document.getElementById("c" + file + "-" + chunk);
    el.innerHTML = data.files[file].chunks[chunk];
    el.style.minHeight = "";
    if (++count === total) body.setAttribute("data-rendered", "all");
  }
  function renderEl(el) { render(+el.getAttribute("data-file"), +el.getAttribute("data-chunk")); }

  var chunks = document.querySelectorAll(".chunk");
  if ("IntersectionObserver" in window) {
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { renderEl(e.target); seen.unobserve(e.target); }
      });
    }, { rootMargin: "1500px 0px" });
    chunks.forEach(function (el) { seen.observe(el); });
  } else {
    chunks.forEach(renderEl);
  }
  if (data.eager) {  // a small report: render the rest in slices that keep the page responsive
    var queue = Array.prototype.slice.call(chunks);
    (function step() {
      var start = Date.now();
      while (queue.length && Date.now() - start < 15) renderEl(queue.shift());
      if (queue.length) setTimeout(step, 0);
    })();
  }

  function hidden(i) {
    var c = body.classList;
    return c.contains("hide-c-" + F[i][4]) || c.contains("hide-s-" + F[i][5]);
  }
  function text(tag, cls, value) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }
  var panel = document.getElementById("fc-detail");
  function show(i) {
    var f = F[i], file = data.files[f[0]];
    panel.textContent = "";
    var head = document.createElement("div");
    head.className = "head";
    head.appendChild(text("code", "rule", f[2]));
    head.appendChild(text("span", "name", f[3]));
    head.appendChild(text("span", "tag cat", UI.categories[f[4]] || f[4]));
    head.appendChild(text("span", "tag sev", UI.severities[f[5]] || f[5]));
    var where = file.path + ":" + f[7] + ":" + f[8] + (f[9] ? " \u00b7 " + f[9] : "");
    head.appendChild(text("span", "where", where));
    var close = text("button", "close", UI.close);
    close.addEventListener("click", function () { panel.hidden = true; });
    head.appendChild(close);
    panel.appendChild(head);
    panel.appendChild(text("p", "msg", f[6]));
    if (f[11]) panel.appendChild(text("p", "sug", UI.suggestion + ": " + f[11]));
    panel.setAttribute("data-finding", String(i));
    panel.hidden = false;
  }
  var counter = document.getElementById("fc-pos");
  function go(i, scroll) {
    var f = F[i];
    render(f[0], f[1]);
    var old = document.querySelectorAll("mark.current");
    for (var k = 0; k < old.length; k++) old[k].classList.remove("current");
    var marks = document.querySelectorAll('mark[data-f="' + i + '"]');
    for (k = 0; k < marks.length; k++) marks[k].classList.add("current");
    var first = document.getElementById("f" + i);
    if (scroll && first) first.scrollIntoView({ block: "center" });
    current = i;
    counter.textContent = (i + 1) + " / " + F.length;
    show(i);
  }
  function step(dir) {
    var n = F.length;
    for (var k = 1; k <= n; k++) {
      var i = current < 0 ? (dir > 0 ? k - 1 : n - k) : (current + dir * k + n * k) % n;
      if (!hidden(i)) { go(i, true); return; }
    }
  }
  document.getElementById("fc-next").addEventListener("click", function () { step(1); });
  document.getElementById("fc-prev").addEventListener("click", function () { step(-1); });

  document.addEventListener("click", function (e) {
    var a = e.target.closest("a[data-goto]");
    if (a) { e.preventDefault(); go(+a.getAttribute("data-goto"), true); return; }
    var m = e.target.closest("mark[data-f]");
    if (m && !hidden(+m.getAttribute("data-f"))) go(+m.getAttribute("data-f"), false);
  });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target, type = (t.type || "").toLowerCase();
    if (t.isContentEditable || t.tagName === "TEXTAREA" || t.tagName === "SELECT" ||
        (t.tagName === "INPUT" && type !== "checkbox" && type !== "radio")) return;
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
    else if (e.key === "Escape") { panel.hidden = true; }
  });
  document.querySelectorAll("input[data-hide]").forEach(function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle(box.getAttribute("data-hide"), !box.checked);
      if (current >= 0 && hidden(current)) panel.hidden = true;
    });
  });
  document.querySelectorAll("details.list").forEach(function (d) {
    d.addEventListener("toggle", function () {
      if (!d.open || d.getAttribute("data-filled")) return;
      d.setAttribute("data-filled", "1");
      var file = data.files[+d.getAttribute("data-file")], ol = d.querySelector("ol");
      var frag = document.createDocumentFragment();
      for (var i = file.first; i < file.first + file.count; i++) {
        var f = F[i], li = document.createElement("li");
        li.className = "c-" + f[4] + " s-" + f[5];
        var a = text("a", "", f[7] + ":" + f[8]);
        a.href = "#f" + i;
        a.setAttribute("data-goto", String(i));
        li.appendChild(a);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(text("code", "", f[2]));
        li.appendChild(document.createTextNode(" " + f[6]));
        frag.appendChild(li);
      }
      ol.appendChild(frag);
    });
  });
  body.setAttribute("data-ready", "1");
})();
"""
