"""Stage 7, export: notices.json, measures.csv, assignments.csv,
agencies.csv and notices.sqlite, each written atomically.

Exporters share one lifecycle (``export(notices, out_dir) -> [paths]``)
and sit in a registry (``EXPORTERS``) so the CLI can pick formats by name.
Every file is written to a temp file in the target folder, fsynced and
moved into place with ``os.replace``: a crash never leaves half a file.
CSV is ``utf-8-sig`` (Excel needs the BOM) with formula-like cells
prefixed by ``'`` (CWE-1236); JSON is UTF-8 without escapes or BOM.
"""
from __future__ import annotations

import contextlib
import csv
import json
import logging
import os
import sqlite3
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Callable, Iterator, Sequence

from . import rows as R
from .models import Notice

log = logging.getLogger(__name__)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path beside ``target``; on success fsync and move it in place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)


def spreadsheet_safe(value) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, row_type, rows: Sequence) -> Path:
    """One CSV with a header from ``row_type``'s fields."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(R.column_names(row_type))
            for row in rows:
                w.writerow(["" if v is None else spreadsheet_safe(v) for v in R.row_values(row)])
    return path


def export_json(notices: Sequence[Notice], out_dir: Path) -> list[Path]:
    path = out_dir / "notices.json"
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            # one notice per line: json's C encoder (indent= falls back to the
            # pure-Python one, 5x slower), and still readable and diffable
            fh.write("[\n")
            for i, n in enumerate(notices):
                fh.write(("," if i else "") + json.dumps(n.as_dict(), ensure_ascii=False) + "\n")
            fh.write("]\n")
    return [path]


def export_csv(notices: Sequence[Notice], out_dir: Path, aliases: Path | None = None) -> list[Path]:
    """measures.csv, assignments.csv, agencies.csv, and review.csv: every unresolved
    name with its closest registry agencies (explained with the run's ``aliases``)."""
    from .review import review_rows

    assignments = R.assignment_rows(notices)
    return [
        write_csv(out_dir / "measures.csv", R.MeasureRow, R.measure_rows(notices)),
        write_csv(out_dir / "assignments.csv", R.AssignmentRow, assignments),
        write_csv(out_dir / "agencies.csv", R.AgencyRow, R.agency_rows(assignments, R.notice_cities(notices))),
        write_csv(out_dir / "review.csv", R.ReviewRow, review_rows(notices, aliases)),
    ]


# --- SQLite ------------------------------------------------------------------

_KEYS = {
    "notices": ("PRIMARY KEY (doc_id)",),
    "sections": ("PRIMARY KEY (doc_id, no)", "FOREIGN KEY (doc_id) REFERENCES notices(doc_id)"),
    "measures": ("PRIMARY KEY (doc_id, seq)", "FOREIGN KEY (doc_id) REFERENCES notices(doc_id)"),
    "assignments": ("PRIMARY KEY (doc_id, seq, role, position)",
                    "FOREIGN KEY (doc_id, seq) REFERENCES measures(doc_id, seq)",
                    "FOREIGN KEY (agency_id) REFERENCES agencies(agency_id)"),
    "agencies": ("PRIMARY KEY (agency_id)",),
}
_SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT"}


def _sql_type(annotation: str) -> str:
    for py, sql in (("int", "INTEGER"), ("float", "REAL")):
        if annotation.startswith(py):
            return sql
    return "TEXT"


def create_table_sql(name: str, row_type) -> str:
    """CREATE TABLE for ``row_type`` with the keys of table ``name``."""
    cols = [f"{f.name} {_sql_type(str(f.type))}" for f in fields(row_type)]
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  " + ",\n  ".join(cols + list(_KEYS[name])) + "\n)"


def sqlite_tables(notices: Sequence[Notice]) -> list[tuple[str, type, list]]:
    """(table, row type, rows) in an order that satisfies the foreign keys."""
    assignments = R.assignment_rows(notices)
    return [
        ("notices", R.NoticeRow, R.notice_rows(notices)),
        ("agencies", R.AgencyRow, R.agency_rows(assignments, R.notice_cities(notices))),
        ("sections", R.SectionRow, R.section_rows(notices)),
        ("measures", R.MeasureRow, R.measure_rows(notices)),
        ("assignments", R.AssignmentRow, assignments),
    ]


def export_sqlite(notices: Sequence[Notice], out_dir: Path) -> list[Path]:
    """Add the notices to the cumulative, versioned archive (see ``archive.py``).

    Unlike the other exporters this file is not replaced: SQLite's own
    transactions (one per notice, WAL) keep it whole, and old versions stay.
    """
    from .archive import store_notices  # archive imports this module

    return [store_notices(notices, out_dir)]


Exporter = Callable[[Sequence[Notice], Path], list[Path]]
EXPORTERS: dict[str, Exporter] = {"json": export_json, "csv": export_csv, "sqlite": export_sqlite}


def export_all(notices: Sequence[Notice], out_dir: Path, formats: Sequence[str] = tuple(EXPORTERS),
               aliases: Path | None = None) -> list[Path]:
    """Run the chosen exporters; return the paths written.

    ``aliases`` (the run's user alias file) goes to the CSV exporter only:
    review.csv explains each unresolved name with the resolver the run used.
    """
    written: list[Path] = []
    for name in formats:
        extra = {"aliases": aliases} if name == "csv" and aliases else {}
        written.extend(EXPORTERS[name](notices, out_dir, **extra))
    return written
