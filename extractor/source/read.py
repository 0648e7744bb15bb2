"""Stage 1, read: bytes and provenance of one input file.

A fetched page may have a sidecar ``<file>.fetch.json`` (written by
``extractor fetch``) holding the HTTP Content-Type charset and URL; the
decoder gives that charset precedence over the page's own ``<meta>``.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from pathlib import Path

from ..models import ExtractorError, RawInput

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".fetch.json"
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


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
    return RawInput(path=path, data=data, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
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
        m = _CHARSET_RE.search(meta["content_type"])
        charset = m.group(1) if m else None
    return charset, meta.get("final_url") or meta.get("url")
