"""Resolve unit names to registry agencies (stage 6b).

A name is tried against precomputed keys, in this order, and the rule that
matched is recorded in ``AgencyRef.match``:

1. user alias   -- a line of the user's aliases CSV (wins over everything)
2. exact        -- the printed name is an official full name
3. alias        -- the printed name is a listed short name, alias or title
4. derived      -- after normalising both sides: NFKC, traditional -> simplified (OpenCC t2s),
   pinyin noise removed, city / 市 / 市府 / 市人民政府 prefixes stripped, 中共…市委 -> 市委,
   中国人民银行 / 人行 -> 人民银行, 和 dropped; plus abbreviations derived from full names
   with jieba (发展/和/改革/局 -> 发改局)
5. template     -- no registry entry: the national template of department types read inside
   the notice's jurisdiction (``template.py``): 区发改局 of 成都市武侯区 -> 成都市武侯区发展和改革局,
   id from (jurisdiction, type); development zones, towns and their stations are ``derived`` there
6. unresolved   -- a stable id within the jurisdiction, score 0

Keys are matched exactly, never by similarity: 国税/地税, 科技局/科协, 工商局/工商联 differ in one character and
are different bodies.  A name is looked up within one city: the one it names itself (东莞银监分局), else the
notice's; with no city at all, only names unambiguous across the registry resolve, never one only the notice
places (市发改委).  A key linked entries share (a rename) is the entry valid at the notice date.

The indexes of rules 1-4 and the choice among the entries a key holds are ``keyindex.py``'s;
the ``Resolver`` tries them in order, asks the template, and builds each ``AgencyRef``.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .keyindex import KeyIndex, Match, Pick, dated
from .namekeys import NameKeyer, NameKeys
from .plaintokens import plain_tokens
from .units import (Lexicon, build_lexicon, closed_gaps, is_empty_cell, join_bracket_fragments, share_in_groups,
                    split_cell, split_token)
from ..models import AgencyRef
from ..hanzi import to_mainland, to_simplified
from ..text import PINYIN_GLOSS_RE, clean_name, is_masked
from .jurisdiction import NAMED_SHORT_MIN, Jurisdiction
from .placechains import parse_jurisdiction
from .placeclues import office_own_city
from .ids import is_named_id
from .named import TemplateMatch, town_match
from .departments import type_lineage
from .template import _short_named_places, default_template_resolver
from .towns import is_town_office, own_office, town_party_name, town_station
from .names import pad_date
from .national import is_nation
from .records import Agency, AgencyPatterns, Registry
from .registry import check_alias_rows, default_patterns, default_registry, read_aliases

__all__ = ["Resolver", "load_resolver"]

#: a name read by its bracket (a second title the registry lists, a second sign) scores this share of
#: the bracket's own reading
BRACKET_SCORE = 0.9


class Resolver:
    """Matches unit names against one registry; cheap to query, built once."""

    def __init__(self, registry: Registry, patterns: AgencyPatterns,
                 user_aliases: Iterable[tuple[str, str, str | None, str]] = ()):
        self.registry = registry
        self.patterns = patterns
        keyer = NameKeyer(registry, patterns)
        self.name_keys: Callable[[str], NameKeys] = keyer.name_keys      # module docstring, rule 4
        self.abbreviations: Callable[[Agency], list[str]] = keyer.abbreviations
        self.index = KeyIndex(registry, self.name_keys, self.abbreviations)   # rules 1-4
        user_aliases = list(user_aliases)
        check_alias_rows(user_aliases, registry)
        for name, agency_id, city, where in user_aliases:
            self.index.add_user_alias(name, agency_id, self._city_name(city), where)
        self.lexicon: Lexicon = build_lexicon(registry, extra=self.index.user_names)
        # Notices carry different dates, so a cache keyed on the date mostly misses: the lookup
        # itself is cached per (name, city) and only the cheap choice by date is made per call
        # (``_dated``).  Only which registry dates a notice date is past matters (``valid_at``,
        # ``_nearest_era``), so dates between the same two of them share one cache entry.
        self.template = default_template_resolver()
        #: (city, template type) of every registry entry: a registry city's listed
        #: bodies are its own say; the template only fills in the types it lacks
        self._listed_types = {(a.city, tid.partition("-")[2]) for a in registry.agencies.values()
                              for tid in (a.template_id or a.agency_id,) if type_lineage(tid)}
        eras = [(a.valid_from, a.valid_to) for a in registry.agencies.values()]
        eras += [(v, None) for v in self.template.template.era_bounds()]
        self._date_cuts = sorted({d for era in eras for v in era if v for d in (v, pad_date(v))})
        self._date_reps: dict[int, str] = {}
        self._plan_cached = lru_cache(maxsize=65536)(self._plan)
        self._resolve_cached = lru_cache(maxsize=65536)(self._resolve)
        self._fragment_cached = lru_cache(maxsize=65536)(self._split_fragment)
        self._token_cached = lru_cache(maxsize=65536)(self._split_token)
        self._token_traits: dict[str, int] = {}   # ``plaintokens.token_traits`` of each token seen (``_split_fragment``)
        self.unresolved_id = lru_cache(maxsize=65536)(self.unresolved_id)
        self.level_prefix = lru_cache(maxsize=65536)(self.level_prefix)
        self._simple_name = lru_cache(maxsize=65536)(self._simple_name)
        self._cells_cached = lru_cache(maxsize=65536)(self._resolve_cells)
        self._step_cached = lru_cache(maxsize=65536)(self._step)   # a name under a carried prefix: ref, prefix
        self._city_name = lru_cache(maxsize=1024)(self._city_name)

    # ------------------------------------------------------------ public API

    def resolve(self, name: str, *, city: str | None = None, date: str | None = None) -> AgencyRef:
        """Resolve one printed unit name to an AgencyRef (cached per name, city, date)."""
        return self._resolve_cached(name, self._city_name(city), self._date_key(date))

    @property
    def era_cuts(self) -> list[str]:
        """The sorted ISO days where some reading turns (the registry's and the template's eras): a date between
        two of them reads as any other there (``_date_key``)."""
        return self._date_cuts

    def _date_key(self, date: str | None) -> str | None:
        """The date that stands for ``date`` in the caches (see ``__init__``)."""
        if not date:
            return date
        return self._date_reps.setdefault(bisect.bisect_right(self._date_cuts, date), date)

    def resolve_cells(self, cells: Sequence[str], *, city: str | None, date: str | None,
                      town: str | None = None) -> tuple[AgencyRef, ...]:
        """``split`` then ``resolve_names``: the refs of one measure's unit cells
        (cached per cells, city, date and town: the same cells recur across a corpus)."""
        return self._cells_cached(tuple(cells), self._city_name(city), self._date_key(date), town)

    def cells_resolver(self, *, city: str | None, date: str | None,
                       town: str | None = None) -> Callable[[Sequence[str]], tuple[AgencyRef, ...]]:
        """``resolve_cells`` for one notice's city, date and town (``resolve_names``): its cache keys are
        worked out once per notice, not twice per measure."""
        cached, city, date = self._cells_cached, self._city_name(city), self._date_key(date)
        return lambda cells: cached(tuple(cells), city, date, town)

    def _resolve_cells(self, cells: tuple[str, ...], city: str | None, date: str | None,
                       town: str | None = None) -> tuple[AgencyRef, ...]:
        return self.resolve_names(self._split(cells), city=city, date=date, town=town)

    def _resolve(self, name: str, city: str | None, date: str | None) -> AgencyRef:
        # a mask at a name's edge (****教育局) is the name's, not list noise: tested before the edges go
        masked = is_masked(name)
        edges = self.patterns.masked_edge_chars if masked else self.patterns.edge_chars
        if (trimmed := name.strip(edges)) and trimmed != name:   # 、市财政局: as 市财政局
            return replace(self._resolve_cached(trimmed, city, date), name=name)
        if masked:   # ****分局, 县**局: a repost hid the words that name the body
            return AgencyRef(name=name, agency_id=self.unresolved_id(name, city), canonical=None,
                             match="unresolved", score=0.0)
        notice = parse_jurisdiction(city)
        if notice is not None and notice.town is not None:
            return self._in_town(name, notice, city, date)
        m = self._match(name, city, date)
        if m.rule == "group":
            return AgencyRef(name=name, agency_id=None, canonical=None, match="group",
                             score=1.0, kind="group")
        if m.agency is None:
            found = self._template(name, city, date)
            if isinstance(found, AgencyRef):
                return found
            if found is None and m.capacity and (sign := self._second_sign(name, m.capacity, city, date)):
                return sign     # 新区财政局(区财政局): the bracket's body, the head its second sign
            if found is not None:
                return AgencyRef(name=name, agency_id=found.agency_id, canonical=found.canonical,
                                 capacity=m.capacity, match=found.rule, score=found.score)
            return AgencyRef(name=name, agency_id=self.unresolved_id(name, city), canonical=None,
                             capacity=m.capacity, match="unresolved", score=0.0)
        rule = "alias" if m.rule == "user" else "derived" if m.rule == "abbreviation" else m.rule
        return AgencyRef(name=name, agency_id=m.agency.agency_id, canonical=m.agency.name,
                         capacity=m.capacity, match=rule, score=round(m.score, 3))

    def _second_sign(self, name: str, capacity: str, city: str | None, date: str | None) -> AgencyRef | None:
        """A name whose head resolves to nothing read by its bracket (``capacity``), when the bracket
        names a body of the notice's place and the two end in the same body word (``[capacity]
        second_sign_ends``): one office of two signs, 新区经济发展局(区经信局) -> the district's
        经济和信息化局, the head its capacity.  A bracket of another kind of body (国库支付中心(区财政局),
        高新区(某镇)), of no body (a deadline, a note, a catch-all) or naming nothing the place has: None."""
        head = self._split_capacity(name)[0][0]
        simple_head = to_simplified(head)
        head_end = next((e for e in self.patterns.second_sign_ends if simple_head.endswith(e)), None)
        if head_end is None or not to_simplified(capacity).endswith(head_end):
            return None
        ref = self.resolve(capacity, city=city, date=date)
        if ref.canonical is None or ref.kind == "group":
            return None
        return replace(ref, name=name, capacity=head, score=round(ref.score * BRACKET_SCORE, 3))

    def _in_town(self, name: str, notice: Jurisdiction, city: str, date: str | None) -> AgencyRef:
        """A name in a town's own notice (``towns.py``): the town's office or party committee; else what
        the county's notice reads, when the name carries a level prefix or its own place (县财政局,
        宜昌市生态环境局, 合肥海关) or is listed as printed. A department printed bare (发改局) is no
        town's: unresolved."""
        found = own_office(name, notice)
        party = town_party_name(name, notice)
        if found is None and party is not None:
            found = town_match(party, notice.county())
        if found is not None:
            return AgencyRef(name=name, agency_id=found.agency_id, canonical=found.canonical, match=found.rule,
                             score=found.score)
        county = notice.county().key
        if (station := town_station(name, notice, self.template.template.stations)) is not None:
            ref = self.resolve(station, city=county, date=date)     # 派出所 -> 茅坪镇派出所, the county's station
            if ref.canonical is not None:
                return replace(ref, name=name)
        ref = self.resolve(name, city=county, date=date)
        if ref.match in ("template", "derived") and self.level_prefix(name) is None \
                and not is_named_id(ref.agency_id) and not self._names_own_place(name, county, date):
            return AgencyRef(name=name, agency_id=self.unresolved_id(name, city), canonical=None,
                             capacity=ref.capacity, match="unresolved", score=0.0)
        return ref

    def _template(self, name: str, city: str | None, date: str | None) -> TemplateMatch | AgencyRef | None:
        """The template's reading of a name the registry did not list: when it belongs to a registry
        city other than the notice's own (市财政局 in a notice of one of 丽水市's districts), that city's
        entry overrides the template, as in its own notices; Taiwan wording is read in mainland words last."""
        jurisdiction = parse_jurisdiction(city)
        for base in self._split_capacity(name)[0]:
            found = self.template.match(base, jurisdiction, date, is_nation(city))
            if found is None:
                continue
            owner = self.registry.city(found.jurisdiction)
            if owner is not None and owner.name != city:
                ref = self.resolve(name, city=owner.name, date=date)
                if ref.match not in ("unresolved", "template", "derived"):
                    return ref
            if owner is not None and (owner.name, found.type_code) in self._listed_types:
                return None     # the registry lists that body under other spellings: review it
            return found
        if jurisdiction is None and (own := office_own_city(name)):
            return self._template(name, own, date)  # 人民银行济南分行 in a notice nothing places: the city it names
        simple = to_simplified(name)    # only a traditional name may be Taiwan-worded (市工業和資訊化局)
        mainland = to_mainland(name) if simple != name else simple
        return self._template(mainland, city, date) if mainland != simple else None

    def split(self, cells: Sequence[str]) -> list[str]:
        """Cell fragments (one per ``<br>``/line) -> unit names as printed, split with this
        resolver's lexicon (user aliases included); cached per fragment and token."""
        return list(self._split(tuple(cells)))

    def _split(self, cells: tuple[str, ...]) -> tuple[str, ...]:
        cells = join_bracket_fragments(cells, self.patterns)   # 高新园 / (邹区镇): one name over two paragraphs
        if len(cells) == 1:   # per fragment (cached): they recur far more than cell tuples; most cells are one
            return self._fragment_cached(cells[0])
        return tuple(chain.from_iterable(map(self._fragment_cached, cells)))

    def _split_fragment(self, cell: str) -> tuple[str, ...]:
        """One fragment's unit names (``units.unit_tokens``, ``units.split_token``), each token through a cache:
        a new list of units is mostly names seen before."""
        if is_empty_cell(cell, self.patterns):
            return ()
        patterns, cell = self.patterns, closed_gaps(cell, self.patterns)
        # a list of names seen before that no pass of the split can change: its plain split (agencies/plaintokens.py)
        tokens = plain_tokens(cell, patterns, self._token_traits)
        if tokens is None:
            tokens = share_in_groups(cell, split_cell(cell, patterns), patterns)   # (``unit_tokens``, gaps closed)
        return tuple(chain.from_iterable(map(self._token_cached, tokens)))

    def _split_token(self, token: str) -> tuple[str, ...]:
        return tuple(split_token(token, self.lexicon, self.patterns))

    def explain(self, name: str, *, city: str | None = None, date: str | None = None) -> dict:
        """How ``name`` resolves: rule, key, scope, candidates with scores (``explain.explain_name``)."""
        from .explain import explain_name
        return explain_name(self, name, city=city, date=date)

    def agencies(self, city: str | None = None, kind: str | None = None) -> list[dict]:
        """The registry as dicts (with successors), filtered by city and kind."""
        return self.registry.listing(city, kind)

    def resolve_names(self, names: Sequence[str], *, city: str | None,
                      date: str | None, town: str | None = None) -> tuple[AgencyRef, ...]:
        """Resolve the names of one cell, carrying a shared level prefix forward.

        ``省发展改革委、科技厅`` means 省科技厅 (a 省 run of one province's bodies): a
        name without its own prefix is tried with the last prefix seen, unless
        it is listed as printed (松山湖管委会, a state company's short name).
        ``town``: the town whose own notice it is (``towns.issuer_town``; ``city`` its county's chain): a town's
        office printed bare (应急管理办公室, 经发办) is the town's, unresolved, and takes no prefix carried to it.
        """
        refs, prefix, step = [], None, self._step_cached
        for name in names:
            ref, prefix = step(name, prefix, city, date, town)
            refs.append(ref)
        return tuple(refs)

    def _step(self, name: str, prefix: str | None, city: str | None, date: str | None,
              town: str | None = None) -> tuple[AgencyRef, str | None]:
        own = self.level_prefix(name)
        if town is not None and own is None and is_town_office(name, town):
            return AgencyRef(name=name, agency_id=self.unresolved_id(name, city), canonical=None,
                             match="unresolved", score=0.0), prefix
        if own is not None or self.patterns.is_group(name):
            branch = own is not None and self._simple_name(name).endswith(self.patterns.branch_ends)
            return self.resolve(name, city=city, date=date), prefix if branch else own or prefix
        return self._resolve_with_prefix(name, prefix, city, date), prefix

    def unresolved_id(self, name: str, city: str | None = None) -> str:
        """A stable id for a name nobody listed: city prefix + hash of its key."""
        keys = self.name_keys(self._split_capacity(name)[0][0])
        scope = keys.city or self._city_name(city)
        key = keys.keys[-1] if keys.keys else keys.clean
        known = self.registry.cities.get(scope or "")
        if known and known.unresolved_prefix:
            prefix = known.unresolved_prefix
        elif scope:
            prefix = "x" + hashlib.sha1(scope.encode()).hexdigest()[:4]
        else:
            prefix = "x"
        return f"{prefix}-x-{hashlib.sha1(key.encode()).hexdigest()[:8]}"

    def _simple_name(self, name: str) -> str:
        """``name`` as ``level_prefix`` and ``_step``'s branch check read it: NFKC, no white space, simplified;
        cached per name, as ``level_prefix`` is (the branch check converted it again on each new step, session 68)."""
        return to_simplified(clean_name(name))

    def level_prefix(self, name: str) -> str | None:
        """The level or city prefix a name opens with (市, 省, 东莞市), or None."""
        text = self._simple_name(name)
        for c in self.registry.cities.values():
            for city_name in (c.name, c.short):
                if text.startswith(city_name):
                    return city_name
        if text.startswith(self.patterns.not_level):
            return None
        return next((p for p in self.patterns.level_prefixes if text.startswith(p)), None)

    # ------------------------------------------------------------ matching

    def _match(self, name: str, city: str | None, date: str | None) -> Match:
        """The Match of ``name`` in ``city`` at ``date``: the cached lookup, then the date."""
        plan = self._plan_cached(name, city)
        if isinstance(plan, Match):
            return plan
        found, capacity, inner, base = plan
        if isinstance(found, Pick):
            m = dated(found, date)
        elif inner is not None:
            m = dated(inner, date)
            return Match(m.agency, m.rule, m.key, m.score * BRACKET_SCORE, m.scope, m.candidates, capacity=base)
        else:
            m = found
        return Match(m.agency, m.rule, m.key, m.score, m.scope, m.candidates, capacity=capacity)

    def _plan(self, name: str, city: str | None):
        """Everything about ``name`` that does not depend on the date: a group
        Match, or (pick or unresolved Match, capacity, pick for the bracket, base)."""
        if self.patterns.is_group(name):
            return Match(None, "group", None, 1.0, city)
        bases, capacity = self._split_capacity(name)
        for base in bases:
            found = self._match_base(base, city)
            if isinstance(found, Pick):
                return found, capacity, None, base
        inner = None
        if capacity:
            # 文化名城创建办(市委宣传部): the bracket may hold the listed name
            inner = self._match_base(capacity, city)
            inner = inner if isinstance(inner, Pick) else None
        return found, capacity, inner, base

    def _match_base(self, base: str, city: str | None) -> Pick | Match:
        """The first index entry ``base`` hits that names one lineage, else an unresolved Match."""
        keys = self.name_keys(base)
        scope = keys.city or city
        fallback = keys.keys[-1] if keys.keys else keys.clean
        lookups = list(self.index.lookups(keys, scope))
        if scope is None and not self._unambiguous(lookups, base):
            # no city: 科技局 is Dongguan's by alias and Lishui's by derivation
            rivals = sorted(set().union(*(ids for *_, ids in lookups)))
            return Match(None, "unresolved", fallback, 0.0, None, tuple(rivals))
        for rule, key, score, ids in lookups:
            pick = self.index.choose(ids, rule, key, score, scope)
            if pick:
                return pick
        return Match(None, "unresolved", fallback, 0.0, scope)

    def _unambiguous(self, lookups: list[tuple[str, str, float, set[str]]], base: str) -> bool:
        """With no city, a name resolves only if every key it hits points to one lineage,
        and never when only the notice could place it: a level prefix (市发改委) or a bare
        department (发改委) is the unknown place's body, not the one registry city listing
        the spelling (丽水's 发改委); a proper name (松山湖管委会) one registry lists is not."""
        if lookups and lookups[0][0] in ("user", "exact") and self.registry.related(lookups[0][3]):
            return True     # a full name or the user's own line identifies the body by itself
        prefix = self.level_prefix(base)
        if prefix in self.patterns.level_prefixes or (prefix is None and self.template.is_unit_name(base)):
            return False
        return self.registry.related(set().union(*(ids for *_, ids in lookups)))

    def _resolve_with_prefix(self, name: str, prefix: str | None, city: str | None,
                             date: str | None) -> AgencyRef:
        """A name listed as printed stands alone; otherwise the carried prefix decides.

        Under a 省/县/区 prefix a bare 财政局 is that level's body, never the city's 市财政局
        (derivation would say so); under 市 or the city's name the bare name's own derivation is
        kept when the prefixed form finds nothing.  A town or zone (城北街道办事处), or a name
        that carries its own place (人行郑州中心支行, 河南银保监局, 郑州市财政局), is named by
        itself: a carried prefix adds nothing to it.  So is a name opening with a place of the notice's own
        chain by its name, whole or short (``opens_with_notice_place``: 济南中央活力区发展促进中心 in 济南市市中区's
        notice), whatever it resolves to: under a carried 区 it was read 区 + 济南…中心, a district's institution.
        """
        bare = self.resolve(name, city=city, date=date)
        if prefix is None or bare.match in ("exact", "alias") or is_named_id(bare.agency_id) \
                or bare.match == "template" and self._names_own_place(name, city, date) \
                or opens_with_notice_place(to_simplified(clean_name(name)), city):
            return bare
        prefixed = self.resolve(prefix + name, city=city, date=date)
        city_level = prefix in self.patterns.plain_prefixes or self.registry.city(prefix) is not None
        if prefixed.match == "unresolved" and bare.match != "unresolved" and city_level:
            return bare
        return AgencyRef(name=name, agency_id=prefixed.agency_id, canonical=prefixed.canonical,
                         capacity=prefixed.capacity, match=prefixed.match, score=prefixed.score,
                         kind=prefixed.kind)

    def _names_own_place(self, name: str, city: str | None, date: str | None) -> bool:  # 人行郑州…, 郑州市…
        """True when the template reads ``name`` as a body that prints its own place: the head before a second
        sign decides (荷塘区应急管理局(安委办) prints 荷塘区 as 荷塘区应急管理局 does)."""
        found, notice = self._template(name, city, date), parse_jurisdiction(city)
        return isinstance(found, TemplateMatch) and (found.key not in self.template.template.keys
                                                     or notice is None or found.jurisdiction != notice.full
                                                     or any(self.template.prints_place(base, notice, date)
                                                            for base in self._split_capacity(name)[0]))

    def _split_capacity(self, name: str) -> tuple[tuple[str, ...], str | None]:
        """The forms to look a name up by, and its bracketed second title.

        市经信局(市中小企业局) -> ((市经信局,), 市中小企业局).  A bracket inside the
        name is an optional part: 东莞市(人民政府)金融工作局 is tried as
        东莞市人民政府金融工作局, then as 东莞市金融工作局.
        """
        text = PINYIN_GLOSS_RE.sub("", clean_name(name))
        m = re.fullmatch(r"(.+?)\((.+)\)", text)
        if m and "(" not in m.group(2):
            capacity = None if m.group(2) in self.patterns.role_words else m.group(2)
            return (m.group(1),), capacity
        if "(" not in text:
            return (text,), None
        inlined = re.sub(r"[()]", "", text)
        removed = re.sub(r"\([^()]*\)", "", text) or text
        return tuple(dict.fromkeys((inlined, removed))), None

    def _city_name(self, city: str | None) -> str | None:
        known = self.registry.city(city)
        return known.name if known else (clean_name(city) or None if city else None)


