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


def _two_tables(table, row_type):
    """Two new in-memory databases holding ``table``: one for RowInserter, one for executemany."""
    cons = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for con in cons:
        con.execute(create_table_sql(table, row_type))
    return cons


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
    got, want = _two_tables("assignments", R.AssignmentRow)
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
    got, want = _two_tables("measures", R.MeasureRow)
    inserter = RowInserter("measures", columns)
    assert len(inserter._runs) == 2
    inserter.insert(got, before)
    inserter.insert(got, rows)
    want.executemany(INSERT_SQL["measures"], before)
    want.executemany(INSERT_SQL["measures"], rows)
    read = "SELECT rowid, * FROM measures ORDER BY rowid"
    assert got.execute(read).fetchall() == want.execute(read).fetchall()
    assert len(got.execute(read).fetchall()) == count + 3


class _Recording:
    """A connection that records the statements and parameters it is given."""

    def __init__(self, con):
        self.con, self.calls = con, []

    def execute(self, sql, params):
        self.calls.append((sql, list(params)))
        return self.con.execute(sql, params)


_DEADLINE = ("deadline", "deadline_date", "deadline_kind")


def _without_deadline(row: tuple, deadline: int) -> tuple:
    return row[:deadline] + (None,) + row[deadline + 1:-2] + (None, None)


@pytest.mark.parametrize("count", [1, 3, ROWS_PER_INSERT + 5, 45])
@pytest.mark.parametrize("deadlines", ["none", "some", "first"])
def test_a_group_empty_in_every_row_is_written_as_null_and_stored_as_by_executemany(count, deadlines):
    """A notice with no deadline at all: its three deadline columns are NULL in the statement,
    no None is bound for them; a notice with some deadlines binds them row by row as before.
    Either way the table holds what executemany stored."""
    columns = R.column_names(R.MeasureRow)
    deadline = columns.index("deadline")
    rows = [_measure("a" * 16, seq) for seq in range(1, count + 1)]   # every third has a deadline
    if deadlines == "none":
        rows = [_without_deadline(row, deadline) for row in rows]
    elif deadlines == "first":   # only the first row has one: the group is not empty
        rows = [_measure("a" * 16, 1)[:deadline] + ("年底前", "html-table", "") + rows[0][deadline + 3:-2]
                + ("2014-12-31", "notice-year")] + [_without_deadline(row, deadline) for row in rows[1:]]
    empty = all(row[i] is None for row in rows for i in (deadline, -2, -1))
    assert empty == (deadlines == "none" or (deadlines == "some" and count < 3))
    # and a notice before it of the other kind, so both statements are used in one table
    before = [_measure("b" * 16, seq, city=None, date=None) for seq in (1, 2, 3)]
    got, want = _two_tables("measures", R.MeasureRow)
    inserter, recording, first = RowInserter("measures", columns, empty=(_DEADLINE,)), _Recording(got), _Recording(got)
    inserter.insert(first, before)
    inserter.insert(recording, rows)
    want.executemany(INSERT_SQL["measures"], before)
    want.executemany(INSERT_SQL["measures"], rows)
    read = "SELECT rowid, * FROM measures ORDER BY rowid"
    assert got.execute(read).fetchall() == want.execute(read).fetchall()
    assert len(got.execute(read).fetchall()) == count + 3
    assert all("NULL" not in sql for sql, _ in first.calls)   # (seq 3 has a deadline)
    notice_calls = recording.calls
    assert all(("NULL" in sql) == empty for sql, _ in notice_calls)
    bound = sum(len(params) for _, params in notice_calls)
    shared = 4   # doc_id, doc_number, city, date: once a statement
    assert bound == shared * len(notice_calls) + count * (len(columns) - shared - (3 if empty else 0))


