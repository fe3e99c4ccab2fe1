"""The check loop: files -> Documents -> findings -> formatter, with errors kept per file.

A file that cannot be read is reported on stderr as one line naming the file
and the reason; the other files are still checked, and the run ends with
exit status 2. Each file is checked with the settings of the configuration
that governs it (see :mod:`fillcheck.config`); a configuration file that is
broken is reported once, and the files it governs are not checked.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, TextIO

from .config import ConfigError, ConfigStore, Resolved
from .engine import audit_document, count_by_severity
from .finding import Finding, Severity
from .formatters import Formatter
from .messages import t, use_language
from .readers import (
    DEFAULT_MAX_SIZE,
    FORMATS,
    ReadError,
    ReadOptions,
    display_path,
    extension,
    read_owned,
    read_path,
    too_large,
)
from .registry import Rule
from .userrules import run_patterns
from .walk import iter_paths
from .workers import Limits, Outcome, run_all


@dataclass(frozen=True)
class CheckOptions:
    """Everything the check loop needs, already validated by the CLI.

    ``jobs`` 1, ``timeout`` 0 and ``max_memory`` 0 (the library's defaults) check
    every file in this process without a deadline; see :mod:`fillcheck.workers`.
    """

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
    jobs: int = 1  # files checked at once, in worker processes when above 1
    timeout: float = 0  # seconds to read and audit one file; 0: no deadline
    max_memory: int = 0  # MB of address space per worker process; 0: no cap
    staged: bool = False  # ``paths`` are (path, blob id) pairs of the git index
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
    failed_files: int = 0  # files with an error or a finding at --fail-on


@dataclass(frozen=True)
class Task:
    """One file to check (``name`` is what is reported for it), or an error to report."""

    path: str
    name: str
    fail_on: Severity = Severity.WARNING
    blob: str | None = None  # a git blob id: check this content instead of the file
    error: str | None = None  # a line to report instead of checking anything


@dataclass
class Checked:
    """What checking one file gave: its Document, its findings and lines to report."""

    document: Any  # a Document, or None when the file could not be read
    findings: list[Finding]
    errors: list[tuple[str, str]]  # (path, reason)


def read_document(path: str, options: CheckOptions):
    """Read one path (``-`` is standard input) into a Document; ReadError if it cannot be."""
    if path == "-":
        name = options.stdin_filename or "-"
        box = [sys.stdin.buffer.read(options.max_size + 1)]
        if len(box[0]) > options.max_size:
            raise ReadError(name, too_large(len(box[0]), options.read_options))
        return read_owned(box, name, options.read_options)  # the bytes go once decoded
    return read_path(path, options.read_options)


def _report_error(error: ReadError, stderr: TextIO) -> None:
    message = t("path-reason", path=display_path(error.path), reason=error.reason)
    stderr.write(t("error-line", message=message) + "\n")
    stderr.flush()


def run_check(
    paths: list[str], options: CheckOptions, formatter: Formatter, stderr: TextIO
) -> CheckResult:
    """Check every file under ``paths``, feeding each file's findings to ``formatter``.

    With ``options.staged``, ``paths`` are ``(path, blob id)`` pairs and the staged
    content is checked (see :func:`fillcheck.cli`'s ``--staged``).
    """
    with use_language(options.lang):  # worker processes are forked inside it: they inherit it
        return _run_check(paths, options, formatter, stderr)


def _run_check(
    paths: list[str], options: CheckOptions, formatter: Formatter, stderr: TextIO
) -> CheckResult:
    gc.freeze()  # what is loaded by now lives as long as the run: collections skip it
    if options.jobs > 1 and len(paths) == 1 and (options.staged or not os.path.isdir(paths[0])):
        options = replace(options, jobs=1)  # one file: no pool to start
    result = CheckResult()
    configs = options.configs
    if configs is None:  # library use: the given rules, no configuration files
        configs = ConfigStore(fixed=Resolved.of_rules(options.rules, options.fail_on))
    tasks = _tasks(paths, options, configs)
    work = partial(check_task, options=options, configs=configs)
    limits = Limits(timeout=options.timeout, max_memory=options.max_memory)
    here = partial(_here, options=options)
    for task, outcome in run_all(tasks, work, jobs=options.jobs, limits=limits, here=here):
        if task.error is not None:
            result.errors += 1
            stderr.write(task.error + "\n")
            continue
        checked = _checked(task, outcome, options)
        for path, reason in checked.errors:
            _report_error(ReadError(path, reason), stderr)
        result.errors += len(checked.errors)
        document, findings = checked.document, checked.findings
        if document is None:
            result.failed_files += 1
            continue
        if options.baseline_writer is not None:  # before the filter: keep what is recorded
            options.baseline_writer.add(findings, document)
        if options.baseline is not None:
            findings = options.baseline.filter(findings, document)
        result.files += 1
        failing = _tally(result, findings, task.fail_on)
        result.failed_files += bool(failing or checked.errors)
        formatter.add(findings, document)
    formatter.end()
    return result


def _tasks(paths, options: CheckOptions, configs: ConfigStore) -> Iterator[Task]:
    """The files to check, in order, after configuration, exclusion and repeats."""
    seen: set[str] = set()
    broken: set[str] = set()  # configuration files already reported
    targets = ((path, None, blob) for path, blob in paths) if options.staged else (
        (path, top, None) for path, top in _targets(paths))  # fmt: skip
    for path, top, blob in targets:
        if isinstance(path, ReadError):
            shown = display_path(path.path)
            yield Task(
                "",
                "",
                error=t("error-line", message=t("path-reason", path=shown, reason=path.reason)),
            )
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
                yield Task("", "", error=t("error-line", message=error))
            continue
        if settings.excluded(name) and _exclude(settings, top, options.force_exclude):
            continue
        yield Task(path, name, settings.fail_on, blob)


def _here(task: Task, options: CheckOptions) -> bool:
    """Whether ``task`` is checked in this process rather than in a worker."""
    if task.error is not None or task.path == "-":
        return True
    if options.jobs > 1:
        return False
    if options.timeout <= 0 and options.max_memory <= 0:
        return True  # nothing to guard: as fast as it gets
    return FORMATS.get(extension(task.name), ("text",))[0] in ("text", "markdown")


def check_task(task: Task, options: CheckOptions, configs: ConfigStore) -> Checked:
    """Read and audit one file (in this process or in a worker)."""
    settings = configs.for_file(task.name)
    try:
        if task.blob is not None:
            document = read_blob(task.name, task.blob, options)
        else:
            document = read_document(task.path, options)
    except ReadError as error:
        return Checked(None, [], [(error.path, error.reason)])
    errors = [(document.source, note) for note in document.notes]
    document.style = settings.settings.style
    rules, timeouts = run_patterns(document, settings.rules_for(task.name), options.min_severity)
    for timeout in timeouts:  # the file was checked, but the user must hear of this
        errors.append((document.source, t("read-not-reported", reason=timeout)))
    findings = audit_document(document, rules, min_severity=options.min_severity)
    return Checked(document, settings.allowed(findings, document), errors)


def _checked(task: Task, outcome: Outcome, options: CheckOptions) -> Checked:
    """The Checked of a task from how its run ended."""
    kind, value = outcome
    if kind == "ok":
        return value
    if kind == "error":
        raise value
    if kind == "overtime":
        reason = t("read-gave-up", seconds=f"{options.timeout:g}")
    elif kind == "memory" or options.max_memory > 0:
        reason = (
            t("read-needed-memory", megabytes=options.max_memory)
            if options.max_memory
            else t("read-out-of-memory")
        )
    else:
        reason = t("read-worker-died", status=value)
    return Checked(None, [], [(display_path(task.name), reason)])


def read_blob(name: str, blob: str, options: CheckOptions):
    """Read the git blob ``blob`` (the staged content of ``name``) into a Document."""
    import subprocess

    shown = display_path(name)
    try:
        done = subprocess.run(["git", "cat-file", "blob", blob], capture_output=True, check=False)
    except OSError as error:
        raise ReadError(shown, f"cannot run git: {error.strerror or error}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines() or ["git failed"]
        raise ReadError(shown, f"cannot read the staged content: {reason[0]}")
    if len(done.stdout) > options.max_size:
        raise ReadError(shown, too_large(len(done.stdout), options.read_options))
    box, done.stdout = [done.stdout], b""  # the bytes go once decoded
    return read_owned(box, name, options.read_options)


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


def _tally(result: CheckResult, findings: list[Finding], fail_on: Severity) -> bool:
    """Count ``findings`` into ``result``; whether any is at or above ``fail_on``."""
    failing = {s.value for s in Severity if s.rank >= fail_on.rank}
    counts = result.counts
    for finding in findings:
        counts[finding.severity] += 1
    failed = any(finding.severity in failing for finding in findings)
    result.failing = result.failing or failed
    return failed


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
