"""The re-run workflow end to end: URL inputs, incremental runs, a
re-published notice, a run killed mid-write, two runs at once."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.engine.pipeline import Settings, run
from localhttp import Route, http_server  # noqa: F401 (fixture)

SEED = "seed-dongguan-2014-75.html"
# measure 2 reworded; 松山湖管委会 moved from support to lead in measure 3
REWORD = ("2、提升优势传统产业,提升产业集群优势。", "2、提升优势传统产业,打造先进制造业集群。")
MOVE = ("<td>市经信局</td><td>松山湖管委会</td>", "<td>市经信局 松山湖管委会</td><td>&nbsp;</td>")


def seed_text(fixtures_dir: Path) -> str:
    return (fixtures_dir / SEED).read_text(encoding="utf-8")


MEASURE_1 = "突出发展战略性新兴产业"


def write_copies(raw: Path, text: str, numbers) -> None:
    """Copies of the seed, measure 1 worded per copy (so distinct versions of one notice)."""
    raw.mkdir(exist_ok=True)
    for i in numbers:
        (raw / f"copy{i:02d}.html").write_text(text.replace(MEASURE_1, f"{MEASURE_1}（第{i}稿）", 1),
                                               encoding="utf-8")


def db_rows(db: Path, sql: str):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def kill_when_paused(proc, marker) -> None:
    """SIGKILL the driver once it has written ``marker`` (it is paused mid-write)."""
    deadline = time.monotonic() + 90
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "the run never reached the archive write"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()


def test_run_skips_unchanged_inputs_and_full_redoes_them(tmp_path, fixtures_dir):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_copies(raw, seed_text(fixtures_dir), range(2))
    first = run(Settings(inputs=(str(raw),), out_dir=out))
    assert (first.new, first.changed, first.unchanged) == (1, 1, 0)
    again = run(Settings(inputs=(str(raw),), out_dir=out))
    assert (again.new, again.changed, again.unchanged) == (0, 0, 2)
    assert again.notice_count == 2 and again.measure_count == first.measure_count
    assert again.assignment_count == first.assignment_count
    full = run(Settings(inputs=(str(raw),), out_dir=out, full=True))
    assert (full.new, full.changed, full.unchanged) == (0, 0, 2)
    assert db_rows(out / "notices.sqlite", "SELECT version FROM versions ORDER BY version") == [(1,), (2,)]
    assert db_rows(out / "notices.sqlite", "PRAGMA foreign_key_check") == []


def test_republished_notice_becomes_a_version_and_diff_shows_two_changes(tmp_path, fixtures_dir, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    text = seed_text(fixtures_dir)
    assert text.count(REWORD[0]) == 1 and text.count(MOVE[0]) == 1
    (raw / "v1.html").write_text(text, encoding="utf-8")
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 0
    (raw / "v2.html").write_text(text.replace(*REWORD).replace(*MOVE), encoding="utf-8")
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 0
    assert "0 new, 1 changed, 1 unchanged" in capsys.readouterr().out
    data = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert [n["version"] for n in data] == [2]        # the latest version by default
    assert main(["diff", "东府办〔2014〕75号", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "added": [], "removed": [], "reworded": [2],
        "reassigned": [{"measure_no": 3, "name": "松山湖管委会", "from": "support", "to": "lead"}],
    }
    assert main(["run", str(raw), "--out", str(out), "--all-versions", "--no-progress"]) == 0
    data = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert [n["version"] for n in data] == [1, 2]


def test_url_input_is_fetched_then_extracted_with_the_header_charset(http_server, tmp_path, fixtures_dir):
    # the page re-encoded as GBK with its <meta> charset removed: only the header says GBK
    page = seed_text(fixtures_dir).replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "")
    http_server.routes["/t20140808_75.html"] = Route(200, page.encode("gbk"),
                                                     {"Content-Type": "text/html; charset=GBK"})
    url = http_server.url("/t20140808_75.html")
    result = run(Settings(inputs=(url,), out_dir=tmp_path / "out", fetch_into=tmp_path / "raw"))
    assert not result.failures and result.new == 1 and result.measure_count == 53
    notice, = json.loads((tmp_path / "out" / "notices.json").read_text(encoding="utf-8"))
    assert notice["source"]["url"] == url and notice["source"]["encoding"] == "gb18030"
    assert notice["doc_number"] == "东府办〔2014〕75号" and len(notice["measures"]) == 53
    missing = run(Settings(inputs=(http_server.url("/gone.html"),), out_dir=tmp_path / "out",
                           fetch_into=tmp_path / "raw"))
    assert missing.failures == [(http_server.url("/gone.html"), "HTTP 404 Not Found")]


def test_second_run_on_the_same_output_fails_cleanly(tmp_path, fixtures_dir, capsys):
    from extractor.store.archive import output_lock

    raw, out = tmp_path / "raw", tmp_path / "out"
    write_copies(raw, seed_text(fixtures_dir), range(1))
    with output_lock(out):   # another run holds the output folder
        assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "in use by another extractor run" in err
    assert not (out / "notices.json").exists()


DRIVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import extractor.store.archive as A
    from extractor.engine.pipeline import Settings, run

    raw, out, marker, pause_at = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    if len(sys.argv) > 5:
        A.COMMIT_EVERY = int(sys.argv[5])
    if len(sys.argv) > 6:
        A.BUILD_SECONDS = float(sys.argv[6])
    from extractor.store.rowbatch import RowBatch
    insert, hold, calls = A.Archive._insert_notice_rows, RowBatch.add, []

    def stored(record):
        # rows of this notice written (or held, a new notice of a one-process run: store/rowbatch.py),
        # its transaction not yet committed: the test kills us here
        calls.append(record.notice.doc_id)
        if len(calls) == pause_at:
            marker.write_text(record.notice.doc_id)
            time.sleep(120)

    def pausing(self, record):
        insert(self, record)
        stored(record)

    def holding(self, record, *args):
        held = hold(self, record, *args)
        if held:
            stored(record)
        return held

    A.Archive._insert_notice_rows, RowBatch.add = pausing, holding
    run(Settings(inputs=(raw,), out_dir=Path(out)))
""")


