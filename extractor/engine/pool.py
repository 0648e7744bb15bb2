"""Worker processes on one host that hand their batches over through files.

Why not ``concurrent.futures.ProcessPoolExecutor``: all its workers send
results through one pipe, which two threads of the calling process feed and
drain.  The caller is the one writer (the archive, the exports), busy in
Python most of the time, so those threads wait for the GIL: on two cores a
worker spent about 30 ms of each 64-page batch blocked while the writer read
its 5 MB of records 64 KB at a time, and about 20 ms more waiting for its next
task (about 10 % of each worker's time, docs/scale.md).  Here:

1. workers *claim* the next batch from a shared counter: no task is sent;
2. a worker pickles its batch's outcomes into a file in a spool folder and
   sends only the batch number (a few bytes: the pipe never fills, the
   worker never waits for the writer);
3. a semaphore bounds the batches claimed and not yet read (``window``), so
   the spool, like memory, stays flat in the corpus size;
4. the caller reads the files in batch order, in its own thread, and
   deletes each once read; the spool folder goes when the pool closes.
   A kill of the whole process group (SIGKILL) leaves nobody to remove it:
   the folder's name holds the caller's pid, and the next pool to start
   removes the folders whose owner is gone (``sweep_stale_spools``).

Failure rules are the engine's (``parallel.py``): what a batch function
raises in a worker is re-raised in the caller, with the worker's traceback
as its cause; a worker that dies (killed, out of memory) stops the run with
``WorkerDied`` (an ``ExtractorError``: one line, not a traceback).
"""
from __future__ import annotations

import logging
import os
import pickle
import shutil
import signal
import tempfile
import traceback
from typing import Callable, Iterator, Sequence

from ..models import ExtractorError

log = logging.getLogger(__name__)

#: a worker's messages: (DONE, batch index, spool file), (FAILED, batch index, (exception, traceback)), (END,)
DONE, FAILED, END = "done", "failed", "end"
#: seconds between a waiting worker's checks that its caller is still alive
ORPHAN_CHECK = 1.0
#: spool folders are ``<temp dir>/extractor-spool-<caller pid>-<random>``
SPOOL_PREFIX = "extractor-spool-"


class WorkerDied(ExtractorError):
    """A worker process that ended without finishing its batch (killed, out of memory)."""


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker (its ``__cause__`` in the caller)."""

    def __str__(self) -> str:
        return "\n" + self.args[0]


def _claim(claimed, room, caller: int, parent: int) -> int:
    """The index of the next batch, once there is room for its result; -1 once
    the caller has died without closing the pool (nobody would read it)."""
    while not room.acquire(timeout=ORPHAN_CHECK):
        if _caller_gone(caller, parent):
            return -1
    with claimed.get_lock():
        index = claimed.value
        claimed.value += 1
    return index


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
    except ProcessLookupError:
        return True
    except PermissionError:   # the pid is another user's now: the caller is gone
        return True
    return False


def _serve(batches: Sequence, task: Callable, args: tuple, claimed, room, conn, spool: str,
           caller: int, initializer: Callable | None, initargs: tuple) -> None:
    """A worker's life: claim batches until none are left; spool each result.
    What the initializer or a batch raises goes to the caller (``FAILED``)."""
    parent = os.getppid()
    index = -1
    try:
        if initializer is not None:
            initializer(*initargs)
        while 0 <= (index := _claim(claimed, room, caller, parent)) < len(batches):
            path = os.path.join(spool, f"{index}.pickle")
            data = pickle.dumps(task(batches[index], *args), protocol=pickle.HIGHEST_PROTOCOL)
            with open(path, "wb") as f:
                f.write(data)
            del data
            conn.send((DONE, index, path))
        if index < 0:   # orphaned: the caller cannot remove the spool any more
            shutil.rmtree(spool, ignore_errors=True)
        else:
            conn.send((END,))
    except KeyboardInterrupt:
        pass   # Ctrl-C reaches the whole process group, and the caller reports it
    except BrokenPipeError:   # the caller is gone (a forked worker, which shares the pipe, learns it in _claim)
        shutil.rmtree(spool, ignore_errors=True)
    except Exception as exc:   # a bug (bad input is an outcome), a full disk: the caller re-raises it
        try:
            conn.send((FAILED, index, _portable(exc)))
        except OSError:   # the caller is gone too: nobody to tell
            shutil.rmtree(spool, ignore_errors=True)
    finally:
        conn.close()


def sweep_stale_spools() -> None:
    """Remove the spool folders of runs that were killed before they could:
    those whose owner pid (in the name) is no running process.  A folder
    without a pid in its name, or whose pid runs, is left alone."""
    root = tempfile.gettempdir()
    try:
        names = [n for n in os.listdir(root) if n.startswith(SPOOL_PREFIX)]
    except OSError:
        return
    for name in names:
        pid = name[len(SPOOL_PREFIX):].partition("-")[0]
        if pid.isdecimal() and _pid_gone(int(pid)):
            log.info("removing the spool of an ended run: %s", name)
            shutil.rmtree(os.path.join(root, name), ignore_errors=True)


def _pid_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:   # another user's process: running, and not ours to judge
        return False
    return False


def _how_ended(exitcode: int | None) -> str:
    """A worker's exit code in words: a negative one is the signal that ended it."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            pass
    return f"exit code {exitcode}"


