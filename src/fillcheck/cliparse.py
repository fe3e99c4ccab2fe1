"""Command-line values that need no conversion reach the commands without loading pydantic.

Recent typer releases convert each parameter's value with a pydantic ``TypeAdapter``
built on first use, and they build it even for a value that is missing (``None``),
which typer then returns without using it. Importing pydantic and building an adapter
for every option of ``check`` costs more than checking a small file. :class:`Typer`
(with :class:`Group` and :class:`Command`) gives each parameter a converter that
returns what typer's would for the values that need no work: a missing value, a
string for a ``str`` parameter, strings for a ``list[str]`` one, a whole number
within the bounds of an ``int`` one and a number within the bounds of a ``float``
one (given as numbers or as plain decimals). Any other value (a bad one, a clamped
option, a file, a choice, a custom parser) goes to typer's own converter, built
then, so what a command receives and every error message stay typer's.

With a typer that has no such converters (no ``_runtime_param`` on its parameters)
nothing changes.
"""

from __future__ import annotations

import re
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

_OTHER = object()  # the value needs typer's own converter
_DIGITS = re.compile(r"[0-9]{1,18}")  # read by int() as pydantic reads them
_DECIMAL = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,15})?")  # read by float() as pydantic reads them


class _Plain:
    """Stands in for typer's converter of one parameter until a value needs it."""

    __slots__ = ()

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        plain = _plain_value(value, param)
        if plain is not _OTHER:
            return plain
        param._runtime_param = None  # typer builds its own converter on demand
        return param.get_runtime_param().coerce(value, param=param, ctx=ctx)


_PLAIN = _Plain()


def _plain_value(value: Any, param: Any) -> Any:
    """What typer's converter returns for ``value``, or ``_OTHER`` when that takes its work."""
    many = param.multiple or param.nargs == -1
    if value is None:
        return () if many else None
    described = param.type_descriptor
    info = described.parameter_info
    if described.file_annotation is not None or getattr(info, "parser", None) is not None:
        return _OTHER
    annotation = described.annotation
    if many:
        if annotation == list[str] and isinstance(value, (list, tuple)):
            if all(type(item) is str for item in value):
                return list(value)
        return _OTHER
    if annotation is str:
        return value if type(value) is str else _OTHER
    if annotation is int or annotation is float:
        if getattr(info, "clamp", False):
            return _OTHER
        if type(value) is str:
            if annotation is int and _DIGITS.fullmatch(value):
                value = int(value)
            elif annotation is float and _DECIMAL.fullmatch(value):
                value = float(value)
        if type(value) is not annotation:
            return _OTHER
        low, high = info.min, info.max
        if (low is not None and value < low) or (high is not None and value > high):
            return _OTHER  # typer says what is wrong
        return value
    return _OTHER


def _lighten(param: Any) -> Any:
    """Give ``param`` the plain converter if it has typer's (not yet built); ``param``."""
    if (
        getattr(param, "_runtime_param", _OTHER) is None
        and hasattr(param, "type_descriptor")
        and hasattr(param, "get_runtime_param")
    ):
        param._runtime_param = _PLAIN
    return param


class Command(TyperCommand):
    """typer's command, its values converted as :mod:`fillcheck.cliparse` says."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            _lighten(param)

    def get_help_option(self, ctx: Any) -> Any:
        return _lighten(super().get_help_option(ctx))  # made on first use


class Group(TyperGroup):
    """typer's group, its values converted as :mod:`fillcheck.cliparse` says."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            _lighten(param)

    def get_help_option(self, ctx: Any) -> Any:
        return _lighten(super().get_help_option(ctx))


class Typer(typer.Typer):
    """A typer app whose group and commands are :class:`Group` and :class:`Command`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cls=Group, **kwargs)

    def command(self, *args: Any, cls: Any = None, **kwargs: Any) -> Any:
        return super().command(*args, cls=cls or Command, **kwargs)
