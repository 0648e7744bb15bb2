"""Crawl a portal listing (政策文件 / 通知公告 column) for new division notices.

1. read the listing page: every link with its title (the ``title``
   attribute when the portal truncates the text with "…") and the date
   printed near it (same ``<li>``/``<tr>``);
2. follow pagination: 下一页 links first, then numbered page links, up to
   ``pages`` listing pages in all;
3. keep entries whose title holds one of the ``match`` words, dated on or
   after ``since`` (an entry with no date is kept: better one page too many
   than a notice lost), and not already in raw/ (by the URLs recorded in
   the fetch sidecars) - unless ``recheck``: then a known page is asked for
   again, conditionally (If-None-Match / If-Modified-Since), and kept as a
   new original if it changed (portals re-publish notices in place);
4. fetch those with ``fetch.fetch_url``, waiting ``delay`` seconds between
   any two requests to the portal, under the lock of the folder they go to.
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from ..store.files import folder_lock
from .fetch import FetchError, FetchRecord, FetchSettings, fetch_text, fetch_url, known_urls, make_session

log = logging.getLogger(__name__)

DEFAULT_MATCH = ("分工",)
_NEXT_WORDS = ("下一页", "下页", "后一页", "next")
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


@dataclass
class CrawlResult:
    """What a crawl saw, fetched, skipped and failed on."""

    pages: list[str] = field(default_factory=list)           #: listing URLs read
    entries: list[ListingEntry] = field(default_factory=list)  #: matching entries
    fetched: list[FetchRecord] = field(default_factory=list)
    already: list[str] = field(default_factory=list)          #: matching, already in raw/
    unchanged: list[str] = field(default_factory=list)        #: rechecked: not modified since
    failures: list[tuple[str, str]] = field(default_factory=list)


def parse_listing(html_text: str, base_url: str) -> tuple[list[ListingEntry], list[str]]:
    """Entries and pagination URLs (下一页 first, then numbered pages) of one listing page."""
    from lxml import html

    tree = html.fromstring(html_text)
    entries: dict[str, ListingEntry] = {}
    next_pages: list[str] = []
    numbered: list[tuple[int, str]] = []
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "mailto:", "#")):
            continue
        url = urldefrag(urljoin(base_url, href))[0]
        text = " ".join(a.text_content().split())
        if any(w in text.lower() for w in _NEXT_WORDS):
            next_pages.append(url)
        elif text.isdecimal():
            numbered.append((int(text), url))
        elif text:
            title = (a.get("title") or "").strip() or text
            entries.setdefault(url, ListingEntry(url, title, _date_near(a)))
    pages = next_pages + [u for _, u in sorted(numbered)]
    return list(entries.values()), list(dict.fromkeys(pages))


def _date_near(a) -> str | None:
    """The date printed in the link's row (its ``<li>``/``<tr>``), or in the link itself."""
    node = a
    for _ in range(4):
        if node is not a and len(node.findall(".//a")) > 1:
            return None  # a block of several links: its dates belong to the others
        m = _DATE_RE.search(node.text_content())
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
        for entry in entries:
            if not wanted(entry, settings):
                continue
            result.entries.append(entry)
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
        found, more = parse_listing(text, final_url)
        for e in found:
            entries.setdefault(e.url, e)
        queue.extend(u for u in more if u not in seen_pages and _same_site(u, settings.listing_url))
    return list(entries.values())


def _same_site(url: str, listing_url: str) -> bool:
    # pagination never leaves the portal; a stray "2" linking elsewhere is not a page
    return urlsplit(url).netloc == urlsplit(listing_url).netloc
