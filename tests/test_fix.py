"""Fixes: the engine (every fixable rule, safe and unsafe), `check --fix` and `check --diff`."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from fillcheck.cli import app
from fillcheck.fix import FIXERS, Edit, Fix, FixContext, apply_edits, plan, register_fixer
from fillcheck.fix.files import fix_source, make_audit
from fillcheck.registry import all_rules

ROOT = Path(__file__).resolve().parents[1]

# A report that writes number-unit pairs without a space, and an official notice.
TIGHT = "购买读本100本，召开会议12次，培训干部300人次，走访56户，解决问题34个，投入280万元，"
NOTICE = "关于做好安全生产工作的通知\n抄送：市委办公室。\n"

# (text, after safe fixes, after unsafe fixes too, rules found before fixing)
CASES = [
    ("正文。\n##paidbegin##压实责任。##paidend##\n", "正文。\n压实责任。\n", None, ["FC201"] * 2),
    ("正文。\n##paidend##\n结尾。\n", "正文。\n结尾。\n", None, ["FC202"]),
    ("压实责任。##paidbegin##\n", "压实责任。\n", None, ["FC202"]),
    ("督导各支部深##paidbegin##入开展。\n", "督导各支部深入开展。\n", None, ["FC203"]),
    ("问题及原因\n内容已经隐藏，点击付费后查看\n", "问题及原因\n", None, ["FC204"]),
    ("问题及原因 内容已经隐藏，点击付费后查看\n", None, "问题及原因 \n", ["FC204"]),
    ("严格执行制度。\n还剩3页未读，继续阅读\n", "严格执行制度。\n", None, ["FC205"]),
    ("严格执行制度。还剩3页未读，继续阅读\n", None, "严格执行制度。\n", ["FC205"]),
    ("正文。\n下载文档到电脑，查找使用更方便\n", "正文。\n", None, ["FC206"]),
    ("正文。2下载券 42人已下载，可以看\n", None, "正文。，可以看\n", ["FC206"]),
    ("正文。\n全文共3265字，当前显示1000字。\n", "正文。\n", None, ["FC207"]),
    ("前文。全文共3265字，当前显示1000字，后文。\n", None, "前文。，后文。\n", ["FC207"]),
    ("正文。\n精品文档 仅供学习与交流，如有侵权请联系网站删除\n", "正文。\n", None, ["FC208"]),
    ("抓队伍，强化能力素质。第 3 页 共 10 页\n", None, "抓队伍，强化能力素质。\n", ["FC209"]),
    ("正文。\n- 3 -\n后文。\n", "正文。\n后文。\n", None, ["FC209"]),
    ("当前位置: 首页 > 通知公告 > 正文\n关于做好安全生产工作的通知\n",
     "关于做好安全生产工作的通知\n", None, ["FC210"]),
    # a line of two kinds of residue and a marker goes whole
    ("正文。\n##pagebreak## 第 3 页 共 10 页 下载文档到电脑，查找使用更方便\n", "正文。\n", None,
     ["FC201", "FC206", "FC209"]),
    # residue as the last line, without a newline
    ("正文。\n还剩3页未读，继续阅读", "正文。\n", None, ["FC205"]),
    # format slips: the right text is certain, so every fix is safe
    (TIGHT + "每季度研究1 次。\n", TIGHT + "每季度研究1次。\n", None, ["FC501"]),
    ("全年地区生产总值增长1·8%。\n", "全年地区生产总值增长1.8%。\n", None, ["FC502"]),
    ("2023年召开会议12次、座谈会8次，发展党员５名，培训300人次，走访56户。\n",
     "2023年召开会议12次、座谈会8次，发展党员5名，培训300人次，走访56户。\n", None, ["FC503"]),
    ("学习，认识，制度,落实，实处。改革，创新，保障，服务，效能，实效，为功，善成。\n",
     "学习，认识，制度，落实，实处。改革，创新，保障，服务，效能，实效，为功，善成。\n", None,
     ["FC504"]),
    (NOTICE + "根据（市政办发[2023]5号）要求\n", NOTICE + "根据（市政办发〔2023〕5号）要求\n",
     None, ["FC505"]),
]  # fmt: skip


@pytest.mark.parametrize("text, safe, unsafe, rules", CASES)
def test_every_fixable_rule(text, safe, unsafe, rules):
    audit = make_audit("a.txt", all_rules())
    assert sorted(f.rule for f in audit(text)[1]) == rules
    held = fix_source(text, "a.txt", audit)
    assert held.text == (safe if safe is not None else text)
    assert held.held_back == (0 if safe is not None else 1)
    both = fix_source(text, "a.txt", audit, unsafe=True)
    assert both.text == (unsafe if unsafe is not None else safe)
    assert both.findings == [] and both.held_back == 0
    again = fix_source(both.text, "a.txt", audit, unsafe=True)  # idempotent
    assert (again.text, again.fixed) == (both.text, 0)


def test_every_paywall_rule_has_a_fixer():
    paywall = {rule.code for rule in all_rules() if rule.category.value == "paywall"}
    from fillcheck.fix import fixable_rules

    assert paywall <= fixable_rules()
    assert not {code for code in fixable_rules() if code.startswith("FC1")}


@pytest.mark.parametrize("text", ["共组织学习*次\n", "今年发展对象XX名。\n", "由某单位负责。\n"])
def test_placeholders_are_never_fixed(text):
    audit = make_audit("a.txt", all_rules())
    result = fix_source(text, "a.txt", audit, unsafe=True)
    assert result.text == text and result.fixed == 0 and result.findings


def test_markdown_code_is_never_edited():
    text = "`##paidend##` 是标记。\n\n```\n##paidend##\n```\n正文##paidend##\n"
    audit = make_audit("a.md", all_rules())
    result = fix_source(text, "a.md", audit)
    assert result.text == "`##paidend##` 是标记。\n\n```\n##paidend##\n```\n正文\n"


def test_code_in_a_residue_line_keeps_the_line():
    text = "`x = 1` 还剩3页未读，继续阅读\n"
    result = fix_source(text, "a.md", make_audit("a.md", all_rules()))
    assert result.text == text and result.held_back == 1


def test_html_fixes_are_placed_in_the_markup_or_left():
    text = (
        "<p>第一段。##paidend##</p>\n<p>还剩3页未读，继续阅读</p>\n"
        "<p title='##paidend##'>正文##paidend##</p>\n"
    )
    result = fix_source(text, "a.html", make_audit("a.html", all_rules()))
    assert result.text == ("<p>第一段。</p>\n<p></p>\n<p title='##paidend##'>正文##paidend##</p>\n")
    assert (result.fixed, result.unplaced) == (2, 1)
    assert [f.rule for f in result.findings] == ["FC202"]


def test_plan_skips_overlapping_fixes_and_merges_identical_ones():
    from fillcheck.document import Document
    from fillcheck.finding import Finding

    def finding(rule, column):
        return Finding("a", 1, column, rule, 1, column + 1, "n", "paywall", "error", "x", "m")

    registered = []
    for code, edit in (("FC990", Edit(0, 4)), ("FC991", Edit(2, 6)), ("FC992", Edit(0, 4))):

        @register_fixer(code)
        def fixer(context, found, edit=edit):
            return Fix.of(found, "t", [edit], safe=True)

        registered.append(code)
    try:
        findings = [finding("FC990", 1), finding("FC991", 3), finding("FC992", 1)]
        chosen = plan(FixContext("abcdefgh", Document("abcdefgh"), findings))
        assert (chosen.edits, chosen.fixed) == ([Edit(0, 4)], 2)
        assert apply_edits("abcdefgh", chosen.edits) == "efgh"
        with pytest.raises(ValueError, match="FC990"):
            register_fixer("FC990")(fixer)
    finally:
        for code in registered:
            del FIXERS[code]


# ---------------------------------------------------------------- the command line


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


DIFF_INPUT = (
    "第一段。\n中文：##pagebreak##\n还剩3页未读，继续阅读\n严格执行制度。还剩3页未读，继续阅读\n"
)
DIFF_GOLDEN = """\
--- {path}
+++ {path}
@@ -1,4 +1,3 @@
 第一段。
