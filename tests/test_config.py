"""Configuration files: discovery, every key, user patterns, errors and `fillcheck config`.

Every test runs the command line in a fresh directory (``tmp_path``, made the
working directory) and assumes no fillcheck configuration above it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fillcheck import audit_text
from fillcheck.cli import app

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, installed with fillcheck there
    import tomli as tomllib

# One line per rule the tests below turn on and off:
# FC102 `XX名` (error), FC103 `某单位` (warning), FC205 unread-pages prompt (warning).
MIXED = "发展对象XX名，某单位协助。\n还剩3页未读，继续阅读\n"

# The README's example, exactly: .fillcheck.toml, the same in pyproject.toml, and the
# documents the README's transcript checks (see test_readme_example_*).
EXAMPLE_TOML = """\
# fillcheck settings for this folder and everything below it
ignore = ["FC104"]            # our forms keep their ____ blanks on purpose
exclude = ["archive/"]        # old reports are not checked when walking folders
fail-on = "error"             # warnings are shown but do not fail the run
allow = ["XX实验室"]          # a real name, not a placeholder

[per-file-ignores]
"**/drafts/*.md" = ["FC102"]  # drafts may still say XX名

[severity]
FC103 = "error"               # 某单位 must not reach a reader

[[patterns]]
code = "FC901"
name = "project-code-left-in"
regex = "项目编号[:：]\\\\s*(?:TBD|待定)"
message = "`{text}`: the project code was never filled in"
category = "placeholder"
"""
EXAMPLE_PYPROJECT = """\
[project]
name = "annual-report"

[tool.fillcheck]
ignore = ["FC104"]
exclude = ["archive/"]
fail-on = "error"
allow = ["XX实验室"]

[tool.fillcheck.per-file-ignores]
"**/drafts/*.md" = ["FC102"]

[tool.fillcheck.severity]
FC103 = "error"

[[tool.fillcheck.patterns]]
code = "FC901"
name = "project-code-left-in"
regex = "项目编号[:：]\\\\s*(?:TBD|待定)"
message = "`{text}`: the project code was never filled in"
category = "placeholder"
"""
EXAMPLE_DOCS = {
    "report.txt": (
        "XX实验室2024年工作总结\n本年度发展对象XX名，某单位协助完成。\n项目编号：待定\n附表：____\n"
    ),
    "drafts/plan.md": "# 招生计划\n\n计划招收XX名学员。\n",
    "archive/old.txt": "发展对象XX名。\n",
}
EXAMPLE_CHECK = [
    "configuration/report.txt:2:8: error FC102 `XX名`: the number of people was never filled "
    "in [`XX`]",
    "configuration/report.txt:2:12: error FC103 `某单位`: the name of the 单位 was never filled "
    "in [`某`]",
    "configuration/report.txt:3:1: error FC901 `项目编号：待定`: the project code was never "
    "filled in [`项目编号：待定`]",
    "fillcheck: 2 files checked, 3 findings (3 errors)",
]
EXAMPLE_OLD = [
    "configuration/archive/old.txt:1:5: error FC102 `XX名`: the number of people was never "
    "filled in [`XX`]",
    "fillcheck: 1 file checked, 1 finding (1 error)",
]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def write(path: str, text: str) -> Path:
    """Write ``text`` to ``path`` (relative to the working directory), making folders."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


def found(*args: str, stdin: str | None = None) -> list[tuple[str, str, int, int]]:
    """(path, rule, line, column) of each finding `check --format json` reports."""
    result = run("check", "-q", "-f", "json", *args, stdin=stdin)
    assert result.exit_code in (0, 1), result.stderr
    return [(f["path"], f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)]


def rules(*args: str, stdin: str | None = None) -> set[str]:
    """The rule codes `check` reports."""
    return {rule for _, rule, _, _ in found(*args, stdin=stdin)}


def lines(result) -> list[str]:
    """What a terminal shows: standard output, then the summary on standard error."""
    return result.stdout.splitlines() + result.stderr.splitlines()


# ---------------------------------------------------------------- discovery


