"""The gazetteer: what ``places.toml``, ``counties.csv`` and ``self_names.toml`` say about a place's name.

Name-level questions only, each answered from the data files beside this module: the province above a
city (绵阳市 -> 四川省), the parent city of a county or district (江都区 -> 扬州市), the full name of an
autonomous prefecture, county or banner printed short (海西州, 巴里坤县, 科右前旗), whether a name is a
listed place at all.  ``jurisdiction.py`` and ``placechains.py`` build place chains on these answers
(docs/agencies.md, "Jurisdictions")."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..cachefiles import load_toml

#: the kinds of county-level place (counties.csv's last column) whose notices print the kind
#: itself as their level prefix (林区财政局 in 神农架林区's notices, 特区教育局 in 六枝特区's); alone
#: such a word is no place.  林区 stays a 区 word: 碑林区 and 北林区 are city districts
PREFIX_KINDS = ("林区", "特区")
#: provinces and their city-level places (no counties): the province above a city, and
#: the city a document-number prefix's first character stands for
PLACES_FILE = Path(__file__).parent / "places.toml"
#: every county-level place with its parent city (empty under a province) and province
COUNTIES_FILE = Path(__file__).parent / "counties.csv"
#: counties made districts since 2000, with the month of the change (撤县设区: 沾化县 -> 沾化区, 2014-09)
FORMER_COUNTIES_FILE = Path(__file__).parent / "former_counties.csv"
#: city districts merged away since 2000, with the month of the change (崇文区 -> 东城区, 北京市, 2010-07)
FORMER_DISTRICTS_FILE = Path(__file__).parent / "former_districts.csv"
#: words districts call themselves by (城区), with the cities that have a district so named
SELF_NAMES_FILE = Path(__file__).parent / "self_names.toml"


@lru_cache(maxsize=1)
def _places_data() -> dict:
    """``places.toml`` as parsed, read once (the callers must not change it)."""
    return load_toml(PLACES_FILE)


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(city -> province, first character -> cities) from ``places.toml``."""
    provinces = _places_data()["provinces"]
    province_of_city = {c: p for p, cities in provinces.items() for c in cities}
    by_first: dict[str, list[str]] = {}
    for city in province_of_city:
        by_first.setdefault(city[0], []).append(city)
    return province_of_city, {k: tuple(v) for k, v in by_first.items()}


@lru_cache(maxsize=16)
def _listed_opening(char: str) -> tuple[str, ...]:
    """The places of ``places.toml`` and ``counties.csv`` whose name opens with ``char``, and the
    shortest short name of such an autonomous county (本溪县 for 本溪满族自治县): for the characters
    of ``NOT_PLACE_START``, the only places a name opening with one may hold."""
    names = {n for n in (*_places()[0], *_counties()) if n.startswith(char)}
    shorts = (next((n[:k] + n[-1] for k in range(COUNTY_SHORT_MIN, len(n) - 3)
                    if full_county_name(n[:k] + n[-1]) == n), None)
              for n, _, _ in _autonomous_counties() if n.startswith(char))
    return tuple(sorted(names | set(filter(None, shorts))))


@lru_cache(maxsize=1)
def level_words() -> tuple[tuple[str, str], ...]:
    """``places.toml`` [levels]: each level word a place's name ends in with the level it means
    (自治州 -> city), longest first (a name ending 自治州 ends in 州 too)."""
    return tuple(sorted(_places_data()["levels"].items(), key=lambda word_level: -len(word_level[0])))


@lru_cache(maxsize=1)
def level_prefix_words() -> dict[str, tuple[str, ...]]:
    """``places.toml`` [level_prefixes]: the level words each reader asks of a body's level prefix (above the notice's
    place, autonomous, a city's as its branches print it, a prefecture's), each a part of [levels]."""
    return {use: tuple(words) for use, words in _places_data()["level_prefixes"].items()}


