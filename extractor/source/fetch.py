"""Fetch notice pages into raw/, byte for byte, with a provenance sidecar.

Each page is saved under a name derived from its URL, and a re-fetch that
brings other bytes saves them under a new name beside the old page, which
is never overwritten (``originals.py``).  Beside each page is
``<file>.fetch.json``: the URL, where redirects ended, the HTTP status and
headers that matter (Content-Type and its charset, ETag, Last-Modified),
the body's sha256 and size, and the attachment links (.doc/.xls/.pdf/...)
found in the page.  ``read.read_input`` takes the charset from that
sidecar, so a page that names its encoding only in the HTTP header
decodes right.  A URL fetched before is asked for conditionally
(If-None-Match / If-Modified-Since from its newest sidecar): a portal that
answers 304 Not Modified costs one short request and writes nothing.

Politeness and bounds: a User-Agent naming the tool, connect and read
timeouts, an overall deadline per URL (``deadline.py``: a server that drips
a byte at a time never trips the read timeout), a bounded number of
retries with backoff on timeouts and 5xx, and a size cap enforced while
streaming (Content-Length can lie or be missing).  A URL that fails for
any reason, saving included, is a ``FetchError``; the next URL goes on.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable
from urllib.parse import unquote, urljoin, urlsplit

from .. import __version__
from ..models import OFFICE_SUFFIXES, ExtractorError, RawInput
from ..store.files import folder_lock
from .originals import read_sidecar, save_original, saved_originals
from .read import CHARSET_RE, SIDECAR_SUFFIX

log = logging.getLogger(__name__)

USER_AGENT = f"extractor/{__version__} (+responsibility-division notice archiver)"
_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".txt")
_UNSAFE = re.compile(r"[^\w.-]+", re.A)
_CHUNK = 64 * 1024
#: characters of the host and of the last path segment kept in a file name: a
#: DNS name may be 253 characters, a file name 255 bytes (D9); the URL's hash
#: keeps names that share the kept part apart
_NAME_PART = 60


class FetchError(ExtractorError):
    """A URL that could not be fetched; the message names the URL and why."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class FetchSettings:
    """How ``fetch_url`` talks to a server."""

    into: Path = Path("raw")        #: folder the pages are saved in
    connect_timeout: float = 10.0   #: seconds to open a connection
    read_timeout: float = 30.0      #: seconds to wait for each read
    retries: int = 3                #: extra attempts on timeouts, resets and 5xx
    backoff: float = 0.5            #: urllib3 backoff factor (0.5 -> 0.5 s, 1 s, 2 s ...)
    max_bytes: int = 20 * 1024 * 1024  #: stop and fail past this many body bytes (pages and attachments)
    #: seconds for a whole download (retries included): the size cap at a slow
    #: 200 KB/s takes about 100 s
    deadline: float = 120.0
    user_agent: str = USER_AGENT
    attachments: bool = True        #: also fetch the attachments a page links (saved beside it)


@dataclass(frozen=True)
class Attachment:
    """A link to an attached document (the table is often only in a .doc/.xls)."""

    url: str    #: absolute URL
    text: str   #: the link text as shown on the page
    path: str = ""   #: the file it was saved as, beside the page ("" if it was not fetched)