def test_closest_configuration_wins_and_is_not_merged():
    write(".fillcheck.toml", 'ignore = ["FC103"]\n')
    write("sub/.fillcheck.toml", 'ignore = ["FC205"]\n')
    for path in ("top.txt", "sub/a.txt", "sub/deeper/b.txt"):
        write(path, MIXED)
    assert rules("top.txt") == {"FC102", "FC205"}
    assert rules("sub/a.txt") == {"FC102", "FC103"}  # the parent's ignore does not apply
    assert rules("sub/deeper/b.txt") == {"FC102", "FC103"}
    assert {(path, rule) for path, rule, _, _ in found(".")} == {
        ("./top.txt", "FC102"), ("./top.txt", "FC205"),
        ("./sub/a.txt", "FC102"), ("./sub/a.txt", "FC103"),
        ("./sub/deeper/b.txt", "FC102"), ("./sub/deeper/b.txt", "FC103"),
    }  # fmt: skip


def test_fillcheck_toml_beats_pyproject_in_the_same_directory():
    write(".fillcheck.toml", 'ignore = ["FC103"]\n')
    write("pyproject.toml", '[tool.fillcheck]\nignore = ["FC102"]\n')
    write("a.txt", MIXED)
    assert rules("a.txt") == {"FC102", "FC205"}


def test_pyproject_tool_table_is_used():
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.fillcheck]\nignore = ["FC102"]\n')
    write("a.txt", MIXED)
    assert rules("a.txt") == {"FC103", "FC205"}


@pytest.mark.parametrize(
    "pyproject",
    [
        '[project]\nname = "report"\n',
        '[project]\nname = "fillcheck-reports"\n\n[tool.black]\nline-length = 100\n',
        "[project\nbroken, but says nothing of us\n",
    ],
)
def test_pyproject_without_the_table_is_passed_over(pyproject):
    write(".fillcheck.toml", 'ignore = ["FC103"]\n')
    write("sub/pyproject.toml", pyproject)
    write("sub/a.txt", MIXED)
    assert rules("sub/a.txt") == {"FC102", "FC205"}  # the parent's .fillcheck.toml applies


def test_config_option_is_used_for_every_path_with_globs_from_the_working_directory():
    write("sub/.fillcheck.toml", 'ignore = ["FC102"]\n')  # not used with --config
    write("other.toml", '[per-file-ignores]\n"sub/*.txt" = ["FC205"]\n')
    write("sub/a.txt", MIXED)
    write("b.txt", MIXED)
    assert rules("--config", "other.toml", "sub/a.txt") == {"FC102", "FC103"}
    assert rules("--config", "other.toml", "b.txt") == {"FC102", "FC103", "FC205"}


def test_config_option_accepts_a_pyproject():
    write("conf/pyproject.toml", '[tool.fillcheck]\nignore = ["FC1"]\n')
    write("a.txt", MIXED)
    assert rules("--config", "conf/pyproject.toml", "a.txt") == {"FC205"}


def test_isolated_ignores_every_configuration_file():
    write(".fillcheck.toml", 'ignore = ["FC102", "FC103", "FC205"]\n')
    write("a.txt", MIXED)
    assert rules("a.txt") == set()
    assert rules("--isolated", "a.txt") == {"FC102", "FC103", "FC205"}


def test_standard_input_uses_the_configuration_of_stdin_filename():
    write(".fillcheck.toml", 'ignore = ["FC103"]\n')
    write("sub/.fillcheck.toml", 'ignore = ["FC102"]\n')
    assert rules("-", stdin=MIXED) == {"FC102", "FC205"}  # the working directory's
    assert rules("-", "--stdin-filename", "sub/new.md", stdin=MIXED) == {"FC103", "FC205"}
    assert rules("-", "--stdin-filename", "new.md", stdin=MIXED) == {"FC102", "FC205"}


def test_a_directory_of_files_reads_its_configuration_once(monkeypatch):
    import fillcheck.config as config

    reads = []
    original = config._read_toml
    monkeypatch.setattr(config, "_read_toml", lambda *a: reads.append(a[0]) or original(*a))
    write(".fillcheck.toml", 'ignore = ["FC103"]\n')
    for index in range(40):
        write(f"docs/{index:02}.txt", MIXED)
    assert len(found("docs")) == 80  # FC102 and FC205 in each
    assert len(reads) == 1


