"""Rule documentation for `fillcheck rules` and `fillcheck explain`."""

from __future__ import annotations

import json

from .registry import Rule, all_rules, get_rule


def rules_table() -> str:
    """Every rule as a plain-text table (tabulate)."""
    from tabulate import tabulate

    rows = [
        (r.code, r.name, r.category.value, r.severity.value, _opt_in(r) + r.summary)
        for r in all_rules()
    ]
    return tabulate(rows, headers=["code", "name", "category", "severity", "summary"])


def rules_json() -> str:
    """Every rule as a JSON array (code, name, category, severity, summary, doc)."""
    return json.dumps([_as_dict(rule) for rule in all_rules()], ensure_ascii=False, indent=2)


def _opt_in(rule: Rule) -> str:
    """The mark of a rule that runs only when selected."""
    return "" if rule.default else "(opt-in) "


def _as_dict(rule: Rule) -> dict[str, str | bool]:
    return {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "summary": rule.summary,
        "doc": rule.doc,
        "default": rule.default,
    }


def explain_rule(code_or_name: str) -> str:
    """The full documentation of one rule, headed by its code, name, category and severity."""
    rule = get_rule(code_or_name)
    head = (
        f"{rule.code} {rule.name} ({rule.category.value}, default severity {rule.severity.value})"
    )
    if not rule.default:
        head += "\nRuns only when selected: --select " + rule.code

    return f"{head}\n\n{rule.doc}"
