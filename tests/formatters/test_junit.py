"""JUnit XML: structure, counts, clean files, escaping of what XML cannot hold."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from fillcheck.document import Document
from fillcheck.formatters.junit import xml_safe


def parse(fmt, files, **settings) -> ET.Element:
    output = fmt.emit("junit", files, **settings)
    assert output.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(output)


def test_one_suite_per_file_one_case_per_finding(fmt):
    root = parse(fmt, fmt.audit({"a.txt": "发展对象XX名，某单位\n", "ok.txt": "全年12次。\n"}))
    assert (root.tag, root.get("name"), root.get("tests"), root.get("failures")) == (
        "testsuites",
        "fillcheck",
        "3",
        "2",
    )
    first, clean = root.findall("testsuite")
    assert (first.get("name"), first.get("tests"), first.get("failures")) == ("a.txt", "2", "2")
    cases = first.findall("testcase")
    assert [(c.get("name"), c.get("classname")) for c in cases] == [
        ("FC102 1:5", "a.txt"),
        ("FC103 1:9", "a.txt"),
    ]
    failure = cases[0].find("failure")
    assert failure.get("type") == "error"
    assert failure.get("message") == "`XX名`: the number of people was never filled in"
    assert failure.text.splitlines() == [
        "a.txt:1:5: error FC102 `XX名`: the number of people was never filled in [`XX`]",
        "replace `XX` with the real value",
    ]
    assert (clean.get("tests"), clean.get("failures")) == ("1", "0")
    [passing] = clean.findall("testcase")
    assert passing.attrib == {"name": "fillcheck", "classname": "ok.txt"}
    assert list(passing) == []


def test_columns_follow_the_unit(fmt):
    root = parse(fmt, fmt.audit({"a.txt": "发展对象XX名\n"}), column_unit="byte")
    assert root.find("testsuite/testcase").get("name") == "FC102 1:13"


def test_control_characters_and_markup_survive(fmt):
    doc = Document("共*项\n", source="a<&>.txt")
    finding = fmt.made_up(doc, 1, 2, 1, message='page\x0cbreak "quoted" <b> & \x00', text="*")
    root = parse(fmt, [(doc, [finding])])
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == 'page\\x0cbreak "quoted" <b> & \\x00'
    assert root.find("testsuite").get("name") == "a<&>.txt"
    assert "page\\x0cbreak" in failure.text


def test_xml_safe_keeps_one_line():
    assert xml_safe("a\nb\r\\c\ud800") == "a\\nb\\r\\\\c\\xd800"


def test_same_rule_at_the_same_place_gets_distinct_names(fmt):
    doc = Document("共**项\n", source="a.txt")
    findings = [fmt.made_up(doc, 1, 2, 1), fmt.made_up(doc, 1, 2, 2)]
    root = parse(fmt, [(doc, findings)])
    assert [c.get("name") for c in root.iter("testcase")] == ["FC101 1:2", "FC101 1:2 (2)"]
