"""SARIF: valid against the official 2.1.0 schema, rules and indices, URIs, fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from fillcheck.document import Document
from fillcheck.fingerprint import fingerprint
from fillcheck.formatters.sarif import FINGERPRINT_KEY, base_uri

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8")
)
VALIDATOR = jsonschema.Draft4Validator(SCHEMA)
DOCUMENTS = {
    "a.txt": "中文中文中文XX名\n𠀀中*项，某单位\n",
    "b.md": "正文##paidbegin##内容\n",
    "clean.txt": "全年召开支委会12次。\n",
}


def sarif(fmt, files, **settings):
    log = json.loads(fmt.emit("sarif", files, **settings))
    errors = sorted(VALIDATOR.iter_errors(log), key=str)
    assert not errors, errors[0]
    return log


def test_schema_rejects_a_broken_log():
    assert not VALIDATOR.is_valid({"version": "2.1.0", "runs": [{"results": []}]})  # no tool


@pytest.mark.parametrize("unit", ["char", "utf16", "byte"])
def test_valid_with_findings_in_every_unit(fmt, unit):
    log = sarif(fmt, fmt.audit(DOCUMENTS), column_unit=unit)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run["columnKind"] == ("utf16CodeUnits" if unit == "utf16" else "unicodeCodePoints")
    assert len(run["results"]) == 4


@pytest.mark.parametrize("documents", [{}, {"clean.txt": "全年召开支委会12次。\n"}])
def test_valid_with_no_findings_and_no_files(fmt, documents):
    run = sarif(fmt, fmt.audit(documents))["runs"][0]
    assert (run["results"], run["tool"]["driver"]["rules"]) == ([], [])


def test_rules_are_those_with_results_and_indices_point_at_them(fmt):
    run = sarif(fmt, fmt.audit(DOCUMENTS))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["FC101", "FC102", "FC103", "FC203"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    fc103 = rules[2]
    assert fc103["name"] == "anonymised-name"
    assert fc103["defaultConfiguration"] == {"level": "warning"}
    assert fc103["shortDescription"]["text"].startswith("`某` stands where")
    assert fc103["fullDescription"]["text"].startswith("Finds `某某`")
    assert "## Why is this bad?" in fc103["help"]["markdown"]


def test_levels_and_regions(fmt):
    run = sarif(fmt, fmt.audit(DOCUMENTS))["runs"][0]
    first, _, third = run["results"][:3]
    assert (first["level"], third["level"]) == ("error", "warning")
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": 1, "startColumn": 7, "endLine": 1, "endColumn": 9, "snippet": {"text": "XX"}
    }  # fmt: skip


def test_info_is_a_note(fmt):
    doc = Document("共*项\n", source="a.txt")
    log = sarif(fmt, [(doc, [fmt.made_up(doc, 1, 2, 1, severity="info")])])
    assert log["runs"][0]["results"][0]["level"] == "note"


def test_uris_are_relative_to_srcroot_and_percent_encoded(fmt):
    doc = Document("共*项\n", source="文档/a b.txt")
    run = sarif(fmt, [(doc, [fmt.made_up(doc, 1, 2, 1)])])["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "%E6%96%87%E6%A1%A3/a%20b.txt", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}}


def test_file_outside_the_working_directory_gets_an_absolute_uri(fmt, tmp_path, monkeypatch):
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    doc = Document("共*项\n", source=str(tmp_path / "there.txt"))
    run = sarif(fmt, [(doc, [fmt.made_up(doc, 1, 2, 1)])])["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": (tmp_path / "there.txt").as_uri()}
    assert base_uri() == (tmp_path / "here").as_uri() + "/"


def test_fingerprints_are_fillchecks_and_unique(fmt):
    doc = Document("某单位\n某单位\n", source="a.txt")  # the same finding twice
    files = [(doc, [fmt.made_up(doc, 1, 1, 1), fmt.made_up(doc, 2, 1, 1)])]
    results = sarif(fmt, files)["runs"][0]["results"]
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]
    assert prints[0] == fingerprint(files[0][1][0], doc)
    assert len(set(prints)) == 2 and all(len(p) == 32 for p in prints)


def test_finding_of_an_unregistered_rule_still_validates(fmt):
    doc = Document("共*项\n", source="a.txt")
    finding = fmt.made_up(doc, 1, 2, 1, rule="XY001", name="made-up")
    rules = sarif(fmt, [(doc, [finding])])["runs"][0]["tool"]["driver"]["rules"]
    assert rules[0]["id"] == "XY001" and rules[0]["shortDescription"] == {"text": "made-up"}
