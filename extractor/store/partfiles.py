"""The bytes of the per-run files made of one part per notice (``outputs.py``
decides which notices each shows and whether to append, compose or leave it).

``PART_FILES`` says what each such file holds: its head, the part each notice
gives (from its ``rows.NoticeRecord``), the separator and the tail.  The
pieces that write them: the ``Spool`` (the parts of the notices stored in a
run, one temp file per part file, laid out as the file itself), an ``OldFile``
(where each notice's part is in a file on disk, as the archive recorded it),
a ``TempFile`` beside its target, fsynced and moved in place, and
``copy_range``, which copies byte ranges between files in the kernel where it
can (``os.copy_file_range``).
"""
from __future__ import annotations

import codecs
import functools
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from . import rows as R
from .files import EarlySync, _file_mode
from .rowtypes import AssignmentRow, MeasureRow, NoticeListRow, column_names

_COPY_CHUNK = 1 << 30    #: bytes per copy_file_range call (it may copy less)
#: the spool's files are written out to the disk in the background after every this many
#: bytes spooled (``files.EarlySync``), so that the fsync before each is moved in place waits less
EARLY_SYNC_BYTES = 8 << 20
#: bytes a ``TempFile`` holds before it writes them, in one system call: the spool holds
#: at most this much of each of its files in memory
WRITE_BUFFER_BYTES = 1 << 20
#: pieces one ``os.writev`` takes at most (the system's limit; POSIX asks for at least 16)
_IOV_MAX = os.sysconf("SC_IOV_MAX") if "SC_IOV_MAX" in os.sysconf_names else 16


@dataclass(frozen=True)
class PartFile:
    """A per-run file made of one part per notice."""

    name: str
    fmt: str                               #: the --format that writes it
    head: bytes                            #: before the first notice
    sep: bytes                             #: between two notices
    tail: bytes                            #: after the last
    part: Callable[[R.NoticeRecord], bytes]


def _csv_head(row_type) -> bytes:
    # what export.CsvFile writes: the BOM, then the header row (column names need no quoting)
    return codecs.BOM_UTF8 + (",".join(column_names(row_type)) + "\r\n").encode()


#: the files export.JsonExporter and export.CsvExporter write, part by part
PART_FILES = (
    PartFile("notices.json", "json", b"[\n", b",", b"]\n", lambda r: r.json + b"\n"),
    PartFile("measures.csv", "csv", _csv_head(MeasureRow), b"", b"", lambda r: r.measures_csv),
    PartFile("assignments.csv", "csv", _csv_head(AssignmentRow), b"", b"", lambda r: r.assignments_csv),
    PartFile("notices.csv", "csv", _csv_head(NoticeListRow), b"", b"", lambda r: r.notices_csv),
)


def copy_range(src_fd: int, start: int, length: int, dst_fd: int, at: int, target: Path) -> int:
    """Copy ``length`` bytes of ``src_fd`` from ``start`` to ``dst_fd`` at ``at``
    (in the kernel where it can); return the offset after them."""
    end = start + length
    while start < end:
        try:
            n = os.copy_file_range(src_fd, dst_fd, min(end - start, _COPY_CHUNK), start, at)
        except OSError:   # not supported between these files: copy through memory
            n = os.pwrite(dst_fd, os.pread(src_fd, min(end - start, 1 << 24), start), at)
        if n == 0:
            raise OSError(f"{target}: the file to copy from ended early")
        start += n
        at += n
    return at


