"""The settings of a run that decide how its output reads: language, source, colour.

They hold for the whole run, not per file: the command line takes them from its
options, else from the configuration that governs the working directory (as
ruff does for its output settings), else from the environment and the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, TextIO

import typer

if TYPE_CHECKING:
    from .formatters import Formatter

# `--lang` of every command that prints messages or documentation.
LangOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--lang",
        metavar="zh|en",
        help="Language of messages: zh (Simplified Chinese) or en. Default: the `lang` "
        "setting, else FILLCHECK_LANG, else zh when LC_ALL, LC_MESSAGES or LANG is Chinese.",
    ),
]


def choose_language(option: str | None, configured: str | None = None) -> None:
    """Set the language of the run: ``option`` (``--lang``), else ``configured`` (the
    ``lang`` setting), else the environment, else English; ValueError for an unknown one."""
    from .messages import check_language, language_from_environment, set_language

    if option:
        set_language(check_language(option))
    elif configured:
        set_language(configured)
    else:
        set_language(language_from_environment() or "en")


def run_settings(store: Any) -> Any:
    """The :class:`~fillcheck.config.Settings` of the configuration that governs the
    working directory (``--config`` and ``--isolated`` included), or the defaults."""
    from .config import ConfigError, ConfigStore, Settings

    try:
        return (store or ConfigStore()).for_directory(".").settings
    except ConfigError:
        return Settings()  # reported with the files it governs


def make_formatter(
    stream: TextIO, output_format: str, *, statistics: bool = False, column_unit: str = "char",
    show_source: bool | None = None, color: str = "auto", configured_source: bool | None = None,
) -> Formatter:  # fmt: skip
    """The formatter for the run; ValueError for a format or setting that does not exist.

    Source context and colour apply to the text format: source context follows
    ``--show-source``, else the ``show-source`` setting, else whether ``stream``
    is a terminal; colour follows ``--color`` (see :mod:`fillcheck.terminal`).
    """
    from .formatters import get_formatter
    from .messages import t
    from .terminal import is_terminal, use_color

    if statistics:
        if output_format not in ("text", "json"):
            raise ValueError(t("statistics-format", name=output_format))
        return get_formatter("statistics", stream, as_json=output_format == "json")
    colored = use_color(color, stream)
    if output_format == "html":  # its interface speaks the run's language
        from .messages import language

        return get_formatter("html", stream, column_unit=column_unit, lang=language())
    if output_format != "text":
        return get_formatter(output_format, stream, column_unit=column_unit)
    if show_source is None:
        show_source = configured_source
    if show_source is None:
        show_source = is_terminal(stream)
    return get_formatter(
        "text", stream, column_unit=column_unit, show_source=show_source, color=colored
    )


def plain_argument_help() -> None:
    """Show an argument as `PATH`, not `PATH <list[str]>`: typer's plain help adds the
    Python type of every argument, which tells a user nothing (options take a metavar)."""
    import typer

    core = getattr(typer, "core", None)
    argument = getattr(core, "TyperArgument", None)
    if argument is not None and hasattr(argument, "display_type"):
        argument.display_type = lambda self, ctx: ""
