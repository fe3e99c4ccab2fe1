"""``check --fix`` and ``check --diff``: fix the files under the paths before they are checked.

Files are found, excluded and configured exactly as ``check`` finds them;
each editable file (.txt, .md, .html) is audited with its rules, fixed until
nothing changes, and written back (``--fix``) or shown as a unified diff
(``--diff``). .docx and .pdf files are never edited.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TextIO

from ..config import ConfigError
from ..readers import FORMATS, ReadError, display_path, kind_of, too_large
from ..runner import CheckOptions, _exclude, _targets
from .files import (
    EDITABLE,
    NotEditable,
    Unreadable,
    decode_source,
    fix_source,
    make_audit,
    unified_diff,
    write_atomic,
)


@dataclass
class FixRun:
    """What fixing the files did."""

    fixed: int = 0  # findings fixed
    files: int = 0  # files changed (or that would change, with --diff)
    held_back: int = 0  # unsafe fixes not applied
    unplaced: int = 0  # HTML fixes that could not be placed in the markup
    not_edited: int = 0  # .docx, .pdf and other files never edited
    errors: int = 0


def fix_paths(
    paths: list[str], options: CheckOptions, *, unsafe: bool, diff: bool,
    out: TextIO, err: TextIO,
) -> FixRun:  # fmt: skip
    """Fix (or, with ``diff``, show the fixes of) every editable file under ``paths``."""
    run = FixRun()
    configs = options.configs
    seen: set[str] = set()
    for path, top in _targets(paths):
        if isinstance(path, ReadError) or path == "-" or path in seen:
            continue  # the check that follows reports unreadable paths
        seen.add(path)
        try:
            settings = configs.for_file(path) if configs is not None else None
        except ConfigError:
            continue  # reported by the check
        if settings is not None and settings.excluded(path):
            if _exclude(settings, top, options.force_exclude):
                continue
        if kind_of(path) not in EDITABLE:
            run.not_edited += os.path.splitext(path)[1].lower() in FORMATS
            continue
        rules = settings.rules_for(path) if settings is not None else options.rules
        try:
            _fix_file(path, rules, settings, options, run, (unsafe, diff, out))
        except (Unreadable, FileNotFoundError, IsADirectoryError):
            continue  # the check that follows names the file and the reason
        except (NotEditable, OSError) as error:
            run.errors += 1
            reason = error.strerror if isinstance(error, OSError) else str(error)
            err.write(f"fillcheck: error: {display_path(path)}: not fixed: {reason}\n")
    return run


def _fix_file(path, rules, settings, options: CheckOptions, run: FixRun, how) -> None:
    """Fix one file; raises NotEditable or OSError."""
    unsafe, diff, out = how
    with open(path, "rb") as handle:
        data = handle.read(options.max_size + 1)
    if len(data) > options.max_size:
        raise NotEditable(too_large(len(data), options.read_options))
    source = decode_source(data, path, options.encoding)
    audit = make_audit(path, rules, settings=settings, min_severity=options.min_severity)
    result = fix_source(source.text, path, audit, unsafe=unsafe)
    run.held_back += result.held_back
    run.unplaced += result.unplaced
    if result.text == source.text:
        return
    run.fixed += result.fixed
    run.files += 1
    if diff:
        out.write(unified_diff(display_path(path), source.text, result.text))
    else:
        write_atomic(path, source.encode(result.text))


def describe(run: FixRun, *, diff: bool) -> list[str]:
    """The lines that tell the user what fixing did (or would do)."""
    plural = "" if run.fixed == 1 else "s"
    files = f"{run.files} file{'' if run.files == 1 else 's'}"
    if diff:
        lines = [f"fillcheck: would fix {run.fixed} finding{plural} in {files}"]
    else:
        lines = [f"fillcheck: fixed {run.fixed} finding{plural} in {files}"]
    if run.held_back:
        fixes = "fix" if run.held_back == 1 else "fixes"
        lines.append(
            f"fillcheck: {run.held_back} unsafe {fixes} held back (use --unsafe-fixes to apply)"
        )
    if run.unplaced:
        lines.append(
            f"fillcheck: {run.unplaced} fix{'' if run.unplaced == 1 else 'es'} in HTML not "
            "applied: the text could not be located in the markup without doubt"
        )
    if run.not_edited:
        lines.append(
            f"fillcheck: {run.not_edited} .docx/.pdf/.doc/.wps file"
            f"{'' if run.not_edited == 1 else 's'} not edited (--fix changes only .txt, .md "
            "and .html); `fillcheck annotate` writes a commented copy of a .docx"
        )
    return lines