def test_library_api_reads_no_configuration():
    write(".fillcheck.toml", 'ignore = ["FC102"]\n')
    assert [f.rule for f in audit_text(MIXED)] == ["FC102", "FC103", "FC205"]


# ---------------------------------------------------------------- rule selection


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), {"FC102"}),
        (("--select", "FC2"), {"FC205"}),  # --select starts again: config select and ignore go
        (("--select", "FC1"), {"FC102", "FC103"}),
        (("--extend-select", "FC2"), {"FC102", "FC205"}),
        (("--ignore", "FC102"), set()),  # --ignore adds to the configuration's ignore
        (("--select", "FC1", "--ignore", "FC102"), {"FC103"}),
    ],
)
def test_command_line_selection_over_the_configuration(args, expected):
    write(".fillcheck.toml", 'select = ["FC1"]\nignore = ["FC103"]\n')
    write("a.txt", MIXED)
    assert rules(*args, "a.txt") == expected


def test_extend_select_in_the_configuration():
    write(".fillcheck.toml", 'select = ["FC102"]\nextend-select = ["unread-pages-prompt"]\n')
    write("a.txt", MIXED)
    assert rules("a.txt") == {"FC102", "FC205"}


def test_the_more_specific_selector_wins_and_ignore_wins_a_tie():
    write(".fillcheck.toml", 'select = ["FC102"]\nignore = ["FC1"]\n')
    write("a.txt", MIXED)
    assert rules("a.txt") == {"FC102"}
    write(".fillcheck.toml", 'select = ["FC102"]\nignore = ["letter-masked-value"]\n')
    assert rules("a.txt") == set()


def test_per_file_ignores_globs_are_relative_to_the_configuration():
    write("project/.fillcheck.toml", '[per-file-ignores]\n"**/drafts/*.md" = ["FC102", "FC2"]\n')
    for path in ("drafts/a.md", "x/drafts/b.md", "drafts/sub/c.md", "d.md", "drafts/e.txt"):
        write(f"project/{path}", MIXED)
    by_file: dict[str, set[str]] = {}
    for path, rule, _, _ in found("project"):
        by_file.setdefault(path.removeprefix("project/"), set()).add(rule)
    everything = {"FC102", "FC103", "FC205"}
    assert by_file == {
        "drafts/a.md": {"FC103"},
        "x/drafts/b.md": {"FC103"},
        "drafts/sub/c.md": everything,  # `*` does not cross a folder
        "d.md": everything,
        "drafts/e.txt": everything,
    }


def test_per_file_ignores_negated_glob_applies_to_the_other_files():
    write(".fillcheck.toml", '[per-file-ignores]\n"!final/**" = ["FC103"]\n')
    write("final/a.txt", MIXED)
    write("draft/a.txt", MIXED)
    assert rules("final/a.txt") == {"FC102", "FC103", "FC205"}
    assert rules("draft/a.txt") == {"FC102", "FC205"}


# ---------------------------------------------------------------- severity, fail-on


def test_severity_overrides_the_default_severity_of_a_rule():
    write(".fillcheck.toml", '[severity]\nFC103 = "error"\nFC2 = "info"\n')
    write("a.txt", MIXED)
    result = run("check", "-q", "-f", "json", "a.txt")
    assert [(f["rule"], f["severity"]) for f in json.loads(result.stdout)] == [
        ("FC102", "error"), ("FC103", "error"), ("FC205", "info"),
    ]  # fmt: skip
    assert rules("--severity", "error", "a.txt") == {"FC102", "FC103"}


def test_fail_on_from_the_configuration_and_the_command_line():
    write(".fillcheck.toml", 'fail-on = "error"\n')
    write("a.txt", "某单位协助。\n")  # one warning
    assert run("check", "a.txt").exit_code == 0
    assert run("check", "--fail-on", "warning", "a.txt").exit_code == 1
    write(".fillcheck.toml", 'fail-on = "error"\n[severity]\nFC103 = "error"\n')
    assert run("check", "a.txt").exit_code == 1