-中文：##pagebreak##
-还剩3页未读，继续阅读
+中文：
 严格执行制度。还剩3页未读，继续阅读
"""


def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(DIFF_INPUT, encoding="utf-8")
    result = invoke("check", "--diff", str(path))
    assert result.exit_code == 1
    assert result.stdout == DIFF_GOLDEN.format(path=path)
    assert result.stderr == (
        "fillcheck: would fix 2 findings in 1 file\n"
        "fillcheck: 1 unsafe fix held back (use --unsafe-fixes to apply)\n"
    )
    assert path.read_text(encoding="utf-8") == DIFF_INPUT


def test_diff_without_changes_exits_0(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("共组织学习*次\n", encoding="utf-8")
    result = invoke("check", "--diff", str(path))
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "fillcheck: would fix 0 findings in 0 files\n"


def test_fix_writes_and_reports_what_remains(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(DIFF_INPUT, encoding="utf-8")
    result = invoke("check", "--fix", str(path))
    assert result.exit_code == 1
    [remaining] = result.stdout.splitlines()  # the message's wording is not at issue here
    assert remaining.startswith(f"{path}:3:8: warning FC205 ")
    assert result.stderr == (
        "fillcheck: 1 file checked, 1 finding (1 warning)\n"
        "fillcheck: fixed 2 findings in 1 file\n"
        "fillcheck: 1 unsafe fix held back (use --unsafe-fixes to apply)\n"
    )
    assert (
        path.read_text(encoding="utf-8")
        == "第一段。\n中文：\n严格执行制度。还剩3页未读，继续阅读\n"
    )
    result = invoke("check", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 0
    assert path.read_text(encoding="utf-8") == "第一段。\n中文：\n严格执行制度。\n"
    again = invoke("check", "--diff", "--unsafe-fixes", str(path))
    assert (again.exit_code, again.stdout) == (0, "")


@pytest.mark.parametrize(
    "encoding, bom",
    [("gbk", b""), ("big5", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe")],
)
def test_fix_keeps_encoding_and_crlf(tmp_path, encoding, bom):
    before = "第一段。\r\n##paidend##\r\n严格執行制度。\r\n還剩3頁未讀，繼續閱讀\r\n結尾。\r\n"
    after = "第一段。\r\n严格執行制度。\r\n結尾。\r\n"
    if encoding == "big5":
        before, after = before.replace("严", "嚴"), after.replace("严", "嚴")
    path = tmp_path / "report.txt"
    path.write_bytes(bom + before.encode(encoding))
    result = invoke("check", "--fix", str(path))
    assert result.exit_code == 0, result.stderr
    assert path.read_bytes() == bom + after.encode(encoding)
    assert "fillcheck: fixed 2 findings in 1 file\n" in result.stderr


def test_fix_writes_atomically_and_keeps_permissions(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("正文。\n##paidend##\n", encoding="utf-8")
    os.chmod(path, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    assert invoke("check", "--fix", str(link)).exit_code == 0
    assert link.is_symlink() and path.read_text(encoding="utf-8") == "正文。\n"
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "report.txt"]


def test_docx_and_pdf_are_never_edited(tmp_path):
    shutil.copy(ROOT / "examples" / "report.docx", tmp_path / "report.docx")
    data = (tmp_path / "report.docx").read_bytes()
    result = invoke("check", "--fix", str(tmp_path))
    assert (tmp_path / "report.docx").read_bytes() == data
    assert result.stderr.splitlines()[-1] == (
        "fillcheck: 1 .docx/.pdf/.doc/.wps file not edited (--fix changes only .txt, .md and "
        ".html); `fillcheck annotate` writes a commented copy of a .docx"
    )


def test_an_undecodable_file_is_named_and_others_are_fixed(tmp_path):
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text("正文。\n##paidend##\n", encoding="utf-8")
    result = invoke("check", "--fix", str(tmp_path))
    assert result.exit_code == 2
    named = [line for line in result.stderr.splitlines() if "bad.txt" in line]
    assert named == [f"fillcheck: error: {tmp_path / 'bad.txt'}: binary file, not text"]
    assert (tmp_path / "good.txt").read_text(encoding="utf-8") == "正文。\n"


def test_fix_and_diff_refuse_standard_input():
    result = CliRunner().invoke(app, ["check", "--fix", "-"], input="正文\n")
    assert result.exit_code == 2
    assert result.stderr == "fillcheck: error: --fix and --diff edit files, not standard input\n"


# The two format slips of the samples (FC501), whose fix is as certain as a marker's.
FORMAT_SLIPS = {"280 万元": "280万元", "研究1 次": "研究1次"}


def test_samples_lose_their_paywall_markers_and_format_slips_and_nothing_else(tmp_path):
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        shutil.copy(sample, tmp_path / sample.name)
    invoke("check", "--fix", str(tmp_path))
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        before = sample.read_text(encoding="utf-8")
        expected = before.replace("##paidbegin##", "")
        for slip, fixed in FORMAT_SLIPS.items():
            expected = expected.replace(slip, fixed)
        expected = "".join(
            line for line in expected.splitlines(keepends=True) if line.strip() != "##paidend##"
        )
        after = (tmp_path / sample.name).read_text(encoding="utf-8")
        assert after == expected, sample.name
        assert "##paid" not in after
    changed = [s.name for s in (ROOT / "samples").glob("*.txt")
               if (tmp_path / s.name).read_bytes() != s.read_bytes()]  # fmt: skip
    assert sorted(changed) == [
        "001_47bf4e8efca5e9b9.txt",
        "002_035243baa27c75f0.txt",
        "004_75124da9394c5145.txt",
    ]


def test_check_imports_neither_fixes_nor_the_server(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text("正文。\n##paidend##\n", encoding="utf-8")
    code = (
        "import sys\nfrom fillcheck.cli import main\n"
        f"sys.argv = ['fillcheck', 'check', '--quiet', {str(path)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('pygls', 'lsprotocol', "
        "'fillcheck.fix', 'fillcheck.server'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.splitlines()[-1] == "[]"


def test_server_help():
    result = invoke("server", "--help")
    assert result.exit_code == 0
    assert "Run the language server on standard input and output (LSP)." in result.stdout


FRAGMENTS = [
    "正文。", "严格执行制度", "##paidbegin##", "##paidend##", "还剩3页未读，继续阅读", " ",
    "第 3 页 共 10 页", "- 3 -", "下载文档到电脑，查找使用更方便", "共组织学习*次", "，",
    "如有侵权请联系网站删除", "`##paidend##`", "\r",
]  # fmt: skip


@given(
    st.lists(
        st.lists(st.sampled_from(FRAGMENTS), max_size=4).map("".join), min_size=1, max_size=6
    ).map("\n".join),
    st.sampled_from(["a.txt", "a.md"]),
)
@settings(max_examples=150, deadline=None)
def test_fixes_stay_in_their_findings_and_settle(text, name):
    """Each edit is a finding's span or its whole line; a fixed text stays as it is."""
    audit = make_audit(name, all_rules())
    doc, findings = audit(text)
    context = FixContext(text, doc, findings)
    allowed = set()
    for finding in findings:
        allowed.add(Edit(*context.span(finding)))
        allowed.add(Edit(*context.line_span(finding.line)))
    chosen = plan(context, unsafe=True)
    assert set(chosen.edits) <= allowed
    fixed = fix_source(text, name, audit, unsafe=True)
    assert fix_source(fixed.text, name, audit, unsafe=True).text == fixed.text
    assert not any(f.rule in {"FC201", "FC202", "FC203"} for f in fixed.findings)


def test_fix_follows_the_configuration(tmp_path):
    (tmp_path / ".fillcheck.toml").write_text(
        'exclude = ["drafts/"]\nignore = ["FC209"]\n', encoding="utf-8"
    )
    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "a.txt"
    draft.write_text("正文。\n##paidend##\n", encoding="utf-8")
    report = tmp_path / "b.txt"
    report.write_text("正文。\n##paidend##\n- 3 -\n", encoding="utf-8")
    result = invoke("check", "--fix", str(tmp_path))
    assert draft.read_text(encoding="utf-8") == "正文。\n##paidend##\n"  # excluded
    assert report.read_text(encoding="utf-8") == "正文。\n- 3 -\n"  # FC209 ignored
    assert "fillcheck: fixed 1 finding in 1 file" in result.stderr


def test_fix_summary_in_chinese(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(DIFF_INPUT, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--diff", str(path)], env={"FILLCHECK_LANG": "zh"})
    assert result.exit_code == 1
    assert result.stderr == (
        "fillcheck：可修复 2 个问题，涉及 1 个文件\n"
        "fillcheck：1 处不安全的修复未应用（加 --unsafe-fixes 应用）\n"
    )
