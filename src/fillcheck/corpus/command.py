"""The ``fillcheck corpus`` command line: options in, CorpusOptions out, run, exit."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from ..output import LangOption

ListOption = Optional[list[str]]  # noqa: UP045 - typer needs Optional on Python 3.10
PathOption = Optional[str]  # noqa: UP045


def corpus(
    inputs: Annotated[
        list[str],
        typer.Argument(help="JSON Lines (.jsonl, .gz, .zst) or Parquet files, folders or globs."),
    ],
    output: Annotated[
        PathOption,
        typer.Option("--output", "-o", help="Findings file (.jsonl, .parquet, .dolma.jsonl)."),
    ] = None,
    output_format: Annotated[
        PathOption,
        typer.Option("--format", "-f", help="jsonl, parquet or dolma (default: from -o)."),
    ] = None,
    text_key: Annotated[str, typer.Option(help="The key or column holding the text.")] = "text",
    id_key: Annotated[
        str, typer.Option(help="The key or column holding the record id (else its line/row).")
    ] = "id",
    kind: Annotated[str, typer.Option(help="What the texts are: text, markdown, html.")] = "text",
    select: Annotated[ListOption, typer.Option(help="Rules to enable (comma-separated).")] = None,
    ignore: Annotated[ListOption, typer.Option(help="Rules to disable (comma-separated).")] = None,
    severity: Annotated[
        str, typer.Option(help="Report only findings at or above: info, warning, error.")
    ] = "info",
    keep: Annotated[
        PathOption, typer.Option(help="Also write the records WITHOUT findings here (.jsonl).")
    ] = None,
    drop: Annotated[
        PathOption, typer.Option(help="Also write the records WITH findings here (.jsonl).")
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes (0: usable cores).", min=0)
    ] = 0,
    scheduler: Annotated[
        PathOption,
        typer.Option(help="Run on Dask: a scheduler address (tcp://host:8786) or local:N."),
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Records per task.", min=1)] = 2000,
    progress_every: Annotated[
        float,
        typer.Option(help="Seconds between progress lines when stderr is not a terminal.", min=0),
    ] = 30.0,
    config: Annotated[
        PathOption, typer.Option("--config", help="Use this configuration file.")
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore all configuration files.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Audit the texts of record collections (JSON Lines, Parquet) for data pipelines."""
    import os

    from ..auditor import make_spec
    from ..config import ConfigError, ConfigStore
    from ..finding import Severity
    from ..messages import language
    from ..output import choose_language
    from .pool import usable_cores
    from .run import CorpusOptions, run_corpus
    from .work import Job
    from .writers import OutputError
    from .writers import output_format as format_of

    try:
        settings = ConfigStore(config_file=config, isolated=isolated).for_directory(os.getcwd())
        choose_language(lang, settings.settings.lang)
        spec = make_spec(
            kind=kind, select=select, ignore=ignore, settings=settings.settings,
            min_severity=Severity.parse(severity),
        )  # fmt: skip
        for path in (keep, drop):
            if path and format_of(path, None) != "jsonl":
                raise OutputError(f"{path}: --keep and --drop write JSON Lines (.jsonl[.gz|.zst])")
        job = Job(spec, text_key, id_key, format_of(output, output_format), bool(keep), bool(drop),
                  language())  # fmt: skip
    except (ValueError, ConfigError, OutputError) as error:
        sys.stderr.write(f"fillcheck: error: {error}\n")
        raise typer.Exit(2) from None
    options = CorpusOptions(
        inputs=tuple(inputs), job=job, output=output, keep=keep, drop=drop,
        jobs=jobs or usable_cores(), batch_records=batch_size, every=progress_every,
        scheduler=scheduler,
    )  # fmt: skip
    raise typer.Exit(run_corpus(options, sys.stderr))
