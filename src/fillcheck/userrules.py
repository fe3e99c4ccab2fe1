"""User-defined placeholder patterns: the ``[[patterns]]`` tables of a configuration file.

Each pattern becomes a Rule with a code in the ``FC9xx`` range that select,
ignore, per-file-ignores and severity treat like a built-in rule. Patterns
run with the ``regex`` module under a time limit per document, so that a
pattern with catastrophic backtracking (``(a+)+$``) costs at most that limit:
the run reports the timeout for that file and goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .document import Document
from .finding import Category, Hit, Severity
from .messages import t
from .registry import Rule

CODE = re.compile(r"FC9\d\d\Z")
NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")
REQUIRED = ("code", "name", "regex", "message", "category")
# A pattern matching more often than this in one file matches noise, not placeholders:
# its hits stop piling up there and the run says so.
MAX_MATCHES = 10_000
KEYS = (*REQUIRED, "severity")


class SettingError(ValueError):
    """A configuration value that cannot be used: ``key`` is where, ``reason`` why."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(t("config-setting", where=key, reason=reason))
        self.key = key
        self.reason = reason


class TooManyMatches(Exception):
    """A user pattern matched more than MAX_MATCHES times in one document."""


class PatternTimeout(Exception):
    """A user pattern took longer than its time limit on one document."""

    def __init__(self, rule: Rule, seconds: float) -> None:
        super().__init__(
            t("read-pattern-timeout", code=rule.code, name=rule.name, seconds=f"{seconds:g}")
        )
        self.rule = rule
        self.seconds = seconds


class PatternOverflow(PatternTimeout):
    """A user pattern matched more than MAX_MATCHES times in one document."""

    def __init__(self, rule: Rule) -> None:
        message = t("read-pattern-overflow", code=rule.code, name=rule.name, count=MAX_MATCHES)
        Exception.__init__(self, message)
        self.rule = rule
        self.seconds = 0.0


@dataclass(frozen=True)
class UserPattern:
    """One validated ``[[patterns]]`` entry."""

    code: str
    name: str
    regex: str
    message: str
    category: Category
    severity: Severity = Severity.ERROR

    def to_dict(self) -> dict[str, str]:
        """The entry as written in a configuration file."""
        return {
            "code": self.code,
            "name": self.name,
            "regex": self.regex,
            "message": self.message,
            "category": self.category.value,
            "severity": self.severity.value,
        }


class PatternCheck:
    """The detector behind a user pattern: every non-empty match is a Hit.

    ``{text}`` in the message is replaced by the matched text. Hits are kept
    in the document's memo, so the runner can run the pattern first (to catch
    a timeout) and the engine then reuses the result. Patterns match on the
    normalised view of the text, as built-in rules do.
    """

    def __init__(self, pattern: UserPattern, timeout: float) -> None:
        self.pattern = pattern
        self.timeout = timeout
        self._compiled = None  # compiled on first use: validating a file needs no search

    def __call__(self, doc: Document) -> list[Hit]:
        """The pattern's hits in ``doc``; raises TimeoutError past the time limit and
        TooManyMatches past MAX_MATCHES."""
        from .normalise import view_document

        seen, _ = view_document(doc)
        return seen.memo(f"user-pattern:{self.pattern.code}", lambda: self._scan(seen.text))

    def _scan(self, text: str) -> list[Hit]:
        if self._compiled is None:
            import regex

            self._compiled = regex.compile(self.pattern.regex)
        message = self.pattern.message
        hits = []
        for match in self._compiled.finditer(text, timeout=self.timeout):
            start, end = match.span()
            if start < end:
                if len(hits) == MAX_MATCHES:
                    raise TooManyMatches
                hits.append(Hit(start, end, message.replace("{text}", match.group())))
        return hits


