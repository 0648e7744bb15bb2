"""The SQLite tables of the archive: one per row type, with its keys."""
from __future__ import annotations

from dataclasses import fields

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
