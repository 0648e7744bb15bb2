"""Development zones and national new areas known by name (``zones.toml``; docs/agencies.md, "Canonical names").

A zone's official name cannot be derived from what a notice prints: 高新区 is short for 高新技术产业开发区, 经开区 for a
national 经济技术开发区 or a provincial 经济开发区, and the name may carry a province's or 国家's (保定国家高新技术产业开发区,
湖南醴陵经济开发区).  So a zone printed short is read only when the list knows it; the kinds whose short word says the
whole name (边合区: every 边境经济合作区 is its place and the kind) are expanded everywhere.  This module knows the data
and the printed names; ``named.zone_match`` reads a unit name with it and ``jurisdiction`` names a zone's own notice.
It imports nothing of the place machinery, so both can use it.
"""
from __future__ import annotations

from dataclasses import dataclass
import re
from functools import lru_cache
from pathlib import Path

from ..cachefiles import load_toml
from ..text import alternation

#: the list of zone kinds, zones, zone bureaus and national new areas
ZONES_FILE = Path(__file__).parent / "zones.toml"
#: the level words a zone's place ends in, dropped to get the short name printed before the zone (佛山市 -> 佛山)
PLACE_WORDS = ("市", "区", "县", "旗")
#: what a zone's committee's official name adds to the zone's (珠海高新技术产业开发区管理委员会)
COMMITTEE_NAME = "管理委员会"
#: what a party body's name opens with (中共…委员会办公室): a part of a new area signs by it too
PARTY_OPENER = "中共"
#: the party committee's words after a part of a new area's name (中共…秦汉新城委员会, …工作委员会)
PARTY_COMMITTEE_WORDS = "工作委员会|委员会|工委"
#: the word before a zone's kind that a short form drops (玉溪国家高新技术产业开发区 is printed 玉溪高新区)
NATIONAL_WORD = "国家"
@dataclass(frozen=True)
class Zone:
    """A development zone or a national new area whose official name is known."""

    name: str           #: its official name without 管理委员会 (玉溪国家高新技术产业开发区)
    province: str       #: where it is: its id is made from the province and the name
    place: str          #: the place whose notices print it without that place's name ("" for a new area)
    committee: str      #: its committee's official name
    #: the names it had before, each with the month it ended (``zones.toml`` ``former``: 徐州经济开发区 until 2010-04)
    former: tuple[tuple[str, str], ...] = ()

    def committee_on(self, date: str | None) -> str:
        """The committee's official name on ``date``: a former name's before it ended, else the present one (an undated
        notice's too: which era it is cannot be told)."""
        for name, until in self.former:
            if date and date < until:
                return name + COMMITTEE_NAME
        return self.committee


@dataclass(frozen=True)
class Printed:
    """One printed name of a zone and where it reads as that zone."""

    zone: Zone
    scope: str | None   #: None: anywhere; else a place that must be in the notice's chain
    own_only: bool      #: the place must be the notice's own (a kind alone: 高新区 in 佛山市's notice)


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_toml(ZONES_FILE)


@lru_cache(maxsize=1)
def zone_words() -> tuple[str, ...]:
    """The words a development zone's own name ends in (``[place] words``: 开发区, 高新区, 经开区 …), when a
    notice's chain prints the zone as its place (珠海高新区) or a committee word follows (``named.zone_re``)."""
    return tuple(_data()["place"]["words"])


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def together_group_re() -> re.Pattern:
    """A 各 group of a city's county and district governments (``[together] place_group``: 各县市区政府), simplified,
    its brackets ASCII: a zone's committee by its kind alone printed right after it is the zones together."""
    return re.compile(_data()["together"]["place_group"])


def committee_words() -> str:
    """The words a zone's committee is printed by after the zone's name (``[committee] words``: 管委会,
    管理委员会, 管委), as one regex alternation (longest first)."""
    return alternation(_data()["committee"]["words"])


@lru_cache(maxsize=1)
def zone_kinds() -> tuple[dict, ...]:
    """The ``[[kind]]`` tables: full word, short words, official, expand."""
    return tuple(_data()["kind"])


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """Every zone kind word, full and short (高新技术产业开发区, 高新区, 经开区 …): alone, each is no place's name."""
    return frozenset(w for k in zone_kinds() for w in (k["full"], *k.get("short", ())))


@lru_cache(maxsize=1)
def topic_words() -> frozenset[str]:
    """The industry words a zone may be named by instead of a place (``[topic] words``: 医药, 化工)."""
    return frozenset(_data()["topic"]["words"])


def is_topic_zone(zone: str) -> bool:
    """True for a zone printed as an industry and its kind alone (医药高新区, 化工经济开发区): no place, and no name
    of its own that would tell one place's zone from another's."""
    kind = next((w for w in sorted(kind_words() | set(zone_words()), key=len, reverse=True) if zone.endswith(w)), None)
    return kind is not None and zone[:-len(kind)] in topic_words()


