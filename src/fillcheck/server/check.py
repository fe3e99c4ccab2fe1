"""What the language server checks, without any LSP: a document's text or file -> findings.

Text documents (plain text, Markdown, HTML) are checked from the editor's
buffer, files that are not text (.docx, .pdf) from disk. Both go through the
reader of the file's format, the configuration that governs the file (found
as ``check`` finds it), the user patterns with their time limits, the engine
(suppression directives included) and the configuration's ``allow`` phrases:
the same calls ``check`` makes, so the editor and the command line agree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..config import ConfigError, ConfigStore, Overrides
from ..document import Document
from ..engine import audit_document
from ..finding import Finding
from ..readers import FORMATS, ReadError, ReadOptions, extension, read_bytes, read_path
from ..userrules import run_patterns

# Extensions checked from the editor's text; other supported ones are read from disk.
LIVE = frozenset(ext for ext, (_, kind) in FORMATS.items() if kind in ("text", "markdown", "html"))
# Language identifiers of buffers with no telling extension (untitled ones, say).
_BY_LANGUAGE = {"markdown": ".md", "html": ".html"}


@dataclass
class Checked:
    """The result of checking one version of a document."""

    path: str  # the file name the document was checked as
    version: int | None
    source: str | None  # the editor's text; None for a file read from disk
    doc: Document | None
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one-line errors for the user


def check_name(path: str | None, language_id: str | None) -> str:
    """The file name to check a buffer as: its path, or one whose extension fits its language."""
    if path and (extension(path) in FORMATS or not language_id):
        return path
    suffix = _BY_LANGUAGE.get(language_id or "", ".txt")
    return (path or os.path.join(os.getcwd(), "untitled")) + suffix


def is_live(path: str) -> bool:
    """True when the document is checked from its text as it is typed."""
    return extension(path) in LIVE or extension(path) not in FORMATS


class Checker:
    """Checks documents with the configuration that governs each; reloadable."""

    def __init__(self) -> None:
        self.configs = ConfigStore(Overrides())

    def reload(self) -> None:
        """Forget every configuration read so far (a configuration file changed)."""
        self.configs = ConfigStore(Overrides())

    def check_text(self, path: str, text: str, version: int | None = None) -> Checked:
        """Check the editor's ``text`` of the document ``path``."""
        checked = Checked(path, version, text, None)
        data = text.encode("utf-8", "replace")
        options = ReadOptions(encoding="utf-8", max_size=max(len(data), 1))
        return self._audit(checked, lambda: read_bytes(data, path, options))

    def check_file(self, path: str, version: int | None = None) -> Checked:
        """Check the file at ``path`` as saved on disk (.docx, .pdf)."""
        return self._audit(Checked(path, version, None, None), lambda: read_path(path))

    def _audit(self, checked: Checked, read) -> Checked:
        path = checked.path
        try:
            settings = self.configs.for_file(path)
            doc = read()
        except ConfigError as error:
            checked.problems.append(str(error))
            return checked
        except ReadError as error:
            checked.problems.append(f"{error.path}: {error.reason}")
            return checked
        checked.problems += [f"{doc.source}: {note}" for note in doc.notes]
        rules, timeouts = run_patterns(doc, settings.rules_for(path))
        for timeout in timeouts:
            checked.problems.append(f"{doc.source}: {timeout}; its findings are not shown")
        findings = audit_document(doc, rules)
        checked.doc = doc
        checked.findings = settings.allowed(findings, doc)
        return checked


# Documents this long (in characters), and files read from disk, are checked in a worker
# process: a regular expression over a whole large text holds the interpreter lock for
# seconds, which in a thread would stall every other request.
LARGE = 200_000
_worker: tuple[int, Checker] | None = None


def check_in_worker(generation: int, lang: str, method: str, *args) -> Checked:
    """Run ``Checker.<method>(*args)`` in a worker process, with messages in ``lang``.

    The worker keeps one Checker per configuration ``generation``, so a
    reload in the server (a new generation) is a reload here too. The
    document sent back is rebuilt without what the detectors cached on it.
    """
    global _worker
    from ..messages import set_language

    set_language(lang)
    if _worker is None or _worker[0] != generation:
        _worker = (generation, Checker())
    checked: Checked = getattr(_worker[1], method)(*args)
    doc = checked.doc
    if doc is not None:
        checked.doc = Document(doc.text, doc.source, doc.kind, parts=doc.parts, notes=doc.notes)
    return checked
