"""A process pool that maps a function over chunks, yielding results in input order.

At most a few chunks per worker are in flight, so a corpus of any size is read
no faster than it is audited and memory stays bounded. Workers ignore SIGINT:
Ctrl-C reaches the parent alone, which stops submitting, lets the chunks in
flight finish and closes its outputs.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

AHEAD = 2  # chunks in flight per worker

_JOB: Any = None


def usable_cores() -> int:
    """The cores this process may run on (its affinity mask), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _init(job: Any) -> None:
    global _JOB
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _JOB = job
    try:
        import gc

        gc.freeze()  # what the parent built is never collected: skip it in every pass
    except AttributeError:  # pragma: no cover
        pass


def _call(func: Callable[[Any, Any], Any], item: Any) -> Any:
    return func(item, _JOB)


def ordered_map(
    func: Callable[[Any, Any], Any], items: Iterable[Any], job: Any, jobs: int
) -> Iterator[Any]:
    """``func(item, job)`` for each item, in order, over ``jobs`` processes (1: in-process).

    An item that is an exception is passed through in its place, not run: a
    file's read error is reported where its records would have been.
    """
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, Exception) else func(item, job)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init, initargs=(job,))
    pending: deque = deque()
    try:
        for item in items:
            if isinstance(item, Exception):
                future: Future = Future()
                future.set_result(item)
            else:
                future = executor.submit(_call, func, item)
            pending.append(future)
            if len(pending) >= jobs * AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
