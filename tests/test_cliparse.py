"""The plain converter of command-line values gives what typer's own converter gives."""

from __future__ import annotations

import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import pytest
import typer
from typer.testing import CliRunner

from fillcheck import cliparse


class Shade(str, Enum):
    LIGHT = "light"
    DARK = "dark"


def _app(factory) -> typer.Typer:
    app = factory(add_completion=False, rich_markup_mode=None)

    @app.callback()
    def main(verbose: Annotated[bool, typer.Option("--verbose")] = False) -> None:
        """Top."""

    @app.command()
    def show(
        paths: Annotated[Optional[list[str]], typer.Argument()] = None,  # noqa: UP045
        name: Annotated[str, typer.Option()] = "text",
        maybe: Annotated[Optional[str], typer.Option()] = None,  # noqa: UP045
        many: Annotated[Optional[list[str]], typer.Option()] = None,  # noqa: UP045
        size: Annotated[int, typer.Option(min=1)] = 512,
        jobs: Annotated[Optional[int], typer.Option(min=1, max=64)] = None,  # noqa: UP045
        seconds: Annotated[Optional[float], typer.Option(min=0)] = None,  # noqa: UP045
        clamped: Annotated[int, typer.Option(min=0, max=9, clamp=True)] = 3,
        shade: Annotated[Shade, typer.Option()] = Shade.LIGHT,
        where: Annotated[Optional[Path], typer.Option()] = None,  # noqa: UP045
        upper: Annotated[str, typer.Option(parser=str.upper)] = "x",
        source: Annotated[
            Optional[bool],  # noqa: UP045
            typer.Option("--source/--no-source"),
        ] = None,
        flag: Annotated[bool, typer.Option("--flag")] = False,
    ) -> None:
        """Print what the command received."""
        for value in (paths, name, maybe, many, size, jobs, seconds, clamped, shade, where,
                      upper, source, flag):  # fmt: skip
            print(type(value).__name__, repr(value))

    @app.command()
    def other() -> None:
        """A second command."""

    return app


ARGS = [
    ["show"],
    ["show", "a.txt", "b.txt", "-"],
    ["show", "--name", "json", "--maybe", "", "--many", "a", "--many", "b,c"],
    ["show", "--size", "1", "--jobs", "64", "--seconds", "0"],
    ["show", "--size", "007", "--jobs", "2", "--seconds", "2.5"],
    ["show", "--size", "0"],
    ["show", "--size", "-3"],
    ["show", "--size", "x"],
    ["show", "--size", "1.5"],
    ["show", "--size", " 4"],
    ["show", "--size", "+4"],
    ["show", "--jobs", "65"],
    ["show", "--jobs", "99999999999999999999"],
    ["show", "--seconds", "-1"],
    ["show", "--seconds", "nan"],
    ["show", "--seconds", "1e3", "--jobs", "1_0"],
    ["show", "--seconds", "2."],
    ["show", "--seconds", ".5"],
    ["show", "--seconds", "0.1000000000000000055511151231257827"],
    ["show", "--seconds", "12345678901234567890"],
    ["show", "--clamped", "12"],
    ["show", "--shade", "dark"],
    ["show", "--shade", "grey"],
    ["show", "--where", "a/b", "--upper", "yes", "--no-source", "--flag"],
    ["show", "--source", "--name", "名字", "文件.txt"],
    ["--verbose", "show", "--help"],
    ["--help"],
    ["show", "--name"],
    ["shw"],
]


@pytest.mark.parametrize("args", ARGS, ids=[" ".join(a) or "-" for a in ARGS])
def test_plain_values_are_what_typer_gives(args):
    runner = CliRunner()
    ours = runner.invoke(_app(cliparse.Typer), args)
    theirs = runner.invoke(_app(typer.Typer), args)
    assert (ours.exit_code, ours.output) == (theirs.exit_code, theirs.output)
    assert ours.exception is None or isinstance(ours.exception, SystemExit)


def test_the_plain_converter_takes_the_values_that_need_no_conversion(capsys):
    app = _app(cliparse.Typer)
    group = typer.main.get_command(app)
    command = group.commands["show"]
    if getattr(command.params[0], "_runtime_param", cliparse._OTHER) is cliparse._OTHER:
        pytest.skip("this typer converts values without runtime converters")
    taken = {param.name: param._runtime_param is cliparse._PLAIN for param in command.params}
    assert all(taken.values())
    group.main(["show", "a", "--many", "b", "--jobs", "3", "--shade", "dark"],
               standalone_mode=False)  # fmt: skip
    assert "int 3" in capsys.readouterr().out
    # typer built its own converter only for the values that needed it: a choice, a clamped
    # number and a custom parser (their defaults are converted too)
    built = {param.name for param in command.params if param._runtime_param is not cliparse._PLAIN}
    assert built == {"shade", "clamped", "upper"}


def test_check_on_a_small_file_does_not_load_pydantic_nor_unused_modules(tmp_path):
    (tmp_path / "a.txt").write_text("共组织学习*次。\n", encoding="utf-8")
    script = (
        "import sys; from fillcheck.cli import main\n"
        "sys.argv = ['fillcheck', 'check', '--jobs', '1', '--max-size', '8', 'a.txt']\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    code = exit.code\n"
        "unused = ('pydantic', 'fillcheck.suppress')\n"
        "print(code, sorted(m for m in sys.modules if m.startswith(unused)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=True,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "FILLCHECK_NO_CACHE": "1"},
    )  # fmt: skip
    assert done.stdout.splitlines()[-1] == "1 []"
