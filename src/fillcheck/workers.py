"""Checking files in worker processes, under a deadline and a memory cap per file.

How a file is stopped when it takes too long (``--timeout``): the budget is
processor time, so that a large file on a busy machine is not given up for
waiting its turn, with a backstop of ``WALL_FACTOR`` times the budget on the
clock for a file that waits without working (a read that blocks, a lock).

* In a worker process (every file with ``--jobs`` 2 or more; with ``--jobs 1``
  every file a parser library reads: .docx, .pdf, .html, .doc/.wps) the parent
  reads the worker's processor time (``/proc``; the clock where there is none)
  and kills the worker when the budget is spent, even inside a C call that
  never returns, then starts a fresh one. Workers are forked, so they start in
  milliseconds with everything the parent loaded.
* In this process (``--jobs 1`` for plain text and Markdown, and standard
  input), ``ITIMER_PROF`` and ``ITIMER_REAL`` timers raise :class:`Overtime`
  in the Python code that runs. Reading text and matching the built-in rules is
  linear C work between Python steps; user patterns have their own time limit.

Workers run under an address-space cap (``--max-memory``, ``RLIMIT_AS``, counted on
top of the address space a worker inherits from the fillcheck process): a file
that needs more ends with a MemoryError or kills its worker, and is reported.
Results come back in the order files were given, with at most a few files in
flight per worker, so memory does not grow with the number of files. Each worker
holds the next file while it checks one (``DEPTH``): it goes on without waiting
for the parent to read its result and hand it more work, which on a busy machine
can take longer than checking a small file.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ._pipes import read_frame as _read_frame
from ._pipes import widen as _widen
from ._pipes import write_frame as _write_frame

WALL_FACTOR = 10  # the clock's backstop, in multiples of the processor-time budget
_POLL = 0.25  # seconds between looks at busy workers' processor time
DEPTH = 2  # items sent to a worker at once: the one it works on and the next


@dataclass(frozen=True)
class Limits:
    """The per-file budget: seconds (0: none) and address space of a worker in MB (0: none)."""

    timeout: float = 60.0
    max_memory: int = 0


class Overtime(BaseException):
    """Raised in this process when a file's deadline passes (not an Exception: a reader's
    ``except Exception`` must not turn it into "cannot be read")."""


# What happened to one file: ("ok", value), ("overtime", None), ("memory", None),
# ("died", exit status) or ("error", exception).
Outcome = tuple[str, Any]


def can_fork() -> bool:
    """Whether worker processes can be forked here."""
    return hasattr(os, "fork")


def run_here(work: Callable[[Any], Any], item: Any, limits: Limits) -> Outcome:
    """Run ``work(item)`` in this process, under a SIGALRM deadline when one can be set."""
    timer = (
        limits.timeout > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not timer:
        return _guarded(work, item)

    def expire(signum: int, frame: object) -> None:
        raise Overtime

    previous = {number: signal.signal(number, expire) for number in _TIMER_SIGNALS}
    try:
        signal.setitimer(signal.ITIMER_PROF, limits.timeout)
        signal.setitimer(signal.ITIMER_REAL, limits.timeout * WALL_FACTOR)
        try:
            return _guarded(work, item)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.setitimer(signal.ITIMER_REAL, 0)
    except Overtime:  # passed between the work's end and the timers' reset: still over
        return ("overtime", None)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


_TIMER_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGPROF", "SIGALRM") if hasattr(signal, name)
)


def _guarded(work: Callable[[Any], Any], item: Any) -> Outcome:
    try:
        return ("ok", work(item))
    except Overtime:
        return ("overtime", None)
    except MemoryError:
        return ("memory", None)


class _Worker:
    """One forked process that runs ``work`` on the items it is sent, in the order sent.

    ``queue`` holds the indexes of the items sent and not yet answered; the first
    is the one being worked on, since ``started`` on the clock and ``cpu_start``
    seconds of the worker's processor time.
    """

    def __init__(self, work: Callable[[Any], Any], limits: Limits) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        _widen(result_w)
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            os.close(task_w)
            os.close(result_r)
            _serve(task_r, result_w, work, limits)
        os.close(task_r)
        os.close(result_w)
        self.pid, self.tasks, self.results = pid, task_w, result_r
        self.queue: deque[int] = deque()
        self.started = 0.0  # the clock when the first item in the queue began
        self.cpu_start = 0.0  # the worker's processor time then
        self.cpu_idle = 0.0  # its processor time when it last answered (a new process: 0)
        self.broken = False  # a send failed: it takes no more items

    @property
    def index(self) -> int | None:
        """The item it is working on (None when idle)."""
        return self.queue[0] if self.queue else None

    def send(self, index: int, item: Any) -> None:
        """Give the worker an item, to start when it has answered those it holds."""
        import pickle

        _write_frame(self.tasks, pickle.dumps((index, item), pickle.HIGHEST_PROTOCOL))
        if not self.queue:  # idle: it starts now, its processor time as when it last answered
            self.started, self.cpu_start = time.monotonic(), self.cpu_idle
        self.queue.append(index)

    def spent(self) -> float:
        """Seconds of the budget the current item has used: processor time, or the clock
        where it cannot be read."""
        now = cpu_seconds(self.pid)
        if now is not None:
            return now - self.cpu_start
        return time.monotonic() - self.started

    def receive(self) -> tuple[int, Outcome]:
        """The result of the current item; ("died", status) if the worker ended instead."""
        index = self.queue.popleft()
        data = _read_frame(self.results)
        if data is None:
            return index, ("died", self.stop())
        import pickle

        index, outcome, clock, cpu = pickle.loads(data)
        # The next item began when this one was answered: the worker said when.
        self.started, self.cpu_start, self.cpu_idle = clock, cpu, cpu
        return index, outcome

    def stop(self) -> int:
        """Kill the worker and return its wait status."""
        for fd in (self.tasks, self.results):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        return os.waitpid(self.pid, 0)[1]


def _serve(tasks: int, results: int, work: Callable[[Any], Any], limits: Limits) -> None:
    """The worker's loop: read an item, run ``work`` on it, write the outcome; exit at EOF."""
    import pickle

    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
        if limits.max_memory > 0:
            import resource

            # On top of what the worker inherits: a parent that loaded large libraries
            # already has gigabytes of address space reserved.
            cap = _address_space() + limits.max_memory * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        while (data := _read_frame(tasks)) is not None:
            index, item = pickle.loads(data)
            try:
                outcome = _guarded(work, item)
            except Exception as error:  # a bug: the parent raises it as it would have
                outcome = ("error", _portable(error))
            # When it ended (the clock, this process's processor time): the next item
            # starts now, and the parent measures its budget from here.
            done = time.monotonic(), time.process_time()
            try:
                payload = pickle.dumps((index, outcome, *done), pickle.HIGHEST_PROTOCOL)
            except MemoryError:
                payload = pickle.dumps((index, ("memory", None), *done))
            _write_frame(results, payload)
    except BaseException:
        status = 1
    finally:
        os._exit(status)  # no atexit handlers, no flushing the parent's buffers


