"""Process time of each stage of one ``extractor run`` (docs/scale.md, session 44).

    python bench/time_stages.py FOLDER OUT [--every N]

Runs ``extractor run FOLDER --out OUT --no-progress`` in this process, as the
command line does (its collector threshold, SQLite's memory statistics off),
with a timer around the outermost call of each stage: extraction
(``extract_file``), the record (``rows.notice_record``), the archive
(``Archive.store_record``, its batch commits shown apart as well), the spool
(``Outputs.add``) and the per-run files' end (``Outputs.finish``).  Prints
each stage's process time (user + system: what the run costs the machine,
which a shared host's load changes far less than the wall clock) in ms a
notice, the collector's collections, and what is left over (start-up after
the imports, loading the resolver, the loop, the summary).  ``--every N``
also prints the running totals after every N notices stored: a stage whose
time a notice grows with the run shows there.  OUT is removed first (an
archive holding the notices would skip them).

No valgrind needed; on a shared machine take the smallest of several runs,
and compare two trees run after run (or by a stage that did not change).
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import io
import shutil
import sys
import time

from extractor.cli import main as extractor_main   # first, as its script does (bench/count_stages.py says why)
from extractor.engine import pipeline
from extractor.store import rows
from extractor.store.archive import Archive
from extractor.store.outputs import Outputs

#: (owner, attribute, label) of each stage's outermost call, in the order shown
STAGES = (
    (pipeline, "extract_file", "extraction"),
    (rows, "notice_record", "record"),
    (Archive, "store_record", "archive"),
    (Archive, "commit", "  of it, commits"),
    (Outputs, "add", "spool"),
    (Outputs, "finish", "files' end"),
)
#: the stage whose calls count the notices stored (``--every``)
COUNTED = "archive"


class StageTimes:
    """Process time spent in each stage, and the notices stored so far."""

    def __init__(self, every: int = 0) -> None:
        self.seconds = {label: 0.0 for _, _, label in STAGES}
        self.collections: dict[int, list] = {}   # generation -> [collections, seconds]
        self.stored, self.every = 0, every
        self._gc_start = 0.0

    def wrap(self, owner, attribute: str, label: str) -> None:
        """Time every call of ``owner.attribute`` under ``label``."""
        inner = getattr(owner, attribute)

        @functools.wraps(inner)
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                self.seconds[label] += time.process_time() - start
                if label == COUNTED:
                    self._stored_one()
        setattr(owner, attribute, timed)

    def _stored_one(self) -> None:
        self.stored += 1
        if self.every and self.stored % self.every == 0:
            print(f"{self.stored:>7}  " + "  ".join(f"{label.strip()} {s:.2f}"
                                                    for label, s in self.seconds.items()), flush=True)

    def on_gc(self, phase: str, info: dict) -> None:
        """A ``gc.callbacks`` entry: each generation's collections and their time."""
        if phase == "start":
            self._gc_start = time.process_time()
            return
        counts = self.collections.setdefault(info["generation"], [0, 0.0])
        counts[0] += 1
        counts[1] += time.process_time() - self._gc_start


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder")
    p.add_argument("out")
    p.add_argument("--every", type=int, default=0, metavar="N",
                   help="also print the running totals after every N notices stored")
    args = p.parse_args(argv)
    shutil.rmtree(args.out, ignore_errors=True)
    times = StageTimes(args.every)
    for owner, attribute, label in STAGES:
        times.wrap(owner, attribute, label)
    gc.callbacks.append(times.on_gc)
    sys.argv = ["extractor", "run", args.folder, "--out", args.out, "--no-progress"]
    summary = io.StringIO()
    start = time.process_time()
    with contextlib.redirect_stdout(summary):
        status = extractor_main()   # (no argv: the process is the command line's, as in a real run)
    total = time.process_time() - start
    print(summary.getvalue().strip())
    notices = max(times.stored, 1)
    print(f"{'stage':<18}{'seconds':>9}{'ms a notice':>13}{'share':>8}")
    stages = [(label, s) for label, s in times.seconds.items()]
    left = total - sum(s for label, s in stages if not label.startswith(" "))
    for label, s in stages + [("the rest", left), ("total", total)]:
        print(f"{label:<18}{s:>9.3f}{1000 * s / notices:>13.3f}{s / total:>8.1%}")
    print("collections: " + ", ".join(f"generation {g} {n} ({s:.3f} s)"
                                      for g, (n, s) in sorted(times.collections.items())))
    return status


if __name__ == "__main__":
    sys.exit(main())
