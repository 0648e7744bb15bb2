"""The hostile-input campaign behind docs/reliability.md: more cases than the
test suite runs, counted.  ``python bench/hostile.py [--seeds N] [--kills N]``.

1. bytes: ``--seeds`` x 40 damaged fixtures (tests/test_fuzz_bytes.py's
   generator) through decode -> locate -> parse; outcome counts, slowest case;
2. batches: the CLI on the good fixtures beside hostile files and names;
   tracebacks on stderr, good notices not exported whole;
3. kills: ``run --jobs 2`` SIGKILLed as a process group at random moments,
   then run again: archive integrity, spool folders left, notices lost;
4. servers: fetch against dripping, lying and broken local servers (127.0.0.1).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_fuzz_bytes as fuzz  # noqa: E402  (the generator)
from localhttp import LocalServer, Route  # noqa: E402

from extractor.engine.extract import extract_file, extract_raw  # noqa: E402
from extractor.models import ExtractorError, RawInput  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
CLI = [sys.executable, "-m", "extractor"]


def bytes_campaign(seeds: int) -> dict:
    pages = fuzz._pages(FIXTURES)
    counts = {"cases": 0, "extracted": 0, "bad input": 0, "tracebacks": 0}
    slowest = 0.0
    for seed in range(seeds):
        rng = random.Random(seed)
        for case in range(fuzz.CASES):
            suffix, text = rng.choice(pages)
            data = fuzz._damage(fuzz._encode(text, rng), rng)
            raw = RawInput(path=f"case{case}{rng.choice([suffix, '.htm', '', '.TXT'])}", data=data,
                           size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                           http_charset=rng.choice(fuzz.LABELS))
            started = time.perf_counter()
            counts["cases"] += 1
            try:
                extract_raw(raw)
                counts["extracted"] += 1
            except ExtractorError:
                counts["bad input"] += 1
            except Exception as exc:   # what the campaign is looking for
                counts["tracebacks"] += 1
                print(f"seed {seed} case {case}: {type(exc).__name__}: {exc}", file=sys.stderr)
            took = time.perf_counter() - started
            if took > slowest:
                slowest, where = took, f"seed {seed} case {case}"
    counts["slowest case (s)"] = round(slowest, 2)
    counts["slowest"] = where
    return counts


def batch_campaign(rounds: int) -> dict:
    counts = {"batches": 0, "hostile files": 0, "tracebacks": 0, "good notices": 0, "good notices lost": 0}
    for r in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "raw"
            raw.mkdir()
            alone = {}
            for name in fuzz.GOOD:
                (raw / name).write_bytes((FIXTURES / name).read_bytes())
                alone[name] = len(extract_file(raw / name).measures)
            fuzz._hostile_files(raw, random.Random(r))
            counts["hostile files"] += sum(1 for _ in os.walk(raw) for _ in _[2]) - len(fuzz.GOOD)
            args = [str(raw), "--out", str(Path(tmp) / "out"), "--no-progress"] + (["--jobs", "2"] if r % 2 else [])
            res = subprocess.run(CLI + ["run", *args], capture_output=True, text=True, timeout=300)
            counts["batches"] += 1
            counts["tracebacks"] += "Traceback" in res.stderr
            notices = json.loads((Path(tmp) / "out" / "notices.json").read_text(encoding="utf-8"))
            got = {Path(n["source"]["path"]).name: len(n["measures"]) for n in notices}
            for name, n in alone.items():
                counts["good notices"] += 1
                counts["good notices lost"] += got.get(name) != n
    return counts


def kill_campaign(kills: int) -> dict:
    counts = {"kills": 0, "archives not intact": 0, "spools left after the next run": 0,
              "notices": 0, "notices lost": 0, "tracebacks": 0}
    seed = (FIXTURES / "seed-dongguan-2014-75.html").read_bytes()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        raw, out, spools = Path(tmp) / "raw", Path(tmp) / "out", Path(tmp) / "spool"
        raw.mkdir()
        spools.mkdir()
        for i in range(200):   # 200 notices: each its own doc number (the archive keeps one copy of a content)
            (raw / f"n{i:03}.html").write_bytes(seed.replace("〕75号".encode(), f"〕{1000 + i}号".encode()))
        env = {**os.environ, "TMPDIR": str(spools)}
        cmd = CLI + ["run", str(raw), "--out", str(out), "--no-progress", "--jobs", "2"]
        for _ in range(kills):
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    start_new_session=True)
            time.sleep(rng.uniform(0.5, 4.0))
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            counts["kills"] += 1
            if (out / "notices.sqlite").exists():
                con = sqlite3.connect(out / "notices.sqlite")
                ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                ok = ok and con.execute("PRAGMA foreign_key_check").fetchall() == []
                counts["archives not intact"] += not ok
                con.close()
        res = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        counts["tracebacks"] += "Traceback" in res.stderr
        counts["spools left after the next run"] = len(list(spools.glob("extractor-spool-*")))
        con = sqlite3.connect(out / "notices.sqlite")
        stored = con.execute("SELECT count(DISTINCT doc_number) FROM notices").fetchone()[0]
        counts["notices"] = 200
        counts["notices lost"] = 200 - stored
    return counts


def server_campaign() -> dict:
    from extractor.source.fetch import FetchSettings, fetch_urls

    server = LocalServer().start()
    routes = {
        "/drip-body": Route(200, b"<p>" + b"x" * 40 + b"</p>", drip=0.2),
        "/drip-head": Route(200, b"<p>x</p>", drip=0.2, drip_head=True),
        "/slow": Route(200, b"<p>late</p>", delay=3),
        "/lying-length": Route(200, b"<p>short</p>", {"Content-Length": "100000"}),
        "/huge-length": Route(200, b"<p>x</p>", {"Content-Length": str(10 ** 12)}),
        "/no-length-big": Route(200, b"x" * (3 * 1024 * 1024), send_length=False),
        "/redirect-loop": Route(302, b"", {"Location": "/redirect-loop"}),
        "/500": Route(500, b"down"),
        "/binary": Route(200, b"\x00\x01" * 1000, {"Content-Type": "text/html; charset=no-such"}),
        "/ok": Route(200, "<p>关于印发分工方案的通知</p>".encode("gbk"), {"Content-Type": "text/html; charset=ISO-8859-1"}),
    }
    server.routes.update(routes)
    urls = [server.url(p) for p in routes] + ["http://127.0.0.1:1/refused", "http://[::1/bad", "http://" + "a" * 251 + "/x"]
    counts = {"urls": len(urls)}
    with tempfile.TemporaryDirectory() as tmp:
        settings = FetchSettings(into=Path(tmp), connect_timeout=1, read_timeout=2, retries=1, backoff=0,
                                 max_bytes=2 * 1024 * 1024, deadline=2)
        started = time.monotonic()
        try:
            records, failures = fetch_urls(urls, settings)
            counts["fetched"], counts["failed"] = len(records), len(failures)
            counts["tracebacks"] = 0
        except Exception as exc:
            counts["tracebacks"] = 1
            print(f"fetch: {type(exc).__name__}: {exc}", file=sys.stderr)
        counts["seconds"] = round(time.monotonic() - started, 1)
        counts["files outside --into"] = 0   # every saved path is checked below
        for r in records if counts["tracebacks"] == 0 else []:
            counts["files outside --into"] += Path(r.path).resolve().parent != Path(tmp).resolve()
    server.stop()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=50)
    parser.add_argument("--batches", type=int, default=6)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--only", action="append", choices=("bytes", "batches", "kills", "servers"),
                        help="run only this part (repeatable)")
    args = parser.parse_args()
    for name, step in [("bytes", lambda: bytes_campaign(args.seeds)), ("batches", lambda: batch_campaign(args.batches)),
                       ("kills", lambda: kill_campaign(args.kills)), ("servers", server_campaign)]:
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        counts = step()
        print(f"{name}: {json.dumps(counts, ensure_ascii=False)} ({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