def _portable(error: Exception) -> Exception:
    """``error`` if it survives pickling, else a RuntimeError carrying its traceback."""
    import pickle
    import traceback

    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        text = "".join(traceback.format_exception(error))
        return RuntimeError(f"in a worker process:\n{text}")


def _address_space() -> int:
    """Bytes of address space this process holds now (0 where ``/proc`` cannot say)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def cpu_seconds(pid: int) -> float | None:
    """The processor time (user and system) process ``pid`` has used, from ``/proc``."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


class Pool:
    """Forked workers started on first need, each sent up to ``DEPTH`` items at a time;
    :meth:`run` sends an item to the worker with the fewest (there must be room)."""

    def __init__(self, work: Callable[[Any], Any], size: int, limits: Limits) -> None:
        self.work, self.size, self.limits = work, size, limits
        self.workers: list[_Worker] = []
        self.items: dict[int, Any] = {}  # the items sent and not answered, by index

    def busy(self) -> int:
        """How many items are sent and not answered."""
        return len(self.items)

    def full(self) -> bool:
        """Whether every worker there can be holds ``DEPTH`` items."""
        return len(self.items) >= self.size * DEPTH

    def run(self, index: int, item: Any) -> None:
        """Send ``item`` to the least loaded worker, starting one if fewer than ``size`` run."""
        self.items[index] = item
        self._send(index, item)

    def _send(self, index: int, item: Any) -> None:
        open_ = [w for w in self.workers if not w.broken]
        worker = min(open_, key=lambda w: len(w.queue), default=None)
        if worker is None or (worker.queue and len(open_) < self.size):
            worker = _Worker(self.work, self.limits)
            self.workers.append(worker)
        try:
            worker.send(index, item)
        except OSError:  # the worker died (killed from outside, or by what it works on)
            if worker.queue:  # its results end: wait() reports it and hands on what it held
                worker.broken = True
            else:
                self._replace(worker, [])
            self._send(index, item)

    def wait(self) -> list[tuple[int, Outcome]]:
        """Wait for at least one item to finish or pass its deadline; their outcomes."""
        busy = [w for w in self.workers if w.queue]
        if not busy:
            return []
        import select

        limit = self.limits.timeout
        ready, _, _ = select.select([w.results for w in busy], [], [], _POLL if limit > 0 else None)
        done = []
        for worker in busy:
            if worker.results in ready:
                index, outcome = worker.receive()
                if outcome[0] == "died":
                    self._replace(worker, list(worker.queue), stopped=True)
            elif limit > 0 and (
                worker.spent() >= limit or time.monotonic() - worker.started >= limit * WALL_FACTOR
            ):
                index, outcome = worker.queue.popleft(), ("overtime", None)
                self._replace(worker, list(worker.queue))
            else:
                continue
            del self.items[index]
            done.append((index, outcome))
        return done

    def _replace(self, worker: _Worker, waiting: list[int], *, stopped: bool = False) -> None:
        """Stop ``worker`` and send the items it held but had not begun to the others."""
        if not stopped:
            worker.stop()
        self.workers.remove(worker)
        for index in waiting:
            self._send(index, self.items[index])

    def close(self) -> None:
        """Stop every worker."""
        for worker in self.workers:
            worker.stop()
        self.workers = []


