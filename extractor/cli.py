"""The command line: parse arguments, build Settings, call the library,
map our exceptions to one-line messages and exit codes.

Exit status: 0 every input was read; 1 some input could not be read (the
others are still exported); 2 usage or configuration error (also: nothing to
read); 130 interrupted; 141 the reader of the output went away (``| head``).
Nothing heavy (jieba, pandas, lxml) is imported before a command runs.
"""
from __future__ import annotations

import argparse
import atexit
import gc
import logging
import os
import sys
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_PIPE = 130, 141   # 128 + SIGINT, 128 + SIGPIPE, as the shell reports them
FORMATS = ("json", "csv", "sqlite")
#: allocations between two collections of the youngest generation during ``run`` (Python's
#: default 700): measured on 1,000 bench notices, 436 -> 22 young and 3 -> 0 full collections
GC_YOUNG = 10_000

log = logging.getLogger("extractor")
# at exit, the objects still alive go where the interpreter's last full collection does
# not look: it walked them all, ~0.2 s of CPU after a 1,000-page run (docs/scale.md, session 26)
atexit.register(gc.freeze)


EPILOG = """examples:
  extractor run                              raw/ -> output/
  extractor run -v notice.html other/ --out results/
  extractor search 财政 --city 东莞          measures whose text holds 财政
  extractor report                           output/report.html: charts and tables
  extractor agencies explain 市发改局 --city 东莞市

exit status:
  0    every input was read
  1    some input could not be read (each named on stderr; the rest are exported)
  2    usage or configuration error, or nothing to read (no output is created)
  130  interrupted
  141  the reader of the output went away (extractor … | head): stopped quietly
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn responsibility-division notices (责任分工表, 任务分工方案) into "
                    "normalized rows: which unit leads and which supports each measure. "
                    "Reads HTML pages or their text; writes CSV, JSON and SQLite.",
    )
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more detail on stderr (-v: info, -vv: debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_run_parser(sub)
    add_fetch_parser(sub)
    add_crawl_parser(sub)
    add_diff_parser(sub)
    add_retire_parser(sub)
    add_agencies_parser(sub)
    add_search_parser(sub)
    add_report_parser(sub)
    for command in sub.choices.values():
        # -v after the command too (extractor run -v); SUPPRESS keeps the one given before it
        command.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                             help="more detail on stderr: per-file lines (-v), debug (-vv)")
    return parser


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
    p.add_argument("--max-input-mb", type=_positive, metavar="MB",
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


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


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


def setup_logging(verbosity: int) -> None:
    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="extractor: %(levelname)s: %(message)s", stream=sys.stderr)
    if verbosity < 2:
        logging.getLogger("jieba").setLevel(logging.ERROR)


def _progress(enabled: bool):
    if not enabled:
        return None

    def wrap(files):
        from tqdm import tqdm
        return tqdm(files, desc="notices", unit="file", file=sys.stderr, leave=False)
    return wrap


def cmd_run(args) -> int:
    import sqlite3

    from .models import ExtractorError
    from .engine.pipeline import Settings, run

    if not _use_registry(args.registry):
        return EXIT_USAGE
    aliases = _aliases_file(args.aliases)
    if aliases is not None and not aliases.is_file():
        print(f"extractor: error: {aliases}: no such aliases file", file=sys.stderr)
        return EXIT_USAGE
    settings = Settings(inputs=tuple(args.inputs), out_dir=args.out,
                        formats=tuple(args.formats or FORMATS), aliases=aliases,
                        jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                        full=args.full, all_versions=args.all_versions, fetch_into=args.into,
                        **({"max_input_mb": args.max_input_mb} if args.max_input_mb else {}))
    if args.scheduler and args.engine != "dask":
        print("extractor: error: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    if Path(args.out).exists() and not Path(args.out).is_dir():
        print(f"extractor: error: {args.out}: the output folder is a file", file=sys.stderr)
        return EXIT_USAGE
    # a run allocates millions of short-lived containers (a notice's rows alone are
    # ~200 tuples): collecting the youngest generation every 700 allocations, Python's
    # default, cost ~0.45 s of CPU per 1,000 bench notices; every GC_YOUNG, 0.14 s
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, *thresholds[1:])
    try:
        result = run(settings, progress=_progress(not args.no_progress and sys.stderr.isatty()))
    except ExtractorError as exc:  # nothing to read, or configuration (aliases file) we cannot use
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:   # the archive cannot be written (read-only, disk full): not an input's fault
        print(f"extractor: error: {Path(args.out) / 'notices.sqlite'}: {exc}", file=sys.stderr)
        return EXIT_USAGE
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


def print_failures(failures) -> None:
    """One line per (file or URL, reason) on stderr; a control character in a
    name (a newline, ESC) is printed escaped, so no name can fake a line."""
    if not failures:
        return
    from .source.read import shown_path

    for where, reason in failures:
        print(f"extractor: error: {shown_path(where)}: {shown_path(reason)}", file=sys.stderr)


def add_archive_option(p) -> None:
    """--out, for the commands that read or change the archive a run wrote."""
    p.add_argument("--out", type=Path, default=Path("output"), metavar="DIR",
                   help="output folder holding notices.sqlite (default: output)")


def add_registry_option(p, **kwargs) -> None:
    """--registry DIR: the user's registry files, read on top of the shipped ones."""
    p.add_argument("--registry", type=Path, metavar="DIR", **kwargs,
                   help="folder of registry files (<city>.toml, the shipped format) read on top of the "
                        "package's (default: raw/registry/ if present)")