@dataclass(frozen=True)
class FetchRecord:
    """What was fetched: the sidecar's fields, plus where the body went."""

    url: str
    final_url: str
    fetched_at: str           #: ISO 8601, UTC
    status: int
    content_type: str | None  #: the header as sent, charset included
    charset: str | None       #: the charset of the Content-Type header, if any
    etag: str | None
    last_modified: str | None
    sha256: str
    size: int
    attachments: tuple[Attachment, ...] = ()
    path: str = field(default="", compare=False)  #: saved file (not written to the sidecar)
    #: True when these bytes were written by this fetch; False when a file saved
    #: before holds them (a 304, or the same bytes again)  (not in the sidecar)
    new: bool = field(default=True, compare=False)
    #: (URL, reason) of each attachment that could not be fetched  (not in the sidecar)
    attachment_failures: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def sidecar_dict(self) -> dict:
        """The sidecar JSON object."""
        d = asdict(self)
        d.pop("path")
        d.pop("new")
        d.pop("attachment_failures")
        d["attachments"] = [asdict(a) for a in self.attachments]
        return d

    @classmethod
    def from_sidecar(cls, d: dict, path: Path) -> "FetchRecord":
        """The record a sidecar describes (a page saved before)."""
        known = {f for f in cls.__dataclass_fields__
                 if f not in ("path", "new", "attachments", "attachment_failures")}
        values = {k: d.get(k) for k in known}
        attachments = tuple(Attachment(a.get("url", ""), a.get("text", ""), a.get("path", ""))
                            for a in d.get("attachments") or ())
        return cls(**values, attachments=attachments, path=str(path), new=False)


def file_name_for(url: str, suffixes: tuple[str, ...] = _PAGE_SUFFIXES) -> str:
    """A stable file name for ``url``: host, last path segment, a URL hash;
    the URL's own suffix if it is one of ``suffixes``, else ``.html``.

    The hash keeps two pages whose names look alike (``index.html`` on two
    sites, or ``?id=1`` and ``?id=2``) from overwriting each other.
    """
    parts = urlsplit(url)
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]) or "index"
    stem, dot, ext = segment.rpartition(".")
    if not dot or f".{ext.lower()}" not in suffixes:
        stem, ext = segment, "html"
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
    host = _UNSAFE.sub("_", parts.hostname or "local")[:_NAME_PART]
    return f"{host}_{_UNSAFE.sub('_', stem)[:_NAME_PART].strip('_') or 'page'}_{digest}.{ext.lower()}"


def make_session(settings: FetchSettings):
    """A requests session with the User-Agent and a bounded retry policy."""
    import requests
    from urllib3.util.retry import Retry

    from .deadline import WatchedAdapter

    retry = Retry(total=settings.retries, connect=settings.retries, read=settings.retries,
                  status=settings.retries, backoff_factor=settings.backoff,
                  status_forcelist=(500, 502, 503, 504), allowed_methods=frozenset({"GET", "HEAD"}),
                  raise_on_status=False, respect_retry_after_header=False)
    session = requests.Session()
    adapter = WatchedAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = settings.user_agent
    return session


def fetch_url(url: str, settings: FetchSettings = FetchSettings(), session=None) -> FetchRecord:
    """Download ``url`` into ``settings.into``; raise FetchError if it fails.

    A URL saved before is asked for conditionally; on 304 Not Modified (or
    the same bytes again) the record of the saved page comes back with
    ``new`` False, and nothing but its sidecar is written.
    """
    try:
        name = file_name_for(url)
    except ValueError as exc:   # http://[::1, or bytes that are not UTF-8: no request to make
        raise FetchError(url, f"not a URL that can be fetched ({exc})") from None
    session = session or make_session(settings)
    saved = saved_originals(settings.into, name)
    newest = read_sidecar(saved[-1]) if saved else None
    body, response = _download(session, url, settings, conditional_headers(newest))
    if response.status_code == 304 and newest is not None:
        log.info("not modified: %s (%s)", url, saved[-1])
        return FetchRecord.from_sidecar(newest, saved[-1])
    content_type = response.headers.get("Content-Type")
    m = CHARSET_RE.search(content_type or "")
    record = FetchRecord(
        url=url, final_url=response.url, fetched_at=_utc_now(), status=response.status_code,
        content_type=content_type, charset=m.group(1) if m else None,
        etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"),
        sha256=hashlib.sha256(body).hexdigest(), size=len(body),
        attachments=find_attachments(body, response.url, m.group(1) if m else None, content_type),
    )
    if settings.attachments and record.attachments:
        return fetch_attachments(body, record, settings, session)
    return save_page(body, record, settings.into)


