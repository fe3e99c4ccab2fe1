"""The baseline: findings recorded once and not reported again, so only new ones fail a run.

A baseline file is pretty-printed JSON, sorted, with one entry per recorded
finding, so that it diffs well under version control::

    {
      "version": 1,
      "findings": [
        {"path": "docs/a.txt", "rule": "FC101", "text": "*",
         "context": "共组织学习*次。", "fingerprint": "3f0c…"}
      ]
    }

An entry is matched on its ``fingerprint`` alone (see :mod:`fillcheck.fingerprint`):
the rule, the path, the matched text and the text around it on its line,
never the line number, so a finding moved by lines inserted above it is still
recognised. ``path``, ``rule``, ``text`` and ``context`` are there for people
reading the file. Entries form a multiset: two identical findings (the same
text in the same words twice in one file) need two entries, and a third is
new. Paths are taken relative to the baseline file's directory, so the
baseline works wherever fillcheck is started from.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable

from .document import Document
from .finding import Finding
from .fingerprint import context, fingerprint, normal_path
from .messages import t
from .safewrite import NotRegularFile, read_regular, write_atomic, write_target

VERSION = 1
MAX_BASELINE = 256 * 2**20  # bytes: a baseline of a million findings is about 300 MB
_FINGERPRINT = re.compile(r"[0-9a-f]{32}")


def _root(path: str) -> str:
    """The directory that the paths in the baseline at ``path`` are relative to."""
    return os.path.dirname(os.path.abspath(path))


class Baseline:
    """The recorded findings of a baseline file, as a multiset of fingerprints."""

    def __init__(self, fingerprints: Iterable[str], paths: Iterable[str], root: str) -> None:
        self.counts = Counter(fingerprints)
        self.paths = frozenset(paths)
        self.root = root

    @classmethod
    def load(cls, path: str) -> Baseline:
        """Read the baseline at ``path``; ValueError("path: reason") when it cannot be used."""
        try:
            data = json.loads(read_regular(path, MAX_BASELINE).decode("utf-8"))
        except FileNotFoundError:
            raise ValueError(_reason(path, t("baseline-not-found"))) from None
        except (IsADirectoryError, NotRegularFile) as error:
            raise ValueError(_reason(path, _not_a_file(error))) from None
        except RecursionError:
            raise ValueError(_reason(path, t("baseline-deep"))) from None
        except OSError as error:
            reason = t("baseline-cannot-read", error=error.strerror)
            raise ValueError(_reason(path, reason)) from None
        except UnicodeDecodeError:
            raise ValueError(_reason(path, t("baseline-not-utf8"))) from None
        except json.JSONDecodeError as error:
            reason = t("baseline-json", line=error.lineno)
            raise ValueError(_reason(path, reason)) from None
        except ValueError as error:  # over MAX_BASELINE
            reason = t("baseline-not-usable", reason=error)
            raise ValueError(_reason(path, reason)) from None
        entries = _entries(data, path)
        return cls(
            (entry["fingerprint"] for entry in entries),
            (entry["path"] for entry in entries),
            _root(path),
        )

    def filter(self, findings: list[Finding], doc: Document) -> list[Finding]:
        """The findings of ``doc`` the baseline does not hold.

        Each entry stands for one finding: with two entries for a fingerprint,
        the first two findings that have it are dropped and a third is kept.
        """
        if not findings or normal_path(doc.source, self.root) not in self.paths:
            return findings
        left = Counter()
        kept = []
        for finding in findings:
            key = fingerprint(finding, doc, root=self.root)
            if left[key] < self.counts.get(key, 0):
                left[key] += 1
            else:
                kept.append(finding)
        return kept


def _entries(data: object, path: str) -> list[dict[str, str]]:
    """The entries of a parsed baseline, checked; ValueError naming what is wrong."""
    if not isinstance(data, dict) or "version" not in data:
        raise ValueError(_reason(path, t("baseline-no-version")))
    version = data["version"]
    if version != VERSION:
        reason = t("baseline-version", version=repr(version), expected=VERSION)
        raise ValueError(_reason(path, reason))
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise ValueError(_reason(path, t("baseline-no-findings")))
    for index, entry in enumerate(entries):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("fingerprint"), str)
            and _FINGERPRINT.fullmatch(entry["fingerprint"])
        ):
            raise ValueError(_reason(path, t("baseline-entry", index=index + 1)))
    return entries


class BaselineWriter:
    """Collects findings and writes them as a baseline file."""

    def __init__(self, path: str) -> None:
        """Check that ``path`` can be written to before any file is checked (ValueError if not)."""
        try:
            target = write_target(path)
        except NotRegularFile as error:
            raise ValueError(_reason(path, _not_a_file(error))) from None
        parent = os.path.dirname(target)
        if not os.path.isdir(parent):
            raise ValueError(_reason(path, t("baseline-no-directory")))
        self.path = path
        self.root = _root(path)
        self.entries: list[dict[str, str]] = []

    def add(self, findings: Iterable[Finding], doc: Document) -> None:
        """Record ``findings`` of ``doc``."""
        for finding in findings:
            before, after = context(finding, doc)
            self.entries.append(
                {
                    "path": normal_path(finding.path, self.root),
                    "rule": finding.rule,
                    "text": finding.text,
                    "context": f"{before}{finding.text}{after}",
                    "fingerprint": fingerprint(finding, doc, root=self.root),
                }
            )

    def write(self) -> int:
        """Write the baseline atomically; return the number of findings recorded.

        The file appears complete or not at all: it is written next to its
        final name and renamed over it. OSError propagates.
        """
        entries = sorted(self.entries, key=_order)
        text = json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2)
        write_atomic(self.path, text + "\n")
        return len(entries)


def _not_a_file(error: OSError) -> str:
    """``is a directory, not a file``, ``is a FIFO (named pipe), not a regular file``..."""
    if isinstance(error, IsADirectoryError) or getattr(error, "directory", False):
        return t("baseline-is-directory")
    return t("baseline-not-usable", reason=error)


def _reason(path: str, reason: str) -> str:
    """``path: reason`` in the current language."""
    return t("path-reason", path=path, reason=reason)


def _order(entry: dict[str, str]) -> tuple[str, ...]:
    return (entry["path"], entry["rule"], entry["context"], entry["text"], entry["fingerprint"])
