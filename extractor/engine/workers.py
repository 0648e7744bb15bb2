"""Worker processes on one host: the standard library's process pool
(``concurrent.futures.ProcessPoolExecutor``) with what a batch run needs
around it.

1. **Results in input order, memory bounded**: at most ``window`` jobs are
   submitted and not yet read, so a writer slower than the workers holds at
   most ``window`` results, whatever the corpus size.
2. **A dead worker is named by what it was on**: the executor fails every
   pending job with ``BrokenProcessPool`` when a worker ends abruptly (killed,
   out of memory) rather than waiting for it (``multiprocessing.Pool`` would
   wait for ever).  Each worker marks the item it works on in a shared table
   (``working_on``); the items still marked once the pool has stopped name the
   culprit in ``WorkerDied``, one line.
3. **Workers do not outlive their caller**: a caller killed with SIGKILL
   would leave the executor's workers waiting for a task for ever (a forked
   worker holds the writing end of the task pipe itself); each worker checks
   every ``ORPHAN_CHECK`` seconds that its caller still runs, and exits when
   it does not.

What a job raises in a worker is re-raised in the caller with the worker's
traceback as its cause (the executor's own rule).  Ctrl-C is the caller's to
report: workers ignore SIGINT.  A pool left early (an interrupt, a bug, a
writer that failed) raises a flag that the jobs see at their next
``working_on``, so they stop within one item.  It does not kill its workers:
one killed while it holds the lock of the executor's task queue would leave
that lock taken, and a worker the caller did not know of yet would wait on it
for ever (the executor itself, when a worker dies, stops every one).

4. **A Ctrl-C while the workers start is not lost**: the caller holds SIGINT
   back (blocked) while the first jobs go out, which is when the executor
   forks its workers.  A SIGINT that lands during a fork is delivered inside
   the interpreter's at-fork callbacks (logging's lock release), where
   Python prints "Exception ignored" with a traceback and drops the
   interrupt: the run went on to its end (session 43 caught it under load,
   a Ctrl-C 5-10 ms after the first worker appeared).  Held back, it is
   raised once the jobs are out, and the pool is left as for any interrupt.
   The threads the executor starts meanwhile keep SIGINT blocked, so it
   always reaches the main thread; a worker inherits the block and lifts it
   only after it has set SIGINT to be ignored, so one sent to it before is
   dropped instead of raising in it.
"""
from __future__ import annotations

import logging
import os
import pickle
import signal
import threading
import time
import traceback
from collections import deque
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterator, Sequence

from ..models import ExtractorError

log = logging.getLogger(__name__)

#: seconds between a worker's checks that its caller is still alive
ORPHAN_CHECK = 1.0
#: the items a job reports (``working_on``) are stored plus one: 0 is "none"
_NONE = 0
#: a pool's shared table: the stop flag, then per worker the item it is on
_STOP = 0

#: this worker's place in its pool's table: (table, index); None outside a pool worker
_ROW: tuple | None = None


class WorkerDied(ExtractorError):
    """A worker process that ended without finishing its job (killed, out of memory)."""


class Stopped(Exception):
    """Raised in a job whose pool was left early: nobody will read its result."""


def working_on(item: int | None) -> None:
    """Note in this worker's row the item (an index) it works on now, or
    ``None`` between items.  Raises ``Stopped`` once the pool was left early.
    Does nothing outside a pool worker."""
    if _ROW is not None:
        table, index = _ROW
        if table[_STOP]:
            raise Stopped
        table[index] = _NONE if item is None else item + 1


