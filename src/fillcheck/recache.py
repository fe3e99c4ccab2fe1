"""Compiled regular expressions kept between runs: a start does not compile them again.

Python compiles a regular expression in Python code, every time a process
starts; the detectors' hundred-odd patterns take longer to compile than
checking a 10 KB file does. ``re`` keeps what it compiled in a per-process
cache that ``re.compile`` consults first (``re._cache``, keyed by the pattern's
type, text and flags). :func:`warm` fills that cache from a file holding the
compiled code of each pattern (the opcodes ``_sre.compile`` takes), so the
detectors' own ``re.compile`` calls find their patterns there (all of them:
``re`` drops its oldest pattern for each one it compiles beyond 512, and the
families hold more than that); :func:`save` adds the patterns a run compiled
that the file did not hold, including those ``re`` has dropped since.
Each detector family has a file of its own, read just before the family is
imported, so a run reads only what the families it imports compile (and a
family's patterns never push another's out of a file).

The cache cannot change a match: a pattern is written only after the one
rebuilt from its stored code compared equal (pattern, flags and code) to the
one ``re.compile`` built, and the file is named after the Python version and
the ``_sre`` engine's magic number, which compiled code depends on. Any
surprise (another Python implementation, a changed internal interface, an
unreadable, foreign or corrupt file, a cache directory that cannot be written)
leaves ``re`` compiling as usual.

The files live in ``$FILLCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/fillcheck``,
else ``~/.cache/fillcheck``; ``FILLCHECK_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_FORMAT = 3  # bumped when the layout of the files changes
_MAX_ENTRIES = 384  # per file: a family's patterns, with room for those of other documents
# The run group holds what the command line, configurations and user patterns compile,
# every one read at each start: kept small, so patterns of other uses (a test suite,
# the server) do not slow every start.
_MAX_RUN = 128
_DEBUG = int(re.DEBUG)
_WORD = "I"  # an unsigned 32-bit word, as _sre's code (checked by cache_file)
RUN = "run"  # the group of the patterns compiled outside any family's import

# (pattern, flags given, flags compiled, code, groups - 1, groupindex, indexgroup); the code
# as the bytes of an array of 32-bit words, which marshal reads at once (a list of ints, one
# by one, takes ten times longer).
Entry = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]

# The keys read from the files (or written), each with the groups whose file holds it: a
# pattern another family's import compiles first (the families' imports share modules, and
# their order changes) goes to that family's file too. None before warm().
_loaded: dict[Key, set[str]] | None = None
_warmed: set[str] = set()  # the groups whose file was read
_owner: dict[Key, str] = {}  # the group of each pattern compiled while a family was imported
_fresh: dict[Key, re.Pattern[str]] = {}  # compiled inside a group in this process, not in a file
_mark: list[object] = [None]  # the newest key of re's cache at the last warm


def cache_file(group: str = RUN) -> Path | None:
    """The file of ``group`` for this Python, or None when the cache is off or cannot work
    here. Each detector family has its own (see :func:`grouped`), so a run loads only the
    patterns of the families it imports; :data:`RUN` holds the others."""
    if os.environ.get("FILLCHECK_NO_CACHE", "").strip() not in ("", "0"):
        return None
    if sys.implementation.name != "cpython" or not isinstance(getattr(re, "_cache", None), dict):
        return None
    try:
        import _sre

        magic = _sre.MAGIC
        if _sre.CODESIZE != array(_WORD).itemsize:
            return None
    except (ImportError, AttributeError):
        return None
    folder = cache_folder()
    version = "".join(map(str, sys.version_info[:3]))
    # One file per installed copy: two versions of fillcheck keep their patterns apart.
    from . import __version__

    here = zlib.crc32(f"{__version__}:{os.path.dirname(__file__)}".encode("utf-8", "replace"))
    return Path(folder) / f"re-{version}-{magic}-{_FORMAT}-{here:08x}-{group}.marshal"


def cache_folder() -> Path:
    """The folder of the cache files: ``$FILLCHECK_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/fillcheck``, else ``~/.cache/fillcheck``."""
    folder = os.environ.get("FILLCHECK_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "fillcheck")
    return Path(folder)


# What fillcheck writes in its cache folder: compiled patterns, hyperscan databases, and
# the temporary files a run killed while writing one can leave.
_OWN = re.compile(r"(?:re-[\w-]+\.marshal|hs-\d+-[0-9a-f]{8}\.db)(?:\.\d+(?:\.tmp)?)?")


def clean() -> tuple[Path, int, int]:
    """Remove the files fillcheck keeps in its cache folder (those of every installed copy
    and Python version), leaving anything else there; the folder, how many files were
    removed and their size in bytes. A file that cannot be removed is left."""
    folder = cache_folder()
    removed = size = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:  # no folder, or not one: nothing to remove
        return folder, 0, 0
    for entry in entries:
        if not _OWN.fullmatch(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            bytes_ = entry.stat(follow_symlinks=False).st_size
            os.unlink(entry.path)
        except OSError:
            continue
        removed += 1
        size += bytes_
    return folder, removed, size


def warm(group: str = RUN) -> int:
    """Put the patterns of ``group``'s file into ``re``'s cache (once per process); how
    many were put there."""
    global _loaded
    if _loaded is None:  # a new process (or a test starting again)
        _loaded = {}
        _warmed.clear()
        _owner.clear()
        _fresh.clear()
        _mark[0] = None
    cache = getattr(re, "_cache", None)
    if isinstance(cache, dict):  # compiled outside a family since the last warm (imports,
        since = []  # the run's own code): re may drop them before save(); those before
        for key in reversed(list(cache)):  # the mark were read at an earlier warm
            if key is _mark[0]:
                break
            since.append(key)
        for key in reversed(since):  # in the order re compiled them: the newest kept last
            if key[0] is str and isinstance(key[2], int) and not key[2] & _DEBUG:
                name = (key[1], key[2])
                if name not in _owner and RUN not in _loaded.get(name, ()):
                    _fresh.setdefault(name, cache[key])
        _mark[0] = _newest(cache)
    if group in _warmed:
        return 0
    _warmed.add(group)
    path = cache_file(group)
    if path is None:
        return 0
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return 0
    try:
        return _install(entries[-_limit(group) :], group)  # a file of an earlier, larger limit
    except Exception:  # a file of another layout: compile as usual
        return 0
    finally:
        if isinstance(cache, dict):
            _mark[0] = _newest(cache)  # the patterns just put there are the file's


def _limit(group: str) -> int:
    """How many patterns ``group``'s file keeps (the newest)."""
    return min(_MAX_ENTRIES, _MAX_RUN) if group == RUN else _MAX_ENTRIES


