"""The registry's typed records: ``City``, ``Agency``, the compiled vocabulary
``AgencyPatterns`` and the read-only ``Registry`` that holds them.

Split out of ``registry.py``: the records depend on nothing there, and
``registry.py`` keeps what reads the data files into them.  Callers import them
from here.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..cachefiles import load_toml
from ..lazyre import LazyPattern
from ..models import ExtractorError
from ..hanzi import simplified, to_simplified
from ..text import MASK_CHARS, clean_name
from .names import valid_at

__all__ = ["City", "Agency", "AgencyPatterns", "Registry"]

#: the generic agency vocabulary that ``AgencyPatterns`` is compiled from (``registry.load_patterns``); named
#: here, below the registry, so that the modules the registry itself imports (``named.py``) read it too
PATTERNS_FILE = Path(__file__).parent / "agency_patterns.toml"


def read_agency_data(path: Path) -> dict[str, Any]:
    """The agency data file at ``path`` (a registry file, the patterns) as parsed, through its parsed
    copy in the cache folder (``cachefiles``); one that cannot be read or parsed is an
    ``ExtractorError`` naming it."""
    try:
        return load_toml(path)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractorError(f"{path}: cannot read agency data ({exc})") from exc


@lru_cache(maxsize=1)
def patterns_data() -> dict[str, Any]:
    """``agency_patterns.toml`` as parsed, read once: ``registry.load_patterns`` compiles it,
    ``named``, ``bodies`` and ``signers`` read their own tables of it (the caller must not change it)."""
    return read_agency_data(PATTERNS_FILE)


@dataclass(frozen=True)
class City:
    """A city with a registry file."""

    name: str                     #: full name, e.g. 东莞市
    short: str                    #: name without 市, e.g. 东莞
    id_prefix: str                #: prefix of its agency ids, e.g. dg
    province: str | None = None
    doc_prefixes: tuple[str, ...] = ()  #: 东府, 东府办, ... (document-number prefixes)
    source: str = ""              #: the registry file it came from
    #: prefix of the ids of its unlisted names, kept only where ids were archived with it
    #: before the template existed (dg, ls); any other city's unlisted names take the
    #: prefix of its name's hash, registry or not, so adding a registry renames nothing
    unresolved_prefix: str | None = None


@dataclass(frozen=True)
class Agency:
    """One registry entry: a body with one official name during one era."""

    agency_id: str                #: unique across cities, city prefix first (dg-fgj)
    city: str                     #: City.name
    name: str                     #: official full name
    kind: str                     #: one of KINDS
    short: tuple[str, ...] = ()   #: short names as printed in notices (市发改局)
    aliases: tuple[str, ...] = () #: other spellings seen
    titles: tuple[str, ...] = ()  #: second titles the body carries (市中小企业局)
    valid_from: str | None = None #: ISO date (or year / year-month), inclusive
    valid_to: str | None = None   #: ISO date (or year / year-month), exclusive
    successor_of: tuple[str, ...] = ()  #: ids this body replaced (linked, never merged)
    note: str | None = None
    #: the template's id for the same (jurisdiction, department type), when it differs:
    #: the id the body had before the registry listed it (lineage, see docs/agencies.md)
    template_id: str | None = None
    #: the entry's file predates the template (a city with ``unresolved_prefix``): no
    #: template id was ever archived for its bodies, so none is lineage
    pre_template: bool = False

    @property
    def lineage(self) -> tuple[str, ...]:
        """``successor_of``, and the template id this entry took over from the template."""
        took_over = self.template_id and not self.pre_template
        return self.successor_of + ((self.template_id,) if took_over else ())

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling the registry lists: full name, short names, aliases, titles."""
        return (self.name, *self.short, *self.aliases, *self.titles)

    def valid_at(self, date: str | None) -> bool:
        """True when the body existed at ``date`` (ISO); always True without a date."""
        return valid_at(date, self.valid_from, self.valid_to)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AgencyPatterns:
    """The compiled contents of ``agency_patterns.toml``."""

    separators: frozenset[str]
    brackets: Mapping[str, str]           #: opening -> closing bracket
    empty_cells: frozenset[str]
    trailing_drop: re.Pattern
    strip_chars: str
    leading_drop: re.Pattern
    role_words: frozenset[str]            #: bracketed role marks that are not a capacity
    second_sign_ends: tuple[str, ...]     #: the body words a head and its bracket share as two signs of one office
    group_patterns: tuple[re.Pattern, ...]
    level_prefixes: tuple[str, ...]
    not_level: tuple[str, ...]
    government_prefixes: tuple[str, ...]  #: longest first
    plain_prefixes: tuple[str, ...]
    keep_after_plain: tuple[str, ...]
    bare_government: str
    joiners: tuple[str, ...]
    rewrites: tuple[tuple[re.Pattern, str], ...]
    abbrev_kinds: frozenset[str]
    abbrev_suffixes: tuple[tuple[str, str], ...]
    abbrev_droppable: frozenset[str]
    abbrev_joiners: frozenset[str]
    abbrev_reserved: tuple[str, ...]
    unit_suffixes: str
    closing_heads: str                    #: heads of the lowest units: a run-together piece is cut after one
    section_heads: str                    #: heads of a body's own sections (科, 股): a name of its own in a PDF cell
    issuer_city: re.Pattern | LazyPattern   #: compiled at its first use (``lazyre``): few notices ask
    doc_prefix: re.Pattern | LazyPattern
    #: verbs of policy a title may open with before the place it names (加快西宁市…意见): ``registry._after_opener``
    title_verbs: tuple[str, ...] = ()
    #: verbs a news headline prints right after the place it names (郑州公布…): ``registry._title_chain``
    headline_verbs: tuple[str, ...] = ()
    #: what joins level words into one phrase (省级和各市): ``kindruns.join_level_runs``
    level_joiners: tuple[str, ...] = ()
    #: how a level's bureau's branch in a place below it ends (市生态环境局洛江分局): it carries no level to the names
    #: after it (``resolve.Resolver._step``)
    branch_ends: tuple[str, ...] = ()
    #: the group words a run of bare kinds closes with (市政、工商、规划部门), the departments' word first: ``kindruns``
    kind_group_words: tuple[str, ...] = ()
    #: the group word of firms (燃气企业), one of ``kind_group_words``: ``kindruns.closes_kind_run``
    firms_word: str = ""
    #: the last characters of ``kind_group_words`` in either script: a token ending in none closes no run of kinds
    kind_group_last: str = ""
    #: the words a run's 等 may print before its group word (等有关部门): ``kindruns.closes_kind_run``
    kind_relevance_words: tuple[str, ...] = ()
    #: the words naming a place's government after its name or level word (人民政府, 政府), longest first
    government_words: tuple[str, ...] = ()
    #: is_group answers by name: every unit name of every cell asks, and names repeat
    _groups: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def openers(self) -> str:
        """The opening brackets as one string (every fragment of every cell is split with them)."""
        return "".join(self.brackets)

    @cached_property
    def closers(self) -> str:
        """The closing brackets as one string, in the order of ``openers``."""
        return "".join(self.brackets.values())

    @cached_property
    def edge_chars(self) -> str:
        """What a name printed with list noise about it (、市财政局, 市财政局、、) is read without:
        the separators and the punctuation never part of a name."""
        return "".join(sorted(self.separators)) + self.strip_chars

    @cached_property
    def masked_edge_chars(self) -> str:
        """``edge_chars`` without a repost's mask characters: what a masked name (``****教育局``,
        ``text.is_masked``) is read without, its mask part of the name as printed."""
        return "".join(c for c in self.edge_chars if c not in MASK_CHARS)

    def is_group(self, name: str) -> bool:
        """True for a catch-all such as 各相关部门 or 市直各有关单位."""
        known = self._groups.get(name)
        if known is None:
            text = to_simplified(clean_name(name))
            known = any(p.search(text) for p in self.group_patterns)
            if len(self._groups) < 65536:
                self._groups[name] = known
        return known