# ---------------------------------------------------------------- exclude, allow


def test_exclude_applies_to_walked_files_and_to_named_files_with_force_exclude():
    write(".fillcheck.toml", 'exclude = ["archive/", "*.draft.md"]\n')
    for path in ("a.txt", "archive/b.txt", "sub/archive/c.txt", "notes.draft.md"):
        write(path, MIXED)
    assert {path for path, _, _, _ in found(".")} == {"./a.txt"}
    assert {path for path, _, _, _ in found("archive/b.txt")} == {"archive/b.txt"}
    assert {path for path, _, _, _ in found("archive")} == {"archive/b.txt"}  # named: checked
    assert found("sub") == []  # sub/archive/ is excluded, sub is not
    assert {path for path, _, _, _ in found("sub/archive")} == {"sub/archive/c.txt"}
    assert found("--force-exclude", "archive", "sub/archive") == []
    assert found("--force-exclude", "archive/b.txt", "notes.draft.md") == []
    assert rules("--force-exclude", "a.txt") == {"FC102", "FC103", "FC205"}
    assert found("--force-exclude", "-", "--stdin-filename", "archive/new.md", stdin=MIXED) == []


def test_allow_drops_findings_overlapping_an_allowed_phrase():
    write(".fillcheck.toml", 'allow = ["XX实验室", "某单位协助"]\n')
    write("a.txt", "XX实验室今年发展对象XX名。\n某单位协助；某单位主办。\n")
    assert found("a.txt") == [
        ("a.txt", "FC102", 1, 12),  # the unrelated XX名 still fires
        ("a.txt", "FC103", 2, 7),  # 某单位 outside the allowed phrase still fires
    ]
    assert len(found("--isolated", "a.txt")) == 4


# ---------------------------------------------------------------- user patterns

PATTERN = """\
[[patterns]]
code = "FC901"
name = "project-code-left-in"
regex = "项目编号[:：]\\\\s*(?:TBD|待定)"
message = "`{text}`: the project code was never filled in"
category = "placeholder"
severity = "warning"
"""


def test_a_user_pattern_fires_with_its_code_name_message_and_category():
    write(".fillcheck.toml", PATTERN)
    write("a.txt", "总结\n项目编号： TBD\n")
    result = run("check", "-q", "-f", "json", "a.txt")
    (finding,) = json.loads(result.stdout)
    assert {k: finding[k] for k in ("rule", "name", "category", "severity", "line", "column",
                                    "end_column", "text", "message")} == {
        "rule": "FC901", "name": "project-code-left-in", "category": "placeholder",
        "severity": "warning", "line": 2, "column": 1, "end_column": 10,
        "text": "项目编号： TBD",
        "message": "`项目编号： TBD`: the project code was never filled in",
    }  # fmt: skip
    assert result.exit_code == 1


def test_user_patterns_are_selected_and_ignored_like_built_in_rules():
    write(".fillcheck.toml", PATTERN)
    write("a.txt", "发展对象XX名。\n项目编号：待定\n")
    assert rules("a.txt") == {"FC102", "FC901"}
    assert rules("--select", "FC901", "a.txt") == {"FC901"}
    assert rules("--select", "FC9", "a.txt") == {"FC901"}
    assert rules("--ignore", "FC901", "a.txt") == {"FC102"}
    write(".fillcheck.toml", 'ignore = ["project-code-left-in"]\n' + PATTERN)
    assert rules("a.txt") == {"FC102"}
    write(".fillcheck.toml", 'select = ["FC1"]\n' + PATTERN)  # select names every rule kept
    assert rules("a.txt") == {"FC102"}
    write(".fillcheck.toml", '[per-file-ignores]\n"a.txt" = ["FC901"]\n' + PATTERN)
    assert rules("a.txt") == {"FC102"}


