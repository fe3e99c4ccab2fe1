"""Where the time of one `fillcheck check` run goes, stage by stage and rule family by family.

Usage (from the repository root, with fillcheck installed in .venv):

    .venv/bin/python benchmarks/bench_breakdown.py [--size-mb 10] [--format jsonl]
        [--text dense|sparse|PATH] [--select FC1,...] [--ignore ...] [--cprofile N]

It runs ``fillcheck check --quiet --exit-zero --format FORMAT`` in this process
on the dense or sparse text bench.py builds (or on PATH), output discarded, with
timers around each stage of the pipeline:

* start-up: importing the command line (and what typer imports to parse it)
  and loading the rules;
* reading the file, decoding it (and building the Document);
* normalising (the view detectors match on);
* each rule family (FC1, FC2, ...): every rule's detector, the shared scans
  it asks for included;
* the engine around them: collecting and sorting hits, then one row per finding
  (repeats dropped, line and column from one sweep over the sorted starts),
  suppression directives;
* formatting and encoding (the formatter's ``add`` and ``end``);
* garbage collection (``gc.callbacks``; the engine freezes it during an audit);
* typer turning the command line into values (recent versions build a pydantic
  adapter for each option);
* the rest (configuration, user patterns, the summary, ...).

Shares are of the run's wall time. With ``--cprofile N`` the N functions with
the most time of their own are printed after the table. Figures are CPU time of
one run on a shared machine: read them as proportions, not speeds. The
scanning backend is the one a run would choose (``FILLCHECK_SCAN=re`` or
``hyperscan`` in the environment forces one).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import importlib
import io
import os
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DATA, clean_text, sample_text, write_repeated

# Measure as users run it: bytecode cached (bench.py's runs write it too).
sys.dont_write_bytecode = False
SPENT: dict[str, float] = defaultdict(float)
CLOCK = time.perf_counter


def timed(label: str, function: Callable) -> Callable:
    """``function``, adding its wall time to ``SPENT[label]`` (nested stages excepted by
    the caller: the engine's own time is what is left of the audit)."""

    def wrapper(*args, **kwargs):
        start = CLOCK()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[label] += CLOCK() - start

    wrapper.__wrapped__ = function  # type: ignore[attr-defined]
    return wrapper


def _rule_check(code: str, check: Callable) -> Callable:
    """A rule's detector that runs to the end at once, timed under its family."""

    def wrapper(doc):
        start = CLOCK()
        hits = list(check(doc))
        SPENT[f"rules {code[:3]}"] += CLOCK() - start
        return hits

    return wrapper


def instrument() -> None:
    """Put the timers in place (module attributes the pipeline looks up when it runs)."""
    from fillcheck import engine, readers, registry
    from fillcheck.formatters import Formatter
    from fillcheck.readers import html, markdown, text

    readers._read_raw = timed("read file", readers._read_raw)
    for module in (text, markdown):
        module.decode_plain = timed("decode", module.decode_plain)
    html.decode_html_plain = timed("decode", html.decode_html_plain)
    engine.view_document = timed("normalise", engine.view_document)
    engine._audit = timed("audit", engine._audit)
    engine._to_findings = timed("engine: rows, line/column", engine._to_findings)
    engine._suppress = timed("engine: suppression", engine._suppress)
    # the engine imports the suppression parser only for a document with a directive
    from fillcheck.suppress import Suppressions

    Suppressions.parse = timed("engine: suppression", Suppressions.parse)
    registry._load()
    for code, rule in registry._RULES.items():
        registry._RULES[code] = dataclasses.replace(rule, check=_rule_check(code, rule.check))
    for subclass in _subclasses(Formatter):
        for name in ("add", "end"):
            if name in vars(subclass):
                setattr(subclass, name, timed("formatting, encoding", vars(subclass)[name]))
    gc.callbacks.append(_gc_timer())
    import typer.core

    if hasattr(typer.core, "build_runtime_param"):  # typer >= 0.2x: a pydantic adapter per option
        label = "command line: typer options"
        typer.core.build_runtime_param = timed(label, typer.core.build_runtime_param)


def _subclasses(cls: type) -> list[type]:
    """Every formatter class (their modules imported)."""
    from fillcheck.formatters import FORMATS

    for module in set(FORMATS.values()):
        importlib.import_module(f"fillcheck.formatters.{module}")
    found, todo = [], [cls]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(current.__subclasses__())
    return found


def _gc_timer() -> Callable[[str, dict], None]:
    started = [0.0]

    def callback(phase: str, _info: dict) -> None:
        if phase == "start":
            started[0] = CLOCK()
        else:
            SPENT["gc"] += CLOCK() - started[0]

    return callback


def run_check(arguments: list[str]) -> None:
    """``fillcheck check ARGUMENTS`` in this process, standard output discarded."""
    from fillcheck.cli import main

    sink = io.TextIOWrapper(open(os.devnull, "wb"), encoding="utf-8")
    saved_out, saved_argv = sys.stdout, sys.argv
    sys.stdout, sys.argv = sink, ["fillcheck", "check", *arguments]
    try:
        main()
    except SystemExit:
        pass
    finally:
        sys.stdout, sys.argv = saved_out, saved_argv
        sink.close()


def table(total: float) -> list[tuple[str, float]]:
    """The stages, in pipeline order, with the engine's own time and the rest derived."""
    rules = sorted(key for key in SPENT if key.startswith("rules "))
    inner = sum(SPENT[key] for key in rules) + SPENT["normalise"]
    inner += SPENT["engine: rows, line/column"] + SPENT["engine: suppression"]
    stages = [("start-up: imports, rules", SPENT["start-up"]), ("read file", SPENT["read file"]),
              ("decode", SPENT["decode"]), ("normalise", SPENT["normalise"])]  # fmt: skip
    stages += [(key, SPENT[key]) for key in rules]
    stages += [
        ("engine: hits, sort", SPENT["audit"] - inner),
        ("engine: rows, line/column", SPENT["engine: rows, line/column"]),
        ("engine: suppression", SPENT["engine: suppression"]),
        ("formatting, encoding", SPENT["formatting, encoding"]),
        ("gc", SPENT["gc"]),
        ("command line: typer options", SPENT["command line: typer options"]),
    ]
    stages.append(("other", total - sum(seconds for _, seconds in stages)))
    return stages


def breakdown(path: Path, fmt: str, options: list[str]) -> tuple[float, list[tuple[str, float]]]:
    """Run one instrumented check of ``path``; its wall seconds and stages."""
    start = CLOCK()
    import fillcheck.cli  # noqa: F401 - the start-up a run pays

    try:  # what typer imports when it parses the command line (pydantic, in some versions)
        importlib.import_module("typer._adapters")
    except ImportError:
        pass

    instrument()
    SPENT["start-up"] = CLOCK() - start
    run_check(["--quiet", "--exit-zero", "--format", fmt, *options, str(path)])
    total = CLOCK() - start
    return total, table(total)


def text_path(which: str, size_mb: int) -> Path:
    """The bench text named ``which`` (dense or sparse), or ``which`` as a path."""
    if which == "dense":
        return write_repeated(DATA / f"dense-{size_mb}mb.txt", sample_text(), size_mb)
    if which == "sparse":
        return write_repeated(DATA / f"sparse-{size_mb}mb.txt", clean_text(), size_mb)
    return Path(which)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=10)
    parser.add_argument("--format", default="jsonl")
    parser.add_argument("--text", default="dense", help="dense, sparse or a path")
    parser.add_argument("--select", default=None)
    parser.add_argument("--ignore", default=None)
    parser.add_argument("--cprofile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    path = text_path(args.text, args.size_mb)
    options = ["--select", args.select] if args.select else []
    options += ["--ignore", args.ignore] if args.ignore else []
    profile = cProfile.Profile() if args.cprofile else None
    if profile:
        profile.enable()
    total, stages = breakdown(path, args.format, options)
    if profile:
        profile.disable()
    size = path.stat().st_size / 2**20
    print(f"{path.name} ({size:.1f} MB), --format {args.format}: {total:.2f} s in all")
    for label, seconds in stages:
        print(f"  {label:<28} {seconds:7.2f} s {100 * seconds / total:5.1f}%")
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
