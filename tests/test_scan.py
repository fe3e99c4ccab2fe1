"""The trigger scan: both backends find the same starts as a plain search does."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fillcheck import scan
from fillcheck.detectors._anchors import _TRIGGERS

ROOT = Path(__file__).resolve().parents[1]
LITERALS = ("##", "＃＃", "页", "剩", "隐藏", "ab", "aa", "a")


def naive(text: str, literals: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(i for i in range(len(text)) if any(text.startswith(x, i) for x in literals))


@pytest.fixture(params=scan.BACKENDS)
def scanner_class(request):
    if request.param not in scan.available():
        pytest.skip(f"the {request.param} backend is not installed (extra `fast`)")
    return {"re": scan.ReScan, "hyperscan": scan.HyperscanScan}[request.param]


def test_overlapping_and_multi_byte_literals(scanner_class):
    text = "aaa##页页剩隐藏ab中＃＃＃"
    assert scanner_class(LITERALS).starts(text) == (0, 1, 2, 3, 5, 6, 7, 8, 10, 13, 14)
    assert scanner_class(LITERALS).starts("") == ()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="a b#＃页剩隐藏中\n", max_size=80))
def test_backends_agree_with_a_plain_search(text):
    for name in scan.available():
        cls = {"re": scan.ReScan, "hyperscan": scan.HyperscanScan}[name]
        assert cls(LITERALS).starts(text) == naive(text, LITERALS)


def test_slices_do_not_lose_or_repeat_starts(scanner_class, monkeypatch):
    monkeypatch.setattr(scan, "_SLICE", 5)  # literals straddle every slice boundary
    text = "隐藏a##页隐藏＃＃aab隐藏" * 7
    assert scanner_class(LITERALS).starts(text) == naive(text, LITERALS)


def test_the_samples_give_the_same_anchors_under_each_backend():
    text = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))
    )
    found = {name: scan._scanner(_TRIGGERS, name).starts(text) for name in scan.available()}
    assert len(found["re"]) >= 9
    assert all(starts == found["re"] for starts in found.values())


def test_the_environment_chooses_the_backend(monkeypatch):
    monkeypatch.setenv("FILLCHECK_SCAN", "re")
    assert scan.backend() == "re"
    monkeypatch.delenv("FILLCHECK_SCAN")
    assert scan.backend(100) == "re"  # small texts: not worth loading hyperscan
    large = "hyperscan" if "hyperscan" in scan.available() else "re"
    assert scan.backend(scan.NATIVE_FROM) == large
