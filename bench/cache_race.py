"""Many ``extractor run`` processes at once on one fresh cache folder, in rounds:
the stress loop behind docs/reliability.md ("Processes sharing the cache").
Run by hand, not by the test suite:

    python bench/cache_race.py [--procs 8] [--rounds 10] [--keep-cache] [INPUT]

INPUT defaults to tests/fixtures (about 30 s a run on 2 cores); a folder of a
few fixtures (some Word binaries among them, for LibreOffice) goes faster.

Each round empties the cache folder (``EXTRACTOR_CACHE_DIR``, and ``TMPDIR``
for anything that goes to the temp dir), then starts ``--procs`` runs of
``extractor run INPUT --out <own folder>`` together, so that they all miss,
build and write the same cache files at the same moment (``--keep-cache``:
the later rounds read what the first wrote while some rewrite it).  Every
process runs with a hook that prints the traceback of an error line, so a
failure shows where it came from.  Prints each failure and the counts; exit
status 1 when any run failed or its output differs from the first run's.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: the CLI, with ``fail`` printing the traceback of the exception being handled
HOOKED_MAIN = """
import sys, traceback
import extractor.cli.app as app
plain = app.fail
def fail(message, status=2):
    if sys.exc_info()[0] is not None:
        traceback.print_exc()
    return plain(message, status)
app.fail = fail
sys.exit(app.main(sys.argv[1:]))
"""


def digest(folder: Path) -> str:
    """The JSON export's bytes, hashed (the same input gives the same file)."""
    f = folder / "notices.json"
    return hashlib.sha256(f.read_bytes()).hexdigest()[:12] if f.is_file() else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", default=str(ROOT / "tests" / "fixtures"))
    ap.add_argument("--procs", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--keep-cache", action="store_true", help="empty the cache only before the first round")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="cache-race-"))
    cache, tmp = work / "cache", work / "tmp"
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(cache), "TMPDIR": str(tmp),
           "XDG_CACHE_HOME": str(work / "xdg"), "PYTHONPATH": str(ROOT)}
    failed = differ = 0
    first = None
    try:
        for round_ in range(1, args.rounds + 1):
            if round_ == 1 or not args.keep_cache:
                shutil.rmtree(cache, ignore_errors=True)
                shutil.rmtree(tmp, ignore_errors=True)
                tmp.mkdir(parents=True)
            procs = []
            for i in range(args.procs):
                out = work / f"out-{round_}-{i}"
                cmd = [sys.executable, "-c", HOOKED_MAIN, "run", args.input, "--out", str(out), "--no-progress"]
                procs.append((out, subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                                    stderr=subprocess.PIPE, text=True)))
            for out, proc in procs:
                _, err = proc.communicate()
                if proc.returncode or "Traceback" in err or "extractor: error:" in err:
                    failed += 1
                    print(f"round {round_} {out.name}: rc {proc.returncode}\n{err}", flush=True)
                d = digest(out)
                first = first or d
                if d != first:
                    differ += 1
                    print(f"round {round_} {out.name}: notices.json {d}, the first run's {first}")
                shutil.rmtree(out, ignore_errors=True)
            print(f"round {round_}: {args.procs} runs, failed so far {failed}, differing {differ}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.rounds * args.procs} runs: {failed} failed, {differ} with other output")
    return 1 if failed or differ else 0


if __name__ == "__main__":
    sys.exit(main())