@contextmanager
def grouped(group: str) -> Iterator[None]:
    """Warm ``group``, and count the patterns compiled inside the block as its own (a
    detector family being imported or checking a document), so :func:`save` writes them
    to its file."""
    warm(group)
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        yield
        return
    size, last = len(cache), _newest(cache)
    try:
        yield
    finally:
        if len(cache) != size or _newest(cache) is not last:  # something was compiled
            _collect(cache, last, group)


def _newest(cache: dict) -> object:
    """The key ``re`` added last to ``cache`` (it appends), or None."""
    return next(reversed(cache), None) if cache else None


def _collect(cache: dict, last: object, group: str) -> None:
    """Own the patterns ``re`` added to ``cache`` after the key ``last`` to ``group``, and
    keep those the files lack: ``re`` drops its oldest patterns once it holds 512, and
    a run compiles more than that, so :func:`save` must not depend on ``re``'s cache."""
    for key in reversed(list(cache)):
        if key is last:
            break
        if key[0] is str and isinstance(key[2], int) and not key[2] & _DEBUG:
            name = (key[1], key[2])
            _owner.setdefault(name, group)
            if _loaded is not None and group not in _loaded.get(name, ()):
                _fresh.setdefault(name, cache[key])


def _install(entries: list[Entry], group: str) -> int:
    import _sre

    # All of them, past the 512 patterns at which ``re`` starts dropping its oldest: it
    # drops one for each pattern it compiles, which a run served from the files rarely does.
    cache, put = re._cache, 0  # type: ignore[attr-defined]
    for pattern, flags, compiled_flags, code, groups, groupindex, indexgroup in entries:
        key = (str, pattern, flags)
        _loaded.setdefault((pattern, flags), set()).add(group)  # type: ignore[union-attr]
        if key in cache:
            continue
        words = array(_WORD, code).tolist()
        cache[key] = _sre.compile(pattern, compiled_flags, words, groups, groupindex, indexgroup)
        put += 1
    return put


