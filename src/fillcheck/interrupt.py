"""Ctrl-C as fillcheck raises it: not a KeyboardInterrupt, which typer turns into a silent exit.

The command line's SIGINT handler raises :class:`Interrupted`; code that must
leave its outputs whole when interrupted (the corpus writers) catches
:data:`INTERRUPTS`, so it works the same whether the signal came through that
handler or Python's default one.
"""

from __future__ import annotations


class Interrupted(BaseException):
    """Ctrl-C during a command-line run."""


INTERRUPTS = (KeyboardInterrupt, Interrupted)
