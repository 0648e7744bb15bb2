"""The rows of the notices new to the archive, written a batch at a time beside extraction.

Storing a notice's rows took about a millisecond of a one-process run's one busy core
(about 13 % of a bench run): sqlite3 converts and binds each of a notice's ~1,700 values
with the GIL held, and SQLite then puts the ~200 rows into the tables' B-trees.  A run's
notices are mostly new to its archive (every notice of a first run), and a new notice's
rows need nothing read back: its version is 1, and nothing stored can clash with its
doc_id or identity.  So ``Archive`` (built with ``batch``) keeps such a notice's rows as
JSON (``RowBatch.add``: orjson, one C call a table) and hands them to a thread every
``archive.HAND_OVER_EVERY`` notices and at each commit (``BatchWriter``), which writes
them with one statement: an INSERT into a view of the connection's own whose trigger
runs one ``INSERT ... SELECT`` a table, reading the rows back with SQLite's JSON functions
(``json_each``, ``json_extract``).  sqlite3 lets the GIL go while SQLite runs a
statement, so the batch goes in on the second core while the next notices are extracted;
the thread takes the GIL back twice a batch (after the statement, after the commit),
where a thread writing each notice as before would have waited for it after every one
of a notice's ten statements (each wait up to the interpreter's 5 ms switch interval).
The JSON costs SQLite about four times the instructions binding did, on a core that was idle.

The tables get the same rows with the same values of the same types, in the same order
(so the same rowids): JSON carries text, integers, floats (orjson writes the shortest
repr, which SQLite reads back to the same double), None and booleans (sqlite3 binds
True as 1, SQLite reads ``true`` as 1).  What JSON would not carry as sqlite3 binds it
sends the notice the way it always went (``RowBatch.add`` says no): a text holding NUL
(SQLite's JSON reader ends a string there), a value orjson does not write.  A notice
whose rows the schema would refuse (two sections of one number, two measures of one
seq) goes that way too, so its ``IntegrityError`` is still its own (``NotArchived``).
"""
from __future__ import annotations

import sqlite3
import threading
from functools import partial
from operator import is_not, itemgetter
from typing import Callable

import orjson

from .rowtypes import AssignmentRow, MeasureRow, NoticeRow, SectionRow, column_names

#: the columns of each table a batch writes, in the order of its JSON rows
COLUMNS = {
    "notices": column_names(NoticeRow),
    "sections": column_names(SectionRow),
    "measures": column_names(MeasureRow),
    "assignments": column_names(AssignmentRow),
    "versions": ("doc_id", "identity", "identity_kind", "version", "is_latest", "sha256", "size",
                 "extracted_at", "source_path", "source_url", "notice_json", "content_sha256"),
    "sources": ("sha256", "doc_id", "path", "url", "size", "added_at"),
}
#: tables whose rows replace a row of the same key (a file read again)
_REPLACING = frozenset({"sources"})
#: what orjson writes for a NUL, which SQLite's JSON reader would end a string at
_NUL = b"\\u0000"
#: a section row's number and a measure row's seq (the keys ``RowBatch.add`` looks at), and
#: "is not None": looked up in C, where a comprehension a row was most of ``add``'s Python
_SECTION_NO = itemgetter(column_names(SectionRow).index("no"))
_MEASURE_SEQ = itemgetter(column_names(MeasureRow).index("seq"))
_IS_SOME = partial(is_not, None)


def insert_sql(table: str, rows: str = "?1", texts: str = "?2") -> str:
    """The INSERT of every row of ``table`` a batch holds, from one JSON array of arrays
    (``rows``); a version's ``notice_json`` is a slice of the notices' JSON texts joined
    (``texts``), its start and length in the row: not a JSON string, which orjson would
    escape and SQLite read back character by character."""
    columns = COLUMNS[table]
    values = [f"json_extract(value, '$[{i}]')" for i in range(len(columns) + 1)]
    if table == "versions":
        at = columns.index("notice_json")
        values[at:at + 2] = [f"CAST(substr({texts}, {values[at]}, {values[at + 1]}) AS TEXT)"]
    verb = "INSERT OR REPLACE" if table in _REPLACING else "INSERT"
    return (f"{verb} INTO {table} ({', '.join(columns)}) SELECT {', '.join(values[:len(columns)])} "
            f"FROM json_each(CAST({rows} AS TEXT))")