def is_kind_alone(name: str) -> bool:
    """True for a zone's kind printed alone (高新区, 经开区, 开发区, 新区): no place is named so."""
    return name in kind_words() or name in zone_words()


@lru_cache(maxsize=1)
def official_kinds() -> tuple[str, ...]:
    """The kinds whose full word after a place of the notice's chain is the zone's official name."""
    return tuple(k["full"] for k in zone_kinds() if k.get("official"))


#: the fewest characters a zone's own name prints before its kind (潍坊 + 高新技术产业开发区)
SIGNED_NAME_MIN_CHARS = 2
#: the most: a place's and a name of its own (惠州仲恺 + …), as ``named.ZONE_NAME_MAX_CHARS``
SIGNED_NAME_MAX_CHARS = 12


@lru_cache(maxsize=1)
def _signed_re() -> re.Pattern:
    full = alternation(official_kinds())
    return re.compile(rf"^(.{{{SIGNED_NAME_MIN_CHARS},{SIGNED_NAME_MAX_CHARS}}}?(?:{full}))(?:{committee_words()})")


def signed_zone(issuer: str) -> str | None:
    """The zone an issuer (simplified, no white space) signs for by its official name: a name and a kind in full
    whose full word is the official name (``official_kinds``) before a committee word
    (潍坊高新技术产业开发区管理委员会办公室 -> 潍坊高新技术产业开发区), as a zone's own office signs its notices
    whatever short name its title prints (潍坊高新区).  A short kind (潍坊高新区管委会) or one whose official name
    may add a province's name (霍山经济开发区管委会: a provincial 经济开发区) prints no official name: None."""
    m = _signed_re().match(issuer)
    return m.group(1) if m else None


@lru_cache(maxsize=256)
def signed_short_names(signer: str) -> frozenset[str]:
    """The names a title block's issuer line may print a zone's body by when its signature names it in full
    (``signed_zone``): the zone with each short word of its kind, and each committee word, before the rest
    (潍坊高新技术产业开发区管理委员会办公室 -> 潍坊高新区管委会办公室, 潍坊高新技术产业开发区管委会办公室 …); none for a
    signer naming no zone so."""
    zone = signed_zone(signer)
    if zone is None:
        return frozenset()
    committee = re.match(committee_words(), signer[len(zone):])
    rest = signer[len(zone) + committee.end():]   # (signed_zone matched a committee word after the zone)
    return frozenset(v + word + rest for v in _variants(zone) for word in _data()["committee"]["words"])


@lru_cache(maxsize=1024)
def own_zone(place: str) -> Zone | None:
    """The zone a notice's own place is: a listed one (``named_zone``), else a zone its page names by its official
    name (``signed_zone``: a name and an official kind in full, 潍坊高新技术产业开发区), its name as printed."""
    if (zone := named_zone(place)) is not None:
        return zone
    if any(place.endswith(kind) and len(place) >= len(kind) + SIGNED_NAME_MIN_CHARS for kind in official_kinds()) \
            or area_part(place) == place:
        return Zone(place, place, "", place + COMMITTEE_NAME)
    return None


def expand_short(zone: str) -> str:
    """A zone printed with a short word that always means its full kind, expanded (珲春边合区 -> 珲春边境经济合作区)."""
    for k in zone_kinds():
        if k.get("expand"):
            for short in k.get("short", ()):
                if zone.endswith(short) and len(zone) > len(short):
                    return zone[: -len(short)] + k["full"]
    return zone


def _variants(core: str) -> set[str]:
    """``core`` and each form with its kind's full word replaced by a short one."""
    out = {core}
    for k in zone_kinds():
        if core.endswith(k["full"]):
            out.update(core[: -len(k["full"])] + s for s in k.get("short", ()))
    return out


def _core(name: str, province: str) -> str:
    """A zone's name without its province's name or 国家 (湖南醴陵经济开发区 -> 醴陵经济开发区, 保定国家高新… -> 保定高新…)."""
    province_short = _place_short(province.removesuffix("自治区").removesuffix("省"))
    for opening in (province, province_short):
        if name.startswith(opening) and name[len(opening):] not in kind_words():   # 吉林高新…: 吉林市's
            name = name[len(opening):]
            break
    return name.replace(NATIONAL_WORD, "", 1) if NATIONAL_WORD + "高新" in name else name


def _place_short(place: str) -> str:
    return place[:-1] if place.endswith(PLACE_WORDS) and len(place) > 2 else place


#: the most characters a part of a national new area prints for its own name before its word (秦汉 + 新城)
AREA_PART_NAME_MAX_CHARS = 4


@lru_cache(maxsize=1)
def _area_part_re() -> re.Pattern:
    printed = alternation([p for area in _data().get("area", ()) for p in area["printed"]])
    words = alternation(_data().get("area_parts", {}).get("words", ()))
    return re.compile(rf"^((?:{printed})[\u4e00-\u9fff]{{{SIGNED_NAME_MIN_CHARS},{AREA_PART_NAME_MAX_CHARS}}}?(?:{words}))")


