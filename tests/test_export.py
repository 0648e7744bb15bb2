"""Stage 7: the exports agree row for row and are safe for Excel."""
import csv
import json
import sqlite3

import pytest

from extractor.store.csvtext import csv_text, spreadsheet_safe
from extractor.store.export import export_all
from extractor.models import AgencyRef, Measure, Notice, Section, Source

LEAD = AgencyRef("市发改局", "dg-a", "东莞市发展和改革局", None, "alias", 1.0)
SUP = AgencyRef("市经信局(市中小企业局)", "dg-b", "东莞市经济和信息化局", "市中小企业局", "alias", 1.0)
GROUP = AgencyRef("各镇街(园区)", None, None, None, "group", 0.0, "group")


def notice(doc_id="n1", text="做甲") -> Notice:
    return Notice(
        doc_id=doc_id, source=Source(f"raw/{doc_id}.html", "ab" * 32, "html", "utf-8", 10),
        doc_number="某府办〔2014〕1号", title="关于…的通知", issuer="某市人民政府办公室", date="2014-08-08",
        recipients=("各镇人民政府(街道办事处)",), table_title="分工表",
        sections=(Section(1, "(一)", "甲类"),),
        measures=(Measure(1, 1, 1, text, None, (LEAD,), (SUP, GROUP)),
                  Measure(2, 1, 2, "=1+1 做乙", "2014年底", (SUP,), ())),
    )


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV for Excel needs a UTF-8 BOM"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_json_csv_sqlite_agree(tmp_path):
    export_all([notice("n1"), notice("n2", "做丙")], tmp_path)
    data = json.loads((tmp_path / "notices.json").read_text(encoding="utf-8"))
    assert not (tmp_path / "notices.json").read_bytes().startswith(b"\xef\xbb\xbf")
    measures = read_csv(tmp_path / "measures.csv")
    assignments = read_csv(tmp_path / "assignments.csv")
    agencies = read_csv(tmp_path / "agencies.csv")
    con = sqlite3.connect(tmp_path / "notices.sqlite")
    assert len(data) == con.execute("select count(*) from notices").fetchone()[0] == 2
    json_measures = [(n["doc_id"], m["seq"], m["text"]) for n in data for m in n["measures"]]
    sql_measures = con.execute("select doc_id, seq, text from measures order by doc_id, seq").fetchall()
    csv_measures = [(r["doc_id"], int(r["seq"]), r["text"].lstrip("'")) for r in measures]
    assert json_measures == sql_measures == csv_measures
    json_units = sum(len(m["lead"]) + len(m["support"]) for n in data for m in n["measures"])
    assert json_units == len(assignments) == con.execute("select count(*) from assignments").fetchone()[0] == 8
    assert {r["agency_id"]: (r["lead_count"], r["support_count"]) for r in agencies} == {
        "dg-a": ("2", "0"), "dg-b": ("2", "2")}
    # n2 is the next version of n1 (one doc number): the archive counts the latest version,
    # the CSV everything it was given
    assert con.execute("select lead_count, support_count from agencies where agency_id='dg-b'").fetchone() == (1, 1)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_csv_joins_names_and_neutralises_formulas(tmp_path):
    export_all([notice()], tmp_path, ["csv"])
    rows = read_csv(tmp_path / "measures.csv")
    assert rows[0]["lead"] == "市发改局" and rows[0]["support"] == "市经信局(市中小企业局)、各镇街(园区)"
    assert rows[1]["text"] == "'=1+1 做乙"
    assert list(rows[0])[:4] == ["doc_id", "doc_number", "seq", "section_no"]


def test_json_is_utf8_unescaped(tmp_path):
    export_all([notice()], tmp_path, ["json"])
    raw = (tmp_path / "notices.json").read_text(encoding="utf-8")
    assert "市发改局" in raw and "\\u" not in raw
    m = json.loads(raw)[0]["measures"][0]
    assert m["support"][0]["capacity"] == "市中小企业局" and m["support"][1]["kind"] == "group"