def fetch_attachments(body: bytes, record: FetchRecord, settings: FetchSettings, session) -> FetchRecord:
    """Save the page, then fetch the attachments it links (same session,
    timeouts, retries and size cap), each saved beside the page with a
    sidecar naming the page (``parent_url``, ``parent_path``) and the link
    text; then the page's sidecar is written again, listing where each
    attachment went.  An attachment that fails is recorded in
    ``attachment_failures``; the page is kept."""
    page = save_page(body, record, settings.into)
    done, failures = [], []
    for att in record.attachments:
        try:
            data, response = _download(session, att.url, settings)
        except FetchError as exc:
            failures.append((att.url, exc.reason))
            done.append(att)
            continue
        sidecar = {
            "url": att.url, "final_url": response.url, "fetched_at": _utc_now(), "status": response.status_code,
            "content_type": response.headers.get("Content-Type"), "etag": response.headers.get("ETag"),
            "last_modified": response.headers.get("Last-Modified"),
            "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "role": "attachment",
            "parent_url": record.url, "parent_path": Path(page.path).name, "link_text": att.text,
        }
        try:
            target, _new = save_original(data, Path(settings.into), file_name_for(att.url, OFFICE_SUFFIXES),
                                         sidecar)
        except OSError as exc:   # a full disk: this attachment fails, the page is kept
            failures.append((att.url, f"cannot save the attachment: {exc.strerror or exc}"))
            done.append(att)
            continue
        log.info("attachment %s -> %s (%d bytes)", att.url, target, len(data))
        done.append(replace(att, path=target.name))
    # the same bytes again: only the page's sidecar is rewritten, now with the paths
    save_original(body, Path(settings.into), file_name_for(record.url),
                  replace(record, attachments=tuple(done)).sidecar_dict())
    return replace(page, attachments=tuple(done), attachment_failures=tuple(failures))


