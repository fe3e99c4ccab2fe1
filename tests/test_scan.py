"""The trigger scan: both backends find the same starts as a plain search does."""

from __future__ import annotations

import os
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


@pytest.mark.parametrize("dense", [2, 1000])
def test_dense_text_goes_on_with_re_from_where_hyperscan_stopped(monkeypatch, dense):
    if "hyperscan" not in scan.available():
        pytest.skip("the hyperscan backend is not installed (extra `fast`)")
    monkeypatch.setattr(scan, "_SLICE", 7)
    # 1000: the first slice (2 starts in 7 characters) is dense; 2: the third one is
    monkeypatch.setattr(scan, "_DENSE", dense)
    text = "中文隐藏" * 3 + "aaa##页aab隐藏" * 9 + "中文" * 5 + "＃＃"
    handed = []
    original = scan.ReScan.starts
    monkeypatch.setattr(scan.ReScan, "starts", lambda self, t, pos=0: handed.append(pos)
                        or original(self, t, pos))  # fmt: skip
    assert scan.HyperscanScan(LITERALS).starts(text) == naive(text, LITERALS)
    assert handed == [7 if dense == 1000 else 21]


def test_re_starts_from_a_position():
    text = "aa##a"
    assert scan.ReScan(LITERALS).starts(text, 2) == (2, 4)
    assert scan.ReScan(LITERALS).starts(text, 1) == (1, 2, 4)
    assert scan.ReScan(LITERALS).starts(text, 5) == ()


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


@pytest.fixture
def declared_sets(monkeypatch, request):
    """Two trigger sets declared for the test only, under the backend named by the param."""
    monkeypatch.setattr(scan, "_DECLARED", {})
    monkeypatch.setattr(scan, "_UNION", [()])
    first = scan.declare("first", ("某", "某单位", "XX", "隐藏"))
    second = scan.declare("second", ("##", "某单", "页"))
    return first, second


@pytest.fixture(params=scan.BACKENDS)
def each_backend(request, monkeypatch):
    if request.param not in scan.available():
        pytest.skip(f"the {request.param} backend is not installed (extra `fast`)")
    monkeypatch.setenv("FILLCHECK_SCAN", request.param)
    return request.param


def test_declared_sets_come_from_one_scan_of_the_document(declared_sets, each_backend, monkeypatch):
    from fillcheck.document import Document

    first, second = declared_sets
    assert first == ("XX", "某", "某单位", "隐藏")  # sorted, as passed to starts()
    scanned = []
    real = scan._union_starts
    monkeypatch.setattr(
        scan, "_union_starts", lambda t, lits: scanned.append(lits) or real(t, lits)
    )
    doc = Document("某单位XX##某某单页隐藏")
    assert scan.starts(doc, first) == (0, 3, 7, 8, 11)
    assert scan.starts(doc, second) == (0, 5, 8, 10)
    assert scan.starts(doc, first) == (0, 3, 7, 8, 11)
    assert scanned == [("##", "XX", "某", "某单", "某单位", "隐藏", "页")]  # once, for both


def test_undeclared_literals_are_scanned_on_their_own(declared_sets, each_backend):
    from fillcheck.document import Document

    doc = Document("某单位XX##某某单页")
    assert scan.starts(doc, ("单", "XX")) == (1, 3, 9)
    assert scan.starts(doc, ()) == ()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="a b#＃页剩隐藏某单位X中\n", max_size=80))
def test_declared_starts_agree_with_a_plain_search(text):
    from fillcheck.document import Document

    saved = scan._DECLARED, scan._UNION
    scan._DECLARED, scan._UNION = {}, [()]
    try:
        sets = [scan.declare("a", ("某", "某单位", "X", "隐藏")), scan.declare("b", LITERALS)]
        for name in scan.available():
            os.environ["FILLCHECK_SCAN"] = name
            doc = Document(text)
            for literals in sets:
                assert scan.starts(doc, literals) == naive(doc.text, literals)
    finally:
        scan._DECLARED, scan._UNION = saved
        os.environ.pop("FILLCHECK_SCAN", None)


def test_declared_sets_are_split_from_the_scan_in_one_pass(declared_sets, each_backend):
    from fillcheck.document import Document

    first, second = declared_sets
    doc = Document("某单位XX##某某单页隐藏")
    scan.split_starts(doc)
    kept = sorted(key for key in doc.memo_keys() if "scan:" in key)
    assert len(kept) == 3  # the union's one scan, then each set picked from it
    assert scan.declared_starts(doc, first) == (0, 3, 7, 8, 11)
    assert scan.declared_starts(doc, second) == (0, 5, 8, 10)
    assert sorted(key for key in doc.memo_keys() if "scan:" in key) == kept