@pytest.mark.parametrize("cell", ["=1+1", "+86", "-x", "@sum", "\tx", "\rx", "a,=b", '"=q"', "x\n=y",
                                  "x\r\n-y", "市发改局", ""])
def test_csv_cells_are_made_safe_wherever_they_are(cell, tmp_path):
    """Rows go through csv's C writer and are redone cell by cell only when the
    text may hold a formula cell: the result must be spreadsheet_safe on every
    text cell, first, middle or last, quoted or not; numbers are left as they are."""
    from extractor.store.export import write_csv
    from extractor.store.rowtypes import SectionRow, row_values

    rows = [SectionRow(cell, 1, cell, cell), SectionRow("d", -1, None, cell), SectionRow("d", 2, "x", "y")]
    write_csv(tmp_path / "s.csv", SectionRow, rows)
    with open(tmp_path / "s.csv", encoding="utf-8-sig", newline="") as fh:
        written = list(csv.reader(fh))[1:]
    assert written == [["" if v is None else str(spreadsheet_safe(v)) for v in row_values(r)] for r in rows]


def test_spreadsheet_safe():
    assert spreadsheet_safe("=cmd") == "'=cmd" and spreadsheet_safe("@x") == "'@x"
    assert spreadsheet_safe("市发改局") == "市发改局" and spreadsheet_safe(3) == 3


def test_a_csv_line_is_what_the_csv_writer_gives_for_its_row(monkeypatch):
    """``csvtext.csv_line`` and ``csv_fields`` join a row's cells themselves when none
    needs quoting or a guard: they must give exactly ``csv_text`` of the row (without
    its line end, for the pieces), whatever a cell holds and wherever it stands, the
    first cell included, numbers too (-1 is no text to guard, yet prints a formula mark)."""
    from extractor.store import csvtext
    from extractor.store.csvtext import csv_fields, csv_line

    cells = ["甲", "", None, 0, 2014, "a,b", '说"好"', "一\n二", "一\r二", "=1", "-1", "+x", "@a", "\t甲",
             "\r甲", "甲,=1", " 甲 ", "a\x00b", "'=1", "1.5", -1, 0.95, -0.5, True]
    for first in cells:
        for other in cells:
            for row in ((first, other), (first, "乙", other, 3, None), (other, first)):
                assert csv_line(row) == csv_text([row]), row
                assert csv_fields(row) == csv_text([row])[:-2], row
    # a plain row is joined, not written by the csv writer
    monkeypatch.setattr(csvtext, "_plain_csv", lambda rows: pytest.fail("written by the csv writer"))
    assert csv_line(("d1", "某府办〔2014〕1号", 1, None, "关于…的通知", 2014, "a/b.html")) == \
        "d1,某府办〔2014〕1号,1,,关于…的通知,2014,a/b.html\r\n"
    assert csv_fields(("东莞市", "2016-04-13")) == "东莞市,2016-04-13"


def test_rewrite_leaves_whole_files_and_no_temp(tmp_path):
    export_all([notice("n1")], tmp_path)
    export_all([notice("n2")], tmp_path)
    data = json.loads((tmp_path / "notices.json").read_text(encoding="utf-8"))
    assert "n2" in [n["doc_id"] for n in data]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


REAL = (AgencyRef("市金融局", "dg-jrj", "东莞市金融工作局", None, "alias", 0.95),
        AgencyRef("市平安办", "dg-x-7a4b42a0", None, None, "unresolved", 0.0))


def registry_notice() -> Notice:
    n = notice("n3")
    return Notice(**{**n.__dict__, "city": "东莞市",
                     "measures": (Measure(1, 1, 1, "做丁", None, REAL[:1], REAL[1:]),)})


