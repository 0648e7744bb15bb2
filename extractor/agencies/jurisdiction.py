"""Jurisdictions: which government a notice, or a unit name, belongs to.

A jurisdiction is a chain of places, outermost first: (成都市, 武侯区),
(仪陇县,), (四川省,).  It is written as the joined names (``成都市武侯区``),
which is what ``Notice.city`` holds and what ``--city`` accepts.

Places are recognised by the word they end in (省, 自治区, 市, 州, 盟,
地区, 县, 旗, 区), not by a gazetteer: a place is a few characters ending in
such a word, and a chain counts only when what follows it is government
wording (人民政府, 委员会, 办公室 ...) or a department the template knows
(reading chains from text: ``placechains.py``; this module holds the records
and their naming conventions).  ``places.toml`` lists provinces and their cities; ``counties.csv`` (made by
``make_counties.py`` from the published division codes) lists every county and
district with its parent city and province.  A district notice knows its parent
city where the notice prints it (成都市武侯区人民政府办公室), where its
document-number prefix names one city (鞍立政发 -> 鞍山市), or where
``counties.csv`` has one place of that name (江都区 -> 扬州市); a name several
cities share (鼓楼区, 城区) gets no city unless the notice names one of them.

The canonical full name of a jurisdiction follows one convention: a district
is written under its city (成都市武侯区), a county or county-level city
stands alone (仪陇县, 义乌市), a city or province is its own name.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .zones import named_zone
from .gazetteer import (
    PREFIX_KINDS, _county_level_city, _places, _region_shorts, _self_names, county_kind, county_parents,
    full_county_name, full_place_name, level_prefix_words, level_words, municipalities, parent_city, province_of,
    without_nationalities)

#: a body named after its place prints the place's short name when it keeps this many characters
#: (苏州市吴中生态环境局); a one-character short name keeps its level word ({named}: 沛县)
NAMED_SHORT_MIN = 2

#: level words a place name ends in, longest first, and the level each means (``places.toml`` [levels],
#: the one list of them: the level-word sets below are derived from it)
LEVEL_WORDS: tuple[tuple[str, str], ...] = level_words()
#: the one-character level words (省 州 盟 县 旗 区 市); also the characters that continue a place name when they
#: follow a level word (杭州市, 沙市区)
LEVEL_CHARS = "".join(word for word, _ in LEVEL_WORDS if len(word) == 1)
#: those below a province (州 盟 县 旗 区 市): the level a local body's name may open with in place of its
#: place (市人民政府, 县政府办公室)
LOCAL_LEVEL_CHARS = "".join(word for word, level in LEVEL_WORDS if len(word) == 1 and level != "province")
#: a province's level words (省, 自治区): the level a province's body's name may open with in place of its place
#: (省人民政府办公厅, 自治区人民政府办公厅)
PROVINCE_LEVEL_WORDS = tuple(word for word, level in LEVEL_WORDS if level == "province")
#: level prefixes that in a county's or district's notice name a place above it (市 the city,
#: 州 the prefecture, 省 the province), never the notice's own government (``places.toml [level_prefixes] above``)
ABOVE_PREFIXES = level_prefix_words()["above"]
#: an autonomous prefecture's, county's or banner's level word: its notices print the last character
#: (州委, 县委, 团县委) or the whole word (自治县委, 自治县发改局) as the level prefix; the prefecture's first
#: (``[level_prefixes] autonomous``)
AUTONOMOUS_WORDS = level_prefix_words()["autonomous"]
#: the level words of a city-level place as its bodies' branches below print them (盟生态环境局正蓝旗分局,
#: 州生态环境局… for a 自治州); a 地区's are printed with its name (``[level_prefixes] printed_city``)
PRINTED_CITY_WORDS = level_prefix_words()["printed_city"]
#: the four municipalities: province-level cities whose bodies are named like a city's (``places.toml``'s provinces
#: named 市: ``gazetteer.municipalities``)
MUNICIPALITIES = municipalities()


@dataclass(frozen=True)
class Place:
    """One administrative unit as printed: 武侯区 (district)."""

    name: str
    level: str        #: province | city | county | district

    @property
    def word(self) -> str:
        """The level word it ends in (区, 自治州); none for a part of a national new area, a place by its whole name
        (陕西省西咸新区秦汉新城: ``zones.area_part``)."""
        return next((w for w, _ in LEVEL_WORDS if self.name.endswith(w)), "")

    @property
    def short(self) -> str:
        """The name without its level word: 武侯区 -> 武侯, 宜昌市 -> 宜昌; an autonomous region
        without its nationality too (广西壮族自治区 -> 广西: ``places.toml`` [region_short]), and so an
        autonomous prefecture, county or banner (楚雄彝族自治州 -> 楚雄, as 楚雄州 is printed: before, 楚雄彝族)."""
        stem = self.name[: -len(self.word)]
        if self.word in AUTONOMOUS_WORDS:
            stem = without_nationalities(stem)
        return _region_shorts().get(self.name) or stem or self.name


@dataclass(frozen=True)
class Jurisdiction:
    """A chain of places, outermost first; the last is the government itself.  A town's or a street's
    notice (宜昌市秭归县茅坪镇) is the chain of its county or district with the ``town`` after it: the
    county's government is the one level prefixes and departments are read against (``towns.py``)."""

    places: tuple[Place, ...]
    town: str | None = None     #: the town, township or street the notice is its own (茅坪镇, 小溪塔街道)

    @property
    def own(self) -> Place:
        return self.places[-1]

    @property
    def key(self) -> str:
        """The chain as one string (成都市武侯区): Notice.city and --city."""
        return "".join(p.name for p in self.places) + (self.town or "")

    def county(self) -> "Jurisdiction":
        """The chain without its town: the government a town's notice reads departments against."""
        return Jurisdiction(self.places)

    @property
    def full(self) -> str:
        """The canonical name: a district under its city, anything else alone; an
        autonomous prefecture by its full name (海西州 -> 海西蒙古族藏族自治州); a listed development zone
        printed as the chain's place by its official name (珠海高新区 -> 珠海高新技术产业开发区)."""
        own = self.own
        if own.level == "district" and (zone := named_zone(own.name)):
            return zone.name        # 珠海高新区's notice: 珠海高新技术产业开发区 (zones.toml)
        if own.level == "district":
            city = self.city_place()
            return (full_place_name(city.name) if city else "") + own.name
        if own.level == "county":
            city = self.city_place()
            return full_county_name(own.name, full_place_name(city.name) if city else None)
        return full_place_name(own.name) if own.level == "city" else own.name

    @property
    def level(self) -> str:
        """The level of its government, municipalities counted as cities and county-level cities
        (晋江市: 市消防救援大队, 市人武部, no 中级人民法院) as counties."""
        own = self.own
        if own.name in MUNICIPALITIES:
            return "city"
        return "county" if own.level == "city" and _county_level_city(own.name) else own.level

    def city_place(self) -> Place | None:
        """The nearest city-level place at or above the last one."""
        for p in reversed(self.places):
            if p.level == "city" or p.name in MUNICIPALITIES:
                return p
        return None

    def up_to(self, place: Place) -> "Jurisdiction":
        """The chain cut after ``place``."""
        return Jurisdiction(self.places[: self.places.index(place) + 1])

    def for_prefix(self, prefix: str) -> "Jurisdiction | None":
        """The jurisdiction a level prefix means inside this one.

        市 is the notice's own government when that is a city or a
        county-level city (义乌市), else the city above it; 县/旗/区 the
        notice's own county or district (林区/特区 the county-level place of that
        kind); 州/自治州/盟 the city-level place ending in that word, above a
        county too; 省 the province when the chain has one, else the one above its
        city, or above a county or district with no city (神农架林区); 自治区 the same
        for an autonomous region (省 names no region, 自治区 no province).
        """
        if prefix == "区" and len(self.places) == 1 and self.own.word == "自治区":
            return self         # 区发改委 in 广西's own notice: the region (it has no 区 below it unnamed)
        for p in reversed(self.places):
            if prefix == "市" and p.name.endswith("市") and p.level in ("city", "county", "province"):
                return self.up_to(p)
            if prefix in ("省", "自治区") and p.level == "province" and p.name not in MUNICIPALITIES:
                return self.up_to(p) if p.name.endswith(prefix) else None   # 省发改委 in 宁夏's: which province?
            if prefix in ("州", "自治州", "盟", "地区") and p.level == "city" and p.name.endswith(prefix):
                return self.up_to(p)
            if prefix in ("县", "旗") and p.level == "county" and p.name.endswith(prefix):
                return self.up_to(p)
            if prefix in AUTONOMOUS_WORDS[1:] and p.level == "county" and self.up_to(p).full.endswith(prefix):
                return self.up_to(p)      # 自治县发改局 in 道真县's notice: 道真仡佬族苗族自治县
            if prefix in PREFIX_KINDS and county_kind(p.name) == prefix:
                return self.up_to(p)
            if prefix == "区" and p.level == "district":
                return self.up_to(p)
            if p is self.own and p.level in ("county", "district") and prefix not in ABOVE_PREFIXES:
                return None     # 县财政局 in a district notice is not the district's
        # the province above the city, or above a county coded under it (海南's 澄迈县)
        above = self.city_place() or (self.own if self.own.level in ("county", "district") else None)
        province = province_of(full_place_name(above.name)) if above and prefix in ("省", "自治区") else None
        if province and province.endswith(prefix):
            return Jurisdiction((Place(province, "province"),))   # 省发改委 in a 绵阳市 notice
        return None

    @property
    def party_committee(self) -> str:
        """The party committee as its organs are written after 中共: 成都市委, 仪陇县委; a
        地区's committee is its 地委 (中共阿克苏地委组织部), an autonomous region's is written
        in full (中共广西壮族自治区委员会组织部)."""
        if self.own.level == "city" and self.own.word == "地区":
            return self.own.short + "地委"
        if self.own.word == "自治区":
            return self.full + "委员会"
        return self.full + "委"

    def placeholders(self) -> dict[str, str | None]:
        """The values of the template's placeholders for this jurisdiction (computed once per
        chain: every template match fills its canonical from them; read, never changed)."""
        return _placeholders(self)

    def _placeholders(self) -> dict[str, str | None]:
        city = self.city_place()
        if city is self.own and self.level == "county":     # a county-level city's prefecture
            city = Jurisdiction(self.places[:-1]).city_place() if len(self.places) > 1 else None
            parent = None if city else parent_city(self.own.name)
            city = Place(parent, "city") if parent else city
        above = city if city and city is not self.own else None
        return {"j": self.full, "committee": self.party_committee, "place": self.own.name, "short": self.own.short,
                "named": self.own.short if len(self.own.short) >= NAMED_SHORT_MIN else self.own.name,
                "city": full_place_name(above.name) if above else None,
                "level": self.own.word if len(self.own.word) == 1 else
                (self.own.word[-1] if self.own.word in AUTONOMOUS_WORDS else None),
                "autonomy": next((w for w in AUTONOMOUS_WORDS if self.full.endswith(w)), None),
                "cityword": above.word[-1] if above and above.word in PRINTED_CITY_WORDS else None,
                "province": self.province_short()}

    def province_short(self) -> str | None:
        """The province's short name (湖南, 广西): what provincial companies are named after."""
        first = self.places[0]
        if first.level == "province":
            return first.short
        above = self.city_place() or self.own
        province = province_of(full_place_name(above.name))
        return Place(province, "province").short if province else None


