"""Crawl a portal listing (政策文件 / 通知公告 column) for new division notices.

1. read the listing page: every link with its title (the ``title``
   attribute when the portal truncates the text with "…") and the date
   printed near it (same ``<li>``/``<tr>``);
2. follow pagination: 下一页 links first, then numbered page links, up to
   ``pages`` listing pages in all;
3. keep entries whose title holds one of the ``match`` words, dated on or
   after ``since`` (an entry with no date is kept: better one page too many
   than a notice lost), on the listing's own host and port (or one of
   ``allow_hosts``), and not already in raw/ (by the URLs recorded in the
   fetch sidecars) - unless ``recheck``: then a known page is asked for
   again, conditionally (If-None-Match / If-Modified-Since), and kept as a
   new original if it changed (portals re-publish notices in place);
4. fetch those with ``fetch.fetch_url``, waiting ``delay`` seconds between
   any two requests to the portal, under the lock of the folder they go to.
   A page that fails is recorded and the next goes on.
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from ..layout.locate import parse_html, text_content
from ..models import ExtractorError
from ..store.files import folder_lock
from ..text import vocab
from .fetch import FetchError, FetchRecord, FetchSettings, fetch_text, fetch_url, known_urls, make_session

log = logging.getLogger(__name__)

DEFAULT_MATCH = ("分工",)
_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_ROW_TAGS = {"li", "tr", "dd", "dt", "p"}


@dataclass(frozen=True)
class ListingEntry:
    """One link on a listing page."""

    url: str             #: absolute, fragment removed
    title: str
    date: str | None     #: ISO date printed near the link, if any


@dataclass(frozen=True)
class CrawlSettings:
    """What ``crawl`` reads and fetches."""

    listing_url: str
    match: tuple[str, ...] = DEFAULT_MATCH   #: a title must hold one of these words
    pages: int = 1                           #: listing pages to read, at most
    since: str | None = None                 #: ISO date; older entries are skipped
    delay: float = 1.0                       #: seconds between requests
    fetch: FetchSettings = FetchSettings()
    recheck: bool = False                    #: ask again for pages already in raw/ (conditionally)
    #: hosts besides the listing's whose notices are fetched: ``host`` (any
    #: port) or ``host:port``; pagination never leaves the listing's host
    allow_hosts: tuple[str, ...] = ()


@dataclass
class CrawlResult:
    """What a crawl saw, fetched, skipped and failed on."""

    pages: list[str] = field(default_factory=list)           #: listing URLs read
    entries: list[ListingEntry] = field(default_factory=list)  #: matching entries
    fetched: list[FetchRecord] = field(default_factory=list)
    already: list[str] = field(default_factory=list)          #: matching, already in raw/
    unchanged: list[str] = field(default_factory=list)        #: rechecked: not modified since
    offsite: list[str] = field(default_factory=list)          #: matching, on a host not allowed
    failures: list[tuple[str, str]] = field(default_factory=list)


def parse_listing(html_text: str, base_url: str) -> tuple[list[ListingEntry], list[str]]:
    """Entries and pagination URLs (下一页 first, then numbered pages) of one listing page;
    ExtractorError if the page cannot be parsed as HTML at all."""
    links = list(parse_html(html_text).iter("a"))
    links_under = _links_under(links)
    entries: dict[str, ListingEntry] = {}
    next_pages: list[str] = []
    numbered: list[tuple[int, str]] = []
    next_words = vocab()["html"]["next_page_words"]
    for a in links:
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "mailto:", "#")):
            continue
        try:
            url = urldefrag(urljoin(base_url, href))[0]
        except ValueError:   # an href no URL parser takes (http://[::1): not a link to follow
            continue
        text = " ".join(text_content(a).split())
        if any(w in text.lower() for w in next_words):
            next_pages.append(url)
        elif text.isdecimal():
            numbered.append((int(text), url))
        elif text:
            title = (a.get("title") or "").strip() or text
            entries.setdefault(url, ListingEntry(url, title, _date_near(a, links_under)))
    pages = next_pages + [u for _, u in sorted(numbered)]
    return list(entries.values()), list(dict.fromkeys(pages))


def _links_under(links: list) -> dict:
    """How many of ``links`` each element holds: counted once from each link up,
    so a page of n links costs n times its depth, not n times its size (D10:
    a <div> of 10,000 links was searched once per link, 32 s)."""
    counts: dict = {}
    for a in links:
        for node in a.iterancestors():
            counts[node] = counts.get(node, 0) + 1
    return counts


def _date_near(a, links_under: dict) -> str | None:
    """The date printed in the link's row (its ``<li>``/``<tr>``), or in the link itself."""
    node = a
    for _ in range(4):
        if node is not a and links_under.get(node, 0) > 1:
            return None  # a block of several links: its dates belong to the others
        m = _DATE_RE.search(text_content(node))
        if m:
            return "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3)))
        if node.tag in _ROW_TAGS or node.getparent() is None:
            return None
        node = node.getparent()
    return None