@lru_cache(maxsize=1)
def _region_shorts() -> dict[str, str]:
    """Autonomous region -> its short name (广西壮族自治区 -> 广西), from ``places.toml``."""
    return dict(_places_data().get("region_short", {}))


@lru_cache(maxsize=1)
def province_doc_chars() -> dict[str, str]:
    """The character a province-level place's document numbers open with -> the place (湘 -> 湖南省, 京 -> 北京市),
    from ``places.toml`` ``[doc_number_chars]``."""
    return {char: place for place, char in _places_data().get("doc_number_chars", {}).items()}


def doc_number_char(place: str) -> str:
    """The character ``place``'s document numbers open with: a province's from ``[doc_number_chars]``, a city's from
    ``[city_doc_number_chars]`` (广州市 -> 穗), else its name's first (徐州市 -> 徐)."""
    data = _places_data()
    return data.get("doc_number_chars", {}).get(place) or data.get("city_doc_number_chars", {}).get(place) or place[0]


@lru_cache(maxsize=1)
def _prefecture_shorts() -> dict[str, str]:
    """One-character prefecture names in use (巴州 -> 巴音郭楞蒙古自治州), from ``places.toml``."""
    return dict(_places_data().get("prefecture_short", {}))


def printed_short_names(full: str) -> tuple[str, ...]:
    """The one-character names a prefecture is printed by where its full name would stand (博尔塔拉蒙古自治州 ->
    博州: 人行博州中心支行), from ``places.toml``'s [prefecture_short]; () for any other place."""
    return tuple(short for short, name in _prefecture_shorts().items() if name == full)


#: a place's short name keeps at least this many characters when its nationalities are dropped (鄂温克族自治旗
#: is named after its nationality alone: its short name keeps it)
AUTONOMOUS_SHORT_MIN = 2


@lru_cache(maxsize=1)
def _nationality_words() -> tuple[str, ...]:
    """The words a nationality is printed by in a place's name, longest first: each of ``places.toml``
    [nationalities], and a name of two characters or more without its 族 (伊犁哈萨克自治州)."""
    names = _places_data()["nationalities"]["names"]
    return tuple(sorted({*names, *(n[:-1] for n in names if len(n) > 2)}, key=len, reverse=True))


@lru_cache(maxsize=512)
def without_nationalities(stem: str) -> str:
    """An autonomous place's name before its level word without the nationalities closing it: 楚雄彝族 -> 楚雄,
    阿坝藏族羌族 -> 阿坝, 克孜勒苏柯尔克孜 -> 克孜勒苏; a stem that would keep fewer than
    ``AUTONOMOUS_SHORT_MIN`` characters (鄂温克族) as it is."""
    short = stem
    while (word := next((w for w in _nationality_words() if short.endswith(w)), None)) \
            and len(short) - len(word) >= AUTONOMOUS_SHORT_MIN:
        short = short[:-len(word)]
    return short


@lru_cache(maxsize=1)
def _self_names() -> dict[str, tuple[str, ...]]:
    """District self-name -> the cities that have a district so named (``self_names.toml``)."""
    return {word: tuple(cities) for word, cities in load_toml(SELF_NAMES_FILE)["district_self_names"].items()}


#: an autonomous prefecture's short name (海西州) must keep at least this many characters
#: before 州 to be expanded: 德州 (a city) would otherwise read as 德宏…自治州
PREFECTURE_SHORT_MIN = 2


@lru_cache(maxsize=1024)
def full_place_name(name: str) -> str:
    """The official name of a city-level place printed short: 海西州 -> 海西蒙古族藏族自治州
    (the one 自治州 of ``places.toml`` whose name opens with 海西), and 湘西自治州 (the prefecture's
    own letters drop the nationalities) -> 湘西土家族苗族自治州, and the few that go by one character
    (巴州, ``places.toml``'s [prefecture_short]); anything else as given."""
    word = "自治州" if name.endswith("自治州") else "州"
    short = name[:-len(word)]
    if not name.endswith("州") or len(short) < PREFECTURE_SHORT_MIN:
        return _prefecture_shorts().get(name, name)
    province_of_city, by_first = _places()
    if name in province_of_city or name + "市" in province_of_city:
        return name
    found = [c for c in by_first.get(name[0], ()) if c.endswith("自治州") and c.startswith(short)]
    return found[0] if len(found) == 1 else name



