"""``fillcheck corpus --scheduler``: the same audit as Dask tasks, one per file or row group.

Each task reads its file (or one Parquet row group), audits it chunk by chunk
and writes its own output part next to ``-o``: ``out.jsonl`` becomes
``out.part-00000.jsonl``, ``out.part-00001.jsonl``, ... numbered in input order
(files in the order given, row groups in file order), so concatenating the
parts in name order gives what ``--jobs 1`` writes to ``out.jsonl``. The same
goes for ``--keep`` and ``--drop``. Workers read inputs and write parts by
absolute path: on a cluster, both must be on a file system every worker sees.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TextIO

from ..interrupt import INTERRUPTS
from .progress import Progress, Tally
from .sources import InputError, chunks, input_format, parquet_file
from .work import Counts, Job, audit_chunk
from .writers import Outputs


@dataclass(frozen=True)
class Task:
    """One file, or one row group of a Parquet file, with where its outputs go."""

    index: int
    path: str  # absolute, as workers open it
    shown: str  # as the user named it
    row_group: int | None
    output: str
    keep: str | None = None
    drop: str | None = None


@dataclass(kw_only=True)
class PartResult(Counts):
    """What one task saw."""

    index: int
    error: str | None = None


def part_path(path: str | None, index: int) -> str | None:
    """``dir/name.part-00003.ext`` for ``dir/name.ext`` (every suffix kept, e.g. ``.jsonl.gz``)."""
    if path is None:
        return None
    folder, name = os.path.split(os.path.abspath(path))
    stem, dot, rest = name.partition(".")
    return os.path.join(folder, f"{stem}.part-{index:05d}{dot}{rest}")


def make_tasks(files: list[str], options) -> list[Task | InputError]:
    """One task per JSON Lines file and per Parquet row group, in input order."""
    found: list[Task | InputError] = []
    for path in files:
        groups: list[int | None] = [None]
        if input_format(path) == ("parquet", ""):
            try:
                groups = list(range(parquet_file(path).metadata.num_row_groups))
            except InputError as error:
                found.append(error)
                continue
        for group in groups:
            index = sum(isinstance(task, Task) for task in found)
            found.append(Task(
                index, os.path.abspath(path), path, group, part_path(options.output, index),
                part_path(options.keep, index), part_path(options.drop, index),
            ))  # fmt: skip
    return found


def run_task(task: Task, job: Job, fmt: str, batch_records: int) -> PartResult:
    """Audit one task's records and write its output parts (runs on a Dask worker)."""
    result = PartResult(index=task.index)
    outputs = Outputs(task.output, fmt, task.keep, task.drop)
    try:
        groups = None if task.row_group is None else [task.row_group]
        for chunk in chunks(
            task.path, text_key=job.text_key, id_key=job.id_key, all_columns=job.keep or job.drop,
            row_groups=groups, batch_records=batch_records, shown=task.shown,
        ):  # fmt: skip
            done = audit_chunk(chunk, job)
            outputs.write(done)
            result.add(done)
    except InputError as error:
        result.error = str(error)
    finally:
        outputs.close()
    return result


def client_for(scheduler: str):
    """A distributed Client: ``local:N`` starts a LocalCluster of N one-thread workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ValueError("--scheduler needs Dask: pip install 'fillcheck[dask]'") from None
    if scheduler == "local" or scheduler.startswith("local:"):
        from .pool import usable_cores

        count = scheduler.partition(":")[2]
        if count and not count.isdigit():
            raise ValueError(f"--scheduler {scheduler!r}: expected local:N with N a number")
        import logging

        cluster = LocalCluster(
            n_workers=int(count or 0) or usable_cores(), threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.ERROR,
        )  # fmt: skip
        return Client(cluster)
    return Client(scheduler)


def run_distributed(options, files: list[str], tally: Tally, stderr: TextIO) -> bool:
    """Run every task on the scheduler; report in input order. True when interrupted."""
    from .run import report

    if not options.output:
        report(stderr, "--scheduler writes output parts: give -o PATH")
        tally.errors += 1
        return False
    try:
        client = client_for(options.scheduler)
    except (ValueError, OSError) as error:
        report(stderr, str(error))
        tally.errors += 1
        return False
    tasks = make_tasks(files, options)
    try:
        results = _gather(client, [t for t in tasks if isinstance(t, Task)], options, stderr)
    except INTERRUPTS:
        return True
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None:
            cluster.close()
    done_files: set[str] = set()
    for task in tasks:
        if isinstance(task, InputError):
            tally.errors += 1
            report(stderr, str(task))
            continue
        part = results[task.index]
        for message in part.bad:
            report(stderr, message)
        if part.error:
            tally.errors += 1
            report(stderr, part.error)
        elif task.shown not in done_files:
            done_files.add(task.shown)
            tally.files += 1
        tally.add(part)
    return False


def _gather(client, tasks: list[Task], options, stderr: TextIO) -> dict[int, PartResult]:
    from distributed import as_completed

    job = options.job
    futures = client.map(run_task, tasks, job=job, fmt=job.output or "jsonl",
                         batch_records=options.batch_records, pure=False)  # fmt: skip
    progress = Progress(stderr, len(tasks), options.every, unit=" tasks")
    seen = Tally()
    results: dict[int, PartResult] = {}
    try:
        for number, future in enumerate(as_completed(futures), start=1):
            part = future.result()
            results[part.index] = part
            seen.add(part)
            progress.update(seen, number)
    except INTERRUPTS:
        client.cancel(futures)
        raise
    finally:
        progress.close()
    return results
