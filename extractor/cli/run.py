"""``extractor run``: extract every notice in the inputs and export them, with the
cumulative archive's options (docs/rerun.md) and the scale options (docs/scale.md)."""
from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from .common import (EXIT_INPUT, EXIT_OK, EXIT_USAGE, add_registry_option, aliases_file, fail,
                     positive_number, print_failures, use_registry)

FORMATS = ("json", "csv", "sqlite")
#: allocations between two collections of the youngest generation during ``run`` (Python's
#: default 700): measured on 1,000 bench notices, 436 -> 22 young and 3 -> 0 full collections
GC_YOUNG = 10_000


def add_run_parser(sub) -> None:
    p = sub.add_parser(
        "run", help="extract notices and export them", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract every notice in INPUT (files or folders, default raw/) and write "
                    "notices.json, notices.csv, measures.csv, assignments.csv, agencies.csv, review.csv, "
                    "datapackage.json, notices.sqlite and metadata.json to --out. An unreadable input is "
                    "named on stderr and skipped; a readable page without a task table becomes a notice "
                    "with no measures and a warning.",
        epilog="examples:\n  extractor run\n  extractor run -v raw/ --out results/\n"
               "  extractor run --jobs 2 big-folder/\n\nexit status: 0 all read; 1 some input unreadable "
               "(named on stderr); 2 usage error, or no input to read (nothing is created)",
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", default=["raw"],
                   help="notice files (HTML or text, any common Chinese encoding) or folders (default: raw)")
    p.add_argument("--out", type=Path, default=Path("output"), metavar="DIR",
                   help="output folder (default: output)")
    p.add_argument("--format", dest="formats", action="append", choices=FORMATS,
                   help="write only this format (repeatable; default: all)")
    p.add_argument("--aliases", type=Path, metavar="FILE",
                   help="CSV of name,agency_id[,city] that wins over derivation (default: raw/aliases.csv if present)")
    add_registry_option(p)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    # the default is source.read.MAX_INPUT_MB, named here: importing it would slow every --help
    p.add_argument("--max-input-mb", type=positive_number, metavar="MB",
                   help="refuse an input file larger than this, unread (default: 20)")
    add_archive_options(p)
    add_scale_options(p)
    p.set_defaults(func=cmd_run)


def add_scale_options(p) -> None:
    """--jobs / --engine / --scheduler: how many processes or which cluster (docs/scale.md)."""
    p.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per core); with --engine dask, "
                        "the size of the local cluster")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this machine (default); dask: a Dask cluster (needs extractor[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler to use, e.g. tcp://host:8786 (default: start a local cluster)")


def _jobs(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return value


def add_archive_options(p) -> None:
    """--full / --all-versions / --into: the cumulative archive and URL inputs (docs/rerun.md)."""
    p.add_argument("--full", action="store_true",
                   help="re-extract inputs whose bytes the archive already holds (default: skip them)")
    p.add_argument("--all-versions", action="store_true",
                   help="notices.json and the CSVs show every archived version (default: the latest)")
    p.add_argument("--into", type=Path, default=Path("raw"), metavar="DIR",
                   help="where INPUTs given as http(s) URLs are fetched to first (default: raw)")


def _progress(enabled: bool):
    if not enabled:
        return None

    def wrap(files):
        from tqdm import tqdm
        return tqdm(files, desc="notices", unit="file", file=sys.stderr, leave=False)
    return wrap


def cmd_run(args) -> int:
    import sqlite3

    from ..models import ExtractorError
    from ..engine.pipeline import Settings, run

    if not use_registry(args.registry):
        return EXIT_USAGE
    aliases = aliases_file(args.aliases)
    if aliases is not None and not aliases.is_file():
        return fail(f"{aliases}: no such aliases file")
    settings = Settings(inputs=tuple(args.inputs), out_dir=args.out,
                        formats=tuple(args.formats or FORMATS), aliases=aliases,
                        jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                        full=args.full, all_versions=args.all_versions, fetch_into=args.into,
                        **({"max_input_mb": args.max_input_mb} if args.max_input_mb else {}))
    if args.scheduler and args.engine != "dask":
        return fail("--scheduler needs --engine dask")
    if Path(args.out).exists() and not Path(args.out).is_dir():
        return fail(f"{args.out}: the output folder is a file")
    # a run allocates millions of short-lived containers (a notice's rows alone are
    # ~200 tuples): collecting the youngest generation every 700 allocations, Python's
    # default, cost ~0.45 s of CPU per 1,000 bench notices; every GC_YOUNG, 0.14 s
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, *thresholds[1:])
    if getattr(args, "own_process", False):
        # SQLite's memory statistics off (a lock pair a malloc; docs/scale.md, "One
        # process, session 41"): a process-wide setting, so only in a process the
        # command line owns, before the run opens anything or starts a thread
        from ..store.database import quiet_memory_statistics
        quiet_memory_statistics()
    try:
        result = run(settings, progress=_progress(not args.no_progress and sys.stderr.isatty()))
    except ExtractorError as exc:  # nothing to read, or configuration (aliases file) we cannot use
        return fail(exc)
    except sqlite3.Error as exc:   # the archive cannot be written (read-only, disk full): not an input's fault
        return fail(f"{Path(args.out) / 'notices.sqlite'}: {exc}")
    finally:
        gc.set_threshold(*thresholds)   # (main() may be called in a longer-lived process)
    print_failures(result.failures)
    for path, version, name in result.same:
        print(f"{path}: same content as version {version} of {name}")
    # the names to review are review.csv's rows when it was written
    unresolved = len(result.unresolved_names) if result.review_count is None else result.review_count
    print(f"{result.notice_count} notices, {result.measure_count} measures, "
          f"{result.assignment_count} assignments, {unresolved} unresolved names, "
          f"{len(result.failures)} failed{_archive_counts(result, settings)} -> {settings.out_dir}")
    if result.coverage:
        print("agency names resolved, by city: " + "; ".join(
            f"{city or '(no city)'} {_share(done, total)}"
            for city, (done, total) in sorted(result.coverage.items(), key=lambda kv: -kv[1][1])))
    return EXIT_INPUT if result.failures else EXIT_OK


def _share(done: int, total: int) -> str:
    return f"{done / total:.0%} ({done}/{total})" if total else "not measured"


def _archive_counts(result, settings) -> str:
    if "sqlite" not in settings.formats:
        return ""  # no archive, nothing to compare with
    same = f", {len(result.same)} same content as an archived version" if result.same else ""
    return f"; {result.new} new, {result.changed} changed, {result.unchanged} unchanged{same}"