@lru_cache(maxsize=1024)
def listed_city_name(name: str) -> str:
    """The listed city a bare name read as a place stands for: 泰州 (a piece ending in 州, so a place, printed
    without its 市: a title's 泰州关于印发…) -> 泰州市, when exactly one place the gazetteer lists is the name with a
    level word and that place is a city (江苏's 泰州市; 台州 is another name).  A listed name, one no listed place
    completes, or one several do (a city and a county) is given back as printed."""
    if is_listed_place(name):
        return name
    found = {name + word for word, _ in level_words() if is_listed_place(name + word)}
    city = found.pop() if len(found) == 1 else None
    return city if city in _places()[0] else name


def province_of(city: str) -> str | None:
    """The province of a city-level place (绵阳市 -> 四川省), or of a county-level
    place (义乌市 -> 浙江省; 陵水县, an autonomous county printed short, -> 海南省) when one
    place has that name; else None."""
    found = _places()[0].get(city)
    if found is None:
        parents = {province for _, province in county_parents(city) or county_parents(full_county_name(city))}
        found = parents.pop() if len(parents) == 1 else None
    return found


def names_listed_place(name: str) -> bool:
    """``name`` is a place the gazetteer lists, printed whole or without its level word (潮州 for 潮州市, 荆州 of
    荆州开发区, 大兴安岭 for 大兴安岭地区: ``level_words``)."""
    return is_listed_place(name) or any(is_listed_place(name + word) for word, _ in level_words())


def is_listed_place(name: str) -> bool:
    """True for a province or city of ``places.toml`` or a county-level place of ``counties.csv``:
    a place the gazetteer knows by that name, not a piece that merely ends in a level word."""
    return name in _listed_places()


@lru_cache(maxsize=8)
def listed_places_less_level(levels: tuple[str, ...]) -> frozenset[str]:
    """The names ``is_listed_place`` answers True for that end in one of ``levels`` (level words of one
    character: 市, 县, 区), each without it: ``name in listed_places_less_level(levels)`` is
    ``any(is_listed_place(name + level) for level in levels)`` in one lookup (广州: 广州市 is listed)."""
    return frozenset(name[:-1] for name in _listed_places() if name[-1:] in levels)


@lru_cache(maxsize=1)
def _listed_places() -> frozenset[str]:
    """The names ``is_listed_place`` answers True for, in one set: it is asked of every bare place a unit
    list may open with (three times for a short name: 发改局 + 市, 县, 区), and a scan of the provinces
    among the cities' values cost some 13 µs an answer, 3 % of a bench run (docs/scale.md, session 45)."""
    province_of_city = _places()[0]
    return frozenset((*province_of_city, *province_of_city.values(),
                      *(name for name, parents in _counties().items() if parents)))



@lru_cache(maxsize=1)
def provinces() -> tuple[str, ...]:
    """The province-level places of ``places.toml`` (北京市, 河北省 …, 新疆维吾尔自治区), in its order."""
    return tuple(_places_data()["provinces"])


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """The municipalities (北京市, 天津市, 上海市, 重庆市): the provinces of ``places.toml`` named 市, province-level
    cities whose bodies are named like a city's."""
    return frozenset(p for p in provinces() if p.endswith("市"))


@lru_cache(maxsize=64)
def cities_of(province: str) -> tuple[str, ...]:
    """The city-level places of a province in ``places.toml`` (河南省 -> 郑州市, 开封市 …)."""
    return tuple(c for c, p in _places()[0].items() if p == province)


