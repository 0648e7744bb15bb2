"""Stage 7, export: notices.json, measures.csv, assignments.csv,
agencies.csv and notices.sqlite, each written atomically.

Exporters share one lifecycle (open, ``export(record)`` per notice,
``finish() -> [paths]`` or ``discard()``) and sit in a registry
(``EXPORTERS``) so the CLI can pick formats by name; ``export_all`` runs
them together over any iterable of notices, which is read once and never
held, so a batch of any size streams through.
Every file is written to a temp file in the target folder, fsynced and
moved into place with ``os.replace``: a crash never leaves half a file.
CSV is ``utf-8-sig`` (Excel needs the BOM) with formula-like cells
prefixed by ``'`` (CWE-1236); JSON is UTF-8 without escapes or BOM.
"""
from __future__ import annotations

import contextlib
import csv
import logging
from pathlib import Path
from typing import Iterable, Sequence

from . import rows as R
from .csvtext import csv_text
from .files import AtomicFile
from .rowtypes import (AgencyRow, AssignmentRow, MeasureRow, NoticeListRow, ReviewRow, column_names,
                       row_values)
from ..models import Notice

log = logging.getLogger(__name__)

class CsvFile:
    """One CSV with a header from ``row_type``'s fields, rows added as they come."""

    def __init__(self, path: Path, row_type) -> None:
        self.file = AtomicFile(path, encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self.file.fh)
        self._writer.writerow(column_names(row_type))
        # empty the buffer: worker processes forked after this (--jobs) inherit it,
        # and must never have anything of ours to write
        self.file.fh.flush()

    def write_rows(self, rows: list[tuple]) -> None:
        """Write rows of values in column order (``rows.measure_rows`` tuples, or
        ``rowtypes.row_values`` of row dataclasses), formula cells made safe."""
        self.file.write_bytes(csv_text(rows).encode())

    def write_text(self, text: bytes) -> None:
        """Write rows already made CSV text by ``csvtext.csv_text``, UTF-8 encoded."""
        self.file.write_bytes(text)


def write_csv(path: Path, row_type, rows: Iterable) -> Path:
    """One whole CSV with a header from ``row_type``'s fields."""
    out = CsvFile(path, row_type)
    try:
        out.write_rows([row_values(row) for row in rows])
    except BaseException:
        out.file.discard()
        raise
    return out.file.commit()


# --- the exporters: one lifecycle --------------------------------------------
#
# ``Exporter(out_dir, aliases)`` opens its files (temp files), ``export(record)``
# writes one notice (its ``rows.NoticeRecord``, built once for all of them), ``finish()`` puts the files in place and returns their
# paths, ``discard()`` leaves the old files as they were.  Notices stream
# through: no exporter keeps a list of them, so memory does not grow with the
# batch (what each one keeps is per agency or per unresolved name, and small).


class JsonExporter:
    """notices.json: a JSON array, one notice a line."""

    files = ("notices.json",)

    def __init__(self, out_dir: Path, aliases: Path | None = None) -> None:
        self.file = AtomicFile(out_dir / self.files[0])
        self.file.write_bytes(b"[\n")
        self.file.fh.flush()  # see CsvFile
        self._first = True

    def export(self, record: R.NoticeRecord) -> None:
        # one notice per line (noticejson.notice_json): readable and diffable
        self.file.write_bytes(b"%s%s\n" % (b"" if self._first else b",", record.json))
        self._first = False

    def finish(self) -> list[Path]:
        self.file.write_bytes(b"]\n")
        return [self.file.commit()]

    def discard(self) -> None:
        self.file.discard()


class CsvExporter:
    """measures.csv, assignments.csv and notices.csv row by row; agencies.csv and
    review.csv (every unresolved name with its closest registry agencies,
    explained with the run's ``aliases``) from tallies at the end; then
    datapackage.json, which describes them (``describe.py``)."""

    files = ("measures.csv", "assignments.csv", "agencies.csv", "review.csv", "notices.csv",
             "datapackage.json")

    def __init__(self, out_dir: Path, aliases: Path | None = None) -> None:
        from .reviewcsv import MissTally

        self.out_dir, self.aliases = out_dir, aliases
        self.measures = CsvFile(out_dir / "measures.csv", MeasureRow)
        self._open = [self.measures]
        try:
            self.assignments = CsvFile(out_dir / "assignments.csv", AssignmentRow)
            self._open.append(self.assignments)
            self.notices = CsvFile(out_dir / "notices.csv", NoticeListRow)
            self._open.append(self.notices)
        except BaseException:
            self.discard()
            raise
        self.agencies, self.misses = R.AgencyTally(), MissTally()
        self.review_count = 0   #: rows of review.csv, once written

    def export(self, record: R.NoticeRecord) -> None:
        self.measures.write_text(record.measures_csv)
        self.assignments.write_text(record.assignments_csv)
        self.notices.write_text(record.notices_csv)
        self.agencies.add_counts(record.head.doc_id, record.head.city, record.agency_counts)
        self.misses.add_head(record.head)

    def finish(self) -> list[Path]:
        from .describe import write_datapackage

        try:
            agencies = write_csv(self.out_dir / "agencies.csv", AgencyRow, self.agencies.rows())
            misses = self.misses.rows(self.aliases)
            review = write_csv(self.out_dir / "review.csv", ReviewRow, misses)
            self.review_count = len(misses)
        except BaseException:
            self.discard()
            raise
        written = [self.measures.file.commit(), self.assignments.file.commit(), agencies, review,
                   self.notices.file.commit()]
        return written + [write_datapackage(self.out_dir)]

    def discard(self) -> None:
        for csv_file in self._open:
            csv_file.file.discard()