def _use_registry(given: Path | None) -> bool:
    """Point this process and its workers at --registry DIR (else raw/registry/ when it
    exists) through the environment; False, with a message, for a folder that is not one."""
    import os

    from .agencies.registry import REGISTRY_ENV

    folder = given if given is not None else (Path("raw/registry") if Path("raw/registry").is_dir() else None)
    if folder is None:
        return True
    if not folder.is_dir():
        print(f"extractor: error: {folder}: no such registry folder", file=sys.stderr)
        return False
    os.environ[REGISTRY_ENV] = str(folder.resolve())
    return True


def _share(done: int, total: int) -> str:
    return f"{done / total:.0%} ({done}/{total})" if total else "not measured"


def _aliases_file(given: Path | None) -> Path | None:
    """--aliases FILE, else raw/aliases.csv when it exists."""
    if given is None and Path("raw/aliases.csv").is_file():
        return Path("raw/aliases.csv")
    return given


def _archive_counts(result, settings) -> str:
    if "sqlite" not in settings.formats:
        return ""  # no archive, nothing to compare with
    same = f", {len(result.same)} same content as an archived version" if result.same else ""
    return f"; {result.new} new, {result.changed} changed, {result.unchanged} unchanged{same}"


def _add_fetch_options(p) -> None:
    p.add_argument("--into", type=Path, default=Path("raw"), metavar="DIR",
                   help="folder the pages and their .fetch.json sidecars go to (default: raw)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S",
                   help="read timeout in seconds (default: 30)")
    p.add_argument("--connect-timeout", type=float, default=10.0, metavar="S",
                   help="connect timeout in seconds (default: 10)")
    p.add_argument("--retries", type=int, default=3, metavar="N",
                   help="retries on timeouts and 5xx, with backoff (default: 3)")
    p.add_argument("--max-mb", type=float, default=20.0, metavar="MB",
                   help="refuse a page or attachment larger than this (default: 20)")
    p.add_argument("--no-attachments", dest="attachments", action="store_false",
                   help="do not fetch the .doc/.docx/.xls/.xlsx/.pdf/.wps/.et files a page links "
                        "(by default they are saved beside it: docs/attachments.md)")
    p.add_argument("--deadline", type=_positive, default=120.0, metavar="S",
                   help="give up on a URL that has not fully arrived after this many seconds, "
                        "retries included; the next URL goes on (default: 120)")


def _fetch_settings(args):
    from .source.fetch import FetchSettings

    return FetchSettings(into=args.into, connect_timeout=args.connect_timeout,
                         read_timeout=args.timeout, retries=max(0, args.retries),
                         max_bytes=int(args.max_mb * 1024 * 1024), deadline=args.deadline,
                         attachments=args.attachments)


def add_fetch_parser(sub) -> None:
    p = sub.add_parser(
        "fetch", help="download notice pages into raw/",
        description="Download each URL byte for byte into --into, beside a <file>.fetch.json "
                    "sidecar (URL, final URL, status, Content-Type charset, ETag, sha256, "
                    "attachment links). A URL that fails is named on stderr; the others go on.",
    )
    p.add_argument("urls", nargs="+", metavar="URL")
    _add_fetch_options(p)
    p.set_defaults(func=cmd_fetch)


def cmd_fetch(args) -> int:
    from .source.fetch import fetch_urls

    from .models import ExtractorError

    try:
        records, failures = fetch_urls(args.urls, _fetch_settings(args))
    except ExtractorError as exc:   # the folder is locked by another fetch or crawl
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print_failures(failures)
    for rec in records:
        log.info("%s -> %s", rec.url, rec.path)
    fetched = sum(rec.new for rec in records)
    print(f"{fetched} fetched, {len(records) - fetched} not modified, {len(failures)} failed -> {args.into}")
    return EXIT_INPUT if failures else EXIT_OK