def test_the_union_scan_is_kept_for_every_family_and_dropped_after_the_audit(declared_sets):
    from fillcheck.document import Document
    from fillcheck.engine import audit_document
    from fillcheck.finding import Category, Hit, Severity
    from fillcheck.registry import Rule

    first, _ = declared_sets
    scanned, seen = [], []
    real = scan._union_starts

    def counting(text, literals):
        scanned.append(literals)
        return real(text, literals)

    def check(doc):
        seen.append(doc)
        return [Hit(at, at + 1, "m") for at in scan.declared_starts(doc, first)]

    rules = [Rule(code, "test-rule", Category.FORMAT, Severity.WARNING, check, "")
             for code in ("FC101", "FC401", "FC501")]  # fmt: skip
    doc = Document("某单位XX##某某单页隐藏")
    original = scan._union_starts
    scan._union_starts = counting
    try:
        findings = audit_document(doc, rules)
    finally:
        scan._union_starts = original
    assert [(f.rule, f.start) for f in findings][:3] == [("FC101", 0), ("FC401", 0), ("FC501", 0)]
    assert len(findings) == 15
    assert len(scanned) == 1  # one scan for three families
    assert not any(key.startswith(scan.SHARED) for key in seen[0].memo_keys())


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="a b#＃页剩隐藏某单位X中\n", max_size=80))
def test_split_starts_agree_with_a_plain_search(text):
    from fillcheck.document import Document

    saved = scan._DECLARED, scan._UNION
    scan._DECLARED, scan._UNION = {}, [()]
    try:
        sets = [scan.declare("a", ("某", "某单位", "X", "隐藏")), scan.declare("b", LITERALS)]
        for name in scan.available():
            os.environ["FILLCHECK_SCAN"] = name
            doc = Document(text)
            assert [scan.declared_starts(doc, lits) for lits in sets] == [
                naive(doc.text, lits) for lits in sets
            ]
    finally:
        scan._DECLARED, scan._UNION = saved
        os.environ.pop("FILLCHECK_SCAN", None)


def test_literals_at_lists_every_literal_starting_there_longest_first():
    literals = ("某", "某单", "某单位", "单位")
    assert scan.literals_at("由某单位负责", 1, literals) == ("某单位", "某单", "某")
    assert scan.literals_at("由某单位负责", 2, literals) == ("单位",)
    assert scan.literals_at("由某单位负责", 0, literals) == ()
    assert scan.literals_at("由某", 5, literals) == ()


def test_a_set_needs_literals(monkeypatch):
    monkeypatch.setattr(scan, "_DECLARED", {})
    with pytest.raises(ValueError, match="'empty'"):
        scan.declare("empty", ())
    with pytest.raises(ValueError, match="'blank'"):
        scan.declare("blank", ("某", ""))
    assert scan.declared() == {}


def test_alternation_matches_what_the_plain_longest_first_alternation_matches():
    import re

    from fillcheck.patterns import alternation

    literals = ["万元", "万", "元", "个百分点", "个月", "个", "项目", "项", "*", "**", "a.b"]
    plain = re.compile("|".join(map(re.escape, sorted(literals, key=len, reverse=True))))
    grouped = re.compile(alternation(literals))
    text = "280万元，3个月，5个百分点，12个，项目2项，万 元，**粗**，a.b与axb，无"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert alternation(["万元", "万", "元"]) == "万(?:元)?|元"


def test_hyperscan_databases_are_stored_and_a_damaged_one_is_compiled_again(tmp_path, monkeypatch):
    if "hyperscan" not in scan.available():
        pytest.skip("the hyperscan backend is not installed (extra `fast`)")
    monkeypatch.setenv("FILLCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FILLCHECK_NO_CACHE", raising=False)
    text = "aaa##页页剩隐藏ab中＃＃＃" * 3
    first = scan.HyperscanScan(LITERALS).starts(text)  # compiled, then stored
    (stored,) = tmp_path.glob("hs-*.db")
    assert scan.HyperscanScan(LITERALS).starts(text) == first == naive(text, LITERALS)
    stored.write_bytes(b"not a database")  # damaged: compiled again and replaced
    assert scan.HyperscanScan(LITERALS).starts(text) == first
    assert stored.read_bytes() != b"not a database"
    assert [p.name for p in tmp_path.iterdir()] == [stored.name]  # no spare file left
    monkeypatch.setenv("FILLCHECK_NO_CACHE", "1")
    stored.unlink()
    assert scan.HyperscanScan(LITERALS).starts(text) == first
    assert not list(tmp_path.iterdir())  # the cache turned off stores nothing
