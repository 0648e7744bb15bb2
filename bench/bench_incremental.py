"""Benchmark: one new notice into archives of 0, 1,000 and 10,000 notices.

    python bench/bench_incremental.py                 # sizes 0 / 1,000 / 10,000
    python bench/bench_incremental.py --sizes 0 300   # other sizes

An incremental run's cost should grow with its new inputs, not with the
archive: one new notice into a 10,000-notice archive should take about
what it takes into an empty folder (issue 17).  Stages:

1. corpus    the deterministic synthetic pages of ``bench.py`` (kept in
             output/bench/pages between runs), one notice each;
2. archives  per size N, an output folder holding the first N pages' archive
             and per-run files (``extractor run --jobs 2``, built once and kept
             in output/bench-incremental/ while the corpus is the same);
3. runs      per size, in rotation ``--rounds`` times: ``extractor run NEW.html
             --out ARCHIVE`` in a child process, timed wall-clock - NEW the first
             page past the largest N that this archive does not hold yet (so each
             round adds one notice: the archive grows by at most ``--rounds``) -
             and ``extractor run OLD.html`` with a page the archive holds (nothing
             new: the files are left alone); each keeps its fastest round, as
             ``bench.py`` does, with its CPU time (user + sys: other work on a
             shared machine inflates the wall clock, much less the CPU time).
             The runs write into the kept archive itself: a copy would have
             other inodes, and the run would rightly rebuild files it cannot
             prove are the ones it wrote.
4. report    output/bench-incremental.json and a table on stdout.  No timing is
             asserted anywhere: the figures are read here (docs/scale.md).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the corpus and the timing helpers)

ROOT, BIN = bench.ROOT, bench.BIN
SPARE = 64   #: pages past the largest archive, added one a round (the archives grow by that at most)


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10000], help="archive sizes")
    p.add_argument("--rounds", type=int, default=3, help="rounds in rotation; the fastest is kept")
    p.add_argument("--seed", type=int, default=7, help="corpus seed (as bench.py)")
    p.add_argument("--work", type=Path, default=ROOT / "output" / "bench-incremental", help="work folder")
    p.add_argument("--pages", type=Path, default=ROOT / "output" / "bench" / "pages",
                   help="the synthetic pages (shared with bench.py)")
    p.add_argument("--json", type=Path, default=ROOT / "output" / "bench-incremental.json")
    return p.parse_args(argv)


def build_archive(work: Path, pages_dir: Path, pages: list[dict], n: int) -> Path:
    """The archive of the first ``n`` pages (kept between runs of this script)."""
    folder = work / f"archive-{n}"
    stamp = folder / ".bench-built"
    if stamp.is_file() and stamp.read_text() == f"{n}:{bench.CORPUS_VERSION}":
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if n:
        corpus = bench.corpus_dir(work, pages_dir, pages[:n], n)
        t0 = time.perf_counter()
        subprocess.run([str(BIN / "extractor"), "run", str(corpus), "--out", str(folder), "--jobs", "2",
                        "--no-progress"], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        print(f"archive of {n} notices built in {time.perf_counter() - t0:.0f} s", flush=True)
        shutil.rmtree(corpus)
    stamp.write_text(f"{n}:{bench.CORPUS_VERSION}")
    return folder


def one_run(label: str, archive: Path, page: Path, work: Path) -> dict:
    """``extractor run PAGE --out ARCHIVE``, timed."""
    result = bench.measure(label, [str(BIN / "extractor"), "run", str(page), "--out", str(archive),
                                   "--no-progress"], work / "logs")
    assert result["returncode"] == 0, result
    result["output_mb"] = round(sum(p.stat().st_size for p in archive.iterdir() if p.is_file()) / 1e6, 1)
    return result


def next_new_page(archive: Path, pages_dir: Path, spare: list[dict]) -> Path:
    """The first spare page the archive does not hold."""
    import hashlib
    import sqlite3

    db = archive / "notices.sqlite"
    con = sqlite3.connect(db) if db.is_file() else None
    try:
        for page in spare:
            path = pages_dir / page["name"]
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
            if con is None or not con.execute("SELECT 1 FROM sources WHERE sha256 = ?", (sha,)).fetchone():
                return path
    finally:
        if con is not None:
            con.close()
    raise SystemExit(f"{archive}: every spare page is archived already; remove the folder and run again")


def main(argv=None) -> int:
    args = parse_args(argv)
    bench.compile_package()
    sizes = sorted(set(args.sizes))
    pages = bench.build_pages(args.pages, args.seed, max(sizes) + SPARE)
    spare = pages[max(sizes):]   # past every archive: new to each
    archives = {n: build_archive(args.work, args.pages, pages, n) for n in sizes}
    best: dict[str, dict] = {}
    for round_no in range(1, args.rounds + 1):
        for n in sizes:
            runs = [(f"new-into-{n}", next_new_page(archives[n], args.pages, spare))]
            if n:
                runs.append((f"unchanged-into-{n}", args.pages / pages[0]["name"]))
            for label, page in runs:
                print(f"round {round_no}/{args.rounds}: {label} ...", flush=True)
                result = one_run(label, archives[n], page, args.work)
                result.update(archive_notices=n)
                kept = best.get(label)
                rounds = (kept["rounds_s"] if kept else []) + [result["seconds"]]
                cpu = (kept["rounds_cpu_s"] if kept else []) + [result["cpu_s"]]
                if kept is None or result["seconds"] < kept["seconds"]:
                    kept = best[label] = result
                kept["rounds_s"], kept["rounds_cpu_s"] = rounds, cpu
    report = {"sizes": sizes, "rounds": args.rounds, "runs": list(best.values())}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nload average while timing: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("\n| run | archive notices | seconds (best) | rounds | CPU s (best round) | CPU s, rounds | "
          "output folder MB |\n|---|---|---|---|---|---|---|")
    for r in report["runs"]:
        print(f"| {r['label']} | {r['archive_notices']:,} | {r['seconds']:.2f} | "
              f"{', '.join(f'{s:.2f}' for s in r['rounds_s'])} | {r['cpu_s']:.2f} | "
              f"{', '.join(f'{s:.2f}' for s in r['rounds_cpu_s'])} | {r['output_mb']} |")
    print(f"\n-> {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
