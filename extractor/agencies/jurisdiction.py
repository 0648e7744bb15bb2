"""Jurisdictions: which government a notice, or a unit name, belongs to.

A jurisdiction is a chain of places, outermost first: (成都市, 武侯区),
(仪陇县,), (四川省,).  It is written as the joined names (``成都市武侯区``),
which is what ``Notice.city`` holds and what ``--city`` accepts.

Places are recognised by the word they end in (省, 自治区, 市, 州, 盟,
地区, 县, 旗, 区), not by a gazetteer: a place is a few characters ending in
such a word, and a chain counts only when what follows it is government
wording (人民政府, 委员会, 办公室 ...) or a department the template knows.
``places.toml`` lists provinces and their cities; ``counties.csv`` (made by
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

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lazyre import lazy_re
from ..hanzi import to_simplified
from ..text import clean_name
from .zones import is_kind_alone, named_zone
from .gazetteer import (
    PREFIX_KINDS, _county_level_city, _listed_opening, _places, _region_shorts, _self_names, county_kind,
    county_parents, full_county_name, full_place_name, is_listed_place, level_words, parent_city, province_of)

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
#: level prefixes that in a county's or district's notice name a place above it (市 the city,
#: 州 the prefecture, 省 the province), never the notice's own government
ABOVE_PREFIXES = ("市", "省", "自治区", "自治州", "州", "盟", "地区")
#: an autonomous prefecture's, county's or banner's level word: its notices print the last character
#: (州委, 县委, 团县委) or the whole word (自治县委, 自治县发改局) as the level prefix
AUTONOMOUS_WORDS = ("自治州", "自治县", "自治旗")
#: the level words of a city-level place as its bodies' branches below print them (盟生态环境局正蓝旗分局,
#: 州生态环境局… for a 自治州); a 地区's are printed with its name
PRINTED_CITY_WORDS = ("市", "州", "自治州", "盟")
#: the four municipalities: province-level cities whose bodies are named like a city's
MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
#: a place is at most this long (恩施土家族苗族自治州 has 10 characters; 12 leaves room)
MAX_PLACE_LEN = 12
#: words that open no place name (全市, 本县, 各区, 我省, 两市 in a joint notice ...) except the few places listed with it
#: (本溪市, 全椒县, 两当县, 市中区: ``_listed_opening``)
NOT_PLACE_START = "全本各我该两市县区省州"
#: characters no place name holds, and that end a department's name: a "place" running
#: over one (发展和改革局东莞市) is two names run together, not a place
NOT_IN_PLACE = set("局委办厅部室处司署")
#: openings of a body's name that no place has (人行郑州中心支行 is the bank, not a place 人行郑州): the banks'
#: short names too (农行吉水县支行 is the bank's branch, not the central bank's 支行 of a place 农行吉水县)
NOT_PLACE_OPENERS = ("人行", "人民银行", "国网", "农行", "工行", "中行", "建行", "交行", "农发行", "国开行", "邮储")
#: a word no place name holds: 农业银行吉水县支行 holds no place 农业银行吉水县 (the pieces end before it)
NOT_IN_PLACE_WORD = "银行"
#: what may follow a notice issuer's place chain
GOVERNMENT_WORDS = ("人民政府", "政府", "行政公署", "委员会", "委", "人大", "政协", "办公室", "办公厅", "党委")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


@dataclass(frozen=True)
class Place:
    """One administrative unit as printed: 武侯区 (district)."""

    name: str
    level: str        #: province | city | county | district

    @property
    def word(self) -> str:
        """The level word it ends in (区, 自治州)."""
        return next(w for w, _ in LEVEL_WORDS if self.name.endswith(w))

    @property
    def short(self) -> str:
        """The name without its level word: 武侯区 -> 武侯, 宜昌市 -> 宜昌; an autonomous region
        without its nationality too (广西壮族自治区 -> 广西: ``places.toml`` [region_short])."""
        return _region_shorts().get(self.name) or self.name[: -len(self.word)] or self.name


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


# ---------------------------------------------------------------- parsing


_LEVEL_OF_WORD = dict(LEVEL_WORDS)
#: the last characters of the level words: a piece ending in another one is no place
_LEVEL_ENDS = frozenset(word[-1] for word, _ in LEVEL_WORDS)


@lru_cache(maxsize=1 << 14)
def level_of(name: str) -> str | None:
    """The level a place name's ending means, or None.  Cached: a notice's
    title and issuer are tried piece by piece for every place they may open."""
    word = next((w for w, _ in LEVEL_WORDS if name.endswith(w)), None)
    if word is None or len(name) <= len(word) or name in PREFIX_KINDS or is_kind_alone(name):
        return None     # 自治区 (林区) alone is a level word, not a place named 自治 in a 区; 高新区 alone is a zone's kind
    return _LEVEL_OF_WORD[word]


def place_ends(text: str, start: int) -> list[int]:
    """Where a place starting at ``start`` may end: after a level word, shortest
    first.  A piece followed by another level character that makes a longer place
    (杭州 before 市, 沙市 before 区) comes after all others, so 杭州市 is read
    before 杭州 and 沙市区 before 沙市, yet a name whose department itself opens
    with a level character still parses (兴宁区 + 市场监管局, 海西州 + 市场监管局)."""
    if start >= len(text):
        return []
    if text[start] in NOT_PLACE_START:   # 全市, 本县 are none, 本溪市, 全椒县, 市中区 are places
        return sorted(start + len(n) for n in _listed_opening(text[start]) if text.startswith(n, start))
    if text[start] in NOT_IN_PLACE or text.startswith(NOT_PLACE_OPENERS, start):
        return []
    ends, later = [], []
    limit = min(len(text), start + MAX_PLACE_LEN)
    if (bank := text.find(NOT_IN_PLACE_WORD, start, limit)) != -1:
        limit = bank
    for end in range(start + 2, limit + 1):
        last = text[end - 1]
        if last in NOT_IN_PLACE:   # the piece's other characters were checked on the way
            break
        if last not in _LEVEL_ENDS:
            continue   # no level word ends here (level_of would say None): most pieces
        piece = text[start:end]
        if not _CJK.match(piece) or level_of(piece) is None:
            continue
        if end - start == 2 and last == "市" and not is_listed_place(piece):
            continue   # no city has a one-character name: 师市 (a 兵团 division's 师市) is none
        if end < len(text) and text[end] in LEVEL_CHARS and level_of(text[start:end + 1]):
            later.append(end)
            continue
        ends.append(end)
    return ends + later if later else ends


def split_places(text: str, accept) -> tuple[tuple[Place, ...], str] | None:
    """The shortest leading chain of places after which ``accept(rest)`` holds.

    ``accept`` decides what may follow (a department, government wording);
    the chain is tried shortest first, so 成都市武侯区财政局 gives
    (成都市, 武侯区) + 财政局 and never a place named 武侯区财.
    """
    return _split_from(text, 0, (), accept)


def _split_from(text, start, chain, accept, depth=0):
    if depth >= 4:
        return None
    for end in place_ends(text, start):
        place = Place(text[start:end], level_of(text[start:end]))
        rest = text[end:]
        if accept(rest):
            return (*chain, place), rest
        found = _split_from(text, end, (*chain, place), accept, depth + 1)
        if found:
            return found
    return None


def is_government_word(rest: str) -> bool:
    """True when ``rest`` opens with government wording (人民政府, 委员会 ...)."""
    return rest.startswith(GOVERNMENT_WORDS)


@lru_cache(maxsize=4096)
def parse_jurisdiction(text: str | None) -> Jurisdiction | None:
    """A jurisdiction string (成都市武侯区, 东莞, 仪陇县) as a chain; None if it is none.

    A bare name without a level word (东莞) is read as a city.
    """
    if not text:
        return None
    text = to_simplified(clean_name(text))
    found = split_places(text, lambda rest: rest == "")
    if found:
        return Jurisdiction(found[0])
    if town := _town_chain(text):
        return town
    if _CJK.match(text) and 2 <= len(text) <= 4 and not text.endswith(tuple(w for w, _ in LEVEL_WORDS)):
        return Jurisdiction((Place(text + "市", "city"),))
    return None


#: a town, township or street after its county's or district's chain (秭归县茅坪镇, 夷陵区小溪塔街道办事处)
TOWN_CHAIN_RE = lazy_re(r"^(.+(?:县|区|市|旗))(.{1,6}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处)?$")


def _town_chain(text: str) -> Jurisdiction | None:
    """A town's chain: its county, district or county-level city (one ``counties.csv`` lists, so no zone
    printed as a place) with the town after it; None for anything else."""
    m = TOWN_CHAIN_RE.match(text)
    if not m or m.group(2)[0] in NOT_PLACE_START:
        return None
    found = split_places(m.group(1), lambda rest: rest == "")
    if not found:
        return None
    chain = Jurisdiction(found[0])
    if chain.level not in ("county", "district") or not (county_parents(chain.own.name) or chain.own.level == "county"):
        return None
    return Jurisdiction(chain.places, m.group(2))


def jurisdiction_in(text: str | None, accept=None) -> Jurisdiction | None:
    """The chain an issuer opens with (成都市武侯区人民政府办公室 -> 成都市武侯区);
    ``accept`` decides what may follow the chain (default: government wording)."""
    if not text:
        return None
    text = to_simplified(clean_name(text))
    for opener in ("中共", "中国共产党"):
        if text.startswith(opener):
            text = text[len(opener):]
    found = split_places(text, accept or is_government_word)
    return Jurisdiction(found[0]) if found else None


def may_lengthen(first: Jurisdiction, text: str) -> bool:
    """Whether a chain of places in ``text`` (simplified, no white space) can complete
    ``first`` (``merge_chains``): a longer chain ending in the same place has a place
    before it, so the place's name follows a level word's last character somewhere
    (成都市武侯区; not 《东莞市, where nothing could come before 东莞市)."""
    name = first.own.name
    at = text.find(name, 1)
    while at != -1:
        if text[at - 1] in _LEVEL_ENDS:
            return True
        at = text.find(name, at + 1)
    return False


#: what after a place makes it one of a list (宁波市海曙区、鄞州区): no single place follows from it
PLACE_LIST_JOINERS = "、，,和与及"


def listed_chain(text: str, start: int = 0) -> Jurisdiction | None:
    """The chain of listed places ``text`` prints from ``start`` (simplified): the first place the
    gazetteer lists (杭州市), lengthened by a district or county right after it that ``counties.csv``
    lists under it (杭州市萧山区) unless a list of places goes on (杭州市萧山区、余杭区); None when
    no listed place opens there.  What follows the chain is not asked about."""
    first = next((end for end in place_ends(text, start) if is_listed_place(text[start:end])), None)
    if first is None:
        return None
    city = Place(text[start:first], level_of(text[start:first]))
    if city.level == "city":
        for end in place_ends(text, first):
            name = text[first:end]
            if (level_of(name) in ("district", "county") and any(c == full_place_name(city.name)
                                                                  for c, _ in county_parents(name))
                    and not text.startswith(tuple(PLACE_LIST_JOINERS), end)):
                return Jurisdiction((city, Place(name, level_of(name))))
    return Jurisdiction((city,))


def merge_chains(first: Jurisdiction, other: Jurisdiction | None) -> Jurisdiction:
    """``first`` completed by a longer chain that ends in the same place
    (issuer 武侯区… and title 成都市武侯区… -> 成都市武侯区)."""
    if other and len(other.places) > len(first.places) and other.own.name == first.own.name:
        return other
    return first


# ---------------------------------------------------------------- provinces and cities


def is_self_name(place: Place, city: Place | None) -> bool:
    """True when a district printed as ``place`` is a word districts call themselves by
    (城区, ``self_names.toml``) rather than a district's name: not in a city that has a
    district officially so named (there it is that district)."""
    cities = _self_names().get(place.name)
    return cities is not None and (city is None or city.name not in cities)


@lru_cache(maxsize=64)
@lru_cache(maxsize=1 << 12)
def _placeholders(jurisdiction: Jurisdiction) -> dict[str, str | None]:
    return jurisdiction._placeholders()


def is_county_level_city(where: Jurisdiction) -> bool:
    """True when the jurisdiction's own place is a county-level city (弥勒市, 义乌市): a 市 that
    ``counties.csv`` lists and ``places.toml`` does not list as a city."""
    return where.own.level == "city" and _county_level_city(where.own.name)


def with_parent_city(found: Jurisdiction, within: tuple[str, ...] = ()) -> Jurisdiction:
    """A district's or county's chain that names no city, with its parent city
    before it when ``parent_city`` knows it (江都区 -> 扬州市江都区); else unchanged."""
    first = found.places[0]
    if first.level not in ("district", "county") or found.city_place() is not None:
        return found
    city = parent_city(first.name, within)
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