def _start_worker(table, claimed, caller: int, initializer: Callable | None, initargs: tuple) -> None:
    """The executor's initializer: take a row of the table, leave Ctrl-C to the
    caller, watch the caller, then ``initializer``."""
    global _ROW
    with claimed.get_lock():
        index = 1 + claimed.value % (len(table) - 1)
        claimed.value += 1
    table[index] = _NONE
    _ROW = (table, index)
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # a SIGINT pending since the fork is dropped now
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})   # held back by the caller at the fork
    signal.signal(signal.SIGTERM, _stopped)
    parent = os.getppid()
    threading.Thread(target=_exit_with_caller, args=(caller, parent), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _stopped(signum, frame) -> None:
    """SIGTERM: the executor stops the other workers when one died; the item
    this one was on is not at fault."""
    working_on(None)
    os._exit(128 + signum)


def _exit_with_caller(caller: int, parent: int) -> None:
    while not _caller_gone(caller, parent):
        time.sleep(ORPHAN_CHECK)
    os._exit(1)


def _call(task: Callable, job: tuple):
    """``task(*job)`` in a worker.  An exception that cannot be pickled would
    kill the worker on its way back (the executor pickles it, with its causes
    where tblib is installed, as Dask does): it comes as a ``RuntimeError``
    with its text, and the worker's traceback as a note."""
    try:
        return task(*job)
    except Exception as exc:
        try:
            pickle.dumps(exc)
        except Exception:
            portable = RuntimeError(f"{type(exc).__name__}: {exc}")
            portable.add_note("".join(traceback.format_exception(exc)))
        else:
            raise
    raise portable   # out of the except block: no context (tblib would pickle it)


def _caller_gone(caller: int, parent: int) -> bool:
    """Whether the process that made the pool has died.  ``parent`` is this
    worker's parent when it started: the caller, or the forkserver that
    started it for the caller (which ends with the caller).  A process whose
    parent dies gets another; a caller that died before this worker looked
    at its parent is checked by pid."""
    if os.getppid() != parent:
        return True
    try:
        os.kill(caller, 0)
    except (ProcessLookupError, PermissionError):   # a pid that is another user's now: gone too
        return True
    return False


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """SIGINT blocked in this thread (and in threads and processes started meanwhile) for the
    block's length; one that came meanwhile is raised when it ends.  Outside the main thread
    nothing is held: Python handles signals in the main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


class WorkerPool:
    """``task(*job)`` for each of ``jobs`` in ``workers`` processes;
    ``results()`` yields the return values in job order.

    The workers start (and the first ``window`` jobs go out) when the pool is
    made.  Use as a context manager: leaving it stops the workers once their
    jobs end, which is within one item for jobs that call ``working_on`` when
    the caller stopped before the last result.  ``describe(item)`` names an
    item a job reported with ``working_on`` (for ``WorkerDied``).
    """

    def __init__(self, task: Callable, jobs: Sequence[tuple], *, workers: int, window: int, context,
                 initializer: Callable | None = None, initargs: tuple = (),
                 describe: Callable[[int], str] = str) -> None:
        self._task, self._jobs, self._describe = task, jobs, describe
        #: the stop flag, then per worker the item it works on plus one (0: none)
        self._table = context.RawArray("q", 1 + workers)
        self._executor = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker,
            initargs=(self._table, context.Value("i", 0), os.getpid(), initializer, initargs))
        self._pending: deque = deque()
        self._submitted = 0
        self._done = False
        try:
            with _interrupts_held():   # the executor forks its workers at the first job
                for _ in range(max(1, window)):
                    self._submit()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _submit(self) -> None:
        if self._submitted < len(self._jobs):
            try:
                future = self._executor.submit(_call, self._task, self._jobs[self._submitted])
            except BrokenProcessPool as exc:   # a worker died already: this job fails as the others
                future = Future()
                future.set_exception(exc)
            self._pending.append(future)
            self._submitted += 1

    def results(self) -> Iterator:
        """Each job's return value, in job order, as the workers finish them."""
        while self._pending:
            try:
                result = self._pending.popleft().result()
            except BrokenProcessPool:
                raise self._died() from None
            self._submit()
            yield result
        self._done = True

    def _died(self) -> WorkerDied:
        """The error for a worker that ended abruptly, naming what it was on."""
        self._executor.shutdown(wait=True)   # the others are stopped: their rows are cleared
        self._done = True
        items = [on - 1 for on in self._table[1:] if on != _NONE]
        where = f" while extracting {' or '.join(map(self._describe, items))}" if items else ""
        return WorkerDied(f"a worker process ended abruptly{where} (killed, or out of memory)")

    def close(self) -> None:
        """Stop the workers; if results are left, tell the running jobs to stop."""
        if not self._done:
            self._table[_STOP] = 1
            self._done = True
        self._executor.shutdown(wait=True, cancel_futures=True)