@dataclass(frozen=True)
class Registry:
    """All cities and agencies; read-only after loading."""

    cities: Mapping[str, City]        #: by full name
    agencies: Mapping[str, Agency]    #: by agency_id
    family: Mapping[str, str] = field(default_factory=dict)  #: agency_id -> lineage root id

    @cached_property
    def listed_names(self) -> frozenset[str]:
        """Every name the registry lists for a body, in simplified characters (read as a unit
        name by the table parser: 松山湖, 生态园 end like no unit)."""
        return frozenset(simplified(n) for a in self.agencies.values() for n in a.names)

    def city(self, name: str | None) -> City | None:
        """The city called ``name`` (东莞市 or 东莞), or None."""
        if not name:
            return None
        name = clean_name(name)
        for c in self.cities.values():
            if name in (c.name, c.short):
                return c
        return None

    def related(self, ids: Iterable[str]) -> bool:
        """True when all ids belong to one lineage (renames, mergers, splits)."""
        return len({self.family[i] for i in ids}) <= 1

    def successors(self, agency_id: str) -> tuple[str, ...]:
        """Ids whose ``successor_of`` names ``agency_id``."""
        return tuple(a.agency_id for a in self.agencies.values() if agency_id in a.successor_of)

    def listing(self, city: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        """The entries as dicts (lists for tuples, plus ``successors``), filtered by city and kind."""
        known = self.city(city)
        city = known.name if known else (clean_name(city) or None if city else None)
        return [{k: list(v) if isinstance(v, tuple) else v for k, v in a.as_dict().items()}
                | {"successors": list(self.successors(a.agency_id))}
                for a in self.agencies.values()
                if (city is None or a.city == city) and (kind is None or a.kind == kind)]
