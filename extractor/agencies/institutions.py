"""Public institutions named as printed (docs/agencies.md, "Institutions named as printed").

A service centre or an office of no standard kind (区行政服务中心, 县茶产业发展中心, 市通信发展管理办公室, 市政务服务中心
after the 2018-19 reform) has no template type: each place names its own.  Printed with a level word that the notice
places (市, 区, 县 …) or with a place the gazetteer lists (临沂市沂蒙精神研究中心), it is that place's body, named by the
place + the name as printed (上海市嘉定区行政服务中心), its id made of the two (``ids.named_id``, kind ``inst``);
so is a cultural institution every county (or district) names alike, printed with its level word (县图书馆 ->
仪陇县图书馆), where the places of its level name it so (``institutions.toml`` [[standard]]).
No word is added or expanded (an abbreviation, 市双招双引办, stays unresolved), so only spellings of one body in
one place merge.  The template asks here last, after its departments, zones and towns.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping

from ..cachefiles import load_toml
from .gazetteer import is_listed_place
from .ids import named_id
from .jurisdiction import Jurisdiction, Place
from .placechains import split_places
from .named import DERIVED_SCORE, TemplateMatch
from .records import patterns_data

INSTITUTIONS_FILE = Path(__file__).parent / "institutions.toml"
#: the id's middle part and the kind of such a body
INSTITUTION_ID_KIND = "inst"
INSTITUTION_KIND = "public institution"


@dataclass(frozen=True)
class StandardNaming:
    """A name every place of ``levels`` (and, when set, whose full name ends in one of ``kinds``) gives one public
    institution of its kind (``institutions.toml`` [[standard]]: 图书馆 of a county or a district)."""

    levels: frozenset[str]
    kinds: tuple[str, ...] = ()

    def fits(self, where: Jurisdiction) -> bool:
        return where.level in self.levels and (not self.kinds or where.full.endswith(self.kinds))


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    data = load_toml(INSTITUTIONS_FILE)
    return tuple(data["body_words"]), int(data["min_name_chars"]), (*data["not_after_place"], *_joined_rests())


@lru_cache(maxsize=1)
def _standard_namings() -> Mapping[str, StandardNaming]:
    return {entry["name"]: StandardNaming(frozenset(entry["levels"]), tuple(entry.get("kinds", ())))
            for entry in load_toml(INSTITUTIONS_FILE).get("standard", ())}


def _joined_rests() -> tuple[str, ...]:
    """What follows a level word that joins it into a word of its own (市场 -> 场, 区域 -> 域, 市级 -> 级):
    ``[prefixes] not_level``, the names a level word opens without being one, less that level word."""
    prefixes = patterns_data()["prefixes"]
    return tuple(dict.fromkeys(word[len(level):] for word in prefixes["not_level"]
                               for level in prefixes["level"] if word.startswith(level)))


def is_institution_name(rest: str) -> bool:
    """True when ``rest`` (what follows the level word or the place) names one institution: a national naming
    alone (图书馆: which places take it, ``StandardNaming.fits``), or a name of at least ``min_name_chars`` before a
    body word, not opening with a word that makes it a party body, a group or an area."""
    if rest in _standard_namings():
        return True
    words, min_chars, not_after = _vocabulary()
    word = next((w for w in words if rest.endswith(w)), None)
    return word is not None and len(rest) - len(word) >= min_chars and not rest.startswith(not_after)


def institution_match(text: str, notice: Jurisdiction | None, level_words: tuple[str, ...],
                      complete: Callable[[tuple[Place, ...], Jurisdiction | None], Jurisdiction | None],
                      other_level: Callable[[str, Jurisdiction], bool]) -> TemplateMatch | None:
    """``text`` as a public institution of the place its level word names inside ``notice`` (``level_words``,
    longest first), or of the listed places it opens with (``complete`` fills in the chain from the notice).
    Not when ``other_level`` says the name is a template body of other levels only (县公积金中心: the city's
    住房公积金管理中心 has a county branch named in each place's own way)."""
    where, rest = None, None
    found = split_places(text, is_institution_name)
    if found is not None and all(is_listed_place(p.name) for p in found[0]):
        where, rest = complete(found[0], notice), found[1]
    elif notice is not None:
        prefix = next((w for w in level_words if text.startswith(w)), None)
        if prefix is not None and is_institution_name(text[len(prefix):]):
            where, rest = notice.for_prefix(prefix), text[len(prefix):]
    if where is None or rest is None or other_level(rest, where):
        return None
    naming = _standard_namings().get(rest)
    if naming is not None and not naming.fits(where):
        return None     # 市图书馆 in a city's notice: the city names its own (苏州图书馆)
    return TemplateMatch(named_id(where.full, INSTITUTION_ID_KIND, rest), where.full + rest, "derived", where.full,
                         None, INSTITUTION_KIND, rest, DERIVED_SCORE)
