"""The HTML report: marks in place, escaping, chunks, languages; then in headless Chromium.

The browser tests use Debian's ``chromium`` and ``chromium-driver`` through
selenium, with the system driver, so nothing is downloaded; they skip, saying
which piece is missing, where those are not installed. Screenshots go to
``build/`` (ignored by git) for CI to keep as artefacts.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fillcheck.document import Document
from fillcheck.finding import Finding
from fillcheck.formatters import FORMATS, get_formatter
from fillcheck.formatters.html import CHUNK_LINES, HtmlFormatter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
BUILD = ROOT / "build"


def fillcheck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "fillcheck", *args], capture_output=True, text=True, cwd=ROOT
    )


def finding(
    doc: Document,
    start: int,
    end: int,
    rule: str = "FC101",
    category: str = "placeholder",
    severity: str = "error",
    message: str = "m",
) -> Finding:
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    return Finding(
        doc.source,
        line,
        column,
        rule,
        end_line,
        end_column,
        "star-masked-value",
        category,
        severity,
        doc.text[start:end],
        message,
        None,
    )


def report(docs: list[tuple[Document, list[Finding]]], lang: str = "en") -> str:
    stream = io.StringIO()
    formatter = get_formatter("html", stream, lang=lang)
    for doc, findings in docs:
        formatter.add(findings, doc)
    formatter.end()
    return stream.getvalue()


def data_of(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="fc-data">(.*?)</script>', page, re.S)
    assert match is not None
    return json.loads(match.group(1))


class Marks(HTMLParser):
    """Collects, per finding number, the text inside its marks and how many first pieces."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[int] = []
        self.text: dict[int, str] = {}
        self.firsts: list[int] = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            attrs = dict(attrs)
            number = int(attrs["data-f"])
            self.open.append(number)
            self.text.setdefault(number, "")
            if "cont" not in attrs["class"].split():
                assert attrs["id"] == f"f{number}"
                self.firsts.append(number)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for number in set(self.open):
            self.text[number] += data


def marks_of(page: str) -> Marks:
    parser = Marks()
    for file in data_of(page)["files"]:
        for chunk in file["chunks"]:
            parser.feed(chunk)
    return parser


def test_samples_report_marks_every_finding_with_its_text(tmp_path):
    out = tmp_path / "report.html"
    result = fillcheck("check", "--format", "html", "-o", str(out), "samples")
    assert result.returncode == 1
    findings = json.loads(fillcheck("check", "--format", "json", "samples").stdout)
    page = out.read_text(encoding="utf-8")
    data = data_of(page)
    assert len(findings) == len(data["findings"]) > 100
    marks = marks_of(page)
    assert marks.firsts == list(range(len(findings)))  # one first piece each, in order
    for number, expected in enumerate(findings):
        assert marks.text[number] == expected["text"].replace("\n", "")
        row = data["findings"][number]
        assert row[2:9] == [
            expected[key]
            for key in ("rule", "name", "category", "severity", "message", "line", "column")
        ]
    by_path = [file["path"] for file in data["files"]]
    assert by_path == sorted({f["path"] for f in findings})


def test_crossing_nested_and_empty_spans_are_drawn_in_pieces():
    doc = Document("abcdef\n", "x.txt")
    spans = [(1, 4), (2, 6), (2, 3), (5, 5)]
    page = report([(doc, [finding(doc, s, e) for s, e in spans])])
    chunk = data_of(page)["files"][0]["chunks"][0]
    body = re.search(r'<span class="t">(.*?)</span></div>', chunk).group(1)
    body = re.sub(r' title="[^"]*"', "", body)
    body = body.replace('class="c-placeholder s-error"', "a").replace(
        'class="c-placeholder s-error cont"', "c"
    )
    assert body == (
        'a<mark a data-f="0" id="f0">b<mark a data-f="1" id="f1"><mark a data-f="2" id="f2">c'
        '</mark>d</mark></mark><mark c data-f="1">e<mark a data-f="3" id="f3"></mark>f</mark>'
    )


def test_a_finding_across_lines_has_one_first_piece_and_its_text():
    doc = Document("第一行XX\n名单第二行\n", "x.txt")
    page = report([(doc, [finding(doc, 3, 7)])])
    marks = marks_of(page)
    assert marks.firsts == [0]
    assert marks.text[0] == "XX名"
    assert data_of(page)["files"][0]["chunks"][0].count('data-f="0"') == 2


