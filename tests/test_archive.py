"""extractor.store.archive: versions, identity, never deleting, lock, schema."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from archivekit import make_notice, republished, store_notices
from extractor.store.archive import Archive, ArchiveBusy, notice_identity, open_archive, output_lock
from extractor.store.archiveread import notice_from_json
from extractor.store.export import export_all


def rows(db, sql, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("kw, expected", [
    ({}, ("东府办〔2014〕75号", "doc_number")),
    ({"doc_number": None, "url": "http://x.example/a.html"}, ("http://x.example/a.html", "url")),
    ({"doc_number": None}, ("raw/a.html", "path")),
])
def test_identity_is_doc_number_then_url_then_path(kw, expected):
    assert notice_identity(make_notice(**kw)) == expected


def test_new_content_for_an_identity_is_a_new_version(tmp_path):
    v1, v2 = make_notice(), make_notice(republished(), path="raw/b.html")
    with open_archive(tmp_path) as archive:
        assert archive.add_notice(v1)[0] == "new"
        status, stored = archive.add_notice(v2)
        assert (status, stored.version) == ("changed", 2)
        assert [n.doc_id for n in list(archive.iter_notices())] == [v2.doc_id]
        assert [n.doc_id for n in list(archive.iter_notices(all_versions=True))] == [v1.doc_id, v2.doc_id]
        assert [(v.version, v.is_latest) for v in archive.versions("东府办〔2014〕75号")] == [(1, False), (2, True)]
        assert [v.version for v in archive.versions(v1.doc_id)] == [1, 2]
    db = tmp_path / "notices.sqlite"
    assert rows(db, "SELECT doc_id, version FROM notices ORDER BY version") == [(v1.doc_id, 1), (v2.doc_id, 2)]
    assert rows(db, "SELECT count(*) FROM measures") == [(8,)]           # nothing deleted
    assert rows(db, "SELECT count(*) FROM latest_measures") == [(4,)]
    assert rows(db, "SELECT DISTINCT doc_id FROM latest_assignments") == [(v2.doc_id,)]
    (source_path, extracted_at), = rows(db, "SELECT source_path, extracted_at FROM versions WHERE version = 2")
    assert source_path == "raw/b.html" and extracted_at.endswith("+00:00")


def test_same_bytes_again_is_unchanged_and_keeps_one_version(tmp_path):
    n = make_notice()
    with open_archive(tmp_path) as archive:
        archive.add_notice(n)
        assert archive.summary_for_sha(n.source.sha256) is not None
        status, stored = archive.add_notice(n)      # what --full does
        assert (status, stored.version) == ("unchanged", 1)
        assert len(archive.versions(n.doc_id)) == 1
    assert rows(tmp_path / "notices.sqlite", "SELECT count(*) FROM measures") == [(4,)]
    # the record's JSON is bound as UTF-8 bytes and cast: readers must get text, not a blob
    assert rows(tmp_path / "notices.sqlite", "SELECT typeof(notice_json), json_valid(notice_json), "
                "json_extract(notice_json, '$.doc_number') FROM versions") == [("text", 1, n.doc_number)]


def test_other_identities_are_separate_notices(tmp_path):
    with open_archive(tmp_path) as archive:
        archive.add_notice(make_notice())
        status, stored = archive.add_notice(make_notice(doc_number="东府办〔2015〕1号"))
        assert (status, stored.version) == ("new", 1)
        assert len(list(archive.iter_notices())) == 2


def test_notice_round_trips_through_json(tmp_path):
    n = make_notice()
    with open_archive(tmp_path) as archive:
        _, stored = archive.add_notice(n)
        assert archive.load_version(n.doc_id) == stored
        assert archive.load_version(archive.source_doc(n.source.sha256)) == stored
    assert notice_from_json(json.dumps(stored.as_dict(), ensure_ascii=False), 1) == stored


def test_per_run_files_agree_with_the_archive(tmp_path):
    v1, v2 = make_notice(), make_notice(republished(), path="raw/b.html")
    store_notices([v1, v2], tmp_path)
    with open_archive(tmp_path) as archive:
        export_all(list(archive.iter_notices()), tmp_path, ("json", "csv"))
    data = json.loads((tmp_path / "notices.json").read_text(encoding="utf-8"))
    assert [(d["doc_id"], d["version"]) for d in data] == [(v2.doc_id, 2)]
    db = tmp_path / "notices.sqlite"
    csv_lines = (tmp_path / "measures.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(csv_lines) - 1 == rows(db, "SELECT count(*) FROM latest_measures")[0][0]
    lead3 = rows(db, "SELECT lead FROM latest_measures WHERE measure_no = 3")[0][0]
    assert lead3 == "市经信局、松山湖管委会" and any(",市经信局、松山湖管委会," in line for line in csv_lines)
    # agencies count the latest versions, as agencies.csv does: counted here from the notices
    # by the CSV exporter's tally, kept there per notice by the archive
    csv_counts = {line.split(",")[0]: tuple(map(int, line.split(",")[4:7]))
                  for line in (tmp_path / "agencies.csv").read_text(encoding="utf-8-sig").splitlines()[1:]}
    sql_counts = {r[0]: tuple(r[1:]) for r in rows(db, "SELECT agency_id, lead_count, support_count, "
                                                       "notice_count FROM agencies WHERE notice_count > 0")}
    assert csv_counts == sql_counts and sql_counts["id-松山湖管委会"] == (1, 0, 1)


def test_sqlite_exporter_is_cumulative(tmp_path):
    export_all([make_notice()], tmp_path, ("sqlite",))
    export_all([make_notice(doc_number="东府办〔2015〕1号")], tmp_path, ("sqlite",))
    db = tmp_path / "notices.sqlite"
    assert rows(db, "SELECT count(*) FROM notices") == [(2,)]
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]


def test_the_writer_has_a_page_cache_for_random_keys(tmp_path):
    """doc_id keys land all over the primary-key indexes: SQLite's default 2 MB cache
    made the writer read and write the same index pages many times over."""
    archive = Archive(tmp_path / "notices.sqlite")
    try:
        assert archive.con.execute("PRAGMA cache_size").fetchone() == (-16 * 1024,)
    finally:
        archive.close()


def test_a_second_run_on_the_same_output_fails_clearly(tmp_path):
    with output_lock(tmp_path):
        with pytest.raises(ArchiveBusy, match="in use by another extractor run"):
            with open_archive(tmp_path):
                pass
    with open_archive(tmp_path):   # released
        pass


def test_legacy_snapshot_database_is_adopted(tmp_path):
    """A notices.sqlite from before the archive (no versions table, no version column)."""
    db = tmp_path / "notices.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notices (doc_id TEXT PRIMARY KEY, doc_number TEXT, title TEXT, issuer TEXT, "
                "date TEXT, city TEXT, recipients TEXT, table_title TEXT, source_path TEXT, source_url TEXT, "
                "sha256 TEXT, format TEXT, encoding TEXT, measure_count INTEGER, warnings TEXT)")
    con.execute("INSERT INTO notices VALUES ('old1', '东府办〔2014〕75号', 't', 'i', '2014-08-08', NULL, "
                "'[]', NULL, 'raw/a.html', NULL, 'abc', 'html', 'utf-8', 0, '[]')")
    con.commit()
    con.close()
    with open_archive(tmp_path) as archive:
        status, stored = archive.add_notice(make_notice())
        assert (status, stored.version) == ("changed", 2)
    assert rows(db, "SELECT doc_id, version FROM notices ORDER BY version") == [("old1", 1), (stored.doc_id, 2)]


def test_readonly_archive_reads_without_writing(tmp_path):
    store_notices([make_notice()], tmp_path)
    archive = Archive(tmp_path / "notices.sqlite", readonly=True)
    try:
        assert len(list(archive.iter_notices())) == 1
        with pytest.raises(sqlite3.OperationalError):
            archive.con.execute("DELETE FROM versions")
    finally:
        archive.close()


RECOUNT = ("SELECT agency_id, sum(role = 'lead'), sum(role = 'support'), count(DISTINCT doc_id) "
           "FROM latest_assignments WHERE agency_id IS NOT NULL GROUP BY agency_id")


def agency_counts(db):
    """agencies' counts, and the same counted over the latest versions' assignments (what a full
    recount gives)."""
    kept = {r[0]: r[1:] for r in rows(db, "SELECT agency_id, lead_count, support_count, notice_count "
                                          "FROM agencies")}
    recount = {r[0]: r[1:] for r in rows(db, RECOUNT)}
    return kept, {aid: recount.get(aid, (0, 0, 0)) for aid in kept}


@pytest.mark.parametrize("commit_every", [1, 2, 64])
def test_agency_counts_kept_per_notice_equal_a_full_recount(tmp_path, monkeypatch, commit_every):
    """Counts are written with each batch of notices: whatever another reader sees
    committed agrees with the assignments committed, whether the same bytes come
    again in the same batch (64) or in a later one (1, 2)."""
    import extractor.store.archive as A

    monkeypatch.setattr(A, "COMMIT_EVERY", commit_every)
    v1, v2 = make_notice(), make_notice(republished(), path="raw/b.html")
    other = make_notice(doc_number="东府办〔2015〕1号")
    db = tmp_path / "notices.sqlite"
    with open_archive(tmp_path):   # an archive in place: a first one is built aside, unseen until closed
        pass
    with open_archive(tmp_path) as archive:
        for i, n in enumerate((v1, v2, other, v1), start=1):   # v1 again: its rows are replaced in place (--full)
            archive.add_notice(n)
            kept, recount = agency_counts(db)
            assert kept == recount
            assert bool(kept) == (i >= commit_every)           # the reader sees committed batches only
            # declared, not enforced while writing: the rows must satisfy them by construction
            assert rows(db, "PRAGMA foreign_key_check") == []
        archive.add_notice(make_notice(republished(), path="raw/b.html"))
        archive.refresh_agencies()           # nothing left to do: no recount
    kept, recount = agency_counts(db)   # latest: v2 (松山湖 leads in 3) and the 2015 notice (it supports)
    assert kept == recount and kept["id-松山湖管委会"] == (1, 1, 2)
    assert rows(db, "PRAGMA foreign_key_check") == []
    assert rows(db, "SELECT value FROM archive_settings WHERE key = 'agency_counts'") == [("latest",)]


def test_stale_counts_of_an_older_archive_are_recounted_once(tmp_path):
    db = tmp_path / "notices.sqlite"
    store_notices([make_notice()], tmp_path)
    con = sqlite3.connect(db)   # what an older release killed before its end-of-run recount left
    con.execute("UPDATE agencies SET lead_count = 99")
    con.execute("DELETE FROM archive_settings WHERE key = 'agency_counts'")
    con.commit()
    con.close()
    store_notices([make_notice(doc_number="东府办〔2015〕1号")], tmp_path)
    kept, recount = agency_counts(db)
    assert kept == recount and kept["id-市经信局"] == (6, 0, 2)


def test_iter_notices_reads_one_notice_at_a_time(tmp_path):
    import inspect

    store_notices([make_notice(), make_notice(doc_number="东府办〔2015〕1号")], tmp_path)
    with open_archive(tmp_path) as archive:
        notices = archive.iter_notices()
        assert inspect.isgenerator(notices)
        assert [n.doc_number for n in notices] == ["东府办〔2014〕75号", "东府办〔2015〕1号"]


def test_an_archive_of_the_previous_release_is_migrated_in_place(tmp_path, fixtures_dir):
    """release1.sqlite was written by the release before issue 17 (make_release1.py):
    东府办[2016]23号 and 东府办〔2016〕23号 were two notices, the second with two
    versions that say the same, and the agencies counted every version."""
    import shutil

    db = tmp_path / "notices.sqlite"
    shutil.copy(fixtures_dir / "archives" / "release1.sqlite", db)
    before = {t: rows(db, f"SELECT count(*) FROM {t}")[0][0]
              for t in ("notices", "sections", "measures", "assignments", "agencies", "versions")}
    with open_archive(tmp_path) as archive:
        archive.refresh_agencies()   # what a run does first: the counts become the latest versions'
        assert [(v.version, v.is_latest, v.source_path) for v in archive.versions("东府办〔2016〕23号")] == [
            (1, False, "raw/a.html"), (2, False, "raw/b.html"), (3, True, "raw/c.html")]
        assert [n.doc_number for n in list(archive.iter_notices())] == ["东府办〔2016〕23号", "东府办〔2015〕1号"]
        # stored versions keep their numbers in the JSON too
        assert [n.version for n in list(archive.iter_notices(all_versions=True))] == [1, 2, 3, 1]
        # a file saying what the latest says is now a source of it, not a version
        status, _ = archive.add_notice(make_notice(republished(), doc_number="东府办［2016］23号",
                                                   path="raw/e.html", salt="e"))
        assert status == "same"
    after = {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in before}
    assert after == before                                    # every row kept
    assert rows(db, "SELECT doc_number FROM notices ORDER BY rowid")[0] == ("东府办[2016]23号",)   # as printed
    assert rows(db, "SELECT version FROM notices ORDER BY rowid") == [(1,), (2,), (3,), (1,)]
    assert rows(db, "SELECT count(*) FROM sources") == [(5,)]
    assert rows(db, "PRAGMA foreign_key_check") == [] and rows(db, "PRAGMA integrity_check") == [("ok",)]
    # counted over the latest versions: c (republished: 松山湖 leads in 3) and 东府办〔2015〕1号 (it supports)
    assert rows(db, "SELECT lead_count, support_count, notice_count FROM agencies "
                    "WHERE agency_id = 'id-松山湖管委会'") == [(1, 1, 2)]
    kept, recount = agency_counts(db)
    assert kept == recount


def test_a_schema_cut_short_leaves_no_half_archive(tmp_path, monkeypatch):
    # a run killed (here: failing) while creating the schema must not leave some tables
    # made and others not: the schema is created in one transaction
    from extractor.store import migrate

    real = migrate._add_missing_columns

    def cut(con, table, columns):
        if table == "versions":
            raise RuntimeError("killed here")
        return real(con, table, columns)

    monkeypatch.setattr(migrate, "_add_missing_columns", cut)
    with pytest.raises(RuntimeError):
        Archive(tmp_path / "notices.sqlite")
    con = sqlite3.connect(tmp_path / "notices.sqlite")
    assert con.execute("SELECT name FROM sqlite_master").fetchall() == []
    con.close()
    monkeypatch.setattr(migrate, "_add_missing_columns", real)
    archive = Archive(tmp_path / "notices.sqlite")   # the next run makes it whole
    assert archive.con.execute("SELECT count(*) FROM versions").fetchone() == (0,)
    archive.close()


@pytest.mark.parametrize("commit_every", [1, 64])
def test_a_derived_agency_keeps_its_first_name_whatever_the_batches(tmp_path, fixtures_dir, monkeypatch,
                                                                     commit_every):
    """One template id printed in two forms of its type (平顶山's 自然资源和规划局 in
    the 2021 notice, 自然资源局 in the 2019 one): the agencies table shows the
    name of the first notice in input order, whether the two notices are
    committed in one batch (64) or in two (1) - not whichever batch the
    clock happened to cut last."""
    import shutil

    import extractor.store.archive as A
    from extractor.engine.pipeline import Settings, run

    monkeypatch.setattr(A, "COMMIT_EVERY", commit_every)
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("bl-pingdingshan-2021-12.txt", "group-pingdingshan-2019-14.txt"):
        shutil.copy(fixtures_dir / name, raw / name)
    run(Settings(inputs=(str(raw),), out_dir=tmp_path / "out"))
    names = rows(tmp_path / "out" / "notices.sqlite",
                 "SELECT canonical FROM agencies WHERE canonical LIKE '平顶山市自然资源%'")
    assert names == [("平顶山市自然资源和规划局",)]


def test_early_sync_fsyncs_in_the_background_one_round_at_a_time(tmp_path, monkeypatch):
    """files.EarlySync: a hint that writes files out ahead of their real fsync; a file
    gone meanwhile is skipped, and a round still running makes ``start`` a no-op."""
    import os
    import threading

    from extractor.store.files import EarlySync

    synced, release = [], threading.Event()
    real_fsync = os.fsync

    def fsync(fd):
        release.wait(5)
        synced.append(os.fstat(fd).st_ino)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"x")
    b.write_bytes(b"y")
    early = EarlySync()
    early.start([tmp_path / "gone", a])
    early.start([b])              # the first round is still waiting: not started
    assert threading.active_count() >= 2
    release.set()
    early.wait()
    assert synced == [a.stat().st_ino]
    early.start([b])
    early.wait()
    assert synced == [a.stat().st_ino, b.stat().st_ino]
    early.wait()                  # nothing running: returns at once


def test_a_run_syncs_its_files_early_and_leaves_no_thread(tmp_path, fixtures_dir, monkeypatch):
    """The archive built aside is synced after each commit and the spool every few bytes,
    in a thread that is gone when the run returns; the files are those of a run without."""
    import threading

    import extractor.store.archive as A
    import extractor.store.files as F
    import extractor.store.partfiles as PF
    from extractor.engine.pipeline import Settings, run

    inputs = sorted(fixtures_dir.glob("*.html"))[:6]
    assert len(inputs) == 6
    before = threading.active_count()
    run(Settings(inputs=tuple(map(str, inputs)), out_dir=tmp_path / "plain"))
    rounds = []
    quiet = F._fsync_quietly
    monkeypatch.setattr(F, "_fsync_quietly", lambda paths: (rounds.append([p.name for p in map(Path, paths)]),
                                                             quiet(paths)))
    monkeypatch.setattr(A, "COMMIT_EVERY", 2)
    monkeypatch.setattr(PF, "EARLY_SYNC_BYTES", 1)
    run(Settings(inputs=tuple(map(str, inputs)), out_dir=tmp_path / "early"))
    assert threading.active_count() == before
    assert any(names == [".notices.sqlite.building"] for names in rounds)
    assert any(len(names) == 4 and all(n.endswith(".tmp") for n in names) for names in rounds)
    for name in ("notices.json", "measures.csv", "assignments.csv", "notices.csv", "agencies.csv"):
        assert (tmp_path / "early" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()


def test_ctrl_c_while_a_new_archive_goes_in_place_stays_an_interrupt(tmp_path, monkeypatch):
    # a first run builds its archive aside and puts it in place mid-run (``settle``);
    # Ctrl-C between closing the side file and reopening the archive must reach the
    # user as an interrupt (not as "Cannot operate on a closed database"), and the
    # notices stored before it are kept, with no side file left behind
    from extractor.store import archive as archive_module

    real = archive_module.put_in_place
    calls = []

    def interrupted_once(side, path):
        calls.append(side)
        if len(calls) == 1:
            raise KeyboardInterrupt
        return real(side, path)

    monkeypatch.setattr(archive_module, "put_in_place", interrupted_once)
    with pytest.raises(KeyboardInterrupt):
        with open_archive(tmp_path) as archive:
            archive.store(make_notice())
            archive.settle()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("notices")) == ["notices.sqlite"]
    con = sqlite3.connect(tmp_path / "notices.sqlite")
    assert con.execute("SELECT count(*) FROM notices").fetchone() == (1,)
    con.close()


@pytest.mark.parametrize("commit_every", [1, 64])
def test_an_unlisted_agency_keeps_the_first_city_a_notice_gave_it_whatever_the_batches(
        tmp_path, monkeypatch, commit_every):
    # an agency with no registry entry takes its city from the notices it is seen in; a
    # notice with no city (a letterless page) must not decide it, and where the commit
    # clock cuts the batches (one notice each, or all in one) must not change it either
    import dataclasses

    import extractor.store.archive as A

    monkeypatch.setattr(A, "COMMIT_EVERY", commit_every)
    placeless = dataclasses.replace(make_notice(salt="a"), city=None)
    in_liling = dataclasses.replace(make_notice(doc_number="醴府办〔2024〕3号", salt="b"), city="醴陵市")
    in_wuhu = dataclasses.replace(make_notice(doc_number="芜政办〔2024〕1号", salt="c"), city="芜湖市")
    with open_archive(tmp_path) as archive:
        for notice in (placeless, in_liling, placeless, in_wuhu):
            archive.add_notice(notice)
    assert rows(tmp_path / "notices.sqlite", "SELECT city FROM agencies WHERE agency_id = 'id-松山湖管委会'") \
        == [("醴陵市",)]


def test_the_agencies_rows_stand_in_one_order_wherever_the_batches_end(tmp_path, fixtures_dir, monkeypatch):
    """Two runs of one input store the agencies table's rows in one order (rowid), whether the
    commit clock cut the stream after every notice, every second one or never: each batch wrote its
    new agencies most assignments first, and listed ones before derived ones, so a new agency's row
    landed where the batch's cut put it (session 65: two runs of the bench's 1,000 pages differed).
    The fixtures print registry agencies (东莞's, 丽水's) and template ones (平顶山's), some again later."""
    import shutil

    import extractor.store.archive as A
    from extractor.engine.pipeline import Settings, run

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("bl-pingdingshan-2021-12.txt", "group-pingdingshan-2019-14.txt", "inll-dongguan-2015-40.txt",
                 "inlv-dongguan-2016-23.html", "list-lishui-2018-21b.txt", "p2-dongguan-2018-52.txt"):
        shutil.copy(fixtures_dir / name, raw / name)
    stored = {}
    for commit_every in (1, 2, 64):
        monkeypatch.setattr(A, "COMMIT_EVERY", commit_every)
        out = tmp_path / f"out-{commit_every}"
        run(Settings(inputs=(str(raw),), out_dir=out))
        stored[commit_every] = rows(out / "notices.sqlite", "SELECT * FROM agencies ORDER BY rowid")
    from extractor.agencies.registry import default_registry
    listed = default_registry().agencies
    assert len(stored[1]) > 20 and {r[0] in listed for r in stored[1]} == {True, False}
    assert stored[1] == stored[2] == stored[64]