def places_named(texts: Iterable[str]) -> tuple[str, ...]:
    """The provinces and cities of ``places.toml`` that ``texts`` print in full."""
    province_of_city = _places()[0]
    names = (*province_of_city, *dict.fromkeys(province_of_city.values()))
    texts = tuple(texts)
    return tuple(n for n in names if any(n in t for t in texts))


def _csv_rows(path: Path) -> tuple[dict[str, str], ...]:
    """The rows of one of the gazetteer's csv files, its # comment lines skipped."""
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(line for line in fh if not line.startswith("#")))


@lru_cache(maxsize=1)
def _county_rows() -> tuple[dict[str, str], ...]:
    return _csv_rows(COUNTIES_FILE)


@lru_cache(maxsize=1)
def _counties() -> dict[str, tuple[tuple[str, str], ...]]:
    """County-level place name -> its (parent city, province) pairs, from ``counties.csv``."""
    parents: dict[str, list[tuple[str, str]]] = {}
    for row in _county_rows():
        parents.setdefault(row["name"], []).append((row["city"], row["province"]))
    return {name: tuple(pairs) for name, pairs in parents.items()}


@lru_cache(maxsize=1)
def _prefix_kind_places() -> dict[str, str]:
    """The county-level places whose kind is a PREFIX_KINDS word (神农架林区 -> 林区)."""
    return {row["name"]: row["level"] for row in _county_rows() if row["level"] in PREFIX_KINDS}


def county_kind(name: str) -> str | None:
    """The kind ``counties.csv`` gives a county-level place when it is one its notices print as
    their level prefix (神农架林区 -> 林区, 六枝特区 -> 特区); else None."""
    return _prefix_kind_places().get(name)


@lru_cache(maxsize=1)
def _former_counties() -> dict[str, tuple[str, str, str]]:
    """Former county name -> (parent city, province, month it became a district), from ``former_counties.csv``."""
    return {row["name"]: (row["city"], row["province"], row["changed"]) for row in _csv_rows(FORMER_COUNTIES_FILE)}


def is_former_county(name: str) -> bool:
    """True for a county of ``former_counties.csv`` (淮阳县, 沾化县): a place's name whatever the date, as a
    list of places prints it (``sharedheads.share_place_heads``); which body it names is ``former_county``'s."""
    return name in _former_counties()


def former_county(name: str, date: str | None) -> tuple[str, str] | None:
    """The (parent city, province) of ``name`` when it was a county on ``date`` that has since become a
    district (沾化县 before 2014-09 -> (滨州市, 山东省)); None after the change, for an undated notice (its era
    cannot be told) and for any other name."""
    row = _former_counties().get(name)
    if row is None or not date or date[:7] >= row[2]:
        return None
    return row[0], row[1]


@lru_cache(maxsize=1)
def _former_districts() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Former district name -> its (city, province, month it was merged away), from ``former_districts.csv``."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for row in _csv_rows(FORMER_DISTRICTS_FILE):
        found.setdefault(row["name"], []).append((row["city"], row["province"], row["changed"]))
    return {name: tuple(rows) for name, rows in found.items()}


def former_district_parents(name: str, date: str | None) -> tuple[tuple[str, str], ...]:
    """The (city, province) of every city ``name`` was a district of on ``date`` that has since been merged away
    (崇文区 before 2010-07 -> ((北京市, 北京市),)); () from the month of the change on, for an undated notice (its
    era cannot be told) and for any other name (a district of today is counties.csv's)."""
    if not date:
        return ()
    return tuple((city, province) for city, province, changed in _former_districts().get(name, ())
                 if date[:7] < changed)


def former_district_cities(name: str, date: str | None) -> tuple[str, ...]:
    """The cities of ``former_district_parents``: 崇文区 in 2008 -> (北京市,)."""
    return tuple(city for city, _ in former_district_parents(name, date))


