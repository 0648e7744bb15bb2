"""The per-run files of an archived run, rewritten only where they change.

notices.json, measures.csv and assignments.csv show the latest version of
every notice in the archive that is not retired (``--all-versions``: every
version), in the order stored.  Each notice is one *part* of each file: its
JSON line, its measures.csv rows, its assignments.csv rows.  The archive's
``exported`` table lists the notices the files on disk hold, in order, with
the byte length of each part; ``archive_settings['exported']`` keeps each
file's size, inode and mtime as written, so a file edited, replaced or
deleted since is noticed (and rebuilt).

A run

1. spools the parts of each notice it stores (``partfiles.Spool``: one temp
   file per file in the output folder, written as the notices come);
2. at the end lists the notices to show.  When the list is the files' list
   with notices added at its end (new notices, or new versions under
   ``--all-versions``; nothing superseded, retired or stored again), it
   **appends** their parts to each file in place (``_append``): the tail
   (``]`` of notices.json) is written again after them.  Before the first
   byte it records each file's size and inode as being appended to
   (``archive_settings['appending']``, committed); the new list and sizes
   are recorded, and that record removed, in one transaction once the
   files are fsynced.  A run killed in between leaves the record: the next
   run (or ``retire``) first cuts each file back to its recorded size and
   writes its tail again (``_recover``), so it finds the old file whole and
   appends again;
3. otherwise composes each file anew from byte ranges of the file on disk
   (the notices it holds already) and of the spool (the notices stored
   now), in as few ranges as the order allows, copied by the kernel
   (``os.copy_file_range``) into a temp file moved in place: no Python
   touches the bytes of an unchanged notice, but the kernel copies all of
   them.  A notice found in neither (files of an older release, a file
   deleted) is rebuilt from the archive's JSON into the spool first.  When
   the spool holds the whole file in order (a first run), it becomes the
   file;
4. leaves a file alone when its list did not change (nothing new, nothing
   superseded or retired);
5. records the new list once the files are in place: a run killed before
   that leaves files that no longer match the recorded size and inode, and
   the next run rebuilds them from the archive.

agencies.csv and review.csv are one row per agency / unresolved name:
written from the archive's tables (``agencies``: counts of the latest
versions; the unresolved assignments of the notices shown) when the list
changed (``tablefiles.py``; review.csv's per-city coverage is counted
once, kept with the list, then moved by the notices added and taken out).

What a run reads of the archive does not grow with it either, while the
list only grows: the list is the recorded one plus the versions stored
since (``_listing``), and review.csv reads the unresolved assignments
through their index.  What still grows: reading back the recorded list
(``exported``, small rows), the unresolved assignments when review.csv
is rewritten, and, when a run composes, the kernel's copy of the
unchanged bytes (on XFS or Btrfs ``copy_file_range`` shares the blocks
instead: no copy at all).
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Sequence

from . import partfiles   # copy_range through the module: one function for appends and TempFile's copies
from . import rows as R
from .migrate import SCHEMA_KEY, has_json, shown
from .partfiles import PART_FILES, OldFile, PartFile, Spool, TempFile
from .tablefiles import TableFiles

log = logging.getLogger(__name__)

STATE_KEY = "exported"   #: archive_settings key of the files' state
APPEND_KEY = "appending"   #: archive_settings key of the files being appended to: [size, inode] before
#: the files written from the archive's tables (format "csv")
TABLE_FILES = ("agencies.csv", "review.csv")


def _is_recorded(state: dict, path: Path) -> bool:
    """Whether ``path`` is the file the state recorded (not edited, replaced or deleted since)."""
    recorded = state.get("files", {}).get(path.name)
    return recorded is not None and recorded == _fingerprint(path)


def _fingerprint(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_ino, st.st_mtime_ns]


class Outputs:
    """The per-run files of one archived run (see the module docstring):
    ``add`` each record the archive stored, then ``finish``; ``discard``
    leaves the files as they were."""

    def __init__(self, archive, out_dir: Path, formats: Sequence[str], all_versions: bool = False,
                 aliases: Path | None = None, resolution: str | None = None) -> None:
        self.archive, self.out_dir, self.aliases = archive, Path(out_dir), aliases
        self.formats, self.all_versions, self.resolution = tuple(formats), all_versions, resolution
        self.part_files = [pf for pf in PART_FILES if pf.fmt in self.formats]
        self.table_files = list(TABLE_FILES) if "csv" in self.formats else []
        self.spool = Spool(self.out_dir, self.part_files) if self.part_files else None
        self.tables = TableFiles(archive, self.out_dir, self.table_files, all_versions, aliases, resolution)

    def add(self, record: R.NoticeRecord) -> None:
        """One notice the archive stored in this run (with its version)."""
        if self.spool is not None:
            self.spool.add(record)
        if self.table_files:
            self.tables.note(record)

    def discard(self) -> None:
        if self.spool is not None:
            self.spool.discard()

    def finish(self) -> list[Path]:
        """Bring the files in line with the archive; return the paths rewritten."""
        self._recover()
        if not self.part_files and not self.table_files:
            return []
        state = self._state()
        recorded = self.archive.con.execute("SELECT doc_id, lengths FROM exported ORDER BY pos").fetchall() \
            if state else []
        old_ids = [doc_id for doc_id, _ in recorded]
        spooled = self.spool.where if self.spool else {}
        stored, held = set(spooled), set(old_ids)   # (stored: before the rebuild below adds to the spool)
        shown_ids = self._listing(state, old_ids, stored)
        if self._nothing_to_do(state, shown_ids, old_ids, spooled):
            self.discard()
            return []
        # the list only grew at its end, with none of the notices on disk stored again
        grown = len(shown_ids) > len(old_ids) and shown_ids[:len(old_ids)] == old_ids and not stored & held
        old = self._old_files(state, recorded)
        missing = not all(pf.name in old for pf in self.part_files)   # a file to rebuild whole
        self._rebuild([d for d in shown_ids if d not in spooled and (missing or d not in held)]
                      if self.part_files else [])
        same_list = shown_ids == old_ids and not spooled
        # (a file with other hard links is composed: a linked copy keeps what it held, as before)
        appending = {pf.name: state["files"][pf.name][:2] for pf in self.part_files
                     if grown and pf.name in old and os.stat(old[pf.name].path).st_nlink == 1}
        written: list[Path] = []
        try:
            if appending:   # recorded (committed) before the first byte is appended
                self.archive.set_setting(APPEND_KEY, json.dumps(appending))
            for n, pf in enumerate(self.part_files):
                if pf.name in appending:
                    written.append(self._append(pf, n, shown_ids[len(old_ids):], old[pf.name],
                                                appending[pf.name][0]))
                elif not (same_list and pf.name in old):
                    written.append(self._compose(pf, n, shown_ids, old.get(pf.name)))
            changed = set(shown_ids).symmetric_difference(old_ids) | set(spooled)
            self.tables.move_coverage(state, old_ids, shown_ids, stored)
            written += self.tables.write(state, {name for name in self.table_files
                                                 if state and _is_recorded(state, self.out_dir / name)},
                                         changed, shown_ids)
            if "csv" in self.formats and (written or not (self.out_dir / "datapackage.json").is_file()):
                from .describe import write_datapackage   # describes the CSVs: rewritten with them
                written.append(write_datapackage(self.out_dir))
            self._save_state(state, shown_ids, same_list, old, recorded if grown else [])
        except BaseException:
            if appending:   # (an error, Ctrl-C) cut the files back now, not at the next run
                try:
                    self._recover()
                except Exception:   # the next run does it (the record stays): report the first error
                    log.debug("cutting the files back failed", exc_info=True)
            raise
        finally:
            for f in old.values():
                f.close()
            self.discard()
        return written

    def _listing(self, state: dict | None, old_ids: list[str], stored: set[str]) -> list[str]:
        """The doc_ids the files are to show, in order (rowid: the order stored).

        Listing them scans ``versions``, whose rows hold each notice's JSON: a
        page read per notice (27 MB at 10,000, about a second from disk; the
        JSON's overflow pages are not read, see ``has_json``).  So
        the state keeps ``marks`` of what the list was made from, and while
        they hold - no notice retired, no migration, none of the notices on
        disk stored again - only the versions stored since are read: in the
        latest view a version 1 adds itself (if shown) and supersedes nothing;
        any later version (an older one may leave the list) lists them all.
        Versions without their JSON (from before the archive) are shown by
        the views but not in the files: the marks count them (``unlisted``)."""
        con = self.archive.con
        self.marks = {"rowid": con.execute("SELECT max(rowid) FROM versions").fetchone()[0] or 0,
                      "retired": list(con.execute("SELECT count(*), max(rowid) FROM retired").fetchone()),
                      "schema": self.archive.get_setting(SCHEMA_KEY), "unlisted": 0}
        last, condition = (state or {}).get("marks"), shown(self.all_versions)
        if last and all(last.get(key) == value for key, value in self.marks.items()
                        if key not in ("rowid", "unlisted")) and stored.isdisjoint(old_ids):
            added, unlisted = [], last["unlisted"]
            for doc_id, version, is_shown, listed in con.execute(
                    f"SELECT doc_id, version, {condition}, {has_json()} FROM versions "
                    "WHERE rowid > ? ORDER BY rowid", (last["rowid"],)):
                if version > 1 and not self.all_versions:
                    break
                if is_shown and listed:
                    added.append(doc_id)
                unlisted += is_shown and not listed
            else:
                self.marks["unlisted"] = self.tables.unlisted = unlisted
                return old_ids + added
        listing = con.execute(f"SELECT doc_id, {has_json()} FROM versions WHERE {condition} "
                              "ORDER BY rowid").fetchall()
        self.marks["unlisted"] = self.tables.unlisted = sum(not listed for _, listed in listing)
        return [doc_id for doc_id, listed in listing if listed]

    def _nothing_to_do(self, state: dict | None, shown_ids: list[str], old_ids: list[str], spooled) -> bool:
        """The files on disk are ours and show what they should: the same notices,
        none stored now, the same resolution (a run with only unchanged inputs)."""
        names = [pf.name for pf in self.part_files] + self.table_files
        return (state is not None and not spooled and shown_ids == old_ids
                and state.get("resolution") == self.resolution
                and ("csv" not in self.formats or (self.out_dir / "datapackage.json").is_file())
                and all(_is_recorded(state, self.out_dir / name) for name in names))

    # --- the state of the files on disk ------------------------------------

    def _state(self) -> dict | None:
        text = self.archive.get_setting(STATE_KEY)
        state = json.loads(text) if text else None
        if not state or state.get("view") != self._view() or state.get("parts") != [p.name for p in PART_FILES]:
            return None
        return state

    def _view(self) -> str:
        return "all" if self.all_versions else "latest"

    def _old_files(self, state: dict | None, recorded: list[tuple[str, str]]) -> dict[str, OldFile]:
        """The part files on disk that are as the state recorded them."""
        return {pf.name: OldFile(self.out_dir / pf.name, len(pf.head), len(pf.sep), recorded, i)
                for i, pf in enumerate(PART_FILES) if state and _is_recorded(state, self.out_dir / pf.name)}

    def _save_state(self, state: dict | None, shown_ids: list[str], same_list: bool,
                    old: dict[str, OldFile], recorded: list[tuple[str, str]]) -> None:
        """Record what the files now hold (after they are in place), and that no
        file is being appended to any more."""
        ours = [pf.name for pf in self.part_files] + self.table_files
        files = {}
        for name in [pf.name for pf in PART_FILES] + list(TABLE_FILES):
            if name in ours:
                files[name] = _fingerprint(self.out_dir / name)
            elif state and same_list and state["files"].get(name):
                files[name] = state["files"][name]   # not ours this run, and still right
        # after an append the rows of the notices on disk stay as they are
        kept = len(recorded) if recorded and all(pf.name in old for pf in PART_FILES) else 0
        rows = [(doc_id, ",".join(str(self._length(doc_id, pf, old)) for pf in PART_FILES))
                for doc_id in shown_ids[kept:]]
        con = self.archive.con
        with con:
            if not kept:
                con.execute("DELETE FROM exported")
            con.executemany("INSERT INTO exported (pos, doc_id, lengths) VALUES (?, ?, ?)",
                            [(pos, *row) for pos, row in enumerate(rows, kept)])
            con.execute("INSERT OR REPLACE INTO archive_settings VALUES (?, ?)", (STATE_KEY, json.dumps(
                {"view": self._view(), "parts": [p.name for p in PART_FILES], "files": files,
                 "resolution": self.resolution, "coverage": self.tables.coverage_state(), "marks": self.marks})))
            con.execute("DELETE FROM archive_settings WHERE key = ?", (APPEND_KEY,))

    def _length(self, doc_id: str, pf: PartFile, old: dict[str, OldFile]) -> int:
        if self.spool and doc_id in self.spool.where and pf in self.part_files:
            return self.spool.where[doc_id][2][self.part_files.index(pf)]
        if pf.name in old and doc_id in old[pf.name].where:
            return old[pf.name].where[doc_id][2]
        return 0   # a file not written by this run and not as recorded: it is not in the state

    # --- composing a part file -----------------------------------------------

    def _rebuild(self, doc_ids: list[str]) -> None:
        """Spool notices the files on disk do not hold, rebuilt from the archive."""
        if not doc_ids:
            return
        from .archiveread import notice_from_json

        log.info("rebuilding %d notice(s) of the per-run files from the archive", len(doc_ids))
        for doc_id in doc_ids:
            text, version = self.archive.con.execute("SELECT notice_json, version FROM versions WHERE doc_id = ?",
                                                     (doc_id,)).fetchone()
            self.spool.add(R.notice_record(notice_from_json(text, version)))

    def _ranges(self, doc_ids: list[str], spool_index: int, old: OldFile | None) -> list[list]:
        """The parts of ``doc_ids``, in order, as byte ranges of the old file and the
        spool: [source, last index, start, end], consecutive parts of one source merged."""
        ranges = []
        for doc_id in doc_ids:
            if doc_id in self.spool.where:
                index, starts, lengths = self.spool.where[doc_id]
                source, start, length = "spool", starts[spool_index], lengths[spool_index]
            else:
                source, (index, start, length) = "old", old.where[doc_id]
            last = ranges[-1] if ranges else None
            if last and last[0] == source and last[1] + 1 == index:
                last[1], last[3] = index, start + length
            else:
                ranges.append([source, index, start, start + length])
        return ranges

    def _compose(self, pf: PartFile, spool_index: int, shown_ids: list[str], old: OldFile | None) -> Path:
        """One part file from ranges of the old file and the spool, in ``shown_ids`` order."""
        temp = self.spool.temps[spool_index]
        ranges = self._ranges(shown_ids, spool_index, old)
        if len(ranges) <= 1 and (not ranges or (ranges[0][0] == "spool" and ranges[0][2] == len(pf.head)
                                                and len(self.spool.order) == len(shown_ids))):
            temp.write(pf.tail)   # the spool is the file: every notice, in order
            return temp.commit()
        out = TempFile(self.out_dir / pf.name)
        try:
            out.write(pf.head)
            for n, (source, _, start, end) in enumerate(ranges):
                if n:
                    out.write(pf.sep)
                out.copy_from(temp.fd if source == "spool" else old.open(), start, end - start)
            out.write(pf.tail)
            return out.commit()
        except BaseException:
            out.discard()
            raise

    def _append(self, pf: PartFile, spool_index: int, new_ids: list[str], old: OldFile, size: int) -> Path:
        """Append the parts of ``new_ids`` (all spooled) to the file on disk, in
        place: its tail is written again after them.  The caller has recorded
        ``size``, so a run killed in between is undone (``_recover``)."""
        temp = self.spool.temps[spool_index]
        fd = os.open(old.path, os.O_WRONLY)
        try:
            at = size - len(pf.tail)
            for n, (_, _, start, end) in enumerate(self._ranges(new_ids, spool_index, None)):
                if n or old.held:
                    at += os.pwrite(fd, pf.sep, at)
                at = partfiles.copy_range(temp.fd, start, end - start, fd, at, old.path)
            os.pwrite(fd, pf.tail, at)
            os.fsync(fd)
        finally:
            os.close(fd)
        return old.path

    def _recover(self) -> None:
        """Undo the appends of a run killed (or stopped by an error) while it appended: each
        file still ours (same inode) is cut back to the size recorded before and
        gets its tail again, and the state records it as it now is."""
        text = self.archive.get_setting(APPEND_KEY)
        if not text:
            return
        state = json.loads(self.archive.get_setting(STATE_KEY) or "{}")
        for name, (size, inode) in json.loads(text).items():
            pf, path = next(p for p in PART_FILES if p.name == name), self.out_dir / name
            now = _fingerprint(path)
            if now is None or now[1] != inode or now[0] < size - len(pf.tail):
                continue   # replaced or cut since: not the recorded file, so rebuilt
            log.warning("%s: cut back to what the last finished run wrote (a run stopped while "
                        "appending to it)", path)
            fd = os.open(path, os.O_WRONLY)
            try:
                os.ftruncate(fd, size - len(pf.tail))
                os.pwrite(fd, pf.tail, size - len(pf.tail))
                os.fsync(fd)
            finally:
                os.close(fd)
            if state.get("files", {}).get(name, [None, None])[:2] == [size, inode]:
                state["files"][name] = _fingerprint(path)
        with self.archive.con as con:
            if state:
                con.execute("INSERT OR REPLACE INTO archive_settings VALUES (?, ?)", (STATE_KEY, json.dumps(state)))
            con.execute("DELETE FROM archive_settings WHERE key = ?", (APPEND_KEY,))


def files_shown(archive) -> tuple[tuple[str, ...], bool]:
    """The formats and view (all versions?) of the per-run files the last run
    wrote, from the archive's state: what ``retire`` rewrites."""
    text = archive.get_setting(STATE_KEY)
    state = json.loads(text) if text else {}
    files = state.get("files", {})
    formats = tuple(f for f in ("json", "csv")
                    if any(pf.name in files for pf in PART_FILES if pf.fmt == f)) or ("json", "csv")
    return formats, state.get("view") == "all"


def files_being_appended(out_dir: Path) -> list[str]:
    """The per-run files of ``out_dir`` that a run was appending to when it was
    killed (or is appending to now): until the next run cuts them back, each
    may end with part of a notice.  Reads the archive without writing (none
    when there is no archive)."""
    import sqlite3

    from .archive import ARCHIVE_NAME

    db = Path(out_dir) / ARCHIVE_NAME
    if not db.is_file():
        return []
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM archive_settings WHERE key = ?", (APPEND_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:   # not an archive this release can read: nothing known to be cut
        return []
    return sorted(json.loads(row[0])) if row else []
