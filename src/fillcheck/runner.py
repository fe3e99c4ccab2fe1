"""The check loop: files -> Documents -> findings -> formatter, with errors kept per file.

A file that cannot be read is reported on stderr as one line naming the file
and the reason; the other files are still checked, and the run ends with
exit status 2. Each file is checked with the settings of the configuration
that governs it (see :mod:`fillcheck.config`); a configuration file that is
broken is reported once, and the files it governs are not checked.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from .config import ConfigError, ConfigStore, Resolved
from .engine import audit_document, count_by_severity
from .finding import Finding, Severity
from .formatters import Formatter
from .messages import t, use_language
from .readers import (
    DEFAULT_MAX_SIZE,
    ReadError,
    ReadOptions,
    display_path,
    read_bytes,
    read_path,
    too_large,
)
from .registry import Rule
from .userrules import run_patterns
from .walk import iter_paths


@dataclass(frozen=True)
class CheckOptions:
    """Everything the check loop needs, already validated by the CLI."""

    rules: list[Rule] = field(default_factory=list)  # used when ``configs`` is None
    min_severity: Severity = Severity.INFO
    fail_on: Severity = Severity.WARNING
    exit_zero: bool = False
    encoding: str | None = None
    stdin_filename: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    baseline: Any = None  # a baseline.Baseline: report only findings it does not hold
    baseline_writer: Any = None  # a baseline.BaselineWriter: record every finding
    configs: ConfigStore | None = None  # None: ``rules`` and ``fail_on``, no configuration
    force_exclude: bool = False  # apply ``exclude`` to files named explicitly too
    # The language of messages (``en``, ``zh``); None: the process's. A worker process
    # passes it to ``fillcheck.messages.set_language`` in its pool initializer.
    lang: str | None = None

    @property
    def read_options(self) -> ReadOptions:
        """The settings passed to every reader."""
        return ReadOptions(encoding=self.encoding, max_size=self.max_size)


@dataclass
class CheckResult:
    """What a run saw: files checked, findings by severity, files that failed."""

    files: int = 0
    errors: int = 0
    counts: dict[str, int] = field(default_factory=lambda: count_by_severity(()))
    failing: bool = False


def read_document(path: str, options: CheckOptions):
    """Read one path (``-`` is standard input) into a Document; ReadError if it cannot be."""
    if path == "-":
        name = options.stdin_filename or "-"
        data = sys.stdin.buffer.read(options.max_size + 1)
        if len(data) > options.max_size:
            raise ReadError(name, too_large(len(data), options.read_options))
        return read_bytes(data, name, options.read_options)
    return read_path(path, options.read_options)


def _report_error(error: ReadError, stderr: TextIO) -> None:
    message = t("path-reason", path=display_path(error.path), reason=error.reason)
    stderr.write(t("error-line", message=message) + "\n")
    stderr.flush()


def run_check(
    paths: list[str], options: CheckOptions, formatter: Formatter, stderr: TextIO
) -> CheckResult:
    """Check every file under ``paths``, feeding each file's findings to ``formatter``."""
    with use_language(options.lang):
        return _run_check(paths, options, formatter, stderr)


def _run_check(
    paths: list[str], options: CheckOptions, formatter: Formatter, stderr: TextIO
) -> CheckResult:
    result = CheckResult()
    configs = options.configs
    if configs is None:  # library use: the given rules, no configuration files
        configs = ConfigStore(fixed=Resolved.of_rules(options.rules, options.fail_on))
    seen: set[str] = set()
    broken: set[str] = set()  # configuration files already reported
    for path, top in _targets(paths):
        if isinstance(path, ReadError):
            result.errors += 1
            _report_error(path, stderr)
            continue
        key = path if path == "-" else os.path.realpath(path)  # a.txt and ./a.txt: once
        if key in seen:
            continue
        seen.add(key)
        name = (options.stdin_filename or "-") if path == "-" else path
        try:
            settings = configs.for_file(name)
        except ConfigError as error:
            if error.path not in broken:
                broken.add(error.path)
                result.errors += 1
                stderr.write(t("error-line", message=error) + "\n")
            continue
        if settings.excluded(name) and _exclude(settings, top, options.force_exclude):
            continue
        try:
            document = read_document(path, options)
        except ReadError as error:
            result.errors += 1
            _report_error(error, stderr)
            continue
        findings = _audit(document, settings, settings.rules_for(name), options, result, stderr)
        if options.baseline_writer is not None:  # before the filter: keep what is recorded
            options.baseline_writer.add(findings, document)
        if options.baseline is not None:
            findings = options.baseline.filter(findings, document)
        result.files += 1
        _tally(result, findings, settings.fail_on)
        formatter.add(findings, document)
    formatter.end()
    return result


def _targets(paths: list[str]):
    """Yield (file, top): each file with the directory it was found walking (None for a file
    named explicitly)."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for found in iter_paths([path]):
                yield found, path
        else:
            yield path, None


def _exclude(settings: Resolved, top: str | None, force: bool) -> bool:
    """Whether a file that ``exclude`` matches is left out, as in ruff: a file named on the
    command line, or found in a directory named there that is itself excluded, is checked
    unless ``--force-exclude`` is given."""
    if force:
        return True
    return top is not None and not settings.excluded(top, directory=True)


def _audit(
    document, settings: Resolved, rules: list[Rule], options: CheckOptions,
    result: CheckResult, stderr: TextIO,
) -> list[Finding]:  # fmt: skip
    """The findings of one document; notes and pattern timeouts are reported as errors."""
    for note in document.notes:  # the file was checked, but the user must hear of this
        result.errors += 1
        _report_error(ReadError(document.source, note), stderr)
    document.style = settings.settings.style
    rules, timeouts = run_patterns(document, rules, options.min_severity)
    for timeout in timeouts:
        result.errors += 1
        reason = t("read-not-reported", reason=timeout)
        _report_error(ReadError(document.source, reason), stderr)
    findings = audit_document(document, rules, min_severity=options.min_severity)
    return settings.allowed(findings, document)


def _tally(result: CheckResult, findings: list[Finding], fail_on: Severity) -> None:
    failing = {s.value for s in Severity if s.rank >= fail_on.rank}
    counts = result.counts
    for finding in findings:
        counts[finding.severity] += 1
    if not result.failing:
        result.failing = any(finding.severity in failing for finding in findings)


def _plural(key: str, count: int) -> str:
    """Message ``key``-one or ``key``-many for ``count``."""
    return t(f"{key}-{'one' if count == 1 else 'many'}", count=count)


def summary(result: CheckResult) -> str:
    """The one-line summary written to stderr after a run, in the current language."""
    files = _plural("files", result.files)
    total = sum(result.counts.values())
    if total:
        parts = t("list-separator").join(
            _plural(f"severity-{name}", n) for name, n in reversed(result.counts.items()) if n
        )
        found = t(f"findings-{'one' if total == 1 else 'many'}", count=total, parts=parts)
    else:
        found = t("no-findings")
    unread = _plural("file-errors", result.errors) if result.errors else ""
    return t("summary", files=files, found=found, errors=unread)


def exit_status(result: CheckResult, options: CheckOptions) -> int:
    """2 when a file could not be read, 1 when findings reach --fail-on, else 0."""
    if result.errors:
        return 2
    if result.failing and not options.exit_zero:
        return 1
    return 0
