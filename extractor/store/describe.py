"""Files that describe the outputs to the tools analysts use around CSV and SQLite.

- ``datapackage.json`` beside the CSVs: a Frictionless Data Package (v2), one
  tabular resource per CSV with its Table Schema (field types, descriptions,
  primary and foreign keys), so ``frictionless validate output/datapackage.json``
  checks every file, and other tools load them typed;
- ``metadata.json`` beside ``notices.sqlite``: Datasette's metadata (titles,
  table and column descriptions, canned queries).

Column types come from the row dataclasses (``rowtypes.py``), what each column
means from ``columns.toml``, the canned queries from ``queries.toml`` (beside this module):
the descriptions are data, and the files cannot drift from the columns.
"""
from __future__ import annotations

import json
from dataclasses import fields
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..cachefiles import load_toml
from ..parse.deadlines import KINDS
from .rowtypes import AgencyRow, AssignmentRow, MeasureRow, NoticeListRow, NoticeRow, ReviewRow, SectionRow

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
DATAPACKAGE_NAME = "datapackage.json"
DATASETTE_NAME = "metadata.json"

#: CSV resource name -> (file, row type, columns.toml table)
CSV_RESOURCES = {
    "notices": ("notices.csv", NoticeListRow, "notices_csv"),
    "measures": ("measures.csv", MeasureRow, "measures"),
    "assignments": ("assignments.csv", AssignmentRow, "assignments"),
    "agencies": ("agencies.csv", AgencyRow, "agencies"),
    "review": ("review.csv", ReviewRow, "review"),
}
PRIMARY_KEYS = {
    "notices": ["doc_id"],
    "measures": ["doc_id", "seq"],
    "assignments": ["doc_id", "seq", "role", "position"],
    "agencies": ["agency_id"],
    "review": ["agency_id"],
}
FOREIGN_KEYS = {
    "measures": [(["doc_id"], "notices", ["doc_id"])],
    "assignments": [(["doc_id", "seq"], "measures", ["doc_id", "seq"]),
                    (["agency_id"], "agencies", ["agency_id"])],
    "review": [(["agency_id"], "agencies", ["agency_id"]), (["first_doc_id"], "notices", ["doc_id"])],
}
#: columns holding an ISO date (Table Schema type ``date``)
DATE_COLUMNS = frozenset({"date", "deadline_date"})
#: columns with a closed set of values
ENUMS = {"role": ["lead", "support"], "deadline_kind": list(KINDS),
         "match": ["exact", "alias", "derived", "unresolved", "group"]}


@lru_cache(maxsize=1)
def column_docs() -> dict:
    """The parsed ``columns.toml``: {"tables": {...}, "columns": {...}}."""
    return load_toml(resources.files(__package__).joinpath("columns.toml"))   # (cachefiles)


@lru_cache(maxsize=1)
def canned_queries() -> dict[str, dict[str, str]]:
    """The parsed ``queries.toml``: name -> {title, description, sql}."""
    return load_toml(resources.files(__package__).joinpath("queries.toml"))


def _field_type(name: str, annotation: str) -> str:
    if name in DATE_COLUMNS:
        return "date"
    if annotation.startswith("int"):
        return "integer"
    if annotation.startswith("float"):
        return "number"
    return "string"


def table_schema(resource: str) -> dict:
    """The Table Schema of one CSV resource."""
    _, row_type, _ = CSV_RESOURCES[resource]
    docs = column_docs()["columns"]
    schema_fields = []
    for f in fields(row_type):
        field = {"name": f.name, "type": _field_type(f.name, str(f.type)), "description": docs[f.name]}
        if f.name in ENUMS:
            field["constraints"] = {"enum": ENUMS[f.name]}
        schema_fields.append(field)
    schema = {"fields": schema_fields, "missingValues": [""], "primaryKey": PRIMARY_KEYS[resource]}
    keys = [{"fields": local, "reference": {"resource": other, "fields": remote}}
            for local, other, remote in FOREIGN_KEYS.get(resource, ())]
    if keys:
        schema["foreignKeys"] = keys
    return schema


def datapackage() -> dict:
    """The Data Package descriptor of the five CSVs."""
    tables = column_docs()["tables"]
    resources_ = []
    for name, (path, _, table) in CSV_RESOURCES.items():
        resources_.append({
            "name": name, "path": path, "type": "table", "title": tables[table]["title"],
            "description": tables[table]["description"], "format": "csv", "mediatype": "text/csv",
            # the files start with a BOM so that Excel reads them as UTF-8; readers skip it
            "encoding": "utf-8", "dialect": {"header": True, "delimiter": ",", "quoteChar": '"'},
            "schema": table_schema(name),
        })
    return {
        "$schema": PROFILE,
        "name": "extractor-notices",
        "title": "Responsibility-division notices as rows",
        "description": "Measures of Chinese government responsibility-division notices (责任分工表) "
                       "with their lead and support units, as written by extractor.",
        "resources": resources_,
    }


def write_datapackage(out_dir: Path) -> Path:
    """Write ``datapackage.json`` into ``out_dir`` (atomically); its path."""
    return _write_json(Path(out_dir) / DATAPACKAGE_NAME, datapackage())


def sqlite_columns() -> dict[str, type]:
    """The archive's tables that hold export rows: name -> row type."""
    return {"notices": NoticeRow, "sections": SectionRow, "measures": MeasureRow,
            "assignments": AssignmentRow, "agencies": AgencyRow}


def datasette_metadata(database: str = "notices") -> dict:
    """Datasette's metadata for the archive: tables, views, columns, canned queries."""
    docs = column_docs()
    tables = {}
    for name, row_type in sqlite_columns().items():
        table = docs["tables"][name]
        columns = {f.name: docs["columns"][f.name] for f in fields(row_type)}
        tables[name] = {"title": table["title"], "description": table["description"], "columns": columns}
        if name != "agencies":
            tables[f"latest_{name}"] = {"title": f"{table['title']}, latest versions",
                                        "description": table["description"] + " Latest version of each notice only.",
                                        "columns": columns}
    notice_list = {f.name: docs["columns"][f.name] for f in fields(NoticeListRow)}
    for view, suffix in (("notice_list", ""), ("latest_notice_list", ", latest versions")):
        tables[view] = {"title": docs["tables"]["notices_csv"]["title"] + suffix,
                        "description": docs["tables"]["notices_csv"]["description"], "columns": notice_list}
    versions = docs["tables"]["versions"]
    tables["versions"] = {"title": versions["title"], "description": versions["description"]}
    queries = {name: {"title": q["title"], "description": q["description"], "sql": q["sql"].strip()}
               for name, q in canned_queries().items()}
    return {
        "title": "Responsibility-division notices",
        "description": "Which unit leads and which supports each measure of the archived notices.",
        "databases": {database: {"tables": tables, "queries": queries}},
    }


def write_datasette_metadata(out_dir: Path) -> Path:
    """Write Datasette's ``metadata.json`` into ``out_dir`` (atomically); its path."""
    return _write_json(Path(out_dir) / DATASETTE_NAME, datasette_metadata())


def _write_json(target: Path, data: dict) -> Path:
    from .files import atomic_path

    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
