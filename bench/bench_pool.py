"""Bench: the worker pool behind ``--jobs`` (``engine/workers.py``: the standard
library's ``concurrent.futures.ProcessPoolExecutor``, results in order over a
bounded window) against the standard library's ``multiprocessing.Pool.imap``
with a chunk size and the custom ``SpoolPool`` it replaced (``engine/pool.py``
up to commit ``SPOOL_COMMIT``, loaded from git), on the same
``extractor run --jobs N`` over the synthetic corpus of ``bench.py``.

    python bench/bench_pool.py                 # 1,000 pages, --jobs 2, 12 rounds
    python bench/bench_pool.py --n 300 --rounds 3 --engines executor imap

Each run is a child process (``--child``) that runs the CLI; the ``imap`` and
``spool`` children first swap ``parallel.extract_processes`` for the versions
below, which keep everything else (batch size, start method, the resolver
loaded before the fork, the writer warmed up) as the engine has it.  The runs
go in rounds, one run of each engine a round, in an order that changes from
round to round, so a drift of the shared machine's speed falls on all alike;
the report gives every run, with the wall time and the CPU time (user +
system) of the run's process tree: on a loaded machine the CPU time is the
steadier of the two.
"""
from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import resource
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the corpus and the timed child processes)

ROOT = bench.ROOT


def _extract_one(path: str, aliases: str | None, records: bool):
    from extractor.engine.parallel import extract_batch
    return extract_batch([path], aliases, records)[0]


def _prepare(files, settings):
    """What every engine does before its workers start: (workers, batch size, aliases, start method)."""
    from extractor.engine import parallel as P

    workers = P.worker_count(settings.jobs)
    size = P.batch_size(len(files), workers)
    aliases = P._aliases_arg(settings)
    method = P.start_method()
    if method == "fork":
        P.worker_resolver(aliases)
    return workers, size, aliases, method


def extract_processes_imap(files, settings, progress=None, records=False):
    """``parallel.extract_processes`` on ``multiprocessing.Pool.imap``, one task a
    file, ``chunksize`` the engine's batch size."""
    import multiprocessing

    from extractor.engine import parallel as P

    workers, size, aliases, method = _prepare(files, settings)
    context = multiprocessing.get_context(method)
    with context.Pool(workers, initializer=P.init_worker, initargs=P._parent_logging()) as pool:
        if records:
            P._warm_writer(settings)
        task = functools.partial(_extract_one, aliases=aliases, records=records)
        outcomes = pool.imap(task, [str(p) for p in files], chunksize=size)
        for path, (_, notice, error) in zip(files, outcomes):
            yield path, notice, error


#: the last commit with ``extractor/engine/pool.py`` (SpoolPool), for the ``spool`` engine
SPOOL_COMMIT = "c25de47"


def _spool_pool_class():
    """``SpoolPool`` as ``SPOOL_COMMIT`` has it, loaded from git as
    ``extractor.engine.pool`` (a forked worker needs nothing imported by name)."""
    import importlib.util
    import subprocess

    source = subprocess.run(["git", "show", f"{SPOOL_COMMIT}:extractor/engine/pool.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("extractor.engine.pool", None))
    module.__package__ = "extractor.engine"
    sys.modules[module.__name__] = module
    exec(compile(source, f"{SPOOL_COMMIT}:extractor/engine/pool.py", "exec"), module.__dict__)
    return module.SpoolPool


def extract_processes_spool(files, settings, progress=None, records=False):
    """``parallel.extract_processes`` on ``pool.SpoolPool`` (workers claim
    batches and hand each result over as a file in a spool folder), the
    custom pool ``--jobs`` ran on until the executor replaced it."""
    import multiprocessing

    from extractor.engine import parallel as P

    SpoolPool = _spool_pool_class()
    workers, size, aliases, method = _prepare(files, settings)
    assert method == "fork", "the SpoolPool loaded from git runs in forked workers only"
    batches = P.split_tapered(list(files), size, workers)
    workers = min(workers, len(batches))
    tasks = [[str(p) for p in b] for b in batches]
    with SpoolPool(tasks, P.extract_batch, (aliases, records), workers=workers, window=2 * workers,
                   context=multiprocessing.get_context(method), initializer=P.init_worker,
                   initargs=P._parent_logging()) as pool:
        if records:
            P._warm_writer(settings)
        yield from P._ticked(batches, pool.results(), progress)


#: engine -> the ``extract_processes`` its child runs (None: the engine's own)
ENGINES = {"executor": None, "imap": extract_processes_imap, "spool": extract_processes_spool}


def child(engine: str, corpus: str, out: str, jobs: int) -> int:
    from extractor import cli
    from extractor.engine import parallel, pipeline

    if ENGINES[engine] is not None:
        parallel.extract_processes = ENGINES[engine]
        assert "extract_processes" not in vars(pipeline)   # pipeline imports it lazily, from the module
    return cli.main(["run", corpus, "--out", out, "--no-progress", "--jobs", str(jobs)])


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--rounds", type=int, default=12)
    p.add_argument("--engines", nargs="+", choices=list(ENGINES), default=list(ENGINES))
    p.add_argument("--seed", type=int, default=20140808)
    p.add_argument("--work", type=Path, default=ROOT / "output" / "bench")
    p.add_argument("--child", nargs=4, metavar=("ENGINE", "CORPUS", "OUT", "JOBS"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        engine, corpus, out, jobs = args.child
        return child(engine, corpus, out, int(jobs))
    bench.compile_package()
    pages = bench.build_pages(args.work / "pages", args.seed, args.n)
    corpus = bench.corpus_dir(args.work, args.work / "pages", pages, args.n)
    expected = sum(p["measures"] for p in pages[:args.n])
    wall: dict[str, list[float]] = {e: [] for e in args.engines}
    cpu: dict[str, list[float]] = {e: [] for e in args.engines}
    orders = list(itertools.permutations(args.engines))
    for round_ in range(args.rounds):
        for engine in orders[round_ % len(orders)]:
            out = args.work / f"pool-{engine}"
            shutil.rmtree(out, ignore_errors=True)
            cmd = [sys.executable, __file__, "--child", engine, str(corpus), str(out), str(args.jobs)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            result = bench.measure(f"pool-{engine}", cmd, args.work / "logs")
            after = resource.getrusage(resource.RUSAGE_CHILDREN)   # the run's whole process tree
            cpu[engine].append(round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2))
            if result["returncode"] != 0 or f"{expected} measures" not in result["stdout"].replace(",", ""):
                print(f"{engine}: run failed or wrong count: {result['stdout']}", file=sys.stderr)
                return 1
            wall[engine].append(result["seconds"])
            print(f"round {round_ + 1}: {engine:8s} {result['seconds']:6.2f} s  CPU {cpu[engine][-1]:6.2f} s  "
                  f"peak tree RSS {result['peak_tree_rss_mb']:.0f} MB  load {os.getloadavg()[0]:.1f}", flush=True)
    base = args.engines[0]
    report = {"n": args.n, "jobs": args.jobs, "wall_s": wall, "cpu_s": cpu,
              "median_wall_s": {k: statistics.median(v) for k, v in wall.items()},
              "median_cpu_s": {k: statistics.median(v) for k, v in cpu.items()},
              # per round, each engine's time over the first engine's: below 1 is faster than it
              "wall_over_" + base: {k: sorted(round(x / b, 3) for x, b in zip(v, wall[base]))
                                    for k, v in wall.items() if k != base},
              "cpu_over_" + base: {k: sorted(round(x / b, 3) for x, b in zip(v, cpu[base]))
                                   for k, v in cpu.items() if k != base}}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
