"""The archive's own tables, and how an archive written by an older release
is brought up to date in place (every row kept).

Besides the export tables (``schema.py``: notices, sections, measures,
assignments, agencies) the archive has:

- ``versions``: one row per version of a notice (see ``archive.py``), with
  ``content_sha256`` (``noticejson.content_digest``: what the notice says);
- ``sources``: every file whose bytes were read into a version - the
  version's own file, and each later file that said the same
  (``sha256`` -> ``doc_id``), so the next run knows those bytes too;
- ``retired``: notices hidden from the exports (``extractor retire``):
  identity, reason, when;
- ``exported``: which notices the per-run files on disk hold, in order, and
  the length of each one's bytes in each file (``outputs.py``);
- ``archive_settings``: key/value facts about the archive itself;
- views ``latest_*``: the rows of the latest version of every notice not
  retired.

``ensure_schema`` runs in the transaction that opens an archive for
writing.  Migrations an older archive gets (``SCHEMA_VERSION``):

1. rows from before the archive existed get a version 1;
2. identities that are printed variants of one doc number
   (``text.doc_number_key``) become one: their versions are numbered again
   in the order they were stored, and only the last is the latest;
3. each version's own file goes into ``sources``;
4. the ``latest_*`` views are made again (they now leave retired notices out);
5. the agency counts are counted again over the latest versions (they
   counted every version before), once, by ``archive.refresh_agencies``.
"""
from __future__ import annotations

import sqlite3
from dataclasses import fields
from datetime import datetime, timezone

from . import rows as R
from .rowtypes import REGISTRY_COLUMNS, AgencyRow, AssignmentRow, MeasureRow, NoticeRow, SectionRow
from .schema import create_table_sql, sql_type
from ..text import doc_number_key

#: archive_settings key and value: the migrations below have run
SCHEMA_KEY, SCHEMA_VERSION = "schema", "2"
#: archive_settings key, and its value once agencies counts the latest versions,
#: kept per notice (``archive.refresh_agencies`` recounts an archive without it)
COUNTS_KEY, COUNTS_LATEST = "agency_counts", "latest"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS versions (
  doc_id TEXT PRIMARY KEY REFERENCES notices(doc_id),
  identity TEXT NOT NULL,           -- text.doc_number_key(doc_number), else the URL, else the path
  identity_kind TEXT NOT NULL,      -- doc_number | url | path
  version INTEGER NOT NULL,
  is_latest INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER,
  extracted_at TEXT NOT NULL,       -- ISO 8601, UTC
  source_path TEXT,
  source_url TEXT,
  notice_json TEXT,                 -- Notice.as_dict(); NULL for rows that predate the archive
  content_sha256 TEXT,              -- rows.content_digest(notice_json); NULL until first needed
  UNIQUE (identity, version)
)""",
    "CREATE TABLE IF NOT EXISTS archive_settings (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE IF NOT EXISTS sources (
  sha256 TEXT PRIMARY KEY,          -- the bytes of one file
  doc_id TEXT NOT NULL REFERENCES versions(doc_id),   -- the version they were read into
  path TEXT,
  url TEXT,
  size INTEGER,
  added_at TEXT NOT NULL            -- ISO 8601, UTC
)""",
    """CREATE TABLE IF NOT EXISTS retired (
  identity TEXT PRIMARY KEY,        -- versions.identity: every version of the notice
  reason TEXT NOT NULL,
  retired_at TEXT NOT NULL          -- ISO 8601, UTC
)""",
    """CREATE TABLE IF NOT EXISTS exported (
  pos INTEGER PRIMARY KEY,          -- order in the per-run files
  doc_id TEXT NOT NULL,
  lengths TEXT NOT NULL             -- byte length of its part of each file, comma-separated
)""",
)
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS versions_sha256 ON versions(sha256)",
    "CREATE INDEX IF NOT EXISTS versions_identity ON versions(identity, is_latest)",
    "CREATE INDEX IF NOT EXISTS sources_doc_id ON sources(doc_id)",
    # review.csv lists the unresolved units of the notices shown: found without a scan
    "CREATE INDEX IF NOT EXISTS assignments_unresolved ON assignments(doc_id) WHERE match = 'unresolved'",
)


