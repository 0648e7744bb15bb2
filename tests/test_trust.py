"""An archive an archivist can trust: one test per failure an archivist met
re-running on newly issued notices (each failed before the fix).

1. a re-fetched page that changed must not overwrite the saved original;
2. ``crawl --recheck`` (and ``fetch`` of a known URL) asks the portal
   conditionally and stores a changed page as a new original;
3. printed variants of one doc number are one notice;
4. the same content read from two files is one version, not two;
5. the archive's agency counts agree with agencies.csv;
6. a run's work grows with its new inputs, not with the archive;
7. every writer takes the output lock;
8. a stray notice can be retired from the exports, kept in the archive.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from archivekit import make_notice, republished
from extractor.cli import main
from localhttp import Route, http_server  # noqa: F401 (fixture)

SEED = "seed-dongguan-2014-75.html"
SEED_NUMBER = "东府办〔2014〕75号"
# measure 2 reworded; 松山湖管委会 moved from support to lead in measure 3
REWORD = ("2、提升优势传统产业,提升产业集群优势。", "2、提升优势传统产业,打造先进制造业集群。")
MOVE = ("<td>市经信局</td><td>松山湖管委会</td>", "<td>市经信局 松山湖管委会</td><td>&nbsp;</td>")
HTML = {"Content-Type": "text/html; charset=utf-8"}


def seed_text(fixtures_dir: Path) -> str:
    return (fixtures_dir / SEED).read_text(encoding="utf-8")


def republished_seed(fixtures_dir: Path) -> str:
    return seed_text(fixtures_dir).replace(*REWORD).replace(*MOVE)


def db_rows(db: Path, sql: str, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def run_cli(*args: str) -> int:
    return main(["run", *args, "--no-progress"])


def pages_in(raw: Path) -> list[Path]:
    return sorted(p for p in raw.iterdir() if not p.name.endswith(".fetch.json") and not p.name.startswith("."))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- 1. originals are immutable ----------------------------------------------

def test_refetch_of_a_changed_page_keeps_every_original(http_server, tmp_path, fixtures_dir):
    raw, out = tmp_path / "raw", tmp_path / "out"
    url = http_server.url("/t20140808_75.html")
    v1, v2 = seed_text(fixtures_dir).encode(), republished_seed(fixtures_dir).encode()
    http_server.routes["/t20140808_75.html"] = Route(200, v1, HTML)
    assert main(["fetch", url, "--into", str(raw)]) == 0
    assert run_cli(str(raw), "--out", str(out)) == 0
    http_server.routes["/t20140808_75.html"] = Route(200, v2, HTML)
    assert main(["fetch", url, "--into", str(raw)]) == 0
    assert main(["fetch", url, "--into", str(raw)]) == 0     # the same bytes again: no third file
    assert run_cli(str(raw), "--out", str(out)) == 0
    assert sorted(p.read_bytes() for p in pages_in(raw)) == sorted([v1, v2])
    versions = db_rows(out / "notices.sqlite", "SELECT version, sha256, source_path FROM versions ORDER BY version")
    assert [(v, s) for v, s, _ in versions] == [(1, sha(v1)), (2, sha(v2))]
    for _, digest, path in versions:   # every version's recorded path holds exactly its bytes
        assert sha(Path(path).read_bytes()) == digest
    # the names keep the fetch order: rebuilt from raw/ alone, version 1 is still the first page
    assert run_cli(str(raw), "--out", str(tmp_path / "again")) == 0
    assert db_rows(tmp_path / "again" / "notices.sqlite",
                   "SELECT sha256 FROM versions ORDER BY version") == [(sha(v1),), (sha(v2),)]


# --- 2. re-check ---------------------------------------------------------------

LISTING = """<html><head><meta charset="utf-8"></head><body><ul>
<li><a href="/n/1.html">关于印发重点工作责任分工方案的通知</a><span>2024-03-01</span></li>
</ul></body></html>"""


def test_crawl_recheck_finds_a_republished_notice(http_server, tmp_path, fixtures_dir):
    from extractor.source.crawl import CrawlSettings, crawl
    from extractor.source.fetch import FetchSettings

    raw = tmp_path / "raw"
    v1, v2 = seed_text(fixtures_dir).encode(), republished_seed(fixtures_dir).encode()
    http_server.routes["/list.html"] = Route(200, LISTING.encode(), HTML)
    http_server.routes["/n/1.html"] = Route(200, v1, {**HTML, "ETag": '"v1"',
                                                     "Last-Modified": "Fri, 01 Mar 2024 08:00:00 GMT"})
    fetch = FetchSettings(into=raw, connect_timeout=1, read_timeout=1, retries=0, backoff=0)

    def crawl_once(recheck: bool):
        return crawl(CrawlSettings(listing_url=http_server.url("/list.html"), delay=0, fetch=fetch,
                                   recheck=recheck))

    assert len(crawl_once(False).fetched) == 1
    http_server.routes["/n/1.html"] = Route(200, v2, {**HTML, "ETag": '"v2"',
                                                     "Last-Modified": "Mon, 01 Apr 2024 08:00:00 GMT"})
    assert crawl_once(False).already == [http_server.url("/n/1.html")]   # without --recheck: skipped
    result = crawl_once(True)
    assert [r.sha256 for r in result.fetched] == [sha(v2)]
    asked = [h for p, h in http_server.requests if p == "/n/1.html"][-1]
    assert asked.get("If-None-Match") == '"v1"'
    assert asked.get("If-Modified-Since") == "Fri, 01 Mar 2024 08:00:00 GMT"
    assert sorted(p.read_bytes() for p in pages_in(raw)) == sorted([v1, v2])
    again = crawl_once(True)   # nothing changed since: 304, nothing written
    assert (again.fetched, again.unchanged) == ([], [http_server.url("/n/1.html")])
    assert len(pages_in(raw)) == 2
    assert [h.get("If-None-Match") for p, h in http_server.requests if p == "/n/1.html"][-1] == '"v2"'


def test_fetch_of_a_known_url_asks_conditionally_and_a_changed_page_is_a_new_version(
        http_server, tmp_path, fixtures_dir, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    url = http_server.url("/p.html")
    v1, v2 = seed_text(fixtures_dir).encode(), republished_seed(fixtures_dir).encode()
    http_server.routes["/p.html"] = Route(200, v1, {**HTML, "ETag": '"a"'})
    assert main(["fetch", url, "--into", str(raw)]) == 0
    assert main(["fetch", url, "--into", str(raw)]) == 0
    assert http_server.requests[-1][1].get("If-None-Match") == '"a"'
    assert "0 fetched, 1 not modified" in capsys.readouterr().out
    assert run_cli(url, "--into", str(raw), "--out", str(out)) == 0     # 304: the saved page is used
    http_server.routes["/p.html"] = Route(200, v2, {**HTML, "ETag": '"b"'})
    assert run_cli(url, "--into", str(raw), "--out", str(out)) == 0
    assert "0 new, 1 changed" in capsys.readouterr().out
    assert db_rows(out / "notices.sqlite", "SELECT version, sha256 FROM versions ORDER BY version") == [
        (1, sha(v1)), (2, sha(v2))]


# --- 3. one identity per notice ------------------------------------------------


@pytest.mark.parametrize("printed", [
    "东府办[2016]23号", "东府办［2016］23号", "东府办【2016】23号", "东府办(2016)23号", "东府办（2016）23号",
    "东府办〔2016〕23號", "東府辦〔2016〕23號", "东府办 〔2016〕 23 号", "东府办〔２０１６〕２３号",
])
def test_printed_variants_of_one_doc_number_are_one_notice(tmp_path, printed):
    from extractor.store.archive import open_archive

    with open_archive(tmp_path) as archive:
        archive.add_notice(make_notice(doc_number="东府办〔2016〕23号"))
        status, stored = archive.add_notice(make_notice(republished(), doc_number=printed, path="raw/b.html"))
        assert (status, stored.version) == ("changed", 2)
        assert [n.doc_number for n in list(archive.iter_notices())] == [printed]   # kept as printed
        assert archive.add_notice(make_notice(doc_number="东府办〔2016〕24号"))[0] == "new"


# --- 4. a version is a change of content ---------------------------------------


def test_same_content_from_two_files_is_one_version(tmp_path, fixtures_dir, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(fixtures_dir / SEED, raw / "dongguan-2014-75.html")
    shutil.copy(Path(__file__).parents[1] / "raw" / "dongguan-2014-75.txt", raw / "dongguan-2014-75.txt")
    assert run_cli(str(raw), "--out", str(out)) == 0
    printed = capsys.readouterr().out
    assert "1 new, 0 changed" in printed and "same content as version 1" in printed
    db = out / "notices.sqlite"
    assert db_rows(db, "SELECT version FROM versions") == [(1,)]
    assert sorted(Path(p).name for p, in db_rows(db, "SELECT path FROM sources")) == [
        "dongguan-2014-75.html", "dongguan-2014-75.txt"]
    assert run_cli(str(raw), "--out", str(out)) == 0
    assert "0 new, 0 changed, 2 unchanged" in capsys.readouterr().out


# --- 5. counts agree -------------------------------------------------------------


def test_archive_agency_counts_agree_with_agencies_csv(tmp_path, fixtures_dir):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "v1.html").write_text(seed_text(fixtures_dir), encoding="utf-8")
    (raw / "v2.html").write_text(republished_seed(fixtures_dir), encoding="utf-8")
    assert run_cli(str(raw), "--out", str(out)) == 0
    lines = (out / "agencies.csv").read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    at = [header.index(c) for c in ("lead_count", "support_count", "notice_count")]
    csv_counts = {f[0]: tuple(int(f[i]) for i in at) for f in (line.split(",") for line in lines[1:])}
    sql_counts = {r[0]: tuple(r[1:]) for r in db_rows(
        out / "notices.sqlite", "SELECT agency_id, lead_count, support_count, notice_count FROM agencies "
                                "WHERE notice_count > 0")}
    assert csv_counts == sql_counts
    assert csv_counts["dg-fgj"][2] == 1   # one notice (its latest version), not two


# --- 6. incremental runs ---------------------------------------------------------

def numbered_copies(raw: Path, text: str, numbers) -> None:
    """Copies of the seed, each under its own doc number: distinct notices."""
    raw.mkdir(exist_ok=True)
    for i in numbers:
        (raw / f"n{i:03d}.html").write_text(text.replace(SEED_NUMBER, f"东府办〔2014〕{100 + i}号"),
                                            encoding="utf-8")


class Rebuilt:
    """Counts the archived notices a run rebuilds to write the per-run files."""

    def __init__(self, monkeypatch) -> None:
        import extractor.store.archiveread as A

        self.count, original = 0, A.notice_from_json

        def counting(*args, **kw):
            self.count += 1
            return original(*args, **kw)
        monkeypatch.setattr(A, "notice_from_json", counting)


PER_RUN = ("notices.json", "measures.csv", "assignments.csv", "agencies.csv", "review.csv")


def test_a_run_rebuilds_nothing_it_did_not_change(tmp_path, fixtures_dir, monkeypatch):
    from extractor.store.archive import open_archive
    from extractor.store.export import export_all

    raw, out, new = tmp_path / "raw", tmp_path / "out", tmp_path / "new"
    text = seed_text(fixtures_dir)
    numbered_copies(raw, text, range(8))
    assert run_cli(str(raw), "--out", str(out)) == 0
    rebuilt = Rebuilt(monkeypatch)
    before = {name: (out / name).stat().st_ino for name in PER_RUN}
    assert run_cli(str(raw / "n003.html"), "--out", str(out)) == 0      # unchanged input
    assert {name: (out / name).stat().st_ino for name in PER_RUN} == before   # files not rewritten
    numbered_copies(new, text, [50])
    (new / "v2.html").write_text(text.replace(SEED_NUMBER, "东府办〔2014〕102号").replace(*REWORD),
                                 encoding="utf-8")                         # a new version of n002
    assert run_cli(str(new), "--out", str(out)) == 0
    assert rebuilt.count == 0     # no archived notice was rebuilt to write the files
    # and the files are what a rebuild of the whole archive writes
    with open_archive(out) as archive:
        export_all(list(archive.iter_notices()), tmp_path / "rebuilt", ("json", "csv"))
    for name in PER_RUN:
        assert (out / name).read_bytes() == (tmp_path / "rebuilt" / name).read_bytes(), name
    numbers = [n["doc_number"] for n in json.loads((out / "notices.json").read_text(encoding="utf-8"))]
    assert len(numbers) == 9 and "东府办〔2014〕150号" in numbers


# --- 7. every writer takes the lock ----------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_run_without_the_archive_takes_the_lock_too(tmp_path, fixtures_dir, capsys, fmt):
    from extractor.store.archive import output_lock

    raw, out = tmp_path / "raw", tmp_path / "out"
    numbered_copies(raw, seed_text(fixtures_dir), range(1))
    with output_lock(out):
        assert run_cli(str(raw), "--out", str(out), "--format", fmt) == 2
    assert "in use by another extractor run" in capsys.readouterr().err
    assert not [p for p in out.iterdir() if p.name != ".lock"]


# --- 8. retire ---------------------------------------------------------------------


def test_retire_hides_a_notice_from_the_exports_and_keeps_it_in_the_archive(tmp_path, fixtures_dir, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    numbered_copies(raw, seed_text(fixtures_dir), range(1))
    (raw / "notes.txt").write_text("周五前把材料整理好,别忘了带U盘。\n", encoding="utf-8")
    assert run_cli(str(raw), "--out", str(out)) == 0
    notes = str(raw / "notes.txt")
    assert main(["retire", notes, "--reason", "my own notes, not a notice", "--out", str(out)]) == 0
    capsys.readouterr()
    for _ in range(2):   # the retire itself rewrites the files; a later run keeps it retired
        shown = json.loads((out / "notices.json").read_text(encoding="utf-8"))
        assert [n["doc_number"] for n in shown] == ["东府办〔2014〕100号"]
        assert run_cli(str(raw), "--out", str(out)) == 0
    db = out / "notices.sqlite"
    assert db_rows(db, "SELECT count(*) FROM versions WHERE source_path = ?", notes) == [(1,)]
    assert db_rows(db, "SELECT reason FROM retired WHERE identity = ?", notes) == [("my own notes, not a notice",)]
    assert db_rows(db, "SELECT count(*) FROM latest_notices WHERE source_path = ?", notes) == [(0,)]
    assert main(["retire", "东府办〔2099〕1号", "--reason", "x", "--out", str(out)]) == 1
    assert "no such notice" in capsys.readouterr().err
