"""Every detector test runs under each trigger-scan backend that can run here."""

from __future__ import annotations

import pytest

from fillcheck import scan


@pytest.fixture(autouse=True, params=scan.BACKENDS)
def scan_backend(request, monkeypatch):
    """Run the test with ``FILLCHECK_SCAN`` set to one backend (skipped if not installed)."""
    if request.param not in scan.available():
        pytest.skip(f"the {request.param} backend is not installed (extra `fast`)")
    monkeypatch.setenv("FILLCHECK_SCAN", request.param)
    return request.param