def shown(all_versions: bool = False, v: str = "versions") -> str:
    """The SQL condition on ``versions`` (named ``v``) of the versions the per-run
    files and the ``latest_*`` views show: the latest (or every) version of each
    notice not retired."""
    kept = f"{v}.identity NOT IN (SELECT identity FROM retired)"
    return kept if all_versions else f"{v}.is_latest = 1 AND {kept}"


def has_json(v: str = "versions") -> str:
    """The SQL test that a version on ``versions`` (named ``v``) holds its JSON,
    without reading it: ``notice_json IS NOT NULL`` made SQLite read each row's
    whole JSON from its overflow pages (35 MB per 1,000 bench notices, 0.12-0.17 s
    at the end of every run's listing), ``typeof`` reads only the record header."""
    return f"typeof({v}.notice_json) != 'null'"


_VIEWS = {
    f"latest_{name}": f"CREATE VIEW IF NOT EXISTS latest_{name} AS SELECT t.* FROM {name} t "
                      f"JOIN versions v ON v.doc_id = t.doc_id WHERE {shown(False, 'v')}"
    for name in ("notices", "sections", "measures", "assignments")
}
#: notices.csv's columns (``rowtypes.NoticeListRow``) over the archive: ``notice_list`` every
#: version, ``latest_notice_list`` the latest ones
_NOTICE_LIST_SELECT = (
    "SELECT n.doc_id, v.identity, n.version, n.doc_number, n.title, n.issuer, n.city, n.date, "
    "CAST(substr(n.date, 1, 4) AS INTEGER) AS year, n.measure_count, n.source_url AS url, "
    "n.source_path AS path, n.sha256 FROM {notices} n JOIN versions v ON v.doc_id = n.doc_id")
_VIEWS["notice_list"] = ("CREATE VIEW IF NOT EXISTS notice_list AS "
                         + _NOTICE_LIST_SELECT.format(notices="notices"))
_VIEWS["latest_notice_list"] = ("CREATE VIEW IF NOT EXISTS latest_notice_list AS "
                                + _NOTICE_LIST_SELECT.format(notices="latest_notices"))


def ensure_schema(con: sqlite3.Connection) -> None:
    """Create what is missing, add columns newer row types have (never drop
    any), and run the migrations an older archive needs."""
    for name, row_type in (("notices", NoticeRow), ("agencies", AgencyRow), ("sections", SectionRow),
                           ("measures", MeasureRow), ("assignments", AssignmentRow)):
        con.execute(create_table_sql(name, row_type))
        _add_missing_columns(con, name, [(f.name, sql_type(str(f.type))) for f in fields(row_type)])
    for sql in _TABLES:
        con.execute(sql)
    _add_missing_columns(con, "versions", [("content_sha256", "TEXT")])
    for sql in _INDEXES:
        con.execute(sql)
    if _setting(con, SCHEMA_KEY) != SCHEMA_VERSION:
        # (only here: an archive at this schema wrote every notice with its version, and
        # looking for notices without one reads the whole notices table: 0.2 s at 10,000 from disk)
        _adopt_legacy_rows(con)
        merge_identities(con)
        con.execute("INSERT OR IGNORE INTO sources (sha256, doc_id, path, url, size, added_at) "
                    "SELECT sha256, doc_id, source_path, source_url, size, extracted_at FROM versions "
                    "ORDER BY rowid")
        for name in _VIEWS:
            con.execute(f"DROP VIEW IF EXISTS {name}")
        con.execute("INSERT OR REPLACE INTO archive_settings VALUES (?, ?)", (SCHEMA_KEY, SCHEMA_VERSION))
    for sql in _VIEWS.values():
        con.execute(sql)


def _add_missing_columns(con: sqlite3.Connection, table: str, columns: list[tuple[str, str]]) -> None:
    have = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
    for name, kind in columns:
        if name not in have:
            # an archive written by an older release: new columns are NULL for its rows
            con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")


