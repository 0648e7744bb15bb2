"""An undated notice's era from the bodies it prints (tests/fixtures/README.md, "An undated page's era from the
bodies it prints"; docs/agencies.md "An undated notice's era").

A page that prints no date and no year in its titles still prints its units, and some of them name a type that
exists only from a reform on (县市场监管局: the 2018-19 reform's) or only until one (市建设局, 市环保局: types a
reform ended).  Such a type bounds the page's era: it was written no earlier than the first type began and no later
than the first ended.  The template's eras are a reform's national years, and a place may have moved a year early or
late; the bounds are not widened for it, because a page printing a body a reform made or ended was written after or
before that reform where it was issued, so the other bodies the same reform changed read on the same side of it
(市环保局 beside 市台办: the 台办 was still the government's).  The bounds are no date: a name is
read in them only where it reads the same at every era cut the resolver knows between them (``settled``), so
建湖's 县交通局 beside 县市场监管局 is the 交通运输局 (the 交通局 was renamed by 2010), and a 监察局 (a department
until 2018) beside the same units stays as an undated page reads it.

A type counts only where the printed name names it in every era: 市人行 reads as the central bank's 中心支行 before
2024 and its 分行 after, so its undated reading (the latest) says nothing of the page's year.

A NAME a reform retired bounds the era from above as a type a reform ended does, though its body lived on under a new
name: 省建设厅 is the template's 建设厅 form of the construction department, which the 2008-09 reform renamed 住房和城乡建设厅
(its ``valid_to``), so a page printing it in a province where no form of the type keeps that spelling later (浙江's
住房和城乡建设厅 does: its notices print 省建设厅 after 2009) was written before the rename.  A spelling that still names a
living form there (交通局, the 交通运输局's short name after 2010) bounds nothing (``_retired_on``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, NamedTuple, Sequence

from ..models import AgencyRef
from .departments import Template, pad_date
from .jurisdiction import region_names
from .national import national_bodies, national_by_code
from .placechains import parse_jurisdiction
from ..hanzi import to_simplified

#: the earliest and the latest day the template's eras are asked at, to tell a type named in every era
EARLIEST_ERA = "1990-01-01"
LATEST_ERA = "2099-01-01"


class EraBounds(NamedTuple):
    """The years an undated page was written in, by the types its units name: ISO days, None where open."""

    earliest: str | None
    latest: str | None


def era_bounds(refs: Iterable[AgencyRef], template: Template,
               type_at: Callable[[str, str | None], tuple[str, str] | None]) -> EraBounds | None:
    """The bounds the types of ``refs`` set (``type_at(name, day)``: the template type code and the level of place a
    name reads as in the notice at a day, None for no template type); None when no ref names a type with an era."""
    earliest = latest = None
    for ref in {r.name: r for r in refs if r.agency_id}.values():
        era = _national_era(ref)
        if era is not None:   # a central body a reform ended or made (卫生部 until 2013-03, 环境保护部 2008-2018)
            earliest = max(earliest or "", era[0]) if era[0] else earliest
            latest = min(latest or "9999", era[1]) if era[1] else latest
            continue
        code = _template_code(ref.agency_id, template)
        found = type_at(ref.name, None) if code else None
        if found is None or found[0] != code or not _named_in_every_era(ref.name, code, type_at):
            continue
        t, level = template.types[code], found[1]
        if t.valid_from:
            earliest = max(earliest or "", pad_date(t.valid_from))
        if t.valid_to and _succeeded_at(template, code, level):
            latest = min(latest or "9999", pad_date(t.valid_to))
        if retired := (found[2] if len(found) > 2 else None):   # a name a reform retired: 省建设厅 before 2009
            latest = min(latest or "9999", retired)
    if earliest is None and latest is None:
        return None
    if earliest and latest and earliest >= latest:   # types of eras apart: the page says nothing one can trust
        return None
    return EraBounds(earliest, latest)


def settled(refs_at: Callable[[str | None], Sequence[AgencyRef]], cuts: Sequence[str],
            bounds: EraBounds) -> tuple[AgencyRef, ...]:
    """The refs of one cell list read in ``bounds``: each name's reading where it is the same at the bounds' ends and
    at every era cut between them (``cuts``, the resolver's sorted days), else its undated reading
    (``refs_at(None)``).  Only a name reading alike at both ends and otherwise undated can move, so the cuts between
    are asked only when one does (most names read alike in every year)."""
    undated = tuple(refs_at(None))
    first, last = bounds.earliest or EARLIEST_ERA, bounds.latest or LATEST_ERA
    days = [first, *sorted({day for day in map(pad_date, cuts) if first < day < last})]
    ends = [tuple(refs_at(day)) for day in (days[0], days[-1])]
    if any(len(r) != len(undated) for r in ends):   # split otherwise in some year: nothing to compare
        return undated
    moving = [i for i, ref in enumerate(undated) if _reading(ends[0][i]) == _reading(ends[1][i]) != _reading(ref)]
    if not moving:
        return undated
    readings = [tuple(refs_at(day)) for day in days[1:-1]]
    if any(len(r) != len(undated) for r in readings):
        return undated
    out = list(undated)
    for i in moving:
        if all(_reading(r[i]) == _reading(ends[0][i]) for r in readings):
            out[i] = ends[0][i]
    return tuple(out)


def _reading(ref: AgencyRef) -> tuple:
    """What a name reads as, for comparing its readings in several years."""
    return ref.agency_id, ref.canonical, ref.match


def _named_in_every_era(name: str, code: str, type_at: Callable[[str, str | None], tuple[str, str] | None]) -> bool:
    """True when ``name`` reads as the type ``code`` at the earliest and the latest era (市场监管局: always the 2018
    type; 市人行: the 中心支行 before 2024, the 分行 after)."""
    return all((type_at(name, day) or ("",))[0] == code for day in (EARLIEST_ERA, LATEST_ERA))


def _succeeded_at(template: Template, code: str, level: str) -> bool:
    """True when a type replaced ``code`` at ``level`` (卫生局 by the 卫计委; a city's 中心支行 by the 分行, but a county's
    支行 lives on: the type's end is no end there)."""
    return any(code in t.successor_of and any(level in f.levels for f in t.forms) for t in template.types.values())


def _national_era(ref: AgencyRef) -> tuple[str | None, str | None] | None:
    """The era (ISO days, None where open) of the central body ``ref`` names, when its printed name names that one body
    in every year it names any (卫生部; not 广电总局, three bodies of eras apart) and the body has an era: from its
    ``valid_from``, until its ``valid_to`` where a successor took over (卫生部 -> 国家卫生和计划生育委员会); else None."""
    code = ref.agency_id.partition("-")[2] if ref.agency_id else ""
    body = national_by_code().get(code)
    listed = national_bodies().get(to_simplified(ref.name), ())
    if body is None or not listed or any(other.code != code for other, _ in listed):
        return None
    succeeded = body.valid_to and any(code in b.successor_of for b in national_by_code().values())
    era = (pad_date(body.valid_from) if body.valid_from else None, pad_date(body.valid_to) if succeeded else None)
    return era if any(era) else None


def _template_code(agency_id: str, template: Template) -> str | None:
    """The template type of a template id (``j…-scj``); None for a registry's, a named body's or a central one."""
    prefix, _, code = agency_id.partition("-")
    return code if prefix.startswith("j") and code in template.types else None


def notice_bounds(cell_lists: Iterable[Sequence[str]], resolve_cells: Callable[[Sequence[str]], Sequence[AgencyRef]],
                  resolver, city: str | None) -> EraBounds | None:
    """The era bounds of an undated notice whose measures print ``cell_lists`` (read undated by ``resolve_cells``)."""
    refs = [r for cells in cell_lists if cells for r in resolve_cells(cells)]
    if not refs:
        return None
    return era_bounds(refs, resolver.template.template,
                      lambda name, day: _type_at(resolver.template, name, city, day))


@lru_cache(maxsize=65536)
def _type_at(template_resolver, name: str, city: str | None, day: str | None) -> tuple[str, str, str | None] | None:
    """The template type code and the level of place ``name`` reads as in a notice of ``city`` at ``day``, and the
    day its spelling was retired there (``_retired_on``; None: a living name) (cached: the same names recur across
    notices, and each is asked at three days)."""
    found = template_resolver.match(name, parse_jurisdiction(city), day)
    place = parse_jurisdiction(found.jurisdiction) if found is not None and found.type_code else None
    if place is None:
        return None
    return found.type_code, place.own.level, _retired_on(template_resolver.template, found.type_code, found.key, place)


def _retired_on(template: Template, code: str, key: str, place) -> str | None:
    """The first day ``key`` names no form of the type ``code`` in ``place`` (the latest ``valid_to`` of the forms it
    spells there), or None when one of them has no end: 建设厅 in 湖南省 -> 2009-01-01 (the 2008-09 reform's name);
    in 浙江省 None (its 住房和城乡建设厅 keeps the spelling); 交通局 anywhere None (the 交通运输局's short name)."""
    regions, kind = region_names(place), place.own.word
    forms = [template.types[c].forms[i] for c, i in template.keys.get(key, ()) if c == code]
    forms = [f for f in forms if place.own.level in f.levels and f.in_place(regions, kind)]
    if not forms or any(not f.valid_to for f in forms):
        return None
    return max(pad_date(f.valid_to) for f in forms)


def bounded_cells(cells_at: Callable[[str | None], Callable[[Sequence[str]], Sequence[AgencyRef]]],
                  bounds: EraBounds, cuts: Sequence[str]) -> Callable[[Sequence[str]], tuple[AgencyRef, ...]]:
    """A cells resolver reading a notice's cells in ``bounds`` (``settled``); ``cells_at(day)``: the notice's cells
    resolver at a day (None: undated)."""
    at: dict[str | None, Callable[[Sequence[str]], Sequence[AgencyRef]]] = {}

    def resolver_at(day: str | None) -> Callable[[Sequence[str]], Sequence[AgencyRef]]:
        if day not in at:
            at[day] = cells_at(day)
        return at[day]
    return lambda cells: settled(lambda day: resolver_at(day)(cells), cuts, bounds)
