"""The rule table: stable codes, kebab-case names, and the detector behind each.

Detectors register themselves with :func:`register`; the registry rejects a
duplicate code or name, and selects rules by exact code or code prefix
(``FC1``, ``FC20``, ``FC201``) the way ruff and flake8 do.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .document import Document
from .finding import Category, Hit, Severity

Check = Callable[[Document], Iterable[Hit]]

# Detector families, imported on first use so that `import fillcheck` stays cheap.
FAMILIES = ("placeholders", "blanks", "paywall", "scrape", "counts", "meta")


@dataclass(frozen=True)
class Rule:
    """A registered rule: its identity, defaults, documentation and detector."""

    code: str
    name: str
    category: Category
    severity: Severity
    check: Check
    doc: str

    @property
    def summary(self) -> str:
        """The first line of the rule's documentation."""
        return self.doc.strip().splitlines()[0].strip()


_RULES: dict[str, Rule] = {}
_loaded = False


def register(
    code: str, name: str, category: Category, severity: Severity
) -> Callable[[Check], Check]:
    """Class the decorated detector function as rule ``code``; its docstring is its doc."""

    def decorator(check: Check) -> Check:
        if code in _RULES:
            raise ValueError(f"duplicate rule code {code}")
        if any(rule.name == name for rule in _RULES.values()):
            raise ValueError(f"duplicate rule name {name}")
        doc = check.__doc__ or ""
        if not doc.strip():
            raise ValueError(f"rule {code} has no documentation")
        _RULES[code] = Rule(code, name, category, severity, check, _dedent(doc))
        return check

    return decorator


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


def _load() -> None:
    global _loaded
    if not _loaded:
        for family in FAMILIES:
            importlib.import_module(f"fillcheck.detectors.{family}")
        _loaded = True


def all_rules() -> list[Rule]:
    """Every registered rule, ordered by code."""
    _load()
    return [_RULES[code] for code in sorted(_RULES)]


def get_rule(code_or_name: str) -> Rule:
    """Look a rule up by code (``FC101``) or name (``masked-count``); KeyError if unknown."""
    _load()
    key = code_or_name.strip()
    if key.upper() in _RULES:
        return _RULES[key.upper()]
    for rule in _RULES.values():
        if rule.name == key.lower():
            return rule
    raise KeyError(code_or_name)


def _matches(rule: Rule, selector: str) -> bool:
    return rule.code.startswith(selector) or rule.name == selector.lower()


def validate_selectors(selectors: Iterable[str]) -> list[str]:
    """Normalise selectors; raise ValueError naming any that matches no rule."""
    rules = all_rules()
    result = []
    for raw in selectors:
        selector = raw.strip()
        if not selector:
            continue
        if selector.upper() == "ALL":
            selector = "FC"
        elif selector.upper().startswith("FC"):
            selector = selector.upper()
        if not any(_matches(rule, selector) for rule in rules):
            raise ValueError(f"unknown rule code or prefix {raw!r}")
        result.append(selector)
    return result


def select_rules(
    select: Sequence[str] | None = None, ignore: Sequence[str] | None = None
) -> list[Rule]:
    """Rules matched by ``select`` (default: all) and by no ``ignore`` selector.

    As in ruff, the more specific selector wins: ``--select FC1 --ignore FC101``
    drops FC101, and ``--ignore FC1 --select FC101`` keeps it.
    """
    chosen = validate_selectors(select) if select else ["FC"]
    dropped = validate_selectors(ignore or ())
    result = []
    for rule in all_rules():
        best_select = max((len(s) for s in chosen if _matches(rule, s)), default=-1)
        best_ignore = max((len(s) for s in dropped if _matches(rule, s)), default=-1)
        if best_select >= 0 and best_select >= best_ignore:
            result.append(rule)
    return result
