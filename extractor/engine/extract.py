"""One input in, one Notice out: stages 2-6 on one input's bytes.

``extract`` is the library's entry point for one notice (``extractor.extract``);
the single-process loop (``pipeline``) and the worker engines (``parallel``)
run ``extract_file``.
"""
from __future__ import annotations

import gc
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from ..layout.dates import title_era
from ..layout.locate import locate_content
from ..layout.metadata import parse_metadata
from ..layout.newslead import lead_site_owner
from ..layout.partheads import split_plan_and_part
from ..layout.siteowner import located_site_owner
from ..layout.tabletitle import headings_over_tables
from ..models import ExtractorError, Measure, Notice, RawInput, Section, Source, units_of
from ..parse.conventions import apply_conventions, mark_bold_leads
from ..parse.forms import parse_body
from ..parse.levellabels import reading_notice_level
from ..parse.unitweeks import reading_registry
from ..source.decode import decode_bytes
from ..source.office import locate_office, sniff_kind
from ..source.office.bundle import attachment_outline, bundle_sha256, raw_source_file, read_attachments
from ..source.read import raw_input, read_input
from ..text import MASK_CHARS, close_cjk_gaps, is_masked

if TYPE_CHECKING:
    from ..agencies.records import Registry
    from ..agencies.resolve import Resolver

#: resolvers built for registries a caller passed, by the registry's id (the entry
#: holds the registry, so the id cannot be reused while it is cached)
_RESOLVERS: dict[int, tuple["Registry", "Resolver"]] = {}


#: whether ``_freeze_long_lived`` has run in this process
_FROZEN = False


