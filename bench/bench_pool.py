"""Bench: the custom worker pool (``engine/pool.py``, SpoolPool) against the
standard library's ``multiprocessing.Pool.imap`` with a chunk size, on the
same ``extractor run --jobs N`` over the synthetic corpus of ``bench.py``.

    python bench/bench_pool.py                 # 1,000 pages, --jobs 2, 5 pairs
    python bench/bench_pool.py --n 300 --pairs 3

Each run is a child process (``--child``) that runs the CLI; the ``imap``
child first swaps ``parallel.extract_processes`` for ``extract_processes_imap``
below, which keeps everything else (batch size, start method, the resolver
loaded before the fork, the writer warmed up) as the SpoolPool engine has it.
The two runs go in interleaved pairs, in alternating order, so a drift of the
shared machine's speed falls on both alike; the report gives every pair, with
the wall time and the CPU time (user + system) of the run's process tree:
on a loaded machine the CPU time is the steadier of the two.
"""
from __future__ import annotations

import argparse
import functools
import json
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


def extract_processes_imap(files, settings, progress=None, records=False):
    """``parallel.extract_processes`` on ``multiprocessing.Pool.imap``, one task a
    file, ``chunksize`` the engine's batch size."""
    import multiprocessing

    from extractor.engine import parallel as P

    workers = P.worker_count(settings.jobs)
    size = P.batch_size(len(files), workers)
    aliases = P._aliases_arg(settings)
    method = P.start_method()
    if method == "fork":
        P.worker_resolver(aliases)
    context = multiprocessing.get_context(method)
    with context.Pool(workers, initializer=P.init_worker, initargs=(aliases, *P._parent_logging())) as pool:
        if records:
            P._warm_writer(settings)
        task = functools.partial(_extract_one, aliases=aliases, records=records)
        outcomes = pool.imap(task, [str(p) for p in files], chunksize=size)
        for path, (_, notice, error) in zip(files, outcomes):
            yield path, notice, error


def child(engine: str, corpus: str, out: str, jobs: int) -> int:
    from extractor import cli
    from extractor.engine import parallel, pipeline

    if engine == "imap":
        parallel.extract_processes = extract_processes_imap
        pipeline_globals = vars(pipeline)   # pipeline imports it lazily, from the module
        assert "extract_processes" not in pipeline_globals
    return cli.main(["run", corpus, "--out", out, "--no-progress", "--jobs", str(jobs)])


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--pairs", type=int, default=5)
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
    times: dict[str, list[float]] = {"spool": [], "imap": []}
    cpu: dict[str, list[float]] = {"spool": [], "imap": []}
    for pair in range(args.pairs):
        order = ("spool", "imap") if pair % 2 == 0 else ("imap", "spool")
        for engine in order:
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
            times[engine].append(result["seconds"])
            print(f"pair {pair + 1}: {engine:5s} {result['seconds']:6.2f} s  CPU {cpu[engine][-1]:6.2f} s  peak tree RSS "
                  f"{result['peak_tree_rss_mb']:.0f} MB", flush=True)
    ratio = [i / s for s, i in zip(times["spool"], times["imap"])]
    report = {"n": args.n, "jobs": args.jobs, "wall_s": times, "cpu_s": cpu,
              "median_wall_s": {k: statistics.median(v) for k, v in times.items()},
              "median_cpu_s": {k: statistics.median(v) for k, v in cpu.items()},
              "imap_over_spool_wall_per_pair": [round(r, 3) for r in ratio]}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
