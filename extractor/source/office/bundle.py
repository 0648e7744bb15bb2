"""A notice page and the attachments ``fetch`` saved beside it, read as one notice.

``fetch`` writes each attachment's sidecar with ``parent_path`` (the page's
file name) and ``link_text``, and lists the saved attachments in the page's
sidecar.  Here the page's sidecar is read back: its attachments, in link
order, supply the tables; the page supplies the metadata.  An attachment
found in a folder beside its page is read with the page, not on its own
(``is_bundled``); given by itself, it is a notice of its own.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from ...models import TABLE_MARK, ExtractorError, Located, RawInput, SourceFile
from ..read import read_input, sidecar_path
from . import OFFICE_SUFFIXES, limits, locate_office, sniff_kind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AttachedFile:
    """An attachment saved beside its page."""

    path: Path
    url: str | None
    link_text: str | None


def _sidecar(path: Path) -> dict:
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: ignoring unreadable sidecar (%s)", side, exc)
        return {}
    return meta if isinstance(meta, dict) else {}


def attached_files(page: Path) -> list[AttachedFile]:
    """The attachments of ``page`` that were saved beside it, in link order."""
    found = []
    for att in _sidecar(page).get("attachments") or ():
        name = att.get("path") if isinstance(att, dict) else None
        if name and (page.parent / name).is_file():
            found.append(AttachedFile(page.parent / name, att.get("url"), att.get("text")))
    return found


def is_bundled(path: Path) -> bool:
    """An attachment whose page is beside it (the page reads it)."""
    if path.suffix.lower() not in OFFICE_SUFFIXES:
        return False
    parent = _sidecar(path).get("parent_path")
    return bool(parent) and (path.parent / parent).is_file()


def read_attachments(page: Path) -> tuple[list[Located], list[SourceFile], list[str]]:
    """The readable attachments of ``page`` (located), every one as a SourceFile,
    and a warning naming each one that could not be read and why."""
    located, files, warnings = [], [], []
    for att in attached_files(page):
        try:
            limits.check_size(att.path.stat().st_size)
            raw = read_input(att.path)
            kind = sniff_kind(str(att.path), raw.data)
            located.append(locate_office(raw, kind) if kind else _locate_page(raw))
            kind = kind or located[-1].decoded.format
        except ExtractorError as exc:
            log.debug("%s: %s", att.path, exc)
            warnings.append(f"attachment {att.path.name} skipped: {exc}")
            continue
        files.append(SourceFile(path=str(att.path), sha256=raw.sha256, role="attachment", format=kind,
                                size=raw.size, url=att.url, link_text=att.link_text))
    return located, files, warnings


def attachment_outline(attached: list[Located]) -> tuple[str, ...]:
    """The lines of the attachments one after the other, each table's mark numbered by
    its index among all their grids (as ``Located.grids`` joins them): the headings
    printed between an attachment's tables (one table per section) stay over their
    tables, where the page's own lines know nothing of them."""
    lines: list[str] = []
    offset = 0
    for att in attached:
        for line in att.lines if att.grids else ():
            at = line[len(TABLE_MARK):] if line.startswith(TABLE_MARK) else ""
            lines.append(f"{TABLE_MARK}{int(at) + offset}" if at.isdigit() else line)
        offset += len(att.grids)
    return tuple(lines)


def bundle_sha256(page_sha256: str, files) -> str:
    """The sha256 a page read with its attachments is known by: of the page's
    and each attachment's sha256 in order, so a re-fetched attachment with
    other bytes makes a new version even when the page did not change."""
    shas = [page_sha256] + [f.sha256 for f in files if f.role == "attachment"]
    return hashlib.sha256("\n".join(shas).encode()).hexdigest() if len(shas) > 1 else page_sha256


def input_sha256(path: Path) -> str:
    """The sha256 ``extract_file(path)`` will give its notice's source (see ``bundle_sha256``)."""
    raw = read_input(path)
    attached = []
    for att in attached_files(path):
        try:
            data = att.path.read_bytes()
        except OSError:
            continue
        attached.append(SourceFile(path=str(att.path), sha256=hashlib.sha256(data).hexdigest(),
                                   role="attachment", format=""))
    return bundle_sha256(raw.sha256, attached)


def _locate_page(raw: RawInput) -> Located:
    """An attachment that is a web page under an office name (Word's "save as
    web page" kept the .doc suffix): its HTML tables, as grids."""
    from ...layout.locate import locate_content
    from ...parse.grid import html_grid
    from ..decode import decode_bytes

    located = locate_content(decode_bytes(raw))
    grids = tuple((html_grid(t), "html-table") for t in located.tables)
    if not any(grids):
        raise ExtractorError("a page without a table, not an office document or PDF")
    return replace(located, grids=grids)


def raw_source_file(raw: RawInput, fmt: str) -> SourceFile:
    """The page itself as a SourceFile."""
    return SourceFile(path=raw.path, sha256=raw.sha256, role="page", format=fmt, size=raw.size, url=raw.url)