@pytest.mark.parametrize("commit_every,committed", [(2, 2), (64, 0)])
def test_run_killed_mid_write_leaves_archive_whole_and_next_run_finishes(tmp_path, fixtures_dir,
                                                                         commit_every, committed):
    """Notices are committed in batches (``COMMIT_EVERY``), each one whole: a run
    killed while storing its third notice keeps the batch committed before it
    (two notices, or none when the batch is larger) and nothing of the rest."""
    raw, out, marker = tmp_path / "raw", tmp_path / "out", tmp_path / "paused"
    text = seed_text(fixtures_dir)
    write_copies(raw, text, range(3))
    assert run(Settings(inputs=(str(raw),), out_dir=out)).changed == 2   # the previous run
    before_json = (out / "notices.json").read_bytes()
    before = set(db_rows(out / "notices.sqlite", "SELECT doc_id FROM versions"))
    write_copies(raw, text, range(3, 10))
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(raw), str(out), str(marker), "3",
                             str(commit_every)], stderr=subprocess.PIPE)
    kill_when_paused(proc, marker)
    db = out / "notices.sqlite"
    assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert db_rows(db, "PRAGMA foreign_key_check") == []
    after = set(db_rows(db, "SELECT doc_id FROM versions"))
    assert before <= after and len(after) == len(before) + committed   # the paused notice is not there
    assert (marker.read_text(),) not in after
    assert db_rows(db, "SELECT count(*) FROM notices")[0][0] == len(after)
    assert db_rows(db, "SELECT count(DISTINCT doc_id) FROM measures")[0][0] == len(after)
    assert (out / "notices.json").read_bytes() == before_json   # per-run files untouched
    # the killed run's spool (the parts of the notices it stored) is left as temp files
    assert all(p.name.startswith(".") for p in out.iterdir() if p.name.endswith(".tmp"))
    final = run(Settings(inputs=(str(raw),), out_dir=out))
    assert (final.changed, final.unchanged) == (7 - committed, 3 + committed) and not final.failures
    assert db_rows(db, "SELECT count(*), max(version) FROM versions") == [(10, 10)]
    assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]   # removed by the next run
    assert [n["version"] for n in json.loads((out / "notices.json").read_text(encoding="utf-8"))] == [10]