def test_an_assignment_without_capacity_binds_no_none_for_it():
    """capacity sits between an assignment's own columns: the rest of them are still bound in order."""
    columns = R.column_names(R.AssignmentRow)
    rows = [_assignment("a" * 16, 1 + i // 3, 1 + i % 3) for i in range(40)]
    capacity = columns.index("capacity")
    assert all(row[capacity] is None for row in rows)
    with_capacity = [row[:capacity] + ("牵头",) + row[capacity + 1:] for row in
                     (_assignment("b" * 16, 1, p) for p in (1, 2))]
    got, want = _two_tables("assignments", R.AssignmentRow)
    inserter, recording = RowInserter("assignments", columns, empty=(("capacity",),)), _Recording(got)
    for notice in (with_capacity, rows):
        inserter.insert(recording, notice)
        want.executemany(INSERT_SQL["assignments"], notice)
    assert _tables(got) == _tables(want)
    assert "NULL" not in recording.calls[0][0] and all("NULL" in sql for sql, _ in recording.calls[1:])
    # the Nones bound are those of the columns that hold a value in some row (measure_no ...), not capacity's
    nones = sum(params.count(None) for _, params in recording.calls[1:])
    assert nones == sum(v is None for row in rows for i, v in enumerate(row) if i != capacity)


def test_an_empty_group_names_the_rows_own_columns():
    columns = R.column_names(R.MeasureRow)
    for bad in ((), ("city",), ("no_such_column",)):
        with pytest.raises(ValueError):
            RowInserter("measures", columns, empty=(bad,))


def _typed(con, table, columns):
    """Every row of ``table`` with each value's SQLite type beside it."""
    cells = ", ".join(f"{c}, typeof({c})" for c in columns)
    return con.execute(f"SELECT rowid, {cells} FROM {table} ORDER BY rowid").fetchall()


@pytest.mark.parametrize("count", [1, 3, ROWS_PER_INSERT + 5, 45])
def test_a_constant_column_is_bound_once_only_for_one_object_in_every_row(count):
    """An own column a notice fills with the very same object in every row (a measure's
    form and extra, an assignment's kind) is bound once a statement; a value equal in every
    row but not one object (1, 1.0, True; two equal strings) is bound row by row, each with
    its own type, and so is a column that differs in some row."""
    columns = R.column_names(R.MeasureRow)
    form, extra = columns.index("form"), columns.index("extra")
    base = [_measure("a" * 16, seq)[:extra] + ("",) + _measure("a" * 16, seq)[extra + 1:] for seq in range(1, count + 1)]
    assert all(row[form] is base[0][form] and row[extra] is base[0][extra] for row in base)
    equal_not_same = ["".join(["html-", "table"]) for _ in base]   # equal strings, each its own object
    assert count == 1 or equal_not_same[0] is not equal_not_same[1]
    notices = {
        "same": base,
        "one differs": base[:-1] + [base[-1][:form] + ("inline",) + base[-1][form + 1:]],
        "equal, not one object": [row[:form] + (s,) + row[form + 1:] for row, s in zip(base, equal_not_same)],
        "1, 1.0, True": [row[:form] + ((1, 1.0, True)[i % 3],) + row[form + 1:] for i, row in enumerate(base)],
    }
    for name, rows in notices.items():
        got, want = _two_tables("measures", R.MeasureRow)
        inserter = RowInserter("measures", columns, empty=(_DEADLINE,), constant=("form", "extra"))
        recording = _Recording(got)
        inserter.insert(recording, rows)
        want.executemany(INSERT_SQL["measures"], rows)
        assert _typed(got, "measures", columns) == _typed(want, "measures", columns), name
        bound = sum(len(params) for _, params in recording.calls)
        once = 1 + all(row[form] is rows[0][form] for row in rows)   # (extra is one object in every row)
        per_row = len(columns) - 4 - once - (3 if all(row[len(columns) - 1] is None for row in rows) else 0)
        assert bound == (4 + once) * len(recording.calls) + count * per_row, name


def test_a_constant_column_is_the_rows_own_and_in_no_empty_group():
    columns = R.column_names(R.AssignmentRow)
    for bad in (("city",), ("no_such_column",), ("capacity",)):
        with pytest.raises(ValueError):
            RowInserter("assignments", columns, empty=(("capacity",),), constant=bad)
    RowInserter("assignments", columns, empty=(("capacity",),), constant=("kind",))