def _portable(exc: Exception) -> tuple[Exception, str]:
    """``exc`` and its traceback text, as the caller can unpickle them."""
    text = "".join(traceback.format_exception(exc))
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:   # an exception that does not survive pickling: its text does
        exc = RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc, text


class SpoolPool:
    """``workers`` processes running ``task(batch, *args)`` over ``batches``;
    ``results()`` yields each batch's return value in batch order.

    Use as a context manager: leaving it stops the workers (at once if the
    caller stopped early) and removes the spool folder.
    """

    def __init__(self, batches: Sequence, task: Callable, args: tuple = (), *, workers: int,
                 window: int, context, initializer: Callable | None = None, initargs: tuple = ()) -> None:
        self.batches = batches
        self._claimed = context.Value("q", 0)
        self._room = context.Semaphore(max(1, window))
        self._procs, self._conns = [], []
        sweep_stale_spools()
        #: the folder of results not yet read
        self.spool = tempfile.mkdtemp(prefix=f"{SPOOL_PREFIX}{os.getpid()}-")
        log.debug("spooling the results of %d batches in %s", len(batches), self.spool)
        try:
            for _ in range(workers):
                reader, writer = context.Pipe(duplex=False)
                proc = context.Process(target=_serve, daemon=True, args=(
                    batches, task, args, self._claimed, self._room, writer, self.spool,
                    os.getpid(), initializer, initargs))
                proc.start()
                writer.close()   # the worker's end: EOF here once the worker is gone
                self._procs.append(proc)
                self._conns.append(reader)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "SpoolPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def results(self) -> Iterator:
        """Each batch's result, in batch order, as the workers finish them."""
        from multiprocessing.connection import wait

        ready: dict[int, str] = {}
        live = dict(zip(self._conns, self._procs))
        for index in range(len(self.batches)):
            while index not in ready:
                if not live:
                    raise WorkerDied(f"worker processes ended before batch {index + 1} of {len(self.batches)}")
                for conn in wait(list(live)):
                    self._receive(conn, live, ready)
            path = ready.pop(index)
            with open(path, "rb") as f:
                result = pickle.loads(f.read())   # one read: faster than unpickling from the file
            os.unlink(path)
            self._room.release()
            yield result

    def _receive(self, conn, live: dict, ready: dict[int, str]) -> None:
        """Take one message from a worker's pipe (see ``DONE``, ``FAILED``, ``END``)."""
        try:
            message = conn.recv()
        except EOFError:   # the pipe closed without END: the worker died
            proc = live.pop(conn)
            proc.join(timeout=5)
            raise WorkerDied(f"a worker process stopped unexpectedly ({_how_ended(proc.exitcode)})") from None
        if message[0] == DONE:
            ready[message[1]] = message[2]
        elif message[0] == FAILED:
            exc, text = message[2]
            raise exc from RemoteTraceback(text)
        else:   # END: no batch left for this worker
            live.pop(conn).join()

    def close(self) -> None:
        """Stop the workers that are still running and remove the spool folder."""
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self._procs:
            proc.join()
        for conn in self._conns:
            conn.close()
        shutil.rmtree(self.spool, ignore_errors=True)
        self._procs, self._conns = [], []

