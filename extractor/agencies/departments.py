"""The national template's records: department types, their forms, and ``template.toml`` read.

``template.toml`` lists the department types every government has (发展和改革委员会, 财政局,
组织部, 总工会, 税务局 ...) with their official names, the abbreviations notices print and the
places, kinds of place and eras each name holds in.  ``load_template`` reads and indexes it once
(its spellings: ``spellings.py``); ``template.py`` resolves names through it.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..cachefiles import load_toml
from ..models import ExtractorError
from .gazetteer import former_place_bounds
from .names import KINDS, pad_date, valid_at
from .spellings import JOINER, index_spellings
from .ids import jurisdiction_code
from .national import NATION, national_bounds, national_by_code
from .zones import rename_bounds


TEMPLATE_FILE = Path(__file__).parent / "template.toml"
LEVELS = ("province", "city", "county", "district")


@dataclass(frozen=True)
class Form:
    """One official name of a department type."""

    name: str
    short: tuple[str, ...]
    levels: frozenset[str]
    party: bool = False
    #: a party organ notices also print without 委 after the level (市网信办 beside 市委网信办)
    bare: bool = False
    canonical: str | None = None
    printed: tuple[str, ...] = ()
    #: where this is the official name (province or city names, 山东省, 天津市): a form
    #: with places is read only there, and there it wins over a form without
    places: frozenset[str] = frozenset()
    #: the kinds of place (the level word its own name ends in: 地区, 盟) whose government
    #: has this form: a 地区's or 盟's government is its 行政公署
    kinds: frozenset[str] = frozenset()
    #: places where this is not the name (another body stands there): never read there
    except_places: frozenset[str] = frozenset()
    #: the era of the name (the type's body may be older or live on under another name)
    valid_from: str | None = None
    valid_to: str | None = None
    #: where a place's, a kind's or an era's naming comes from
    source: str | None = None
    #: its ``printed`` spellings name no one body where the form stands, in its era (济南金融监管局 from 2023: the
    #: regulator's 监管分局 misnamed, the province's 监管局 seated there or the city's own bureau): such a name is
    #: left unresolved, no other reading of it asked (tests/fixtures/README.md, an office of a system printed with
    #: a rank it has not there)
    unread: bool = False

    def in_place(self, regions: frozenset[str], kind: str | None = None) -> bool:
        """True when the form is an official name in a jurisdiction whose places are
        ``regions`` and whose own place is of ``kind`` (its level word)."""
        return ((not self.places or not self.places.isdisjoint(regions))
                and (not self.kinds or kind in self.kinds) and self.except_places.isdisjoint(regions))

    def preference(self, printed: str | None) -> tuple[bool, bool, bool]:
        """Sort key among the forms one spelling reads as: a printed name with 和 is its own
        form; else the place's (or the place kind's: a 盟's 国资委) own form; else the form whose
        name was printed."""
        return (not (printed == self.name and JOINER in printed), not (self.places or self.kinds),
                self.name != printed)

    def full_name(self, values: dict[str, str | None]) -> str | None:
        """The canonical full name in a jurisdiction; None when a placeholder is unknown."""
        pattern = self.canonical or ("中共{committee}" + self.name if self.party else "{j}" + self.name)
        return fill(pattern, values)


@dataclass(frozen=True)
class DepartmentType:
    """A department every government of some levels has."""

    code: str
    kind: str
    forms: tuple[Form, ...]
    valid_from: str | None = None
    valid_to: str | None = None
    successor_of: tuple[str, ...] = ()
    note: str | None = None
    #: the date from which a body of this type is no longer a government department (it
    #: became a service institution under another one): a notice dated then or later, or
    #: undated, leaves the name unresolved
    department_until: str | None = None
    #: its stations in towns, printed word -> official word (派出所; 市场监管所 -> 市场监督管理所)
    stations: tuple[tuple[str, str], ...] = ()

    def is_department_at(self, date: str | None) -> bool:
        """False when the type had stopped being a department at ``date`` (or no date is known)."""
        return self.department_until is None or bool(date) and date < pad_date(self.department_until)

    def valid_at(self, date: str | None) -> bool:
        """True when the type existed at ``date`` (ISO); always True without a date."""
        return valid_at(date, self.valid_from, self.valid_to)


@dataclass
class Template:
    """The loaded template with its spelling index."""

    types: dict[str, DepartmentType]
    #: spelling after a prefix -> (type code, form index) pairs
    keys: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    #: spellings carrying their own place, with placeholders
    printed: list[tuple[str, str, int]] = field(default_factory=list)
    #: a station's printed word -> its official word, its bureau's type code and name, longest first
    stations: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def lookup(self, key: str, level: str, date: str | None, printed: str | None = None,
               regions: frozenset[str] = frozenset(), kind: str | None = None
               ) -> tuple[DepartmentType, Form] | None:
        """The type and form a spelling means at a level in a place (``regions``: the names
        of its chain and province; ``kind``: its own place's level word), choosing by date
        among a lineage. Among one type's
        forms: those of the notice's era when any is; a printed name with 和 keeps its own
        form (教育和体育局 and 教育体育局 share a key, without 和); else the place's own form
        (山东's 教体局 is 教育和体育局); else the form whose name was printed; else the first."""
        hits = [(self.types[c], self.types[c].forms[i]) for c, i in self.keys.get(key, ())]
        hits = [(t, f) for t, f in hits if level in f.levels and f.in_place(regions, kind)]
        hits = [h for h in hits if valid_at(date, h[1].valid_from, h[1].valid_to)] or hits
        hits.sort(key=lambda h: h[1].preference(printed))
        return choose(hits, date)

    def era_bounds(self) -> list[str]:
        """Every date a choice here turns on (types', forms' and departments' eras, the national bodies' and
        the months counties became districts and districts were merged away: ``place_government``,
        ``template._district_of``; the months listed zones' former names ended: ``Zone.committee_on``)."""
        bounds = [v for t in self.types.values() for v in (t.valid_from, t.valid_to, t.department_until)]
        bounds += [v for t in self.types.values() for f in t.forms for v in (f.valid_from, f.valid_to)]
        return [v for v in bounds if v] + national_bounds() + former_place_bounds() + rename_bounds()


def choose(hits, date):
    """The (type, form) pair among ``hits`` (sorted by preference) a notice of ``date`` means: when
    they are of several types (a lineage), the one valid at the date, or with no date the latest;
    else the first.  None when the date leaves no single type."""
    codes = {t.code for t, _ in hits}
    if len(codes) > 1:
        dated = [(t, f) for t, f in hits if t.valid_at(date)] if date else []
        hits = dated if len({t.code for t, _ in dated}) == 1 else \
            ([max(hits, key=lambda h: h[0].valid_from or "")] if not date else [])
    return hits[0] if hits else None


def fill(pattern: str, values: dict[str, str | None]) -> str | None:
    """``pattern`` with its {placeholders} filled; None when one has no value."""
    names = re.findall(r"\{(\w+)\}", pattern)
    if any(not values.get(n) for n in names):
        return None
    return pattern.format(**{n: values[n] for n in names})


# ---------------------------------------------------------------- loading


@lru_cache(maxsize=None)
def load_template(path: str | Path = TEMPLATE_FILE) -> Template:
    """Read and index ``template.toml`` (once per path); a mistake names the entry."""
    path = Path(path)
    try:
        raw = load_toml(path)   # a parsed copy in the cache folder (``cachefiles``)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractorError(f"{path}: cannot read the department template ({exc})") from exc
    defaults = raw.get("defaults", {})
    types: dict[str, DepartmentType] = {}
    for n, entry in enumerate(raw.get("department", []), 1):
        t = _read_type(path, n, entry, defaults)
        if t.code in types:
            raise ExtractorError(f"{path}: department #{n}: code {t.code!r} used twice")
        types[t.code] = t
    for t in types.values():
        for pred in t.successor_of:
            if pred not in types:
                raise ExtractorError(f"{path}: {t.code}: successor_of names unknown code {pred!r}")
    template = Template(types)
    index_spellings(template)
    words = sorted(((w, o, t) for t in types.values() for w, o in t.stations), key=lambda s: -len(s[0]))
    template.stations.update((w, (o, t.code, t.forms[0].name)) for w, o, t in words)
    return template


def _read_type(path: Path, n: int, entry: dict[str, Any], defaults: dict[str, Any]) -> DepartmentType:
    where = f"{path}: department #{n}"
    try:
        forms = tuple(_read_form(f, defaults, where) for f in entry["form"])
        t = DepartmentType(code=entry["code"], kind=entry["kind"], forms=forms,
                           valid_from=_date(entry.get("valid_from")), valid_to=_date(entry.get("valid_to")),
                           successor_of=tuple(entry.get("successor_of", ())), note=entry.get("note"),
                           department_until=_date(entry.get("department_until")),
                           stations=tuple(entry.get("stations", {}).items()))
    except KeyError as exc:
        raise ExtractorError(f"{where} lacks {exc}") from exc
    if t.kind not in KINDS:
        raise ExtractorError(f"{where}: unknown kind {t.kind!r}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", t.code):
        raise ExtractorError(f"{where}: code {t.code!r} is not lower-case letters, digits and _")
    return t


def _read_form(entry: dict[str, Any], defaults: dict[str, Any], where: str) -> Form:
    levels = entry.get("levels", defaults.get("levels", LEVELS))
    if isinstance(levels, str):
        levels = defaults[levels]
    unknown = set(levels) - set(LEVELS)
    if unknown:
        raise ExtractorError(f"{where}: unknown levels {sorted(unknown)}")
    if any(entry.get(k) for k in ("places", "except_places", "kinds", "valid_from", "valid_to")) \
            and not entry.get("source"):
        raise ExtractorError(f"{where}: form {entry.get('name')!r} has places, kinds or an era but no source")
    return Form(name=entry["name"], short=tuple(entry.get("short", ())), levels=frozenset(levels),
                party=bool(entry.get("party", False)), bare=bool(entry.get("bare", False)),
                canonical=entry.get("canonical"),
                printed=tuple(entry.get("printed", ())), places=frozenset(entry.get("places", ())),
                kinds=frozenset(entry.get("kinds", ())), except_places=frozenset(entry.get("except_places", ())),
                valid_from=_date(entry.get("valid_from")), valid_to=_date(entry.get("valid_to")),
                source=entry.get("source"), unread=bool(entry.get("unread", False)))


def _date(value) -> str | None:
    return None if value in (None, "") else str(value)


def type_lineage(agency_id: str, template: Template | None = None) -> dict[str, Any] | None:
    """Kind, era and lineage of a template id (``j…-fgw``), or None for another id."""
    template = template or load_template()
    prefix, _, code = agency_id.partition("-")
    t = template.types.get(code)
    if t is None and prefix == jurisdiction_code(NATION) and (body := national_by_code().get(code)):
        return {"kind": "government department", "valid_from": body.valid_from, "valid_to": body.valid_to,
                "successor_of": tuple(f"{prefix}-{p}" for p in body.successor_of)}
    if t is None or not prefix.startswith("j"):
        return None
    return {"kind": t.kind, "valid_from": t.valid_from, "valid_to": t.valid_to,
            "successor_of": tuple(f"{prefix}-{p}" for p in t.successor_of)}