# --- SQLite ------------------------------------------------------------------

class SqliteExporter:
    """Adds each notice to the cumulative, versioned archive (see ``archive.py``).

    Unlike the other exporters this file is not replaced: SQLite's own
    transactions (one per notice, WAL) keep it whole, and old versions stay;
    ``discard`` keeps what was added.
    """

    def __init__(self, out_dir: Path, aliases: Path | None = None) -> None:
        from .archive import open_archive

        self._stack = contextlib.ExitStack()
        self.archive = self._stack.enter_context(open_archive(out_dir))

    def export(self, record: R.NoticeRecord) -> None:
        self.archive.store_record(record)

    def finish(self) -> list[Path]:
        from .describe import write_datasette_metadata

        with self._stack:
            self.archive.refresh_agencies()
            return [self.archive.path, write_datasette_metadata(self.archive.path.parent)]

    def discard(self) -> None:
        self._stack.close()


EXPORTERS: dict[str, type] = {"json": JsonExporter, "csv": CsvExporter, "sqlite": SqliteExporter}


def remove_stale_temp_files(out_dir: Path, formats: Sequence[str]) -> None:
    """Remove the temp files a killed run left for the files of ``formats``
    (the temp names of ``AtomicFile``).  Only while holding the output lock:
    a run killed while it wrote its files as notices came leaves them behind,
    and one killed while it wrote the files that describe them (Datasette's
    metadata.json, the data package) leaves theirs."""
    from .describe import DATAPACKAGE_NAME, DATASETTE_NAME

    targets = [t for name in formats for t in getattr(EXPORTERS[name], "files", ())]
    for target in (*targets, DATASETTE_NAME, DATAPACKAGE_NAME):
        for stale in Path(out_dir).glob(f".{target}.*.tmp"):
            log.info("removing %s, left by a run that did not finish", stale)
            stale.unlink(missing_ok=True)


class Exports:
    """The chosen exporters, fed together one notice at a time.

    Use as a context manager: leaving it without ``finish()`` (an error, or a
    caller that decides the batch must not replace earlier outputs) discards
    every temp file.
    """

    def __init__(self, out_dir: Path, formats: Sequence[str] = tuple(EXPORTERS),
                 aliases: Path | None = None) -> None:
        self.exporters: list = []
        try:
            for name in formats:
                self.exporters.append(EXPORTERS[name](Path(out_dir), aliases))
        except BaseException:
            self.discard()
            raise
        self._done = False

    def export(self, notice: Notice) -> None:
        """Write one notice to every chosen format."""
        self.export_record(R.notice_record(notice))

    def export_record(self, record: R.NoticeRecord) -> None:
        """Write one notice from its record (one the archive stored, say)."""
        for exporter in self.exporters:
            exporter.export(record)

    def finish(self) -> list[Path]:
        """Put every file in place; the paths written, in format order."""
        written: list[Path] = []
        pending = list(self.exporters)
        try:
            while pending:
                written.extend(pending[0].finish())
                pending.pop(0)
        except BaseException:
            for exporter in pending[1:]:
                exporter.discard()
            raise
        finally:
            self._done = True
        return written

    def discard(self) -> None:
        for exporter in self.exporters:
            exporter.discard()
        self._done = True

    def __enter__(self) -> "Exports":
        return self

    def __exit__(self, *exc) -> None:
        if not self._done:
            self.discard()


def export_all(notices: Iterable[Notice], out_dir: Path, formats: Sequence[str] = tuple(EXPORTERS),
               aliases: Path | None = None) -> list[Path]:
    """Run the chosen exporters over ``notices`` (any iterable: read once, never
    held); return the paths written.

    ``aliases`` (the run's user alias file) matters to the CSV exporter only:
    review.csv explains each unresolved name with the resolver the run used.
    """
    with Exports(out_dir, formats, aliases) as exports:
        for notice in notices:
            exports.export(notice)
        return exports.finish()
