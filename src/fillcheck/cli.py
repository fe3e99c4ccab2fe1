"""The command line: parse options, build CheckOptions, run, print, exit. Nothing else."""

import errno
import gc
import sys
from typing import Annotated, NamedTuple, Optional

# Start-up builds tens of thousands of objects that live as long as the process and frees
# almost none: the cyclic collector's passes over them are a tenth of a small check. It is
# off while the command line module loads (on again at the end of this module) and, for
# `check`, until the files are checked (see main and _run_to_output).
_COLLECTING = gc.isenabled()
gc.disable()

import typer  # noqa: E402

from . import __version__  # noqa: E402
from .cliparse import Typer  # noqa: E402
from .interrupt import Interrupted  # noqa: E402
from .output import LangOption  # noqa: E402
from .output import plain_argument_help as _plain_argument_help  # noqa: E402

DEFAULT_MAX_SIZE_MB = 512  # readers.DEFAULT_MAX_SIZE, kept here so --help imports nothing
DEFAULT_TIMEOUT = 60.0  # seconds to read and audit one file
DEFAULT_MAX_MEMORY_MB = 2048  # address space of one worker process

# Options shared by `check` and `extract`.
EncodingOption = Annotated[
    Optional[str],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option(
        metavar="NAME", help="Decode text files with this encoding instead of detecting it."
    ),
]
MaxSizeOption = Annotated[
    int,
    typer.Option(
        metavar="MB", help="Largest file, or uncompressed .docx content, to read, in MB.", min=1
    ),
]
CODES = "CODES"  # metavar of the options that take rule codes, prefixes or names


_plain_argument_help()

app = Typer(  # values that need no conversion skip typer's pydantic adapters
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: readable at 80 columns, no boxes
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Find unfilled placeholders, redaction masks, paywall residue and contradictory "
    "counts in documents.\n\n"
    "\b\nExamples:\n"
    "  fillcheck check                  check every document under .\n"
    "  fillcheck check report.docx      check one file\n"
    "  fillcheck check --lang zh docs/  messages in Chinese\n"
    "  fillcheck explain FC101          what a rule finds, and why",
)


def fail(message: str) -> typer.Exit:
    """Print a one-line usage error and return the exit-2 exception to raise."""
    from .messages import t

    sys.stderr.write(t("error-line", message=message) + "\n")
    return typer.Exit(2)


def _set_language(option: str | None, configured: str | None = None) -> None:
    """Set the language of the run (see :func:`fillcheck.output.choose_language`);
    exit 2 naming a language that does not exist."""
    from .output import choose_language

    try:
        choose_language(option, configured)
    except ValueError as error:
        raise fail(str(error)) from None


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
    _set_language(None)  # errors of every command in the environment's language


