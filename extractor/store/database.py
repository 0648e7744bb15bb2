"""How the writer opens the archive's SQLite file, and a new archive built aside.

The settings of the writer's connection (``connect``) and the side file a
first run builds a new archive in (``side_file``, ``put_in_place``): see
``archive.BUILD_SECONDS`` for when and why.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

#: the writer's SQLite page cache, KiB (``PRAGMA cache_size``)
CACHE_KIB = 16 * 1024
#: a new archive is built as ``.notices.sqlite.building`` beside its name (dot-named,
#: as the temp files of the per-run files are)
BUILDING_PREFIX, BUILDING_SUFFIX = ".", ".building"
#: what ``sqlite3`` calls to adapt a None parameter (``connect``): an empty dict's
#: ``get``, which gives None back from C
_NONE_ADAPTER = {}.get


def bind_none_quickly() -> None:
    """Let ``sqlite3`` bind a None parameter (NULL) without its failing adapter search.

    ``sqlite3`` binds exact ints, floats and strs directly; any other value, None
    included, goes to its adapter registry, and on a miss it asks the protocol type
    for ``__adapt__`` and None for ``__conform__``, each answered by a formatted
    AttributeError: about 3,300 instructions per None, and a bench notice's rows bind
    about 300 Nones (a sixth of what binding them cost; docs/scale.md, "Writer speed,
    session 23").  An adapter registered for None's type ends the search at the
    registry; it returns the None it is given, so the value is bound as NULL as
    before.  The registry is the process's (``sqlite3.register_adapter``): any other
    connection binds None the same way, only sooner.
    """
    sqlite3.register_adapter(type(None), _NONE_ADAPTER)


#: ``sqlite3_config``'s options: the multi-thread mode (no mutex a connection), and SQLite's
#: memory statistics on or off
_SQLITE_CONFIG_MULTITHREAD, _SQLITE_CONFIG_MEMSTATUS = 2, 9


@lru_cache(maxsize=1)
def quiet_memory_statistics() -> bool:
    """Turn SQLite's memory statistics off for this process, if SQLite holds no memory yet;
    True when they are off (now or before).

    SQLite counts every allocation it makes (``sqlite3_memory_used``) under a mutex: a
    lock and an unlock for each malloc and each free, and binding a string copies it into
    a new allocation, so a bench notice's rows took about 3,000 of them (about 1 % of a
    run's instructions; docs/scale.md, "One process, session 41").  Python's ``sqlite3``
    reads none of the statistics, nor sets the soft heap limit that needs them: nothing it
    stores or reads changes.  The setting can only be made while SQLite is shut down
    (``sqlite3_config``; ``import sqlite3`` initialises it), so SQLite is shut down, set and
    initialised again, and only when it holds no memory at all: no connection is open
    anywhere in the process (a connection always holds some).  The setting is the whole
    process's, so only the command line asks for it, and only when the process is its own
    (``cli.app.main`` called with no argv): ``extractor run`` before the run starts any thread;
    a library caller's process (``engine.pipeline.run``, ``main([...])``) is left as it is.
    Asked once a process (cached); where the library's functions cannot be called (not
    Linux, a SQLite linked in without them) nothing changes.

    In the same pause SQLite is set to its multi-thread mode (``SQLITE_CONFIG_MULTITHREAD``)
    where it was built serialized, Python's default: each connection then has no mutex of
    its own, which every call on it took and released (each value bound, each step and
    reset: about 1,900 lock pairs a bench notice, 0.5 % of a one-process run's
    instructions; docs/scale.md, "One process, session 48").  What the mutex guards, two
    threads using one connection at the same time, the command line's process never does:
    its code opens every connection with ``sqlite3``'s default ``check_same_thread``, which
    refuses a connection's use from a thread other than the one that opened it, but the
    archive's writer (``connect``), which hands its connection to the thread that writes a
    batch of rows (rowbatch.py) and does not use it again before that thread has ended; and
    SQLite's own shared state keeps its mutexes in that mode.  Nothing stored or read changes.
    """
    if not sys.platform.startswith("linux"):   # (sqlite3_config's arguments are variadic: Apple's ABI passes them apart)
        return False
    try:
        import _sqlite3
        import ctypes
        lib = ctypes.CDLL(_sqlite3.__file__)   # its symbols and those of the libsqlite3 it links
        used, malloc, free = lib.sqlite3_memory_used, lib.sqlite3_malloc, lib.sqlite3_free
        shutdown, config, initialize = lib.sqlite3_shutdown, lib.sqlite3_config, lib.sqlite3_initialize
    except (ImportError, OSError, AttributeError):
        return False
    used.restype, malloc.restype, free.argtypes = ctypes.c_int64, ctypes.c_void_p, [ctypes.c_void_p]

    def counted() -> bool:   # an allocation shows in the statistics
        before, block = used(), malloc(64)
        try:
            return used() > before
        finally:
            free(block)

    if used() != 0:
        return False   # memory in use: a connection is open somewhere (the statistics stay on)
    if counted() and shutdown() == 0:
        config(_SQLITE_CONFIG_MEMSTATUS, 0)
        config(_SQLITE_CONFIG_MULTITHREAD)   # (refused, and nothing changes, in a single-thread build)
        initialize()
    return not counted()


def connect(path: Path, aside: bool = False) -> sqlite3.Connection:
    """The writer's connection to ``path``: the archive in place (WAL), or a new one
    built aside (``aside``: nothing to protect yet)."""
    bind_none_quickly()
    # (used by one thread at a time: the archive's batch of rows is written in a thread of its
    # own, and the connection is used again only after it has ended: ``Archive.con``)
    con = sqlite3.connect(path, timeout=30, check_same_thread=False)
    if aside:
        # the rollback journal in memory (a notice's savepoint is still rolled back
        # alone) and no fsync: ``put_in_place`` syncs the whole file once, before it
        # gets the archive's name; a crash before that leaves only the side file
        con.execute("PRAGMA journal_mode = MEMORY")
        con.execute("PRAGMA synchronous = OFF")
    else:
        con.execute("PRAGMA journal_mode = WAL")
        # NORMAL, not FULL: in WAL mode a commit is then written to the WAL but
        # not fsynced (the WAL is synced at checkpoints).  A commit still survives
        # the process being killed (SIGKILL, a crash: the OS has the pages), and
        # after a power loss the database is consistent, only the last notices
        # committed may be gone; their sha256 is then not in ``versions``, so the
        # next run extracts them again.  FULL cost an fsync per notice, the largest
        # part of the one writer's time.
        con.execute("PRAGMA synchronous = NORMAL")
    # up to 16 MB of page cache (taken as used), not SQLite's default 2 MB: the
    # primary-key indexes take random doc_id keys, and with 2 MB their pages were
    # read back and written out again and again (1,000 bench notices: 54,000
    # page reads and 186,000 writes; 8 MB or more: 25,000-27,000 and 123,000).
    # 64 MB wrote no less and doubled the peak RSS of a 1,000-notice run.
    con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    # Foreign keys are declared (for readers and ``PRAGMA foreign_key_check``)
    # but not enforced while writing: the rows of a notice are built to
    # satisfy them (assignments of its own measures; every agency id in the
    # batch's agency upsert, in the same transaction), tests check them after
    # every kind of run, and enforcing them cost a fifth of the archive's
    # writing time (a parent lookup per row, ~0.5 s per 1,000 notices).
    con.execute("PRAGMA foreign_keys = OFF")
    return con


def side_file(path: Path) -> Path | None:
    """The side file to build a new archive ``path`` in, or None when the archive
    (or a journal of it) exists.  Only under the output lock: a side file found
    was left by a first run that was killed, and is removed (it may be half
    written; it never gets the archive's name)."""
    side = path.with_name(f"{BUILDING_PREFIX}{path.name}{BUILDING_SUFFIX}")
    for left in (side, Path(f"{side}-journal")):
        if os.path.lexists(left):
            log.info("removing %s, left by a first run that did not finish", left)
            left.unlink()
    if any(os.path.lexists(f"{path}{end}") for end in ("", "-wal", "-journal")):
        return None
    return side


def put_in_place(side: Path, path: Path) -> None:
    """Give a closed side file the archive's name: its data synced to the disk
    first, then renamed (atomic), then the folder's entry synced, so that after a
    power loss the name holds either nothing or the whole file."""
    _fsync(side)
    os.replace(side, path)
    _fsync(path.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
