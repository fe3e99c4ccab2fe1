"""Find the documents to check under the paths a user names.

Directories are walked in sorted order, to any depth, following symbolic
links to directories once each (a link loop ends). Hidden folders and files
are skipped, and so is whatever ``.gitignore`` ignores when the directory is
inside a git work tree (read with pathspec's gitignore rules, nested
``.gitignore`` files and ``.git/info/exclude`` included). A file named
explicitly is always checked, as in ruff.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from .messages import t
from .readers import ReadError, is_supported


def _git_root(directory: str) -> str | None:
    current = os.path.abspath(directory)
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


class _Ignores:
    """The gitignore specs in force, each with the directory it is relative to."""

    def __init__(self, root: str) -> None:
        import pathspec

        self._pathspec = pathspec
        self.root = root
        self.specs: list[tuple[str, object]] = []
        self._load(os.path.join(root, ".git", "info", "exclude"), root)

    def _load(self, path: str, base: str) -> None:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                lines = handle.read().splitlines()
        except OSError:
            return
        spec = self._pathspec.GitIgnoreSpec.from_lines(lines)
        self.specs.append((base, spec))

    def enter(self, directory: str) -> int:
        """Load ``directory``'s .gitignore; return how many specs to drop on leaving."""
        before = len(self.specs)
        self._load(os.path.join(directory, ".gitignore"), directory)
        return len(self.specs) - before

    def ignored(self, path: str, is_dir: bool) -> bool:
        """True when the specs in force ignore ``path``."""
        result = False
        for base, spec in self.specs:
            relative = os.path.relpath(path, base).replace(os.sep, "/")
            if relative.startswith(".."):
                continue
            if is_dir:
                relative += "/"
            check = spec.check_file(relative)
            if check.include is not None:
                result = check.include
        return result


def iter_paths(paths: list[str]) -> Iterator[str | ReadError]:
    """Yield the files to check (named files as given, directories walked),
    and a ReadError for each directory that cannot be listed."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def _walk(top: str) -> Iterator[str | ReadError]:
    root = _git_root(top)
    ignores = _Ignores(root) if root else None
    if ignores is not None:
        # .gitignore files between the work tree's root and `top` apply too.
        chain = []
        current = os.path.abspath(top)
        while current != root:
            current = os.path.dirname(current)
            chain.append(current)
        for directory in reversed(chain):
            ignores.enter(directory)
    yield from _walk_tree(top, ignores)


class _Frame:
    """A directory being walked: its remaining entries and the ignore specs it pushed."""

    __slots__ = ("entries", "pushed")

    def __init__(self, entries: Iterator[os.DirEntry], pushed: int) -> None:
        self.entries = entries
        self.pushed = pushed


def _walk_tree(top: str, ignores: _Ignores | None) -> Iterator[str | ReadError]:
    """Walk depth-first in sorted order with an explicit stack (any depth works).

    Symbolic links to directories are followed, except those into the walked
    tree itself (its directories are walked under their own names); a directory
    already walked (a link loop, two links to one place) is not walked again,
    so each file is met once and a loop ends.
    """
    real_top = os.path.realpath(top)
    visited: set[tuple[int, int]] = set()
    stack: list[_Frame] = []
    error = _enter(top, ignores, visited, stack)
    if error is not None:
        yield error
    while stack:
        frame = stack[-1]
        entry = next(frame.entries, None)
        if entry is None:
            stack.pop()
            if frame.pushed and ignores is not None:
                del ignores.specs[-frame.pushed :]
            continue
        if entry.name.startswith((".", "~$")):
            continue  # hidden files, and the lock files Word and WPS keep beside an open document
        try:
            is_dir = entry.is_dir()
        except OSError:  # a symlink loop: not a directory; reading it reports the loop
            is_dir = False
        if ignores is not None and ignores.ignored(entry.path, is_dir):
            continue
        if is_dir:
            if entry.is_symlink() and _walked_anyway(entry.path, real_top):
                continue
            error = _enter(entry.path, ignores, visited, stack)
            if error is not None:
                yield error
        elif is_supported(entry.name):
            yield entry.path


def _walked_anyway(link: str, real_top: str) -> bool:
    """True when the directory ``link`` points to is walked under its own name."""
    relative = os.path.relpath(os.path.realpath(link), real_top)
    parts = relative.split(os.sep)
    return relative == "." or not (parts[0] == ".." or any(p.startswith(".") for p in parts))


def _enter(
    directory: str, ignores: _Ignores | None, visited: set[tuple[int, int]], stack: list[_Frame]
) -> ReadError | None:
    """Push ``directory`` onto ``stack`` unless it was walked already; the error listing it."""
    try:
        info = os.stat(directory)
    except OSError as error:
        return ReadError(directory, t("read-cannot-list", error=error.strerror or error))
    key = (info.st_dev, info.st_ino)
    if key in visited:
        return None
    visited.add(key)
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        return ReadError(directory, t("read-cannot-list", error=error.strerror or error))
    pushed = ignores.enter(directory) if ignores is not None else 0
    stack.append(_Frame(iter(entries), pushed))
    return None
