"""The national template: a unit name -> (jurisdiction, department type).

``template.toml`` lists the department types every government has
(发展和改革委员会, 财政局, 组织部, 总工会, 税务局 ...) with their official
names and the abbreviations notices print (its records and loading:
``departments.py``).  A unit name resolves here when
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

from functools import lru_cache
from typing import Iterator

from .departments import DepartmentType, Form, Template, choose, fill, load_template, valid_at
from .gazetteer import (PREFIX_KINDS, cities_of, county_parents, former_district_cities, full_place_name,
                        is_listed_place, level_prefix_words, parent_city, printed_short_names)
from .jurisdiction import (Jurisdiction, Place, is_self_name, region_names, with_parent_city,
                           LEVEL_CHARS, LEVEL_WORDS as PLACE_LEVEL_WORDS, NAMED_SHORT_MIN)
from .placechains import PARTY_OPENERS, split_places, without_party_opener
from ..hanzi import to_simplified
from ..text import clean_name
from .spellings import normalize_key
from .ids import template_id
# zones, towns and stations are named bodies (named.py), matched as TemplateMatch
from .named import TemplateMatch, is_own_zone, place_government, station_match, town_match, zone_match
from .towns import TOWN_WORDS
from .institutions import institution_match
from .national import NATION, national_body


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
#: by that word alone (行署办), so a county's notice may print them with no prefix (``places.toml [level_prefixes]``)
PREFECTURE_KINDS = level_prefix_words()["prefecture_kinds"]
#: the level words that name only a city-level place of their own kind (州发改委, 盟发改委, 地区财政局): in a
#: county-level city's notice they name the prefecture above it (``[level_prefixes] prefecture_prefixes``)
PREFECTURE_PREFIXES = level_prefix_words()["prefecture_prefixes"]


# ---------------------------------------------------------------- matching


#: a spelling this short after a place chain (委: the party committee, 武侯区委) is read only after places the gazetteer
#: lists: any two characters before a level word read as a place, and 团省委 (the league's committee) would be the
#: committee of a place 团省
SHORT_SPELLING_MAX_CHARS = 1
#: the party committee's own spellings (its name and its short, not its organs'): after places the gazetteer does not
#: list they name no committee either, any two characters before a level word reading as a place (共青团市委员会, 团县委员会:
#: the league's committee written out, never a party committee of a place 共青团市 or 团县)
COMMITTEE_SPELLINGS = ("委", "委员会")
#: a department printed by its function and this word after the place it belongs to (海东市发展改革部门, 临夏州生态环境部门:
#: a list sharing one kind of department over several places, 海东市、兰州市、临夏州发展改革部门): the department of that
#: place whose spelling is the function and one of FUNCTION_BODY_ENDS (发展改革委, 生态环境局).  Read only after a place
#: chain: a bare or level-prefixed 财政部门 may mean every level's (各级财政部门), so it keeps its reading there
FUNCTION_WORD = "部门"
FUNCTION_BODY_ENDS = ("局", "厅", "委员会", "委")
#: the function's shortest stem so read (发改部门; a one-character stem names no department)
FUNCTION_MIN_STEM = 2


def names_unlisted_committee(places, rest: str) -> bool:
    """A name read as ``places`` and ``rest`` names no body of those places: ``rest`` is a spelling this short or
    the committee's own (``SHORT_SPELLING_MAX_CHARS``, ``COMMITTEE_SPELLINGS``) and a place is one the gazetteer does
    not list (团省委, 共青团县委, 团县委员会: the league's committee, never a committee of a place 团省 or 共青团县)."""
    return ((len(rest) <= SHORT_SPELLING_MAX_CHARS or rest in COMMITTEE_SPELLINGS)
            and not all(is_listed_place(p.name) for p in places))


class TemplateResolver:
    """Resolves names inside a jurisdiction through the template; cheap per call."""

    def __init__(self, template: Template | None = None):
        self.template = template or load_template()
        self._printed_cache: dict[str, dict[str, tuple[str, int]]] = {}

    def match(self, name: str, jurisdiction: Jurisdiction | None, date: str | None,
              nation: bool = False) -> TemplateMatch | None:
        """The template reading of ``name`` inside the notice's ``jurisdiction``, or None; ``nation``: the
        notice is national (its chain the nation's, no jurisdiction: the State Council's short forms are read)."""
        text = printed = to_simplified(clean_name(name))
        for opener in PARTY_OPENERS:
            if text.startswith(opener) and len(text) > len(opener) + 2:
                text = text[len(opener):]
        # 国家发展改革委: the nation's, whatever the notice's place; a central Party body keeps its 中共 (中共中央组织部)
        if body := national_body(printed, date, nation) or (
                national_body(text, date, nation) if text is not printed else None):
            return TemplateMatch(template_id(NATION, body.code), body.name, "template", NATION, body.code,
                                 body.kind, text, TEMPLATE_SCORE)
        if jurisdiction is not None:
            found = self._printed(text, jurisdiction, date)
            if found is not None:
                return found or None    # False: a spelling naming no one body there (Form.unread)
        found = self._with_places(text, jurisdiction, date)
        if found:
            return found
        if jurisdiction is None:    # a listed zone printed by its own name (大龙开发区) is one body anywhere
            return zone_match(text, None, date=date) or institution_match(text, None, LEVEL_WORDS, _complete, self._other_level)
        return (self._with_level_prefix(text, jurisdiction, date)
                or self._with_short_place(text, jurisdiction, date)
                or self._bare(text, jurisdiction, date)
                or self._prefecture_own(text, jurisdiction, date)
                or zone_match(text, jurisdiction, lambda bureau: self.match(bureau, jurisdiction, date), date)
                or place_government(text, lambda name: self._with_places(name, jurisdiction, date), date)
                or town_match(text, jurisdiction)
                or station_match(text, jurisdiction, self.template.stations,
                                 lambda bureau: self.match(bureau, jurisdiction, date))
                or institution_match(text, jurisdiction, LEVEL_WORDS, _complete, self._other_level))

    def is_unit_name(self, text: str) -> bool:
        """True when ``text`` is one name by the template: an optional 中共, a place chain
        or a level prefix (市/区/县/州/盟/旗/省, with 委 for a party organ), one department."""
        text = without_party_opener(to_simplified(clean_name(text)))
        if self._department(text) is not None:
            return True
        prefix = next((p for p in LEVEL_WORDS if text.startswith(p)), None)
        if prefix and self._department(text[len(prefix):]) is not None:
            return True
        return split_places(text, lambda rest: self._department(rest) is not None) is not None

    def prints_place(self, name: str, notice: Jurisdiction, date: str | None) -> bool:
        """True when ``name`` prints the place it belongs to before a department, in full or by the short
        name of a place of the notice's chain (武侯区林业局, 成都市武侯区林业局, 武侯林业局): no level word
        carried from the name before it in a list applies to it (``Resolver._resolve_with_prefix``)."""
        text = without_party_opener(to_simplified(clean_name(name)))
        return (self._with_places(text, notice, date) or self._with_short_place(text, notice, date)) is not None

    def _other_level(self, rest: str, where: Jurisdiction) -> bool:
        """True when ``rest`` spells a type every place has, but at other levels than ``where``'s (公积金中心 after
        县: the city's centre): such a name is that body's branch, no institution named as printed."""
        hits = self.template.keys.get(normalize_key(rest), ())
        return any(not form.places and where.level not in form.levels
                   for form in (self.template.types[c].forms[i] for c, i in hits))

    def is_department(self, text: str) -> bool:
        """True when ``text`` opens with no place and is a department's spelling (财政局)."""
        return self._department(to_simplified(clean_name(text))) is not None

    def is_function_department(self, text: str) -> bool:
        """True when ``text`` is a department printed by its function and 部门 (发展改革部门, ``FUNCTION_WORD``):
        one only after the place it belongs to (``_with_places``; a list's shared body, ``units``)."""
        return self._function_department(to_simplified(clean_name(text))) is not None

    # -- the three ways a name names its government

    def _with_places(self, text: str, notice: Jurisdiction | None, date: str | None) -> TemplateMatch | None:
        """A full place chain first: 成都市武侯区财政局, 来安县政府, 南谯区政府."""
        found = split_places(text, lambda rest: self._department(rest) is not None
                             or self._function_department(rest) is not None)
        if not found:
            return None
        places, rest = found
        if names_unlisted_committee(places, rest):
            return None     # 团省委, 团县委员会: no committee (委, 委员会) of a place 团省 or 团县
        where = _complete(places, notice, date)
        if where is None:
            return None
        return self._resolve(rest, where, date, text, function=True)

    def _with_level_prefix(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None:
        """市发改委, 区发改局, 县委组织部, 州司法局: the prefix read inside the notice; a 地区's
        party organs are printed after its 地委 (地委组织部)."""
        if text.startswith(PREFECTURE_COMMITTEE) and len(text) > len(PREFECTURE_COMMITTEE):
            where = _prefix_place(notice, "地区")
            return self._resolve(text[1:], where, date, text) if where else None
        for prefix in LEVEL_WORDS:
            if text.startswith(prefix) and len(text) > len(prefix) + 1:
                where = _prefix_place(notice, prefix)
                return self._resolve(text[len(prefix):], where, date, text) if where else None
        return None

    def _with_short_place(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None:
        """宁波生态环境局慈溪分局, 慈溪发改局 in a 慈溪市 notice: the notice's own place, a place of its chain or
        the city above it printed by its short name (no level word) before a department is that place
        printed in full, read as such (宁波市生态环境局慈溪分局: ``_printed``, ``_with_places``).  Only the
        notice's places: a short name elsewhere may be two places (which 鼓楼?).  Only a department after
        it: a zone, a town or an institution is named by its own words, which may open as a place's
        short name does (珲春边合区, 思茅港镇, 黄石港街办, 襄阳都市圈…办公室).  A short name of one
        character names nothing (``NAMED_SHORT_MIN``), nor one followed by a level word or a town's
        (北流镇人民政府: a town named after its county)."""
        for place in _short_named_places(notice):
            short = place.short
            if len(short) < NAMED_SHORT_MIN or short == place.name or not text.startswith(short) \
                    or text.startswith(place.name):
                continue
            rest = text[len(short):]
            if not rest or rest[0] in LEVEL_CHARS or rest.startswith(TOWN_WORDS):
                return None
            full = place.name + rest
            found = self._printed(full, notice, date)
            return found if found is not None else self._with_places(full, notice, date)
        return None

    def _bare(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None:
        """No prefix at all (发改委, 政府办): the notice's own government."""
        return self._resolve(text, notice, date, text)

    def _prefecture_own(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None:
        """行署办, 行署 in a county's notice: a body only a 地区's or 盟's government has (a form
        whose kinds are those words) is the prefecture's above, printed bare; a county-level city's notice (喀什市,
        二连浩特市: a place of the city's word, at the county's level) reads the prefecture above it too."""
        chain, city = notice, notice.city_place()
        if city is notice.own and notice.level == "county":     # a county-level city: the prefecture above it
            chain = _above_county_city(notice)
            city = chain.city_place() if chain else None
        if city is None or city is notice.own or city.word not in PREFECTURE_KINDS:
            return None
        where = chain.up_to(city)
        hit = self._department(text, where, date)
        if hit is None or city.word not in hit[1].kinds:
            return None
        return self._make(hit[0], hit[1], where, hit[2])

    def _resolve(self, rest: str, where: Jurisdiction, date: str | None, printed: str,
                 function: bool = False) -> TemplateMatch | None:
        hit = self._department(rest, where, date)
        if hit is None and function:    # after a place chain: 发展改革部门 is its 发展改革委
            hit = self._function_department(rest, where, date)
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

    def _function_department(self, rest: str, where: Jurisdiction | None = None, date: str | None = None):
        """``_department`` of a department printed by its function and 部门 (``FUNCTION_WORD``: 发展改革部门,
        生态环境部门): the function with each of ``FUNCTION_BODY_ENDS`` (发展改革局, 发展改革委员会 …) read there, and
        of the forms so found the place's own (a form bound to places: 北京's 交通委员会), else the type's first
        (交通运输局, not the 交通运输委员会 some places keep): the word 部门 says which body, not which name."""
        key = normalize_key(rest)
        stem = key[:-len(FUNCTION_WORD)]
        if not key.endswith(FUNCTION_WORD) or len(stem) < FUNCTION_MIN_STEM:
            return None
        hits = [hit for end in FUNCTION_BODY_ENDS if (hit := self._department(stem + end, where, date))]
        if where is None or not hits:
            return hits[0] if hits else None
        return min(hits, key=lambda h: (not h[1].places, h[0].forms.index(h[1])))

    def _make(self, t: DepartmentType, form: Form, where: Jurisdiction, key: str) -> TemplateMatch | None:
        canonical = form.full_name(where.placeholders())
        if canonical is None:
            return None
        return TemplateMatch(template_id(where.full, t.code), canonical, "template", where.full, t.code,
                             t.kind, key, TEMPLATE_SCORE, form.source)

    # -- spellings that carry their own place (人行宜昌市中心支行, 团市委)

    def _printed(self, text: str, notice: Jurisdiction, date: str | None) -> TemplateMatch | None | bool:
        """A spelling that carries its own place (人行郑州中心支行, 青岛银保监局) read where it belongs; False where
        the place's own form says such a spelling names no one body in the notice's era (``Form.unread``)."""
        key = normalize_key(text)
        for where in _printed_places(notice, key):
            hits = self._printed_index(where).get(key)
            if hits:
                forms = [(self.template.types[c], self.template.types[c].forms[i]) for c, i in hits
                         if where.level in self.template.types[c].forms[i].levels]
                forms.sort(key=lambda h: not h[1].places)       # the place's own form first
                if any(f.unread and valid_at(date, f.valid_from, f.valid_to) for _, f in forms):
                    return False
                found = choose([h for h in forms if not h[1].unread], date)
                if found:
                    return self._make(found[0], found[1], where, key)
        return None

    def _printed_index(self, where: Jurisdiction) -> dict[str, list[tuple[str, int]]]:
        index = self._printed_cache.get(where.key)
        if index is None:
            index = {}
            values = where.placeholders()
            # a prefecture printed by its one-character name where its full or short name stands (人行博州中心支行,
            # 巴州银保监分局)
            fillings = (values, *({**values, "j": name, "short": name} for name in printed_short_names(values["j"] or "")))
            regions, kind = region_names(where), where.own.word
            for pattern, code, i in self.template.printed:
                if not self.template.types[code].forms[i].in_place(regions, kind):
                    continue
                for spelled in {fill(pattern, filling) for filling in fillings} - {None}:
                    index.setdefault(normalize_key(spelled), []).append((code, i))
            if len(self._printed_cache) < 4096:
                self._printed_cache[where.key] = index
        return index


def _prefix_place(notice: Jurisdiction, prefix: str) -> Jurisdiction | None:
    """The place a level prefix means in the notice (``Jurisdiction.for_prefix``); a prefecture's word (州, 盟, 地区:
    ``PREFECTURE_PREFIXES``) in a county-level city's notice whose chain names nothing above it means the prefecture
    over the city (州发改委 in 凯里市's notice: 黔东南苗族侗族自治州's), as it does over a county's."""
    where = notice.for_prefix(prefix)
    if where is None and prefix in PREFECTURE_PREFIXES and notice.level == "county" and notice.city_place() is notice.own:
        above = _above_county_city(notice)
        where = above.for_prefix(prefix) if above else None
    return where


def _above_county_city(notice: Jurisdiction) -> Jurisdiction | None:
    """The chain over a county-level city's notice (喀什地区 over 喀什地区喀什市, or over 喀什市 alone when the gazetteer
    knows its one parent), None when no place is known above it."""
    if len(notice.places) > 1:
        return Jurisdiction(notice.places[:-1])
    parent = parent_city(notice.own.name)
    return Jurisdiction((Place(parent, "city"),)) if parent else None


def _printed_places(notice: Jurisdiction, key: str) -> Iterator[Jurisdiction]:
    """Where a spelling that carries its own place may belong: the notice's chain, innermost
    first; then, when the chain holds no province, the province above it if the spelling
    names its level or its name (团省委, 河南银保监局 in a 郑州市 notice), else a city of that
    province the spelling names (人行郑州中心支行 in a 洛阳市 notice); in a province's own notice,
    a city of the province the spelling names (人行郑州中心支行 in a 河南省 notice). A place's name is compared as
    the key is written, without 和 (呼和浩特海关).  A county-level city's notice naming nothing above it is read in the
    prefecture over it, a 州's, 盟's or 地区's, as a county's is (团州委, 盟委 in 凯里市's, 乌兰浩特市's notice)."""
    for cut in range(len(notice.places), 0, -1):
        yield Jurisdiction(notice.places[:cut])
    if len(notice.places) == 1 and notice.level == "county" and notice.city_place() is notice.own:
        above = _above_county_city(notice)
        if above is not None and above.own.word in PREFECTURE_PREFIXES:
            yield above
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


def _short_named_places(notice: Jurisdiction) -> Iterator[Place]:
    """The places a name in ``notice`` may print by their short names: its chain, innermost first,
    then the city above a county-level city the chain does not print (宁波市 over 慈溪市)."""
    yield from reversed(notice.places)
    city = notice.placeholders()["city"]
    if city and all(p.name != city for p in notice.places):
        yield Place(city, "city")


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def _city_keys(province: str) -> tuple[tuple[str, str], ...]:
    """A province's cities, each with its names as a key is written (no level word, no 和: 呼浩特), an autonomous
    prefecture also by its short name and the one-character name it goes by (楚雄, 博州)."""
    return tuple((city, key) for city in cities_of(province)
                 for key in dict.fromkeys(normalize_key(name) for name in
                                          (city[:-1], Place(city, "city").short, *printed_short_names(city))))


@lru_cache(maxsize=1)
def default_template_resolver() -> TemplateResolver:
    """The resolver over the shipped template."""
    return TemplateResolver(load_template())


def _complete(places: tuple[Place, ...], notice: Jurisdiction | None, date: str | None = None) -> Jurisdiction | None:
    """A printed chain completed from the notice: 南谯区 in a 滁州市 notice is 滁州市南谯区;
    else from ``counties.csv`` when one city has a place of that name (江都区 -> 扬州市); a district
    the notice's city does not have (on the notice's ``date``) is no place of it (``_district_of``).
    A district's self-name (城区财政局) is the notice's own district, and nothing outside a
    district notice (which 城区 of a city, or of no known city, cannot be told).  In a development zone's own
    notice, the zone printed by one of its names (株洲高新区财政局, 泉州经开区应急局) is the notice's own place."""
    if notice is not None and len(places) == 1 and is_own_zone(places[0].name, notice):
        return notice
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
            if city is not None and not _district_of(first, city, date):
                return None         # 巴州区 in a 巴州 notice (巴中市's), 某某新区 in a 台州市 notice (no district of it)
            if city is not None:
                return Jurisdiction(notice.up_to(city).places + places)
        if first.level == "county" and notice.own.level == "city":
            return Jurisdiction(notice.places + places)
        within = tuple(names)
    return with_parent_city(Jurisdiction(places), within, date)


def _district_of(district: Place, city: Place, date: str | None) -> bool:
    """True when ``counties.csv`` lists the district under ``city``, or ``former_districts.csv`` does until a
    month after ``date`` (崇文区 in a 2008 北京 notice): a printed X区 is read as a district of the notice's city
    only then.  Any other X区 (a zone's 某某新区, another city's district, a county-level city printed with 区,
    崇文区 after 2010) is none of the city's: a made-up district would split one body in two or name one that
    does not exist."""
    full = full_place_name(city.name)
    return any(full in pair for pair in county_parents(district.name)) \
        or full in former_district_cities(district.name, date)
