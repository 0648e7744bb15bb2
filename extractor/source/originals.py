"""Fetched originals are immutable: no fetch ever overwrites bytes saved before.

A URL's first bytes go under its stable name (``fetch.file_name_for``:
``host_stem_<urlhash>.html``).  When a later fetch brings other bytes, they
go under a new name, ``host_stem_<urlhash>_<YYYYMMDDTHHMMSSZ>.html`` (the
UTC time of the fetch), and the earlier file stays as it was: every archived
version's ``source_path`` keeps holding exactly the bytes it was extracted
from.  The later names sort after the first (``_`` > ``.``) and in fetch order
among themselves, so ``run raw/`` into an empty output folder numbers the
versions in the order they were fetched.  Bytes equal to a file already
saved for the URL write nothing but that file's sidecar.

Each file has its own sidecar ``<file>.fetch.json`` describing its bytes.
Writes are atomic and the body comes before its sidecar: a fetch killed
between the two leaves a page without a sidecar, which the next fetch of
the URL recognises by its bytes.
"""
from __future__ import annotations

import glob
import hashlib
import json
import logging
import re
from pathlib import Path

from ..store.files import atomic_path
from .read import sidecar_path

log = logging.getLogger(__name__)

#: what a later name adds to the first name's stem: the fetch time, and the
#: bytes' hash only if two different fetches of the URL fell in one second
_LATER = re.compile(r"_\d{8}T\d{6}Z(?:_[0-9a-f]{8})?")


def saved_originals(into: Path, name: str) -> list[Path]:
    """The files saved under ``name`` or its later names in ``into``, oldest first."""
    first = Path(into) / name
    stem, suffix = first.stem, first.suffix
    found = []
    for path in Path(into).glob(f"{glob.escape(stem)}*{glob.escape(suffix)}"):
        middle = path.name[len(stem):len(path.name) - len(suffix)]
        if path.name == first.name or _LATER.fullmatch(middle):
            found.append(path)
    return sorted(found, key=lambda p: p.name)


def read_sidecar(path: Path) -> dict | None:
    """The sidecar of ``path``, or None when it has none (or it is unreadable)."""
    side = sidecar_path(path)
    try:
        return json.loads(side.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s: ignoring unreadable sidecar (%s)", side, exc)
        return None


def save_original(body: bytes, into: Path, name: str, sidecar: dict) -> tuple[Path, bool]:
    """Keep ``body`` under ``name`` in ``into`` without replacing any saved bytes.

    Returns (path, new): the file that holds these bytes, and whether they
    were written now (False: a file saved earlier under ``name`` or a later
    name holds them already; only its sidecar is refreshed).  ``sidecar``
    must hold ``sha256`` and ``fetched_at`` (ISO 8601, UTC).
    """
    sha256 = sidecar["sha256"]
    saved = saved_originals(into, name)
    same = next((p for p in reversed(saved) if _sha256_of(p) == sha256), None)
    target = same or _free_name(Path(into), name, sidecar["fetched_at"], sha256)
    if same is None:
        with atomic_path(target) as tmp:
            tmp.write_bytes(body)
    with atomic_path(sidecar_path(target)) as tmp:
        tmp.write_text(json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target, same is None


def _free_name(into: Path, name: str, fetched_at: str, sha256: str) -> Path:
    """``name`` if nothing is saved under it yet, else a later name no file has."""
    first = into / name
    if not first.exists():
        return first
    stamp = "".join(ch for ch in fetched_at[:19] if ch.isdigit() or ch == "T") + "Z"
    later = first.with_name(f"{first.stem}_{stamp}{first.suffix}")
    if later.exists():
        later = first.with_name(f"{first.stem}_{stamp}_{sha256[:8]}{first.suffix}")
    return later


def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
