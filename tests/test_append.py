"""Incremental runs append in place (issue 17): when a run only adds notices at
the end of what the per-run files show, their parts are appended to the files
on disk instead of composing new files; a run killed while appending is undone
by the next one; anything else (a notice superseded, retired) still composes.

Every test compares the files with what a run of the same inputs into an empty
folder writes, byte for byte.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from extractor.engine.pipeline import Settings, run
from extractor.store.outputs import Outputs
from extractor.store.tablefiles import TableFiles

SEED = "seed-dongguan-2014-75.html"
SEED_NUMBER = "东府办〔2014〕75号"
MEASURE_1 = "突出发展战略性新兴产业"
PART_FILES = ("notices.json", "measures.csv", "assignments.csv", "notices.csv")
PER_RUN = PART_FILES + ("agencies.csv", "review.csv")
KILL_SEED = int(os.environ.get("KILL_SEED", time.time_ns() % 1_000_000))
KILLS = 3


KNOWN, UNKNOWN = "<td>市科技局</td>", "<td>市星河协调办</td>"   # a unit no registry knows (review.csv)


def notice_page(fixtures_dir: Path, number: int, draft: int = 0) -> str:
    """The seed under its own doc number (a notice of its own); ``draft`` words
    measure 1 differently (a new version of that notice); the first ``number % 4``
    lead cells of 市科技局 name a unit nobody knows, so that review.csv and its
    coverage change from notice to notice and version to version."""
    text = (fixtures_dir / SEED).read_text(encoding="utf-8").replace(SEED_NUMBER, f"东府办〔2014〕{number}号")
    text = text.replace(KNOWN, UNKNOWN, (number + draft) % 4)
    return text.replace(MEASURE_1, f"{MEASURE_1}（第{draft}稿）", 1) if draft else text


def write_pages(folder: Path, fixtures_dir: Path, pages: dict[str, tuple[int, int]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (number, draft) in pages.items():
        (folder / name).write_text(notice_page(fixtures_dir, number, draft), encoding="utf-8")
    return [folder / name for name in pages]


class Counted:
    """Counts the calls of ``owner.name`` (the full coverage count, the rebuild of notices)."""

    def __init__(self, monkeypatch, owner, name: str) -> None:
        self.calls, real = 0, getattr(owner, name)

        def counting(*args, **kw):
            self.calls += 1
            return real(*args, **kw)
        monkeypatch.setattr(owner, name, counting)


def run_on(inputs, out: Path, **options):
    result = run(Settings(inputs=tuple(map(str, inputs)), out_dir=out, **options))
    assert not result.failures, result.failures
    return result


def files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in PER_RUN}


def inodes(out: Path) -> dict[str, int]:
    return {name: (out / name).stat().st_ino for name in PART_FILES}


def from_scratch(inputs, folder: Path, **options) -> dict[str, bytes]:
    """The files one run of ``inputs`` (stored in this order) into an empty folder writes."""
    run_on(inputs, folder, **options)
    return files(folder)


@pytest.mark.parametrize("all_versions", [False, True])
def test_new_notices_are_appended_in_place_and_equal_a_run_from_scratch(tmp_path, fixtures_dir, all_versions,
                                                                        monkeypatch):
    raw = tmp_path / "raw"
    first = write_pages(raw, fixtures_dir, {f"n{i}.html": (100 + i, 0) for i in range(4)})
    out = tmp_path / "out"
    run_on([raw], out, all_versions=all_versions)
    before, db = inodes(out), out / "notices.sqlite"
    counted = Counted(monkeypatch, TableFiles, "_count_coverage")
    rebuilt = Counted(monkeypatch, Outputs, "_rebuild")
    # two new notices, then a new version of n1: with --all-versions that adds to the end too
    later = write_pages(tmp_path / "new", fixtures_dir, {"a.html": (200, 0), "b.html": (201, 0)})
    later += write_pages(tmp_path / "v2", fixtures_dir, {"n1-v2.html": (101, 2)}) if all_versions else []
    for page in later:
        run_on([page], out, all_versions=all_versions)
    assert inodes(out) == before   # appended to, not replaced
    assert counted.calls == 0      # review.csv's coverage moved with the notices added, not counted again
    assert rebuilt.calls == len(later)   # (called once a run, with no notice to rebuild)
    assert files(out) == from_scratch(first + later, tmp_path / "scratch", all_versions=all_versions)
    con = sqlite3.connect(db)
    try:   # nothing is left recorded as being appended to
        assert con.execute("SELECT count(*) FROM archive_settings WHERE key = 'appending'").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM exported").fetchone() == (len(first) + len(later),)
    finally:
        con.close()


def test_a_superseded_notice_still_composes_new_files(tmp_path, fixtures_dir, monkeypatch):
    """A new version of a notice takes the old one's part out of the middle of
    each file: the files are composed anew (new inodes), as before."""
    raw = tmp_path / "raw"
    first = write_pages(raw, fixtures_dir, {f"n{i}.html": (100 + i, 0) for i in range(4)})
    out = tmp_path / "out"
    run_on([raw], out)
    before, counted = inodes(out), Counted(monkeypatch, TableFiles, "_count_coverage")
    later = write_pages(tmp_path / "new", fixtures_dir, {"a.html": (200, 0), "n1-v2.html": (101, 2)})
    run_on(later, out)
    assert all(inodes(out)[name] != before[name] for name in PART_FILES)
    assert counted.calls == 0   # the coverage moved: version 2 in, version 1 out
    shown = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert [n["doc_number"] for n in shown] == [f"东府办〔2014〕{n}号" for n in (100, 102, 103, 200, 101)]
    assert files(out) == from_scratch(first + later, tmp_path / "scratch")


def test_an_edited_file_is_rebuilt_not_appended_to(tmp_path, fixtures_dir):
    raw = tmp_path / "raw"
    first = write_pages(raw, fixtures_dir, {f"n{i}.html": (100 + i, 0) for i in range(2)})
    out = tmp_path / "out"
    run_on([raw], out)
    with open(out / "measures.csv", "ab") as fh:   # someone's note at the end
        fh.write(b"my note\r\n")
    later = write_pages(tmp_path / "new", fixtures_dir, {"a.html": (200, 0)})
    run_on(later, out)
    assert files(out) == from_scratch(first + later, tmp_path / "scratch")


# --- killed while appending ------------------------------------------------------

DRIVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import extractor.store.outputs as O
    import extractor.store.partfiles as PF
    from extractor.engine.pipeline import Settings, run

    page, out, marker, jobs = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    copy, append = PF.copy_range, O.Outputs._append

    def slow_copy(src, start, length, dst, at, target):
        # a few hundred bytes at a time, so that a kill lands mid-append
        while length:
            n = min(length, 256)
            at = copy(src, start, n, dst, at, target)
            start, length = start + n, length - n
            time.sleep(0.001)
        return at

    def appending(self, *args):
        if not marker.exists():
            marker.write_text("appending")
        return append(self, *args)

    PF.copy_range, O.Outputs._append = slow_copy, appending
    run(Settings(inputs=(page,), out_dir=out, jobs=jobs))
""")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_killed_while_appending_is_undone_by_the_next(tmp_path, fixtures_dir, jobs):
    rng = random.Random(KILL_SEED + jobs)
    raw, out = tmp_path / "raw", tmp_path / "out"
    pages = write_pages(raw, fixtures_dir, {f"n{i}.html": (100 + i, 0) for i in range(3)})
    run_on([raw], out)
    before = inodes(out)
    new = write_pages(tmp_path / "new", fixtures_dir, {f"k{k}.html": (300 + k, 0) for k in range(KILLS)})
    for k, page in enumerate(new):
        marker = tmp_path / f"appending-{k}"
        proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(page), str(out), str(marker), str(jobs)],
                                stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the run never appended"
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.4))   # the append takes about 0.3 s, slowed down: before, in or after it
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        # the next run (given nothing new) cuts each file back and appends the killed run's notice again
        run_on([page], out)
        assert files(out) == from_scratch(pages + new[:k + 1], tmp_path / f"scratch-{k}"), \
            f"KILL_SEED={KILL_SEED}"
        assert inodes(out) == before, f"rebuilt rather than cut back, KILL_SEED={KILL_SEED}"


