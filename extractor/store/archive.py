"""The cumulative, versioned archive: ``output/notices.sqlite``.

Every run adds to it and nothing is ever deleted.  A notice's *identity*
is its doc number - by ``text.doc_number_key``, so ``东府办[2016]23号``
and ``東府辦〔2016〕23號`` are one notice, shown as printed - else its URL,
else its path.  A *version* is a change of content: a file whose notice
says something the latest version does not (``noticejson.content_digest``:
measures, units, metadata) becomes the identity's next version; a file
that says the same (the seed's .html and its .txt copy) is recorded as one
more source of that version (``sources``), and the run says "same content
as version N".  ``doc_id`` stays sha-based, so it names one version.

Tables (the export tables keep their columns, one row set per version;
the others and the migrations of an older archive: ``migrate.py``):

- ``notices``, ``sections``, ``measures``, ``assignments``: the rows of
  ``rows.py``, keyed by doc_id (``notices.version`` numbers the version);
- ``agencies``: one row per agency ever seen; its counts are over the
  latest versions of the notices not retired - what agencies.csv shows -
  kept up to date per notice (a new version takes the old one's counts
  out), written with the notice's rows, so a run never recounts the whole
  archive (``refresh_agencies``);
- ``versions``: doc_id, identity, identity_kind, version, is_latest, sha256,
  size, extracted_at, source_path, source_url, the notice as JSON (so the
  per-run files can be rebuilt from the archive alone) and its content digest;
- ``sources``, ``retired`` (``retire``: hidden from the exports, kept here
  with the reason), ``exported``;
- views ``latest_notices``, ``latest_measures``, ... (retired notices left out).

What is read back (versions, notices rebuilt from their JSON, settings) is
``ArchiveReader``'s (``archiveread.py``); the statements that write the rows
and the agency counts are made in ``schema.py``.

Durability: WAL mode; each notice is stored whole or not at all (a savepoint)
and committed in batches of ``COMMIT_EVERY`` notices or ``COMMIT_SECONDS``
(a run killed midway loses at most the notices since the last commit; the
next run redoes them because their sha256 is not in ``sources``; after a
power loss, at most the last notices committed, for the same reason), and a
lock file (``.lock`` beside the database, ``fcntl.flock``) so two runs on one
output folder never interleave: the second fails at once with a clear message.
A one-process run's archive (``batch``) holds the rows of the notices new to it
and writes them every ``HAND_OVER_EVERY`` notices and at each commit, in a
thread, as one statement a table (rowbatch.py): a notice is still all or
nothing (a batch that fails is rolled back with everything since the last
commit, and the run stops with its error), and nothing else uses the
connection before the batch has gone in (``Archive.con``).

A first run into a folder with no archive builds it aside (``BUILD_SECONDS``):
in ``.notices.sqlite.building``, its journal in memory and nothing fsynced,
put in place whole (fsynced, renamed, then switched to WAL) before the per-run
files are, or after its first minute, whichever comes first.  Until then there
is nothing under the real name; a first run killed (SIGKILL, power loss) before
that leaves only the side file, which the next run removes before it starts
again; one stopped by Ctrl-C or an error that is not SQLite's puts in place
what it stored, as any run keeps what it committed.
"""
from __future__ import annotations

import contextlib
import sqlite3
from itertools import groupby
import time
from pathlib import Path
from typing import Iterator

from . import rows as R
from .archiveread import ArchiveReader
from .database import connect, put_in_place, side_file
from .files import EarlySync, FolderBusy, folder_lock
from .noticejson import content_digest
from .migrate import COUNTS_KEY, COUNTS_LATEST, ensure_schema, recount_agencies, utc_now
from .rowbatch import BatchWriter, RowBatch, json_rows_work, prepare as prepare_batches
from .rowinsert import RowInserter
from .rowtypes import AssignmentRow, MeasureRow, SectionRow, column_names, row_values
from .schema import INSERT_SQL, MERGE_AGENCY_SQL, MERGE_DERIVED_SQL, merge_names
from ..models import ExtractorError, Notice, Source

ARCHIVE_NAME = "notices.sqlite"

