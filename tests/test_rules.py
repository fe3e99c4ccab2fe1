"""Every rule is documented the same way, and its documented examples are true."""

from __future__ import annotations

import re

import pytest

from fillcheck import audit_text
from fillcheck.registry import all_rules, get_rule, select_rules

RULES = all_rules()
SECTIONS = ("## What it does", "## Why is this bad?", "## Example")


def _examples(doc: str, label: str) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(rf"^{label}: (.+)$", doc, re.M)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_documentation(rule):
    assert re.fullmatch(r"FC[0-5]\d\d", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert (
        rule.category.value
        == {
            "0": "format",  # FC0xx: fillcheck's own suppression directives
            "1": "placeholder",
            "2": "paywall",
            "3": "count",
            "4": "redaction",
            "5": "format",
        }[rule.code[2]]
    )
    for section in SECTIONS:
        assert section in rule.doc, f"{rule.code} lacks {section}"
    assert _examples(rule.doc, "Bad") and _examples(rule.doc, "Good")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_examples_fire_and_good_examples_do_not(rule):
    for text in _examples(rule.doc, "Bad"):
        fired = {f.rule for f in audit_text(text.replace("\\n", "\n"), select=[rule.code])}
        assert fired == {rule.code}, f"{rule.code} did not fire on its Bad example {text!r}"
    for text in _examples(rule.doc, "Good"):
        assert audit_text(text.replace("\\n", "\n"), select=[rule.code]) == [], text


def test_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_lookup_by_code_and_name():
    assert get_rule("fc101").name == "star-masked-value"
    assert get_rule("letter-masked-value").code == "FC102"
    with pytest.raises(KeyError):
        get_rule("FC999")


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (["FC101"], None, {"FC101"}),
        (["FC1"], ["FC101"], {r.code for r in RULES if r.code.startswith("FC1")} - {"FC101"}),
        (["FC101"], ["FC1"], {"FC101"}),
        (["star-masked-value"], None, {"FC101"}),
        (["FC101"], ["FC101"], set()),  # ignore wins a tie, as on the command line
        (
            ["FC1"],
            ["star-masked-value"],
            {r.code for r in RULES if r.code.startswith("FC1")} - {"FC101"},
        ),
        (None, ["FC1", "FC2", "FC3", "FC0", "FC4", "FC5"], set()),
    ],
)
def test_select_and_ignore(select, ignore, expected):
    assert {r.code for r in select_rules(select, ignore)} == expected


@pytest.mark.parametrize("bad", ["FC999", "FC9", "no-such-rule"])
def test_unknown_selector_is_an_error(bad):
    with pytest.raises(ValueError, match="unknown rule"):
        select_rules([bad])