def _setting(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM archive_settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _adopt_legacy_rows(con: sqlite3.Connection) -> None:
    """Give notices written before the archive existed (a snapshot notices.sqlite) a version 1."""
    legacy = con.execute("SELECT doc_id, doc_number, source_url, source_path, sha256 FROM notices "
                         "WHERE doc_id NOT IN (SELECT doc_id FROM versions)").fetchall()
    for doc_id, doc_number, url, path, sha in legacy:
        identity, kind = R.identity_of(doc_number, url, path)
        last = con.execute("SELECT MAX(version) FROM versions WHERE identity = ?", (identity,)).fetchone()[0]
        con.execute("UPDATE versions SET is_latest = 0 WHERE identity = ?", (identity,))
        con.execute("INSERT INTO versions (doc_id, identity, identity_kind, version, is_latest, sha256, "
                    "extracted_at, source_path, source_url) VALUES (?,?,?,?,1,?,?,?,?)",
                    (doc_id, identity, kind, (last or 0) + 1, sha, utc_now(), path, url))
        con.execute("UPDATE notices SET version = ? WHERE doc_id = ?", ((last or 0) + 1, doc_id))


def merge_identities(con: sqlite3.Connection) -> None:
    """Doc-number identities written as printed (an older release) become their
    ``doc_number_key``.  Where printed variants of one number were separate
    notices, their versions become one list, numbered in the order stored
    (versions, notices and the stored JSON alike); the last is the latest."""
    groups: dict[str, list[tuple[int, str, str]]] = {}
    for rowid, doc_id, identity in con.execute("SELECT rowid, doc_id, identity FROM versions "
                                               "WHERE identity_kind = 'doc_number' ORDER BY rowid"):
        groups.setdefault(doc_number_key(identity), []).append((rowid, doc_id, identity))
    for key, members in groups.items():
        printed = {identity for _, _, identity in members}
        if printed == {key}:
            continue
        if len(printed) == 1:   # one spelling, now keyed: versions unchanged
            con.execute("UPDATE versions SET identity = ? WHERE identity = ?", (key, printed.pop()))
            continue
        # free the (identity, version) pairs first: UNIQUE holds after every statement
        con.executemany("UPDATE versions SET identity = ?, version = ? WHERE rowid = ?",
                        [(key, -rowid, rowid) for rowid, _, _ in members])
        last = len(members)
        for number, (rowid, doc_id, _) in enumerate(members, start=1):
            con.execute("UPDATE versions SET version = ?, is_latest = ?, "
                        "notice_json = CASE WHEN notice_json IS NULL THEN NULL "
                        "ELSE json_set(notice_json, '$.version', ?) END WHERE rowid = ?",
                        (number, int(number == last), number, rowid))
            con.execute("UPDATE notices SET version = ? WHERE doc_id = ?", (number, doc_id))


def recount_agencies(con: sqlite3.Connection) -> None:
    """Count every agency over the latest versions not retired (what agencies.csv
    shows); one scan of the assignments, grouped, not one per agency."""
    counts = con.execute(
        "SELECT sum(a.role = 'lead'), sum(a.role = 'support'), count(DISTINCT a.doc_id), a.agency_id "
        f"FROM assignments a JOIN versions v ON v.doc_id = a.doc_id WHERE {shown(False, 'v')} "
        "AND a.agency_id IS NOT NULL GROUP BY a.agency_id").fetchall()
    con.execute("UPDATE agencies SET lead_count = 0, support_count = 0, notice_count = 0")
    con.executemany("UPDATE agencies SET lead_count = ?, support_count = ?, notice_count = ? "
                    "WHERE agency_id = ?", counts)
    fill_registry_columns(con)
    con.execute("INSERT OR REPLACE INTO archive_settings VALUES (?, ?)", (COUNTS_KEY, COUNTS_LATEST))


def fill_registry_columns(con: sqlite3.Connection) -> None:
    """Rows written before agencies had registry columns get them (city is never
    NULL for a row written since, unless its notice had no city)."""
    legacy = con.execute(
        "SELECT g.agency_id, g.resolved, g.canonical, (SELECT n.city FROM assignments a JOIN notices n "
        "ON n.doc_id = a.doc_id WHERE a.agency_id = g.agency_id LIMIT 1) "
        "FROM agencies g WHERE g.city IS NULL").fetchall()
    sets = ", ".join(f"{c} = ?" for c in REGISTRY_COLUMNS)
    for agency_id, resolved, canonical, city in legacy:
        values = R.registry_fields(agency_id, bool(resolved), canonical, city)
        con.execute(f"UPDATE agencies SET {sets} WHERE agency_id = ?",
                    (*(values[c] for c in REGISTRY_COLUMNS), agency_id))


def utc_now() -> str:
    """Now, ISO 8601 in UTC."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
