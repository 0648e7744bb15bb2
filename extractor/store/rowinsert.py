"""A notice's rows into one archive table: INSERTs of several rows that bind the
notice's own values once.

``executemany`` binds every value of every row and runs the statement once per
row: a bench notice's ~190 section, measure and assignment rows were ~190 steps,
each handing the GIL back and taking it again, each resetting the statement and
binding its doc id, doc number, city and date again (SQLite copies every string
it is given, a lock and a malloc each).  Here a statement holds up to
``ROWS_PER_INSERT`` rows (``INSERT ... VALUES (...), (...)``), and the values
that are the notice's own (``NOTICE_COLUMNS``) are numbered parameters (``?1``)
bound once per statement and named in every row.  The rows go in in their
order, with the same values, so the tables hold what ``executemany`` stored.
Callgrind, the measure and assignment rows of 150 bench notices: 756 M
instructions with ``executemany``, 632 M so.

Columns a notice often leaves empty in every row (a table's ``empty`` groups: the
deadline of a notice that prints none, an assignment's capacity) are written as
``NULL`` in the statement when every row of the notice holds None there, not bound
row by row: ``sqlite3`` sends each None parameter through its adapter registry
(about 1,200 instructions), and a bench notice bound about 290 of them
(docs/scale.md, "One process, session 38").  A NULL written or bound is stored alike.

Columns a notice often fills with one value in every row (a table's ``constant``
columns: the form of a table's measures and their empty extra, an assignment's kind)
are bound once per statement, as the notice's own values are, when every row of the
notice holds the very same object there (``is``: the same value of the same type, so
nothing bound once differs from what each row would bind: 1, 1.0 and True are equal
but bind as three types); otherwise row by row (docs/scale.md, "One process, session 39").
"""
from __future__ import annotations

import sqlite3
from itertools import repeat
from operator import is_, itemgetter
from typing import Callable, Sequence

#: rows one INSERT holds at most: a power of two, so that a notice's last rows
#: go in statements of the powers below it (a table uses at most six statements
#: per group of empty columns, which stay in the connection's statement cache).
#: 32 and 64 counted alike; 128 more (longer statements to prepare for the rest)
ROWS_PER_INSERT = 32
#: columns that hold the notice's own value in every row of it: bound once per statement
NOTICE_COLUMNS = ("doc_id", "doc_number", "city", "date")
#: parameters one statement may number: SQLite's limit before 3.32 (32,766 since)
MAX_PARAMETERS = 999


