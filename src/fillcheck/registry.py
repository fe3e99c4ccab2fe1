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
from .messages import t

Check = Callable[[Document], Iterable[Hit]]

# Detector families, imported on first use so that `import fillcheck` stays cheap.
FAMILIES = (
    "placeholders", "blanks", "paywall", "scrape", "furniture", "counts", "redaction", "format",
    "meta",
)  # fmt: skip


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
        from .recache import grouped, warm

        warm()  # the patterns compiled outside the families' imports
        for family in FAMILIES:
            with grouped(family):  # the family compiles its patterns as it is imported
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


# A full code such as FC101 and a rule name are equally specific; a prefix is less so.
EXACT = 5


def normal_selector(selector: str) -> str:
    """``selector`` as matching uses it: codes upper case, names lower case, ``ALL`` is ``FC``."""
    selector = selector.strip()
    if selector.upper() == "ALL":
        return "FC"
    return selector.upper() if selector.upper().startswith("FC") else selector.lower()


def matches(rule: Rule, selector: str) -> bool:
    """True when the normalised ``selector`` (a code prefix or a name) picks ``rule``."""
    return rule.code.startswith(selector) or rule.name == selector


def specificity(selector: str) -> int:
    """How specific a normalised selector is: the longer code prefix wins, names are exact."""
    return len(selector) if selector.startswith("FC") else EXACT


def normalise_selectors(selectors: Iterable[str], rules: Sequence[Rule]) -> list[str]:
    """Normalised selectors; ValueError names one that matches none of ``rules``."""
    result = []
    for raw in selectors:
        if not raw.strip():
            continue
        selector = normal_selector(raw)
        if not any(matches(rule, selector) for rule in rules):
            raise ValueError(t("unknown-selector", name=repr(raw)))
        result.append(selector)
    return result


Layer = tuple[Sequence[str] | None, Sequence[str], Sequence[str]]


def apply_layers(rules: Sequence[Rule], layers: Sequence[Layer]) -> list[Rule]:
    """The rules enabled by ``(select, extend_select, ignore)`` layers applied in order.

    As in ruff: a layer's ``select`` (when not None) starts again from nothing,
    ``extend_select`` and ``ignore`` adjust what the layers before enabled. Within
    a layer the more specific selector wins (``select FC1, ignore FC101`` drops
    FC101; ``ignore FC1, select FC101`` keeps it), and ``ignore`` wins a tie.
    """
    enabled = {rule.code for rule in rules}
    for chosen, extend, ignored in layers:
        picks = [*(chosen or ()), *extend]
        updates: dict[str, bool] = {}
        for level in sorted({specificity(s) for s in [*picks, *ignored]}):
            for selectors, value in ((picks, True), (ignored, False)):
                for selector in selectors:
                    if specificity(selector) == level:
                        updates.update((r.code, value) for r in rules if matches(r, selector))
        if chosen is not None:
            enabled = {code for code, value in updates.items() if value}
        else:
            enabled |= {code for code, value in updates.items() if value}
            enabled -= {code for code, value in updates.items() if not value}
    return [rule for rule in rules if rule.code in enabled]


def select_rules(
    select: Sequence[str] | None = None, ignore: Sequence[str] | None = None
) -> list[Rule]:
    """Rules matched by ``select`` (default: all) and by no more specific ``ignore``.

    The same selection as the command line's, with no configuration file.
    """
    rules = all_rules()
    chosen = normalise_selectors(select, rules) if select else None
    return apply_layers(rules, [(chosen, (), normalise_selectors(ignore or (), rules))])