def _freeze_long_lived() -> None:
    """Move every object alive at the first notice (the modules, the registry,
    the resolver and its indexes, the vocabularies) out of the garbage
    collector's generations (``gc.freeze``): they live as long as the process,
    yet every full collection walked them all again.  Objects made later are
    collected as before; callgrind counts 2 % fewer instructions per notice."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.freeze()


def doc_id_for(sha256: str) -> str:
    """A stable id from the input's sha256 (a page's with its attachments:
    ``bundle_sha256``): the same bytes give the same id on every run."""
    return sha256[:16]


def _placed_issuer(meta, city: str, rules, resolver, page: str = "") -> str:
    """``meta.issuer`` printed by its level alone with the notice's place ``city`` before it (``issuer_with_place``:
    市人民政府 -> 咸宁市人民政府), and a county's body standing alone, as its units are named (县人民政府办公室 with
    咸宁市嘉鱼县 -> 嘉鱼县人民政府办公室, not under its city): the resolver's name where it is the placed name's end."""
    placed = rules.issuer_with_place(meta.issuer, city, page)   # (the place as the page prints it: 綿陽市人民政府辦公室)
    if placed == meta.issuer:
        if rules.prints_province_alone(meta.issuer):   # 自治区人民政府办公厅: the province ``city`` lies in
            return resolver.resolve(meta.issuer, city=city, date=meta.date).canonical or placed
        return placed
    canonical = resolver.resolve(meta.issuer, city=city, date=meta.date).canonical
    return canonical if canonical and placed.endswith(canonical) else placed


def extract_raw(raw: RawInput, resolver=None, page: Path | None = None) -> Notice:
    """Stages 2-6 on one input's bytes; ``page``: the input's file, whose
    attachments saved beside it (``source/office/bundle.py``) give the tables."""
    rules = _agencies()
    resolver = resolver or rules.load_resolver()
    _freeze_long_lived()
    located, files, warnings, attached_title = _locate(raw, page)
    # a plan's name run into its first part's heading (…分解落实方案综合目标分解): two lines (layout/partheads.py)
    located = replace(located, lines=split_plan_and_part(located.lines))
    decoded = located.decoded
    meta = parse_metadata(located)
    if not meta.table_title and attached_title:
        meta = replace(meta, table_title=attached_title)
    # a cover-letter convention (列第一位…为牵头单位) re-splits bare 责任单位 lists; one saying bold units lead
    # (加黑为牵头单位) marks them in the page's tables first; the issuer's level tells a higher level's label
    # (市牵头单位) from a lead beside units printing none (parse/levellabels.py)
    with reading_notice_level(meta.issuer):
        parsed = apply_conventions(located, parse_body(mark_bold_leads(located)))
    # an undated notice's era: the year its title prints (layout/dates.title_era)
    era = meta.date or title_era(meta.title, meta.table_title)
    # the letter, else the unit names, else the clues, else the page's heading or its site (docs/agencies.md)
    city = rules.notice_place(meta, parsed.measures, lambda: headings_over_tables(located), lambda: located_site_owner(located),
                        registry=resolver.registry, heading=located.page_title, date=era,
                        page_labels=located.site_pieces or (), lines=lambda: located.lines,
                        lead_site=lambda: lead_site_owner(list(located.lines)))
    if meta.issuer and city:   # 市人民政府 (a gazette's title prints the level alone) -> 咸宁市人民政府
        meta = replace(meta, issuer=_placed_issuer(meta, city, rules, resolver, decoded.text))
    elif meta.unplaced_issuer and city:   # a brief's 省政府 -> that place's body, by its official name
        meta = replace(meta, issuer=resolver.resolve(meta.unplaced_issuer, city=city, date=meta.date).canonical)
    elif city is None and rules.prints_level_alone(meta.issuer, offices=False):   # 区政府 naming no place: no body
        meta = replace(meta, issuer=None)
    # a town's own notice (晋江市陈埭镇人民政府): its offices printed bare are the town's, no body of ``city``
    town = rules.issuer_town(meta.issuer)
    several_zones = bool(meta.recipients) and rules.names_several_zones(meta.recipients)
    abbreviations = rules.defined_abbreviations(located.lines)   # X（以下简称Y）: a later Y is X

    def cells_at(date: str | None):
        resolve_cells = resolver.cells_resolver(city=city, date=date, town=town)
        if several_zones:   # 开发区管委会 there: the zones together
            resolve_cells = rules.zones_together(resolve_cells)
        return rules.with_abbreviations(resolve_cells, abbreviations) if abbreviations else resolve_cells
    resolve_cells = cells_at(era)
    # still undated: the era the types of its units bound (县市场监管局: from 2018), a name read in it where every
    # year of it reads it alike (agencies/unitera.py)
    if era is None and (bounds := rules.notice_bounds([c for d in parsed.measures for c in (d.lead_cells, d.support_cells)],
                                                      resolve_cells, resolver, city)):
        resolve_cells = rules.bounded_cells(cells_at, bounds, resolver.era_cuts)
    measures = []
    for seq, d in enumerate(parsed.measures, start=1):
        lead, support = d.lead_cells, d.support_cells   # no cells, no refs: not asked of the cache
        # (by position, in Measure's field order - seq, section_no, measure_no, text, deadline, lead, support,
        # form, extra -: nine keywords cost about half again what its ``__init__`` does; tests/test_quick_init.py)
        measures.append(Measure(
            seq, d.section.no if d.section else None, d.measure_no,
            # the notice's prose without the spaces an extraction left in it (docs/forms.md "Output text")
            close_cjk_gaps(d.text), d.deadline and close_cjk_gaps(d.deadline),
            resolve_cells(lead) if lead else (), resolve_cells(support) if support else (),
            _form_of(d.form, decoded.format), dict(d.extra),
        ))
    if not several_zones and rules.zones_beside_places(measures, meta.recipients):
        measures = rules.with_zones_together(measures)   # 各县区政府、开发区管委会: the zones together
    warnings = (*warnings, *_masked_names_warning(measures), *_part_warning(meta, measures))
    sha256 = bundle_sha256(raw.sha256, files)
    source = Source(path=raw.path, sha256=sha256, format=decoded.format,
                    encoding=decoded.encoding, size=raw.size, url=raw.url, files=files)
    return Notice(
        doc_id=doc_id_for(sha256), source=source, doc_number=meta.doc_number,
        title=meta.title and close_cjk_gaps(meta.title),   # as a measure's text (docs/forms.md "Output text")
        issuer=meta.issuer, date=meta.date, recipients=meta.recipients,
        table_title=meta.table_title and close_cjk_gaps(meta.table_title), city=city,
        sections=_closed_titles(parsed.sections),
        measures=tuple(measures), warnings=decoded.warnings + tuple(warnings) + parsed.warnings,
    )


def _masked_names_warning(measures: list[Measure]) -> tuple[str, ...]:
    """A review point for unit names a repost masked (``****分局``: ``text.is_masked``), kept as printed and
    unresolved (tests/fixtures/README.md "Masked names")."""
    # the distinct names first, tested together for a mask character: most notices print none, and
    # is_masked on each of a page's ~150 references cost 8.2 M instructions over bench pages 1-100 (perf55b)
    names = set(map(_NAME, units_of(measures)))
    joined = "".join(names)
    if not any(c in joined for c in MASK_CHARS):   # once a page: a mask holds one of them
        return ()
    masked = sorted(name for name in names if is_masked(name))
    if not masked:
        return ()
    return (f"{len(masked)} unit name(s) are masked and name no body that can be told "
            f"({'、'.join(masked[:MASKED_SHOWN])}{'…' if len(masked) > MASKED_SHOWN else ''}); kept as printed, unresolved",)


def _part_warning(meta, measures: list[Measure]) -> tuple[str, ...]:
    """A review point for a page holding part of a notice (tests/fixtures/README.md "A part of a notice"): measures
    read, and nothing on the page names the notice (no title, issuer or doc number); a first measure numbered past 1
    says the page opens inside the list (a later page of a split copy), else the copy may have lost its head."""
    if not measures or meta.title or meta.issuer or meta.doc_number:
        return ()
    first = measures[0].measure_no
    where = (f"its first measure is numbered {first}: it may be a later page of a split copy" if first and first > 1
             else "it may be a copy that lost its head")
    return (f"the page prints no title, issuer or doc number ({where}); the notice's metadata are only what it prints",)


#: how many masked names the warning shows
MASKED_SHOWN = 5
#: a unit's name as printed (``_masked_names_warning``)
_NAME = attrgetter("name")


class _AgencyRules(NamedTuple):
    """The agencies stage's entry points that extraction calls (``agencies/``)."""
    issuer_with_place: Callable[..., Any]     # 市人民政府 + the notice's place -> 咸宁市人民政府
    prints_level_alone: Callable[..., Any]    # 区政府: a body by its level word alone, no body without a place
    prints_province_alone: Callable[..., Any]  # 自治区人民政府办公厅: the province's body, once its place is known
    notice_place: Callable[..., Any]          # the notice's city (docs/agencies.md)
    issuer_town: Callable[..., Any]           # a town's own notice: the town
    load_resolver: Callable[..., Any]         # the default registry's resolver
    names_several_zones: Callable[..., Any]   # recipients naming several development zones
    zones_together: Callable[..., Any]        # a cells resolver reading 开发区管委会 as the zones together
    zones_beside_places: Callable[..., Any]   # 开发区管委会 printed after 各县区政府, recipients naming no zone
    with_zones_together: Callable[..., Any]   # measures reading it so
    defined_abbreviations: Callable[..., Any]  # a notice's own short names for its units (以下简称…)
    with_abbreviations: Callable[..., Any]    # a cells resolver reading those short names as their bodies
    notice_bounds: Callable[..., Any]         # an undated notice's era by the types its units name
    bounded_cells: Callable[..., Any]         # a cells resolver reading names in those bounds