def save() -> int:
    """Add the patterns compiled in this process that the files lack; how many were added.

    Each goes to the file of its group (the family whose import compiled it, else
    :data:`RUN`). Only writes when there is something new (a run on a document that
    reached patterns no earlier run needed), atomically, so runs in parallel do not
    see half a file. Each file keeps its newest ``_MAX_ENTRIES`` patterns.
    """
    if _loaded is None or cache_file() is None:
        return 0
    compiled = dict(_fresh)  # those re may have dropped since
    for key, pattern in dict(re._cache).items():  # type: ignore[attr-defined]
        if key[0] is str and isinstance(key[2], int) and not key[2] & _DEBUG:
            compiled.setdefault((key[1], key[2]), pattern)
    new: dict[str, list[tuple[str, int, re.Pattern[str]]]] = {}
    for (text, flags), pattern in compiled.items():
        group = _owner.get((text, flags))
        if group is None:  # compiled outside any family, or read from a file
            if (text, flags) in _loaded:
                continue
            group = RUN
        elif group in _loaded.get((text, flags), ()):
            continue
        new.setdefault(group, []).append((text, flags, pattern))
    added = 0
    for group, items in sorted(new.items()):
        added += _add(group, items)
    return added


def _add(group: str, items: list[tuple[str, int, re.Pattern[str]]]) -> int:
    """Add ``items`` to ``group``'s file; how many were added."""
    path = cache_file(group)
    if path is None:
        return 0
    try:
        entries = _read(path)
        added = [entry for entry in (_entry(*item) for item in items) if entry is not None]
        known = {(entry[0], entry[1]) for entry in entries}
        entries += [entry for entry in added if (entry[0], entry[1]) not in known]
        _write(path, entries[-_limit(group) :])  # the newest: patterns of edited rules age out
    except Exception:  # an unwritable directory, a changed interface: no cache
        return 0
    for entry in added:
        _loaded.setdefault((entry[0], entry[1]), set()).add(group)  # type: ignore[union-attr]
        _fresh.pop((entry[0], entry[1]), None)
    return len(added)


def _read(path: Path) -> list[Entry]:
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return []
    return entries if isinstance(entries, list) else []


def _write(path: Path, entries: list[Entry]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(marshal.dumps(entries))
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


def _entry(pattern: str, flags: int, compiled: re.Pattern[str]) -> Entry | None:
    """What rebuilds ``compiled`` (which ``re.compile(pattern, flags)`` gave), or None when
    the rebuilt pattern would differ from it."""
    import _sre

    parser = getattr(re, "_parser", None) or __import__("sre_parse")
    compiler = getattr(re, "_compiler", None) or __import__("sre_compile")
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (pattern, int(flags), int(flags | parsed.state.flags), array(_WORD, code).tobytes(),
             parsed.state.groups - 1, groupindex, tuple(indexgroup))  # fmt: skip
    rebuilt = _sre.compile(pattern, entry[2], list(code), *entry[4:])
    return entry if rebuilt == compiled else None
