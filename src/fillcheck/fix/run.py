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
            from ..messages import t

            reason = error.strerror if isinstance(error, OSError) else str(error)
            message = t("fix-not-fixed", path=display_path(path), reason=reason)
            err.write(t("error-line", message=message) + "\n")
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
    from ..messages import t

    def many(key: str, count: int) -> str:
        return t(f"{key}-{'one' if count == 1 else 'many'}")

    lines = [
        t("fix-would-fix" if diff else "fix-fixed", fixed=run.fixed, files=run.files,
          findings=many("fix-finding", run.fixed), noun=many("fix-file", run.files))
    ]  # fmt: skip
    if run.held_back:
        fixes = many("fix-fix", run.held_back)
        lines.append(t("fix-held-back", count=run.held_back, fixes=fixes))
    if run.unplaced:
        lines.append(t("fix-unplaced", count=run.unplaced, fixes=many("fix-fix", run.unplaced)))
    if run.not_edited:
        noun = many("fix-file", run.not_edited)
        lines.append(t("fix-not-edited", count=run.not_edited, noun=noun))
    return lines