@app.command()
def check(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Argument(
            metavar="PATH",
            help="Files and directories to check (default: the current directory, .); "
            "'-' reads standard input.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="Output format: text, json, jsonl, github, sarif, gitlab, rdjson, junit, "
            "grouped, html (use with -o).",
        ),
    ] = "text",
    select: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            metavar=CODES, help="Rule codes, prefixes or names to enable (comma-separated)."
        ),
    ] = None,
    extend_select: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            metavar=CODES,
            help="Rule codes, prefixes or names to enable on top of the configuration.",
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            metavar=CODES, help="Rule codes, prefixes or names to disable (comma-separated)."
        ),
    ] = None,
    severity: Annotated[
        str,
        typer.Option(
            metavar="LEVEL", help="Report only findings at or above: info, warning, error."
        ),
    ] = "info",
    fail_on: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="LEVEL",
            help="Exit 1 when a finding is at or above: info, warning (default), error.",
        ),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")
    ] = False,
    stdin_filename: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="NAME", help="The name to report for '-' (its extension picks the format)."
        ),
    ] = None,
    encoding: EncodingOption = None,
    column_unit: Annotated[
        str,
        typer.Option(
            metavar="UNIT",
            help="What a column counts in text, grouped, junit and github output: "
            "char, byte (Vim), utf16 (VS Code, LSP) or display (Emacs).",
        ),
    ] = "char",
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics",
            help="Print counts per rule instead of findings (a table, or JSON with --format json).",
        ),
    ] = False,
    lang: LangOption = None,
    show_source: Annotated[
        Optional[bool],  # noqa: UP045
        typer.Option(
            "--show-source/--no-show-source",
            help="Show the line under each finding, with carets under the finding "
            "(text format). Default: the `show-source` setting, else on for a terminal.",
            show_default=False,
        ),
    ] = None,
    color: Annotated[
        str,
        typer.Option(
            "--color",
            metavar="WHEN",
            help="Colour the output: auto (a terminal, unless NO_COLOR is set or "
            "FORCE_COLOR is), always or never.",
        ),
    ] = "auto",
    baseline: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="FILE", help="Report only findings not recorded in this baseline file."
        ),
    ] = None,
    write_baseline: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="FILE", help="Record the current findings in this baseline file and exit 0."
        ),
    ] = None,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE_MB,
    config: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--config",
            metavar="FILE",
            help="Use this configuration file for every path (no discovery); its globs are "
            "relative to the working directory.",
        ),
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore all configuration files.")
    ] = False,
    force_exclude: Annotated[
        bool,
        typer.Option(
            "--force-exclude",
            help="Apply the configuration's `exclude` to files named on the command line too.",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
    output_file: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output-file",
            "-o",
            metavar="PATH",
            help="Write the report to this file (replaced atomically) instead of stdout.",
        ),
    ] = None,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Apply safe fixes to .txt, .md and .html files (delete paywall markers and "
            "residue lines), then report what remains.",
        ),
    ] = False,
    unsafe_fixes: Annotated[
        bool,
        typer.Option(
            "--unsafe-fixes",
            help="With --fix or --diff, also apply unsafe fixes (a residue phrase in a sentence).",
        ),
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Print the fixes as a unified diff instead of writing them; exit 1 if any.",
        ),
    ] = False,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Files checked at once (default: the usable cores).",
        ),
    ] = None,
    timeout: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option(
            min=0,
            metavar="SECONDS",
            help="Give up on a file after this many seconds (default 60; 0: never).",
        ),
    ] = None,
    max_memory: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            min=0,
            metavar="MB",
            help=f"Memory a worker process may use, in MB (default {DEFAULT_MAX_MEMORY_MB}; "
            "0: no cap).",
        ),
    ] = None,
    staged: Annotated[
        bool,
        typer.Option(
            "--staged", help="Check the staged content of the files staged in git (no PATHS)."
        ),
    ] = False,
) -> None:
    """Check documents and report what should not be in them.

    With no PATH, checks the current directory (.).

    \b
    Examples:
      fillcheck check                        every document under .
      fillcheck check report.docx notes/     a file and a directory
      fillcheck check --select FC1 --ignore FC104 .
      fillcheck check --lang zh --show-source report.txt
      fillcheck check --statistics --format json .
      cat draft.md | fillcheck check - --stdin-filename draft.md
    """
    from .recache import warm

    warm()  # before the modules that compile patterns are imported
    from .config import ConfigError, Overrides
    from .finding import Severity
    from .output import run_settings
    from .runner import CheckOptions, exit_status, summary

    _set_language(lang)
    _check_encoding(encoding)
    if staged and paths:
        raise fail("--staged checks the staged files; it takes no paths")
    paths = paths or ["."]
    try:
        overrides = Overrides(
            select=tuple(_split(select)) or None,
            extend_select=tuple(_split(extend_select)),
            ignore=tuple(_split(ignore)),
            fail_on=Severity.parse(fail_on) if fail_on else None,
        )
        configs = _configs(overrides, config, isolated, paths, stdin_filename)
        run = _run_settings(configs, jobs, timeout, max_memory)
        if staged:
            paths = _staged_paths()
        options = CheckOptions(
            configs=configs,
            staged=staged,
            **run,
            force_exclude=force_exclude,
            min_severity=Severity.parse(severity),
            fail_on=overrides.fail_on or Severity.WARNING,
            exit_zero=exit_zero,
            encoding=encoding,
            stdin_filename=stdin_filename,
            max_size=max_size * 2**20,
            baseline=_load_baseline(baseline),
            baseline_writer=_baseline_writer(write_baseline),
        )
        settings = run_settings(options.configs)
        _set_language(lang, settings.lang)
    except (ValueError, ConfigError) as error:
        raise fail(str(error)) from None
    from dataclasses import replace

    from .messages import language, t

    options = replace(options, lang=language())  # a plain value for worker processes
    if options.baseline_writer is not None:
        output_file = None  # findings go to the baseline only
    output = OutputChoice(output_format, statistics, column_unit, show_source, color,
                          settings.show_source)  # fmt: skip
    fixing = None
    if fix or diff:
        try:
            _formatter(sys.stdout, output)  # a bad format fails before any file is fixed
        except ValueError as error:
            raise fail(str(error)) from None
        fixing = _fix_first(paths, options, fix, diff, unsafe_fixes, quiet)
    result = _run_to_output(paths, options, output, output_file)
    if options.baseline_writer is not None:
        try:
            written = options.baseline_writer.write()
        except OSError as error:
            reason = t("cannot-write-baseline", path=write_baseline, reason=error.strerror)
            raise fail(reason) from None
        sys.stderr.write(t("recorded-baseline", count=written, path=write_baseline) + "\n")
        raise typer.Exit(2 if result.errors else 0)
    if not quiet:
        sys.stderr.write(summary(result) + "\n")
    if fixing is not None:
        for line in fixing[1]:
            sys.stderr.write(line + "\n")
        if fixing[0].errors:
            raise typer.Exit(2)
    status = exit_status(result, options)
    if staged and status:
        from .hooks import failed_message

        sys.stderr.write(failed_message(result.failed_files, len(paths)) + "\n")
    raise typer.Exit(status)


