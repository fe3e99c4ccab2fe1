"""Configuration: ``.fillcheck.toml`` or ``[tool.fillcheck]`` in ``pyproject.toml``.

A checked file is governed by the closest configuration file found walking up
from its directory to the filesystem root; in one directory ``.fillcheck.toml``
wins over ``pyproject.toml``, and a ``pyproject.toml`` without a
``[tool.fillcheck]`` table is passed over. The closest file is used alone
(nothing is merged from files further up). ``--config FILE`` uses one file for
every path, its globs relative to the working directory, as ruff does;
``--isolated`` uses the defaults. Lookups and parsed settings are cached per
directory and per file, so a directory of 10,000 documents costs one parse.

Rule selection follows ruff: the configuration's ``select``/``extend-select``/
``ignore`` apply first, then the command line's; a ``--select`` starts again
from nothing, while ``--extend-select`` and ``--ignore`` adjust what the
configuration selected. Within one layer the more specific selector wins, and
``ignore`` wins a tie.
"""

from __future__ import annotations

import os
import stat
import sys
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Any

from .document import Document
from .finding import Finding, Severity
from .messages import t
from .registry import (
    Rule,
    all_rules,
    apply_layers,
    matches,
    normal_selector,
    normalise_selectors,
    specificity,
)
from .userrules import SettingError, UserPattern, parse_patterns, pattern_rule

CONFIG_NAMES = (".fillcheck.toml", "pyproject.toml")
DEFAULT_TIMEOUT = 1.0
KEYS = (
    "select", "extend-select", "ignore", "per-file-ignores", "severity", "exclude",
    "fail-on", "allow", "pattern-timeout", "patterns", "style", "lang", "show-source",
    "jobs", "timeout", "max-memory",
)  # fmt: skip
STYLES = ("auto", "official", "plain")


class ConfigError(Exception):
    """A configuration file that cannot be used; one line naming the file, key and reason."""

    def __init__(self, path: str, key: str | None, reason: str) -> None:
        super().__init__(
            t("config-key-reason", path=path, where=key, reason=reason)
            if key
            else t("path-reason", path=path, reason=reason)
        )
        self.path = path
        self.key = key
        self.reason = reason


@dataclass(frozen=True)
class Settings:
    """The validated keys of one configuration file (or the defaults)."""

    source: str | None = None  # the file, as shown to the user; None for the defaults
    root: str = "."  # the directory that globs are relative to
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: Severity | None = None
    allow: tuple[str, ...] = ()
    pattern_timeout: float = DEFAULT_TIMEOUT
    patterns: tuple[UserPattern, ...] = ()
    style: str = "auto"  # which format norms apply: recognised, always official, or none
    lang: str | None = None  # the language of messages; None: from the environment
    show_source: bool | None = None  # None: when standard output is a terminal
    # How a run goes (read from the configuration of the working directory, or --config).
    jobs: int | None = None
    timeout: float | None = None
    max_memory: int | None = None


