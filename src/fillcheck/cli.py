"""The command line: parse options, build CheckOptions, run, print, exit. Nothing else."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from . import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find unfilled placeholders, redaction masks, paywall residue and contradictory "
    "counts in documents.",
)


def fail(message: str) -> typer.Exit:
    """Print a one-line usage error and return the exit-2 exception to raise."""
    sys.stderr.write(f"fillcheck: error: {message}\n")
    return typer.Exit(2)


def _split(values: list[str] | None) -> list[str]:
    return [part for value in values or () for part in value.split(",") if part.strip()]


def _version(value: bool) -> None:
    if value:
        print(f"fillcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """fillcheck audits documents for what should not be in them when handed in."""


@app.command()
def check(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Argument(help="Files and directories to check; '-' reads standard input."),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Output format: text, json, jsonl.")
    ] = "text",
    select: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help="Rule codes, prefixes or names to enable (comma-separated)."),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help="Rule codes, prefixes or names to disable (comma-separated)."),
    ] = None,
    severity: Annotated[
        str, typer.Option(help="Report only findings at or above: info, warning, error.")
    ] = "info",
    fail_on: Annotated[
        str, typer.Option(help="Exit 1 when a finding is at or above: info, warning, error.")
    ] = "warning",
    exit_zero: Annotated[bool, typer.Option(help="Exit 0 even when there are findings.")] = False,
    stdin_filename: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="The name to report for '-' (its extension picks the format)."),
    ] = None,
    encoding: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Decode text files with this encoding instead of detecting it."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Check documents and report what should not be in them."""
    from .finding import Severity
    from .formatters import get_formatter
    from .registry import select_rules
    from .runner import CheckOptions, exit_status, run_check, summary

    try:
        options = CheckOptions(
            rules=select_rules(_split(select), _split(ignore)),
            min_severity=Severity.parse(severity),
            fail_on=Severity.parse(fail_on),
            exit_zero=exit_zero,
            encoding=encoding,
            stdin_filename=stdin_filename,
        )
        formatter = get_formatter(output_format, sys.stdout)
    except ValueError as error:
        raise fail(str(error)) from None
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise fail(f"unknown encoding {encoding!r}") from None
    result = run_check(paths or ["."], options, formatter, sys.stderr)
    sys.stdout.flush()
    if not quiet:
        sys.stderr.write(summary(result) + "\n")
    raise typer.Exit(exit_status(result, options))


@app.command()
def rules(
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Output format: table or json.")
    ] = "table",
) -> None:
    """List every rule: code, name, category, default severity and summary."""
    from .docs import rules_json, rules_table

    if output_format not in ("table", "json"):
        raise fail(f"unknown format {output_format!r} (expected table or json)")
    print(rules_table() if output_format == "table" else rules_json())


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A rule code or name, e.g. FC101.")]) -> None:
    """Print a rule's full documentation."""
    from .docs import explain_rule

    try:
        print(explain_rule(code))
    except KeyError:
        raise fail(f"unknown rule {code!r} (see `fillcheck rules`)") from None


def main() -> None:
    """Console-script entry point: run the app, exiting quietly on a closed pipe or Ctrl-C."""
    try:
        app()
    except BrokenPipeError:
        import os

        # Python flushes stdout at exit; point it at devnull so that does not fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        sys.stderr.write("fillcheck: interrupted\n")
        sys.exit(130)