def _run_settings(configs, jobs: int | None, timeout: float | None, max_memory: int | None):
    """--jobs, --timeout and --max-memory, else the working directory's configuration, else
    the defaults, as CheckOptions keywords."""
    import os

    from .config import ConfigError

    try:
        settings = configs.for_directory(os.getcwd()).settings
    except ConfigError:  # reported with the files it governs
        settings = None
    if jobs is None:
        jobs = getattr(settings, "jobs", None) or _usable_cores()
    if timeout is None:
        timeout = getattr(settings, "timeout", None)
        timeout = DEFAULT_TIMEOUT if timeout is None else timeout
    if max_memory is None:
        max_memory = getattr(settings, "max_memory", None)
        max_memory = DEFAULT_MAX_MEMORY_MB if max_memory is None else max_memory
    return {"jobs": jobs, "timeout": timeout, "max_memory": max_memory}


def _usable_cores() -> int:
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _staged_paths() -> list[tuple[str, str]]:
    """(path, blob id) of each staged file fillcheck reads; ValueError when git cannot say."""
    import os
    import subprocess

    from .hooks import staged_documents
    from .readers import FORMATS

    try:
        top = subprocess.run(["git", "rev-parse", "--show-cdup"], capture_output=True, check=True)
        cdup = top.stdout.decode("utf-8", "surrogateescape").strip()
        found = staged_documents(set(FORMATS))
    except (subprocess.CalledProcessError, OSError) as error:
        stderr = getattr(error, "stderr", b"") or b""
        reason = stderr.decode("utf-8", "replace").strip() or "git diff failed"
        raise ValueError(f"cannot list the staged files: {reason}") from None
    # git names staged files from the top of the work tree; name them from here
    return [(os.path.relpath(os.path.join(cdup, path)) if cdup else path, blob)
            for path, blob in found]  # fmt: skip


class OutputChoice(NamedTuple):
    """What the command line says about the report: format and how text looks."""

    format: str
    statistics: bool
    column_unit: str
    show_source: bool | None
    color: str
    configured_source: bool | None


def _formatter(stream, choice: OutputChoice):
    from .output import make_formatter

    return make_formatter(
        stream, choice.format, statistics=choice.statistics, column_unit=choice.column_unit,
        show_source=choice.show_source, color=choice.color,
        configured_source=choice.configured_source,
    )  # fmt: skip


def _run_to_output(paths: list[str], options, choice: OutputChoice, output: str | None):
    """Run the check writing the report to stdout or, replaced atomically once complete,
    to the file ``output``."""
    from .formatters import Discard
    from .outfile import OutputError, OutputFile
    from .runner import run_check

    try:
        _formatter(sys.stdout, choice)  # a bad format or option fails before any checking
        target = OutputFile(output) if output is not None else None
    except (ValueError, OutputError) as error:
        raise fail(str(error)) from None
    stream = target.stream if target else sys.stdout
    try:
        if options.baseline_writer is not None:
            formatter = Discard(stream)
        else:
            formatter = _formatter(stream, choice)
        _resume_gc()  # start-up is over; checking many files makes garbage to collect
        result = run_check(paths, options, formatter, sys.stderr)
        stream.flush()
        from .recache import save

        save()  # the patterns this run compiled, for the next start
    except BaseException:
        if target:
            target.discard()
        raise
    if target:
        try:
            target.commit()
        except OutputError as error:
            raise fail(str(error)) from None
    return result


