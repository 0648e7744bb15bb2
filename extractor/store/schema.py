"""The SQLite tables of the archive: one per row type, with its keys; and the
statements that write a notice's rows (``INSERT_SQL``) and add its counts and
spellings to an agency's row (``MERGE_AGENCY_SQL``, ``merge_names``), made
from the same row types (archive.py runs them)."""
from __future__ import annotations

from dataclasses import fields

from .rowtypes import REGISTRY_COLUMNS, AgencyRow, AssignmentRow, MeasureRow, NoticeRow, SectionRow, column_names
from ..text import JOINER

_KEYS = {
    "notices": ("PRIMARY KEY (doc_id)",),
    "sections": ("PRIMARY KEY (doc_id, no)", "FOREIGN KEY (doc_id) REFERENCES notices(doc_id)"),
    "measures": ("PRIMARY KEY (doc_id, seq)", "FOREIGN KEY (doc_id) REFERENCES notices(doc_id)"),
    "assignments": ("PRIMARY KEY (doc_id, seq, role, position)",
                    "FOREIGN KEY (doc_id, seq) REFERENCES measures(doc_id, seq)",
                    "FOREIGN KEY (agency_id) REFERENCES agencies(agency_id)"),
    "agencies": ("PRIMARY KEY (agency_id)",),
}


def sql_type(annotation: str) -> str:
    for py, sql in (("int", "INTEGER"), ("float", "REAL")):
        if annotation.startswith(py):
            return sql
    return "TEXT"


def create_table_sql(name: str, row_type) -> str:
    """CREATE TABLE for ``row_type`` with the keys of table ``name``."""
    cols = [f"{f.name} {sql_type(str(f.type))}" for f in fields(row_type)]
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  " + ",\n  ".join(cols + list(_KEYS[name])) + "\n)"


#: INSERT of one row per table of a notice's rows
INSERT_SQL = {
    table: f"INSERT INTO {table} ({', '.join(column_names(row_type))}) "
           f"VALUES ({', '.join('?' for _ in column_names(row_type))})"
    for table, row_type in (("notices", NoticeRow), ("sections", SectionRow),
                            ("measures", MeasureRow), ("assignments", AssignmentRow))
}


def merge_names(old: str | None, new: str) -> str:
    """An agency's spellings: those it had, then the new ones (SQL ``merge_names``)."""
    names = old.split(JOINER) if old else []
    names += [n for n in new.split(JOINER) if n not in names]
    return JOINER.join(names)


def _merge_agency_sql(derived: bool = False) -> str:
    """Insert an agency, or add this notice's spellings and counts to its row.

    The registry columns are rewritten from the current registry, so rows of
    an older archive (NULL in columns added since) and edited entries catch up;
    but an agency with no registry entry (a template department, an unresolved
    name: ``derived``) keeps the canonical name it was first stored with:
    one id may be printed in two forms of its type (晋城市自然资源局 in one
    notice, 晋城市规划和自然资源局 in another), and rewriting would let the
    batch the clock happened to cut last choose the name;
    such an agency also keeps the city it was first stored with, and takes one
    only while it has none (an unresolved name first seen in a notice without a
    city gets the next notice's): first in the stream, not last in the batch.  One statement
    for all the agencies of a notice (``executemany``), not a SELECT and an
    UPDATE each.
    """
    names = column_names(AgencyRow)
    counts = ("lead_count", "support_count", "notice_count")
    sets = ["names = merge_names(names, excluded.names)"]
    sets += [f"{c} = coalesce({c}, 0) + excluded.{c}" for c in counts]
    sets += [f"{c} = coalesce({c}, excluded.{c})" if c in ("canonical", "city") and derived
             else f"{c} = coalesce(excluded.{c}, {c})" if c == "city"
             else f"{c} = excluded.{c}" for c in REGISTRY_COLUMNS]
    return (f"INSERT INTO agencies ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT (agency_id) DO UPDATE SET {', '.join(sets)}")


MERGE_AGENCY_SQL = _merge_agency_sql()
MERGE_DERIVED_SQL = _merge_agency_sql(derived=True)