#: a view of the connection's own (TEMP: nothing in the archive's file) that one INSERT of a
#: batch's JSON writes every table's rows through, in ``COLUMNS``' order (its trigger): one
#: statement a batch, so the thread takes the GIL back once, not once a table
_VIEW = "extractor_row_batch"
_SETUP = (
    f"CREATE TEMP VIEW IF NOT EXISTS {_VIEW} ({', '.join(COLUMNS)}, texts) AS "
    f"SELECT {', '.join('NULL' for _ in range(len(COLUMNS) + 1))}",
    f"CREATE TEMP TRIGGER IF NOT EXISTS {_VIEW}_insert INSTEAD OF INSERT ON {_VIEW} BEGIN "
    + " ".join(insert_sql(table, f"NEW.{table}", "NEW.texts") + ";" for table in COLUMNS) + " END",
)
_INSERT_BATCH = f"INSERT INTO {_VIEW} VALUES ({', '.join('?' for _ in range(len(COLUMNS) + 1))})"


def prepare(con: sqlite3.Connection) -> None:
    """Make the view and trigger a batch is written through (on each new connection)."""
    for sql in _SETUP:
        con.execute(sql)


def json_rows_work(con: sqlite3.Connection) -> bool:
    """Whether this SQLite reads JSON (its JSON functions are built in since 3.38, optional before)."""
    try:
        return con.execute("SELECT json_extract(value, '$[0]') FROM json_each('[[1]]')").fetchone() == (1,)
    except sqlite3.Error:
        return False


class RowBatch:
    """The rows of new notices not yet written: per table, each notice's rows as JSON."""

    def __init__(self) -> None:
        self.parts: dict[str, list[bytes]] = {table: [] for table in COLUMNS}
        self.texts: list[bytes] = []   #: the versions' notice JSON, in order
        self.size = 0                  #: their bytes
        self.count = 0                 #: notices held

    def add(self, record, identity: str, kind: str, extracted_at: str) -> bool:
        """Hold the rows of ``record`` (a new notice's first version, with its version set);
        False, holding nothing, when they are to be stored one by one (see the module)."""
        head, dumps, text = record.head, orjson.dumps, record.json
        source = head.source
        numbers = list(filter(_IS_SOME, map(_SECTION_NO, record.sections)))
        if len(set(numbers)) != len(numbers) or len(set(map(_MEASURE_SEQ, record.measures))) != len(record.measures):
            return False   # a key the schema would refuse: that notice's own error
        try:
            rows = (dumps(record.notice_row), dumps(record.sections)[1:-1], dumps(record.measures)[1:-1],
                    dumps(record.assignments)[1:-1],
                    dumps((head.doc_id, identity, kind, head.version, 1, source.sha256, source.size, extracted_at,
                           source.path, source.url, self.size + 1, len(text), record.content or None)),
                    dumps((source.sha256, head.doc_id, source.path, source.url, source.size, extracted_at)))
        except (TypeError, ValueError, orjson.JSONEncodeError):
            return False
        # (a NUL's escape holds a backslash: only the rows holding one are searched for it, a
        # search of a byte being a few times quicker than one of six; the large rows, of measures and units, seldom hold one)
        if any(b"\\" in row and _NUL in row for row in rows) or b"\x00" in text:
            return False
        for table, row in zip(self.parts, rows):
            if row:
                self.parts[table].append(row)
        self.texts.append(text)
        self.size += len(text)
        self.count += 1
        return True

    def write(self, con: sqlite3.Connection) -> None:
        """Insert every row held, with one statement (``prepare``'s trigger)."""
        con.execute(_INSERT_BATCH, [b"[%s]" % b",".join(self.parts[table]) for table in COLUMNS]
                    + [b"".join(self.texts)])


class BatchWriter:
    """Runs one batch's writing at a time in a thread of its own; ``wait`` joins it,
    ``take_error`` gives what it raised."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def busy(self) -> bool:
        """A batch was started and not yet waited for."""
        return self._thread is not None

    def start(self, con: sqlite3.Connection, batch: RowBatch, then: Callable[[], None] | None = None) -> None:
        """Write ``batch`` into ``con``, then call ``then`` (the commit), in the thread.
        On an error the transaction is rolled back: none of it, or all of it, is stored."""
        self.wait()   # (the caller has waited and taken its error)

        def work() -> None:
            try:
                batch.write(con)
                if then is not None:
                    then()
            except BaseException as exc:   # (handed to ``take_error``, in the caller's thread)
                self._error = exc
                try:
                    con.rollback()
                except sqlite3.Error:
                    pass
        self._thread = threading.Thread(target=work, name="extractor-archive-rows", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Wait for the batch being written (to its end, even when the wait is interrupted:
        nothing else may use the connection meanwhile)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            try:
                thread.join()
            except BaseException:
                thread.join()
                raise

    def take_error(self) -> BaseException | None:
        """What the last batch raised (once), or None."""
        error, self._error = self._error, None
        return error
