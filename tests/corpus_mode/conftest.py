"""Fixtures for corpus mode tests."""

from __future__ import annotations

import pytest
from corpusdata import make_records


@pytest.fixture(scope="session")
def records() -> list[dict]:
    """The test corpus: sample and clean-corpus paragraphs, some records without an id."""
    return make_records()
