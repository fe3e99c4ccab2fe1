"""The same text as .txt, .docx, .pdf and .html yields the same rules at the same text.

The documents are written in the test from one text; each is checked through
the command line with ``--format json``, and the findings are compared as a
multiset of (rule, matched text). Line and column differ by format (a PDF wraps
paragraphs, a .docx has no blank lines of its own), so they are compared only
where they must agree: .txt and .docx have the same lines.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from html import escape

import pytest
from typer.testing import CliRunner

from docbuild import docx_from_text
from fillcheck.cli import app
from pdfbuild import Layout, make_pdf

TEXT = """\
某单位2024年度工作总结
今年共发展党员XX名，培训入党积极分子36名，组织专题学习*次，慰问困难群众****户。
全年召开支委会12次，党员大会4次，上级党委书记讲党课2次，参加人数达到120余人。
6名90后干部先后提交入党申请6人，其中3人已列为发展对象。
建立三个清单（责任清单、问题清单），推动整改落实。
##paidbegin##
以上内容仅供参考，全文共5000字，当前显示1000字。
联系人：____，联系电话：____
XXL-JOB调度平台运行平稳，**重点**工作按期完成，某些问题仍需改进。
"""


def findings(path) -> Counter:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-q", str(path)])
    assert result.exit_code == 1, result.output
    return Counter((f["rule"], re.sub(r"\s", "", f["text"])) for f in json.loads(result.stdout))


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("same")
    (folder / "report.txt").write_text(TEXT, encoding="utf-8")
    docx_from_text(folder / "report.docx", TEXT, every=4)  # runs split every 4 characters
    (folder / "report.pdf").write_bytes(make_pdf(TEXT, Layout(latin_font="Helvetica")))
    body = "".join(f"<p>{escape(line)}</p>\n" for line in TEXT.splitlines())
    (folder / "report.html").write_text(
        f"<html><head><title>XX名</title><script>var a='*项';</script></head>"
        f"<body>\n{body}</body></html>\n",
        encoding="utf-8",
    )
    return folder


def test_text_has_findings_of_every_family(documents):
    rules = {rule for rule, _ in findings(documents / "report.txt")}
    assert {"FC101", "FC102", "FC103", "FC104", "FC202", "FC207", "FC301", "FC303"} <= rules
    assert not {rule for rule in rules if rule.startswith("FC0")}


@pytest.mark.parametrize("extension", ["docx", "pdf", "html"])
def test_same_rules_at_the_same_text(documents, extension):
    assert findings(documents / f"report.{extension}") == findings(documents / "report.txt")


def test_docx_positions_equal_text_positions(documents):
    def positions(name):
        args = ["check", "--format", "json", "-q", str(documents / name)]
        found = json.loads(CliRunner().invoke(app, args).stdout)
        return [(f["rule"], f["line"], f["column"], f["end_column"]) for f in found]

    assert positions("report.docx") == positions("report.txt")
