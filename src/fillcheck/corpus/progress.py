"""Progress on stderr while a corpus is audited, and the summary at the end.

On a terminal: a tqdm bar over the input's bytes on disk (MB, ETA) with records
and records/s beside it. Otherwise: one quiet line every ``every`` seconds.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Tally:
    """What a run has seen so far."""

    files: int = 0
    records: int = 0
    nbytes: int = 0
    flagged: int = 0
    bad: int = 0
    errors: int = 0  # input files that could not be read (wholly or in part)
    rules: Counter = field(default_factory=Counter)

    def add(self, result) -> None:
        """Count one chunk's (or part's) result."""
        self.records += result.records
        self.nbytes += result.nbytes
        self.flagged += result.flagged
        self.bad += len(result.bad)
        self.rules.update(result.rules)


class Progress:
    """A bar on a terminal, a periodic line otherwise, nothing when ``every`` is 0."""

    def __init__(self, stream: TextIO, total: int, every: float, unit: str = "B") -> None:
        self.stream = stream
        self.every = every
        self.started = self.last = time.monotonic()
        self.bar = None
        if every and _is_terminal(stream):
            try:
                from tqdm import tqdm

                tqdm.monitor_interval = 0  # no monitor thread: the pool forks after this
                self.bar = tqdm(
                    total=total, unit=unit, unit_scale=unit == "B", file=stream, dynamic_ncols=True,
                    desc="fillcheck", leave=False, mininterval=0.5,
                )  # fmt: skip
            except ImportError:  # pragma: no cover - tqdm is in the corpus extra
                pass

    def update(self, tally: Tally, position: int) -> None:
        """Show that ``position`` bytes (or tasks) of the input are done."""
        now = time.monotonic()
        rate = tally.records / max(now - self.started, 1e-9)
        if self.bar is not None:
            self.bar.update(position - self.bar.n)
            if now - self.last >= 0.5:
                self.bar.set_postfix_str(f"{tally.records:,} records, {rate:,.0f} records/s")
                self.last = now
        elif self.every and now - self.last >= self.every:
            self.last = now
            self.stream.write(
                f"fillcheck: {tally.records:,} records, {_size(tally.nbytes)}, "
                f"{rate:,.0f} records/s\n"
            )
            self.stream.flush()

    def close(self) -> None:
        """Remove the bar."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def summary(tally: Tally, seconds: float, names: dict[str, str]) -> list[str]:
    """The lines printed at the end: totals, findings per rule, then time and rate."""
    rate = tally.records / seconds if seconds > 0 else 0.0
    findings = sum(tally.rules.values())
    lines = [
        f"fillcheck: {tally.records:,} records ({_size(tally.nbytes)} of text) in "
        f"{tally.files} file{'s' if tally.files != 1 else ''}: "
        f"{tally.flagged:,} with findings, {findings:,} findings"
        + (f"; {tally.bad:,} bad records" if tally.bad else "")
        + (f"; {tally.errors} unreadable files" if tally.errors else "")
    ]
    for code, count in sorted(tally.rules.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {code} {names.get(code, '')}: {count:,}")
    lines.append(f"fillcheck: {seconds:.1f} s, {rate:,.0f} records/s")
    return lines


def _size(nbytes: int) -> str:
    """Bytes for people: bytes, KB under a megabyte, else MB (decimal units)."""
    if nbytes < 1e3:
        return f"{nbytes} bytes"
    return f"{nbytes / 1e3:,.1f} KB" if nbytes < 1e6 else f"{nbytes / 1e6:,.1f} MB"
