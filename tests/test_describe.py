"""notices.csv, the data package, Datasette's metadata and the canned queries,
over the small corpus of ``analystkit`` whose answers were counted by hand."""
from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
from dataclasses import fields
from pathlib import Path

import pytest

from analystkit import UNRESOLVED, build_output
from extractor.store import describe
from extractor.store.rowtypes import MeasureRow, NoticeListRow, ReviewRow, column_names

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build_output(tmp_path_factory.mktemp("analyst"))


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_column_of_every_file_and_table_is_described():
    docs = describe.column_docs()
    row_types = [NoticeListRow, *describe.sqlite_columns().values(), ReviewRow]
    missing = {f.name for t in row_types for f in fields(t)} - set(docs["columns"])
    assert not missing
    assert set(describe.CSV_RESOURCES) == {"notices", "measures", "assignments", "agencies", "review"}


def test_notices_csv_has_one_row_per_notice(out):
    rows = read_csv(out / "notices.csv")
    assert list(rows[0]) == column_names(NoticeListRow)
    assert [(r["doc_number"], r["identity"], r["version"], r["city"], r["date"], r["year"], r["measure_count"])
            for r in rows] == [("东府办〔2016〕12号", "东府办〔2016〕12号", "1", "东莞市", "2016-03-01", "2016", "3"),
                               ("东府办〔2017〕5号", "东府办〔2017〕5号", "1", "东莞市", "2017-04-10", "2017", "3")]
    assert rows[0]["path"].endswith("a-2016-12.txt") and len(rows[0]["sha256"]) == 64


def test_city_date_and_deadline_date_on_every_row(out):
    measures = read_csv(out / "measures.csv")
    assert [(m["date"], m["deadline"], m["deadline_date"], m["deadline_kind"]) for m in measures] == [
        ("2016-03-01", "2016年12月底前", "2016-12-31", "date"),
        ("2016-03-01", "6月底前", "2016-06-30", "notice-year"),
        ("2016-03-01", "长期", "", "ongoing"),
        ("2017-04-10", "年内", "2017-12-31", "notice-year"),
        ("2017-04-10", "2018年第三季度", "2018-09-30", "date"),
        ("2017-04-10", "持续推进", "", "ongoing")]
    assignments = read_csv(out / "assignments.csv")
    assert {(a["city"], a["date"][:4]) for a in assignments} == {("东莞市", "2016"), ("东莞市", "2017")}
    assert len(assignments) == 14


def test_the_archive_has_the_same_columns_and_rows(out):
    con = sqlite3.connect(out / "notices.sqlite")
    try:
        cur = con.execute("SELECT * FROM latest_notice_list ORDER BY date")
        assert [d[0] for d in cur.description] == column_names(NoticeListRow)
        as_text = [["" if v is None else str(v) for v in row] for row in cur.fetchall()]
        assert as_text == [list(r.values()) for r in read_csv(out / "notices.csv")]
        cur = con.execute("SELECT deadline_date, deadline_kind, city, date FROM latest_measures "
                          "ORDER BY date, seq")
        assert [r[:2] for r in cur.fetchall()] == [
            ("2016-12-31", "date"), ("2016-06-30", "notice-year"), (None, "ongoing"),
            ("2017-12-31", "notice-year"), ("2018-09-30", "date"), (None, "ongoing")]
        assert con.execute("SELECT count(*) FROM assignments WHERE city = '东莞市' AND date IS NOT NULL"
                           ).fetchone() == (14,)
    finally:
        con.close()


# --- the data package ------------------------------------------------------------


def test_the_data_package_describes_every_csv(out):
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"] == describe.PROFILE
    assert [r["path"] for r in package["resources"]] == [
        "notices.csv", "measures.csv", "assignments.csv", "agencies.csv", "review.csv"]
    measures = next(r for r in package["resources"] if r["name"] == "measures")
    schema = measures["schema"]
    assert [f["name"] for f in schema["fields"]] == column_names(MeasureRow)
    types = {f["name"]: f["type"] for f in schema["fields"]}
    assert (types["seq"], types["date"], types["deadline_date"], types["text"]) == ("integer", "date", "date", "string")
    assert all(f["description"] for f in schema["fields"])
    assert schema["primaryKey"] == ["doc_id", "seq"]
    assert schema["foreignKeys"] == [{"fields": ["doc_id"], "reference": {"resource": "notices", "fields": ["doc_id"]}}]


def test_the_data_package_validates(out):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["tasks"] == 5


def test_a_broken_foreign_key_does_not_validate(out, tmp_path):
    """The validation above can fail: an assignment naming an agency agencies.csv lacks."""
    frictionless = pytest.importorskip("frictionless")
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    path = copy / "assignments.csv"
    path.write_text(path.read_text(encoding="utf-8-sig").replace(",dg-czj,", ",dg-nowhere,", 1),
                    encoding="utf-8-sig")
    report = frictionless.validate(str(copy / "datapackage.json"))
    assert not report.valid
    assert {e[0] for e in report.flatten(["type"])} == {"foreign-key"}


# --- Datasette and the canned queries -------------------------------------------------