def _fix_first(paths, options, fix: bool, diff: bool, unsafe: bool, quiet: bool):
    """Run --fix before the check (its summary lines are returned), or --diff and exit."""
    from .fix.run import describe, fix_paths
    from .messages import t

    if fix and diff:
        raise fail(t("fix-fix-and-diff"))
    if "-" in paths:
        raise fail(t("fix-stdin"))
    run = fix_paths(paths, options, unsafe=unsafe, diff=diff, out=sys.stdout, err=sys.stderr)
    lines = [] if quiet else describe(run, diff=diff)
    if not diff:
        return run, lines
    sys.stdout.flush()
    for line in lines:
        sys.stderr.write(line + "\n")
    raise typer.Exit(2 if run.errors else 1 if run.files else 0)


def _configs(overrides, config: str | None, isolated: bool, paths: list[str], stdin: str | None):
    """The ConfigStore for a run; ValueError or ConfigError for what cannot be used."""
    from .config import ConfigStore

    store = ConfigStore(overrides, config_file=config, isolated=isolated)
    targets = [(stdin or "-") if path == "-" else path for path in paths]
    store.check_selectors(
        targets, [*(overrides.select or ()), *overrides.extend_select, *overrides.ignore]
    )
    return store


def _check_encoding(encoding: str | None) -> None:
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            from .messages import t

            raise fail(t("unknown-encoding", name=encoding)) from None


def _load_baseline(path: str | None):
    if path is None:
        return None
    from .baseline import Baseline

    return Baseline.load(path)  # ValueError names the file and the reason


def _baseline_writer(path: str | None):
    if path is None:
        return None
    from .baseline import BaselineWriter

    return BaselineWriter(path)


@app.command()
def extract(
    path: Annotated[
        str, typer.Argument(metavar="PATH", help="The document whose audited text to print.")
    ],
    numbers: Annotated[
        bool, typer.Option("--numbers/--no-numbers", help="Prefix each line with its number.")
    ] = True,
    parts: Annotated[
        bool, typer.Option("--parts", help="Show the part of the file (page, table cell) too.")
    ] = False,
    encoding: EncodingOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE_MB,
) -> None:
    """Print exactly the text that `check` audits, with line numbers.

    Line and column numbers in findings refer to this text; for .docx, .pdf
    and .html it is what the reader extracted, not the file's bytes.
    """
    from .messages import t
    from .readers import ReadError, display_path
    from .runner import CheckOptions, read_document

    _check_encoding(encoding)
    options = CheckOptions(rules=[], encoding=encoding, max_size=max_size * 2**20)
    try:
        document = read_document(path, options)
    except ReadError as error:
        raise fail(t("path-reason", path=display_path(error.path), reason=error.reason)) from None
    for note in document.notes:
        message = t("path-reason", path=document.source, reason=note)
        sys.stderr.write(t("error-line", message=message) + "\n")
    out = sys.stdout
    offset = 0
    width = len(str(len(document.line_starts)))
    for number, line in enumerate(document.text.split("\n"), start=1):
        prefix = f"{number:>{width}}\t" if numbers else ""
        if parts:
            prefix += f"{document.part_at(offset) or '-'}\t"
        out.write(f"{prefix}{line}\n")
        offset += len(line) + 1
    raise typer.Exit(2 if document.notes else 0)