@dataclass(frozen=True)
class Overrides:
    """What the command line says on top of the configuration."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = None


# ---------------------------------------------------------------- reading files


def _tomllib() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


MAX_CONFIG = 16 * 2**20  # bytes: no real configuration comes near


def _read_toml(path: str, shown: str) -> dict[str, Any]:
    from .safewrite import read_regular

    try:
        data = read_regular(path, MAX_CONFIG)  # a FIFO or /dev/zero is refused, not read
    except OSError as error:
        reason = t("config-cannot-read", error=error.strerror or error)
        raise ConfigError(shown, None, reason) from None
    except ValueError as error:
        raise ConfigError(shown, None, t("config-cannot-read", error=error)) from None
    tomllib = _tomllib()
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(shown, None, t("config-not-utf8")) from None
    except RecursionError:
        raise ConfigError(shown, None, t("config-deep")) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(shown, None, t("config-invalid", error=error)) from None


def _table(path: str, shown: str) -> tuple[dict[str, Any] | None, str]:
    """The fillcheck table of a configuration file and the key prefix used in errors."""
    data = _read_toml(path, shown)
    if os.path.basename(path) != "pyproject.toml":
        return data, ""
    tool = data.get("tool")
    table = tool.get("fillcheck") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(shown, "tool.fillcheck", t("config-expected-table"))
    return table, "tool.fillcheck."


def has_fillcheck_table(path: str) -> bool:
    """True when ``path`` is a configuration file fillcheck should use."""
    from .safewrite import NotRegularFile, read_regular

    if os.path.basename(path) != "pyproject.toml":
        try:  # a FIFO or device is not skipped: loading it reports what it is
            return not stat.S_ISDIR(os.stat(path).st_mode)
        except OSError:
            return False
    try:
        if b"fillcheck" not in read_regular(path, MAX_CONFIG):
            return False  # cheap: most pyproject.toml files say nothing of us
    except (NotRegularFile, ValueError):
        return True  # cannot tell, and cannot be ignored: loading it reports why
    except OSError:
        return False
    try:
        table, _ = _table(path, path)
    except ConfigError:
        return True  # mentions fillcheck but is broken: loading it reports why
    return table is not None


def load_settings(path: str, *, root: str | None = None, shown: str | None = None) -> Settings:
    """Read and validate one configuration file; ConfigError names the key at fault.

    Globs are relative to ``root``, by default the file's own directory.
    """
    shown = shown or _shown(path)
    table, prefix = _table(path, shown)
    if table is None:
        raise ConfigError(shown, None, t("config-no-table"))
    root = os.path.abspath(root or os.path.dirname(os.path.abspath(path)))
    try:
        return parse_settings(table, source=shown, root=root, prefix=prefix)
    except SettingError as error:
        raise ConfigError(shown, error.key, error.reason) from None


def _shown(path: str) -> str:
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


# ---------------------------------------------------------------- validation


def parse_settings(table: dict[str, Any], *, source: str, root: str, prefix: str = "") -> Settings:
    """Validate a configuration table; SettingError(key, reason) on the first problem."""
    for key in table:
        if key not in KEYS:
            import difflib

            close = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.6)
            reason = (
                t("config-unknown-key-hint", name=repr(close[0]))
                if close
                else t("config-unknown-key")
            )
            raise SettingError(f"{prefix}{key}", reason)
    builtin = all_rules()
    patterns = parse_patterns(table.get("patterns", []), f"{prefix}patterns", builtin)
    timeout = _timeout(table.get("pattern-timeout", DEFAULT_TIMEOUT), f"{prefix}pattern-timeout")
    rules = builtin + [pattern_rule(p, timeout, source) for p in patterns]

    def selectors(key: str) -> tuple[str, ...]:
        return _selectors(table.get(key, []), f"{prefix}{key}", rules)

    return Settings(
        source=source,
        root=root,
        select=selectors("select") if "select" in table else None,
        extend_select=selectors("extend-select"),
        ignore=selectors("ignore"),
        per_file_ignores=_per_file_ignores(table.get("per-file-ignores", {}), prefix, rules),
        severity=_severities(table.get("severity", {}), f"{prefix}severity", rules),
        exclude=_globs(table.get("exclude", []), f"{prefix}exclude"),
        fail_on=_severity(table["fail-on"], f"{prefix}fail-on") if "fail-on" in table else None,
        allow=_phrases(table.get("allow", []), f"{prefix}allow"),
        pattern_timeout=timeout,
        patterns=patterns,
        style=_style(table.get("style", "auto"), f"{prefix}style"),
        lang=_language(table["lang"], f"{prefix}lang") if "lang" in table else None,
        show_source=_boolean(table.get("show-source"), f"{prefix}show-source"),
        jobs=_count(table, "jobs", prefix),
        timeout=_count(table, "timeout", prefix, number=float),
        max_memory=_count(table, "max-memory", prefix),
    )


def _count(table: dict[str, Any], key: str, prefix: str, number: type = int) -> Any:
    """A whole number (or, with ``number=float``, any number) of at least 0, or None if absent."""
    if key not in table:
        return None
    value = table[key]
    kinds = (int, float) if number is float else (int,)
    if isinstance(value, bool) or not isinstance(value, kinds) or value < 0:
        raise SettingError(f"{prefix}{key}", f"expected a number of at least 0, got {value!r}")
    return number(value)


def _style(value: object, key: str) -> str:
    """The ``style`` key: auto (recognise official documents), official or plain."""
    if value not in STYLES:
        raise SettingError(
            key, t("config-expected-style", choices=", ".join(STYLES), value=repr(value))
        )
    return str(value)


def _language(value: object, key: str) -> str:
    from .messages import check_language

    if not isinstance(value, str):
        raise SettingError(key, t("config-expected-language", what=_describe(value)))
    try:
        return check_language(value)
    except ValueError as error:
        raise SettingError(key, str(error)) from None


def _boolean(value: object, key: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise SettingError(key, t("config-expected-boolean", what=_describe(value)))
    return value


def _describe(value: object) -> str:
    if type(value) in (bool, str, int, float, list, dict):
        return t(f"config-type-{type(value).__name__}")
    return t("config-type-other", name=type(value).__name__)


def _strings(value: object, key: str) -> list[str]:
    if not isinstance(value, list):
        raise SettingError(key, t("config-expected-strings", what=_describe(value)))
    for item in value:
        if not isinstance(item, str):
            raise SettingError(key, t("config-found-in-strings", what=_describe(item)))
    return value


def _table_of(value: object, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SettingError(key, t("config-expected-table-got", what=_describe(value)))
    return value


def _selectors(value: object, key: str, rules: list[Rule]) -> tuple[str, ...]:
    try:
        return tuple(normalise_selectors(_strings(value, key), rules))
    except ValueError as error:
        if isinstance(error, SettingError):
            raise
        raise SettingError(key, str(error)) from None


def _per_file_ignores(value: object, prefix: str, rules: list[Rule]) -> tuple:
    key = f"{prefix}per-file-ignores"
    result = []
    for glob, codes in _table_of(value, key).items():
        where = f'{key}."{glob}"'
        _compile_globs([glob.removeprefix("!")], where)
        result.append((glob, _selectors(codes, where, rules)))
    return tuple(result)


def _severities(value: object, key: str, rules: list[Rule]) -> tuple:
    result = []
    for selector, name in _table_of(value, key).items():
        where = f"{key}.{selector}"
        (normal,) = _selectors([selector], where, rules)
        if not isinstance(name, str):
            raise SettingError(where, t("config-expected-severity", what=_describe(name)))
        result.append((normal, _severity(name, where)))
    return tuple(result)


def _severity(value: object, key: str) -> Severity:
    if not isinstance(value, str):
        raise SettingError(key, t("config-expected-severity", what=_describe(value)))
    try:
        return Severity.parse(value)
    except ValueError as error:
        raise SettingError(key, str(error)) from None


def _globs(value: object, key: str) -> tuple[str, ...]:
    globs = tuple(_strings(value, key))
    _compile_globs(globs, key)
    return globs


def _compile_globs(globs, key: str):
    """A gitignore-style PathSpec for ``globs`` (None when there are none)."""
    if not globs:
        return None
    import pathspec

    try:
        return pathspec.GitIgnoreSpec.from_lines(globs)
    except (ValueError, TypeError) as error:
        raise SettingError(key, t("config-invalid-glob", error=error)) from None


def _phrases(value: object, key: str) -> tuple[str, ...]:
    phrases = tuple(_strings(value, key))
    if "" in phrases:
        raise SettingError(key, t("config-empty-phrase"))
    return phrases


def _timeout(value: object, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 3600:
        raise SettingError(key, t("config-expected-seconds", value=repr(value)))
    return float(value)


# ---------------------------------------------------------------- rule selection


def _with_severity(rule: Rule, overrides: tuple[tuple[str, Severity], ...]) -> Rule:
    best = max(
        ((specificity(s), i, sev) for i, (s, sev) in enumerate(overrides) if matches(rule, s)),
        default=None,
    )
    return rule if best is None or best[2] == rule.severity else replace(rule, severity=best[2])


# ---------------------------------------------------------------- effective settings


@dataclass
class Resolved:
    """A configuration combined with the command line: what a governed file is checked with."""

    settings: Settings
    rules: list[Rule]  # the enabled rules, severities overridden
    fail_on: Severity
    user_rules: list[Rule] = field(default_factory=list)  # every pattern, enabled or not
    _ignores: list = field(default_factory=list)  # (spec, negated, selectors)
    _exclude: Any = None
    _by_ignores: dict = field(default_factory=dict)

    @classmethod
    def build(cls, settings: Settings, overrides: Overrides = Overrides()) -> Resolved:
        """Select the rules and compile the globs of ``settings`` under ``overrides``."""
        source = settings.source or "the configuration"
        user_rules = [pattern_rule(p, settings.pattern_timeout, source) for p in settings.patterns]
        cli = (overrides.select, overrides.extend_select, overrides.ignore)
        layers = [
            (settings.select, settings.extend_select, settings.ignore),
            tuple(None if part is None else tuple(map(normal_selector, part)) for part in cli),
        ]
        chosen = apply_layers(all_rules() + user_rules, layers)
        rules = [_with_severity(rule, settings.severity) for rule in chosen]
        ignores = [
            (_compile_globs([glob.removeprefix("!")], glob), glob.startswith("!"), codes)
            for glob, codes in settings.per_file_ignores
        ]
        fail_on = overrides.fail_on or settings.fail_on or Severity.WARNING
        exclude = _compile_globs(settings.exclude, "exclude")
        return cls(settings, rules, fail_on, user_rules, ignores, exclude)

    @classmethod
    def of_rules(cls, rules: list[Rule], fail_on: Severity = Severity.WARNING) -> Resolved:
        """Fixed rules and no configuration (the library and ``extract``)."""
        return cls(Settings(root=os.getcwd()), list(rules), fail_on)

    def relative(self, path: str) -> str | None:
        """``path`` relative to the settings' root, with ``/``; None when outside it."""
        root = self.settings.root
        prefix = root if root.endswith(os.sep) else root + os.sep
        absolute = os.path.abspath(path)
        if not absolute.startswith(prefix):
            return None
        return absolute[len(prefix) :].replace(os.sep, "/")

    def excluded(self, path: str, *, directory: bool = False) -> bool:
        """True when an ``exclude`` glob matches ``path`` or a directory above it."""
        if self._exclude is None:
            return False
        relative = self.relative(path)
        if directory and relative:
            relative += "/"  # so that `archive/` matches the directory itself
        return bool(relative) and self._exclude.match_file(relative)

    def rules_for(self, path: str) -> list[Rule]:
        """The rules for one file, after ``per-file-ignores``."""
        if not self._ignores:
            return self.rules
        relative = self.relative(path)
        dropped = tuple(
            i for i, (spec, negated, _) in enumerate(self._ignores)
            if (relative is not None and spec.match_file(relative)) != negated
        )  # fmt: skip
        if dropped not in self._by_ignores:
            selectors = [s for i in dropped for s in self._ignores[i][2]]
            self._by_ignores[dropped] = [
                r for r in self.rules if not any(matches(r, s) for s in selectors)
            ]
        return self._by_ignores[dropped]

    def allowed(self, findings: list[Finding], doc: Document) -> list[Finding]:
        """``findings`` without those overlapping an occurrence of an allowed phrase."""
        if not findings or not self.settings.allow:
            return findings
        spans = sorted(_occurrences(doc.text, self.settings.allow))
        if not spans:
            return findings
        starts = [start for start, _ in spans]
        reach, furthest = [], -1  # reach[i]: the furthest end among spans[: i + 1]
        for _, end in spans:
            furthest = max(furthest, end)
            reach.append(furthest)
        kept = []
        for finding in findings:
            start = doc.offset(finding.line, finding.column)
            end = doc.offset(finding.end_line, finding.end_column)
            before = bisect_left(starts, max(end, start + 1))  # spans starting before the end
            if before == 0 or reach[before - 1] <= start:
                kept.append(finding)
        return kept


