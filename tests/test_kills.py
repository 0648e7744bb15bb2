"""SIGKILL at random points of fetch, crawl and run (with and without --jobs):
raw/ and the archive stay whole, nothing saved before is lost or changed, and
the next command finishes the work.

The kill times are random (``random.Random(KILL_SEED)``: a failure message
names the seed; set ``KILL_SEED`` to replay it), a few kills per test so the
suite stays bounded in time.  ``test_rerun.py`` kills a run at a
chosen point (mid-write of a notice); these kill wherever the clock falls.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from localhttp import Route, http_server  # noqa: F401 (fixture)

KILL_SEED = int(os.environ.get("KILL_SEED", time.time_ns() % 1_000_000))
KILLS = 2            #: kills per test: each is a full start-up, so a few seconds
MEASURE_1 = "突出发展战略性新兴产业"
SEED_NUMBER = "东府办〔2014〕75号"


def extractor(*args, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extractor", *map(str, args)], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen) -> int:
    _, err = proc.communicate(timeout=300)
    assert b"Traceback" not in err, err.decode()
    assert proc.returncode == 0, err.decode()
    return proc.returncode


def kill_at(proc: subprocess.Popen, delay: float) -> None:
    """SIGKILL ``proc`` after ``delay`` seconds (if it is still running)."""
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    proc.stderr.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_is_whole(raw: Path, kept: dict[str, str]) -> None:
    """Every file saved before holds its bytes; every page with a sidecar holds the
    bytes its sidecar names; temp files (dot names) are never inputs."""
    for name, digest in kept.items():
        assert sha(raw / name) == digest, f"{name} was changed"
    for side in raw.glob("*.fetch.json"):
        page = side.with_name(side.name[:-len(".fetch.json")])
        assert page.is_file() and json.loads(side.read_text(encoding="utf-8"))["sha256"] == sha(page)


def saved(raw: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in raw.iterdir() if not p.name.startswith(".") and p.is_file()}


# --- run -------------------------------------------------------------------------

def write_corpus(raw: Path, text: str) -> None:
    """Twelve inputs: six notices, two versions of each (measure 1 worded per version)."""
    raw.mkdir()
    for i in range(12):
        number, version = divmod(i, 2)
        page = text.replace(SEED_NUMBER, f"东府办〔2014〕{100 + number}号").replace(
            MEASURE_1, f"{MEASURE_1}（第{version}稿）", 1)
        (raw / f"n{i:02d}.html").write_text(page, encoding="utf-8")


def archive_is_whole(out: Path) -> None:
    db = out / "notices.sqlite"
    if db.exists():
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            if not con.execute("SELECT 1 FROM sqlite_master").fetchone():
                return   # killed before its schema was committed: nothing stored yet
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            # one latest version per identity, and every version's rows are there
            assert con.execute("SELECT count(*) FROM versions WHERE is_latest = 1").fetchone() == \
                con.execute("SELECT count(DISTINCT identity) FROM versions").fetchone()
            assert con.execute("SELECT count(*) FROM versions WHERE doc_id NOT IN "
                               "(SELECT doc_id FROM notices)").fetchone() == (0,)
        finally:
            con.close()
    if (out / "notices.json").exists():
        json.loads((out / "notices.json").read_text(encoding="utf-8"))
    for name in ("measures.csv", "assignments.csv", "notices.csv", "agencies.csv", "review.csv"):
        if (out / name).exists():
            with open(out / name, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh))
            assert rows and all(len(r) == len(rows[0]) for r in rows), f"{name} is cut"


@pytest.mark.parametrize("jobs", [1, 2])
def test_run_killed_at_random_points_loses_nothing(tmp_path, fixtures_dir, jobs):
    rng = random.Random(KILL_SEED + jobs)
    raw, out, clean = tmp_path / "raw", tmp_path / "out", tmp_path / "clean"
    write_corpus(raw, (fixtures_dir / "seed-dongguan-2014-75.html").read_text(encoding="utf-8"))
    start = time.monotonic()
    assert finish(extractor("run", raw, "--out", clean, "--no-progress", "--jobs", jobs, cwd=tmp_path)) == 0
    took = time.monotonic() - start
    for kill in range(KILLS):
        delay = rng.uniform(0.2, took)
        kill_at(extractor("run", raw, "--out", out, "--no-progress", "--jobs", jobs, cwd=tmp_path), delay)
        archive_is_whole(out)
    assert finish(extractor("run", raw, "--out", out, "--no-progress", "--jobs", jobs, cwd=tmp_path)) == 0, \
        f"KILL_SEED={KILL_SEED}"
    archive_is_whole(out)
    for name in ("notices.json", "measures.csv", "assignments.csv", "agencies.csv", "review.csv"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), f"{name}, KILL_SEED={KILL_SEED}"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


# --- fetch and crawl ----------------------------------------------------------------

PAGES = 12


def serve(http_server, version: int) -> list[str]:
    """PAGES notice pages, each answered a little slowly; ``version`` changes every other one."""
    urls = []
    for i in range(PAGES):
        body = f"<html><body><p>通知{i}</p><p>第{version if i % 2 else 0}稿</p></body></html>".encode()
        http_server.routes[f"/n/{i}.html"] = Route(200, body, {"Content-Type": "text/html; charset=utf-8",
                                                              "ETag": f'"{i}-{version if i % 2 else 0}"'},
                                                   delay=0.03)
        urls.append(http_server.url(f"/n/{i}.html"))
    listing = "".join(f'<li><a href="/n/{i}.html">责任分工方案{i}</a></li>' for i in range(PAGES))
    http_server.routes["/list.html"] = Route(200, f"<html><body><ul>{listing}</ul></body></html>".encode(),
                                             {"Content-Type": "text/html; charset=utf-8"})
    return urls


def fetched_as_served(raw: Path, http_server) -> None:
    """The newest file of every URL holds what the server serves now."""
    from extractor.source.fetch import file_name_for
    from extractor.source.originals import saved_originals

    for i in range(PAGES):
        route = http_server.routes[f"/n/{i}.html"]
        newest = saved_originals(raw, file_name_for(http_server.url(f"/n/{i}.html")))[-1]
        assert newest.read_bytes() == route.body


@pytest.mark.parametrize("command", ["fetch", "crawl"])
def test_fetch_and_crawl_killed_at_random_points_keep_raw_whole(http_server, tmp_path, command):
    rng = random.Random(KILL_SEED + len(command))
    raw = tmp_path / "raw"
    urls = serve(http_server, 1)

    def start():
        if command == "fetch":
            return extractor("fetch", *urls, "--into", raw, "--retries", "0", cwd=tmp_path)
        return extractor("crawl", http_server.url("/list.html"), "--recheck", "--delay", "0", "--into", raw,
                         "--retries", "0", cwd=tmp_path)

    t0 = time.monotonic()
    assert finish(start()) == 0
    took = time.monotonic() - t0
    for version in range(2, 2 + KILLS):
        kept = saved(raw)
        serve(http_server, version)   # every other page changes
        kill_at(start(), rng.uniform(0.2, took))
        raw_is_whole(raw, kept)
        assert finish(start()) == 0, f"KILL_SEED={KILL_SEED}"
        raw_is_whole(raw, kept)
        fetched_as_served(raw, http_server)


def test_a_forked_worker_does_not_keep_the_folder_locked(tmp_path):
    """--jobs workers are forked while the run holds the output lock: killed, the
    run must leave the folder free even while its workers still live."""
    from extractor.store.files import folder_lock

    started, ready = os.pipe()
    with folder_lock(tmp_path):
        child = os.fork()
        if child == 0:   # the worker (its fork hooks have run): outlives the run
            os.write(ready, b"1")
            time.sleep(30)
            os._exit(0)
        os.read(started, 1)
    try:
        with folder_lock(tmp_path):   # free, though the child still runs
            pass
    finally:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(started)
        os.close(ready)


def test_temp_files_of_the_described_files_are_swept_by_the_next_run(tmp_path, fixtures_dir):
    # a run killed inside write_datasette_metadata / write_datapackage leaves their temp
    # files (seen in the random-kill test above, about one run in four under load)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(fixtures_dir / "seed-dongguan-2014-75.html", raw)
    out.mkdir()
    left = [out / ".metadata.json.k1ll3d.tmp", out / ".datapackage.json.k1ll3d.tmp",
            out / ".notices.csv.k1ll3d.tmp"]
    for stale in left:
        stale.write_text("{half", encoding="utf-8")
    keep = out / ".mine.tmp"   # not a temp name of ours: left alone
    keep.write_text("x", encoding="utf-8")
    assert finish(extractor("run", raw, "--out", out, "--no-progress", cwd=tmp_path)) == 0
    assert not [p for p in left if p.exists()]
    assert keep.exists()