@app.command()
def annotate(
    path: Annotated[str, typer.Argument(help="The .docx document to annotate (never modified).")],
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Where to write the copy [default: NAME.checked.docx beside it].",
        ),
    ] = None,
    select: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help="Rule codes, prefixes or names to enable (comma-separated)."),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help="Rule codes, prefixes or names to disable (comma-separated)."),
    ] = None,
    severity: Annotated[
        str, typer.Option(help="Comment only findings at or above: info, warning, error.")
    ] = "info",
    config: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--config", help="Use this configuration file (no discovery)."),
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore all configuration files.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Write a copy of a Word document with each finding as a comment on its text.

    Findings in headers, footers, notes and text boxes, where Word cannot anchor
    a comment, are listed in one comment at the start of the document. Exits 0
    once the copy is written, 2 when it cannot be.
    """
    from .annotate import AnnotateError, annotate_path
    from .config import ConfigError, Overrides
    from .finding import Severity
    from .messages import language, t
    from .outfile import OutputError
    from .runner import CheckOptions

    _set_language(lang)
    try:
        overrides = Overrides(select=tuple(_split(select)) or None, ignore=tuple(_split(ignore)))
        options = CheckOptions(
            configs=_configs(overrides, config, isolated, [path], None),
            min_severity=Severity.parse(severity),
        )
        written = annotate_path(path, output, options, sys.stderr, lang=language())
    except (ValueError, ConfigError, AnnotateError, OutputError) as error:
        raise fail(str(error)) from None
    if written is None:  # the document could not be read: the reason is already on stderr
        raise typer.Exit(2)
    sys.stderr.write(t("fillcheck-says", message=written) + "\n")


@app.command("install-hook")
def install_hook(
    repo: Annotated[
        str, typer.Option(metavar="DIR", help="The git repository to install into.")
    ] = ".",
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing pre-commit hook.")
    ] = False,
    uninstall: Annotated[
        bool, typer.Option("--uninstall", help="Remove the hook fillcheck installed.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Install a plain git pre-commit hook that checks the staged content of staged files."""
    from .hooks import HookError, install, remove

    _set_language(lang)

    try:
        message = remove(repo) if uninstall else install(repo, force=force)
    except HookError as error:
        raise fail(str(error)) from None
    print(message)


@app.command()
def rules(
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="Output format: table or json.")
    ] = "table",
    lang: LangOption = None,
) -> None:
    """List every rule: code, name, category, severity, summary.

    \b
    Examples:
      fillcheck rules
      fillcheck rules --lang zh
      fillcheck rules --format json
    """
    from .docs import rules_json, rules_table
    from .messages import t
    from .output import run_settings

    _set_language(lang, run_settings(None).lang)
    if output_format not in ("table", "json"):
        raise fail(t("unknown-format", name=output_format, expected=f"table {t('or')} json"))
    print(rules_table() if output_format == "table" else rules_json())


@app.command()
def explain(
    code: Annotated[str, typer.Argument(metavar="CODE", help="A rule code or name, e.g. FC101.")],
    lang: LangOption = None,
) -> None:
    """Print a rule's full documentation.

    \b
    Examples:
      fillcheck explain FC101
      fillcheck explain star-masked-value --lang zh
    """
    from .docs import explain_rule
    from .messages import t
    from .output import run_settings

    _set_language(lang, run_settings(None).lang)
    try:
        print(explain_rule(code))
    except KeyError:
        raise fail(t("unknown-rule", code=code)) from None


@app.command("config")
def show_config(
    path: Annotated[
        str,
        typer.Argument(metavar="PATH", help="The file or directory whose settings to show."),
    ] = ".",
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="Output format: toml or json.")
    ] = "toml",
    config: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--config", metavar="FILE", help="Show the settings of this configuration file."
        ),
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore all configuration files.")
    ] = False,
) -> None:
    """Print the settings `check` uses for PATH, and the file they come from.

    The TOML output can be pasted into a .fillcheck.toml.
    """
    from .config import ConfigError, ConfigStore, render_json, render_toml
    from .messages import t

    if output_format not in ("toml", "json"):
        raise fail(t("unknown-format", name=output_format, expected=f"toml {t('or')} json"))
    try:
        resolved = ConfigStore(config_file=config, isolated=isolated).for_target(path)
    except ConfigError as error:
        raise fail(str(error)) from None
    print((render_toml if output_format == "toml" else render_json)(resolved, path))


@app.command()
def clean(lang: LangOption = None) -> None:
    """Remove the compiled patterns fillcheck keeps in its cache folder.

    Each installed copy and Python version keeps its own files there
    (~/.cache/fillcheck, or $XDG_CACHE_HOME/fillcheck, or $FILLCHECK_CACHE_DIR);
    those of earlier versions are not removed otherwise. The next check
    compiles the patterns again. Other files in the folder are left alone.
    """
    from .messages import t
    from .output import run_settings
    from .recache import clean as remove_cache

    _set_language(lang, run_settings(None).lang)
    folder, count, size = remove_cache()
    if count:
        amount = f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} kB"
        print(t("cache-cleaned", count=count, size=amount, folder=folder))
    else:
        print(t("cache-empty", folder=folder))