class RowInserter:
    """Inserts rows (tuples in ``columns`` order) of one notice into ``table``.

    ``empty``: groups of own columns that a notice often leaves None in every row;
    a group None in every row of the notice is written as NULL in the statement.
    ``constant``: own columns (in no empty group) that a notice often fills with one
    object in every row: bound once per statement when it does.  Each group and each
    constant column doubles the statements a table may use: a few at most."""

    def __init__(self, table: str, columns: Sequence[str], empty: Sequence[Sequence[str]] = (),
                 constant: Sequence[str] = ()) -> None:
        shared = [c for c in NOTICE_COLUMNS if c in columns]
        own = [i for i, c in enumerate(columns) if c not in shared]
        if not shared or len(shared) + ROWS_PER_INSERT * len(own) > MAX_PARAMETERS:
            raise ValueError(f"{table}: no notice column, or too many parameters for one statement")
        groups = tuple(tuple(columns.index(c) for c in group) for group in empty)
        if any(not group or set(group) - set(own) for group in groups):
            raise ValueError(f"{table}: an empty group names no column, or a column not the rows' own")
        constant_columns = tuple(columns.index(c) for c in constant)
        if set(constant_columns) - set(own) or {i for group in groups for i in group} & set(constant_columns):
            raise ValueError(f"{table}: a constant column is not the rows' own, or in an empty group")
        self._shared: Callable[[tuple], tuple] = _getter([columns.index(c) for c in shared])
        self._table, self._columns, self._shared_names, self._own = table, tuple(columns), shared, own
        # per group: a getter of its values in a row, and what it gives for a row holding None there
        self._groups = tuple((itemgetter(*group), None if len(group) == 1 else (None,) * len(group))
                             for group in groups)
        self._group_columns = groups
        # per constant column: its bit in a mask (after the groups'), its index and a getter
        self._constants = tuple((1 << (len(groups) + k), i, itemgetter(i)) for k, i in enumerate(constant_columns))
        # per set of groups left empty (a bit mask): the runs of own columns bound, and the
        # statements by rows (made at first use)
        self._plans: dict[int, tuple[tuple[slice, ...], dict[int, str]]] = {}
        self._runs = self._plan(0)[0]   # (every own column bound)

    def insert(self, con: sqlite3.Connection, rows: Sequence[tuple]) -> None:
        """Insert ``rows``, all of one notice (their ``NOTICE_COLUMNS`` equal), in order."""
        if not rows:
            return
        mask = 0
        for bit, (getter, nones) in enumerate(self._groups):
            # (the first row first: a group that holds a value mostly holds it there)
            if getter(rows[0]) == nones and list(map(getter, rows)).count(nones) == len(rows):
                mask |= 1 << bit
        shared = self._shared(rows[0])
        if self._constants:
            first, once = rows[0], []
            for bit, i, getter in self._constants:
                value = first[i]
                # (``is``, not ==: the very object in every row, so its type too)
                if all(map(is_, map(getter, rows), repeat(value))):
                    mask |= bit
                    once.append(value)
            if once:
                shared += tuple(once)
        runs, statements = self._plans.get(mask) or self._plan(mask)
        start, count = 0, len(rows)
        while start < count:
            left = count - start
            size = ROWS_PER_INSERT if left >= ROWS_PER_INSERT else 1 << (left.bit_length() - 1)
            sql = statements.get(size) or self._statement(mask, size)
            con.execute(sql, _parameters(shared, runs, rows[start:start + size]))
            start += size

    def _plan(self, mask: int) -> tuple[tuple[slice, ...], dict[int, str]]:
        empty = self._empty(mask)
        plan = self._plans[mask] = (_runs([i for i in self._own if i not in empty]), {})
        return plan

    def _empty(self, mask: int) -> set[int]:
        """The column indexes of the groups ``mask`` leaves empty, and of the constant
        columns it binds once (neither is bound row by row)."""
        return {i for bit, group in enumerate(self._group_columns) if mask >> bit & 1 for i in group} \
            | self._once(mask)

    def _once(self, mask: int) -> set[int]:
        """The column indexes of the constant columns ``mask`` binds once."""
        return {i for bit, i, _ in self._constants if mask & bit}

    def _statement(self, mask: int, size: int) -> str:
        once = self._once(mask)
        null = {self._columns[i] for i in self._empty(mask) - once}
        shared = self._shared_names + [self._columns[i] for _, i, _ in self._constants if i in once]
        sql = self._plans[mask][1][size] = _insert_sql(self._table, self._columns, shared, size, null)
        return sql


def _parameters(shared: tuple, runs: tuple[slice, ...], rows: Sequence[tuple]) -> list:
    """The shared values, then each row's own: slices of the row, one per run of
    adjacent own columns bound (an assignment's are one run), where a getter of every
    own column made a tuple a row for ``chain`` to copy (a fifth of the Python side)."""
    params = list(shared)
    extend = params.extend
    if len(runs) == 1:
        run = runs[0]
        for row in rows:
            extend(row[run])
    else:
        for row in rows:
            for run in runs:
                extend(row[run])
    return params


def _runs(indexes: list[int]) -> tuple[slice, ...]:
    """``indexes`` (ascending) as slices, one per run of adjacent indexes."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return tuple(slice(a, b) for a, b in runs)


def _getter(indexes: list[int]) -> Callable[[tuple], tuple]:
    """The values at ``indexes`` of a row, as a tuple (also for one index)."""
    if len(indexes) == 1:
        index = indexes[0]
        return lambda row: (row[index],)
    return itemgetter(*indexes)


def _insert_sql(table: str, columns: Sequence[str], shared: list[str], size: int, null=frozenset()) -> str:
    """INSERT of ``size`` rows: the shared columns as ?1..?k in every row, the ``null``
    columns as NULL, then each row's other values numbered on from k + 1, row after row."""
    own_count = len(columns) - len(shared) - len(null)
    groups = []
    for row in range(size):
        values, n = [], len(shared) + row * own_count
        for column in columns:
            if column in shared:
                values.append(f"?{shared.index(column) + 1}")
            elif column in null:
                values.append("NULL")
            else:
                n += 1
                values.append(f"?{n}")
        groups.append(f"({','.join(values)})")
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {','.join(groups)}"