def test_a_user_pattern_code_on_the_command_line_needs_a_configuration_defining_it():
    write("a.txt", "项目编号：待定\n")
    result = run("check", "--select", "FC901", "a.txt")
    assert result.exit_code == 2
    assert result.stderr == "fillcheck: error: unknown rule code or prefix 'FC901'\n"


def test_user_patterns_are_not_listed_among_the_rules():
    write(".fillcheck.toml", PATTERN)
    assert "FC901" not in run("rules").stdout


def test_a_runaway_pattern_times_out_with_one_line_and_other_findings_stay():
    write(".fillcheck.toml", (
        'pattern-timeout = 0.05\n[[patterns]]\ncode = "FC950"\nname = "runaway"\n'
        'regex = "(a+)+$"\nmessage = "never"\ncategory = "format"\n'
    ))  # fmt: skip
    write("slow.txt", "发展对象XX名。\n" + "a" * 3000 + "b\n")
    write("fine.txt", "aaa\n")
    result = run("check", "slow.txt", "fine.txt")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "slow.txt:1:5: error FC102 `XX名`: the number of people was never filled in [`XX`]",
        "fine.txt:1:1: error FC950 never [`aaa`]",
    ]
    assert result.stderr.splitlines() == [
        "fillcheck: error: slow.txt: FC950 (runaway) timed out after 0.05 s; "
        "its findings in this file are not reported",
        "fillcheck: 2 files checked, 2 findings (2 errors), 1 file error",
    ]


# ---------------------------------------------------------------- errors


def pattern_toml(**keys: str) -> str:
    """A ``[[patterns]]`` entry: a valid one, with ``keys`` changed (an empty value drops it)."""
    entry = {"code": "FC901", "name": "x", "regex": "a", "message": "m", "category": "format"}
    entry.update(keys)
    return "[[patterns]]\n" + "".join(f"{k} = {v!r}\n" for k, v in entry.items() if v)


