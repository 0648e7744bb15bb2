"""Files written whole or not at all: a temp file beside the target, fsynced
and moved into place with ``os.replace``, so a crash never leaves half a file."""
from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from pathlib import Path
from typing import Iterable, Iterator

from ..models import ExtractorError


def _file_mode() -> int:
    """The mode a plain ``open()`` would give (0666 less the umask): mkstemp's
    0600 would hide the outputs from the analysts and archivists who share them."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path beside ``target``; on success fsync and move it in place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.fchmod(fd, _file_mode())
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)


class AtomicFile:
    """A text file written to a temp file beside ``target``: ``commit`` fsyncs it
    and moves it in place, ``discard`` removes it.  Unlike ``atomic_path`` it
    stays open across calls, so an exporter can write while notices arrive."""

    def __init__(self, target: Path, encoding: str = "utf-8", newline: str | None = None) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.fchmod(fd, _file_mode())
        self.target, self.tmp = target, Path(tmp)
        self.fh = open(fd, "w", encoding=encoding, newline=newline)

    def write_bytes(self, data: bytes) -> None:
        """Write UTF-8 bytes under the text layer (a record's texts are encoded
        once, where the record is built).  The text layer must be empty: the
        header is flushed when the file is opened, and nothing else is written
        as text before ``commit``."""
        self.fh.buffer.write(data)

    def commit(self) -> Path:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.target)
        return self.target

    def discard(self) -> None:
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


class EarlySync:
    """Start writing files out to the disk before the fsync that makes them durable.

    A run's files are fsynced once, at its end (the archive built aside before it
    takes its name, each per-run file before it is moved in place), and each of
    those fsyncs waited for every byte written since: about 0.1 s of a
    1,000-notice run on one core's wall clock (docs/scale.md, session 26).
    ``start`` fsyncs ``paths`` in a background thread, one round at a time (a
    round still running makes it a no-op), while the run goes on: the later
    fsync then finds little left to write.  A hint only: the fsyncs that make
    a file durable are where they were, and an error here (a file renamed or
    removed meanwhile) is ignored.  ``wait`` before the process may fork or the
    caller returns, so no thread outlives the run."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self, paths: Iterable[Path | str]) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=_fsync_quietly, args=(tuple(paths),),
                                        name="extractor-early-sync", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None


def _fsync_quietly(paths: tuple[Path | str, ...]) -> None:
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            os.fsync(fd)   # (any descriptor of a file syncs its data on Linux)
        except OSError:
            pass
        finally:
            os.close(fd)


class FolderBusy(ExtractorError):
    """Another extractor command holds the folder's lock."""


LOCK_NAME = ".lock"
#: descriptors of the folder locks this process holds: a forked child (a ``--jobs``
#: worker) closes its copies at once, or a run killed with SIGKILL would leave its
#: folder locked until its orphaned workers noticed and exited
_HELD: set[int] = set()


def _close_held_locks() -> None:
    for fd in _HELD:
        try:
            os.close(fd)   # the child's copy; the parent's descriptor keeps the lock
        except OSError:
            pass
    _HELD.clear()


os.register_at_fork(after_in_child=_close_held_locks)


@contextlib.contextmanager
def folder_lock(folder: Path, holder: str = "run") -> Iterator[Path]:
    """Hold ``folder/.lock`` exclusively (``fcntl.flock``: released by the kernel
    when the process ends, however it ends); raise FolderBusy at once if
    another process has it.  Every command that writes a folder takes it:
    ``run`` (and ``retire``) the output folder, ``fetch`` and ``crawl`` the
    folder they save pages in.  ``holder`` names the kind of command that
    usually holds it, for the message."""
    import fcntl

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / LOCK_NAME
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)   # (CLOEXEC: nor to a program run)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FolderBusy(f"{folder} is in use by another extractor {holder} (lock {lock} is held); "
                             "wait for it to finish and try again") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        _HELD.add(fd)
        yield lock
    finally:
        _HELD.discard(fd)
        os.close(fd)  # closing the descriptor releases the lock