def add_crawl_parser(sub) -> None:
    p = sub.add_parser(
        "crawl", help="fetch new notices linked from a portal listing",
        description="Read a portal listing page and its next pages, and fetch the linked "
                    "notices whose title holds a --match word, dated on or after --since, "
                    "that are not yet in --into (by the URLs in its sidecars).",
    )
    p.add_argument("listing_url", metavar="LISTING_URL")
    p.add_argument("--match", action="append", metavar="WORD",
                   help="a title must hold this word (repeatable; default: 分工)")
    p.add_argument("--pages", type=int, default=1, metavar="N", help="listing pages to read (default: 1)")
    p.add_argument("--since", type=_iso_date, metavar="DATE", help="skip entries dated before YYYY-MM-DD")
    p.add_argument("--delay", type=float, default=1.0, metavar="S",
                   help="seconds between requests (default: 1)")
    p.add_argument("--recheck", action="store_true",
                   help="ask again for pages already in --into (If-None-Match / If-Modified-Since); "
                        "a changed page is kept as a new file beside the old one")
    p.add_argument("--allow-host", dest="allow_hosts", action="append", default=[], metavar="HOST[:PORT]",
                   help="also fetch notices linked on this host (any port unless given; repeatable); "
                        "by default only the listing's own host and port")
    _add_fetch_options(p)
    p.set_defaults(func=cmd_crawl)


def _iso_date(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_crawl(args) -> int:
    from .models import ExtractorError
    from .source.crawl import DEFAULT_MATCH, CrawlSettings, crawl

    settings = CrawlSettings(listing_url=args.listing_url, match=tuple(args.match or DEFAULT_MATCH),
                             pages=max(1, args.pages), since=args.since, delay=max(0.0, args.delay),
                             fetch=_fetch_settings(args), recheck=args.recheck,
                             allow_hosts=tuple(args.allow_hosts))
    try:
        result = crawl(settings)
    except ExtractorError as exc:   # the folder is locked by another fetch or crawl
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print_failures(result.failures)
    print(f"{len(result.pages)} listing pages, {len(result.entries)} matching, "
          f"{len(result.fetched)} fetched, {len(result.already)} already in {args.into}, "
          f"{len(result.unchanged)} not modified, {len(result.offsite)} on other hosts (not fetched), "
          f"{len(result.failures)} failed")
    return EXIT_INPUT if result.failures else EXIT_OK


def add_diff_parser(sub) -> None:
    p = sub.add_parser(
        "diff", help="what changed between two versions of a notice",
        description="Compare two archived versions of NOTICE (a doc_id or doc_number; default: "
                    "its last two versions): measures added, removed and reworded, and units "
                    "moved between lead and support, added or dropped.",
    )
    p.add_argument("notice", metavar="NOTICE", help="doc_id or doc_number")
    p.add_argument("--from", dest="from_v", type=int, metavar="V", help="older version number")
    p.add_argument("--to", dest="to_v", type=int, metavar="V", help="newer version number")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_archive_option(p)
    p.set_defaults(func=cmd_diff)


def cmd_diff(args) -> int:
    import json

    from .store.diff import diff_archive, format_diff
    from .models import ExtractorError

    try:
        d = diff_archive(args.out, args.notice, args.from_v, args.to_v)
    except ExtractorError as exc:
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print(json.dumps(d.as_dict(), ensure_ascii=False) if args.json else format_diff(d))
    return EXIT_OK


def add_retire_parser(sub) -> None:
    p = sub.add_parser(
        "retire", help="hide a notice from the exports, keeping it in the archive",
        description="Hide NOTICE (a doc_id, doc number, URL or path, as `extractor diff` takes) from "
                    "notices.json and the CSVs, now and in every later run; every version of it stays "
                    "in notices.sqlite, with the reason (table retired).",
    )
    p.add_argument("notice", metavar="NOTICE", help="doc_id, doc number, URL or path")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is retired (kept in the archive)")
    add_archive_option(p)
    p.set_defaults(func=cmd_retire)


def cmd_retire(args) -> int:
    from .engine.pipeline import retire
    from .models import ExtractorError
    from .store.files import FolderBusy

    try:
        identity = retire(args.out, args.notice, args.reason, _aliases_file(None))
    except FolderBusy as exc:
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ExtractorError as exc:   # no archive, or no such notice in it
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print(f"retired {identity}: {args.reason}")
    return EXIT_OK


def add_agencies_parser(sub) -> None:
    p = sub.add_parser(
        "agencies", help="list the agency registry, or explain how a name resolves",
        description="List the registry (id, city, kind, official name, short names and aliases, "
                    "valid_from..valid_to, successor_of), or with 'explain NAME' show how a printed "
                    "unit name resolves and why: rule, key, scope, score and candidates.",
    )
    p.add_argument("--city", metavar="CITY", help="only this city (东莞市 or 东莞)")
    p.add_argument("--kind", metavar="KIND", help="only this kind, e.g. 'government department'")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_registry_option(p)
    p.set_defaults(func=cmd_agencies, action="list")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    e = actions.add_parser("explain", help="how one printed name resolves and why",
                           description="Show the rule, key, scope, score and candidates for NAME.")
    e.add_argument("name", metavar="NAME", help="a unit name as printed, e.g. 市发改局")
    # SUPPRESS: an option given before 'explain' is not reset by the sub-parser's default
    e.add_argument("--city", default=argparse.SUPPRESS, metavar="CITY",
                   help="the notice's jurisdiction, any city, district or county (成都市武侯区, 仪陇县)")
    e.add_argument("--date", type=_iso_date, metavar="DATE", help="the notice's date, YYYY-MM-DD")
    e.add_argument("--aliases", type=Path, metavar="FILE",
                   help="user aliases CSV (default: raw/aliases.csv if present)")
    e.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    add_registry_option(e, default=argparse.SUPPRESS)


def cmd_agencies(args) -> int:
    import json

    from .models import ExtractorError
    from .agencies.review import explain_name, format_agencies, format_explanation, list_agencies

    if not _use_registry(args.registry):
        return EXIT_USAGE
    try:
        if args.action == "explain":
            result = explain_name(args.name, city=args.city, date=args.date,
                                  aliases=_aliases_file(args.aliases))
            text = format_explanation(result)
        else:
            result = list_agencies(city=args.city, kind=args.kind)
            text = format_agencies(result)
    except ExtractorError as exc:
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else text)
    return EXIT_OK