@pytest.mark.parametrize(
    ("toml", "error"),
    [
        ("per_file_ignores = {}\n", "per_file_ignores: unknown key (did you mean "
         "'per-file-ignores'?)"),
        ("selct = ['FC1']\n", "selct: unknown key (did you mean 'select'?)"),
        ("colour = true\n", "colour: unknown key"),
        ("select = ['FC999']\n", "select: unknown rule code or prefix 'FC999'"),
        ("ignore = ['nope']\n", "ignore: unknown rule code or prefix 'nope'"),
        ("[severity]\nFC777 = 'error'\n", "severity.FC777: unknown rule code or prefix 'FC777'"),
        ("[severity]\nFC103 = 'fatal'\n", "severity.FC103: unknown severity 'fatal' (expected "
         "one of: info, warning, error)"),
        ("[per-file-ignores]\n'*.md' = ['FC1x']\n",
         "per-file-ignores.\"*.md\": unknown rule code or prefix 'FC1x'"),
        ("select = 'FC1'\n", "select: expected an array of strings, got a string"),
        ("ignore = ['FC1', 3]\n", "ignore: expected an array of strings, found an integer"),
        ("severity = ['FC1']\n", "severity: expected a table, got an array"),
        ("fail-on = 2\n", "fail-on: expected a severity name, got an integer"),
        ("pattern-timeout = 0\n", "pattern-timeout: expected a number of seconds above 0, got 0"),
        ("allow = ['']\n", "allow: an allowed phrase cannot be empty"),
        ("patterns = 3\n", "patterns: expected an array of tables ([[patterns]])"),
        (pattern_toml(regex="(a"), "patterns[0].regex: invalid regex: missing ) at position 2"),
        (pattern_toml(regex="a*"), "patterns[0].regex: the regex matches the empty string"),
        (pattern_toml(code="FC101"), "patterns[0].code: 'FC101' is not a user rule code "
         "(FC900 to FC999)"),
        (pattern_toml(name="My_Rule"), "patterns[0].name: 'My_Rule' is not a kebab-case name "
         "(like 'my-rule')"),
        (pattern_toml(category="typo"), "patterns[0].category: unknown category 'typo' "
         "(expected one of: placeholder, paywall, count, redaction, format)"),
        (pattern_toml(severity="high"), "patterns[0].severity: unknown severity 'high' "
         "(expected one of: info, warning, error)"),
        (pattern_toml(flags="i"), "patterns[0].flags: unknown key (expected: code, name, "
         "regex, message, category, severity)"),
        (pattern_toml(name="a") + pattern_toml(name="b"),
         "patterns[1].code: duplicate rule code FC901"),
        (pattern_toml(name="star-masked-value"),
         "patterns[0].name: duplicate rule name 'star-masked-value'"),
        (pattern_toml(name=""), "patterns[0]: missing required key 'name'"),
        (pattern_toml(message="") + "message = 3\n", "patterns[0].message: expected a "
         "non-empty string"),
    ],
)  # fmt: skip
def test_configuration_errors_are_one_line_before_anything_is_checked(toml, error):
    write("bad.toml", toml)
    write("a.txt", MIXED)
    result = run("check", "--config", "bad.toml", "a.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"fillcheck: error: bad.toml: {error}\n"


@pytest.mark.parametrize(
    ("toml", "where"),
    [("select = ['FC1'\nignore = []\n", "line 2, column 1"), ("a = 1\nb = = 2\n", "line 2")],
)
def test_invalid_toml_is_one_line_with_its_line_number(toml, where):
    write(".fillcheck.toml", toml)
    write("a.txt", MIXED)
    result = run("check", "a.txt")
    assert result.exit_code == 2
    error, summary = result.stderr.splitlines()
    assert error.startswith("fillcheck: error: .fillcheck.toml: invalid TOML: ")
    assert where in error  # the parser's own words, with the position
    assert summary == "fillcheck: 0 files checked, no findings, 1 file error"


def test_pyproject_errors_name_the_full_key():
    write("pyproject.toml", "[tool.fillcheck]\nselect = ['FC1']\nexclude = 'archive'\n")
    write("a.txt", MIXED)
    result = run("check", "a.txt")
    assert result.stderr.splitlines()[0] == (
        "fillcheck: error: pyproject.toml: tool.fillcheck.exclude: expected an array of "
        "strings, got a string"
    )
    write("pyproject.toml", "[tool]\nfillcheck = 3\n")
    result = run("check", "a.txt")
    assert result.stderr.splitlines()[0] == (
        "fillcheck: error: pyproject.toml: tool.fillcheck: expected a table"
    )


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("--config", "missing.toml"), "missing.toml: cannot read: No such file or directory"),
        (("--config", "pyproject.toml"), "pyproject.toml: has no [tool.fillcheck] table"),
        (("--config", "pyproject.toml", "--isolated"), "--config: cannot be used with --isolated"),
    ],
)
def test_config_option_errors(args, error):
    write("pyproject.toml", '[project]\nname = "x"\n')
    write("a.txt", MIXED)
    result = run("check", *args, "a.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"fillcheck: error: {error}\n"


def test_a_broken_discovered_configuration_is_reported_once_and_its_files_skipped():
    write("a/.fillcheck.toml", "selct = ['FC1']\n")
    write("a/x.txt", MIXED)
    write("a/y.txt", MIXED)
    write("b/z.txt", "发展对象XX名。\n")
    result = run("check", "a", "b")
    assert result.exit_code == 2
    assert result.stdout == (
        "b/z.txt:1:5: error FC102 `XX名`: the number of people was never filled in [`XX`]\n"
    )
    assert result.stderr.splitlines() == [
        "fillcheck: error: a/.fillcheck.toml: selct: unknown key (did you mean 'select'?)",
        "fillcheck: 1 file checked, 1 finding (1 error), 1 file error",
    ]


# ---------------------------------------------------------------- `fillcheck config`


def test_config_command_prints_toml_that_reads_back_the_same():
    write("project/.fillcheck.toml", EXAMPLE_TOML)
    result = run("config", "project")
    assert result.exit_code == 0
    head = result.stdout.splitlines()[:3]
    assert head == [
        "# fillcheck settings for project",
        "# from: project/.fillcheck.toml",
        "# globs relative to: project",
    ]
    settings = tomllib.loads(result.stdout)
    assert settings == {
        "select": ["ALL"], "extend-select": [], "ignore": ["FC104"], "exclude": ["archive/"],
        "fail-on": "error", "allow": ["XX实验室"], "pattern-timeout": 1.0,
        "per-file-ignores": {"**/drafts/*.md": ["FC102"]}, "severity": {"FC103": "error"},
        "patterns": [{
            "code": "FC901", "name": "project-code-left-in",
            "regex": "项目编号[:：]\\s*(?:TBD|待定)",
            "message": "`{text}`: the project code was never filled in",
            "category": "placeholder", "severity": "error",
        }],
        "style": "auto",
    }  # fmt: skip
    write("copy/.fillcheck.toml", result.stdout)  # pasted back: the same settings
    again = run("config", "copy")
    assert again.stdout.splitlines()[3:] == result.stdout.splitlines()[3:]


def test_config_command_for_a_file_shows_its_rules_after_per_file_ignores():
    write("project/.fillcheck.toml", EXAMPLE_TOML)
    write("project/drafts/plan.md", "")
    plan = json.loads(run("config", "-f", "json", "project/drafts/plan.md").stdout)
    top = json.loads(run("config", "--format", "json", "project").stdout)
    assert plan["source"] == top["source"] == "project/.fillcheck.toml"
    assert "FC102" in top["rules"] and "FC102" not in plan["rules"]
    assert "FC104" not in top["rules"] and "FC901" in top["rules"]
    assert plan["settings"] == tomllib.loads(run("config", "project").stdout)


def test_config_command_without_configuration_shows_the_defaults():
    result = run("config")
    assert result.stdout.splitlines()[1] == "# from: defaults (no configuration file found)"
    settings = tomllib.loads(result.stdout)
    assert (settings["select"], settings["fail-on"], settings["patterns"]) == (
        ["ALL"],
        "warning",
        [],
    )
    write(".fillcheck.toml", 'ignore = ["FC1"]\n')
    assert tomllib.loads(run("config", "--isolated").stdout)["ignore"] == []
    assert tomllib.loads(run("config").stdout)["ignore"] == ["FC1"]


def test_config_command_errors_are_one_line():
    write(".fillcheck.toml", "selct = []\n")
    result = run("config")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "fillcheck: error: .fillcheck.toml: selct: unknown key (did you mean 'select'?)\n"
    )
    assert run("config", "-f", "yaml").exit_code == 2