# ---------------------------------------------------------------- provinces and cities


def is_self_name(place: Place, city: Place | None) -> bool:
    """True when a district printed as ``place`` is a word districts call themselves by
    (城区, ``self_names.toml``) rather than a district's name: not in a city that has a
    district officially so named (there it is that district)."""
    cities = _self_names().get(place.name)
    return cities is not None and (city is None or city.name not in cities)


@lru_cache(maxsize=1 << 12)
def _placeholders(jurisdiction: Jurisdiction) -> dict[str, str | None]:
    return jurisdiction._placeholders()


def is_county_level_city(where: Jurisdiction) -> bool:
    """True when the jurisdiction's own place is a county-level city (弥勒市, 义乌市): a 市 that
    ``counties.csv`` lists and ``places.toml`` does not list as a city."""
    return where.own.level == "city" and _county_level_city(where.own.name)


def with_parent_city(found: Jurisdiction, within: tuple[str, ...] = (), date: str | None = None) -> Jurisdiction:
    """A district's or county's chain that names no city, with its parent city
    before it when ``parent_city`` knows it (江都区 -> 扬州市江都区; on ``date``: 崇文区 in 2008 ->
    北京市崇文区); else unchanged."""
    first = found.places[0]
    if first.level not in ("district", "county") or found.city_place() is not None:
        return found
    city = parent_city(first.name, within, date)
    return Jurisdiction((Place(city, "city"), *found.places)) if city else found


