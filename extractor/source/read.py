"""Stage 1, read: bytes and provenance of one input file.

A fetched page may have a sidecar ``<file>.fetch.json`` (written by
``extractor fetch``) holding the HTTP Content-Type charset and URL; the
decoder gives that charset precedence over the page's own ``<meta>``.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path

from ..models import ExtractorError, RawInput

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".fetch.json"
#: the largest input file ``run`` reads, in MB (``run --max-input-mb``): what
#: ``fetch`` keeps (``FetchSettings.max_bytes``), so a fetched page is read.
#: Extraction takes memory many times a page's size (a 50 MB table page took
#: 2.1 GB); docs/reliability.md has the peak at this size.
MAX_INPUT_MB = 20
CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
#: what a printed or stored file name must not hold raw: control characters (a
#: newline would print a line of its own, ESC drive the terminal), line and
#: direction marks
_UNPRINTABLE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def is_url(text: str) -> bool:
    """True for an http(s) URL given where a path could be (here, not in ``fetch``:
    every run asks, and importing the fetcher cost about 3 ms of its start)."""
    return text.lower().startswith(("http://", "https://"))


def shown_path(path: str | os.PathLike) -> str:
    """A file name as it is printed and exported: ``raw/\\xb7\\xd6.txt`` for the
    GBK bytes of a name that is not UTF-8, ``a\\nb.txt`` for a newline in it."""
    text = os.fspath(path)
    if _SURROGATE_RE.search(text):
        # a part that is not UTF-8 is shown byte by byte: a stray byte can make
        # its neighbours look like UTF-8 (b7 d6 b9 a4 holds the valid d6 b9)
        text = "/".join(_bytes_escaped(part) if _SURROGATE_RE.search(part) else part
                        for part in text.split("/"))
    return _UNPRINTABLE_RE.sub(_escape, text)


#: the bytes of a name that is not UTF-8, as Python keeps them (lone surrogates,
#: which no UTF-8 file, JSON or SQLite text can hold)
_SURROGATE_RE = re.compile("[\udc80-\udcff]")


def _bytes_escaped(part: str) -> str:
    return "".join(chr(b) if b < 0x80 else f"\\x{b:02x}" for b in os.fsencode(part))


def _escape(m: re.Match) -> str:
    c = m.group()
    return _ESCAPES.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def sidecar_path(path: Path) -> Path:
    """Where the fetch sidecar of ``path`` lives."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_input(path: str | Path) -> RawInput:
    """Read one input file; raise ExtractorError if it cannot be read."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ExtractorError("no such file") from None
    except IsADirectoryError:
        raise ExtractorError("is a directory") from None
    except OSError as exc:
        raise ExtractorError(f"cannot read: {exc.strerror or exc}") from None
    charset, url = _read_sidecar(p)
    return raw_input(data, str(p), http_charset=charset, url=url)


def raw_input(data: bytes, path: str = "<bytes>", http_charset: str | None = None,
              url: str | None = None) -> RawInput:
    """The RawInput of bytes already in hand (a page a caller fetched itself)."""
    if not data.strip():
        raise ExtractorError("empty file")
    return RawInput(path=shown_path(path), data=data, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                    http_charset=http_charset, url=url)


def _read_sidecar(path: Path) -> tuple[str | None, str | None]:
    """Return (HTTP charset, URL) from a fetch sidecar, if there is one."""
    side = sidecar_path(path)
    if not side.is_file():
        return None, None
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: ignoring unreadable sidecar (%s)", side, exc)
        return None, None
    charset = meta.get("charset")
    if not charset and meta.get("content_type"):
        m = CHARSET_RE.search(meta["content_type"])
        charset = m.group(1) if m else None
    return charset, meta.get("final_url") or meta.get("url")
