"""Named bodies of a jurisdiction: development zones, towns and streets with their party
committees, and a county bureau's station in a town (docs/agencies.md, "Canonical names").

A department type is one body in every government; these are not types. Each is derived from
its printed name and the notice's jurisdiction (rule ``derived``), its id from the two
(``ids.named_id``): 茅坪镇 in a 秭归县 notice is 秭归县茅坪镇人民政府, 茅坪镇党委 the town's party
committee beside it (中共秭归县茅坪镇委员会), 县公安局茅坪派出所 the county police bureau's station
there (秭归县公安局茅坪派出所). The template (template.py) asks here after its department types.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Callable, Sequence

from ..cachefiles import load_toml
from ..hanzi import simplified
from ..models import AgencyRef, Measure, units_of
from ..text import alternation, clean_name
from . import zones
from .ids import named_id
from .gazetteer import county_parents, former_county, former_district_cities, is_listed_place
from .jurisdiction import Jurisdiction, is_county_level_city
from .placechains import split_places
from .records import patterns_data
from .zones import Zone

#: the score of a derived name (below the template's types and the registry's exact/alias)
DERIVED_SCORE = 0.7
#: a development zone's name before its committee's word is at most this long before its zone word (``zone_re``)
ZONE_NAME_MAX_CHARS = 12
#: the zone kinds of China's catalogue of approved development zones (经济/经济技术开发区,
#: 高新技术产业开发区, 保税区, 边境经济合作区): their committee is the government's standing
#: body named after the zone.  A 新区, 园区, 示范区, 试验区, 片区 or 港区 is a planning or
#: industrial area whose committee, if it has one, is of no standard kind: it stays unresolved
DERIVED_ZONE_KINDS = ("开发区", "高新区", "保税区", "合作区")
#: the level words a county or city before a zone's kind may be printed without (霍尔果斯 for 霍尔果斯市); never 区,
#: which a name of its own may be a district's too (东湖高新区 is no 东湖区's)
ZONE_PLACE_LEVELS = ("市", "县", "旗")
#: a zone named by its kind alone (高新区, 经济开发区, 国家高新区, 工业园, after the place): its official
#: name (某某高新技术产业开发区) is not printed, so no canonical name can be derived
#: a notice's recipients naming at least this many development zones send it to several: a zone named by its kind
#: alone (开发区管委会) is then none of them but the zones together (``zones_together``)
SEVERAL_ZONES = 2
#: a recipient opening with one of these before a zone word names the zones together (各开发区管委会)
GROUP_WORDS = ("各",)
GENERIC_ZONE_RE = re.compile(r"^(?:国家级|国家|省级)?(?:经济技术|经济|高新技术产业|高新技术|高新|工业|产业|科技)?"
                             r"(?:开发区|高新区|新区|园区|工业园区|工业园|产业园区|产业园)$")
#: the kinds of a town's or a street's offices and their spellings (党政办公室, 综合行政执法队 …): agencies/towns.py;
#: and the town words (``[[town_word]]``) with the bodies a town's name stands for
OFFICES_FILE = Path(__file__).parent / "town_offices.toml"
_TOWN_DATA = load_toml(OFFICES_FILE)
#: the body after a town's name: its government (苏木: 内蒙古's township) or, for a street, its office; an
#: overseas-Chinese farm's name as printed (``town_offices.toml [[town_word]]``, in its order)
TOWN_SUFFIX = {t["word"]: t["government"] for t in _TOWN_DATA["town_word"]}
#: the party body of each: a town's committee, a street's working committee (the district's agency)
TOWN_PARTY_SUFFIX = {t["word"]: t["party"] for t in _TOWN_DATA["town_word"] if "party" in t}
#: the town words as an alternation (镇|乡|街道|苏木|华侨农场), and those with a party body (镇|乡|街道|苏木)
TOWN_WORDS_ALTERNATION = "|".join(map(re.escape, TOWN_SUFFIX))
TOWN_PARTY_WORDS_ALTERNATION = "|".join(map(re.escape, TOWN_PARTY_SUFFIX))
#: a town, township or street: 道滘镇, 某某街道(办事处), 某某乡(人民政府), 某某苏木(人民政府), and an
#: overseas-Chinese farm (兴隆华侨农场), a township-level unit of the division codes named as printed
TOWN_RE = re.compile(rf"^(.{{1,6}}?(?:{TOWN_WORDS_ALTERNATION}))(?:人民政府|政府|办事处|办)?$")
#: a town's party committee (茅坪镇党委, 茅坪镇委) or a street's working committee (小溪塔街道党工委)
TOWN_PARTY_RE = re.compile(rf"^(.{{1,6}}?(?:{TOWN_PARTY_WORDS_ALTERNATION}))(?:党委|委|党工委|工委)$")
#: a name made of the town words alone is the towns together, never one (乡镇, 苏木乡镇, 苏木镇, 镇街道; 镇街:
#: ``[town_words_together] short``)
ALL_TOWNS_RE = re.compile("^(?:" + "|".join(map(re.escape, (*TOWN_PARTY_SUFFIX, *_TOWN_DATA["town_words_together"]["short"])))
                          + ")+$")
@lru_cache(maxsize=1)
def _level_prefix_chars() -> str:
    """Level characters a zone's or town's printed name may carry over from the name before it (市大亚湾…):
    the level prefixes a name carries to the names after it (``agency_patterns.toml`` [prefixes] level,
    one list), read when first asked."""
    return "".join(patterns_data()["prefixes"]["level"])


#: a town's name before one of its offices in its county's notice (茅坪镇党政办, 小溪塔街道党政办)
TOWN_HEAD_RE = re.compile(rf"^(.{{1,6}}?(?:{TOWN_PARTY_WORDS_ALTERNATION}))(.+)$")
#: an area's office (将台地区办事处) in the districts of the cities ``town_offices.toml`` [area_offices] lists
AREA_OFFICE_RE = re.compile(r"^(.{2,4}?)地区办事处$")
#: how long a town's name printed before a station may be (茅坪, 城关镇, 小溪塔街道)
STATION_PLACE_CHARS = (2, 6)


@dataclass(frozen=True)
class TemplateMatch:
    """A name resolved through the template (or derived as a zone, town or station)."""

    agency_id: str
    canonical: str
    rule: str                     #: template | derived
    jurisdiction: str             #: the canonical name of the government it belongs to
    type_code: str | None         #: None for zones and towns
    kind: str
    key: str                      #: the spelling that matched
    score: float
    naming: str | None = None     #: the source of a place's or an era's own name, when it decided


def zone_match(text: str, notice: Jurisdiction | None,
               read: Callable[[str], TemplateMatch | None] | None = None, date: str | None = None) -> TemplateMatch | None:
    """A development zone's committee (大亚湾开发区管委会), a listed zone's however printed (``zones.py``: 佛山高新区管委会,
    高新区管委会 in 佛山市's notice, 大龙开发区 printed alone), and in a listed zone's own notice its bureaus printed after
    区 or its short name (高新区经发局; ``read``, the template's reading of a name, gives 高新区财政局).  With no notice
    place only a listed zone printed with its own name is read (贵州大龙经济开发区 is one body wherever it is printed).
    A listed zone renamed since is named by its name of the notice's ``date`` (``Zone.committee_on``: 徐州经济开发区 in
    2007)."""
    places = tuple(p.name for p in notice.places) if notice is not None else ()
    # a zone's own notice; its name read as a chain (钦州 + 港经济技术开发区) is the zone's whole name
    own = notice_zone(notice) if notice is not None else None
    if own is not None and (body := _zone_body(text, own, notice, read)):
        return body
    end = _committee_end().search(text)
    head = text[:end.start()] if end and end.start() > 1 else None
    if head is None:        # 责任单位：…、大龙开发区, 开发区 in 烟台市's notice: a listed zone printed alone is its committee
        listed = zones.find(text, places)
        return _committee(listed, date) if listed else None
    head = head.lstrip(_level_prefix_chars())
    listed = own if own is not None and head in zones.own_forms(own) else zones.find(head, places)
    if listed is not None:  # 兰州新区, 佛山高新区, 保定国家高新技术产业开发区: one body in every notice
        return _committee(listed, date)
    m = zone_re().match(text)
    if not m or notice is None:
        return None
    zone = zones.expand_short(m.group(1).lstrip(_level_prefix_chars()))
    official = _official_zone(zone, notice)
    if official:            # 池州经济技术开发区: the place's name and the catalogue's kind in full
        return TemplateMatch(named_id(notice.full, "zone", official), official + "管理委员会", "derived",
                             notice.full, None, "development zone", official, DERIVED_SCORE)
    if not zone.endswith(DERIVED_ZONE_KINDS) or _generic_zone(zone, notice) or zones.is_topic_zone(zone):
        return None         # 镇江高新区, 县工业园, 霍尔果斯经济开发区, 医药高新区: the zone's own name is not printed
    # a name of its own (大亚湾开发区): the committee as printed, never with a place the page does not print
    # (tests/fixtures/README.md, agency conventions); the id without the notice's place, so 惠州大亚湾开发区
    # and 大亚湾开发区 in 惠州's notices are one body
    key = zone
    for place in (notice.own.name, notice.own.short):
        if key.startswith(place) and len(key) > len(place) + 1:
            key = key[len(place):]
    return TemplateMatch(named_id(notice.full, "zone", key), zone + "管理委员会", "derived", notice.full, None,
                         "development zone", zone, DERIVED_SCORE)


def names_zone_kind_alone(name: str) -> bool:
    """``name`` (simplified) is a committee of a zone named by its kind alone, no place, level word or name of its
    own before it (开发区管委会, 高新区管理委员会, 经济开发区管委: ``GENERIC_ZONE_RE``), or a committee word alone
    (管委会, 管委: no kind either, tests/fixtures/README.md, holdout prestop-rizhao); 市开发区管委 (the city's zone)
    and 大亚湾开发区管委会 are none."""
    end = _committee_end().search(name)
    return end is not None and (end.start() == 0 or GENERIC_ZONE_RE.match(name[:end.start()]) is not None)


def names_several_zones(recipients: Sequence[str]) -> bool:
    """The notice is sent to more than one development zone: ``SEVERAL_ZONES`` of its recipients each name a zone
    (``zones.zone_words`` at its end, a committee word after it or none: 经济技术开发区, 三山经济开发区, 某某产业园区管委会),
    or one names the zones together (各开发区管委会: ``GROUP_WORDS`` before a zone word)."""
    return _zones_addressed(recipients) >= SEVERAL_ZONES


def _zones_addressed(recipients: Sequence[str]) -> int:
    """How many development zones ``recipients`` name (``SEVERAL_ZONES`` for one naming them together)."""
    count = 0
    for recipient in recipients:
        text = simplified(recipient)
        if _zone_recipient_re().search(text):
            count += SEVERAL_ZONES if text.startswith(GROUP_WORDS) else 1
    return count


def _as_group(ref: AgencyRef) -> AgencyRef:
    """``ref`` (a zone's committee by its kind alone) read as the zones together: a catch-all group."""
    return AgencyRef(name=ref.name, agency_id=None, canonical=None, match="group", score=1.0, kind="group")


def _unresolved_kind_alone(ref: AgencyRef) -> bool:
    return ref.match == "unresolved" and names_zone_kind_alone(simplified(clean_name(ref.name)))


def zones_together(resolve_cells: Callable[[Sequence[str]], tuple[AgencyRef, ...]]
                   ) -> Callable[[Sequence[str]], tuple[AgencyRef, ...]]:
    """``resolve_cells`` in a notice sent to several zones (``names_several_zones``): there a committee of a zone
    named by its kind alone (``names_zone_kind_alone``: 开发区管委会 beside 各县市区政府) is none of them but the zones
    together, a catch-all group, where it would stay unresolved (no zone the registry lists is called so: 烟台's
    开发区 is read before)."""
    def resolve(cells: Sequence[str]) -> tuple[AgencyRef, ...]:
        refs = resolve_cells(cells)
        if not any(r.match == "unresolved" for r in refs):
            return refs
        return tuple(_as_group(r) if _unresolved_kind_alone(r) else r for r in refs)
    return resolve


def zones_beside_places(measures: Sequence[Measure], recipients: Sequence[str]) -> bool:
    """Whether a measure's unit list prints a zone's committee by its kind alone right after a 各 group of a city's
    county and district governments (各县市区政府、开发区管委会, 各区、县(市)政府及开发区管委会: zones.toml
    ``[together] place_group``) in a notice whose recipients name no zone: the 各 reaches the kind, and the name is the
    zones together wherever the notice prints it (``with_zones_together``; tests/fixtures/README.md "A zone's committee
    by its kind alone after a 各 group").  Recipients naming one zone make it that zone, unresolved; a 各 group of
    towns (各乡镇人民政府、经济开发区管委会) stands beside a county's one zone."""
    if "unresolved" not in map(_MATCH, units_of(measures)):   # most notices: every unit resolved, none to read
        return False
    found = any(_unresolved_kind_alone(ref) and zones.together_group_re().match(simplified(clean_name(before.name)))
                for m in measures for refs in (m.lead, m.support) for before, ref in zip(refs, refs[1:]))
    return found and _zones_addressed(recipients) == 0


#: a unit's match (``zones_beside_places``' first look, over every unit of a notice in C)
_MATCH = attrgetter("match")


def with_zones_together(measures: Sequence[Measure]) -> list[Measure]:
    """``measures`` with every zone's committee by its kind alone that stayed unresolved read as the zones together,
    a catch-all group (``zones_beside_places``)."""
    def together(refs: tuple[AgencyRef, ...]) -> tuple[AgencyRef, ...]:
        return tuple(_as_group(r) if _unresolved_kind_alone(r) else r for r in refs)
    return [replace(m, lead=together(m.lead), support=together(m.support)) for m in measures]


@lru_cache(maxsize=1)
def _zone_recipient_re() -> re.Pattern:
    """A recipient naming a development zone: a zone word at its end, a committee word after it or none."""
    return re.compile(rf"(?:{alternation(zones.zone_words())})(?:{zones.committee_words()})?$")


def notice_zone(notice: Jurisdiction) -> Zone | None:
    """The development zone whose own notice it is: a listed zone or one its page names by its official name
    (``zones.own_zone``), its name read as a chain (钦州 + 港经济技术开发区) too; None for any other notice."""
    return zones.own_zone(notice.own.name) or zones.named_zone(notice.full)


def is_own_zone(place: str, notice: Jurisdiction) -> bool:
    """True when a place printed before a department is the notice's own zone by one of the names its notice prints
    it by (``zones.own_forms``: 株洲高新区 in the notice of 株洲高新技术产业开发区): that bureau is the zone's own,
    named with the zone's official name as 高新区财政局 is (株洲高新区财政局 -> 株洲高新技术产业开发区财政局)."""
    zone = notice_zone(notice)
    return zone is not None and place in zones.own_forms(zone)


@lru_cache(maxsize=1)
def zone_re() -> re.Pattern:
    """A development zone's committee: the zone's name and a committee word (``zones.committee_words``:
    大亚湾开发区管委会, 高新区管理委员会, 青岛's 某某高新区管委), the zone's name ending in a zone word
    (``zones.zone_words``: 开发区, 高新区 …)."""
    return re.compile(rf"^(.{{1,{ZONE_NAME_MAX_CHARS}}}?(?:{alternation(zones.zone_words())}))(?:{zones.committee_words()})$")


@lru_cache(maxsize=1)
def _committee_end() -> re.Pattern:
    """A committee word ending a name (``zones.committee_words``), the longest that does."""
    return re.compile(rf"(?:{zones.committee_words()})$")


def _committee(zone: Zone, date: str | None = None) -> TemplateMatch:
    return TemplateMatch(named_id(zone.province, "zone", zone.name),
                         zone.committee_on(date), "derived", zone.province, None, "development zone", zone.name, DERIVED_SCORE)


def _zone_body(text: str, own: Zone, notice: Jurisdiction,
               read: Callable[[str], TemplateMatch | None] | None) -> TemplateMatch | None:
    """In a listed zone's own notice, a bureau printed after 区 or the zone's short name: one of the zone's own
    (高新区经发局 -> 宜昌高新技术产业开发区经济发展局) or, read as 区 + the bureau, one every government has.  One of
    the zone's own printed bare (经济发展局) is the zone's too, as a bare department is the issuing government's in
    any notice (tests/fixtures/README.md, agency conventions); a bare one every government has is the template's."""
    for prefix in sorted(zones.own_forms(own) | {"区"}, key=len, reverse=True):
        if not text.startswith(prefix) or len(text) <= len(prefix) + 1:
            continue
        rest = text[len(prefix):]
        if office := _zone_office(rest, own, notice, text):
            return office
        return read("区" + rest) if read is not None and prefix != "区" else None
    return _zone_office(text, own, notice, text)


def _zone_office(rest: str, own: Zone, notice: Jurisdiction, text: str) -> TemplateMatch | None:
    """The zone's own bureau ``rest`` spells (``[[office]]``: 经发局, 规划建设局), or None."""
    if (office := zones.office_spellings().get(rest)) is None:
        return None
    code, name = office
    return TemplateMatch(named_id(own.province, "zone", f"{own.name}:{code}"), own.name + name, "derived",
                         notice.full, None, "government department", text, DERIVED_SCORE)


#: the levels of a place printed alone as a unit that names its government (宛城区, 南召县)
PLACE_ALONE_LEVELS = ("district", "county")
#: the government a place printed alone names: read as this after its name (宛城区 -> 宛城区人民政府)
PLACE_GOVERNMENT = "人民政府"


def place_government(text: str, read: Callable[[str], TemplateMatch | None],
                     date: str | None = None) -> TemplateMatch | None:
    """A unit printed as a district or county alone (责任单位：宛城区, 南召县 in a 南阳市 notice) is that place's
    government, as a town printed alone is the town's (茅坪镇 -> 秭归县茅坪镇人民政府): ``read`` (the template's
    reading of a name inside the notice) of the name with 人民政府 after it, so the place is completed from the
    notice as any name printing it is (南阳市宛城区人民政府).  Only a place ``counties.csv`` lists, or a county
    of ``former_counties.csv`` in a notice dated before it became a district (沾化县 in 2006), or a district of
    ``former_districts.csv`` before it was merged away (崇文区 in 2008; ``read`` checks it was the notice city's): a
    zone (高新区, 官庄工区) or a name that merely ends in a level word is no place's government."""
    found = split_places(text, lambda rest: rest == "")
    if found is None or found[0][-1].level not in PLACE_ALONE_LEVELS:
        return None
    place = found[0][-1].name
    if not county_parents(place) and former_county(place, date) is None and not former_district_cities(place, date):
        return None
    return read(text + PLACE_GOVERNMENT)


def town_match(text: str, notice: Jurisdiction) -> TemplateMatch | None:
    """Towns and streets, their party committees and their offices (``named_office``) belong to a county, a
    county-level city or a district; a city notice does not say which."""
    m = TOWN_RE.match(_full_ending(text))
    party = m is None
    if party:
        m = TOWN_PARTY_RE.match(text)
    if m is None:
        return named_office(text, notice) or area_office(text, notice)
    if m.group(1)[0] in "各全本该" or not owns_towns(notice):
        return None
    town = m.group(1)
    if town[0] in _level_prefix_chars() or ALL_TOWNS_RE.match(town):
        return None         # 区某某镇: a prefix carried over from the name before; 苏木乡镇: every town
    word = next(k for k in TOWN_SUFFIX if town.endswith(k))
    if party:               # one id for 茅坪镇党委 and 茅坪镇委, never the town government's
        return TemplateMatch(named_id(notice.full, "town", town + "党委"),
                             f"中共{notice.full}{town}{TOWN_PARTY_SUFFIX[word]}", "derived", notice.full, None,
                             "party organ", town, DERIVED_SCORE)
    return TemplateMatch(named_id(notice.full, "town", town), f"{notice.full}{town}{TOWN_SUFFIX[word]}", "derived",
                         notice.full, None, "town/street", town, DERIVED_SCORE)


@lru_cache(maxsize=1)
def not_town_names() -> tuple[str, ...]:
    """Words ending in a town word that name a kind of place, never one town (村镇建设办, 城镇…, 各镇:
    ``town_offices.toml [not_towns] names``)."""
    return tuple(load_toml(OFFICES_FILE)["not_towns"]["names"])


@lru_cache(maxsize=1)
def _not_town_openers() -> tuple[str, ...]:
    """Words before a station that name an area or a kind, never a town (辖区派出所, 乡镇司法所, 公安派出所:
    ``[not_towns] openers``)."""
    return tuple(load_toml(OFFICES_FILE)["not_towns"]["openers"])


@lru_cache(maxsize=1)
def _short_endings() -> tuple[tuple[str, str], ...]:
    """(printed ending, official ending) of a town's or street's government (``town_offices.toml``
    ``[short_endings]``: 街办 -> 街道办事处)."""
    return tuple(load_toml(OFFICES_FILE).get("short_endings", {}).items())


def _full_ending(text: str) -> str:
    """``text`` with a short ending after a name written out (花园街办 -> 花园街道办事处); as printed else."""
    for short, full in _short_endings():
        if text.endswith(short) and len(text) > len(short):
            return text[:-len(short)] + full
    return text


@lru_cache(maxsize=1)
def office_spellings() -> dict[str, tuple[str, str]]:
    """Printed spelling -> (code, official name) of every town office (``town_offices.toml``)."""
    spellings: dict[str, tuple[str, str]] = {}
    for office in load_toml(OFFICES_FILE)["office"]:
        for spelling in (office["name"], *office.get("short", ())):
            spellings.setdefault(spelling, (office["code"], office["name"]))
    return spellings


def office_of(notice: Jurisdiction, town: str, office: str) -> TemplateMatch | None:
    """``office`` (as printed, the town left off) of ``town`` under ``notice``'s county or district, or None: named
    after the town (秭归县茅坪镇党政办公室), its id made of the county, the town and the office's code."""
    found = office_spellings().get(office)
    if found is None:
        return None
    code, name = found
    county = notice.county()
    return TemplateMatch(named_id(county.full, "town", f"{town}:{code}"), f"{county.full}{town}{name}", "derived",
                         county.full, None, "town/street", town + office, DERIVED_SCORE)


def area_office(text: str, notice: Jurisdiction) -> TemplateMatch | None:
    """北京's area office (将台地区办事处 in a 朝阳区 notice -> 北京市朝阳区将台地区办事处), a township's government under
    another name: in a district of a city ``town_offices.toml`` [area_offices] lists, named as printed."""
    m = AREA_OFFICE_RE.match(text)
    if not m or notice.level != "district" or notice.places[0].name not in _area_office_cities():
        return None
    area = m.group(1)
    if area[0] in _level_prefix_chars() or area.startswith(_not_town_openers() + not_town_names()):
        return None
    return TemplateMatch(named_id(notice.full, "town", area + "地区"), f"{notice.full}{area}地区办事处", "derived",
                         notice.full, None, "town/street", area + "地区", DERIVED_SCORE)


@lru_cache(maxsize=1)
def _area_office_cities() -> tuple[str, ...]:
    return tuple(load_toml(OFFICES_FILE).get("area_offices", {}).get("cities", ()))


def named_office(text: str, notice: Jurisdiction) -> TemplateMatch | None:
    """In a county's or district's notice: a town's office printed after the town's name (茅坪镇党政办)."""
    if not owns_towns(notice):
        return None
    m = TOWN_HEAD_RE.match(text)
    if not m:
        return None
    town, office = m.groups()
    if len(town) < 2 or town[0] in _level_prefix_chars() or ALL_TOWNS_RE.match(town) \
            or town.startswith(_not_town_openers() + not_town_names()):
        return None
    return office_of(notice, town, office)


def station_match(text: str, notice: Jurisdiction, stations: dict[str, tuple[str, str, str]],
                  read: Callable[[str], TemplateMatch | None]) -> TemplateMatch | None:
    """A county or district bureau's station in a town, printed with the bureau and the town
    (县公安局茅坪派出所, 县市场监管局茅坪市场监管所) or with the town alone (茅坪派出所: the station
    word names the bureau, the notice's own): named as printed under that bureau. ``stations``
    maps a printed station word to its official word, its bureau's type and the bureau's name;
    ``read`` is the template's reading of a bureau."""
    if not owns_towns(notice):
        return None
    word = next((w for w in stations if text.endswith(w)), None)
    if word is None:
        return None
    official, code, bureau_name = stations[word]
    head = text[:-len(word)]
    low, high = STATION_PLACE_CHARS
    splits = [(head[:-size], head[-size:]) for size in range(low, min(high, len(head) - 2) + 1)]
    if low <= len(head) <= high and head[0] not in _level_prefix_chars():
        splits.append((bureau_name, head))
    for printed_bureau, place in splits:
        if place.startswith(_not_town_openers()):
            continue
        bureau = read(printed_bureau)
        if bureau is not None and bureau.type_code == code and bureau.jurisdiction == notice.full:
            return TemplateMatch(named_id(notice.full, "town", f"{code}:{town_key(place)}{official}"),
                                 f"{bureau.canonical}{place}{official}", "derived", notice.full, None,
                                 bureau.kind, place + word, DERIVED_SCORE)
    return None


def town_key(place: str) -> str:
    """A town's name as a station's id knows it, its town word left off (茅坪镇, 茅坪 -> 茅坪): one county names
    no two towns alike but for that word, so a station printed after the town with or without it is one body
    (茅坪镇派出所 = 茅坪派出所).  A name the word would leave shorter than ``STATION_PLACE_CHARS`` keeps it."""
    word = next((w for w in TOWN_PARTY_SUFFIX if place.endswith(w)), None)
    if word is None or len(place) - len(word) < STATION_PLACE_CHARS[0]:
        return place
    return place[:-len(word)]


def owns_towns(notice: Jurisdiction) -> bool:
    """A county, a district or a county-level city; not a zone printed as the chain's place (a
    district named 新区 that the division table lists, 滨海新区 or 浦东新区, is a district)."""
    if notice.own.name.endswith(zones.zone_words()) and not county_parents(notice.own.name):
        return False
    return notice.level in ("county", "district") or is_county_level_city(notice)


def _official_zone(zone: str, notice: Jurisdiction) -> str | None:
    """The zone when it is a place of the notice's chain and a kind in full (池州 + 经济技术开发区)."""
    for place in notice.places:
        kind = zone[len(place.short):] if zone.startswith(place.short) else ""
        if kind in zones.official_kinds():
            return zone
    return None


def _generic_zone(zone: str, notice: Jurisdiction) -> bool:
    """True when ``zone`` is a place (of the notice's chain, or one the gazetteer lists anywhere: 霍尔果斯 in a
    伊犁州 notice) or none, and a zone's kind alone."""
    rests = [zone]
    for place in notice.places:
        printed = next((p for p in (place.name, place.short) if zone.startswith(p)), None)
        if printed:
            rests.append(zone[len(printed):])
            break
    rests.extend(_after_listed_place(zone))
    return any(GENERIC_ZONE_RE.match(rest) for rest in rests)


def _after_listed_place(zone: str) -> list[str]:
    """What follows a county or city the gazetteer lists at the start of ``zone``, printed with its level word or
    without it (霍尔果斯市…, 霍尔果斯…: ``ZONE_PLACE_LEVELS``)."""
    out = []
    for end in range(2, len(zone) - 1):
        head = zone[:end]
        if is_listed_place(head) or any(is_listed_place(head + level) for level in ZONE_PLACE_LEVELS):
            out.append(zone[end:])
    return out