class TempFile:
    """A binary temp file beside ``target`` (the temp names ``export`` cleans up
    after a killed run): ``commit`` fsyncs it and moves it in place.

    What is written is held in memory up to ``WRITE_BUFFER_BYTES`` and then written
    with one system call (``os.writev``): the spool writes eight small pieces a
    notice (a separator and a part for each of its four files), and a call a piece
    was most of its cost.  ``fd`` (for a copy from the file), ``copy_from``,
    ``flush`` and ``commit`` write what is held first; ``discard`` drops it with
    the file."""

    def __init__(self, target: Path) -> None:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.fchmod(fd, _file_mode())
        self._fd, self.tmp, self.target, self.size = fd, Path(tmp), target, 0
        self._held: list[bytes] = []   # written, not yet in the file
        self._held_size = 0

    @property
    def fd(self) -> int:
        """The file's descriptor, every byte written so far in the file."""
        self.flush()
        return self._fd

    def write(self, data: bytes) -> int:
        """Append ``data``; return the offset it starts at."""
        at = self.size
        self.size += len(data)
        self._held.append(data)
        self._held_size += len(data)
        if self._held_size >= WRITE_BUFFER_BYTES:
            self.flush()
        return at

    def flush(self) -> None:
        """Write what is held into the file."""
        held, self._held, self._held_size = self._held, [], 0
        for start in range(0, len(held), _IOV_MAX):
            pieces = held[start:start + _IOV_MAX]
            written = os.writev(self._fd, pieces)
            if written < sum(map(len, pieces)):   # a short write (rare): the rest with os.write
                view = memoryview(b"".join(pieces))[written:]
                while view:
                    view = view[os.write(self._fd, view):]

    def copy_from(self, src_fd: int, start: int, length: int) -> None:
        """Append ``length`` bytes of ``src_fd`` from ``start`` (in the kernel where it can)."""
        self.size = copy_range(src_fd, start, length, self.fd, self.size, self.target)
        os.lseek(self._fd, self.size, os.SEEK_SET)

    def commit(self) -> Path:
        os.fsync(self.fd)
        os.close(self._fd)
        self._fd = -1
        os.replace(self.tmp, self.target)
        return self.target

    def discard(self) -> None:
        self._held, self._held_size = [], 0
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        self.tmp.unlink(missing_ok=True)


class Spool:
    """The parts of the notices stored in this run, one temp file per part file,
    laid out as the file itself (head, parts joined by the separator)."""

    def __init__(self, out_dir: Path, files: Sequence[PartFile]) -> None:
        self.files, self.temps = list(files), []
        self.order: list[str] = []                          # doc_ids in the order spooled
        self.where: dict[str, tuple[int, list[int], list[int]]] = {}   # doc_id -> (index, starts, lengths)
        self._early, self._unsynced = EarlySync(), 0
        for pf in self.files:
            self.temps.append(TempFile(out_dir / pf.name))
            self.temps[-1].write(pf.head)

    def add(self, record: R.NoticeRecord) -> None:
        starts, lengths = [], []
        for pf, temp in zip(self.files, self.temps):
            if self.order:
                temp.write(pf.sep)
            part = pf.part(record)
            starts.append(temp.write(part))
            lengths.append(len(part))
        self.where[record.head.doc_id] = (len(self.order), starts, lengths)
        self.order.append(record.head.doc_id)
        self._unsynced += sum(lengths)
        if self._unsynced >= EARLY_SYNC_BYTES:
            self._unsynced = 0
            for temp in self.temps:   # (what is held goes to the file first)
                temp.flush()
            self._early.start([temp.tmp for temp in self.temps])

    def discard(self) -> None:
        self._early.wait()
        for temp in self.temps:
            temp.discard()


class OldFile:
    """A part file on disk as the archive recorded it: where each notice's part is
    (worked out when first asked: an append needs none of it)."""

    def __init__(self, path: Path, head: int, sep: int, recorded: list[tuple[str, str]], column: int) -> None:
        self.path, self.fd, self.held = path, -1, bool(recorded)
        self._layout = head, sep, recorded, column

    @functools.cached_property
    def where(self) -> dict[str, tuple[int, int, int]]:
        """doc_id -> (index, start, length)."""
        at, sep, recorded, column = self._layout
        where = {}
        for i, (doc_id, lengths) in enumerate(recorded):
            if i:
                at += sep
            length = int(lengths.split(",")[column])
            where[doc_id] = (i, at, length)
            at += length
        return where

    def open(self) -> int:
        if self.fd < 0:
            self.fd = os.open(self.path, os.O_RDONLY)
        return self.fd

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

