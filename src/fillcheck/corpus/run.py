"""``fillcheck corpus``: audit record collections on this machine's cores (or on Dask).

Input files are read in chunks, audited by a process pool in input order, and
each chunk's output is written as it comes back. Bad records and unreadable
files are reported on stderr (one line each, naming the file and line or row)
and the run goes on; the exit status is then 2. Ctrl-C stops the run with
every output complete up to the last chunk written; the exit status is 130.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from ..auditor import auditor
from ..interrupt import INTERRUPTS
from .pool import ordered_map
from .progress import Progress, Tally, summary
from .sources import BATCH_RECORDS, Chunk, InputError, chunks, expand
from .work import Job, audit_chunk
from .writers import OutputError, Outputs

INTERRUPTED = 130


@dataclass(frozen=True)
class CorpusOptions:
    """A corpus run, validated by the command line."""

    inputs: tuple[str, ...]
    job: Job
    output: str | None = None  # None: standard output
    keep: str | None = None
    drop: str | None = None
    jobs: int = 1
    batch_records: int = BATCH_RECORDS
    every: float = 30.0  # seconds between progress lines off a terminal; 0: none
    scheduler: str | None = None  # a Dask scheduler address or local:N


def report(stderr: TextIO, message: str) -> None:
    """One error line on stderr."""
    stderr.write(f"fillcheck: error: {message}\n")
    stderr.flush()


def input_files(options: CorpusOptions, stderr: TextIO, tally: Tally) -> list[str]:
    """The input files, once each, in order; the paths that name none are reported."""
    files: list[str] = []
    seen: set[str] = set()
    for found in expand(list(options.inputs)):
        if isinstance(found, InputError):
            tally.errors += 1
            report(stderr, str(found))
        elif os.path.abspath(found) not in seen:
            seen.add(os.path.abspath(found))
            files.append(found)
    return files


def run_corpus(options: CorpusOptions, stderr: TextIO) -> int:
    """Run the audit; return the exit status (0, 2 on bad input, 130 when interrupted)."""
    started = time.monotonic()
    tally = Tally()
    files = input_files(options, stderr, tally)
    names = {rule.code: rule.name for rule in auditor(options.job.spec).rules}
    if options.scheduler:
        from .distributed import run_distributed

        interrupted = run_distributed(options, files, tally, stderr)
    else:
        try:
            outputs = Outputs(options.output, options.job.output or "jsonl", options.keep,
                              options.drop)  # fmt: skip
        except OutputError as error:
            report(stderr, str(error))
            return 2
        interrupted = _run_local(options, files, outputs, tally, stderr)
    for line in summary(tally, time.monotonic() - started, names):
        stderr.write(line + "\n")
    if interrupted:
        stderr.write("fillcheck: interrupted; the outputs hold every record before this point\n")
        return INTERRUPTED
    return 2 if tally.bad or tally.errors else 0


def _run_local(
    options: CorpusOptions, files: list[str], outputs: Outputs, tally: Tally, stderr: TextIO
) -> bool:
    """Audit ``files`` over the process pool; True when interrupted."""
    offsets, total = {}, 0
    for path in files:
        offsets[path] = total
        total += _size(path)
    progress = Progress(stderr, total, options.every)
    try:
        work = _chunks(files, options, tally)
        for result in ordered_map(audit_chunk, work, options.job, options.jobs):
            if isinstance(result, InputError):
                tally.errors += 1
                report(stderr, str(result))
                continue
            outputs.write(result)
            for message in result.bad:
                report(stderr, message)
            tally.add(result)
            progress.update(tally, offsets[result.file] + result.done)
    except INTERRUPTS:
        return True
    finally:
        progress.close()
        outputs.close()
    return False


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _chunks(files: list[str], options: CorpusOptions, tally: Tally) -> Iterator[Chunk | InputError]:
    """Every chunk of every file; where a file cannot be read on, the InputError saying so."""
    job = options.job
    for path in files:
        read = 0
        try:
            for chunk in chunks(
                path, text_key=job.text_key, id_key=job.id_key,
                all_columns=job.keep or job.drop, batch_records=options.batch_records,
            ):  # fmt: skip
                read += 1
                yield chunk
        except InputError as error:
            yield error
        tally.files += 1 if read else 0
