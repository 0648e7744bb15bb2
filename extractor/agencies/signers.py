"""The place of a notice signed by an ad-hoc office of that place.

A 督查通报 or a campaign's notice is often signed by an office the place set up for the work,
not by its government or one of the template's departments: 南阳市“一改双优”活动办公室,
某市创建全国文明城市工作领导小组办公室, 某县防汛抗旱指挥部.  What follows the place is then no
government wording and no department (``registry.detect_city`` reads an issuer's chain only so),
yet the office is the place's own.  ``office_chain`` reads the listed places such an issuer opens
with (the gazetteer's cities and ``counties.csv``'s districts and counties, ``listed_chain``: a
listed name says where the place ends, whatever follows it) when the rest ends as an office's name
(``[city] office_ends`` in agency_patterns.toml).  A name holding a town's word (``office_town_words``:
唐昌街道党政办公室) is a town's or a street's office, no body of the district its name opens with:
no place (docs/agencies.md, towns as the notice's place).  A town's or a street's own government signing after its
county-level place (晋江市陈埭镇人民政府, 常熟市碧溪街道办事处: ``town_county``) places its notice in that county.
"""
from __future__ import annotations

from functools import lru_cache

from ..hanzi import to_simplified
from ..models import JOINT_ISSUER_SEP
from ..text import clean_name
from .jurisdiction import MUNICIPALITIES, Jurisdiction
from .placechains import jurisdiction_in, listed_chain, parse_jurisdiction, town_body_chain
from .records import patterns_data
from .zones import signed_area_part, signed_zone


def office_chain(issuer: str | None) -> Jurisdiction | None:
    """The listed places an ad-hoc office's name opens with (南阳市“一改双优”活动办公室 -> 南阳市), or None."""
    if not issuer:
        return None
    text = to_simplified(clean_name(issuer))
    ends, town_words = _office_words()
    if not text.endswith(ends):
        return None
    chain = listed_chain(text)
    if chain is None:   # a province-level city's office (北京市政务公开领导小组), no listed place: its place as an
        # issuer's is read, a municipality's only (a zone's committee, 钦州港…管理委员会办公室, and a campaign's name,
        # 山东数字强省建设领导小组办公室, open with no such place)
        found = jurisdiction_in(text, names_ad_hoc_office)
        return found if found is not None and found.places[0].name in MUNICIPALITIES else None
    rest = text[sum(len(p.name) for p in chain.places):]
    return chain if rest and not any(w in rest for w in town_words) else None


def names_ad_hoc_office(rest: str) -> bool:
    """``rest``, what follows a place or a level word in an issuer's name, names an ad-hoc office of that place (卫生城市复审
    工作督导组, 创卫工作领导小组办公室): it ends as an office's name (``[city] office_ends``), holds no town's word and is
    no department the template knows (市委办公室's 委办公室 is the party committee's own office, named by the template)."""
    from .template import default_template_resolver
    text = to_simplified(clean_name(rest))
    ends, town_words = _office_words()
    return bool(text) and text.endswith(ends) and not any(w in text for w in town_words) \
        and listed_chain(text) is None and not default_template_resolver().is_department(text)


@lru_cache(maxsize=1)
def _office_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    city = patterns_data()["city"]
    return tuple(city["office_ends"]), tuple(city["office_town_words"])


def town_county(issuer: str | None) -> Jurisdiction | None:
    """The county, district or county-level city a town's or a street's own government signs after (晋江市陈埭镇人民政府
    -> 晋江市, 成都市郫都区唐昌街道办事处 -> 成都市郫都区), or None: the government the town's notice reads its level
    prefixes and stations against (市教育局 -> 晋江市教育局, 陈埭派出所 -> 晋江市公安局陈埭派出所).  The town is no place of
    the notice's chain: its offices printed bare stay unresolved (``towns.issuer_town``)."""
    chain = town_body_chain(issuer)
    return chain.county() if chain is not None else None


def zone_chain(issuer: str | None) -> Jurisdiction | None:
    """A development zone whose committee (or its office) signs by the zone's official name, the notice's place by
    that name (潍坊高新技术产业开发区管理委员会办公室 -> 潍坊高新技术产业开发区: ``zones.signed_zone``), or None."""
    zone = signed_zone(to_simplified(clean_name(issuer))) if issuer else None
    chain = parse_jurisdiction(zone) if zone else None      # a key the notice's place is read back from
    return chain if chain is not None and chain.key == zone else None


def area_part_chain(issuer: str | None) -> Jurisdiction | None:
    """A part of a national new area whose committee, or party committee, signs (陕西省西咸新区秦汉新城管理委员会办公室,
    中共陕西省西咸新区秦汉新城委员会办公室 and both jointly: ``zones.signed_area_part``), the notice's place by that name
    as printed (陕西省西咸新区秦汉新城), or None: every body of a joint issuer must sign for the same part."""
    if not issuer:
        return None
    parts = {signed_area_part(to_simplified(clean_name(body))) for body in issuer.split(JOINT_ISSUER_SEP)}
    part = parts.pop() if len(parts) == 1 else None
    chain = parse_jurisdiction(part) if part else None
    return chain if chain is not None and chain.key == part else None
