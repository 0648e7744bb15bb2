"""What a one-process ``extractor run`` spends besides extraction (docs/scale.md, session 57).

    python bench/replay_run.py FOLDER OUT [--rounds N] [--parts]
    PYTHONHASHSEED=0 valgrind --tool=callgrind --separate-threads=yes --instr-atstart=no \\
        python bench/replay_run.py FOLDER OUT --rounds 1 --parts

Extracts every input of FOLDER first and keeps the notices, then runs
``extractor run FOLDER --out OUT --no-progress`` in this process, as the command
line does, with ``extract_file`` giving back the notice kept for each path (and
the resolver not loaded again): so the run does everything but extraction - the
records, the archive and its writer thread, the spool, the files' end - on the
same notices.  Prints, per round, the wall time, the main thread's process time
(user and system apart) and the whole process's (the archive's writer thread is
the difference).  The notices kept are frozen out of the collector
(``gc.freeze``): a run holds one notice at a time, and collecting a thousand kept
ones would be the replay's cost, not the run's.

Under callgrind (``--instr-atstart=no``) each round is counted from the run's
start to its end (``callgrind_control -i on/off``), each thread in a file of its
own; ``--parts`` makes the outermost call of each part through a C function of
its own (``count_stages.py``'s stage module), whose inclusive count is the part's.
The archive commits by count here, as in ``count_stages.py``.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: (module, owner or None, attribute, part name): ``--parts``
PARTS = (
    ("extractor.store.rows", None, "notice_record", "record"),
    ("extractor.store.rows", None, "_units", "record_units"),
    ("extractor.store.rows", None, "_measures", "record_measures"),
    ("extractor.store.rows", None, "notice_digest", "record_digest"),
    ("extractor.store.rows", None, "notice_json", "record_json"),
    ("extractor.store.rows", None, "_agency_counts", "record_agency_counts"),
    ("extractor.store.archive", "Archive", "store_record", "archive"),
    ("extractor.store.rowbatch", "RowBatch", "add", "archive_rowbatch_add"),
    ("extractor.store.rows", None, "with_version", "archive_with_version"),
    ("extractor.store.rows", "AgencyTally", "add_counts", "archive_tally"),
    ("extractor.store.archive", "Archive", "_hand_over", "archive_hand_over"),
    ("extractor.store.rowbatch", "RowBatch", "write", "rows_written"),
    ("extractor.store.outputs", "Outputs", "add", "spool"),
    ("extractor.store.archive", "Archive", "refresh_agencies", "refresh"),
    ("extractor.store.outputs", "Outputs", "finish", "finish"),
)


def _callgrind(switch: str) -> None:
    if shutil.which("callgrind_control"):   # (not under valgrind: no such process, ignored)
        subprocess.run(["callgrind_control", "-i", switch, str(os.getpid())], capture_output=True)


def _times(who: int) -> tuple[float, float]:
    usage = resource.getrusage(who)
    return usage.ru_utime, usage.ru_stime


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder")
    p.add_argument("out")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--parts", action="store_true", help="count each part through a C function of its own")
    args = p.parse_args(argv)
    from extractor.cli import main as extractor_main   # first, as its script does (bench/count_stages.py says why)
    from extractor.agencies import resolve
    from extractor.engine import pipeline
    from extractor.store import archive

    files, _ = pipeline.collect_inputs([args.folder])
    kept = {str(path): notice for path, notice, _ in pipeline.extract_many(files, pipeline.Settings(jobs=1))}
    gc.freeze()
    pipeline.extract_file = lambda path, resolver=None: kept[str(path)]
    resolve.load_resolver = lambda aliases=None: None
    archive.COMMIT_SECONDS = archive.BUILD_SECONDS = 1e9   # commits by count, built aside to the end
    if args.parts:
        sys.path.insert(0, str(Path(__file__).parent))
        from count_stages import build_stage_module, through

        stagemod = build_stage_module([name for *_, name in PARTS], Path(tempfile.mkdtemp()))
        for module, owner, attribute, name in PARTS:
            holder = importlib.import_module(module)
            holder = getattr(holder, owner) if owner else holder
            setattr(holder, attribute, through(getattr(stagemod, name), getattr(holder, attribute)))
    for n in range(args.rounds):
        shutil.rmtree(args.out, ignore_errors=True)
        summary = io.StringIO()
        _callgrind("on")
        start, main0, all0 = time.perf_counter(), _times(resource.RUSAGE_THREAD), _times(resource.RUSAGE_SELF)
        with contextlib.redirect_stdout(summary):
            extractor_main(["run", args.folder, "--out", args.out, "--no-progress"])
        wall, main1, all1 = time.perf_counter() - start, _times(resource.RUSAGE_THREAD), _times(resource.RUSAGE_SELF)
        _callgrind("off")
        user, system = main1[0] - main0[0], main1[1] - main0[1]
        print(f"round {n + 1}: wall {wall:.3f} s; main thread {user + system:.3f} s (user {user:.3f}, system "
              f"{system:.3f}); process {sum(all1) - sum(all0):.3f} s; load {os.getloadavg()[0]:.1f}", flush=True)
    print(summary.getvalue().strip().splitlines()[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