#: ``store`` commits after this many notices or seconds, whichever comes first
#: (and ``close`` commits the rest).  Each notice is still all-or-nothing (a
#: savepoint); a commit per notice cost about 0.8 ms of the one writer's time.
#: A run killed between commits loses at most these notices, whose bytes are
#: then not in ``sources``: the next run extracts them again.
COMMIT_EVERY = 64
COMMIT_SECONDS = 2.0
#: ``batch``: the rows held go to the thread that writes them every this many notices (and at
#: each commit): a batch takes the GIL back twice (docs/scale.md, "One process, session
#: 55"), and what is held when the run ends is written while the run waits
HAND_OVER_EVERY = 16
#: A first run into a new archive builds it aside for at most this long (seconds),
#: then puts it in place (``Archive.settle``) and goes on in WAL mode.  Aside,
#: the archive has no journal on disk and no fsync: in WAL mode every page was
#: written twice (WAL, then checkpoint) and fsynced at each checkpoint, about
#: 0.4 s of waiting and 0.25 s of system time per 1,000 bench notices
#: (docs/scale.md, "Writer speed, session 22").  The bound is what a first run
#: killed (not stopped) can lose: a minute of work, then as any run.
BUILD_SECONDS = 60.0
#: columns a notice often leaves empty in every row of a table (most notices print no
#: deadline, nearly none a unit's capacity): written as NULL, not bound, when they are (rowinsert.py)
_EMPTY = {"measures": (("deadline", "deadline_date", "deadline_kind"),), "assignments": (("capacity",),)}
#: columns a notice often fills with one value in every row of a table (a table's measures are
#: read by one parser and print no extra column; nearly every unit is an agency, not a group):
#: bound once a statement when every row holds the same object there (rowinsert.py)
_CONSTANT = {"measures": ("form", "extra"), "assignments": ("kind",)}
#: the rows of a notice's sections, measures and assignments (``_insert_notice_rows``)
_ROWS = {table: RowInserter(table, column_names(row_type), _EMPTY.get(table, ()), _CONSTANT.get(table, ()))
         for table, row_type in (("sections", SectionRow), ("measures", MeasureRow), ("assignments", AssignmentRow))}

#: another run holds the output folder's lock
ArchiveBusy = FolderBusy


#: (identity, kind) of a notice: defined with the rows, as notices.csv shows it per notice
notice_identity = R.notice_identity


def output_lock(out_dir: Path):
    """Hold ``out_dir/.lock`` exclusively; raise ArchiveBusy if another run has it."""
    return folder_lock(out_dir, "run")


class NotArchived(ExtractorError):
    """A notice whose rows the archive refuses; it is left out, the batch goes on."""