def run_all(
    items: Iterable[Any],
    work: Callable[[Any], Any],
    *,
    jobs: int,
    limits: Limits,
    here: Callable[[Any], bool],
) -> Iterator[tuple[Any, Outcome]]:
    """Yield ``(item, outcome)`` for each item, in the order given.

    Items for which ``here(item)`` is true run in this process; the others in a
    pool of ``jobs`` workers. At most ``4 * jobs`` items are in flight or
    waiting for an earlier one, so memory does not grow with the number of items.
    """
    pool = Pool(work, jobs, limits) if can_fork() else None
    window = 4 * max(1, jobs)
    held: dict[int, tuple[Any, Outcome | None]] = {}  # index -> (item, outcome when known)
    next_out = 0

    def ready() -> Iterator[tuple[Any, Outcome]]:
        nonlocal next_out
        while next_out in held and held[next_out][1] is not None:
            item, outcome = held.pop(next_out)
            next_out += 1
            yield item, outcome  # type: ignore[misc]

    def collect() -> None:
        for index, outcome in pool.wait():  # type: ignore[union-attr]
            held[index] = (held[index][0], outcome)

    def answered() -> bool:
        return next_out in held and held[next_out][1] is not None

    try:
        for index, item in enumerate(items):
            if pool is None or here(item):
                held[index] = (item, run_here(work, item, limits))
            else:
                # Room for the item first, and the output of what is done only once it is
                # sent: the workers go on while this process writes.
                while pool.full() or index - next_out >= window:
                    if pool.full() or not answered():
                        collect()
                    if not pool.full() and index - next_out < window:
                        break
                    yield from ready()
                held[index] = (item, None)
                pool.run(index, item)
            yield from ready()
        while held:
            collect()
            yield from ready()
    finally:
        if pool is not None:
            pool.close()