def add_search_parser(sub) -> None:
    p = sub.add_parser(
        "search", help="find measures by words in their text", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Full-text search over the measures of the archive (--out/notices.sqlite), latest "
                    "versions, newest notice first. Two characters are enough (财政); several words must "
                    "all be found. Prints doc number, measure number, lead units and a snippet.",
        epilog="examples:\n  extractor search 财政资金\n  extractor search 平台 --agency 市科技局 --json\n"
               "  extractor search 融资 --city 东莞 | head",
    )
    p.add_argument("query", nargs="+", metavar="WORD", help="word(s) the measure text must hold")
    add_archive_option(p)
    p.add_argument("--city", metavar="CITY", help="only notices of this city (东莞 or 东莞市)")
    p.add_argument("--agency", metavar="AGENCY",
                   help="only measures naming this agency (an agency_id, or part of its name) as lead or support")
    p.add_argument("--limit", type=int, metavar="N", help="at most N measures")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of {doc_id, doc_number, seq, measure_no, text, lead, support, snippet}")
    p.set_defaults(func=cmd_search)


def cmd_search(args) -> int:
    import json

    from .models import ExtractorError
    from .store.search import format_hits, search

    try:
        hits = search(args.out, " ".join(args.query), city=args.city, agency=args.agency, limit=args.limit)
    except ExtractorError as exc:
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps([h.as_dict() for h in hits], ensure_ascii=False, indent=2))
    elif hits:
        print(format_hits(hits))
    log.info("%d measures found", len(hits))
    return EXIT_OK


def add_report_parser(sub) -> None:
    p = sub.add_parser(
        "report", help="write report.html: charts and tables over the run's CSVs",
        description="Write one self-contained page (no network, charts as inline SVG) from the CSVs in "
                    "--out: measures led and supported per agency, by year and section, which agencies "
                    "work together, deadlines over time, and the names to review.",
    )
    p.add_argument("--out", type=Path, default=Path("output"), metavar="DIR",
                   help="output folder holding the CSVs; report.html goes there (default: output)")
    p.add_argument("--city", metavar="CITY", help="only notices of this city (东莞 or 东莞市)")
    p.set_defaults(func=cmd_report)


def cmd_report(args) -> int:
    from .models import ExtractorError
    from .report.build import build_report

    try:
        path = build_report(args.out, city=args.city)
    except ExtractorError as exc:
        print(f"extractor: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(path)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    setup_logging(args.verbose)
    try:
        status = args.func(args)
        sys.stdout.flush()   # here, so that a closed pipe is caught below
        return status
    except BrokenPipeError:
        # the reader went away (extractor search x | head): stop quietly, as cat does;
        # stdout goes to /dev/null so that the interpreter's last flush cannot fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        # the file system refused something outside any one input (an output folder
        # that is a file, no space or permission): one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"extractor: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        sqlite3 = sys.modules.get("sqlite3")   # loaded by the commands that open an archive
        if sqlite3 is None or not isinstance(exc, sqlite3.Error):
            raise
        print(f"extractor: error: the archive: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
