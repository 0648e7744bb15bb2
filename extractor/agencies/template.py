"""The national template: a unit name -> (jurisdiction, department type).

``template.toml`` lists the department types every government has
(发展和改革委员会, 财政局, 组织部, 总工会, 税务局 ...) with their official
names and the abbreviations notices print.  A unit name resolves here when
it is a jurisdiction (a full place chain such as 成都市武侯区, or a level
prefix such as 市/区/县 read inside the notice's own jurisdiction) followed
by a known spelling of a department.  The prefix belongs to the name: 区发改局
and 市发改委 are two agencies of two governments.

The agency id is made of the two halves alone -- a hash of the jurisdiction's
canonical name and the type's code (``j1a2b3c4d-fgw``) -- so it does not
change when a registry file is added, and the same type in two places is two
ids.  Development zones (…开发区管委会) and towns or streets (…镇, …街道) are
named things, not types: they are derived from the printed name and the
jurisdiction that owns them (rule ``derived``; ``named.py``), as are a town's party
committee and a bureau's station in a town (县公安局茅坪派出所).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from ..cachefiles import load_toml
from ..models import ExtractorError
from .gazetteer import PREFIX_KINDS, cities_of, county_parents, former_county_bounds, full_place_name
from .jurisdiction import (Jurisdiction, Place, is_county_level_city, is_self_name, region_names, split_places,
                           with_parent_city, LEVEL_WORDS as PLACE_LEVEL_WORDS)
from ..hanzi import to_simplified
from ..text import clean_name
from .names import KINDS, pad_date, valid_at
from .spellings import JOINER, index_spellings, normalize_key
from .ids import jurisdiction_code, template_id
# zones, towns and stations are named bodies (named.py), matched as TemplateMatch
from .named import TemplateMatch, place_government, station_match, town_match, zone_match
from .institutions import institution_match
from .national import NATION, national_body, national_bounds, national_by_code


TEMPLATE_FILE = Path(__file__).parent / "template.toml"
LEVELS = ("province", "city", "county", "district")
#: scores of the two rules this module adds (below the registry's exact/alias)
TEMPLATE_SCORE = 0.85
#: government words a level prefix may carry before the department: 市府办, 市政府研究室
GOVERNMENT_PREFIXES = ("人民政府", "政府", "府")
#: level prefixes a name may open with, longest first (地区, 林区, 特区 before 区): the level words
#: a place name ends in (jurisdiction.LEVEL_WORDS; 特别行政区 is printed as no prefix) and the
#: county kinds printed as one (gazetteer.PREFIX_KINDS), one list for both modules
LEVEL_WORDS = tuple(sorted({w for w, _ in PLACE_LEVEL_WORDS if w != "特别行政区"} | set(PREFIX_KINDS),
                           key=lambda w: (-len(w), w)))
#: a party committee printed in full before its organs (自治区党委组织部): read as 委组织部
PARTY_COMMITTEE_WORD = "党委"
#: how a 地区's party committee is printed before its organs (地委组织部, 地委宣传部)
PREFECTURE_COMMITTEE = "地委"
#: the level words of a province, as a printed spelling names it (团省委, 团自治区委): those of LEVEL_WORDS
#: whose level is a province's (省, 自治区)
PROVINCE_LEVEL_WORDS = tuple(w for w, level in PLACE_LEVEL_WORDS if level == "province" and w in LEVEL_WORDS)
#: city-level places governed by a 行政公署 (the province's agency): their own bodies are named
#: by that word alone (行署办), so a county's notice may print them with no prefix
PREFECTURE_KINDS = ("地区", "盟")


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
        return _choose(hits, date)

    def era_bounds(self) -> list[str]:
        """Every date a choice here turns on (types', forms' and departments' eras, the national bodies' and
        the months counties became districts: ``place_government``)."""
        bounds = [v for t in self.types.values() for v in (t.valid_from, t.valid_to, t.department_until)]
        bounds += [v for t in self.types.values() for f in t.forms for v in (f.valid_from, f.valid_to)]
        return [v for v in bounds if v] + national_bounds() + former_county_bounds()


def _choose(hits, date):
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
                source=entry.get("source"))


def _date(value) -> str | None:
    return None if value in (None, "") else str(value)


# ---------------------------------------------------------------- matching


class TemplateResolver:
    """Resolves names inside a jurisdiction through the template; cheap per call."""

    def __init__(self, template: Template | None = None):
        self.template = template or load_template()
        self._printed_cache: dict[str, dict[str, tuple[str, int]]] = {}

    def match(self, name: str, jurisdiction: Jurisdiction | None, date: str | None) -> TemplateMatch | None:
        """The template reading of ``name`` inside the notice's ``jurisdiction``, or None."""
        text = to_simplified(clean_name(name))
        for opener in ("中共", "中国共产党"):
            if text.startswith(opener) and len(text) > len(opener) + 2:
                text = text[len(opener):]
        if body := national_body(text, date):    # 国家发展改革委: the nation's, whatever the notice's place
            return TemplateMatch(template_id(NATION, body.code), body.name, "template", NATION, body.code,
                                 "government department", text, TEMPLATE_SCORE)
        if jurisdiction is not None:
            found = self._printed(text, jurisdiction, date)
            if found:
                return found
        found = self._with_places(text, jurisdiction, date)
        if found:
            return found
        if jurisdiction is None:    # a listed zone printed by its own name (大龙开发区) is one body anywhere
            return zone_match(text, None) or institution_match(text, None, LEVEL_WORDS, _complete, self._other_level)
        return (self._with_level_prefix(text, jurisdiction, date)
                or self._bare(text, jurisdiction, date)
                or self._prefecture_own(text, jurisdiction, date)
                or zone_match(text, jurisdiction, lambda bureau: self.match(bureau, jurisdiction, date))
                or place_government(text, lambda name: self._with_places(name, jurisdiction, date), date)
                or town_match(text, jurisdiction)
                or station_match(text, jurisdiction, self.template.stations,
                                 lambda bureau: self.match(bureau, jurisdiction, date))
                or institution_match(text, jurisdiction, LEVEL_WORDS, _complete, self._other_level))

    def is_unit_name(self, text: str) -> bool:
        """True when ``text`` is one name by the template: an optional 中共, a place chain
        or a level prefix (市/区/县/州/盟/旗/省, with 委 for a party organ), one department."""
        text = to_simplified(clean_name(text))
        for opener in ("中共", "中国共产党"):
            if text.startswith(opener):
                text = text[len(opener):]
        if self._department(text) is not None:
            return True
        prefix = next((p for p in LEVEL_WORDS if text.startswith(p)), None)
        if prefix and self._department(text[len(prefix):]) is not None:
            return True
        return split_places(text, lambda rest: self._department(rest) is not None) is not None

    def _other_level(self, rest: str, where: Jurisdiction) -> bool:
        """True when ``rest`` spells a type every place has, but at other levels than ``where``'s (公积金中心 after
        县: the city's centre): such a name is that body's branch, no institution named as printed."""
        hits = self.template.keys.get(normalize_key(rest), ())
        return any(not form.places and where.level not in form.levels
                   for form in (self.template.types[c].forms[i] for c, i in hits))

    def is_department(self, text: str) -> bool:
        """True when ``text`` opens with no place and is a department's spelling (财政局)."""
        return self._department(to_simplified(clean_name(text))) is not None

    # -- the three ways a name names its government

    def _with_places(self, text: str, notice: Jurisdiction | None, date: str | None) -> TemplateMatch | None:
        """A full place chain first: 成都市武侯区财政局, 来安县政府, 南谯区政府."""
        found = split_places(text, lambda rest: self._department(rest) is not None)
        if not found:
            return None
        places, rest = found
        where = _complete(places, notice)
        if where is None:
            return None
        return self._resolve(rest, where, date, text)

    def _with_level_prefix(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None:
        """市发改委, 区发改局, 县委组织部, 州司法局: the prefix read inside the notice; a 地区's
        party organs are printed after its 地委 (地委组织部)."""
        if text.startswith(PREFECTURE_COMMITTEE) and len(text) > len(PREFECTURE_COMMITTEE):
            where = notice.for_prefix("地区")
            return self._resolve(text[1:], where, date, text) if where else None
        for prefix in LEVEL_WORDS:
            if text.startswith(prefix) and len(text) > len(prefix) + 1:
                where = notice.for_prefix(prefix)
                return self._resolve(text[len(prefix):], where, date, text) if where else None
        return None

    def _bare(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None:
        """No prefix at all (发改委, 政府办): the notice's own government."""
        return self._resolve(text, notice, date, text)

    def _prefecture_own(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None:
        """行署办, 行署 in a county's notice: a body only a 地区's or 盟's government has (a form
        whose kinds are those words) is the prefecture's above, printed bare."""
        city = notice.city_place()
        if city is None or city is notice.own or city.word not in PREFECTURE_KINDS:
            return None
        where = notice.up_to(city)
        hit = self._department(text, where, date)
        if hit is None or city.word not in hit[1].kinds:
            return None
        return self._make(hit[0], hit[1], where, hit[2])

    def _resolve(self, rest: str, where: Jurisdiction, date: str | None, printed: str) -> TemplateMatch | None:
        hit = self._department(rest, where, date)
        if hit is None:
            return None
        t, form, key = hit
        if not t.is_department_at(date):
            return None         # 政务服务中心 after the reform: a service institution
        return self._make(t, form, where, key)

    def _department(self, rest: str, where: Jurisdiction | None = None, date: str | None = None):
        """(type, form, key) for the department part of a name, trying 市府/市政府 words too,
        and a party committee printed 党委 (自治区党委组织部, 州党委办公室)."""
        key = normalize_key(rest)
        printed = to_simplified(clean_name(rest))
        candidates = [key] + [key[len(p):] for p in GOVERNMENT_PREFIXES
                              if key.startswith(p) and len(key) > len(p) + 1]
        if key.startswith(PARTY_COMMITTEE_WORD) and len(key) > len(PARTY_COMMITTEE_WORD) + 1:
            candidates.append(key[1:])
        for k in candidates:
            if k not in self.template.keys:
                continue
            if where is None:
                return k
            found = self.template.lookup(k, where.level, date, printed, region_names(where), where.own.word)
            if found:
                return (*found, k)
        return None

    def _make(self, t: DepartmentType, form: Form, where: Jurisdiction, key: str) -> TemplateMatch | None:
        canonical = form.full_name(where.placeholders())
        if canonical is None:
            return None
        return TemplateMatch(template_id(where.full, t.code), canonical, "template", where.full, t.code,
                             t.kind, key, TEMPLATE_SCORE, form.source)

    # -- spellings that carry their own place (人行宜昌市中心支行, 团市委)

    def _printed(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None:
        key = normalize_key(text)
        for where in _printed_places(notice, key):
            hits = self._printed_index(where).get(key)
            if hits:
                forms = [(self.template.types[c], self.template.types[c].forms[i]) for c, i in hits
                         if where.level in self.template.types[c].forms[i].levels]
                forms.sort(key=lambda h: not h[1].places)       # the place's own form first
                found = _choose(forms, date)
                if found:
                    return self._make(found[0], found[1], where, key)
        return None

    def _printed_index(self, where: Jurisdiction) -> dict[str, list[tuple[str, int]]]:
        index = self._printed_cache.get(where.key)
        if index is None:
            index = {}
            values = where.placeholders()
            regions, kind = region_names(where), where.own.word
            for pattern, code, i in self.template.printed:
                spelled = fill(pattern, values)
                if spelled and self.template.types[code].forms[i].in_place(regions, kind):
                    index.setdefault(normalize_key(spelled), []).append((code, i))
            if len(self._printed_cache) < 4096:
                self._printed_cache[where.key] = index
        return index



def _printed_places(notice: Jurisdiction, key: str) -> Iterator[Jurisdiction]:
    """Where a spelling that carries its own place may belong: the notice's chain, innermost
    first; then, when the chain holds no province, the province above it if the spelling
    names its level or its name (团省委, 河南银保监局 in a 郑州市 notice), else a city of that
    province the spelling names (人行郑州中心支行 in a 洛阳市 notice); in a province's own notice,
    a city of the province the spelling names (人行郑州中心支行 in a 河南省 notice). A place's name is compared as
    the key is written, without 和 (呼和浩特海关)."""
    for cut in range(len(notice.places), 0, -1):
        yield Jurisdiction(notice.places[:cut])
    first = notice.places[0]
    if first.level == "province":
        if len(notice.places) == 1:
            for city, named in _city_keys(first.name):
                if named in key:
                    yield Jurisdiction((first, Place(city, "city")))
        return
    province = None
    for word in PROVINCE_LEVEL_WORDS:
        province = notice.for_prefix(word)
        if province is not None:
            if word in key or province.own.short in key:
                yield province
                return
            break
    if province is None:
        return
    chain = {p.name for p in notice.places}
    for city, named in _city_keys(province.own.name):   # 南宁海关 in a 凭祥市 notice: another city of the province
        if named in key and city not in chain:
            yield Jurisdiction((province.own, Place(city, "city")))


@lru_cache(maxsize=64)
def _city_keys(province: str) -> tuple[tuple[str, str], ...]:
    """A province's cities, each with its name as a key is written (no level word, no 和: 呼浩特)."""
    return tuple((city, normalize_key(city[:-1])) for city in cities_of(province))


@lru_cache(maxsize=1)
def default_template_resolver() -> TemplateResolver:
    """The resolver over the shipped template."""
    return TemplateResolver(load_template())


def _complete(places: tuple[Place, ...], notice: Jurisdiction | None) -> Jurisdiction | None:
    """A printed chain completed from the notice: 南谯区 in a 滁州市 notice is 滁州市南谯区;
    else from ``counties.csv`` when one city has a place of that name (江都区 -> 扬州市).
    A district's self-name (城区财政局) is the notice's own district, and nothing outside a
    district notice (which 城区 of a city, or of no known city, cannot be told)."""
    if places[0].level == "district" and is_self_name(places[0], notice.city_place() if notice else None):
        if notice is None or notice.own.level != "district":
            return None
        return Jurisdiction(notice.places + places[1:])
    within: tuple[str, ...] = ()
    if notice is not None:
        names = [p.name for p in notice.places]
        first = places[0]
        if first.name in names:                       # 成都市… inside a 成都市 notice
            return Jurisdiction(notice.places[: names.index(first.name)] + places)
        if first.level == "district":
            city = notice.city_place()
            if city is not None and _listed_elsewhere(first, city):
                return None         # 巴州区 in a 巴州 notice: 巴中市's district, none of the prefecture's
            if city is not None:
                return Jurisdiction(notice.up_to(city).places + places)
        if first.level == "county" and notice.own.level == "city":
            return Jurisdiction(notice.places + places)
        within = tuple(names)
    return with_parent_city(Jurisdiction(places), within)


def _listed_elsewhere(district: Place, city: Place) -> bool:
    """True when ``counties.csv`` lists the district under other cities only: printed in this
    city's notice it is none of the city's districts (a name the table does not know may be)."""
    pairs = county_parents(district.name)
    full = full_place_name(city.name)
    return bool(pairs) and not any(full in pair for pair in pairs)


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