def test_a_notice_without_unresolved_names_still_moves_review_coverage(tmp_path, fixtures_dir):
    """review.csv gives each city's coverage (units resolved, of all): a notice
    of that city added without a name to review changes it all the same."""
    first = write_pages(tmp_path / "raw", fixtures_dir, {"n1.html": (101, 0)})   # one unknown unit
    out = tmp_path / "out"
    run_on(first, out)
    later = write_pages(tmp_path / "new", fixtures_dir, {"a.html": (200, 0)})    # none
    run_on(later, out)
    review = (out / "review.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(review) == 2 and review[1].endswith(",289,290")   # 2 x 145 units, 1 of them unknown
    assert files(out) == from_scratch(first + later, tmp_path / "scratch")


def test_a_file_with_another_hard_link_is_composed_not_appended_to(tmp_path, fixtures_dir):
    """A hard link to a per-run file (a published copy) keeps what it held."""
    first = write_pages(tmp_path / "raw", fixtures_dir, {"n1.html": (101, 0)})
    out, published = tmp_path / "out", tmp_path / "published.json"
    run_on(first, out)
    os.link(out / "notices.json", published)
    kept = published.read_bytes()
    later = write_pages(tmp_path / "new", fixtures_dir, {"a.html": (200, 0)})
    run_on(later, out)
    assert published.read_bytes() == kept
    assert files(out) == from_scratch(first + later, tmp_path / "scratch")


def listed(out: Path, all_versions: bool) -> list[str]:
    """The versions the files are to show, listed in full (what ``Outputs._listing`` may shortcut)."""
    from extractor.store.migrate import shown

    con = sqlite3.connect(out / "notices.sqlite")
    try:
        return [d for (d,) in con.execute(f"SELECT doc_id FROM versions WHERE {shown(all_versions)} "
                                          "AND notice_json IS NOT NULL ORDER BY rowid")]
    finally:
        con.close()


def test_the_list_read_from_the_versions_stored_since_is_the_full_list(tmp_path, fixtures_dir):
    """Every kind of run, one after another: the notices the files show (and
    the ``exported`` list) are always the full listing of the archive's
    versions, whether the run listed them all or only read what was stored
    since the last run."""
    from extractor.cli import main

    raw, out = tmp_path / "raw", tmp_path / "out"
    write_pages(raw, fixtures_dir, {f"n{i}.html": (100 + i, 0) for i in range(3)})
    steps = [
        ({"a.html": (200, 0)}, {}),                              # a new notice
        ({"n1-v2.html": (101, 2)}, {}),                          # supersedes n1
        ({"b1.html": (201, 0), "b2.html": (201, 3)}, {}),        # a notice and its second version in one run
        ({"c.html": (202, 0)}, {"all_versions": True}),          # the other view
        ({"d.html": (203, 0)}, {"all_versions": True}),
        ({"n1-v3.html": (101, 1)}, {"all_versions": True}),      # a new version, every version shown
        ({"e.html": (204, 0)}, {}),                              # back to the latest view
        ({}, {"full": True}),                                    # every input stored again
        ({"f.html": (205, 0)}, {}),
    ]
    run_on([raw], out)
    for n, (pages, options) in enumerate(steps):
        inputs = write_pages(tmp_path / f"step{n}", fixtures_dir, pages) if pages else [raw]
        run_on(inputs, out, **options)
        if n == 6:
            assert main(["retire", "东府办〔2014〕102号", "--reason", "a test", "--out", str(out)]) == 0
        view = options.get("all_versions", False)
        doc_ids = [d["doc_id"] for d in json.loads((out / "notices.json").read_text(encoding="utf-8"))]
        assert doc_ids == listed(out, view), f"step {n}"
        con = sqlite3.connect(out / "notices.sqlite")
        assert [d for (d,) in con.execute("SELECT doc_id FROM exported ORDER BY pos")] == doc_ids
        con.close()


def test_versions_without_their_json_stay_in_review_csv_and_out_of_the_files(tmp_path, fixtures_dir):
    """A version from before the archive has no JSON: the views show it, the files
    cannot, and review.csv lists its unresolved names and counts its units (as it
    did before runs read only what was stored since the last one)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    first = write_pages(raw, fixtures_dir, {"n1.html": (101, 0), "n2.html": (102, 0)})
    run_on(first, out)
    con = sqlite3.connect(out / "notices.sqlite")
    with con:   # n1 as an archive from before notice_json kept it, whose files no run has listed yet
        con.execute("UPDATE versions SET notice_json = NULL WHERE rowid = 1")
        con.execute("DELETE FROM archive_settings WHERE key = 'exported'")
    con.close()
    for page in write_pages(tmp_path / "new", fixtures_dir, {"a.html": (201, 0), "b.html": (200, 0)}):
        run_on([page], out)
    shown = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert [n["doc_number"] for n in shown] == ["东府办〔2014〕102号", "东府办〔2014〕201号", "东府办〔2014〕200号"]
    review = (out / "review.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
    # unknown units: one in n1 (101), two in n2 (102), one in a (201), none in b (200); 4 x 145 units
    assert [(r.split(",")[6], r.split(",")[-2:]) for r in review] == [
        ("东府办〔2014〕101号", ["576", "580"])]


def test_a_run_that_fails_while_appending_cuts_the_files_back_at_once(tmp_path, fixtures_dir, monkeypatch):
    """A full disk (or Ctrl-C) in the middle of an append: the run stops with the
    error, and the files are the last run's again before it returns."""
    from extractor.store import partfiles

    first = write_pages(tmp_path / "raw", fixtures_dir, {"n1.html": (101, 0)})
    out = tmp_path / "out"
    run_on(first, out)
    kept = files(out)
    copy, calls = partfiles.copy_range, []

    def full_disk(src, start, length, dst, at, target):
        calls.append(target)
        if len(calls) == 2:   # notices.json appended, measures.csv half way
            copy(src, start, length // 2, dst, at, target)
            raise OSError(28, "No space left on device", str(target))
        return copy(src, start, length, dst, at, target)

    monkeypatch.setattr(partfiles, "copy_range", full_disk)
    later = write_pages(tmp_path / "new", fixtures_dir, {"a.html": (200, 0)})
    with pytest.raises(OSError):
        run(Settings(inputs=(str(later[0]),), out_dir=out))
    assert files(out) == kept
    monkeypatch.setattr(partfiles, "copy_range", copy)
    run_on(later, out)   # the notice is in the archive now: the files get it
    assert files(out) == from_scratch(first + later, tmp_path / "scratch")


def test_report_refuses_files_a_killed_run_was_appending_to(tmp_path, fixtures_dir, capsys):
    """report.html read from a file whose last row may be cut would be wrong without a word."""
    from extractor.cli import main

    first = write_pages(tmp_path / "raw", fixtures_dir, {"n1.html": (101, 0)})
    out = tmp_path / "out"
    run_on(first, out)
    con = sqlite3.connect(out / "notices.sqlite")
    with con:   # what a run killed between its record and its new state leaves
        size, inode = (out / "measures.csv").stat().st_size, (out / "measures.csv").stat().st_ino
        con.execute("INSERT INTO archive_settings VALUES ('appending', ?)",
                    (json.dumps({"measures.csv": [size, inode]}),))
    con.close()
    with open(out / "measures.csv", "ab") as fh:
        fh.write("东府办〔2014〕200号,1,\"半行".encode())
    assert main(["report", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "measures.csv may end with part of a notice" in err and err.count("\n") == 1
    run_on(first, out)   # nothing new: the files are cut back all the same
    assert files(out) == from_scratch(first, tmp_path / "scratch")
    assert main(["report", "--out", str(out)]) == 0


def test_a_first_run_counts_review_coverage_from_the_notices_it_stores(tmp_path, fixtures_dir, monkeypatch):
    """A first run knows each notice's share of review.csv's coverage from the rows
    it stores, so it does not scan the archive's assignments for it; what it
    records is what that scan counts (the fixtures: many cities, unresolved
    names, catch-all groups, a notice without units, a superseded version)."""
    out = tmp_path / "out"
    counted = Counted(monkeypatch, TableFiles, "_count_coverage")
    run_on([fixtures_dir], out)
    assert counted.calls == 0
    con = sqlite3.connect(out / "notices.sqlite")
    try:
        state = json.loads(con.execute("SELECT value FROM archive_settings WHERE key = 'exported'").fetchone()[0])
        assert con.execute("SELECT count(*) FROM versions WHERE is_latest = 0").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM assignments WHERE kind = 'group'").fetchone()[0] > 0
    finally:
        con.close()

    class Archived:   # what TableFiles reads of the archive: its connection
        def __init__(self) -> None:
            self.con = sqlite3.connect(out / "notices.sqlite")

    scan = TableFiles(Archived(), out, ["review.csv"], False, None, None)._count_coverage()
    assert len(scan) > 3
    assert state["coverage"] == [[city, *counts] for city, counts in scan.items()]
