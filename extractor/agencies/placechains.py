"""Chains of places read from text: which places a name, a title or an issuer opens with.

Places are recognised by the word they end in (``jurisdiction.LEVEL_WORDS``: 省, 自治区, 市, 州, 盟,
地区, 县, 旗, 区), not by a gazetteer: a place is a few characters ending in such a word, and a
chain counts only when what follows it is accepted (``split_places``: government wording, a
department the template knows, nothing at all).  ``parse_jurisdiction`` reads a jurisdiction
string (成都市武侯区, 东莞), ``jurisdiction_in`` the chain an issuer opens with, ``listed_chain``
the places the gazetteer lists; the records they give are ``jurisdiction.Place`` and
``jurisdiction.Jurisdiction``.
"""
from __future__ import annotations

from functools import lru_cache

from ..lazyre import lazy_re
from ..hanzi import to_simplified
from ..text import CJK_ONLY_RE, clean_name
from .zones import area_part, is_kind_alone
from .gazetteer import (PREFIX_KINDS, _listed_opening, county_parents, full_place_name, is_listed_place,
                        listed_city_name)
from .jurisdiction import LEVEL_CHARS, LEVEL_WORDS, Jurisdiction, Place
from .records import patterns_data

#: a place is at most this long (恩施土家族苗族自治州 has 10 characters; 12 leaves room)
MAX_PLACE_LEN = 12
#: words that open no place name (全市, 本县, 各区, 我省, 两市 in a joint notice ...) except the few places listed with it
#: (本溪市, 全椒县, 两当县, 市中区: ``_listed_opening``)
NOT_PLACE_START = "全本各我该两市县区省州"
#: characters no place name holds, and that end a department's name: a "place" running
#: over one (发展和改革局东莞市) is two names run together, not a place
NOT_IN_PLACE = set("局委办厅部室处司署")
#: openings of a body's name that no place has (人行郑州中心支行 is the bank, not a place 人行郑州), the banks' short
#: names too: ``agency_patterns.toml [chains] not_place_openers``
NOT_PLACE_OPENERS = tuple(patterns_data()["chains"]["not_place_openers"])
#: a word no place name holds: 农业银行吉水县支行 holds no place 农业银行吉水县 (the pieces end before it)
NOT_IN_PLACE_WORD = "银行"
#: what a party organ's name may open with before its place (中共成都市委组织部, 中国共产党某县委员会):
#: ``[chains] party_openers``
PARTY_OPENERS = tuple(patterns_data()["chains"]["party_openers"])
#: what may follow a notice issuer's place chain
GOVERNMENT_WORDS = ("人民政府", "政府", "行政公署", "委员会", "委", "人大", "政协", "办公室", "办公厅", "党委")

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
    with a level character still parses (兴宁区 + 市场监管局, 海西州 + 市场监管局).  A place
    the gazetteer lists is not put after a longer piece it does not list (济南市 + 市中区:
    before, 济南市市中区 was read 济南市市 + 中区, a city and a district no one names)."""
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
        if not CJK_ONLY_RE.match(piece) or level_of(piece) is None:
            continue
        if end - start == 2 and last == "市" and not is_listed_place(piece):
            continue   # no city has a one-character name: 师市 (a 兵团 division's 师市) is none
        if end < len(text) and text[end] in LEVEL_CHARS and level_of(text[start:end + 1]) \
                and not (is_listed_place(piece) and not is_listed_place(text[start:end + 1])):
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
        return with_listed_names(Jurisdiction(found[0]))
    if area_part(text) == text:   # 陕西省西咸新区秦汉新城: a part of a national new area, one place by its whole name
        return Jurisdiction((Place(text, "district"),))
    if town := _town_chain(text):
        return town
    if CJK_ONLY_RE.match(text) and 2 <= len(text) <= 4 and not text.endswith(tuple(w for w, _ in LEVEL_WORDS)):
        return Jurisdiction((Place(text + "市", "city"),))
    return None


def with_listed_names(chain: Jurisdiction) -> Jurisdiction:
    """``chain``, a city printed bare and alone, by its listed name (泰州 -> 泰州市: ``gazetteer.listed_city_name``),
    so the notice's own 市 names and the full names written under it read as the city's (市财政局 ->
    泰州市财政局); any other chain as it is (钦州 + 港经济技术开发区 is a zone's name cut at its 州, kept whole)."""
    if len(chain.places) != 1 or chain.own.level != "city" or chain.town:
        return chain
    name = listed_city_name(chain.own.name)
    return chain if name == chain.own.name else Jurisdiction((Place(name, "city"),))


#: a town, township or street after its county's or district's chain (秭归县茅坪镇, 夷陵区小溪塔街道办事处)
TOWN_CHAIN_RE = lazy_re(r"^(.+(?:县|区|市|旗))(.{1,6}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处)?$")


def town_body_chain(name: str | None) -> Jurisdiction | None:
    """The chain of a town's or a street's own body printed after its county-level place (晋江市陈埭镇人民政府,
    成都市郫都区唐昌街道办事处 -> 成都市郫都区 with the town 唐昌街道), or None: the chain a notice it signs is read
    in (``registry.detect_city`` takes its county, ``Jurisdiction.county``)."""
    return _town_chain(to_simplified(clean_name(name))) if name else None


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


def without_party_opener(text: str) -> str:
    """``text`` without the ``PARTY_OPENERS`` it opens with: the name from its place on."""
    for opener in PARTY_OPENERS:
        if text.startswith(opener):
            text = text[len(opener):]
    return text


def jurisdiction_in(text: str | None, accept=None) -> Jurisdiction | None:
    """The chain an issuer opens with (成都市武侯区人民政府办公室 -> 成都市武侯区);
    ``accept`` decides what may follow the chain (default: government wording)."""
    if not text:
        return None
    found = split_places(without_party_opener(to_simplified(clean_name(text))), accept or is_government_word)
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
