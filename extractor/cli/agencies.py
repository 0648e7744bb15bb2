"""``extractor agencies``: list the agency registry, or ``explain NAME``: how a printed
unit name resolves and why."""
from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, EXIT_USAGE, add_registry_option, aliases_file, fail, iso_date, use_registry


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
    e.add_argument("--date", type=iso_date, metavar="DATE", help="the notice's date, YYYY-MM-DD")
    e.add_argument("--aliases", type=Path, metavar="FILE",
                   help="user aliases CSV (default: raw/aliases.csv if present)")
    e.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    add_registry_option(e, default=argparse.SUPPRESS)


def cmd_agencies(args) -> int:
    import json

    from ..models import ExtractorError
    from ..agencies.review import explain_name, format_agencies, format_explanation, list_agencies

    if not use_registry(args.registry):
        return EXIT_USAGE
    try:
        if args.action == "explain":
            result = explain_name(args.name, city=args.city, date=args.date,
                                  aliases=aliases_file(args.aliases))
            text = format_explanation(result)
        else:
            result = list_agencies(city=args.city, kind=args.kind)
            text = format_agencies(result)
    except ExtractorError as exc:
        return fail(exc)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else text)
    return EXIT_OK
