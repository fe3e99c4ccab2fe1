"""Messages in every language fillcheck speaks: one table per language.

Detectors, the summary line and the command line never hold user-facing
sentences; they name a message by key and fill in its placeholders::

    from fillcheck.messages import t
    t("masked-unit", mask="XX", unit="名", what=t("kind-people"))

Each language is a module (``en.py``, ``zh.py``) whose ``MESSAGES`` dict maps
keys to :meth:`str.format` templates. The tables are split per family inside
each module (``PLACEHOLDER``, ``PAYWALL``, ...) and merged at import, so a new
family adds one dict to each language; ``tests/test_messages.py`` checks that
both tables have the same keys and the same placeholders.

A template may write ``{count!h}``: in Chinese the integer ``count`` is then
written in Chinese numerals (``两``, ``十二``); elsewhere it is left as is.

The language of a run is a plain value: :func:`set_language` sets it for the
process (the command line calls it once; a process pool's initializer calls
it in each worker with the same value), and :func:`use_language` overrides it
for the current context only (``audit_text(..., lang="zh")``). Detectors that
cache messages include :func:`language` in their cache key.
"""

from __future__ import annotations

import importlib
import os
import re
import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

LANGUAGES = ("en", "zh")
DEFAULT = "en"

_process_language = DEFAULT
_context_language: ContextVar[str | None] = ContextVar("fillcheck_language", default=None)
_tables: dict[str, Mapping[str, str]] = {}
# lang -> key -> (template for str.format, names of the fields written with `!h`)
_prepared: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {}


def check_language(lang: str) -> str:
    """``lang`` normalised (``zh_CN`` -> ``zh``); ValueError naming the choices if unknown."""
    short = lang.strip().lower().replace("-", "_").split("_")[0]
    if short not in LANGUAGES:
        raise ValueError(unknown("language", lang, LANGUAGES))
    return short


def set_language(lang: str) -> None:
    """Set the language of this process's messages (``en`` or ``zh``).

    The entry point for anything that starts a run: the command line, and the
    initializer of each worker process of a pool (pass the same value).
    """
    global _process_language
    _process_language = check_language(lang)


def language() -> str:
    """The language messages are written in now."""
    return _context_language.get() or _process_language


@contextmanager
def use_language(lang: str | None) -> Iterator[str]:
    """Write messages in ``lang`` inside the block (this thread and context only)."""
    if lang is None:
        yield language()
        return
    token = _context_language.set(check_language(lang))
    try:
        yield language()
    finally:
        _context_language.reset(token)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """``FILLCHECK_LANG``, else ``zh`` when the locale (``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``, the first one set) is Chinese, else None."""
    environ = os.environ if environ is None else environ
    explicit = environ.get("FILLCHECK_LANG", "").strip()
    if explicit:
        return check_language(explicit)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:
            return "zh" if value.lower().startswith("zh") else None
    return None


def table(lang: str | None = None) -> Mapping[str, str]:
    """The message table of ``lang`` (default: the current language)."""
    lang = lang or language()
    found = _tables.get(lang)
    if found is None:
        found = _tables[lang] = importlib.import_module(f"fillcheck.messages.{lang}").MESSAGES
    return found


def t(key: str, **params: Any) -> str:
    """The message ``key`` in the current language, its placeholders filled from ``params``."""
    lang = _context_language.get() or _process_language
    prepared = _prepared.get(lang)
    if prepared is None:
        prepared = _prepare(lang)
    template, hanzi = prepared[key]
    if not params:
        return template
    if hanzi and lang == "zh":
        for name in hanzi:
            if isinstance(params[name], int):
                params[name] = hanzi_number(params[name])
    return template.format(**params)


def _prepare(lang: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The templates of ``lang`` with ``!h`` taken out, and the fields that had it."""
    prepared = {}
    for key, template in table(lang).items():
        fields = tuple(sorted(set(_HANZI_FIELD.findall(template))))
        prepared[key] = (_HANZI_FIELD.sub(r"{\1}", template), fields)
    _prepared[lang] = prepared
    return prepared


def merge(*families: Mapping[str, str]) -> dict[str, str]:
    """One table from per-family tables; ValueError if two families share a key."""
    merged: dict[str, str] = {}
    for family in families:
        for key, template in family.items():
            if key in merged:
                raise ValueError(f"message key {key!r} defined twice")
            merged[key] = template
    return merged


_DIGITS = "零一二三四五六七八九"


def hanzi_number(value: int) -> str:
    """``value`` (0-99 in words, larger in digits) as a Chinese count: 2 -> 两, 12 -> 十二."""
    if value == 2:
        return "两"
    if not 0 <= value < 100:
        return str(value)
    tens, ones = divmod(value, 10)
    if not tens:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


# `{count!h}`: a field written in Chinese numerals in Chinese.
_HANZI_FIELD = re.compile(r"\{(\w+)!h\}")


def placeholders(template: str) -> set[str]:
    """The names of the placeholders in ``template`` (conversions and specs ignored)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def unknown(what: str, value: str, choices: tuple[str, ...] | list[str]) -> str:
    """ "unknown format 'x' (expected one of: a, b)" in the current language; ``what`` is
    the ``what-*`` key's suffix (``format``, ``severity``, ``column-unit``, ...)."""
    return t("unknown-value", what=t(f"what-{what}"), value=value, expected=", ".join(choices))