def test_document_text_path_and_message_are_escaped():
    text = "<script>window.pwned=1</script>共*项</script><!--\n<img src=x onerror=alert(1)>\n"
    doc = Document(text, "a<b>&.txt")
    start = text.index("*")
    message = "</script><script>window.pwned=2</script>"
    page = report([(doc, [finding(doc, start, start + 2, message=message)])])
    assert page.count("<script") == 2  # the data block and the page's own script
    assert "window.pwned" not in page.split('id="fc-data">')[0]
    data_block = page.split('id="fc-data">')[1].split("</script>")[0]
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    data = data_of(page)
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in data["files"][0]["chunks"][0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in data["files"][0]["chunks"][0]
    assert data["findings"][0][6] == message
    assert ">a&lt;b&gt;&amp;.txt</a>" in page


def test_the_page_script_is_the_only_one_its_policy_allows():
    page = report([(Document("共*项\n", "a.txt"), [])])
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert policy == (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    )
    assert not re.search(r"(src|href)=\"(https?:|//)|@import|url\(", page)


def test_long_documents_are_cut_into_chunks_and_findings_know_theirs():
    lines = ["正文内容。"] * 1000
    lines[449] = "共*项"
    doc = Document("\n".join(lines) + "\n", "long.txt")
    start = doc.offset(450, 2)
    data = data_of(report([(doc, [finding(doc, start, start + 2)])]))
    chunks = data["files"][0]["chunks"]
    assert len(chunks) == -(-1001 // CHUNK_LINES)
    assert data["findings"][0][:2] == [0, 449 // CHUNK_LINES]
    assert 'id="f0"' in chunks[449 // CHUNK_LINES]
    assert sum(chunk.count('<div class="l">') for chunk in chunks) == 1001


def test_parts_are_shown_as_dividers_and_named_in_findings():
    text = "标题\n正文\n某单位\n页眉XX名\n"
    parts = [
        (0, "body, paragraph 1"),
        (3, "body, paragraph 2"),
        (6, "table 1, row 1, cell 2"),
        (10, "header"),
    ]
    doc = Document(text, "r.docx", kind="docx", parts=parts)
    page = report([(doc, [finding(doc, 6, 9), finding(doc, 12, 15)])])
    data = data_of(page)
    assert [row[9] for row in data["findings"]] == ["table 1, row 1, cell 2", "header"]
    chunk = data["files"][0]["chunks"][0]
    assert re.findall(r'<div class="part">([^<]*)</div>', chunk) == ["body", "table 1", "header"]
    assert 'title="table 1, row 1, cell 2">3</span>' in chunk


def test_pages_are_dividers_and_html_source_lines_are_not():
    doc = Document("一\n二\n三\n", "r.pdf", kind="pdf", parts=[(0, "page 1"), (4, "page 2")])
    chunk = data_of(report([(doc, [])]))["files"][0]["chunks"][0]
    assert re.findall(r'<div class="part">([^<]*)</div>', chunk) == ["page 1", "page 2"]
    doc = Document(
        "一\n二\n", "r.html", kind="html", parts=[(0, "html line 3"), (2, "html line 9")]
    )
    chunk = data_of(report([(doc, [])]))["files"][0]["chunks"][0]
    assert '<div class="part">' not in chunk
    assert 'title="html line 9">2</span>' in chunk


@pytest.mark.parametrize(
    ("lang", "expected", "html_lang"),
    [("en", "By category", "en"), ("zh", "按类别", "zh-CN"), ("fr", "By category", "en")],
)
def test_interface_language(lang, expected, html_lang):
    doc = Document("共*项\n", "a.txt")
    page = report([(doc, [finding(doc, 1, 3)])], lang=lang)
    assert f'<html lang="{html_lang}">' in page
    assert f"<th>{expected}</th>" in page
    ui = data_of(page)["ui"]
    assert ui["categories"]["placeholder"] == (
        "占位符未填写" if lang == "zh" else "Unfilled placeholder"
    )


def test_summary_counts_by_category_severity_and_rule():
    doc = Document("共*项，*人，某单位\n", "a.txt")
    findings = [
        finding(doc, 1, 3),
        finding(doc, 4, 6),
        finding(doc, 7, 10, rule="FC103", severity="warning"),
    ]
    page = report([(doc, findings)])
    rules = re.search(r'<table class="sum" id="fc-rules">(.*?)</table>', page).group(1)
    row = r'<code>(FC\d+)</code></a></td><td>[^<]*</td><td class="n">(\d+)'
    assert re.findall(row, rules) == [("FC101", "2"), ("FC103", "1")]
    severities = re.search(r'id="fc-severities">(.*?)</table>', page).group(1)
    assert re.findall(
        r'data-hide="hide-s-(\w+)"> \w+</label></td><td class="n">(\d+)', severities
    ) == [("error", "2"), ("warning", "1"), ("info", "0")]


def test_only_the_html_formatter_asks_for_the_text():
    assert HtmlFormatter.needs_text
    others = [name for name in FORMATS if name != "html"]
    assert not any(get_formatter(name, io.StringIO()).needs_text for name in others)


# ---------------------------------------------------------------- headless Chromium

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def _browser_missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path, package in ((CHROMIUM, "chromium"), (DRIVER, "chromium-driver")):
        if not Path(path).exists():
            return f"{path} not found (apt-get install {package})"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = _browser_missing()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    yield driver
    driver.quit()


def open_report(driver, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.as_uri())
    wait = WebDriverWait(driver, 60)
    wait.until(lambda d: d.execute_script("return document.body.dataset.ready") == "1")


def press(driver, key: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(key).perform()


def detail(driver) -> tuple[int, str]:
    """The finding number and message the detail panel shows."""
    from selenium.webdriver.common.by import By

    panel = driver.find_element(By.ID, "fc-detail")
    assert panel.is_displayed()
    message = panel.find_element(By.CSS_SELECTOR, ".msg").text
    return int(panel.get_attribute("data-finding")), message


def test_browser_samples_report(browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    out = tmp_path / "samples.html"
    fillcheck("check", "--format", "html", "-o", str(out), "samples")
    findings = json.loads(fillcheck("check", "--format", "json", "samples").stdout)
    open_report(browser, out)
    WebDriverWait(browser, 60).until(
        lambda d: d.execute_script("return document.body.dataset.rendered") == "all"
    )
    count = "return document.querySelectorAll('mark:not(.cont)').length"
    assert browser.execute_script(count) == len(findings)

    # a click on a mark shows its rule and message
    number = next(i for i, f in enumerate(findings) if f["category"] == "count")
    mark = browser.find_element(By.ID, f"f{number}")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    assert detail(browser) == (number, findings[number]["message"])
    assert (
        browser.find_element(By.CSS_SELECTOR, "#fc-detail .rule").text == findings[number]["rule"]
    )
    assert mark.get_attribute("title").startswith(f"{findings[number]['rule']} ")

    # hide placeholders: their marks lose their colour, navigation skips them
    browser.execute_script("window.scrollTo(0, 0)")
    browser.find_element(By.CSS_SELECTOR, 'input[data-hide="hide-c-placeholder"]').click()
    first_placeholder = browser.find_element(By.ID, "f0")
    assert findings[0]["category"] == "placeholder"
    background = first_placeholder.value_of_css_property("background-color")
    assert background == "rgba(0, 0, 0, 0)"
    browser.execute_script("window.scrollTo(0, 0)")
    press(browser, "j")
    shown = [i for i, f in enumerate(findings) if f["category"] != "placeholder"]
    following = next(i for i in shown if i > number)
    assert detail(browser) == (following, findings[following]["message"])
    press(browser, "k")
    assert detail(browser)[0] == number
    press(browser, "p")
    previous = max((i for i in shown if i < number), default=shown[-1])
    assert detail(browser)[0] == previous
    assert "current" in browser.find_element(By.ID, f"f{previous}").get_attribute("class")

    # the list of a file's findings links to each of them
    browser.execute_script("window.scrollTo(0, 0)")
    browser.find_element(By.CSS_SELECTOR, 'input[data-hide="hide-c-placeholder"]').click()
    browser.find_element(By.CSS_SELECTOR, 'details[data-file="1"] summary').click()
    # the list is filled when the browser fires `toggle`, a task after the click
    links = WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, 'details[data-file="1"] li a')
    )
    first = int(links[0].get_attribute("data-goto"))
    in_file = [i for i, f in enumerate(findings) if f["path"] == findings[first]["path"]]
    assert len(links) == len(in_file)
    press(browser, Keys.ESCAPE)
    assert not browser.find_element(By.ID, "fc-detail").is_displayed()
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", links[-1])
    links[-1].click()
    assert detail(browser) == (in_file[-1], findings[in_file[-1]]["message"])
    BUILD.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(BUILD / "html-report-samples.png"))


def test_browser_ten_thousand_findings(browser, tmp_path):
    doc = tmp_path / "many.txt"
    line = "今年发展对象XX名，预备党员*名。"
    doc.write_text((line + "\n") * 5000, encoding="utf-8")
    out = tmp_path / "many.html"
    fillcheck("check", "--format", "html", "-o", str(out), "--select", "FC101,FC102", str(doc))
    data = data_of(out.read_text(encoding="utf-8"))
    assert len(data["findings"]) == 10_000
    open_report(browser, out)
    press(browser, "n")
    assert detail(browser) == (0, data["findings"][0][6])
    press(browser, "p")  # wraps round to the very last finding
    assert detail(browser) == (9_999, data["findings"][-1][6])
    from selenium.webdriver.common.by import By

    last = browser.find_element(By.ID, "f9999")
    assert last.text == data["findings"][-1][10]
    assert browser.find_element(By.ID, "fc-pos").text == "10000 / 10000"
    BUILD.mkdir(exist_ok=True)
    browser.save_screenshot(str(BUILD / "html-report-10000.png"))


def test_browser_runs_nothing_from_the_document(browser, tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text(
        "<script>window.pwned=1;document.title='pwned'</script>共*项\n"
        '<img src=x onerror="window.pwned=2">\n',
        encoding="utf-8",
    )
    out = tmp_path / "evil.html"
    fillcheck("check", "--format", "html", "-o", str(out), str(doc))
    open_report(browser, out)
    from selenium.webdriver.common.by import By

    assert browser.execute_script("return window.pwned") is None
    assert browser.title == "fillcheck report"
    lines = browser.find_elements(By.CSS_SELECTOR, "#d0 .l .t")
    assert [line.text for line in lines[:2]] == [
        "<script>window.pwned=1;document.title='pwned'</script>共*项",
        '<img src=x onerror="window.pwned=2">',
    ]


def test_no_browser_means_a_skip_with_a_reason(monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", "/nonexistent/chromium")
    assert _browser_missing() in (
        "/nonexistent/chromium not found (apt-get install chromium)",
        "selenium is not installed (pip install -e '.[test]')",
    )
    assert shutil.which  # keep the import honest for the CLI checks above


@pytest.mark.parametrize(
    ("environ", "html_lang"),
    [
        ({"FILLCHECK_LANG": "zh"}, "zh-CN"),
        ({"LANG": "zh_CN.UTF-8"}, "zh-CN"),
        ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_command_line_report_language_follows_the_environment(
    monkeypatch, tmp_path, environ, html_lang
):
    from typer.testing import CliRunner

    from fillcheck.cli import app

    for name in ("FILLCHECK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    doc = tmp_path / "a.txt"
    doc.write_text("共*项\n", encoding="utf-8")
    out = tmp_path / "a.html"
    assert CliRunner().invoke(app, ["check", "-f", "html", "-o", str(out), str(doc)]).exit_code == 1
    assert f'<html lang="{html_lang}">' in out.read_text(encoding="utf-8")


def test_browser_renders_chunks_on_demand_when_the_report_is_large(browser, tmp_path, monkeypatch):
    from selenium.webdriver.common.by import By

    from fillcheck.engine import audit_document
    from fillcheck.formatters import html as html_formatter
    from fillcheck.registry import select_rules

    monkeypatch.setattr(html_formatter, "EAGER_CHARS", 0)  # as if it were a very large report
    doc = Document("今年发展对象XX名。\n" * 3000, str(tmp_path / "big.txt"))
    out = tmp_path / "big.html"
    with out.open("w", encoding="utf-8") as stream:
        formatter = get_formatter("html", stream)
        formatter.add(audit_document(doc, select_rules(["FC102"])), doc)
        formatter.end()
    open_report(browser, out)
    chunks = -(-3001 // CHUNK_LINES)
    rendered = (
        "return document.querySelectorAll('.chunk mark').length > 0 ? "
        "Array.from(document.querySelectorAll('.chunk')).filter(c => c.innerHTML).length : 0"
    )
    assert 0 < browser.execute_script(rendered) < chunks
    assert browser.find_elements(By.ID, "f2999") == []
    press(browser, "p")
    assert detail(browser)[0] == 2999
    assert browser.find_element(By.ID, "f2999").text == "XX"
    assert browser.execute_script("return document.body.dataset.rendered") != "all"
