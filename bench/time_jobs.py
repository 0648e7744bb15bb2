"""Where the time of one ``extractor run --jobs N`` goes (docs/scale.md, session 56).

    python bench/time_jobs.py FOLDER OUT [--jobs N]

Runs ``extractor run FOLDER --out OUT --no-progress --jobs N`` in this process,
as the command line does, with timers put in before the workers are forked (so
they inherit them):

- in each worker, every batch (``parallel.extract_batch``: extraction and the
  records) and every result sent back (the executor's ``_sendback_result``:
  pickling it and writing it into the pipe, which waits while the caller reads);
  the rest of a worker's time between batches is waiting for its next one;
- in the caller, its main thread's process time in storing (``store_record``),
  spooling (``Outputs.add``) and the files' end (``Outputs.finish``), its other
  threads' (the executor's: reading and unpickling results, sending jobs), and
  the wall time it waited for the next batch in order.

Prints when the workers started, each worker's busy and idle time, the caller's
shares, and the cores the run kept busy on average (process time of all of it
over the wall time).  OUT is removed first.  On a shared machine the wall times
move with the load; the process times and the shares move less.  Run with
``chrt -r 10`` (as root) to give the run the CPU first; the kernel then takes
5 % of each second back from it (``sched_rt_runtime_us``).
"""
from __future__ import annotations

import argparse
import concurrent.futures.process as executor_process
import contextlib
import functools
import io
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from extractor.cli import main as extractor_main   # first, as its script does (bench/count_stages.py says why)
from extractor.engine import parallel, workers
from extractor.store.archive import Archive
from extractor.store.outputs import Outputs

#: (owner, attribute, label) of the caller's stages, timed in its main thread
CALLER_STAGES = (
    (Archive, "store_record", "storing (store_record)"),
    (Outputs, "add", "spooling (Outputs.add)"),
    (Outputs, "finish", "the files' end (Outputs.finish)"),
)


class Timeline:
    """Worker events (one file per worker process, appended as they happen) and the caller's."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.t0 = folder, time.perf_counter()
        self.stages = {label: 0.0 for _, _, label in CALLER_STAGES}
        self.waits: list[tuple[float, float]] = []   # (asked, got) of each batch, in order
        self.pool_made: float | None = None

    def now(self) -> float:
        return time.perf_counter() - self.t0

    def note(self, *event) -> None:
        with open(self.folder / str(os.getpid()), "a", encoding="utf-8") as fh:
            fh.write(json.dumps(event) + "\n")

    def install(self) -> None:
        batch, send = parallel.extract_batch, executor_process._sendback_result

        @functools.wraps(batch)   # (pickled by name: the worker finds this one, forked)
        def timed_batch(paths, *args, **kwargs):
            start, cpu = self.now(), time.process_time()
            try:
                return batch(paths, *args, **kwargs)
            finally:
                self.note("batch", len(paths), start, self.now(), time.process_time() - cpu)

        @functools.wraps(send)
        def timed_send(*args, **kwargs):
            start = self.now()
            try:
                return send(*args, **kwargs)
            finally:
                self.note("send", start, self.now())

        parallel.extract_batch, executor_process._sendback_result = timed_batch, timed_send
        for owner, attribute, label in CALLER_STAGES:
            self._time_stage(owner, attribute, label)
        made, results = workers.WorkerPool.__init__, workers.WorkerPool.results

        def pool_init(pool, *args, **kwargs):
            self.pool_made = self.now()
            made(pool, *args, **kwargs)

        def timed_results(pool):
            it = results(pool)
            while True:
                asked = self.now()
                try:
                    outcome = next(it)
                except StopIteration:
                    return
                self.waits.append((asked, self.now()))
                yield outcome

        workers.WorkerPool.__init__, workers.WorkerPool.results = pool_init, timed_results

    def _time_stage(self, owner, attribute: str, label: str) -> None:
        inner = getattr(owner, attribute)

        @functools.wraps(inner)
        def timed(*args, **kwargs):
            start = time.thread_time()
            try:
                return inner(*args, **kwargs)
            finally:
                self.stages[label] += time.thread_time() - start
        setattr(owner, attribute, timed)

    def worker_events(self) -> dict[str, list[list]]:
        return {f.name: [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()]
                for f in sorted(self.folder.iterdir())}


def report(timeline: Timeline, wall: float, start: float, main_cpu: float, process_cpu: float,
           each: bool = False) -> None:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    children_cpu = children.ru_utime + children.ru_stime
    print(f"wall {wall:.3f} s; the workers were forked {timeline.pool_made - start:.3f} s into the run")
    print(f"process time: caller {process_cpu:.3f} s (main thread {main_cpu:.3f}, other threads "
          f"{process_cpu - main_cpu:.3f}), workers {children_cpu:.3f} s; cores kept busy "
          f"{(process_cpu + children_cpu) / wall:.2f} on average")
    for label, seconds in timeline.stages.items():
        print(f"  caller, {label:<32} {seconds:7.3f} s")
    print(f"  caller, {'the rest of its main thread':<32} {main_cpu - sum(timeline.stages.values()):7.3f} s")
    if timeline.waits:
        waited = sum(got - asked for asked, got in timeline.waits)
        print(f"caller waited for the next batch {waited:.3f} s in all; first batch in at "
              f"{timeline.waits[0][1] - start:.3f} s, last at {timeline.waits[-1][1] - start:.3f} s")
    for pid, events in timeline.worker_events().items():
        batches = [e for e in events if e[0] == "batch"]
        sends = [e for e in events if e[0] == "send"]
        if not batches:
            continue
        busy = sum(end - begin for _, _, begin, end, _ in batches)
        cpu = sum(e[4] for e in batches)
        between = sum(b[2] - a[3] for a, b in zip(batches, batches[1:]))
        # (a result is sent after its batch: the last one's after the last batch)
        sending = sum(end - begin for _, begin, end in sends[:len(batches) - 1])
        print(f"worker {pid}: {len(batches)} batches, {sum(e[1] for e in batches)} pages, first at "
              f"{batches[0][2] - start:.3f} s, last done at {batches[-1][3] - start:.3f} s; in batches "
              f"{busy:.3f} s ({cpu:.3f} s process time); sending results {sending:.3f} s; "
              f"waiting for a batch {between - sending:.3f} s")
        if each:
            print("  process time a page, batch by batch, ms: "
                  + " ".join(f"{1000 * e[4] / e[1]:.1f}" for e in batches))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder")
    p.add_argument("out")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--each", action="store_true", help="also each batch's process time a page, per worker")
    args = p.parse_args(argv)
    if args.jobs == 1:
        p.error("--jobs 1 has no workers: bench/time_stages.py times one process")
    shutil.rmtree(args.out, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="time-jobs-") as folder:
        timeline = Timeline(Path(folder))
        timeline.install()
        sys.argv = ["extractor", "run", args.folder, "--out", args.out, "--no-progress", "--jobs", str(args.jobs)]
        summary = io.StringIO()
        start, main_cpu, process_cpu = timeline.now(), time.thread_time(), time.process_time()
        with contextlib.redirect_stdout(summary):
            status = extractor_main()   # (no argv: the process is the command line's, as in a real run)
        wall = timeline.now() - start
        main_cpu, process_cpu = time.thread_time() - main_cpu, time.process_time() - process_cpu
        print(summary.getvalue().strip().splitlines()[0])
        report(timeline, wall, start, main_cpu, process_cpu, args.each)
    return status


if __name__ == "__main__":
    sys.exit(main())
