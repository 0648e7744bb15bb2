"""The cumulative, versioned archive: ``output/notices.sqlite``.

Every run adds to it and nothing is ever deleted.  A notice's *identity*
is its doc_number, else its URL, else its path; new content (a new sha256)
for an identity becomes its next version beside the old ones.  ``doc_id``
stays sha-based, so it names one version.

Tables (the export tables keep their columns, one row set per version):

- ``notices``, ``sections``, ``measures``, ``assignments``: the rows of
  ``rows.py``, keyed by doc_id (``notices.version`` numbers the version);
- ``agencies``: one row per agency ever seen; counts over all the versions in
  ``assignments`` (as agencies.csv counts with ``--all-versions``), kept
  up to date per notice, written with the notice's rows, so a run never
  recounts the whole archive (``refresh_agencies``);
- ``versions``: doc_id, identity, identity_kind, version, is_latest, sha256,
  size, extracted_at, source_path, source_url and the notice as JSON (so the
  per-run files can be rebuilt from the archive alone);
- views ``latest_notices``, ``latest_measures``, ``latest_assignments``.

Durability: WAL mode; each notice is stored whole or not at all (a savepoint)
and committed in batches of ``COMMIT_EVERY`` notices or ``COMMIT_SECONDS``
(a run killed midway loses at most the notices since the last commit; the
next run redoes them because their sha256 is not in ``versions``; after a
power loss, at most the last notices committed, for the same reason), and a
lock file (``.lock`` beside the database, ``fcntl.flock``) so two runs on one
output folder never interleave: the second fails at once with a clear message.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from . import rows as R
from .files import FolderBusy, folder_lock
from .schema import sql_type, create_table_sql
from ..models import AgencyRef, ExtractorError, Measure, Notice, Section, Source, SourceFile

log = logging.getLogger(__name__)

ARCHIVE_NAME = "notices.sqlite"

_VERSIONS_SQL = """CREATE TABLE IF NOT EXISTS versions (
  doc_id TEXT PRIMARY KEY REFERENCES notices(doc_id),
  identity TEXT NOT NULL,
  identity_kind TEXT NOT NULL,      -- doc_number | url | path
  version INTEGER NOT NULL,
  is_latest INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER,
  extracted_at TEXT NOT NULL,       -- ISO 8601, UTC
  source_path TEXT,
  source_url TEXT,
  notice_json TEXT,                 -- Notice.as_dict(); NULL for rows that predate the archive
  UNIQUE (identity, version)
)"""
_SETTINGS_SQL = "CREATE TABLE IF NOT EXISTS archive_settings (key TEXT PRIMARY KEY, value TEXT)"
#: ``store`` commits after this many notices or seconds, whichever comes first
#: (and ``close`` commits the rest).  Each notice is still all-or-nothing (a
#: savepoint); a commit per notice cost about 0.8 ms of the one writer's time.
#: A run killed between commits loses at most these notices, whose bytes are
#: then not in ``versions``: the next run extracts them again.
COMMIT_EVERY = 64
COMMIT_SECONDS = 2.0
#: the writer's SQLite page cache, KiB (``PRAGMA cache_size``)
CACHE_KIB = 16 * 1024
#: archive_settings key, set once the agencies counts are kept per notice (see ``refresh_agencies``)
COUNTS_KEY = "agency_counts"
COUNTS_PER_NOTICE = "per-notice"
_INDEXES = ("CREATE INDEX IF NOT EXISTS versions_sha256 ON versions(sha256)",
            "CREATE INDEX IF NOT EXISTS versions_identity ON versions(identity, is_latest)")
_VIEWS = {
    name: f"CREATE VIEW IF NOT EXISTS latest_{name} AS SELECT t.* FROM {name} t "
          "JOIN versions v ON v.doc_id = t.doc_id WHERE v.is_latest = 1"
    for name in ("notices", "sections", "measures", "assignments")
}
#: notices.csv's columns (``rows.NoticeListRow``) over the archive: ``notice_list`` every
#: version, ``latest_notice_list`` the latest ones
_NOTICE_LIST_SELECT = (
    "SELECT n.doc_id, v.identity, n.version, n.doc_number, n.title, n.issuer, n.city, n.date, "
    "CAST(substr(n.date, 1, 4) AS INTEGER) AS year, n.measure_count, n.source_url AS url, "
    "n.source_path AS path, n.sha256 FROM {notices} n JOIN versions v ON v.doc_id = n.doc_id")
_VIEWS["notice_list"] = ("CREATE VIEW IF NOT EXISTS notice_list AS "
                         + _NOTICE_LIST_SELECT.format(notices="notices"))
_VIEWS["latest_notice_list"] = ("CREATE VIEW IF NOT EXISTS latest_notice_list AS "
                                + _NOTICE_LIST_SELECT.format(notices="latest_notices"))
#: INSERT of one row per table of a notice's rows
_INSERT_SQL = {
    table: f"INSERT INTO {table} ({', '.join(R.column_names(row_type))}) "
           f"VALUES ({', '.join('?' for _ in R.column_names(row_type))})"
    for table, row_type in (("notices", R.NoticeRow), ("sections", R.SectionRow),
                            ("measures", R.MeasureRow), ("assignments", R.AssignmentRow))
}


def _shown(all_versions: bool) -> str:
    """The WHERE clause of the versions the per-run files show."""
    return "WHERE 1" if all_versions else "WHERE is_latest = 1"


#: another run holds the output folder's lock
ArchiveBusy = FolderBusy


@dataclass(frozen=True)
class VersionInfo:
    """One version of a notice, as recorded in ``versions``."""

    doc_id: str
    identity: str
    identity_kind: str
    version: int
    is_latest: bool
    sha256: str
    extracted_at: str
    source_path: str | None
    source_url: str | None


#: (identity, kind) of a notice: defined with the rows, as notices.csv shows it per notice
notice_identity = R.notice_identity


def output_lock(out_dir: Path):
    """Hold ``out_dir/.lock`` exclusively; raise ArchiveBusy if another run has it."""
    return folder_lock(out_dir, "run")


class NotArchived(ExtractorError):
    """A notice whose rows the archive refuses; it is left out, the batch goes on."""


class Archive:
    """An open archive database (call ``close``, or use ``open_archive``)."""

    def __init__(self, path: Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self._uncommitted, self._since = 0, time.monotonic()   # notices stored since the last commit
        self._agency_delta = R.AgencyTally()                    # their agency counts, not yet in ``agencies``
        if readonly:  # readers (diff) need no lock: WAL lets them read beside a writing run
            self.con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = sqlite3.connect(self.path, timeout=30)
        self.con.execute("PRAGMA journal_mode = WAL")
        # NORMAL, not FULL: in WAL mode a commit is then written to the WAL but
        # not fsynced (the WAL is synced at checkpoints).  A commit still survives
        # the process being killed (SIGKILL, a crash: the OS has the pages), and
        # after a power loss the database is consistent, only the last notices
        # committed may be gone; their sha256 is then not in ``versions``, so the
        # next run extracts them again.  FULL cost an fsync per notice, the largest
        # part of the one writer's time.
        self.con.execute("PRAGMA synchronous = NORMAL")
        # up to 16 MB of page cache (taken as used), not SQLite's default 2 MB: the
        # primary-key indexes take random doc_id keys, and with 2 MB their pages were
        # read back and written out again and again (1,000 bench notices: 54,000
        # page reads and 186,000 writes; 8 MB or more: 25,000-27,000 and 123,000).
        # 64 MB wrote no less and doubled the peak RSS of a 1,000-notice run.
        self.con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # Foreign keys are declared (for readers and ``PRAGMA foreign_key_check``)
        # but not enforced while writing: the rows of a notice are built to
        # satisfy them (assignments of its own measures; every agency id in the
        # batch's agency upsert, in the same transaction), tests check them after
        # every kind of run, and enforcing them cost a fifth of the archive's
        # writing time (a parent lookup per row, ~0.5 s per 1,000 notices).
        self.con.execute("PRAGMA foreign_keys = OFF")
        self.con.create_function("merge_names", 2, merge_names, deterministic=True)
        with self.con:
            ensure_schema(self.con)
            if not self.con.execute("SELECT 1 FROM agencies UNION ALL SELECT 1 FROM assignments "
                                    "LIMIT 1").fetchone():
                # nothing to recount: counts are per notice from the first one
                self.con.execute("INSERT OR IGNORE INTO archive_settings VALUES (?, ?)",
                                 (COUNTS_KEY, COUNTS_PER_NOTICE))

    def close(self) -> None:
        """Commit the notices stored since the last commit, and close."""
        try:
            if self.con.in_transaction:
                self.commit()
        finally:
            self.con.close()

    def commit(self) -> None:
        """Make the notices stored so far durable (``store`` commits in batches),
        with their counts in ``agencies``."""
        self._flush_agencies()
        self.con.commit()
        self._uncommitted, self._since = 0, time.monotonic()

    def _flush_agencies(self) -> None:
        """Add the counts and spellings of the notices stored since the last flush
        to ``agencies``: one upsert per agency a batch, not one per agency a
        notice (about 1 ms a notice).  Always in the transaction that holds those
        notices' rows, so committed counts agree with committed assignments."""
        if self._agency_delta:
            self.con.executemany(_MERGE_AGENCY_SQL, [R.row_values(a) for a in self._agency_delta.rows()])
            self._agency_delta = R.AgencyTally()

    # --- reading --------------------------------------------------------

    def has_sha(self, sha256: str) -> bool:
        """True when some version holds exactly these bytes."""
        return self.con.execute("SELECT 1 FROM versions WHERE sha256 = ? AND notice_json IS NOT NULL",
                                (sha256,)).fetchone() is not None

    def notice_for_sha(self, sha256: str) -> Notice | None:
        """The archived notice extracted from these bytes, if any."""
        row = self.con.execute("SELECT notice_json, version FROM versions WHERE sha256 = ? "
                               "AND notice_json IS NOT NULL ORDER BY version DESC", (sha256,)).fetchone()
        return notice_from_json(row[0], row[1]) if row else None

    def summary_for_sha(self, sha256: str) -> tuple[int, int, set[str]] | None:
        """(measures, assignments, unresolved names) of the archived notice extracted
        from these bytes, if any: what a run's summary counts, read from its rows
        rather than by rebuilding the notice."""
        row = self.con.execute("SELECT doc_id FROM versions WHERE sha256 = ? AND notice_json IS NOT NULL "
                               "ORDER BY version DESC", (sha256,)).fetchone()
        if row is None:
            return None
        measures = self.con.execute("SELECT count(*) FROM measures WHERE doc_id = ?", row).fetchone()[0]
        assignments = self.con.execute("SELECT count(*) FROM assignments WHERE doc_id = ?", row).fetchone()[0]
        unresolved = {r[0] for r in self.con.execute(
            "SELECT DISTINCT name FROM assignments WHERE doc_id = ? AND match = 'unresolved'", row)}
        return measures, assignments, unresolved

    def is_empty(self) -> bool:
        """True when no version has been stored yet."""
        return self.con.execute("SELECT 1 FROM versions LIMIT 1").fetchone() is None

    def shown_doc_ids(self, all_versions: bool = False) -> Iterator[str]:
        """The doc_ids ``iter_notices`` yields, in its order, without rebuilding them."""
        for (doc_id,) in self.con.execute(f"SELECT doc_id FROM versions {_shown(all_versions)} "
                                          "AND notice_json IS NOT NULL ORDER BY rowid"):
            yield doc_id

    def iter_notices(self, all_versions: bool = False) -> Iterator[Notice]:
        """The latest version of every notice (or every version), oldest identity
        first, rebuilt one at a time from a cursor: memory does not grow with the
        archive.  Do not write to the archive while iterating."""
        cur = self.con.execute(f"SELECT doc_id, notice_json, version FROM versions {_shown(all_versions)} "
                               "ORDER BY rowid")
        for doc_id, text, version in cur:
            if text is None:
                log.warning("%s: predates the versioned archive; run with --full to rebuild it", doc_id)
                continue
            yield notice_from_json(text, version)

    def load_notices(self, all_versions: bool = False) -> list[Notice]:
        """``iter_notices`` as a list (small archives: tests, tools)."""
        return list(self.iter_notices(all_versions))

    def versions(self, key: str) -> list[VersionInfo]:
        """All versions of the notice named by a doc_id, doc_number or identity, oldest first."""
        row = self.con.execute("SELECT identity FROM versions WHERE doc_id = ? OR identity = ? LIMIT 1",
                               (key, key)).fetchone()
        if row is None:
            return []
        cur = self.con.execute(
            "SELECT doc_id, identity, identity_kind, version, is_latest, sha256, extracted_at, "
            "source_path, source_url FROM versions WHERE identity = ? ORDER BY version", (row[0],))
        return [VersionInfo(*r[:4], bool(r[4]), *r[5:]) for r in cur]

    def load_version(self, doc_id: str) -> Notice:
        """One archived version by doc_id."""
        row = self.con.execute("SELECT notice_json, version FROM versions WHERE doc_id = ?",
                               (doc_id,)).fetchone()
        if row is None or row[0] is None:
            raise ExtractorError(f"{doc_id}: no such version in {self.path}")
        return notice_from_json(row[0], row[1])

    def get_setting(self, key: str) -> str | None:
        """A value the archive keeps about itself (e.g. the resolution fingerprint)."""
        row = self.con.execute("SELECT value FROM archive_settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # --- writing --------------------------------------------------------

    def set_setting(self, key: str, value: str) -> None:
        self._flush_agencies()   # this commits what is pending: with its counts
        with self.con:
            self.con.execute("INSERT OR REPLACE INTO archive_settings VALUES (?, ?)", (key, value))

    def add_notice(self, notice: Notice, extracted_at: str | None = None) -> tuple[str, Notice]:
        """Store one notice, whole or not at all; return (status, notice with its version).

        status is "new" (a first version), "changed" (a next version) or
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
        head = record.head
        identity, kind = notice_identity(head)
        if head.doc_id in self._agency_delta:
            # the same bytes again within one batch: the rows about to be replaced
            # must be counted in ``agencies`` before their counts are taken out
            self._flush_agencies()
        try:
            with self._notice_savepoint():
                old = self.con.execute("SELECT identity, version FROM versions WHERE doc_id = ?",
                                       (head.doc_id,)).fetchone()
                if old is not None:
                    version = old[1]
                    self._delete_rows(head.doc_id)
                    status, identity = "unchanged", old[0]
                else:
                    last = self.con.execute("SELECT MAX(version) FROM versions WHERE identity = ?",
                                            (identity,)).fetchone()[0]
                    version = (last or 0) + 1
                    status = "changed" if last else "new"
                record = R.with_version(record, version)
                self._insert_notice_rows(record)
                self._record_version(record, identity, kind, extracted_at or utc_now(), status)
        except sqlite3.IntegrityError as exc:
            # rows the schema refuses (a parser bug on an unusual page): this notice is
            # rolled back alone and reported; the batch goes on
            raise NotArchived(f"cannot be archived ({exc})") from None
        self._agency_delta.add_counts(head.doc_id, head.city, record.agency_counts)
        self._uncommitted += 1
        if self._uncommitted >= COMMIT_EVERY or time.monotonic() - self._since >= COMMIT_SECONDS:
            self.commit()
        return status, record

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
        # only when the same bytes are extracted again (--full): the version stays, its rows are redone
        self._uncount_agencies(doc_id)
        for table in ("versions", "assignments", "measures", "sections", "notices"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def _uncount_agencies(self, doc_id: str) -> None:
        """Take the counts of one notice's assignment rows out of ``agencies``
        (before those rows are replaced)."""
        counts = self.con.execute(
            "SELECT sum(role = 'lead'), sum(role = 'support'), agency_id FROM assignments "
            "WHERE doc_id = ? AND agency_id IS NOT NULL GROUP BY agency_id", (doc_id,)).fetchall()
        self.con.executemany("UPDATE agencies SET lead_count = lead_count - ?, support_count = support_count - ?, "
                             "notice_count = notice_count - 1 WHERE agency_id = ?", counts)

    def _insert_notice_rows(self, record: R.NoticeRecord) -> None:
        self.con.execute(_INSERT_SQL["notices"], record.notice_row)
        # the record's rows are plain tuples: sqlite3 binds a named tuple's items
        # through the sequence protocol, a quarter more instructions for the insert
        self.con.executemany(_INSERT_SQL["sections"], record.sections)
        self.con.executemany(_INSERT_SQL["measures"], record.measures)
        self.con.executemany(_INSERT_SQL["assignments"], record.assignments)

    def _record_version(self, record: R.NoticeRecord, identity: str, kind: str, extracted_at: str,
                        status: str) -> None:
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
            "extracted_at, source_path, source_url, notice_json) VALUES (?,?,?,?,?,?,?,?,?,?,CAST(? AS TEXT))",
            (head.doc_id, identity, kind, head.version, 0 if newer else 1, head.source.sha256,
             head.source.size, extracted_at, head.source.path, head.source.url, record.json))

    def refresh_agencies(self, full: bool = False) -> None:
        """Make the agencies table agree with the ``assignments`` rows beside it
        (all versions); nothing is deleted.

        ``add_notice`` keeps the counts with the notices (written with each
        batch of them, ``_flush_agencies``), so this is a no-op for an archive
        written that way.  It recounts every
        agency (a scan of every assignment, growing with the archive) only for
        an archive whose counts predate that (an older release recounted at the
        end of each run, and a run killed before the end left them stale), or
        when ``full``; then it marks the archive as counted per notice.
        """
        self._flush_agencies()
        if not full and self.get_setting(COUNTS_KEY) == COUNTS_PER_NOTICE:
            return
        with self.con:
            self.con.execute(_RECOUNT_SQL)
            _fill_registry_columns(self.con)
            self.con.execute("INSERT OR REPLACE INTO archive_settings VALUES (?, ?)",
                             (COUNTS_KEY, COUNTS_PER_NOTICE))


def _fill_registry_columns(con: sqlite3.Connection) -> None:
    """Rows written before agencies had registry columns get them (city is never
    NULL for a row written since, unless its notice had no city)."""
    legacy = con.execute(
        "SELECT g.agency_id, g.resolved, g.canonical, (SELECT n.city FROM assignments a JOIN notices n "
        "ON n.doc_id = a.doc_id WHERE a.agency_id = g.agency_id LIMIT 1) "
        "FROM agencies g WHERE g.city IS NULL").fetchall()
    sets = ", ".join(f"{c} = ?" for c in R.REGISTRY_COLUMNS)
    for agency_id, resolved, canonical, city in legacy:
        values = R.registry_fields(agency_id, bool(resolved), canonical, city)
        con.execute(f"UPDATE agencies SET {sets} WHERE agency_id = ?",
                    (*(values[c] for c in R.REGISTRY_COLUMNS), agency_id))


_RECOUNT_SQL = """UPDATE agencies SET
  lead_count = (SELECT count(*) FROM assignments a WHERE a.agency_id = agencies.agency_id AND a.role = 'lead'),
  support_count = (SELECT count(*) FROM assignments a
                   WHERE a.agency_id = agencies.agency_id AND a.role = 'support'),
  notice_count = (SELECT count(DISTINCT doc_id) FROM assignments a WHERE a.agency_id = agencies.agency_id)"""


def merge_names(old: str | None, new: str) -> str:
    """An agency's spellings: those it had, then the new ones (SQL ``merge_names``)."""
    names = old.split(R.JOINER) if old else []
    names += [n for n in new.split(R.JOINER) if n not in names]
    return R.JOINER.join(names)


def _merge_agency_sql() -> str:
    """Insert an agency, or add this notice's spellings and counts to its row.

    The registry columns are rewritten from the current registry, so rows of
    an older archive (NULL in columns added since) and edited entries catch up;
    an unresolved name seen in a notice without a city keeps the city an
    earlier notice gave it (what the recount used to fill in).  One statement
    for all the agencies of a notice (``executemany``), not a SELECT and an
    UPDATE each.
    """
    names = R.column_names(R.AgencyRow)
    counts = ("lead_count", "support_count", "notice_count")
    sets = ["names = merge_names(names, excluded.names)"]
    sets += [f"{c} = coalesce({c}, 0) + excluded.{c}" for c in counts]
    sets += [f"{c} = coalesce(excluded.{c}, {c})" if c == "city" else f"{c} = excluded.{c}"
             for c in R.REGISTRY_COLUMNS]
    return (f"INSERT INTO agencies ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT (agency_id) DO UPDATE SET {', '.join(sets)}")


_MERGE_AGENCY_SQL = _merge_agency_sql()


def ensure_schema(con: sqlite3.Connection) -> None:
    """Create what is missing; add columns that newer row types have (never drop any)."""
    for name, row_type in (("notices", R.NoticeRow), ("agencies", R.AgencyRow), ("sections", R.SectionRow),
                           ("measures", R.MeasureRow), ("assignments", R.AssignmentRow)):
        con.execute(create_table_sql(name, row_type))
        have = {r[1] for r in con.execute(f"PRAGMA table_info({name})")}
        for f in fields(row_type):
            if f.name not in have:
                # an archive written by an older release: new columns are NULL for its rows
                con.execute(f"ALTER TABLE {name} ADD COLUMN {f.name} {sql_type(str(f.type))}")
    con.execute(_VERSIONS_SQL)
    con.execute(_SETTINGS_SQL)
    for sql in (*_INDEXES, *_VIEWS.values()):
        con.execute(sql)
    _adopt_legacy_rows(con)


def _adopt_legacy_rows(con: sqlite3.Connection) -> None:
    """Give notices written before the archive existed (a snapshot notices.sqlite) a version 1."""
    legacy = con.execute("SELECT doc_id, doc_number, source_url, source_path, sha256 FROM notices "
                         "WHERE doc_id NOT IN (SELECT doc_id FROM versions)").fetchall()
    for doc_id, doc_number, url, path, sha in legacy:
        identity, kind = ((doc_number, "doc_number") if doc_number else (url, "url") if url
                          else (path, "path"))
        last = con.execute("SELECT MAX(version) FROM versions WHERE identity = ?", (identity,)).fetchone()[0]
        con.execute("UPDATE versions SET is_latest = 0 WHERE identity = ?", (identity,))
        con.execute("INSERT INTO versions (doc_id, identity, identity_kind, version, is_latest, sha256, "
                    "extracted_at, source_path, source_url) VALUES (?,?,?,?,1,?,?,?,?)",
                    (doc_id, identity, kind, (last or 0) + 1, sha, utc_now(), path, url))
        con.execute("UPDATE notices SET version = ? WHERE doc_id = ?", ((last or 0) + 1, doc_id))


@contextlib.contextmanager
def open_archive(out_dir: Path, lock: bool = True) -> Iterator[Archive]:
    """The archive in ``out_dir``, under the output lock."""
    with contextlib.ExitStack() as stack:
        if lock:
            stack.enter_context(output_lock(out_dir))
        archive = Archive(Path(out_dir) / ARCHIVE_NAME)
        stack.callback(archive.close)
        yield archive


def store_notices(notices: Iterable[Notice], out_dir: Path) -> Path:
    """Add ``notices`` to the archive in ``out_dir`` (the SQLite exporter's body)."""
    with open_archive(out_dir) as archive:
        for n in notices:
            archive.add_notice(n)
        archive.refresh_agencies()
        return archive.path


# --- notices back from JSON ----------------------------------------------------

def notice_from_json(text: str, version: int | None = None) -> Notice:
    """Rebuild a Notice from ``Notice.as_dict()`` JSON."""
    d = orjson.loads(text)
    measures = tuple(_build(Measure, m, lead=tuple(_build(AgencyRef, a) for a in m.get("lead", ())),
                            support=tuple(_build(AgencyRef, a) for a in m.get("support", ())),
                            extra=dict(m.get("extra") or {}))
                     for m in d.get("measures", ()))
    files = tuple(_build(SourceFile, f) for f in d["source"].get("files", ()))
    return _build(Notice, d, source=_build(Source, d["source"], files=files),
                  sections=tuple(_build(Section, s) for s in d.get("sections", ())),
                  measures=measures, recipients=tuple(d.get("recipients", ())),
                  warnings=tuple(d.get("warnings", ())), version=version)


def _build(cls, data: dict, **override):
    # keys a newer or older release does not know are ignored, missing ones take defaults
    known = _KNOWN.get(cls)
    if known is None:
        known = _KNOWN[cls] = frozenset(f.name for f in fields(cls))
    if override:
        data = {**data, **override}
    return cls(**{k: v for k, v in data.items() if k in known})


_KNOWN: dict[type, frozenset[str]] = {}


def utc_now() -> str:
    """Now, ISO 8601 in UTC."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
