"""The resolver's indexes of registry keys, and the choice among the entries one key holds.

Rules 1-4 of ``resolve.py`` look a name's keys up here (``KeyIndex.lookups``): the
user's aliases, the official full names (exact), the listed short names, aliases and
titles (alias), and the keys derived from every name and the abbreviations derived from
full names (derived).  A key the entries of one lineage share is a ``Pick``
(``KeyIndex.choose``), and which of them held at the notice date is its ``Match``
(``dated``).  The order the rules are tried in, the name's city and what is built from
the match are ``resolve.Resolver``'s.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .namekeys import NameKeys
from .records import Agency, Registry
from ..models import ExtractorError
from ..text import clean_name

log = logging.getLogger(__name__)

#: score of each rule; derived abbreviations score lower than derived full forms
SCORES = {"user": 1.0, "exact": 1.0, "alias": 0.95, "derived": 0.9, "abbreviation": 0.8}
#: subtracted when the chosen entry was not valid at the notice date, or no date decided
ERA_PENALTY = 0.1
UNDATED_PENALTY = 0.2
GLOBAL = ""   #: index key for "any city" lookups


@dataclass(frozen=True)
class Match:
    """The outcome of one lookup, with what ``explain`` reports."""

    agency: Agency | None
    rule: str                     #: user | exact | alias | derived | abbreviation | unresolved | group
    key: str | None
    score: float
    scope: str | None             #: the city the name was looked up in
    candidates: tuple[str, ...] = ()   #: ids that shared the key
    capacity: str | None = None


@dataclass(frozen=True)
class Pick:
    """The date-independent part of a lookup: the entries of one lineage a key
    chose within the scope; only which of them was valid at the date is left."""

    agencies: tuple[Agency, ...]
    rule: str
    key: str
    score: float
    scope: str | None
    candidates: tuple[str, ...]
    fixed: Match | None           #: the Match when the date cannot change it (one entry, no era)


@dataclass
class Bucket:
    """Ids that share one key, and the score of the rule that put them there."""

    score: float
    ids: set[str] = field(default_factory=set)


class KeyIndex:
    """The keys of one registry's names (and of the user's aliases), each with the ids it names."""

    def __init__(self, registry: Registry, name_keys: Callable[[str], NameKeys],
                 abbreviations: Callable[[Agency], list[str]]):
        self.registry = registry
        self.name_keys = name_keys
        self.exact: dict[str, set[str]] = defaultdict(set)
        self.alias: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.derived: dict[str, dict[str, Bucket]] = defaultdict(dict)
        self.user: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.user_names: list[str] = []   #: the names of the user's aliases, as written
        for agency in registry.agencies.values():
            self.exact[clean_name(agency.name)].add(agency.agency_id)
            for name in agency.names[1:]:
                self._add_alias(clean_name(name), agency)
            for name in agency.names:
                for key in name_keys(name).keys:
                    self._add_derived(key, agency, SCORES["derived"])
            for key in abbreviations(agency):
                self._add_derived(key, agency, SCORES["abbreviation"])
        self._drop_ambiguous_keys()

    def _add_alias(self, key: str, agency: Agency) -> None:
        ids = self.alias[agency.city][key]
        if ids and not self.registry.related(ids | {agency.agency_id}):
            raise ExtractorError(f"registry: {key!r} is listed for unrelated agencies "
                                 f"{sorted(ids | {agency.agency_id})} in {agency.city}")
        ids.add(agency.agency_id)
        self.alias[GLOBAL][key].add(agency.agency_id)

    def _add_derived(self, key: str, agency: Agency, score: float) -> None:
        """Within a city a stronger rule's key wins; across cities every holder counts,
        so that a key two cities share stays ambiguous when no city is given."""
        bucket = self.derived[agency.city].get(key)
        if bucket is None or score > bucket.score:
            self.derived[agency.city][key] = Bucket(score, {agency.agency_id})
        elif score == bucket.score:
            bucket.ids.add(agency.agency_id)
        everywhere = self.derived[GLOBAL].setdefault(key, Bucket(score))
        everywhere.score = max(everywhere.score, score)
        everywhere.ids.add(agency.agency_id)

    def _drop_ambiguous_keys(self) -> None:
        """A derived key shared by unrelated agencies of one city means nothing: drop it."""
        for scope, index in self.derived.items():
            if scope == GLOBAL:
                continue
            for key in [k for k, b in index.items() if not self.registry.related(b.ids)]:
                log.debug("derived key %r dropped in %s: shared by %s", key, scope, sorted(index[key].ids))
                del index[key]

    def add_user_alias(self, name: str, agency_id: str, city: str | None, where: str) -> None:
        """A line of the user's aliases CSV: ``name`` is ``agency_id`` in ``city`` (the
        resolver's city name; none: the agency's own city); ``where`` names the line."""
        agency = self.registry.agencies.get(agency_id)
        if agency is None:
            raise ExtractorError(f"{where}: unknown agency_id {agency_id!r}")
        scope = city or agency.city
        self.user_names.append(name)
        keys = self.name_keys(name)
        for key in (keys.clean, *keys.keys):
            self.user[scope][key] = {agency_id}      # a later line for the same name wins
            self.user[GLOBAL][key].add(agency_id)    # with no city: only if unambiguous

    def lookups(self, keys: NameKeys, scope: str | None) -> Iterator[tuple[str, str, float, set[str]]]:
        """(rule, key, score, ids) for every index entry the name hits, strongest rule first."""
        where = scope or GLOBAL
        for key in (keys.clean, *keys.keys):
            if ids := self.user.get(where, {}).get(key):
                yield "user", key, SCORES["user"], ids
        if ids := self.exact.get(keys.clean):
            yield "exact", keys.clean, SCORES["exact"], ids
        if ids := self.alias.get(where, {}).get(keys.clean):
            yield "alias", keys.clean, SCORES["alias"], ids
        for key in keys.keys:
            if bucket := self.derived.get(where, {}).get(key):
                rule = "derived" if bucket.score == SCORES["derived"] else "abbreviation"
                yield rule, key, bucket.score, bucket.ids

    def choose(self, ids: set[str], rule: str, key: str, score: float, scope: str | None) -> Pick | None:
        """The ids sharing a key narrowed by city; None unless they form one lineage."""
        agencies = [self.registry.agencies[i] for i in sorted(ids)]
        if scope and len(agencies) > 1:
            agencies = [a for a in agencies if a.city == scope] or agencies
        if not self.registry.related(a.agency_id for a in agencies):
            return None       # two cities (no city given) or two unrelated bodies
        candidates = tuple(sorted(ids))
        fixed = None
        if len(agencies) == 1 and not agencies[0].valid_from and not agencies[0].valid_to:
            fixed = Match(agencies[0], rule, key, max(score, 0.05), scope, candidates)
        return Pick(tuple(agencies), rule, key, score, scope, candidates, fixed)


def dated(pick: Pick, date: str | None) -> Match:
    """Choose within one lineage by date: the entry valid then, else the nearest era."""
    if pick.fixed is not None:
        return pick.fixed
    agencies = list(pick.agencies)
    valid = [a for a in agencies if a.valid_at(date)]
    if len(valid) == 1:
        chosen, penalty = valid[0], 0.0
    elif not date:
        chosen, penalty = _latest(agencies), UNDATED_PENALTY
    else:
        chosen, penalty = _nearest_era(agencies, date), ERA_PENALTY
    return Match(chosen, pick.rule, pick.key, max(pick.score - penalty, 0.05), pick.scope, pick.candidates)


def _latest(agencies: list[Agency]) -> Agency:
    return max(agencies, key=lambda a: (a.valid_from or "", a.valid_to is None))


def _nearest_era(agencies: list[Agency], date: str) -> Agency:
    """The last entry that had started by ``date``, else the earliest."""
    started = [a for a in agencies if not a.valid_from or a.valid_from <= date]
    return _latest(started) if started else min(agencies, key=lambda a: a.valid_from or "")
