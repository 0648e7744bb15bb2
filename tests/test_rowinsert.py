"""store/rowinsert.py: several rows a statement store what executemany stores."""
import sqlite3

import pytest

from extractor.store import rowtypes as R
from extractor.store.rowinsert import MAX_PARAMETERS, ROWS_PER_INSERT, RowInserter
from extractor.store.schema import INSERT_SQL, create_table_sql


def _assignment(doc_id, seq, position, doc_number="东府办〔2014〕75号", city="东莞市", date="2014-06-01"):
    name = f"市单位{seq}-{position}"
    return (doc_id, doc_number, seq, seq if seq % 3 else None, "lead" if position == 1 else "support",
            position, name, None if seq % 4 == 0 else f"dg-{seq}", name if seq % 2 else None, None,
            "exact", 1.0 if seq % 5 else 0.5, "agency", city, date)


def _tables(con):
    return {table: con.execute(f"SELECT rowid, *, typeof(score) FROM {table} ORDER BY rowid").fetchall()
            for table in ("assignments",)}


@pytest.mark.parametrize("count", [0, 1, 2, 3, ROWS_PER_INSERT - 1, ROWS_PER_INSERT, ROWS_PER_INSERT + 1,
                                   2 * ROWS_PER_INSERT + 7, 145])
@pytest.mark.parametrize("doc_number", ["东府办〔2014〕75号", None])
def test_rows_as_executemany_stores_them(count, doc_number):
    columns = R.column_names(R.AssignmentRow)
    rows = [_assignment("a" * 16, 1 + i // 3, 1 + i % 3, doc_number=doc_number) for i in range(count)]
    # another notice before, so rowids go on from its rows
    before = [_assignment("b" * 16, 1, p, city=None, date=None) for p in (1, 2)]
    got, want = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for con in (got, want):
        con.execute(create_table_sql("assignments", R.AssignmentRow))
    inserter = RowInserter("assignments", columns)
    inserter.insert(got, before)
    inserter.insert(got, rows)
    want.executemany(INSERT_SQL["assignments"], before)   # what the archive ran before rowinsert
    want.executemany(INSERT_SQL["assignments"], rows)
    assert _tables(got) == _tables(want)
    assert len(_tables(got)["assignments"]) == count + 2


def test_a_duplicate_row_is_refused_as_by_executemany():
    con = sqlite3.connect(":memory:")
    con.execute(create_table_sql("assignments", R.AssignmentRow))
    row = _assignment("a" * 16, 1, 1)
    with pytest.raises(sqlite3.IntegrityError):
        RowInserter("assignments", R.column_names(R.AssignmentRow)).insert(con, [row, row])


def test_every_archive_table_fits_one_statement():
    for table, row_type in (("sections", R.SectionRow), ("measures", R.MeasureRow),
                            ("assignments", R.AssignmentRow)):
        RowInserter(table, R.column_names(row_type))   # raises when it would not
    with pytest.raises(ValueError):
        RowInserter("wide", ["doc_id"] + [f"c{i}" for i in range(MAX_PARAMETERS // ROWS_PER_INSERT + 1)])


def _measure(doc_id, seq, doc_number="东府办〔2014〕75号", city="东莞市", date="2014-06-01"):
    deadline = None if seq % 3 else f"{seq}月底前"
    return (doc_id, doc_number, seq, 1 + seq // 5, None if seq % 7 == 0 else f"节{seq // 5}", seq if seq % 4 else None,
            f"做第{seq}件事。", "市甲局", "市乙局、市丙局" if seq % 2 else "", deadline, "html-table",
            "" if seq % 6 else '{"备注":"甲"}', city, date, deadline and f"2014-{seq % 12 + 1:02d}-28",
            deadline and "date")


@pytest.mark.parametrize("count", [0, 1, 5, ROWS_PER_INSERT, ROWS_PER_INSERT + 3, 45])
def test_rows_whose_own_columns_are_not_adjacent_go_in_as_by_executemany(count):
    """A measure's own values are two runs of columns (the notice's city and date stand
    between them): each row's values are bound in column order all the same."""
    columns = R.column_names(R.MeasureRow)
    rows = [_measure("a" * 16, seq) for seq in range(1, count + 1)]
    before = [_measure("b" * 16, seq, city=None, date=None) for seq in (1, 2, 3)]
    got, want = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for con in (got, want):
        con.execute(create_table_sql("measures", R.MeasureRow))
    inserter = RowInserter("measures", columns)
    assert len(inserter._runs) == 2
    inserter.insert(got, before)
    inserter.insert(got, rows)
    want.executemany(INSERT_SQL["measures"], before)
    want.executemany(INSERT_SQL["measures"], rows)
    read = "SELECT rowid, * FROM measures ORDER BY rowid"
    assert got.execute(read).fetchall() == want.execute(read).fetchall()
    assert len(got.execute(read).fetchall()) == count + 3