@lru_cache(maxsize=1)
def _agencies() -> _AgencyRules:
    """The agencies stage's entry points, imported at the first notice (a command
    that imports this module without extracting need not load the agencies) and
    kept: an import statement in a function runs the import machinery at every call."""
    from ..agencies.issuerplace import issuer_with_place, prints_level_alone, prints_province_alone
    from ..agencies.named import names_several_zones, with_zones_together, zones_beside_places, zones_together
    from ..agencies.noticeplace import notice_place
    from ..agencies.resolve import load_resolver
    from ..agencies.towns import issuer_town
    from ..agencies.abbreviations import defined_abbreviations, with_abbreviations
    from ..agencies.unitera import bounded_cells, notice_bounds
    return _AgencyRules(issuer_with_place, prints_level_alone, prints_province_alone, notice_place, issuer_town, load_resolver,
                        names_several_zones, zones_together, zones_beside_places, with_zones_together,
                        defined_abbreviations, with_abbreviations, notice_bounds, bounded_cells)


def _closed_titles(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """The sections with their titles' extraction spaces dropped, as a measure's text."""
    return tuple(s if (title := close_cjk_gaps(s.title)) == s.title else replace(s, title=title)
                 for s in sections)


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
    return (replace(located, grids=grids, grid_lines=attachment_outline(attached)), tuple(files), warnings,
            parse_metadata(attached[0]).table_title)


def _form_of(form: str, fmt: str) -> str:
    """A text form found in an attachment names the attachment's format too (``pdf-text-sp``)."""
    if fmt in ("html", "text") or form.startswith(fmt):
        return form
    return f"{fmt}-{form}"


def extract_file(path: str | Path, resolver=None) -> Notice:
    """Read and extract one file (with the attachments saved beside it);
    raises ExtractorError for bad input, and for a file the system refused or lost
    while this input was read (an attachment removed, a temp or cache file another
    process took away): that input fails, named, and the batch goes on."""
    try:
        return extract_raw(read_input(path), resolver, Path(path))
    except OSError as exc:
        other = exc.filename is not None and str(exc.filename) != str(path)
        raise ExtractorError(f"{exc.filename}: {exc.strerror or exc}" if other else f"{exc.strerror or exc}") from None


def extract(source: str | Path | bytes, registry: "Registry | None" = None, *,
            name: str = "<bytes>") -> Notice:
    """One notice from a file (a path) or from the page's bytes (``name`` then
    stands for its path in the notice's ``source``).

    ``registry`` is the agency registry unit names resolve against: the shipped
    one unless given (``load_registry(folder)`` reads your own); the parse step
    reads its names too (a line it lists is a unit's: ``parse/unitweeks.py``),
    as it reads the shipped one and $EXTRACTOR_REGISTRY's folders when none is
    given.  Raises ``ExtractorError`` for input that cannot be read as a notice.
    """
    if registry is None:
        return _extract(source, name, resolver_for(None))
    with reading_registry(registry):
        return _extract(source, name, resolver_for(registry))


def _extract(source: str | Path | bytes, name: str, resolver: "Resolver") -> Notice:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return extract_raw(raw_input(bytes(source), name), resolver)
    return extract_file(source, resolver)


def resolver_for(registry: "Registry | None" = None) -> "Resolver":
    """The resolver over ``registry`` (the shipped one when None), built once per
    registry object: building one reads the registry's abbreviations (~0.2 s)."""
    from ..agencies.registry import default_patterns
    from ..agencies.resolve import Resolver, load_resolver

    if registry is None:
        return load_resolver()
    cached = _RESOLVERS.get(id(registry))
    if cached is None:
        cached = _RESOLVERS[id(registry)] = (registry, Resolver(registry, default_patterns()))
    return cached[1]