def wanted(entry: ListingEntry, settings: CrawlSettings) -> bool:
    """Title holds a match word and the date is not before ``since``."""
    if not any(word in entry.title for word in settings.match):
        return False
    if settings.since and entry.date and entry.date < settings.since:
        return False
    return True


class _Pacer:
    """Sleeps so that two requests are at least ``delay`` seconds apart."""

    def __init__(self, delay: float) -> None:
        self.delay, self.last = delay, None

    def wait(self) -> None:
        if self.last is not None and self.delay > 0:
            time.sleep(max(0.0, self.last + self.delay - time.monotonic()))
        self.last = time.monotonic()


def crawl(settings: CrawlSettings) -> CrawlResult:
    """Read the listing pages, then fetch the new matching notices into raw/
    (and, with ``recheck``, the known ones that changed)."""
    with folder_lock(settings.fetch.into, "fetch or crawl"):
        session, pacer = make_session(settings.fetch), _Pacer(settings.delay)
        result = CrawlResult()
        entries = read_listing(settings, session, pacer, result)
        have = known_urls(settings.fetch.into)
        allowed = {_site(settings.listing_url), *(h.lower() for h in settings.allow_hosts)}
        for entry in entries:
            if not wanted(entry, settings):
                continue
            result.entries.append(entry)
            if not _allowed(entry.url, allowed):
                result.offsite.append(entry.url)
                continue
            if entry.url in have and not settings.recheck:
                result.already.append(entry.url)
                continue
            pacer.wait()
            try:
                record = fetch_url(entry.url, settings.fetch, session)
            except FetchError as exc:
                result.failures.append((entry.url, exc.reason))
                continue
            result.failures.extend(record.attachment_failures)
            if record.new:
                result.fetched.append(record)
            else:
                result.unchanged.append(entry.url)
        return result


def read_listing(settings: CrawlSettings, session, pacer: _Pacer, result: CrawlResult) -> list[ListingEntry]:
    """Follow pagination from the listing URL; return every entry seen, once each."""
    queue, seen_pages = [settings.listing_url], set()
    entries: dict[str, ListingEntry] = {}
    while queue and len(result.pages) < settings.pages:
        url = queue.pop(0)
        if url in seen_pages:
            continue
        seen_pages.add(url)
        pacer.wait()
        try:
            text, final_url = fetch_text(url, settings.fetch, session)
        except FetchError as exc:
            result.failures.append((url, exc.reason))
            continue
        seen_pages.add(final_url)
        result.pages.append(final_url)
        try:
            found, more = parse_listing(text, final_url)
        except ExtractorError as exc:
            result.failures.append((url, f"not a listing page: {exc}"))
            continue
        if not found and not more:
            result.failures.append((url, "not a listing page: no links on it"))
        for e in found:
            entries.setdefault(e.url, e)
        # pagination never leaves the portal; a stray "2" linking elsewhere is not a page
        home = {_site(settings.listing_url)}
        queue.extend(u for u in more if u not in seen_pages and _allowed(u, home))
    return list(entries.values())


def _site(url: str) -> str:
    """``host:port`` of a URL, the port filled in from the scheme."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:   # a port that is not a number
        port = None
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return f"{(parts.hostname or '').lower()}:{port or default}"


def _allowed(url: str, sites: set[str]) -> bool:
    """Whether ``url`` is on one of ``sites`` (``host:port``, or ``host`` for any port)."""
    site = _site(url)
    return site in sites or site.rpartition(":")[0] in sites
