"""pytest options shared by the suite."""

from __future__ import annotations

import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files from the current output instead of comparing",
    )


# What chooses the language and the colour of the output: tests state it themselves.
_OUTPUT_ENVIRONMENT = ("FILLCHECK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "FORCE_COLOR")


@pytest.fixture(autouse=True)
def _english_plain_output(monkeypatch):
    """Every test starts in English without colour, whatever the developer's locale, and
    a command run in-process with ``--lang zh`` does not leak into the next test."""
    from fillcheck.messages import set_language

    for name in _OUTPUT_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    set_language("en")
    yield
    set_language("en")