def _occurrences(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = text.find(phrase, at + 1)
    return spans


# ---------------------------------------------------------------- discovery


class ConfigStore:
    """Finds, loads and caches the settings that govern each file of a run."""

    def __init__(
        self,
        overrides: Overrides = Overrides(),
        *,
        config_file: str | None = None,
        isolated: bool = False,
        fixed: Resolved | None = None,
    ) -> None:
        """``config_file`` or ``isolated`` fix the settings for every path (ConfigError
        at once if the file is bad); otherwise each directory finds its own."""
        self.overrides = overrides
        self._dirs: dict[str, str | None] = {}
        self._resolved: dict[str | None, Resolved | ConfigError] = {}
        self.fixed = fixed
        if isolated and config_file:
            raise ConfigError("--config", None, t("config-with-isolated"))
        if config_file:
            settings = load_settings(config_file, root=os.getcwd(), shown=config_file)
            self.fixed = Resolved.build(settings, overrides)
        elif isolated:
            self.fixed = Resolved.build(Settings(root=os.getcwd()), overrides)

    def find(self, directory: str) -> str | None:
        """The configuration file closest to ``directory`` (absolute), or None."""
        walked = []
        current = directory
        while current not in self._dirs:
            walked.append(current)
            found = next(
                (path for name in CONFIG_NAMES
                 if has_fillcheck_table(path := os.path.join(current, name))),
                None,
            )  # fmt: skip
            parent = os.path.dirname(current)
            if found or parent == current:
                self._dirs[current] = found
                walked.pop()
                break
            current = parent
        result = self._dirs[current]
        for path in walked:
            self._dirs[path] = result
        return result

    def for_directory(self, directory: str) -> Resolved:
        """The settings for files directly in ``directory``; ConfigError if its file is bad."""
        if self.fixed is not None:
            return self.fixed
        path = self.find(os.path.abspath(directory))
        if path not in self._resolved:
            try:
                settings = load_settings(path) if path else Settings(root=os.getcwd())
                self._resolved[path] = Resolved.build(settings, self.overrides)
            except ConfigError as error:
                self._resolved[path] = error
        resolved = self._resolved[path]
        if isinstance(resolved, ConfigError):
            raise resolved
        return resolved

    def for_file(self, path: str) -> Resolved:
        """The settings for the file ``path`` (standard input: pass ``--stdin-filename``)."""
        return self.for_directory(os.path.dirname(os.path.abspath(path)))

    def for_target(self, target: str) -> Resolved:
        """The settings for a path named by the user: a directory's own, or a file's."""
        if target != "-" and os.path.isdir(target):
            return self.for_directory(target)
        return self.for_file(target)

    def check_selectors(self, targets: list[str], selectors: list[str]) -> None:
        """Raise ValueError (or the ConfigError behind it) for a command-line selector
        that matches no rule in the settings of any target."""
        if not selectors:
            return
        rules = all_rules()
        errors = []
        for target in targets:
            try:
                rules = rules + self.for_target(target).user_rules
            except ConfigError as error:
                errors.append(error)
        try:
            normalise_selectors(selectors, rules)
        except ValueError:
            if errors:
                raise errors[0] from None
            raise


# ---------------------------------------------------------------- `fillcheck config`


def settings_dict(settings: Settings) -> dict[str, Any]:
    """Every key of ``settings`` as it would be written in ``.fillcheck.toml``."""

    def shown(selectors: tuple[str, ...]) -> list[str]:
        return ["ALL" if selector == "FC" else selector for selector in selectors]

    return {
        "select": shown(settings.select) if settings.select is not None else ["ALL"],
        "extend-select": shown(settings.extend_select),
        "ignore": shown(settings.ignore),
        "exclude": list(settings.exclude),
        "fail-on": (settings.fail_on or Severity.WARNING).value,
        "allow": list(settings.allow),
        "pattern-timeout": settings.pattern_timeout,
        "per-file-ignores": {glob: shown(codes) for glob, codes in settings.per_file_ignores},
        "severity": {shown((s,))[0]: level.value for s, level in settings.severity},
        "patterns": [pattern.to_dict() for pattern in settings.patterns],
        "style": settings.style,
        **({"lang": settings.lang} if settings.lang else {}),
        **({"show-source": settings.show_source} if settings.show_source is not None else {}),
        **{
            key: value
            for key, value in (
                ("jobs", settings.jobs),
                ("timeout", settings.timeout),
                ("max-memory", settings.max_memory),
            )
            if value is not None
        },
    }


def render_json(resolved: Resolved, target: str) -> str:
    """The effective settings for ``target`` as JSON, for tools."""
    import json

    data = {
        "path": target,
        "source": resolved.settings.source,
        "root": resolved.settings.root,
        "rules": [rule.code for rule in _rules_for(resolved, target)],
        "settings": settings_dict(resolved.settings),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_toml(resolved: Resolved, target: str) -> str:
    """The effective settings for ``target`` as ``.fillcheck.toml`` content, with comments."""
    settings = resolved.settings
    source = settings.source or "defaults (no configuration file found)"
    lines = [
        f"# fillcheck settings for {_one_line(target)}",
        f"# from: {_one_line(source)}",
        f"# globs relative to: {_one_line(_shown(settings.root))}",
        f"# enabled rules: {', '.join(r.code for r in _rules_for(resolved, target)) or 'none'}",
    ]
    data = settings_dict(settings)
    tables = {key: data.pop(key) for key in ("per-file-ignores", "severity")}
    patterns = data.pop("patterns")
    if not patterns:
        data["patterns"] = []  # an empty array of tables can only be written inline
    lines += [f"{key} = {_toml_value(value)}" for key, value in data.items()]
    for key, table in tables.items():
        lines += ["", f"[{key}]"]
        lines += [f"{_toml_value(name)} = {_toml_value(value)}" for name, value in table.items()]
    for pattern in patterns:
        lines += ["", "[[patterns]]"]
        lines += [f"{name} = {_toml_value(value)}" for name, value in pattern.items()]
    return "\n".join(lines)


def _rules_for(resolved: Resolved, target: str) -> list[Rule]:
    """The rules for a file target after per-file-ignores; a directory's before them."""
    return resolved.rules if os.path.isdir(target) else resolved.rules_for(target)


def _one_line(text: str) -> str:
    return text.replace("\n", "\\n").replace("\r", "\\r")


def _toml_value(value: object) -> str:
    import json

    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, float):
        return repr(value)
    # A JSON string is a TOML basic string, except that TOML also forbids a raw DEL.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")