def city_for_doc_prefix(prefix: str, own: Place) -> str | None:
    """The city a district's or county's document-number prefix names before it:
    鞍立政发 of 立山区 -> 鞍山市.  Only when the prefix's second character opens the
    place's own name and exactly one city opening with its first has such a place
    (南鼓政发 of 鼓楼区: 南京, 南昌, 南宁 ... open with 南, only 南京 has a 鼓楼区), or,
    for a place ``counties.csv`` does not list, one city opens with it."""
    if len(prefix) < 3 or prefix[1] != own.name[0] or prefix[0] == own.name[0]:
        return None
    cities = _places()[1].get(prefix[0], ())
    parents = {city for city, _ in county_parents(own.name)}
    if parents:
        cities = tuple(c for c in cities if c in parents)
    return cities[0] if len(cities) == 1 else None


@lru_cache(maxsize=4096)
def region_names(where: Jurisdiction) -> frozenset[str]:
    """The places a jurisdiction lies in, by their full names: its chain and the province
    above it (济南市长清区 -> 济南市, 长清区, 山东省; 定安县 -> 定安县, 海南省), which is what
    the template's place-bound forms are matched against."""
    names = {full_place_name(p.name) for p in where.places}
    if not any(p.level == "province" or p.name in MUNICIPALITIES for p in where.places):
        above = where.city_place() or where.own
        province = province_of(full_place_name(above.name))
        if province:
            names.add(province)
    return frozenset(names)