def area_part(text: str) -> str | None:
    """The part of a listed national new area ``text`` (simplified, no white space) opens with: the area's printed
    name, the part's own name and a part word (``[area_parts] words``: 陕西省西咸新区秦汉新城 in
    陕西省西咸新区秦汉新城管理委员会办公室), as printed; None for any other text, a name with no part word
    (陕西省西咸新区开发建设管理委员会, the area's own committee) too."""
    if not _data().get("area_parts", {}).get("words"):
        return None
    m = _area_part_re().match(text)
    return m.group(1) if m else None


def signed_area_part(issuer: str) -> str | None:
    """The part of a national new area an issuer (simplified, no white space, a party opener 中共 allowed) signs for:
    the part (``area_part``) before a committee word or the party's 委员会 / 工作委员会
    (中共陕西省西咸新区秦汉新城委员会办公室 -> 陕西省西咸新区秦汉新城), else None."""
    text = issuer.removeprefix(PARTY_OPENER)
    part = area_part(text)
    rest = text[len(part):] if part else ""
    return part if part and re.match(rf"(?:{committee_words()}|{PARTY_COMMITTEE_WORDS})", rest) else None


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Printed, ...]]:
    """Printed name -> its readings (a name two zones share in one scope reads as neither: ``find``)."""
    index: dict[str, list[Printed]] = {}

    def add(printed: str, reading: Printed) -> None:
        index.setdefault(printed, []).append(reading)

    for entry in _data().get("zone", ()):
        former = tuple((f["name"], f["until"]) for f in entry.get("former", ()))
        zone = Zone(entry["name"], entry["province"], entry["place"], entry["name"] + COMMITTEE_NAME, former)
        for name in (zone.name, *(f for f, _ in former)):
            core = _core(name, zone.province)
            for printed in {name, *_variants(core), *entry.get("printed", ())}:
                add(printed, Printed(zone, None, False))
            short = _place_short(zone.place)
            for opening in (zone.place, short):
                if core.startswith(opening) and len(core) > len(opening):
                    rest = core[len(opening):]
                    for printed in _variants(rest):
                        add(printed, Printed(zone, zone.place, printed in kind_words()))
                    break
    for area in _data().get("area", ()):
        zone = Zone(area["name"], area["province"], "", area["name"])
        for printed in area["printed"]:
            add(printed, Printed(zone, None, False))
    return {k: tuple(v) for k, v in index.items()}


def rename_bounds() -> list[str]:
    """The months listed zones' former names ended (``zones.toml`` ``former``), for the resolver's date cache: a
    notice dated before one and one dated after it must not share a cache entry (``Zone.committee_on``)."""
    return [f["until"] for entry in _data().get("zone", ()) for f in entry.get("former", ())]


def find(printed: str, places: tuple[str, ...]) -> Zone | None:
    """The zone ``printed`` names in a notice whose chain's places are ``places`` (outermost first), or None.
    With or without 管委会 after it (责任单位：…、大龙开发区; 开发区 alone in 烟台市's notice, as a district printed alone
    is its government: docs/agencies.md), a kind alone reads only in its place's own notice."""
    found = {r.zone for r in _index().get(printed, ()) if _reads(r, places)}
    return found.pop() if len(found) == 1 else None


def _reads(reading: Printed, places: tuple[str, ...]) -> bool:
    if reading.scope is None:
        return True
    if not places:
        return False
    return reading.scope == places[-1] if reading.own_only else reading.scope in places


@lru_cache(maxsize=1024)
def named_zone(place: str) -> Zone | None:
    """The zone a chain's own place is when it is a listed development zone printed as a place (珠海高新区, 玉溪高新区)."""
    zone = find(place, ()) if place.endswith(zone_words() + official_kinds()) else None
    return zone if zone is not None and zone.place else None    # a new area's chain (兰州新区) keeps its name


@lru_cache(maxsize=256)
def own_forms(zone: Zone) -> frozenset[str]:
    """The names a zone's own notice prints it by before one of its bureaus (高新区, 宜昌高新区 …); for a zone named
    by its page (``own_zone``), its name with each short word of its kind, and the short words alone."""
    listed = frozenset(p for p, readings in _index().items() if any(r.zone == zone for r in readings))
    if listed:
        return listed
    shorts = {s for k in zone_kinds() if zone.name.endswith(k["full"]) for s in k.get("short", ())}
    return frozenset(_variants(zone.name) | shorts)


@lru_cache(maxsize=1)
def office_spellings() -> dict[str, tuple[str, str]]:
    """Printed spelling -> (code, official name) of a zone committee's bureaus (``[[office]]``)."""
    spellings: dict[str, tuple[str, str]] = {}
    for office in _data().get("office", ()):
        for spelling in (office["name"], *office.get("short", ())):
            spellings.setdefault(spelling, (office["code"], office["name"]))
    return spellings