def conditional_headers(sidecar: dict | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the sidecar of the newest saved copy."""
    if not sidecar:
        return {}
    headers = {}
    if sidecar.get("etag"):
        headers["If-None-Match"] = sidecar["etag"]
    if sidecar.get("last_modified"):
        headers["If-Modified-Since"] = sidecar["last_modified"]
    return headers


def fetch_text(url: str, settings: FetchSettings = FetchSettings(), session=None) -> tuple[str, str]:
    """Download and decode a page without saving it (a listing); return (text, final URL)."""
    from .decode import decode_bytes

    session = session or make_session(settings)
    body, response = _download(session, url, settings)
    m = CHARSET_RE.search(response.headers.get("Content-Type") or "")
    raw = RawInput(path="listing.html", data=body, size=len(body),
                   sha256=hashlib.sha256(body).hexdigest(), http_charset=m.group(1) if m else None)
    try:
        return decode_bytes(raw).text, response.url
    except ExtractorError as exc:
        raise FetchError(url, str(exc)) from None


def _download(session, url: str, settings: FetchSettings, headers: dict[str, str] | None = None):
    """GET ``url`` and read its body up to the size cap, within the deadline."""
    from .deadline import Deadline

    with Deadline(settings.deadline) as deadline:
        try:
            body, response = _get(session, url, settings, headers)
        except FetchError:
            if deadline.passed:
                raise FetchError(url, f"no complete answer within the {settings.deadline:g} s deadline") from None
            raise
        if deadline.passed:   # a body without Content-Length "ends" when its socket is shut
            raise FetchError(url, f"no complete answer within the {settings.deadline:g} s deadline")
    return body, response


def _get(session, url: str, settings: FetchSettings, headers: dict[str, str] | None):
    import http.client

    import requests
    import urllib3

    try:
        response = session.get(url, timeout=(settings.connect_timeout, settings.read_timeout),
                               stream=True, allow_redirects=True, headers=headers)
        with response:
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason or ''}".strip())
            return _read_capped(response, url, settings.max_bytes), response
    except requests.exceptions.Timeout:
        raise FetchError(url, f"timed out (after {settings.retries} retries)") from None
    except requests.exceptions.TooManyRedirects:
        raise FetchError(url, "too many redirects") from None
    except requests.exceptions.RetryError as exc:
        raise FetchError(url, f"gave up after {settings.retries} retries ({exc})") from None
    except requests.exceptions.RequestException as exc:
        raise FetchError(url, f"{type(exc).__name__}: {_first_line(exc)}") from None
    except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError, ValueError) as exc:
        # what a broken server or URL raises past requests' own wrapping
        # (a header line too long, an IDNA name that cannot be encoded)
        log.debug("fetching %s failed", url, exc_info=True)
        raise FetchError(url, f"{type(exc).__name__}: {_first_line(exc)}") from None


def _read_capped(response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdecimal() and int(declared) > max_bytes:
        raise FetchError(url, f"body of {int(declared)} bytes exceeds the {max_bytes}-byte cap")
    chunks, size = [], 0
    for chunk in response.iter_content(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"body exceeds the {max_bytes}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)


def find_attachments(body: bytes, base_url: str, charset: str | None,
                     content_type: str | None) -> tuple[Attachment, ...]:
    """Links in an HTML page to .doc/.docx/.xls/.xlsx/.pdf/.wps files, absolute."""
    if content_type and "html" not in content_type.lower():
        return ()
    from lxml import etree, html

    from .decode import decode_bytes

    try:
        text = decode_bytes(RawInput(path="page.html", data=body, size=len(body), sha256="",
                                     http_charset=charset)).text
        tree = html.fromstring(text)
    except (ExtractorError, etree.ParserError, ValueError):
        return ()
    found: dict[str, Attachment] = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        try:
            url = urljoin(base_url, href) if href else ""
            path = urlsplit(url).path
        except ValueError:   # an href no URL parser takes (http://[::1): not a link
            continue
        if path.lower().endswith(OFFICE_SUFFIXES) and url not in found:
            found[url] = Attachment(url=url, text=" ".join(a.text_content().split()))
    return tuple(found.values())


def save_page(body: bytes, record: FetchRecord, into: Path) -> FetchRecord:
    """Keep the body (never over earlier bytes: ``originals.save_original``) and
    its sidecar; return the record with its path, ``new`` False when a file
    saved before holds these bytes."""
    try:
        target, new = save_original(body, Path(into), file_name_for(record.url), record.sidecar_dict())
    except OSError as exc:   # a full disk, a folder in the way: this URL fails, the next goes on
        raise FetchError(record.url, f"cannot save the page: {exc.strerror or exc}") from None
    log.info("%s %s -> %s (%d bytes)", "fetched" if new else "unchanged", record.url, target, record.size)
    return replace(record, path=str(target), new=new)


def fetch_urls(urls: Iterable[str], settings: FetchSettings = FetchSettings()
               ) -> tuple[list[FetchRecord], list[tuple[str, str]]]:
    """Fetch each URL under the lock of ``settings.into``; a failure is logged
    and collected, the others go on."""
    session = make_session(settings)
    records, failures = [], []
    with folder_lock(settings.into, "fetch or crawl"):
        for url in urls:
            try:
                records.append(fetch_url(url, settings, session))
            except FetchError as exc:
                log.debug("fetch failed: %s", exc)
                failures.append((url, exc.reason))
                continue
            failures.extend(records[-1].attachment_failures)
    return records, failures


def known_urls(raw_dir: Path) -> set[str]:
    """URLs (requested and final) recorded in the sidecars under ``raw_dir``."""
    urls: set[str] = set()
    if not Path(raw_dir).is_dir():
        return urls
    for side in Path(raw_dir).rglob(f"*{SIDECAR_SUFFIX}"):
        try:
            meta = json.loads(side.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("%s: ignoring unreadable sidecar (%s)", side, exc)
            continue
        urls.update(u for u in (meta.get("url"), meta.get("final_url")) if u)
    return urls


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [""])[0][:200]
