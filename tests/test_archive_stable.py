"""What two runs of one input store in ``notices.sqlite`` (docs/rerun.md, "Two runs of one input").

The archive's file is not byte-equal between two runs, and three things make it so, each on
purpose: the time each notice was read (``versions.extracted_at``, ``sources.added_at``), the
exported files' size, inode and mtime (``archive_settings['exported']``, what a later run checks
to tell a file it wrote from one edited or replaced since), and where the commits fell (a batch
ends after ``COMMIT_EVERY`` notices or ``COMMIT_SECONDS``, whichever comes first: SQLite lays the
tables' pages out in the order the batches wrote them, so a host busy enough to cut a batch by
the clock stores the same rows on other pages).  Everything else is stable, and these tests say
so: a change that lets a set's order, a hash seed or a time into any other byte fails here.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, child_env

#: fixtures printing registry agencies (东莞's, 丽水's) and template ones (平顶山's), some again later
INPUTS = ("bl-pingdingshan-2021-12.txt", "group-pingdingshan-2019-14.txt", "inll-dongguan-2015-40.txt",
          "inlv-dongguan-2016-23.html", "list-lishui-2018-21b.txt", "p2-dongguan-2018-52.txt")
#: a run in a child process (its own hash seed), the clock pinned: one time for every notice, no
#: commit by the clock (``COMMIT_EVERY`` as given), no archive put in place before the end
_CHILD = """
import sys
from pathlib import Path
import extractor.store.archive as A
A.COMMIT_SECONDS = A.BUILD_SECONDS = 1e9
A.COMMIT_EVERY = int(sys.argv[3])
A.utc_now = lambda: "2026-12-06T20:10:00+00:00"
from extractor.engine.pipeline import Settings, run
run(Settings(inputs=(sys.argv[1],), out_dir=Path(sys.argv[2])))
"""
#: the columns holding the time a notice was read
TIMES = {"versions": "extracted_at", "sources": "added_at"}


@pytest.fixture
def raw(tmp_path, fixtures_dir) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in INPUTS:
        shutil.copy(fixtures_dir / name, folder / name)
    return folder


def _child_run(raw: Path, out: Path, seed: str, commit_every: int = 64) -> None:
    subprocess.run([sys.executable, "-c", _CHILD, str(raw), str(out), str(commit_every)],
                   env=child_env(out.parent / "cache", seed), cwd=ROOT, capture_output=True, text=True, check=True)


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows in stored (rowid) order, the times and the files' marks taken out."""
    con = sqlite3.connect(db)
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {}
        for name in names:
            columns = [c[1] for c in con.execute(f"PRAGMA table_info({name})")]
            rows = []
            for row in con.execute(f"SELECT * FROM {name}"):
                row = list(row)
                if name in TIMES:
                    row[columns.index(TIMES[name])] = "<time>"
                if name == "archive_settings" and row[0] == "exported":
                    state = json.loads(row[1])
                    state["files"] = {f: mark[:1] for f, mark in state["files"].items()}   # the size stays
                    row[1] = state
                rows.append(tuple(row))
            out[name] = rows
        return out
    finally:
        con.close()


def _pages_apart(a: Path, b: Path) -> set[str]:
    """The tables and indexes owning a page that differs between the two files (SQLite's ``dbstat``)."""
    x, y = a.read_bytes(), b.read_bytes()
    assert len(x) == len(y)
    size = int.from_bytes(x[16:18], "big")
    size = 65536 if size == 1 else size
    con = sqlite3.connect(a)
    try:
        owner = dict((page, name) for name, page in con.execute("SELECT name, pageno FROM dbstat"))
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        con.close()
    return {owner.get(i // size + 1, f"page {i // size + 1}") for i in range(0, len(x), size)
            if x[i:i + size] != y[i:i + size]}


def test_two_runs_of_one_input_differ_only_in_the_files_marks_when_the_clock_is_pinned(tmp_path, raw):
    """Two runs under two hash seeds, one time for every notice and the same commits: every output
    file is byte-equal but the archive, and the archive's only page apart is the settings' (the
    exported files' inodes and mtimes)."""
    a, b = tmp_path / "a", tmp_path / "b"
    _child_run(raw, a, "1")
    _child_run(raw, b, "2")
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir()) and "notices.sqlite" in names
    for name in names:
        if name not in ("notices.sqlite", ".lock"):
            assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert _tables(a / "notices.sqlite") == _tables(b / "notices.sqlite")
    assert _pages_apart(a / "notices.sqlite", b / "notices.sqlite") == {"archive_settings"}


def test_the_rows_are_the_same_wherever_the_commits_fall(tmp_path, raw):
    """A commit after every notice or one for the whole run (as the clock may cut a busy host's
    batches): the same rows in every table, in one order, times and the files' marks apart; only
    the pages they stand on differ."""
    one, all_ = tmp_path / "one", tmp_path / "all"
    _child_run(raw, one, "1", commit_every=1)
    _child_run(raw, all_, "1", commit_every=64)
    stored = _tables(one / "notices.sqlite")
    assert stored == _tables(all_ / "notices.sqlite")
    assert len(stored["versions"]) == len(INPUTS) and len(stored["agencies"]) > 20