def test_datasette_metadata_describes_tables_and_queries(out):
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    db = meta["databases"]["notices"]
    assert db["tables"]["measures"]["columns"]["deadline_date"].startswith("The deadline as a date")
    assert set(db["tables"]) >= {"notices", "measures", "assignments", "agencies", "latest_measures",
                                 "notice_list", "latest_notice_list"}
    assert set(db["queries"]) == set(describe.canned_queries())


def run_query(out: Path, name: str, **params) -> list[tuple]:
    con = sqlite3.connect(out / "notices.sqlite")
    try:
        return con.execute(describe.canned_queries()[name]["sql"], params).fetchall()
    finally:
        con.close()


def test_canned_queries_answer_the_questions(out):
    assert run_query(out, "leads_most") == [
        ("dg-fgj", "东莞市发展和改革局", 3), ("dg-czj", "东莞市财政局", 1), ("dg-jxj", "东莞市经济和信息化局", 1),
        ("dg-kjj", "东莞市科学技术局", 1), ("dg-swj", "东莞市商务局", 1)]
    pairs = {(a, b): n for a, b, n in run_query(out, "works_with")}
    assert pairs == {("东莞市发展和改革局", "东莞市科学技术局"): 3, ("东莞市发展和改革局", "东莞市经济和信息化局"): 2,
                     ("东莞市经济和信息化局", "东莞市科学技术局"): 2, ("东莞市财政局", "东莞市发展和改革局"): 2,
                     ("东莞市商务局", UNRESOLVED): 1}
    assert run_query(out, "by_year") == [("2016", 1, 3), ("2017", 1, 3)]
    assert run_query(out, "leads_by_year") == [
        ("东莞市发展和改革局", "2016", 2), ("东莞市科学技术局", "2016", 1), ("东莞市发展和改革局", "2017", 1),
        ("东莞市商务局", "2017", 1), ("东莞市经济和信息化局", "2017", 1), ("东莞市财政局", "2017", 1)]
    assert run_query(out, "deadlines_by_month") == [("2016-06", 1), ("2016-12", 1), ("2017-12", 1), ("2018-09", 1)]
    assert run_query(out, "to_review") == [("东莞市", UNRESOLVED, 1, 1)]
    assert [r[:2] for r in run_query(out, "measures_mentioning", word="财政")] == [
        ("东府办〔2017〕5号", 2), ("东府办〔2016〕12号", 2)]


# --- the README's one-liners ------------------------------------------------------------

#: the lines the README shows under "Questions in one line", run here against the corpus
PANDAS_LINES = {
    "leads": """pd.read_csv("output/assignments.csv").query("role == 'lead'").value_counts("canonical")""",
    "pairs": """(a := pd.read_csv("output/assignments.csv")).merge(a, on=["doc_id", "seq"]).query("agency_id_x < agency_id_y").value_counts(["canonical_x", "canonical_y"])""",
    "by_year": """pd.read_csv("output/notices.csv").groupby("year").measure_count.sum()""",
    "leads_by_year": """pd.read_csv("output/assignments.csv").query("role == 'lead'").assign(year=lambda d: d.date.str[:4]).pivot_table(index="canonical", columns="year", aggfunc="size", fill_value=0)""",
}


def test_the_readme_shows_the_one_liners_tested_here():
    readme = README.read_text(encoding="utf-8")
    for line in PANDAS_LINES.values():
        assert line in readme
    flat = " ".join(readme.split())
    for name in ("leads_most", "works_with", "by_year"):
        assert " ".join(describe.canned_queries()[name]["sql"].split()) in flat


def test_the_pandas_one_liners_answer_the_questions(out, monkeypatch):
    import pandas as pd

    monkeypatch.chdir(out.parent)
    env = {"pd": pd}
    leads = eval(PANDAS_LINES["leads"], env)
    assert leads.to_dict() == {"东莞市发展和改革局": 3, "东莞市经济和信息化局": 1, "东莞市科学技术局": 1,
                               "东莞市财政局": 1, "东莞市商务局": 1}
    pairs = eval(PANDAS_LINES["pairs"], env)
    assert pairs.to_dict() == {("东莞市发展和改革局", "东莞市科学技术局"): 3, ("东莞市发展和改革局", "东莞市经济和信息化局"): 2,
                               ("东莞市经济和信息化局", "东莞市科学技术局"): 2, ("东莞市财政局", "东莞市发展和改革局"): 2}
    assert eval(PANDAS_LINES["by_year"], env).to_dict() == {2016: 3, 2017: 3}
    by_year = eval(PANDAS_LINES["leads_by_year"], env)
    assert by_year.loc["东莞市发展和改革局"].to_dict() == {"2016": 2, "2017": 1}
    assert by_year.loc["东莞市财政局"].to_dict() == {"2016": 0, "2017": 1}


def test_the_readme_lists_every_output_column():
    """The output contract names every column of every file."""
    readme = README.read_text(encoding="utf-8")
    contract = readme[readme.index("## Output contract"):]
    for _, row_type, _ in describe.CSV_RESOURCES.values():
        for name in column_names(row_type):
            assert re.search(rf"\b{name}\b", contract), name