def test_agencies_carry_registry_columns(tmp_path):
    from extractor.store.rowtypes import AgencyRow, column_names
    export_all([registry_notice()], tmp_path, ["csv"])
    rows = read_csv(tmp_path / "agencies.csv")
    assert list(rows[0]) == column_names(AgencyRow)
    assert list(rows[0])[-6:] == ["city", "kind", "aliases", "valid_from", "valid_to", "successor_of"]
    by_id = {r["agency_id"]: r for r in rows}
    assert (by_id["dg-jrj"]["city"], by_id["dg-jrj"]["kind"], by_id["dg-jrj"]["successor_of"]) == (
        "东莞市", "government department", "dg-jrgzj")
    assert "市金融局" in by_id["dg-jrj"]["aliases"].split("、")
    # an unresolved name: the city it was looked up in, nothing else from the registry
    assert (by_id["dg-x-7a4b42a0"]["city"], by_id["dg-x-7a4b42a0"]["kind"]) == ("东莞市", "")


def test_an_older_archive_gains_the_registry_columns(tmp_path):
    con = sqlite3.connect(tmp_path / "notices.sqlite")
    con.execute("CREATE TABLE agencies (agency_id TEXT PRIMARY KEY, canonical TEXT, resolved INTEGER, "
                "names TEXT, lead_count INTEGER, support_count INTEGER, notice_count INTEGER)")
    con.execute("INSERT INTO agencies VALUES ('dg-kjj', '东莞市科学技术局', 1, '市科技局', 3, 0, 1)")
    con.commit()
    con.close()
    export_all([registry_notice()], tmp_path, ["sqlite"])
    con = sqlite3.connect(tmp_path / "notices.sqlite")
    got = {r[0]: r[1:] for r in con.execute("SELECT agency_id, city, kind, valid_to FROM agencies")}
    assert got["dg-kjj"] == ("东莞市", "government department", None)   # the old row is filled in
    assert got["dg-jrj"][:2] == ("东莞市", "government department")
    assert got["dg-x-7a4b42a0"] == ("东莞市", None, None)


def test_exporters_stream_a_generator_and_keep_no_notice(tmp_path):
    """export_all reads its notices once, as they come, and lets each go: memory
    does not grow with the batch (a list of 10,000 notices was 2 GB)."""
    import gc
    import weakref

    made = []

    def notices():
        for i in range(6):
            if i >= 2:  # the caller may still hold the previous one in its loop variable
                gc.collect()
                assert made[i - 2]() is None, f"notice {i - 2} is still held by an exporter"
            n = notice(f"n{i}", text=f"做{i}")
            made.append(weakref.ref(n))
            yield n
            del n

    export_all(notices(), tmp_path / "streamed")
    export_all([notice(f"n{i}", text=f"做{i}") for i in range(6)], tmp_path / "listed")
    for name in ("notices.json", "measures.csv", "assignments.csv", "agencies.csv", "review.csv"):
        assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "listed" / name).read_bytes(), name


