"""``extractor fetch`` and ``extractor crawl``: notice pages from the network into a
folder, each beside its .fetch.json sidecar (docs/attachments.md for the files they link)."""
from __future__ import annotations

from pathlib import Path

from .common import EXIT_INPUT, EXIT_OK, fail, iso_date, log, positive_number, print_failures


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
    p.add_argument("--deadline", type=positive_number, default=120.0, metavar="S",
                   help="give up on a URL that has not fully arrived after this many seconds, "
                        "retries included; the next URL goes on (default: 120)")


def _fetch_settings(args):
    from ..source.fetch import FetchSettings

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
    from ..source.fetch import fetch_urls

    from ..models import ExtractorError

    try:
        records, failures = fetch_urls(args.urls, _fetch_settings(args))
    except ExtractorError as exc:   # the folder is locked by another fetch or crawl
        return fail(exc)
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
    p.add_argument("--since", type=iso_date, metavar="DATE", help="skip entries dated before YYYY-MM-DD")
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


def cmd_crawl(args) -> int:
    from ..models import ExtractorError
    from ..source.crawl import DEFAULT_MATCH, CrawlSettings, crawl

    settings = CrawlSettings(listing_url=args.listing_url, match=tuple(args.match or DEFAULT_MATCH),
                             pages=max(1, args.pages), since=args.since, delay=max(0.0, args.delay),
                             fetch=_fetch_settings(args), recheck=args.recheck,
                             allow_hosts=tuple(args.allow_hosts))
    try:
        result = crawl(settings)
    except ExtractorError as exc:   # the folder is locked by another fetch or crawl
        return fail(exc)
    print_failures(result.failures)
    print(f"{len(result.pages)} listing pages, {len(result.entries)} matching, "
          f"{len(result.fetched)} fetched, {len(result.already)} already in {args.into}, "
          f"{len(result.unchanged)} not modified, {len(result.offsite)} on other hosts (not fetched), "
          f"{len(result.failures)} failed")
    return EXIT_INPUT if result.failures else EXIT_OK
