"""Start-up: `fillcheck check` declares only the command it runs, and says the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from fillcheck import cli

ROOT = Path(__file__).resolve().parents[1]
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "100", "FILLCHECK_NO_CACHE": "1"}


def test_check_runs_in_an_app_of_that_command_alone():
    lean = cli._app_for(["check"])
    assert lean is not cli.app
    group = typer.main.get_command(lean)
    assert sorted(group.commands) == ["check"]
    assert sorted(typer.main.get_command(cli.app).commands) == [
        "annotate", "check", "clean", "config", "corpus", "explain", "extract", "install-hook",
        "rules", "server",
    ]  # fmt: skip
    assert cli._app_for(["explain"]) is cli.app
    assert cli._app_for([]) is cli.app
    assert cli._app_for(["--version"]) is cli.app


def _run(*args: str, tmp_path: Path) -> tuple[int, str, str]:
    fillcheck = str(Path(sys.executable).with_name("fillcheck"))
    done = subprocess.run(
        [fillcheck, *args], capture_output=True, text=True, cwd=tmp_path, check=False,
        env=ENV,
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def _in_process(*args: str, tmp_path: Path) -> tuple[int, str, str]:
    script = (
        "import sys; from fillcheck.cli import app; sys.argv = ['fillcheck', *sys.argv[1:]]; app()"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=tmp_path,
        check=False,
        env=ENV,
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--help"),
        ("check", "--no-such-option"),
        ("check", "--format", "nope", "a.txt"),
        ("check", "--format", "jsonl", "a.txt", "missing.txt"),
        ("chek",),
    ],
    ids=["help", "bad-option", "bad-format", "findings-and-missing-file", "misspelt-command"],
)
def test_the_lean_app_says_what_the_whole_app_says(args, tmp_path):
    (tmp_path / "a.txt").write_text("共组织学习*次，某单位XX名同志参加。\n", encoding="utf-8")
    lean = _run(*args, tmp_path=tmp_path)
    whole = _in_process(*args, tmp_path=tmp_path)
    assert lean == whole
    assert lean[0] == (0 if "--help" in args else 2)
