"""What the terminal can show: colour (``--color``, ``NO_COLOR``, ``FORCE_COLOR``).

``auto`` colours only a terminal, as ruff and git do; ``NO_COLOR`` (any
non-empty value, https://no-color.org) turns colour off and ``FORCE_COLOR``
(non-empty, not ``0``) turns it on even through a pipe. ``--color always`` and
``--color never`` win over both.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

COLOR_CHOICES = ("auto", "always", "never")


def is_terminal(stream: TextIO) -> bool:
    """True when ``stream`` is an interactive terminal."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def use_color(choice: str, stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour output written to ``stream`` for ``--color choice``."""
    if choice not in COLOR_CHOICES:
        from .messages import unknown

        raise ValueError(unknown("colour", choice, COLOR_CHOICES))
    if choice != "auto":
        return choice == "always"
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    if environ.get("INSIDE_EMACS", "").endswith(",compile"):
        return False  # an Emacs compilation buffer: a pty, but escapes break its error regexp
    return is_terminal(stream) and environ.get("TERM") != "dumb"


# SGR sequences; kept few and plain so every terminal shows them.
RESET = "\x1b[0m"
BOLD = "\x1b[1m"
RED = "\x1b[1;31m"
YELLOW = "\x1b[1;33m"
CYAN = "\x1b[1;36m"
BLUE = "\x1b[34m"
MAGENTA = "\x1b[35m"
SEVERITY_COLORS = {"error": RED, "warning": YELLOW, "info": CYAN}


def paint(text: str, style: str, enabled: bool) -> str:
    """``text`` in ``style`` when ``enabled``, else unchanged."""
    return f"{style}{text}{RESET}" if enabled and text else text