@app.command()
def server() -> None:
    """Run the language server on standard input and output (LSP).

    Editors start it themselves; see editors/ for Neovim, Emacs, Helix and
    VS Code. Needs the lsp extra of fillcheck, which installs pygls.
    """
    try:
        import pygls  # noqa: F401
    except ImportError:
        from .messages import t

        raise fail(t("fix-no-pygls")) from None
    from .server import main as serve

    serve()


from .corpus.command import corpus as _corpus  # noqa: E402 - imports typer only

app.command("corpus")(_corpus)


class OutputError(OSError):
    """Standard output could not be written (closed, full, or failing)."""


class _GuardedOutput:
    """``sys.stdout`` whose write errors are OutputErrors (a closed stdout fails on use)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text``; OutputError when standard output cannot take it."""
        if self._stream is None:
            raise OutputError(errno.EBADF, "it is closed")
        try:
            return self._stream.write(text)
        except OSError as error:
            raise OutputError(error.errno, error.strerror) from None

    def flush(self) -> None:
        """Flush; OutputError when standard output cannot take what is buffered."""
        if self._stream is not None:
            try:
                self._stream.flush()
            except OSError as error:
                raise OutputError(error.errno, error.strerror) from None

    def __getattr__(self, name: str):
        if self._stream is None:
            raise OutputError(errno.EBADF, "it is closed")
        return getattr(self._stream, name)


def _silence_stdout() -> None:
    """Point file descriptor 1 at devnull, so nothing (not the exit-time flush) fails again."""
    import os

    descriptor = os.open(os.devnull, os.O_WRONLY)
    if descriptor != 1:
        os.dup2(descriptor, 1)
        os.close(descriptor)


def _interrupt(signum, frame) -> None:
    raise Interrupted


def _prepare_streams() -> None:
    """A closed stderr becomes devnull (the exit status still tells); stdout is guarded."""
    import os
    import signal

    if sys.stderr is None:
        descriptor = os.open(os.devnull, os.O_WRONLY)  # takes fd 2 if it was closed
        sys.stderr = open(descriptor, "w", closefd=False)
    if sys.stdout is None:
        _silence_stdout()  # fd 1 must not be handed to a file opened later
    sys.stdout = _GuardedOutput(sys.stdout)  # type: ignore[assignment]
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _interrupt)


def _app_for(first: list[str]) -> typer.Typer:
    """The app, declaring only the ``check`` command when that is the one run.

    Typer builds the options of every command before it runs one, which takes
    longer than checking a small file; ``check`` runs most often (on every commit
    in a hook), and what it parses and prints is the same either way.
    """
    if first != ["check"]:
        return app
    import copy

    lean = copy.copy(app)
    lean.registered_commands = [
        info for info in app.registered_commands if info.callback is check and info.name is None
    ]
    lean.registered_groups = []
    return lean if len(lean.registered_commands) == 1 else app


def _pause_gc() -> None:
    """Turn the cyclic collector off for the start-up of ``check`` (see the top of the module)."""
    global _COLLECTING
    _COLLECTING = _COLLECTING or gc.isenabled()
    gc.disable()


def _resume_gc() -> None:
    """Turn the collector back on if :func:`_pause_gc` turned it off, what start-up built
    frozen out of its passes."""
    global _COLLECTING
    if _COLLECTING:
        _COLLECTING = False
        gc.freeze()
        gc.enable()


def main() -> None:
    """Console-script entry point: run the app, exiting quietly on a closed pipe and with
    one line on Ctrl-C or on output that cannot be written (closed or full stdout)."""
    if sys.argv[1:2] == ["check"]:
        _pause_gc()
    try:
        _prepare_streams()
        _app_for(sys.argv[1:2])()
    except BrokenPipeError:
        # Python flushes stdout at exit; point it at devnull so that does not fail too.
        _silence_stdout()
        sys.exit(1)
    except OutputError as error:
        _silence_stdout()
        from .messages import t

        message = t("cannot-write-stdout", error=error.strerror)
        sys.stderr.write(t("error-line", message=message) + "\n")
        sys.exit(2)
    except (KeyboardInterrupt, Interrupted):
        from .messages import t

        sys.stderr.write(t("interrupted") + "\n")
        sys.exit(130)
    finally:
        _resume_gc()


if _COLLECTING:  # the collector was on before this module was loaded
    _COLLECTING = False
    gc.enable()
