"""The command line for people at a terminal: language, source context, colour,
`--statistics --format json`, and help readable at 80 columns."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
MASKED = "今年发展对象XX名，召开会议**次。\n"
EN = [
    "1:7: error FC102 `XX名`: the number of people was never filled in [`XX`]",
    "1:15: error FC101 `**次`: the number was never filled in [`**`]",
]
ZH = ["1:7: error FC102 `XX名`：人数未填写 [`XX`]", "1:15: error FC101 `**次`：数量未填写 [`**`]"]
ZH_SUMMARY = "fillcheck：检查了 1 个文件，发现 2 个问题（2 个错误）\n"


def invoke(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    if cwd is None:
        return CliRunner().invoke(app, list(args), env=env)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, list(args), env=env)
    finally:
        os.chdir(old)


@pytest.fixture
def masked(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(MASKED, encoding="utf-8")
    return tmp_path


def lines(result, prefix: str) -> list[str]:
    return [line.removeprefix(prefix) for line in result.stdout.splitlines()]


# ---------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        ((), {}, EN),
        ((), {"LANG": "zh_CN.UTF-8"}, ZH),
        ((), {"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, ZH),
        ((), {"FILLCHECK_LANG": "zh"}, ZH),
        (("--lang", "en"), {"LANG": "zh_CN.UTF-8"}, EN),
        (("--lang", "zh"), {}, ZH),
    ],
)
def test_language_from_option_and_environment(masked, args, env, expected):
    result = invoke("check", *args, "a.txt", env=env, cwd=masked)
    assert result.exit_code == 1
    assert lines(result, "a.txt:") == expected


def test_summary_and_errors_in_chinese(masked):
    result = invoke("check", "--lang", "zh", "a.txt", cwd=masked)
    assert result.stderr == ZH_SUMMARY
    result = invoke("check", "--lang", "zh", "a.txt", "missing.txt", cwd=masked)
    assert result.exit_code == 2
    assert result.stderr == (
        "fillcheck：错误：missing.txt：文件不存在\n"
        "fillcheck：检查了 1 个文件，发现 2 个问题（2 个错误），1 个文件出错\n"
    )


def test_lang_setting_in_configuration(masked):
    (masked / ".fillcheck.toml").write_text('lang = "zh"\n', encoding="utf-8")
    assert lines(invoke("check", "a.txt", cwd=masked), "a.txt:") == ZH
    assert lines(invoke("check", "--lang", "en", "a.txt", cwd=masked), "a.txt:") == EN
    (masked / ".fillcheck.toml").write_text('lang = "fr"\n', encoding="utf-8")
    result = invoke("check", "a.txt", cwd=masked)
    assert result.exit_code == 2
    assert "lang: unknown language 'fr' (expected one of: en, zh)" in result.stderr


def test_unknown_language_is_a_usage_error(masked):
    result = invoke("check", "--lang", "fr", "a.txt", cwd=masked)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "fillcheck: error: unknown language 'fr' (expected one of: en, zh)\n"
    result = invoke("check", "a.txt", env={"FILLCHECK_LANG": "klingon"}, cwd=masked)
    assert result.exit_code == 2
    assert "unknown language 'klingon'" in result.stderr


def test_machine_formats_keep_code_and_name(masked):
    english = json.loads(invoke("check", "-f", "json", "a.txt", cwd=masked).stdout)
    chinese = json.loads(invoke("check", "-f", "json", "--lang", "zh", "a.txt", cwd=masked).stdout)
    strip = [{k: v for k, v in f.items() if k not in ("message", "suggestion")} for f in english]
    assert strip == [
        {k: v for k, v in f.items() if k not in ("message", "suggestion")} for f in chinese
    ]
    assert [f["message"] for f in chinese] == ["`XX名`：人数未填写", "`**次`：数量未填写"]


def test_samples_in_chinese_from_the_locale():
    env = {**os.environ, "LANG": "zh_CN.UTF-8"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    env.pop("FILLCHECK_LANG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "fillcheck", "check", "samples/"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    first = proc.stdout.splitlines()[0]
    sample = "samples/000_c75e5d08261ed860.txt"
    assert first == f"{sample}:1:7: warning FC103 `某党组`：党组的具体名称未填写 [`某`]"
    assert proc.stderr.startswith("fillcheck：检查了 5 个文件，发现 ")


# ---------------------------------------------------------------- rule documentation


def test_explain_in_chinese():
    result = invoke("explain", "FC101", "--lang", "zh")
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith(
        "FC101 star-masked-value（placeholder，默认级别 error）\n\n"
        "星号占据了本应填写数字、名称或词语的位置。\n\n## 作用\n"
    )
    assert "\n## 为什么有问题\n" in text
    assert text.endswith(
        "## 示例\n"
        "错误示例：全年召开支委会**次，党员大会**次。\n"
        "正确示例：全年召开支委会12次，党员大会4次，**重点工作**按期完成。\n"
    )
    assert invoke("explain", "FC101", env={"LANG": "zh_CN.UTF-8"}).stdout == text
    english = invoke("explain", "FC101").stdout
    assert english.startswith("FC101 star-masked-value (placeholder, default severity error)\n")


def test_explain_unknown_rule_in_chinese():
    result = invoke("explain", "FC999", "--lang", "zh")
    assert result.exit_code == 2
    reason = "未知规则 'FC999'（运行 `fillcheck rules` 查看全部规则）"
    assert result.stderr == f"fillcheck：错误：{reason}\n"


def test_rules_in_chinese_line_up():
    table = invoke("rules", "--lang", "zh").stdout.splitlines()
    assert table[0].split() == ["代码", "名称", "类别", "级别", "说明"]
    row = next(line for line in table if line.startswith("FC303"))
    assert row.split(None, 4)[1:] == [
        "list-count-mismatch", "count", "error", "数字与其引出或概括的列举项数对不上。"
    ]  # fmt: skip
    from fillcheck.columns import display_width

    summary_column = display_width(table[0][: table[0].index("说明")])
    for line in table[2:]:
        assert display_width(line[: line.index(line.split(None, 4)[4])]) == summary_column
    rules = json.loads(invoke("rules", "--format", "json", "--lang", "zh").stdout)
    fc101 = next(rule for rule in rules if rule["code"] == "FC101")
    assert fc101["summary"] == "星号占据了本应填写数字、名称或词语的位置。"
    assert fc101["name"] == "star-masked-value"


# ---------------------------------------------------------------- source and colour


def test_show_source_option_and_setting(masked):
    expected = [
        *EN[:1], "1 | 今年发展对象XX名，召开会议**次。", "  | " + " " * 12 + "^^", "",
        *EN[1:], "1 | 今年发展对象XX名，召开会议**次。", "  | " + " " * 26 + "^^", "",
    ]  # fmt: skip
    assert lines(invoke("check", "--show-source", "a.txt", cwd=masked), "a.txt:") == expected
    assert lines(invoke("check", "a.txt", cwd=masked), "a.txt:") == EN  # not a terminal
    (masked / ".fillcheck.toml").write_text("show-source = true\n", encoding="utf-8")
    assert lines(invoke("check", "a.txt", cwd=masked), "a.txt:") == expected
    assert lines(invoke("check", "--no-show-source", "a.txt", cwd=masked), "a.txt:") == EN


def test_show_source_and_colour_default_on_for_a_terminal(masked, monkeypatch):
    monkeypatch.setattr("fillcheck.terminal.is_terminal", lambda stream: True)
    output = invoke("check", "a.txt", env={"TERM": "xterm"}, cwd=masked).stdout
    assert "\x1b[1;31merror\x1b[0m" in output
    assert "\x1b[34m|\x1b[0m 今年发展对象XX名，召开会议**次。\n" in output
    plain = invoke("check", "a.txt", env={"NO_COLOR": "1", "TERM": "xterm"}, cwd=masked).stdout
    assert "\x1b[" not in plain
    assert "1 | 今年发展对象XX名，召开会议**次。\n" in plain


@pytest.mark.parametrize(
    ("args", "env", "colored"),
    [
        ((), {}, False),  # standard output is not a terminal
        (("--color", "always"), {}, True),
        (("--color", "always"), {"NO_COLOR": "1"}, True),  # the option wins
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
        ((), {"FORCE_COLOR": "1"}, True),
        ((), {"FORCE_COLOR": "0"}, False),
        ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    ],
)
def test_color(masked, args, env, colored):
    result = invoke("check", *args, "a.txt", env=env, cwd=masked)
    assert ("\x1b[1;31merror\x1b[0m \x1b[1mFC102\x1b[0m" in result.stdout) is colored
    assert ("\x1b[" in result.stdout) is colored


def test_color_only_in_text_format(masked):
    result = invoke("check", "--color", "always", "-f", "json", "a.txt", cwd=masked)
    assert "\x1b[" not in result.stdout
    assert invoke("check", "--color", "sometimes", "a.txt", cwd=masked).exit_code == 2


# ---------------------------------------------------------------- statistics


def test_statistics_as_json(masked):
    (masked / "b.txt").write_text("发展对象XX名。\n", encoding="utf-8")
    result = invoke("check", "--statistics", "--format", "json", ".", cwd=masked)
    assert result.exit_code == 1
    assert json.loads(result.stdout) == [
        {"code": "FC102", "name": "letter-masked-value", "count": 2},
        {"code": "FC101", "name": "star-masked-value", "count": 1},
    ]
    (masked / "a.txt").write_text("全年召开支委会12次。\n", encoding="utf-8")
    (masked / "b.txt").unlink()
    assert invoke("check", "--statistics", "-f", "json", ".", cwd=masked).stdout == "[]\n"


def test_statistics_refuses_other_formats(masked):
    result = invoke("check", "--statistics", "--format", "sarif", "a.txt", cwd=masked)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "--statistics prints text or json, not 'sarif'" in result.stderr


def test_statistics_table_in_chinese(masked):
    result = invoke("check", "--statistics", "--lang", "zh", "a.txt", cwd=masked)
    assert result.stdout == (
        "代码    名称                   数量\n"
        "------  -------------------  ------\n"
        "FC101   star-masked-value         1\n"
        "FC102   letter-masked-value       1\n"
        "------  -------------------  ------\n"
        "合计                              2\n"
    )


# ---------------------------------------------------------------- help


def help_text(*command: str) -> str:
    env = {**os.environ, "COLUMNS": "80", "TERM": "dumb"}
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "fillcheck"), *command, "--help"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return proc.stdout


@pytest.mark.parametrize(
    "command", [(), ("check",), ("extract",), ("rules",), ("explain",), ("config",),
                ("install-hook",)],
)  # fmt: skip
def test_help_is_plain_and_fits_80_columns(command):
    text = help_text(*command)
    from fillcheck.columns import display_width

    assert text.startswith("Usage: fillcheck")
    assert max(display_width(line) for line in text.splitlines()) <= 80
    for noise in ("<list[str]>", "<str>", "<int", "╭", "│", "--no-exit-zero", "\x1b["):
        assert noise not in text, noise


def test_check_help_explains_the_default_path_and_shows_examples():
    text = help_text("check")
    assert text.startswith("Usage: fillcheck check [OPTIONS] [PATH]...\n")
    assert "With no PATH, checks the current directory (.)." in text
    assert "  fillcheck check --lang zh --show-source report.txt\n" in text
    assert "  --exit-zero " in text
    assert "--show-source / --no-show-source" in text
    assert "--lang zh|en" in text
    assert "--color WHEN" in text


def test_main_help_shows_examples():
    text = help_text()
    first = "    fillcheck check                  check every document under .\n"
    assert f"  Examples:\n{first}" in text


def test_config_shows_and_checks_the_output_settings(masked):
    (masked / ".fillcheck.toml").write_text(
        'lang = "zh-CN"\nshow-source = false\n', encoding="utf-8"
    )
    shown = invoke("config", cwd=masked).stdout.splitlines()
    assert 'lang = "zh"' in shown and "show-source = false" in shown
    (masked / ".fillcheck.toml").write_text('show-source = "yes"\n', encoding="utf-8")
    result = invoke("check", "a.txt", cwd=masked)
    assert result.exit_code == 2
    assert "show-source: expected true or false, got a string" in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("environ", "colored"),
    [
        ({}, True),
        ({"TERM": "dumb"}, False),
        ({"INSIDE_EMACS": "29.1,compile"}, False),  # M-x compile: a pty that cannot show escapes
        ({"INSIDE_EMACS": "29.1,vterm"}, True),  # a terminal emulator inside Emacs
    ],
)
def test_colour_on_a_terminal_unless_it_cannot_show_it(environ, colored):
    from fillcheck.terminal import use_color

    assert use_color("auto", _Terminal(), environ) is colored