class Archive(ArchiveReader):
    """An open archive database (call ``close``, or use ``open_archive``); what
    it reads back is ``ArchiveReader``'s (archiveread.py)."""

    def __init__(self, path: Path, readonly: bool = False, aside: bool = False, batch: bool = False) -> None:
        """``aside``: a caller holding the output lock lets a new archive be built
        aside (``BUILD_SECONDS``), and a side file a killed first run left be removed.
        ``batch``: the rows of notices new to the archive are written at each commit,
        in a thread, while the caller goes on (rowbatch.py; the caller stores from one thread)."""
        self.path = Path(path)
        self._writer = BatchWriter()   # a batch of rows being written (``batch``)
        self._batch: RowBatch | None = None   # the rows of the new notices stored since (``batch``)
        self._uncommitted, self._since = 0, time.monotonic()   # notices stored since the last commit
        self._agency_delta = R.AgencyTally()                    # their agency counts, not yet in ``agencies``
        self._versions: tuple[set[str], set[str]] | None = None  # ``_stored``
        self._retired: set[str] | None = None                    # ``is_retired``
        self._building: Path | None = None                       # the side file, until ``settle``
        self._between = False   # ``settle`` has closed the side file and not yet reopened the archive
        self._opened = time.monotonic()
        self._early = EarlySync()   # the side file written out between commits (``store_record``)
        if readonly:  # as an ArchiveReader: no lock, no write
            ArchiveReader.__init__(self, path)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if aside:
            self._building = side_file(self.path)
        self.con = self._connect()
        with self.con:
            # one transaction (SQLite's DDL is transactional, but Python's sqlite3 opens
            # none before CREATE/ALTER): a run killed while creating or migrating the
            # schema leaves the archive as it was, not half its tables or columns
            self.con.execute("BEGIN IMMEDIATE")
            ensure_schema(self.con)
            if not self.con.execute("SELECT 1 FROM agencies UNION ALL SELECT 1 FROM assignments "
                                    "LIMIT 1").fetchone():
                # nothing to recount: counts are per notice from the first one
                self.con.execute("INSERT OR IGNORE INTO archive_settings VALUES (?, ?)",
                                 (COUNTS_KEY, COUNTS_LATEST))
        if batch and json_rows_work(self.con):
            prepare_batches(self._con)
            self._batch = RowBatch()

    @property
    def con(self) -> sqlite3.Connection:
        """The connection, with every notice stored so far in its tables: a batch being
        written waited for, the rows held written (``batch``)."""
        if self._writer.busy or (self._batch is not None and self._batch.count):
            self._write_rows()
        return self._con

    @con.setter
    def con(self, con: sqlite3.Connection) -> None:
        self._con = con

    def _write_rows(self) -> None:
        """Wait for the batch being written, then write the rows held, here."""
        self._wait_writer()
        try:
            if self._batch is not None and self._batch.count:
                batch, self._batch = self._batch, RowBatch()
                if not self._con.in_transaction:
                    self._con.execute("BEGIN")
                batch.write(self._con)
        except BaseException:
            self._discard_uncommitted()
            raise

    def _hand_over(self, commit: bool) -> None:
        """Start writing the rows held in the thread (the batch before waited for), and
        committing them with their agency counts (``commit``)."""
        self._wait_writer()
        con, batch, self._batch = self._con, self._batch, RowBatch()
        if not con.in_transaction:
            con.execute("BEGIN")
        if commit and self._agency_delta:   # (in the transaction that writes their rows)
            self._merge_agencies(con)
        self._writer.start(con, batch, con.commit if commit else None)

    def _wait_writer(self) -> None:
        """Wait for the batch being written; if it failed, discard what is not
        committed and raise its error."""
        self._writer.wait()
        error = self._writer.take_error()
        if error is not None:
            self._discard_uncommitted()
            raise error

    def _discard_uncommitted(self) -> None:
        """After a batch failed: nothing since the last commit is kept (rolled back, not
        held), as a run killed then keeps nothing since; the next run extracts it again."""
        self._batch = None if self._batch is None else RowBatch()
        self._agency_delta = R.AgencyTally()
        self._versions = None   # (read again: the notices rolled back are not stored)
        with contextlib.suppress(sqlite3.Error):
            self._con.rollback()

    def settle(self) -> None:
        """Put an archive built aside in place: commit, fsync the side file, rename
        it to the archive's name (atomic; the folder fsynced too) and go on with it
        in WAL mode.  Nothing to do for an archive opened in place."""
        if self._building is None:
            return
        self.commit()
        self.con.close()
        self._between = True
        self._put_side_in_place()
        self.con = self._connect()
        self._between = False

    def _put_side_in_place(self) -> None:
        """The side file, committed and closed, under the archive's name."""
        self._early.wait()
        put_in_place(self._building, self.path)
        self._building = None

    def _connect(self) -> sqlite3.Connection:
        con = connect(self._building or self.path, aside=self._building is not None)
        con.create_function("merge_names", 2, merge_names, deterministic=True)
        if self._batch is not None:
            prepare_batches(con)
        return con

    def close(self, keep: bool = True) -> None:
        """Commit the notices stored since the last commit, and close.  An archive
        built aside is put in place, unless ``keep`` is false (SQLite itself failed:
        the side file may not be whole) or putting it in place fails: then the side
        file is removed, and the next run starts again."""
        try:
            if self._between:
                # Ctrl-C (or a failure) inside ``settle``: the side file was committed
                # and closed whole, so it still goes in place unless SQLite failed
                self._finish_settle(keep)
            elif keep or not self._building:
                if self.con.in_transaction:
                    self.commit()
                self.settle()
        finally:
            self.con.close()
            self._early.wait()
            if self._building:
                self._building.unlink(missing_ok=True)

    def _finish_settle(self, keep: bool) -> None:
        """The rest of a ``settle`` cut short after it closed the side file."""
        self._between = False
        if keep and self._building and self._building.exists():
            self._put_side_in_place()

    def commit(self) -> None:
        """Make the notices stored so far durable (``store`` commits in batches),
        with their counts in ``agencies``.  Under ``batch`` the rows held are written and
        committed in a thread (``BatchWriter``), and this returns at once."""
        if self._batch is not None and (self._batch.count or self._writer.busy):
            self._hand_over(commit=True)
        else:
            self._flush_agencies()
            self.con.commit()
        self._uncommitted, self._since = 0, time.monotonic()

    def _flush_agencies(self) -> None:
        """Add the counts and spellings of the notices stored since the last flush
        to ``agencies``: one upsert per agency a batch, not one per agency a
        notice (about 1 ms a notice).  Always in the transaction that holds those
        notices' rows, so committed counts agree with committed assignments."""
        if self._agency_delta:
            self._merge_agencies(self.con)

    def _merge_agencies(self, con: sqlite3.Connection) -> None:
        from ..agencies.registry import default_registry

        listed = default_registry().agencies
        # in the order the stream first showed each agency, one statement for each run of listed or
        # derived ones: an agency new to the archive is inserted in the batch that first shows it, so
        # its rowid follows its first notice, wherever the commit clock cut the batches (sorted by
        # count, or listed ones before derived ones, two runs of one input stored them in two orders)
        for derived, run in groupby(self._agency_delta.rows_as_seen(), lambda a: a.agency_id not in listed):
            con.executemany(MERGE_DERIVED_SQL if derived else MERGE_AGENCY_SQL, [row_values(a) for a in run])
        self._agency_delta = R.AgencyTally()

    def set_setting(self, key: str, value: str) -> None:
        self._flush_agencies()   # this commits what is pending: with its counts
        with self.con:
            self.con.execute("INSERT OR REPLACE INTO archive_settings VALUES (?, ?)", (key, value))

    def add_notice(self, notice: Notice, extracted_at: str | None = None) -> tuple[str, Notice]:
        """Store one notice, whole or not at all; return (status, notice with its version).

        status is "new" (a first version), "changed" (a next version),
        "same" (the latest version says the same: these bytes were recorded
        as one more source of it, the notice returned has its version) or
        "unchanged" (these bytes were archived already: their rows are
        re-extracted in place, which is what ``--full`` wants).
        """
        status, record = self.store(notice, extracted_at)
        return status, record.notice

    def store(self, notice: Notice, extracted_at: str | None = None) -> tuple[str, R.NoticeRecord]:
        """``add_notice``, returning the notice's rows and JSON as stored (with its
        version), so the per-run files can be written from the same values."""
        return self.store_record(R.notice_record(notice), extracted_at)

    def store_record(self, record: R.NoticeRecord, extracted_at: str | None = None) -> tuple[str, R.NoticeRecord]:
        """``store`` from a record already built (by a ``--jobs`` worker, before
        the version was known); returns it with its version."""
        held = self._batch is not None and self._hold(record, extracted_at)
        if held:
            status, record = held
        else:
            status, record = self._store_now(record, extracted_at)
        self._uncommitted += 1
        if self._uncommitted >= COMMIT_EVERY or time.monotonic() - self._since >= COMMIT_SECONDS:
            self.commit()
            if self._building and time.monotonic() - self._opened >= BUILD_SECONDS:
                self.settle()
            elif self._building:   # its fsync in ``settle`` then finds little left to write
                self._early.start([self._building])
        elif held and self._batch.count >= HAND_OVER_EVERY:   # (a commit hands over what is held)
            self._hand_over(commit=False)
        return status, record

    def _hold(self, record: R.NoticeRecord, extracted_at: str | None) -> tuple[str, R.NoticeRecord] | None:
        """Store a notice the archive never saw (neither its bytes nor its identity) into the
        batch (``batch``, rowbatch.py): as ``_place`` stores it, rows written at the commit.
        None for any other notice, or one whose rows go in one by one."""
        head = record.head
        identity, kind = head.identity
        doc_ids, identities = self._stored()
        if head.doc_id in doc_ids or identity in identities:
            return None
        retired = self.is_retired(identity)   # (read once, before any row is held)
        record = R.with_version(record, 1)
        if not self._batch.add(record, identity, kind, extracted_at or utc_now()):
            return None
        if not retired:
            self._agency_delta.add_counts(head.doc_id, head.city, record.agency_counts)
        doc_ids.add(head.doc_id)
        identities.add(identity)
        return "new", record

    def _store_now(self, record: R.NoticeRecord, extracted_at: str | None) -> tuple[str, R.NoticeRecord]:
        """Store a notice's rows now, in a savepoint of its own."""
        head = record.head
        if head.doc_id in self._agency_delta:
            # the same bytes again within one batch: the rows about to be replaced
            # must be counted in ``agencies`` before their counts are taken out
            self._flush_agencies()
        try:
            with self._notice_savepoint():
                status, record = self._place(record, extracted_at or utc_now())
        except sqlite3.IntegrityError as exc:
            # rows the schema refuses (a parser bug on an unusual page): this notice is
            # rolled back alone and reported; the batch goes on
            raise NotArchived(f"cannot be archived ({exc})") from None
        return status, record

    def _place(self, record: R.NoticeRecord, extracted_at: str) -> tuple[str, R.NoticeRecord]:
        """Store one notice as a version, a source of the latest one, or in place."""
        head = record.head
        identity, kind = head.identity
        doc_ids, identities = self._stored()
        old = self.con.execute("SELECT identity, version, is_latest FROM versions WHERE doc_id = ?",
                               (head.doc_id,)).fetchone() if head.doc_id in doc_ids else None
        if old is not None:   # the same bytes again (--full): the version stays, its rows are redone
            identity, version, was_latest = old
            if was_latest:
                self._uncount_agencies(head.doc_id, identity)
            self._delete_rows(head.doc_id)
            status = "unchanged"
        elif identity not in identities:   # a notice the archive never saw: its first version
            version, status = 1, "new"
        else:
            latest = self.con.execute("SELECT doc_id, version, content_sha256, notice_json FROM versions "
                                      "WHERE identity = ? AND is_latest = 1", (identity,)).fetchone()
            if latest is not None and self._content_of(latest[0], latest[2], latest[3]) == record.content:
                known = self.source_doc(head.source.sha256) == latest[0]
                self._add_source(latest[0], head.source, extracted_at)
                return ("unchanged" if known else "same"), R.with_version(record, latest[1])
            version = 1 + (self.con.execute("SELECT MAX(version) FROM versions WHERE identity = ?",
                                            (identity,)).fetchone()[0] or 0)
            status = "new" if version == 1 else "changed"
            if latest is not None:
                self._uncount_agencies(latest[0], identity)
        record = R.with_version(record, version)
        self._insert_notice_rows(record)
        if self._record_version(record, identity, kind, extracted_at, status) and not self.is_retired(identity):
            self._agency_delta.add_counts(head.doc_id, head.city, record.agency_counts)
        self._add_source(head.doc_id, head.source, extracted_at)
        doc_ids.add(head.doc_id)
        identities.add(identity)
        return status, record

    def _stored(self) -> tuple[set[str], set[str]]:
        """The doc_ids and identities ``versions`` holds, read once (then kept up to
        date by ``_place``, under the output lock): a notice the archive never saw,
        as every notice of a first run, is stored without a lookup."""
        if self._versions is None:
            self._versions = (set(), set())
            for doc_id, identity in self.con.execute("SELECT doc_id, identity FROM versions"):
                self._versions[0].add(doc_id)
                self._versions[1].add(identity)
        return self._versions

    def _content_of(self, doc_id: str, digest: str | None, text: str | None) -> str | None:
        """A version's content digest (computed and kept the first time it is needed
        for a version an older release wrote)."""
        if digest is None and text is not None:
            digest = content_digest(text)
            self.con.execute("UPDATE versions SET content_sha256 = ? WHERE doc_id = ?", (digest, doc_id))
        return digest

    def _add_source(self, doc_id: str, source: Source, at: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO sources (sha256, doc_id, path, url, size, added_at) "
                         "VALUES (?,?,?,?,?,?)", (source.sha256, doc_id, source.path, source.url, source.size, at))

    @contextlib.contextmanager
    def _notice_savepoint(self) -> Iterator[None]:
        """All of one notice, or none of it: a savepoint inside the batch's
        transaction, rolled back alone if storing the notice fails."""
        if not self.con.in_transaction:
            self.con.execute("BEGIN")
        self.con.execute("SAVEPOINT notice")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK TO notice")
            self.con.execute("RELEASE notice")
            raise
        self.con.execute("RELEASE notice")

    def _delete_rows(self, doc_id: str) -> None:
        for table in ("versions", "assignments", "measures", "sections", "notices"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def _uncount_agencies(self, doc_id: str, identity: str) -> None:
        """Take the counts of a latest version's assignment rows out of ``agencies``
        (it is being replaced, superseded or retired); a retired notice's were
        taken out when it was retired."""
        if self.is_retired(identity):
            return
        self._flush_agencies()   # its counts may still be pending
        counts = self.con.execute(
            "SELECT sum(role = 'lead'), sum(role = 'support'), agency_id FROM assignments "
            "WHERE doc_id = ? AND agency_id IS NOT NULL GROUP BY agency_id", (doc_id,)).fetchall()
        self.con.executemany("UPDATE agencies SET lead_count = lead_count - ?, support_count = support_count - ?, "
                             "notice_count = notice_count - 1 WHERE agency_id = ?", counts)

    def _insert_notice_rows(self, record: R.NoticeRecord) -> None:
        self.con.execute(INSERT_SQL["notices"], record.notice_row)
        # several rows a statement, the notice's own values bound once (rowinsert.py)
        _ROWS["sections"].insert(self.con, record.sections)
        _ROWS["measures"].insert(self.con, record.measures)
        _ROWS["assignments"].insert(self.con, record.assignments)

    def _record_version(self, record: R.NoticeRecord, identity: str, kind: str, extracted_at: str,
                        status: str) -> bool:
        """Insert the version's row; True when it is the identity's latest."""
        head = record.head
        newer = None   # a new or changed notice is its identity's highest version
        if status != "new":   # a first version has no older ones to mark
            self.con.execute("UPDATE versions SET is_latest = 0 WHERE identity = ? AND version < ?",
                             (identity, head.version))
        if status == "unchanged":   # the same bytes again, re-extracted in place
            newer = self.con.execute("SELECT 1 FROM versions WHERE identity = ? AND version > ?",
                                     (identity, head.version)).fetchone()
        self.con.execute(
            "INSERT INTO versions (doc_id, identity, identity_kind, version, is_latest, sha256, size, "
            # the record's JSON is UTF-8 bytes: CAST keeps the column TEXT (no decode in Python)
            "extracted_at, source_path, source_url, notice_json, content_sha256) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,CAST(? AS TEXT),?)",
            (head.doc_id, identity, kind, head.version, 0 if newer else 1, head.source.sha256,
             head.source.size, extracted_at, head.source.path, head.source.url, record.json,
             record.content or None))
        return not newer

    def retire(self, key: str, reason: str) -> str:
        """Hide the notice named by ``key`` (doc_id, doc number, URL or path) from
        the exports; every version stays, with the reason.  Returns its identity."""
        identity = self.identity_for(key)
        if identity is None:
            raise ExtractorError(f"{key}: no such notice in {self.path}")
        latest = self.con.execute("SELECT doc_id FROM versions WHERE identity = ? AND is_latest = 1",
                                  (identity,)).fetchone()
        if latest is not None:
            self._uncount_agencies(latest[0], identity)
        self.con.execute("INSERT OR REPLACE INTO retired (identity, reason, retired_at) VALUES (?, ?, ?)",
                         (identity, reason, utc_now()))
        if self._retired is not None:
            self._retired.add(identity)
        self.commit()
        return identity

    def refresh_agencies(self, full: bool = False) -> None:
        """Make the agencies table agree with the latest versions' ``assignments``
        (what agencies.csv shows); nothing is deleted.

        ``store`` keeps the counts with the notices (written with each batch
        of them, ``_flush_agencies``), so this is a no-op for an archive
        written that way.  It recounts every agency (one grouped scan of the
        assignments, growing with the archive) only for an archive whose
        counts predate that (an older release counted every version, or
        recounted at the end of each run and was killed before it), or when
        ``full``; then it marks the archive as counted per notice.
        """
        self._flush_agencies()
        if not full and self.get_setting(COUNTS_KEY) == COUNTS_LATEST:
            return
        with self.con:
            recount_agencies(self.con)


@contextlib.contextmanager
def open_archive(out_dir: Path, lock: bool = True, batch: bool = False) -> Iterator[Archive]:
    """The archive in ``out_dir``, under the output lock (``batch``: see ``Archive``)."""
    with contextlib.ExitStack() as stack:
        if lock:
            stack.enter_context(output_lock(out_dir))
        archive = Archive(Path(out_dir) / ARCHIVE_NAME, aside=lock, batch=batch)
        try:
            yield archive
        except sqlite3.Error:   # SQLite itself failed: an archive built aside is not put in place
            archive.close(keep=False)
            raise
        except BaseException:
            archive.close()
            raise
        archive.close()