def parse_patterns(value: object, key: str, builtin: Sequence[Rule]) -> tuple[UserPattern, ...]:
    """Validate the ``patterns`` array; SettingError names the entry and key at fault."""
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise SettingError(key, t("config-expected-patterns"))
    taken_codes = {rule.code for rule in builtin}
    taken_names = {rule.name for rule in builtin}
    patterns = []
    for index, entry in enumerate(value):
        pattern = _parse_one(entry, f"{key}[{index}]")
        if pattern.code in taken_codes:
            reason = t("config-duplicate-code", code=pattern.code)
            raise SettingError(f"{key}[{index}].code", reason)
        if pattern.name in taken_names:
            reason = t("config-duplicate-name", name=repr(pattern.name))
            raise SettingError(f"{key}[{index}].name", reason)
        taken_codes.add(pattern.code)
        taken_names.add(pattern.name)
        patterns.append(pattern)
    return tuple(patterns)


def _parse_one(entry: dict, key: str) -> UserPattern:
    for name in entry:
        if name not in KEYS:
            raise SettingError(f"{key}.{name}", t("config-pattern-key", keys=", ".join(KEYS)))
    for name in REQUIRED:
        if name not in entry:
            raise SettingError(key, t("config-missing-key", name=repr(name)))
    for name, text in entry.items():
        if not isinstance(text, str) or not text:
            raise SettingError(f"{key}.{name}", t("config-non-empty"))
    code, name = entry["code"], entry["name"]
    if not CODE.match(code):
        raise SettingError(f"{key}.code", t("config-not-user-code", code=repr(code)))
    if not NAME.match(name):
        raise SettingError(f"{key}.name", t("config-not-kebab", name=repr(name)))
    _compile(entry["regex"], f"{key}.regex")
    try:
        category = Category(entry["category"])
    except ValueError:
        names = ", ".join(c.value for c in Category)
        reason = t("config-unknown-category", name=repr(entry["category"]), names=names)
        raise SettingError(f"{key}.category", reason) from None
    try:
        severity = Severity.parse(entry.get("severity", "error"))
    except ValueError as error:
        raise SettingError(f"{key}.severity", str(error)) from None
    return UserPattern(code, name, entry["regex"], entry["message"], category, severity)


def _compile(pattern: str, key: str) -> None:
    import regex

    try:
        compiled = regex.compile(pattern)
    except regex.error as error:
        raise SettingError(key, t("config-invalid-regex", error=error)) from None
    except (ValueError, OverflowError, RecursionError) as error:
        raise SettingError(key, t("config-invalid-regex", error=error)) from None
    if compiled.fullmatch("") is not None:
        raise SettingError(key, t("config-empty-match"))


def pattern_rule(pattern: UserPattern, timeout: float, source: str) -> Rule:
    """The Rule that runs ``pattern`` with ``timeout`` seconds per document."""
    doc = (
        f"{pattern.message}\n\nA pattern defined in {source}: "
        f"{pattern.regex} (timeout {timeout:g} s per document)."
    )
    check = PatternCheck(pattern, timeout)
    return Rule(pattern.code, pattern.name, pattern.category, pattern.severity, check, doc)


def is_user_rule(rule: Rule) -> bool:
    """True when ``rule`` comes from a configuration file's patterns."""
    return isinstance(rule.check, PatternCheck)


def run_patterns(
    doc: Document, rules: Iterable[Rule], min_severity: Severity = Severity.INFO
) -> tuple[list[Rule], list[PatternTimeout]]:
    """Run the user patterns among ``rules`` on ``doc`` before the engine does.

    Returns the rules to audit with (those whose pattern timed out left out)
    and one PatternTimeout per pattern that did. The hits of patterns that
    finished are kept with the document, so the engine does not search again.
    """
    kept: list[Rule] = []
    timeouts: list[PatternTimeout] = []
    for rule in rules:
        if is_user_rule(rule) and rule.severity.rank >= min_severity.rank:
            check: PatternCheck = rule.check  # type: ignore[assignment]
            try:
                check(doc)
            except TimeoutError:
                timeouts.append(PatternTimeout(rule, check.timeout))
                continue
            except TooManyMatches:
                timeouts.append(PatternOverflow(rule))
                continue
        kept.append(rule)
    return kept, timeouts
