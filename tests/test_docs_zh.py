"""Every rule is documented in Chinese too, with the examples the English doc runs."""

from __future__ import annotations

import re

import pytest

from fillcheck.docs import rule_doc, rule_summary
from fillcheck.messages.docs_zh import DOCS
from fillcheck.registry import all_rules

RULES = all_rules()


def _examples(doc: str, label: str) -> list[str]:
    return [m.group(1) for m in re.finditer(rf"^{label}(.+)$", doc, re.M)]


def test_every_rule_and_only_rules_are_translated():
    assert set(DOCS) == {rule.code for rule in RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_chinese_doc_has_the_sections_and_the_same_examples(rule):
    doc = rule_doc(rule, "zh")
    sections = re.findall(r"^## .+$", doc, re.M)
    assert sections == ["## 作用", "## 为什么有问题", "## 示例"]
    assert _examples(doc, "错误示例：") == _examples(rule.doc, "Bad: ")
    assert _examples(doc, "正确示例：") == _examples(rule.doc, "Good: ")
    assert _examples(doc, "错误示例：") and _examples(doc, "正确示例：")
    summary = rule_summary(rule, "zh")
    assert re.search(r"[\u4e00-\u9fff]", summary) and summary.endswith("。")
    assert "Bad:" not in doc and "What it does" not in doc


def test_english_doc_is_the_docstring():
    rule = next(rule for rule in RULES if rule.code == "FC101")
    assert rule_doc(rule, "en") == rule.doc
    assert (
        rule_summary(rule, "en")
        == "Asterisks stand where a number, name or word was never filled in."
    )
