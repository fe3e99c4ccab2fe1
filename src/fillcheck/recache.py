"""Compiled regular expressions kept between runs: a start does not compile them again.

Python compiles a regular expression in Python code, every time a process
starts; the detectors' hundred-odd patterns take longer to compile than
checking a 10 KB file does. ``re`` keeps what it compiled in a per-process
cache that ``re.compile`` consults first (``re._cache``, keyed by the pattern's
type, text and flags). :func:`warm` fills that cache from a file holding the
compiled code of each pattern (the opcodes ``_sre.compile`` takes), so the
detectors' own ``re.compile`` calls find their patterns there;
:func:`save` adds the patterns a run compiled that the file did not hold.

The cache cannot change a match: a pattern is written only after the one
rebuilt from its stored code compared equal (pattern, flags and code) to the
one ``re.compile`` built, and the file is named after the Python version and
the ``_sre`` engine's magic number, which compiled code depends on. Any
surprise (another Python implementation, a changed internal interface, an
unreadable, foreign or corrupt file, a cache directory that cannot be written)
leaves ``re`` compiling as usual.

The file lives in ``$FILLCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/fillcheck``,
else ``~/.cache/fillcheck``; ``FILLCHECK_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path

_FORMAT = 2  # bumped when the layout of the file changes
_MAX_ENTRIES = 384  # under re's own cache size (512), which would drop the oldest
_DEBUG = int(re.DEBUG)
_WORD = "I"  # an unsigned 32-bit word, as _sre's code (checked by cache_file)

# (pattern, flags given, flags compiled, code, groups - 1, groupindex, indexgroup); the code
# as the bytes of an array of 32-bit words, which marshal reads at once (a list of ints, one
# by one, takes ten times longer).
Entry = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]

_loaded: set[tuple[str, int]] | None = None  # keys read from the file by warm()


def cache_file() -> Path | None:
    """The file for this Python, or None when the cache is off or cannot work here."""
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
    folder = os.environ.get("FILLCHECK_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "fillcheck")
    version = "".join(map(str, sys.version_info[:3]))
    # One file per installed copy: two versions of fillcheck keep their patterns apart.
    from . import __version__

    here = zlib.crc32(f"{__version__}:{os.path.dirname(__file__)}".encode("utf-8", "replace"))
    return Path(folder) / f"re-{version}-{magic}-{_FORMAT}-{here:08x}.marshal"


def warm() -> int:
    """Put the patterns of the cache file into ``re``'s cache; how many were put there."""
    global _loaded
    if _loaded is not None:
        return 0
    _loaded = set()
    path = cache_file()
    if path is None:
        return 0
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return 0
    try:
        return _install(entries)
    except Exception:  # a file of another layout: compile as usual
        return 0


def _install(entries: list[Entry]) -> int:
    import _sre

    cache, put = re._cache, 0  # type: ignore[attr-defined]
    room = getattr(re, "_MAXCACHE", 512) - 1  # re drops its oldest pattern beyond it
    for pattern, flags, compiled_flags, code, groups, groupindex, indexgroup in entries:
        key = (str, pattern, flags)
        _loaded.add((pattern, flags))  # type: ignore[union-attr]
        if key in cache or len(cache) >= room:
            continue
        words = array(_WORD, code).tolist()
        cache[key] = _sre.compile(pattern, compiled_flags, words, groups, groupindex, indexgroup)
        put += 1
    return put


def save() -> int:
    """Add the patterns compiled in this process that the file lacks; how many were added.

    Only writes when there is something new (a run on a document that reached
    patterns no earlier run needed), atomically, so runs in parallel do not
    see half a file. The file keeps the newest ``_MAX_ENTRIES`` patterns.
    """
    if _loaded is None:
        return 0
    path = cache_file()
    if path is None:
        return 0
    cache = dict(re._cache)  # type: ignore[attr-defined]
    new = [
        (key[1], key[2], pattern)
        for key, pattern in cache.items()
        if key[0] is str and isinstance(key[2], int) and not key[2] & _DEBUG
        and (key[1], key[2]) not in _loaded
    ]  # fmt: skip
    if not new:
        return 0
    try:
        entries = _read(path)
        added = [entry for entry in (_entry(*item) for item in new) if entry is not None]
        known = {(entry[0], entry[1]) for entry in entries}
        entries += [entry for entry in added if (entry[0], entry[1]) not in known]
        _write(path, entries[-_MAX_ENTRIES:])  # the newest: patterns of edited rules age out
    except Exception:  # an unwritable directory, a changed interface: no cache
        return 0
    _loaded.update((entry[0], entry[1]) for entry in added)
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
