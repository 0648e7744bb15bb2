"""The archive read back: its versions, settings and notices.

``ArchiveReader`` holds what ``Archive`` (archive.py, which stores notices
as versions) and a reader share: which version some bytes were read into,
a notice's identity and versions, the notices the exports show, rebuilt one
at a time from the JSON each version keeps (``notice_from_json``), and the
archive's settings.  Opened alone it reads without the output lock or a
single write: WAL lets it read beside a writing run (``diff`` reads so).
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterator

import orjson

from .migrate import has_json, shown
from ..models import AgencyRef, ExtractorError, Measure, Notice, Section, Source, SourceFile
from ..text import doc_number_key

log = logging.getLogger(__name__)


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


class ArchiveReader:
    """An archive opened for reading (call ``close``); ``Archive`` adds the writing."""

    def __init__(self, path: Path) -> None:
        """Open the archive at ``path`` read-only."""
        self.path = Path(path)
        self._retired: set[str] | None = None   # ``is_retired``
        self.con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def source_doc(self, sha256: str) -> str | None:
        """The doc_id of the version these bytes were read into, if any (its own
        bytes, or a file found to say the same)."""
        row = self.con.execute("SELECT s.doc_id FROM sources s JOIN versions v ON v.doc_id = s.doc_id "
                               f"WHERE s.sha256 = ? AND {has_json('v')}", (sha256,)).fetchone()
        return row[0] if row else None

    def summary_for_sha(self, sha256: str) -> tuple[int, int, set[str]] | None:
        """(measures, assignments, unresolved names) of the archived notice read
        from these bytes, if any: what a run's summary counts, read from its rows
        rather than by rebuilding the notice."""
        doc_id = self.source_doc(sha256)
        if doc_id is None:
            return None
        row = (doc_id,)
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
        for (doc_id,) in self.con.execute(f"SELECT doc_id FROM versions WHERE {shown(all_versions)} "
                                          f"AND {has_json()} ORDER BY rowid"):
            yield doc_id

    def iter_notices(self, all_versions: bool = False) -> Iterator[Notice]:
        """The latest version of every notice not retired (or every version),
        oldest first, rebuilt one at a time from a cursor: memory does not grow
        with the archive.  Do not write to the archive while iterating."""
        cur = self.con.execute(f"SELECT doc_id, notice_json, version FROM versions WHERE {shown(all_versions)} "
                               "ORDER BY rowid")
        for doc_id, text, version in cur:
            if text is None:
                log.warning("%s: predates the versioned archive; run with --full to rebuild it", doc_id)
                continue
            yield notice_from_json(text, version)

    def identity_for(self, key: str) -> str | None:
        """The identity named by a doc_id, a doc number (as printed in any form),
        a URL or a path; None if the archive has no such notice."""
        row = self.con.execute("SELECT identity FROM versions WHERE doc_id = ? OR identity = ? OR identity = ? "
                               "LIMIT 1", (key, key, doc_number_key(key))).fetchone()
        return row[0] if row else None

    def versions(self, key: str) -> list[VersionInfo]:
        """All versions of the notice named by a doc_id, doc_number or identity, oldest first."""
        identity = self.identity_for(key)
        if identity is None:
            return []
        cur = self.con.execute(
            "SELECT doc_id, identity, identity_kind, version, is_latest, sha256, extracted_at, "
            "source_path, source_url FROM versions WHERE identity = ? ORDER BY version", (identity,))
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

    def is_retired(self, identity: str) -> bool:
        if self._retired is None:   # a handful of rows, read once; ``retire`` adds to it
            self._retired = {i for (i,) in self.con.execute("SELECT identity FROM retired")}
        return identity in self._retired


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