def former_place_bounds() -> list[str]:
    """The months a former county's or district's era turns on, for the resolver's date cache."""
    return [changed for _, _, changed in _former_counties().values()] + \
        [changed for rows in _former_districts().values() for _, _, changed in rows]


def county_names() -> tuple[str, ...]:
    """Every county-level place name ``counties.csv`` lists, once each."""
    return tuple(_counties())


def county_parents(name: str) -> tuple[tuple[str, str], ...]:
    """The (parent city, province) of every county-level place called ``name``:
    江都区 -> ((扬州市, 江苏省),); 鼓楼区 -> four; an unknown name -> ()."""
    return _counties().get(name, ())


#: an autonomous county's or banner's short name (巴里坤县) must keep at least this many
#: characters before 县/旗 to be expanded, as a prefecture's must (PREFECTURE_SHORT_MIN)
COUNTY_SHORT_MIN = 2


@lru_cache(maxsize=1)
def _autonomous_counties() -> tuple[tuple[str, str, str], ...]:
    """Every 自治县 / 自治旗 of ``counties.csv`` with its (parent city, province)."""
    return tuple((name, city, province) for name, pairs in _counties().items()
                 if name.endswith(("自治县", "自治旗")) for city, province in pairs)


@lru_cache(maxsize=1024)
def full_county_name(name: str, city: str | None = None) -> str:
    """The official name of an autonomous county or banner printed short, as its own notices
    print it: 巴里坤县 -> 巴里坤哈萨克自治县, 鄂伦春旗 -> 鄂伦春自治旗 — the one 自治县 (自治旗) of
    ``counties.csv`` ending in the same word whose name opens with the short name, under
    ``city`` when it is known, else nationally.  A name the table lists as it is (宁县) and
    anything else stays as given."""
    word = name[-1:]
    short = name[:-1]
    if word not in ("县", "旗") or name.endswith(("自治县", "自治旗")) or len(short) < COUNTY_SHORT_MIN \
            or county_parents(name):
        return name
    found = {n for n, c, p in _autonomous_counties()
             if n.startswith(short) and n.endswith(word) and (city is None or city in (c, p))}
    if len(found) != 1 and word == "旗" and city is not None:
        found = _banners_by_letters(name, city)
    return found.pop() if len(found) == 1 else name


def _banners_by_letters(name: str, city: str) -> set[str]:
    """The banners under ``city`` that open with ``name``'s letter and hold all its letters in
    order: a banner printed by some of its letters (阿右旗 -> 阿拉善右旗, 科右前旗 -> 科尔沁右翼前旗,
    达茂旗 -> 达尔罕茂明安联合旗), as its prefecture's notices print it."""
    return {n for n, pairs in _counties().items()
            if n.endswith("旗") and n[0] == name[0] and any(city in pair for pair in pairs) and _in_order(name, n)}


def _in_order(letters: str, name: str) -> bool:
    rest = iter(name)
    return all(ch in rest for ch in letters)



@lru_cache(maxsize=1 << 12)
def _county_level_city(name: str) -> bool:
    return name.endswith("市") and name not in _places()[0] and bool(county_parents(name))


def parent_city(name: str, within: tuple[str, ...] = (), date: str | None = None) -> str | None:
    """The city above the district or county ``name`` when one place has that name,
    nationally or among those under a place in ``within`` (a province or city the
    notice names); None when the name is unknown, shared (鼓楼区) or under a province.
    On ``date`` a district since merged away is one of the places (崇文区 in 2008 -> 北京市;
    双桥区 in 2009, 承德's and 重庆's then: None)."""
    pairs = county_parents(name) + former_district_parents(name, date)
    if within:
        pairs = tuple(p for p in pairs if p[0] in within or p[1] in within) or pairs
    cities = {city for city, _ in pairs}
    city = cities.pop() if len(cities) == 1 else None
    return city or None
