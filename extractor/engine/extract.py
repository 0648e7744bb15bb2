"""One input in, one Notice out: stages 2-6 on one input's bytes.

Both the single-process loop (``pipeline``) and the worker engines
(``parallel``) run these functions.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..layout.locate import locate_content
from ..layout.metadata import parse_metadata
from ..models import Measure, Notice, RawInput, Source
from ..parse.conventions import apply_conventions
from ..parse.forms import parse_body
from ..source.decode import decode_bytes
from ..source.office import locate_office, sniff_kind
from ..source.office.bundle import raw_source_file, read_attachments
from ..source.read import read_input


def doc_id_for(raw: RawInput) -> str:
    """A stable id: the same bytes give the same id on every run."""
    return raw.sha256[:16]


def extract_raw(raw: RawInput, resolver=None, page: Path | None = None) -> Notice:
    """Stages 2-6 on one input's bytes; ``page``: the input's file, whose
    attachments saved beside it (``source/office/bundle.py``) give the tables."""
    from ..agencies.resolve import detect_city, load_resolver

    resolver = resolver or load_resolver()
    located, files, warnings, attached_title = _locate(raw, page)
    decoded = located.decoded
    meta = parse_metadata(located)
    if not meta.table_title and attached_title:
        meta = replace(meta, table_title=attached_title)
    # a cover-letter convention (列第一位…为牵头单位) re-splits bare 责任单位 lists
    parsed = apply_conventions(located, parse_body(located))
    city = detect_city(meta.issuer, meta.title, meta.table_title, doc_number=meta.doc_number)
    resolve_cells = resolver.cells_resolver(city=city, date=meta.date)
    measures = []
    for seq, d in enumerate(parsed.measures, start=1):
        measures.append(Measure(
            seq=seq, section_no=d.section.no if d.section else None, measure_no=d.measure_no,
            text=d.text, deadline=d.deadline, lead=resolve_cells(d.lead_cells),
            support=resolve_cells(d.support_cells), form=_form_of(d.form, decoded.format), extra=dict(d.extra),
        ))
    source = Source(path=raw.path, sha256=raw.sha256, format=decoded.format,
                    encoding=decoded.encoding, size=raw.size, url=raw.url, files=files)
    return Notice(
        doc_id=doc_id_for(raw), source=source, doc_number=meta.doc_number, title=meta.title,
        issuer=meta.issuer, date=meta.date, recipients=meta.recipients,
        table_title=meta.table_title, city=city, sections=parsed.sections,
        measures=tuple(measures), warnings=decoded.warnings + tuple(warnings) + parsed.warnings,
    )


def _locate(raw: RawInput, page: Path | None):
    """Stages 2-3: (located, source files, warnings, the first attachment's
    table title).  An attachment (.docx, .pdf, ...) is read by its reader; a
    page's own attachments put their tables in ``Located.grids``, the page
    keeping its lines for the metadata."""
    kind = sniff_kind(raw.path, raw.data)
    if kind is not None:
        return locate_office(raw, kind), (), [], None
    located = locate_content(decode_bytes(raw))
    if page is None:
        return located, (), [], None
    attached, files, warnings = read_attachments(page)
    if not files:
        return located, (), warnings, None
    grids = tuple(g for a in attached for g in a.grids)
    files = (raw_source_file(raw, located.decoded.format), *files)
    return replace(located, grids=grids), tuple(files), warnings, parse_metadata(attached[0]).table_title


def _form_of(form: str, fmt: str) -> str:
    """A text form found in an attachment names the attachment's format too (``pdf-text-sp``)."""
    if fmt in ("html", "text") or form.startswith(fmt):
        return form
    return f"{fmt}-{form}"


def extract_file(path: str | Path, resolver=None) -> Notice:
    """Read and extract one file (with the attachments saved beside it);
    raises ExtractorError for bad input."""
    return extract_raw(read_input(path), resolver, Path(path))
