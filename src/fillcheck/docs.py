"""Rule documentation for `fillcheck rules` and `fillcheck explain`, in each language.

English documentation is the rule's docstring. Other languages translate the
summary and the "What it does" and "Why is this bad?" sections
(:mod:`fillcheck.messages.docs_zh`); their "Example" section is the English
one with its labels translated, so the examples that ``tests/test_rules.py``
runs are the examples every language shows.
"""

from __future__ import annotations

import json

from .messages import language, t
from .registry import Rule, all_rules, get_rule


def rule_doc(rule: Rule, lang: str | None = None) -> str:
    """The documentation of ``rule`` in ``lang`` (default: the current language).

    A rule without a translation (a newly added one) falls back to English.
    """
    lang = lang or language()
    if lang == "en":
        return rule.doc
    from .messages.docs_zh import DOCS, EXAMPLE_LABELS, HEADINGS

    translated = DOCS.get(rule.code)
    if translated is None:
        return rule.doc
    heading = "## Example"
    at = rule.doc.find(heading)
    if at < 0:
        return translated.rstrip()
    example = rule.doc[at + len(heading) :].strip("\n").splitlines()
    for english, label in EXAMPLE_LABELS.items():
        example = [label + line[len(english) :] if line.startswith(english) else line
                   for line in example]  # fmt: skip
    return "\n".join([translated.rstrip(), "", HEADINGS[heading], *example])


def rule_summary(rule: Rule, lang: str | None = None) -> str:
    """The first line of the rule's documentation in ``lang``."""
    return rule_doc(rule, lang).strip().splitlines()[0].strip()


def rules_table() -> str:
    """Every rule as a plain-text table, in the current language."""
    from .columns import display_table

    rows: list[tuple[object, ...] | None] = [
        (r.code, r.name, r.category.value, r.severity.value, rule_summary(r)) for r in all_rules()
    ]
    keys = ("header-code", "header-name", "header-category", "header-severity", "header-summary")
    return display_table([t(key) for key in keys], rows)


def rules_json() -> str:
    """Every rule as a JSON array (code, name, category, severity, summary, doc)."""
    return json.dumps([_as_dict(rule) for rule in all_rules()], ensure_ascii=False, indent=2)


def _as_dict(rule: Rule) -> dict[str, str | bool]:
    doc = rule_doc(rule)
    return {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "summary": doc.strip().splitlines()[0].strip(),
        "doc": doc,
    }


def explain_rule(code_or_name: str) -> str:
    """The full documentation of one rule, headed by its code, name, category and severity."""
    rule = get_rule(code_or_name)
    head = t(
        "explain-head",
        code=rule.code,
        name=rule.name,
        category=rule.category.value,
        severity=rule.severity.value,
    )
    return f"{head}\n\n{rule_doc(rule)}"