@lru_cache(maxsize=4096)
def _notice_place_names(city: str | None) -> tuple[str, ...]:
    """The names the places of ``city``'s chain and the city above a county-level city go by, whole and short
    (济南市市中区 -> 市中区, 市中, 济南市, 济南: ``template._short_named_places``), a short name of one character
    (沛县 -> 沛) none (``NAMED_SHORT_MIN``)."""
    notice = parse_jurisdiction(city)
    if notice is None:
        return ()
    places = tuple(_short_named_places(notice.county()))
    return tuple(n for p in places for n in (p.name, p.short) if len(n) >= NAMED_SHORT_MIN)


def opens_with_notice_place(name: str, city: str | None) -> bool:
    """``name`` (simplified) opens with a place of the notice's by its name, whole or short, and goes on past it:
    it prints its own place, as 济南中央活力区发展促进中心 does in 济南市市中区's notice."""
    return any(name.startswith(n) and len(name) > len(n) for n in _notice_place_names(city))


# ---------------------------------------------------------------- module API


@lru_cache(maxsize=8)
def _cached_resolver(aliases_csv: str | None) -> Resolver:
    aliases = read_aliases(aliases_csv) if aliases_csv else ()
    return Resolver(default_registry(), default_patterns(), aliases)


def load_resolver(aliases_csv: str | Path | None = None) -> Resolver:
    """The resolver over the shipped registry (+ user aliases), built once per alias file
    (keyed by its absolute path: a ``--jobs`` run names it absolute for its workers,
    the run's review.csv as the user gave it, and both must find the one resolver)."""
    return _cached_resolver(str(Path(aliases_csv).resolve()) if aliases_csv else None)
