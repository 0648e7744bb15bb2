"""store/rowbatch.py: an archive that writes its new notices' rows a batch at a time, in a
thread, stores what one storing each notice's rows at once stores."""
import sqlite3
from dataclasses import replace

import pytest

from archivekit import BASE_MEASURES, make_notice, republished
from extractor.models import AgencyRef, Measure, Section
from extractor.store import archive as A
from extractor.store import rowbatch
from extractor.store.archive import Archive, NotArchived
from extractor.store.rowbatch import RowBatch

AT = "2026-12-05T08:00:00Z"


def _tables(path):
    """Every table's rows in rowid order, each value by ``quote`` (its type shows)."""
    con = sqlite3.connect(path)
    out = {}
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        values = ", ".join(f"quote({c})" for c in columns)
        out[table] = con.execute(f"SELECT rowid, {values} FROM {table} ORDER BY rowid").fetchall()
    con.close()
    return out


def _varied(i: int):
    """A notice of its own: scores of several kinds, empty and filled columns, a unit with a capacity."""
    measures = []
    for seq in range(1, 2 + i % 5):
        lead = (AgencyRef(name=f"市局{i}-{seq}", agency_id=f"dg-{i}-{seq}", canonical=f"东莞市局{seq}",
                          match="exact", score=round(0.001 * (i * 37 + seq) % 1, 3)),)
        support = () if seq % 2 else (
            AgencyRef(name="各镇街", agency_id=None, canonical=None, match="group", score=1.0, kind="group"),
            AgencyRef(name=f"区局{seq}(牵头)", agency_id=None, canonical=None, capacity="牵头",
                      match="unresolved", score=0.0))
        measures.append(Measure(seq=seq, section_no=1 if seq < 3 else None, measure_no=seq if seq % 3 else None,
                                text=f"第{i}项任务：\t“加快”发展。\n", lead=lead, support=support,
                                deadline="2015年底前" if seq == 2 else None, form="html-table",
                                extra={"备注": "每季度"} if seq == 3 else {}))
    notice = make_notice(salt=str(i), doc_number=None if i % 4 == 0 else f"东府办〔2014〕{i}号",
                         url=f"http://example.gov.cn/{i}.html" if i % 4 == 0 else None, path=f"raw/{i}.html")
    sections = (Section(1, "(一)", "构建产业体系"), Section(None, None, "其他")) if i % 2 else ()
    return replace(notice, measures=tuple(measures), sections=sections)


def _store_all(path, notices, batch):
    archive = Archive(path, batch=batch)
    outcomes = []
    for notice in notices:
        try:
            status, record = archive.store(notice, extracted_at=AT)
            outcomes.append((status, record.head.version, record.json))
        except NotArchived as exc:
            outcomes.append(("refused", str(exc)))
    archive.close()
    return outcomes


@pytest.fixture
def small_batches(monkeypatch):
    """Commits and hand-overs every few notices, so that a few notices make several batches."""
    monkeypatch.setattr(A, "COMMIT_EVERY", 7)
    monkeypatch.setattr(A, "HAND_OVER_EVERY", 3)


def _mixed_notices():
    notices = [_varied(i) for i in range(30)]
    base = make_notice(path="raw/base.html")
    notices += [base,
                make_notice(measures=republished(), path="raw/base2.html"),  # its next version
                make_notice(measures=republished(), path="raw/copy.html", salt="copy"),  # says what the latest says
                notices[3],                                                    # the same bytes again
                make_notice(measures=BASE_MEASURES, path="raw/base.html")]     # the first version's bytes again
    notices += [_varied(i) for i in range(30, 45)]
    return notices


def test_a_batch_stores_what_storing_each_notice_at_once_stores(tmp_path, small_batches):
    notices = _mixed_notices()
    one_by_one = _store_all(tmp_path / "a.sqlite", notices, batch=False)
    batched = _store_all(tmp_path / "b.sqlite", notices, batch=True)
    assert batched == one_by_one
    assert {status for status, *_ in batched} == {"new", "changed", "same", "unchanged"}
    assert _tables(tmp_path / "b.sqlite") == _tables(tmp_path / "a.sqlite")


def test_the_rows_of_new_notices_are_held_and_written_in_a_thread(tmp_path, small_batches, monkeypatch):
    written = []
    write = RowBatch.write

    def noted(self, con):
        written.append(self.count)
        write(self, con)
    monkeypatch.setattr(RowBatch, "write", noted)
    _store_all(tmp_path / "b.sqlite", [_varied(i) for i in range(10)], batch=True)
    # three, three, then one at the commit of the seventh; the last three at the end
    assert written == [3, 3, 1, 3]