def test_first_run_killed_mid_write_leaves_temp_files_the_next_run_removes(tmp_path, fixtures_dir):
    """Into an empty archive the per-run files are written (to temp files) as the
    notices are stored, so a run killed midway leaves them; the next run, under
    the output lock, removes them before it writes its own."""
    raw, out, marker = tmp_path / "raw", tmp_path / "out", tmp_path / "paused"
    write_copies(raw, seed_text(fixtures_dir), range(3))
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(raw), str(out), str(marker), "2"],
                            stderr=subprocess.PIPE)
    kill_when_paused(proc, marker)
    assert [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not (out / "notices.json").exists()
    # the new archive was being built aside: nothing half written under its name
    assert (out / SIDE).exists() and not (out / "notices.sqlite").exists()
    final = run(Settings(inputs=(str(raw),), out_dir=out))
    # the killed run kept nothing: all three are extracted
    assert (final.new, final.changed, final.unchanged) == (1, 2, 0) and not final.failures
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert [n["version"] for n in json.loads((out / "notices.json").read_text(encoding="utf-8"))] == [3]
    assert not (out / SIDE).exists()
    db = out / "notices.sqlite"
    assert db_rows(db, "PRAGMA journal_mode") == [("wal",)] and db_rows(db, "PRAGMA integrity_check") == [("ok",)]


SIDE = ".notices.sqlite.building"   # where a first run builds the archive (store/database.py)


def test_a_first_run_puts_its_archive_in_place_after_build_seconds(tmp_path, fixtures_dir):
    """Built aside for at most ``BUILD_SECONDS`` (0 here: from the first commit on),
    then in place in WAL mode: a first run killed after that keeps what it committed."""
    raw, out, marker = tmp_path / "raw", tmp_path / "out", tmp_path / "paused"
    write_copies(raw, seed_text(fixtures_dir), range(3))
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(raw), str(out), str(marker), "3", "2", "0"],
                            stderr=subprocess.PIPE)
    kill_when_paused(proc, marker)
    db = out / "notices.sqlite"
    assert not (out / SIDE).exists()
    assert db_rows(db, "PRAGMA journal_mode") == [("wal",)] and db_rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert db_rows(db, "SELECT count(*), max(version) FROM versions") == [(2, 2)]   # the first batch
    final = run(Settings(inputs=(str(raw),), out_dir=out))
    assert (final.changed, final.unchanged) == (1, 2) and not final.failures


def _failing_insert(monkeypatch, at: int, error: BaseException) -> None:
    """``error`` raised as the ``at``-th notice's rows are written (or held: store/rowbatch.py)."""
    import extractor.store.archive as A
    from extractor.store.rowbatch import RowBatch

    insert, hold, calls = A.Archive._insert_notice_rows, RowBatch.add, []

    def failing(self, record):
        calls.append(record)
        if len(calls) == at:
            raise error
        insert(self, record)

    def failing_hold(self, record, *args):
        calls.append(record)
        if len(calls) == at:
            raise error
        return hold(self, record, *args)

    monkeypatch.setattr(A.Archive, "_insert_notice_rows", failing)
    monkeypatch.setattr(RowBatch, "add", failing_hold)


def test_a_first_run_stopped_by_ctrl_c_keeps_what_it_stored(tmp_path, fixtures_dir, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_copies(raw, seed_text(fixtures_dir), range(3))
    _failing_insert(monkeypatch, 3, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        run(Settings(inputs=(str(raw),), out_dir=out))
    db = out / "notices.sqlite"
    assert not (out / SIDE).exists() and not (out / "notices.json").exists()
    assert db_rows(db, "PRAGMA journal_mode") == [("wal",)] and db_rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert db_rows(db, "SELECT count(*), max(version) FROM versions") == [(2, 2)]   # the third rolled back
    monkeypatch.undo()
    final = run(Settings(inputs=(str(raw),), out_dir=out))
    assert (final.changed, final.unchanged) == (1, 2) and not final.failures
    assert [n["version"] for n in json.loads((out / "notices.json").read_text(encoding="utf-8"))] == [3]


def test_a_first_run_whose_database_fails_leaves_no_archive(tmp_path, fixtures_dir, monkeypatch):
    """SQLite's own error (a full disk): the side file may not be whole, so it is
    removed, never given the archive's name."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_copies(raw, seed_text(fixtures_dir), range(3))
    _failing_insert(monkeypatch, 2, sqlite3.OperationalError("database or disk is full"))
    with pytest.raises(sqlite3.OperationalError):
        run(Settings(inputs=(str(raw),), out_dir=out))
    assert not (out / SIDE).exists() and not (out / "notices.sqlite").exists()


def test_a_side_file_left_behind_is_removed_by_the_next_run(tmp_path, fixtures_dir):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_copies(raw, seed_text(fixtures_dir), range(1))
    out.mkdir()
    (out / SIDE).write_bytes(b"SQLite format 3\0 and then nothing whole")
    assert run(Settings(inputs=(str(raw),), out_dir=out)).new == 1
    assert not (out / SIDE).exists()
    (out / SIDE).write_bytes(b"half")   # beside an archive in place: removed, the archive kept
    write_copies(raw, seed_text(fixtures_dir), range(1, 2))
    assert run(Settings(inputs=(str(raw),), out_dir=out)).changed == 1
    assert not (out / SIDE).exists()
    assert db_rows(out / "notices.sqlite", "SELECT count(*) FROM versions") == [(2,)]
