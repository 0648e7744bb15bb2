"""One input in, one Notice out: stages 2-6 on one input's bytes.

Both the single-process loop (``pipeline``) and the worker engines
(``parallel``) run these functions.
"""
from __future__ import annotations

from pathlib import Path

from ..layout.locate import locate_content
from ..layout.metadata import parse_metadata
from ..models import Measure, Notice, RawInput, Source
from ..parse.conventions import apply_conventions
from ..parse.forms import parse_body
from ..source.decode import decode_bytes
from ..source.read import read_input


def doc_id_for(raw: RawInput) -> str:
    """A stable id: the same bytes give the same id on every run."""
    return raw.sha256[:16]


def extract_raw(raw: RawInput, resolver=None) -> Notice:
    """Stages 2-6 on one input's bytes."""
    from ..agencies.resolve import detect_city, load_resolver

    resolver = resolver or load_resolver()
    decoded = decode_bytes(raw)
    located = locate_content(decoded)
    meta = parse_metadata(located)
    # a cover-letter convention (列第一位…为牵头单位) re-splits bare 责任单位 lists
    parsed = apply_conventions(located, parse_body(located))
    city = detect_city(meta.issuer, meta.title, meta.table_title, doc_number=meta.doc_number)
    resolve_cells = resolver.cells_resolver(city=city, date=meta.date)
    measures = []
    for seq, d in enumerate(parsed.measures, start=1):
        measures.append(Measure(
            seq=seq, section_no=d.section.no if d.section else None, measure_no=d.measure_no,
            text=d.text, deadline=d.deadline, lead=resolve_cells(d.lead_cells),
            support=resolve_cells(d.support_cells), form=d.form, extra=dict(d.extra),
        ))
    source = Source(path=raw.path, sha256=raw.sha256, format=decoded.format,
                    encoding=decoded.encoding, size=raw.size, url=raw.url)
    return Notice(
        doc_id=doc_id_for(raw), source=source, doc_number=meta.doc_number, title=meta.title,
        issuer=meta.issuer, date=meta.date, recipients=meta.recipients,
        table_title=meta.table_title, city=city, sections=parsed.sections,
        measures=tuple(measures), warnings=decoded.warnings + parsed.warnings,
    )


def extract_file(path: str | Path, resolver=None) -> Notice:
    """Read and extract one file; raises ExtractorError for bad input."""
    return extract_raw(read_input(path), resolver)