def test_a_failing_batch_leaves_the_old_files_and_no_temp(tmp_path):
    export_all([notice("n1")], tmp_path, ("json", "csv"))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken():
        yield notice("n2")
        raise RuntimeError("a bug mid-batch")

    try:
        export_all(broken(), tmp_path, ("json", "csv"))
    except RuntimeError:
        pass
    else:
        raise AssertionError("the bug was swallowed")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_outputs_get_the_usual_file_mode(tmp_path):
    import os
    import stat

    export_all([notice()], tmp_path)
    umask = os.umask(0)
    os.umask(umask)
    for name in ("notices.json", "measures.csv", "notices.sqlite"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask, name


def test_notice_json_is_as_dict_for_every_fixture():
    """notices.json and the archive's copy are written by orjson straight from
    the dataclasses; they must hold exactly ``Notice.as_dict()``, key order too."""
    from pathlib import Path

    from extractor.engine.extract import extract_file
    from extractor.store.noticejson import notice_json

    fixtures = Path(__file__).parent / "fixtures"
    pages = sorted(p for p in fixtures.iterdir() if p.suffix in (".html", ".txt", ".htm"))
    assert len(pages) > 20
    odd = Measure(3, None, None, "做丙\t\"引号\"\n", None, (), (GROUP,), "inline", {"备注": "甲"})
    made = Notice(**{**notice().__dict__, "measures": notice().measures + (odd,), "version": 2})
    for n in [made, *map(extract_file, pages)]:
        want = n.as_dict()
        got = json.loads(notice_json(n))
        assert got == want and list(got) == list(want), n.source.path
        assert [list(m) for m in got["measures"]] == [list(m) for m in want["measures"]]


def test_notice_digest_is_the_digest_of_its_json_for_every_fixture():
    """The archive compares versions by ``content_digest`` of the stored JSON (an
    older release's versions too); ``notice_digest`` makes it from the notice
    without parsing the JSON back, and must give the same digest, extra columns,
    quotes, control characters and a doc number printed another way included."""
    from dataclasses import replace
    from pathlib import Path

    from extractor.engine.extract import extract_file
    from extractor.store import rows as R
    from extractor.store.noticejson import content_digest, notice_digest, notice_json

    fixtures = Path(__file__).parent / "fixtures"
    pages = sorted(p for p in fixtures.iterdir() if p.suffix in (".html", ".txt", ".htm"))
    # (``extra``'s keys out of their sorted order, at two depths: the digest sorts them)
    odd = Measure(3, None, None, "做丙\t\"引号\"\n", None, (), (GROUP,), "inline",
                  {"备注": "甲", "乙": "\u0001", "丙": {"b": 1, "a": [2.5, None]}})
    made = replace(notice(), measures=notice().measures + (odd,), version=2, warnings=("w",))
    digests = set()
    for n in [made, replace(made, doc_number="某府办[2014]1号"), replace(made, doc_number=None),
              *map(extract_file, pages)]:
        digest = notice_digest(n)
        assert digest == content_digest(notice_json(n)) and len(digest) == 64, n.source.path
        # a record's digest, made from the units' JSON its pass over the units gives
        assert R.notice_record(n).content == digest, n.source.path
        digests.add(digest)
    # provenance and the parser that read a measure are not content; a unit is
    renamed = replace(made, doc_id="n2", version=None, warnings=(), source=replace(made.source, path="b.txt"),
                      measures=tuple(replace(m, form="text-grid") for m in made.measures))
    assert notice_digest(renamed) == notice_digest(made)
    assert notice_digest(replace(made, measures=made.measures[:2])) != notice_digest(made)
    assert len(digests) > len(pages) // 2


def test_with_version_is_the_record_of_the_versioned_notice():
    """A worker builds a record before the archive numbers the version; adding
    the number afterwards must give exactly the record of the numbered notice."""
    from dataclasses import replace

    from extractor.store.rows import notice_record, with_version

    for version in (1, 12, None):
        n = notice()
        late = with_version(notice_record(replace(n, version=7)), version)
        want = notice_record(replace(n, version=version))
        for name in ("notice", "head", "json", "notice_row", "sections", "measures", "assignments",
                     "measures_csv", "assignments_csv", "agency_counts"):
            assert getattr(late, name) == getattr(want, name), (version, name)


def test_a_version_is_set_as_replace_sets_it():
    """``with_version`` sets the version of a notice and of its head by position
    (``rows._version_setter``): the same object ``dataclasses.replace`` gives, and no
    such setter for a dataclass with a field that ``__init__`` does not take."""
    from dataclasses import dataclass, field, replace

    from extractor.store import rows as R

    n = replace(notice(), version=3)
    head = R.notice_record(n).head
    for version in (1, 12, None):
        assert R._NOTICE_WITH_VERSION(n, version) == replace(n, version=version)
        assert R._HEAD_WITH_VERSION(head, version) == replace(head, version=version)
        assert R._HEAD_WITH_VERSION(head, version).version == version

    @dataclass(frozen=True)
    class Derived:
        version: int | None
        label: str = field(init=False, default="")

    with pytest.raises(TypeError):
        R._version_setter(Derived)


def test_agency_tally_from_per_notice_counts_equals_counting_every_ref():
    """AgencyTally adds each notice's ``notice_agency_counts`` (made once, in a
    worker under --jobs); it must give what counting every ref one by one gives:
    counts, spellings in order of first mention, and what the first mention said."""
    from pathlib import Path

    from extractor.engine.extract import extract_file
    from extractor.store.rows import AgencyTally

    fixtures = Path(__file__).parent / "fixtures"
    pages = sorted(p for p in fixtures.iterdir() if p.suffix in (".html", ".txt"))
    notices = [extract_file(p) for p in pages]
    notices += notices[:2]                      # the same notices again: counted, not as new notices
    want: dict[str, dict] = {}
    docs: set[str] = set()
    for n in notices:
        new_doc, seen = n.doc_id not in docs, set()
        docs.add(n.doc_id)
        for m in n.measures:
            for role, refs in (("lead", m.lead), ("support", m.support)):
                for r in refs:
                    if r.agency_id is None:
                        continue
                    e = want.setdefault(r.agency_id, {"resolved": r.match != "unresolved", "canonical": r.canonical,
                                                      "lead": 0, "support": 0, "names": [], "notices": 0})
                    e[role] += 1
                    if r.name not in e["names"]:
                        e["names"].append(r.name)
                    if new_doc and r.agency_id not in seen:
                        seen.add(r.agency_id)
                        e["notices"] += 1
    tally = AgencyTally()
    for n in notices:
        tally.add_notice(n)
    got = {aid: {"resolved": c.resolved, "canonical": c.canonical, "lead": c.lead, "support": c.support,
                 "names": c.names, "notices": c.notices} for aid, c in tally._agencies.items()}
    assert len(got) > 50 and list(got) == list(want) and got == want


def test_notice_head_counts_every_unit():
    """The head's counts come from a tally of the distinct units (``rows._units``);
    they must be what looking at every unit one by one gives."""
    from pathlib import Path

    from extractor.engine.extract import extract_file
    from extractor.store.rows import notice_record

    fixtures = Path(__file__).parent / "fixtures"
    pages = sorted(p for p in fixtures.iterdir() if p.suffix in (".html", ".txt"))
    odd = Measure(3, None, None, "丙", None, (GROUP, GROUP, AgencyRef("某某办", "x-1", None)), (GROUP, LEAD))
    made = Notice(**{**notice().__dict__, "measures": notice().measures + (odd,)})
    missed_somewhere = 0
    for n in [made, *map(extract_file, pages)]:
        refs = [(r, m.seq) for m in n.measures for refs in (m.lead, m.support) for r in refs]
        head = notice_record(n).head
        assert head.assignment_count == len(refs) and head.measure_count == len(n.measures)
        assert head.agency_count == sum(r.kind != "group" for r, _ in refs)
        assert head.unresolved == tuple((r.name, r.agency_id, seq) for r, seq in refs if r.match == "unresolved")
        missed_somewhere += bool(head.unresolved)
    assert missed_somewhere >= 2


def test_row_builders_put_each_value_under_its_own_column():
    """The per-notice rows are plain tuples in column order: each builder is
    checked value by value against the row dataclass's field names, so a field
    added to a row type (or two swapped) cannot shift a column silently."""
    from dataclasses import replace

    from extractor.store import rows as R
    from extractor.store.rowtypes import (AssignmentRow, MeasureRow, NoticeListRow, NoticeRow, SectionRow,
                                          column_names)

    n = replace(notice(), version=3, warnings=("w1",), city="某市")
    n = replace(n, measures=(replace(n.measures[0], extra={"备注": "x"}), n.measures[1]))
    (notice_row,) = [dict(zip(column_names(NoticeRow), R.notice_row(n)))]
    assert notice_row == {
        "doc_id": "n1", "doc_number": "某府办〔2014〕1号", "title": "关于…的通知", "issuer": "某市人民政府办公室",
        "date": "2014-08-08", "city": "某市", "recipients": '["各镇人民政府(街道办事处)"]', "table_title": "分工表",
        "source_path": "raw/n1.html", "source_url": None, "sha256": "ab" * 32, "format": "html",
        "encoding": "utf-8", "measure_count": 2, "warnings": '["w1"]', "version": 3}
    assert [dict(zip(column_names(SectionRow), r)) for r in R.section_rows(n)] == [
        {"doc_id": "n1", "no": 1, "label": "(一)", "title": "甲类"}]
    first, second = (dict(zip(column_names(MeasureRow), r)) for r in R.measure_rows(n))
    assert first == {"doc_id": "n1", "doc_number": "某府办〔2014〕1号", "seq": 1, "section_no": 1,
                     "section_title": "甲类", "measure_no": 1, "text": "做甲", "lead": "市发改局",
                     "support": "市经信局(市中小企业局)、各镇街(园区)", "deadline": None, "form": "html-table",
                     "extra": '{"备注": "x"}', "city": "某市", "date": "2014-08-08", "deadline_date": None,
                     "deadline_kind": None}
    assert (second["seq"], second["deadline"], second["support"], second["extra"]) == (2, "2014年底", "", "")
    assert (second["deadline_date"], second["deadline_kind"], second["city"]) == ("2014-12-31", "date", "某市")
    assignments = [dict(zip(column_names(AssignmentRow), r)) for r in R.assignment_rows(n)]
    assert [(a["seq"], a["role"], a["position"], a["name"]) for a in assignments] == [
        (1, "lead", 1, "市发改局"), (1, "support", 1, "市经信局(市中小企业局)"), (1, "support", 2, "各镇街(园区)"),
        (2, "lead", 1, "市经信局(市中小企业局)")]
    assert assignments[1] == {"doc_id": "n1", "doc_number": "某府办〔2014〕1号", "seq": 1, "measure_no": 1,
                              "role": "support", "position": 1, "name": "市经信局(市中小企业局)",
                              "agency_id": "dg-b", "canonical": "东莞市经济和信息化局", "capacity": "市中小企业局",
                              "match": "alias", "score": 1.0, "kind": "agency", "city": "某市",
                              "date": "2014-08-08"}
    assert all(len(r) == len(column_names(AssignmentRow)) for r in R.assignment_rows(n))
    record = R.with_version(R.notice_record(n), 4)
    assert record.notices_csv.decode() == csv_text([R.notice_list_row(record.notice_row, record.head)])
    assert dict(zip(column_names(NoticeListRow), R.notice_list_row(record.notice_row, record.head))) == {
        "doc_id": "n1", "identity": "某府办〔2014〕1号", "version": 4, "doc_number": "某府办〔2014〕1号",
        "title": "关于…的通知", "issuer": "某市人民政府办公室", "city": "某市", "date": "2014-08-08", "year": 2014,
        "measure_count": 2, "url": None, "path": "raw/n1.html", "sha256": "ab" * 32}


def test_measure_lines_are_what_the_csv_writer_gives_for_their_rows(monkeypatch):
    """measures.csv lines are put together unquoted and kept only when no cell
    needed quoting or a formula guard (``rows._measures``, ``csvtext.plain_or_csv``);
    whatever the cells hold, they must be exactly ``csv_text`` of the rows."""
    from dataclasses import replace

    from extractor.store import csvtext
    from extractor.store import rows as R

    cells = ["做甲", "甲,乙", '说"好"', "一\n二", "一\r二", "=1+1", "-1", "+x", "@a", "\t甲", "\r甲", "甲,=1",
             "", "a\x00b", "甲 ,+乙"]
    for doc_number, city in (("某府办〔2014〕1号", "某市"), (None, None), ('-1,"x"', "甲,市"), ("=A1", "a\nb")):
        for cell in cells:
            base = replace(notice(text=cell), doc_number=doc_number, city=city)
            first, second = base.measures
            base = replace(base, measures=(first, replace(second, text="做乙")))   # (not "=1+1 做乙")
            odd = (replace(first, deadline=cell, extra={"备注": cell}),
                   replace(second, section_no=None, measure_no=None, form=cell))
            for n in (base, replace(base, measures=odd, sections=(Section(1, "(一)", cell),))):
                rows, text = R._measures(n)
                assert rows == R.measure_rows(n) and len(rows) == 2
                assert text == csv_text(rows), (doc_number, city, cell)
                assert text.encode() == R.notice_record(n).measures_csv
    # a plain notice's lines are kept as put together, not written again by the csv writer
    monkeypatch.setattr(csvtext, "csv_text", lambda rows: pytest.fail("written again"))
    plain = replace(notice(), measures=(notice().measures[0], replace(notice().measures[1], text="做乙")))
    assert R._measures(plain)[1].count("\r\n") == 2


def test_a_units_values_read_from_its_dict_are_its_fields():
    """``rows._units`` reads a reference's values from its ``__dict__`` (one attribute
    read): they must be its fields' values however the reference was made - by
    position or keyword, with defaults, by ``replace``, copied or unpickled (as a
    ``--jobs`` worker's notices are)."""
    import copy
    import pickle
    from dataclasses import replace

    from extractor.agencies.resolve import load_resolver
    from extractor.store import rows as R

    made = [AgencyRef("市发改局", "dg-a", "东莞市发展和改革局", None, "alias", 0.875),
            AgencyRef(name="各镇街", agency_id=None, canonical=None, match="group", score=1.0, kind="group"),
            AgencyRef("某局", None, None),
            *load_resolver().resolve_names(["市财政局", "市教育局（市语委）", "各有关单位", "某某办"], city="东莞市", date=None)]
    made += [replace(made[0], capacity="市物价局"), copy.copy(made[1]), *pickle.loads(pickle.dumps(made))]
    for ref in made:
        assert R._REF_ITEMS(ref.__dict__) == R._REF_VALUES(ref)
        assert [type(v) for v in R._REF_ITEMS(ref.__dict__)] == [type(v) for v in R._REF_VALUES(ref)]


def test_assignment_lines_are_what_the_csv_writer_gives_for_their_rows():
    """assignments.csv lines are put together from cached pieces (``rows._units``);
    they must be exactly ``csv_text`` of the rows, formula and quoting cases included."""
    from dataclasses import replace

    from extractor.store import rows as R
    from extractor.store.csvtext import csv_text
    from extractor.text import JOINER

    odd = [AgencyRef('市"发改"局', "dg-a", "甲,乙", None, "alias", 0.875),
           AgencyRef("=HYPERLINK(1)", None, None, "-x", "unresolved", 0.0),
           AgencyRef("市财政局\n（市国资委）", "@id", "+1", "\t市", "exact", 1.0),
           AgencyRef("各镇街", None, None, None, "group", 1.0, "group")]
    for doc_number in ("某府办〔2014〕1号", None, "-1,\"x\"", "=A1"):
        # (a cell of more units than ``rows._POSITION_TEXTS`` holds positions for)
        many = tuple(AgencyRef(f"单位{i}", None, None) for i in range(len(R._POSITION_TEXTS) + 3))
        n = replace(notice(), doc_number=doc_number,
                    measures=(Measure(1, 1, None, "甲", None, tuple(odd[:2]), tuple(odd[2:])),
                              Measure(2, None, 7, "乙", None, (odd[0], odd[3]), (odd[1],)),
                              Measure(3, None, 8, "丙", None, many, many[:2])))
        units = R._units(n)
        rows, text = units.rows, units.csv
        assert rows == R.assignment_rows(n) and len(rows) == 7 + len(many) + 2
        # the measures' lead and support cells: their units' names joined, as _units gives them
        joined = [JOINER.join(r.name for r in refs) for m in n.measures for refs in (m.lead, m.support)]
        assert units.names == joined and joined[1] == "市财政局\n（市国资委）、各镇街"
        assert [(row[7], row[8]) for row in R.measure_rows(n)] == list(zip(joined[::2], joined[1::2]))
        assert R._measures(n) == R._measures(n, joined)
        assert max(r[5] for r in rows) == len(many) > len(R._POSITION_TEXTS)
        assert text == csv_text(rows).encode()   # UTF-8, as the files take it
        assert text == R.notice_record(n).assignments_csv