def test_a_notice_the_schema_refuses_is_refused_alone_as_before(tmp_path, small_batches):
    twice = replace(_varied(1), sections=(Section(1, "(一)", "甲"), Section(1, "(一)", "乙")))
    notices = [_varied(i) for i in range(2, 6)] + [twice] + [_varied(i) for i in range(6, 12)]
    one_by_one = _store_all(tmp_path / "a.sqlite", notices, batch=False)
    batched = _store_all(tmp_path / "b.sqlite", notices, batch=True)
    assert batched == one_by_one and batched[4][0] == "refused"
    assert _tables(tmp_path / "b.sqlite") == _tables(tmp_path / "a.sqlite")


def test_values_json_would_not_carry_as_sqlite3_binds_them_go_in_one_by_one(tmp_path, small_batches):
    nul = _varied(5)
    nul = replace(nul, measures=(replace(nul.measures[0], text="一\x00二"), *nul.measures[1:]))
    batch = RowBatch()
    from extractor.store.rows import notice_record
    assert not batch.add(notice_record(nul), "x", "path", AT) and batch.count == 0
    notices = [_varied(i) for i in range(4)] + [nul] + [_varied(i) for i in range(6, 9)]
    _store_all(tmp_path / "a.sqlite", notices, batch=False)
    _store_all(tmp_path / "b.sqlite", notices, batch=True)
    assert _tables(tmp_path / "b.sqlite") == _tables(tmp_path / "a.sqlite")


@pytest.mark.parametrize("where", ["measure", "unit", "section", "title"])
def test_a_nul_in_any_row_sends_the_notice_one_by_one(where):
    """Wherever a NUL stands (rows that hold no other escape, so no backslash but its own), the
    batch does not hold the notice: SQLite's JSON reader would end the text there."""
    from extractor.store.rows import notice_record

    notice = make_notice()
    first = notice.measures[0]
    if where == "measure":
        notice = replace(notice, measures=(replace(first, text="一\x00二"), *notice.measures[1:]))
    elif where == "unit":
        unit = AgencyRef(name="市\x00局", agency_id="dg-x", canonical="市局", match="exact", score=1.0)
        notice = replace(notice, measures=(replace(first, lead=(unit,)), *notice.measures[1:]))
    elif where == "section":
        notice = replace(notice, sections=(Section(1, "(一)", "甲\x00乙"),))
    else:
        notice = replace(notice, title="关于\x00通知")
    clean = notice_record(make_notice())
    assert RowBatch().add(clean, "x", "path", AT)
    assert not RowBatch().add(notice_record(notice), "x", "path", AT)


def test_scores_come_back_as_the_same_doubles(tmp_path):
    refs = tuple(AgencyRef(name=f"局{k}", agency_id=f"dg-{k}", canonical=f"局{k}", match="fuzzy", score=k / 1000)
                 for k in range(1001))
    notice = replace(make_notice(), measures=(Measure(seq=1, section_no=None, measure_no=1, text="任务",
                                                      lead=refs, support=()),))
    _store_all(tmp_path / "b.sqlite", [notice], batch=True)
    con = sqlite3.connect(tmp_path / "b.sqlite")
    assert con.execute("SELECT score, typeof(score) FROM assignments ORDER BY rowid").fetchall() == \
        [(k / 1000, "real") for k in range(1001)]


def test_a_batch_that_fails_keeps_nothing_since_the_last_commit(tmp_path, small_batches, monkeypatch):
    path = tmp_path / "b.sqlite"
    archive = Archive(path, batch=True)
    for i in range(7):   # committed (the seventh commits)
        archive.store(_varied(i), extracted_at=AT)
    archive._writer.wait()

    def fails(self, con):
        raise sqlite3.OperationalError("disk I/O error")
    write = RowBatch.write
    monkeypatch.setattr(RowBatch, "write", fails)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        for i in range(7, 14):   # the hand-over at the tenth fails; the next access raises it
            archive.store(_varied(i), extracted_at=AT)
        archive.commit()
    monkeypatch.setattr(RowBatch, "write", write)
    assert archive.store(_varied(8), extracted_at=AT)[0] == "new"   # (rolled back: not stored)
    archive.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM versions").fetchone() == (8,)
    assert con.execute("SELECT count(DISTINCT doc_id) FROM assignments").fetchone() == (8,)


def test_without_sqlites_json_functions_each_notice_goes_in_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(A, "json_rows_work", lambda con: False)
    archive = Archive(tmp_path / "b.sqlite", batch=True)
    assert archive._batch is None
    archive.close()


def test_this_sqlite_reads_json():
    assert rowbatch.json_rows_work(sqlite3.connect(":memory:"))