# ---------------------------------------------------------------- the README's example


def example(config_name: str, config_text: str) -> None:
    write(f"configuration/{config_name}", config_text)
    for path, text in EXAMPLE_DOCS.items():
        write(f"configuration/{path}", text)


@pytest.mark.parametrize(
    ("name", "text"), [(".fillcheck.toml", EXAMPLE_TOML), ("pyproject.toml", EXAMPLE_PYPROJECT)]
)
def test_readme_example_check(name, text):
    example(name, text)
    result = run("check", "configuration")
    assert (result.exit_code, lines(result)) == (1, EXAMPLE_CHECK)
    result = run("check", "configuration/archive/old.txt")
    assert (result.exit_code, lines(result)) == (1, EXAMPLE_OLD)
    result = run("check", "--force-exclude", "configuration/archive/old.txt")
    assert (result.exit_code, lines(result)) == (0, ["fillcheck: 0 files checked, no findings"])
    result = run("config", "configuration/drafts/plan.md")
    assert lines(result)[:3] == [
        "# fillcheck settings for configuration/drafts/plan.md",
        f"# from: configuration/{name}",
        "# globs relative to: configuration",
    ]


def test_readme_example_both_forms_give_the_same_settings():
    example(".fillcheck.toml", EXAMPLE_TOML)
    write("other/pyproject.toml", EXAMPLE_PYPROJECT)
    toml = json.loads(run("config", "-f", "json", "configuration").stdout)
    pyproject = json.loads(run("config", "-f", "json", "other").stdout)
    assert toml["settings"] == pyproject["settings"]
    assert toml["rules"] == pyproject["rules"]
