"""The commands over what a run wrote: ``extractor diff`` and ``retire`` (the archive,
notices.sqlite), ``search`` (its full-text index) and ``report`` (the CSVs)."""
from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_INPUT, EXIT_OK, aliases_file, fail, log


def add_archive_option(p) -> None:
    """--out, for the commands that read or change the archive a run wrote."""
    p.add_argument("--out", type=Path, default=Path("output"), metavar="DIR",
                   help="output folder holding notices.sqlite (default: output)")


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

    from ..store.diff import diff_archive, format_diff
    from ..models import ExtractorError

    try:
        d = diff_archive(args.out, args.notice, args.from_v, args.to_v)
    except ExtractorError as exc:
        return fail(exc, EXIT_INPUT)
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
    from ..engine.pipeline import retire
    from ..models import ExtractorError
    from ..store.files import FolderBusy

    try:
        identity = retire(args.out, args.notice, args.reason, aliases_file(None))
    except FolderBusy as exc:
        return fail(exc)
    except ExtractorError as exc:   # no archive, or no such notice in it
        return fail(exc, EXIT_INPUT)
    print(f"retired {identity}: {args.reason}")
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

    from ..models import ExtractorError
    from ..store.search import format_hits, search

    try:
        hits = search(args.out, " ".join(args.query), city=args.city, agency=args.agency, limit=args.limit)
    except ExtractorError as exc:
        return fail(exc)
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
    from ..models import ExtractorError
    from ..report.build import build_report

    try:
        path = build_report(args.out, city=args.city)
    except ExtractorError as exc:
        return fail(exc)
    print(path)
    return EXIT_OK
