"""A Ctrl-C that comes after the command has finished, while the process ends.

``main`` catches ``KeyboardInterrupt`` around the command.  The process goes on after ``main``
returns: the top level's ``sys.exit``, threading's shutdown, the atexit callbacks (multiprocessing
joins its finished children, Dask closes its cluster), then the interpreter's teardown.  An
interrupt there escaped: in an atexit callback it printed ``Exception ignored in atexit callback``
and a traceback and the run's status stood; once the teardown has reset Python's SIGINT handler
to the system's default (``_PySignal_Fini``, before the modules are cleared), it killed the
process by the signal: exit -2 and no message (session 36, a fresh clone's ``make test``).

For a process whose command line ``main`` read, ``guard_the_ending`` notes such an interrupt
instead of raising it, so the clean-up still runs.  ``_at_exit``, registered when this module is
imported, runs after the callbacks registered later (multiprocessing's, Dask's, the temporary
folders', the regex and code caches' writers): it blocks SIGINT, flushes stdout and stderr and
ends the process itself, with ``extractor: interrupted`` and 130 after an interrupt, else with the
command's status, so no interrupt can land in the teardown any more.  What that skips loses
nothing: everything the command writes is written and closed before ``main`` returns (a run under
``-X dev`` reports no unclosed file), logging's handlers write to stderr, flushed here, and
``gc.freeze`` only spared the teardown's collection.  A second Ctrl-C ends the process at once (a
clean-up that hangs must not keep it).
"""
from __future__ import annotations

import atexit
import os
import signal
import sys

from .common import EXIT_INTERRUPTED

#: the line a run interrupted by Ctrl-C ends with, on stderr
INTERRUPTED_LINE = "extractor: interrupted"

#: the command's status when this process's ending is guarded (``guard_the_ending``), else None
_status: int | None = None
#: whether a Ctrl-C came after the command had finished
_interrupted = False


def say_interrupted() -> int:
    """Print the one line of an interrupted run; its exit status."""
    print(INTERRUPTED_LINE, file=sys.stderr)
    return EXIT_INTERRUPTED


def guard_the_ending(status: int) -> None:
    """From now on, until the process ends, note a Ctrl-C rather than raise it, and end the process
    with ``status`` (what the command returned) or as interrupted.  Only for a process whose command
    line ``main`` read: a caller of ``main`` in a longer-lived process keeps its own Ctrl-C and exit."""
    global _status
    _status = status
    signal.signal(signal.SIGINT, _late_interrupt)


def _late_interrupt(signum, frame) -> None:
    global _interrupted
    if _interrupted:   # a second Ctrl-C: the clean-up is not waited for
        _end()
    _interrupted = True


@atexit.register
def _at_exit() -> None:
    if _status is not None:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})   # one coming now stays pending: seen below
        _end()


def _end() -> None:
    """End the process: as interrupted when a Ctrl-C came (its line printed unless the command's
    status said so already), else with the command's status."""
    interrupted = _interrupted or signal.SIGINT in signal.sigpending()
    if interrupted and _status != EXIT_INTERRUPTED:
        say_interrupted()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a reader gone, a stream closed: nothing more to say there
            pass
    os._exit(EXIT_INTERRUPTED if interrupted else _status)
