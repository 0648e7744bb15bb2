"""The agency registry and the agency vocabulary, loaded once from data files.

Two kinds of data, both TOML (see ``registry/README.md``):

* ``agency_patterns.toml`` -- generic vocabulary: separators, group
  words, prefixes, rewrites and abbreviation rules.  No agency names.
* ``registry/<city>.toml`` -- one file per city: the city (name, short
  name, id prefix, document-number prefixes) and its agencies.

This module only loads, validates and indexes those files into the records
of ``records.py``, and finds a notice's jurisdiction
(``detect_city``); the department template is in ``template.py``, places
in ``jurisdiction.py`` and ``placechains.py``, splitting in ``units.py``, matching in
``resolve.py``, jieba in ``segments.py``.
"""
from __future__ import annotations

import csv
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..lazyre import lazy_re
from ..models import JOINT_ISSUER_SEP, ExtractorError
from .gazetteer import PLACES_FILE, is_listed_place, level_words, places_named
from .jurisdiction import Jurisdiction, Place, city_for_doc_prefix, with_parent_city
from .placechains import (is_government_word, jurisdiction_in, listed_chain, may_lengthen, merge_chains,
                          parse_jurisdiction, split_places, with_listed_names)
from ..hanzi import to_simplified
from ..text import clean_name
from .names import KINDS, lineage_roots
from .records import PATTERNS_FILE, Agency, AgencyPatterns, City, Registry, patterns_data, read_agency_data
from .signers import area_part_chain, office_chain, town_county, zone_chain
from .departments import TEMPLATE_FILE
from .template import default_template_resolver

__all__ = ["load_registry", "load_patterns", "default_registry", "default_patterns", "detect_city", "read_aliases",
           "check_aliases", "resolution_fingerprint", "user_registry_dirs"]

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent
REGISTRY_DIR = DATA_DIR / "registry"
#: extra registry folders for this process (os.pathsep-separated): how ``--registry DIR``
#: reaches ``--jobs`` workers, which inherit the environment of the run
REGISTRY_ENV = "EXTRACTOR_REGISTRY"

_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


# ---------------------------------------------------------------- patterns


@lru_cache(maxsize=None)
def load_patterns(path: str | Path = PATTERNS_FILE) -> AgencyPatterns:
    """Read and compile the generic agency vocabulary (once per path)."""
    raw = patterns_data() if Path(path) == PATTERNS_FILE else read_agency_data(Path(path))
    split, pre, norm, abbr = raw["split"], raw["prefixes"], raw["normalize"], raw["abbreviation"]
    return AgencyPatterns(
        separators=frozenset(split["separators"]),
        brackets={o: c for o, c in split["brackets"]},
        empty_cells=frozenset(split["empty_cells"]),
        trailing_drop=re.compile(split["trailing_drop"]),
        strip_chars=split["strip_chars"],
        leading_drop=re.compile(split["leading_drop"]),
        role_words=frozenset(raw["capacity"]["role_words"]),
        second_sign_ends=tuple(raw["capacity"]["second_sign_ends"]),
        group_patterns=tuple(re.compile(p) for p in raw["groups"]["patterns"]),
        level_prefixes=tuple(pre["level"]),
        not_level=tuple(pre["not_level"]),
        government_prefixes=tuple(sorted(pre["government"], key=len, reverse=True)),
        plain_prefixes=tuple(pre["plain"]),
        keep_after_plain=tuple(pre["keep_after_plain"]),
        bare_government=pre["bare_government"],
        joiners=tuple(norm["joiners"]),
        rewrites=tuple((re.compile(p), r) for p, r in norm["rewrites"]),
        abbrev_kinds=frozenset(abbr["kinds"]),
        abbrev_suffixes=tuple((f, s) for f, s in abbr["suffixes"]),
        abbrev_droppable=frozenset(abbr["droppable"]),
        abbrev_joiners=frozenset(abbr["joiners"]),
        abbrev_reserved=tuple(abbr["reserved"]),
        unit_suffixes=raw["split_units"]["unit_suffixes"],
        closing_heads=raw["split_units"].get("closing_heads", ""),
        section_heads=raw["split_units"].get("section_heads", ""),
        issuer_city=lazy_re(raw["city"]["issuer_pattern"]),
        doc_prefix=lazy_re(raw["city"]["doc_prefix_pattern"]),
        title_verbs=tuple(sorted(raw["city"].get("title_verbs", ()), key=len, reverse=True)),
        headline_verbs=tuple(raw["city"].get("headline_verbs", ())),
        level_joiners=tuple(pre.get("level_joiners", ())),
        branch_ends=tuple(pre.get("branch_ends", ())),
        kind_group_words=tuple(raw.get("kinds", {}).get("group_words", ())),
        firms_word=raw.get("kinds", {}).get("firms_word", ""),
        kind_group_last=raw.get("kinds", {}).get("group_last", ""),
        kind_relevance_words=tuple(raw.get("kinds", {}).get("relevance_words", ())),
        government_words=tuple(sorted(pre.get("government_words", ()), key=len, reverse=True)),
    )


# ---------------------------------------------------------------- registry


def load_registry(directory: str | Path = REGISTRY_DIR, *more: str | Path) -> Registry:
    """Read every ``<city>.toml`` in ``directory`` and then in ``more`` (once per
    set of folders) and validate them.  A later folder's file for a city already
    read adds entries to it (a user's registry on top of the shipped one)."""
    return _load_registry(tuple(str(Path(d)) for d in (directory, *more)))


@lru_cache(maxsize=None)
def _load_registry(directories: tuple[str, ...]) -> Registry:
    cities: dict[str, City] = {}
    agencies: dict[str, Agency] = {}
    for path in (p for d in directories for p in sorted(Path(d).glob("*.toml"))):
        city, entries = _read_city_file(path)
        known = cities.get(city.name)
        if known and (known.id_prefix != city.id_prefix or Path(known.source).parent == path.parent):
            raise ExtractorError(f"{path}: city {city.name} already defined in {known.source}")
        cities.setdefault(city.name, city)
        for agency in entries:
            if agency.agency_id in agencies:
                raise ExtractorError(f"{path}: duplicate agency_id {agency.agency_id}")
            agencies[agency.agency_id] = agency
    _check_links(agencies)
    registry = Registry(cities=cities, agencies=agencies, family=_lineage_roots(agencies))
    log.debug("registry: %d cities, %d agencies from %s", len(cities), len(agencies), directories)
    return registry


def _read_city_file(path: Path) -> tuple[City, list[Agency]]:
    raw = read_agency_data(path)
    try:
        c = raw["city"]
        city = City(name=c["name"], short=c["short"], id_prefix=c["id_prefix"],
                    province=c.get("province"), doc_prefixes=tuple(c.get("doc_prefixes", ())),
                    source=str(path), unresolved_prefix=c.get("unresolved_prefix"))
    except KeyError as exc:
        raise ExtractorError(f"{path}: [city] lacks {exc}") from exc
    return city, [_read_agency(path, city, n, e) for n, e in enumerate(raw.get("agency", []), 1)]


def _read_agency(path: Path, city: City, n: int, entry: dict[str, Any]) -> Agency:
    where = f"{path}: agency #{n}"
    try:
        template = _template_id(entry["name"], city.name)
        agency_id = entry.get("agency_id") or template
        if agency_id is None:
            raise ExtractorError(f"{where}: no agency_id, and {entry['name']} is no template "
                                 f"department whose id could be used")
        agency = Agency(
            agency_id=agency_id, city=entry.get("city", city.name), name=entry["name"],
            kind=entry["kind"], short=tuple(entry.get("short", ())),
            aliases=tuple(entry.get("aliases", ())), titles=tuple(entry.get("titles", ())),
            valid_from=_date_field(entry, "valid_from", where),
            valid_to=_date_field(entry, "valid_to", where),
            successor_of=tuple(entry.get("successor_of", ())), note=entry.get("note"),
            template_id=template if template != agency_id else None,
            pre_template=city.unresolved_prefix is not None,
        )
    except KeyError as exc:
        raise ExtractorError(f"{where} lacks {exc}") from exc
    if agency.city != city.name:
        raise ExtractorError(f"{where}: city {agency.city} in the file of {city.name}")
    if agency.agency_id != template and not agency.agency_id.startswith(city.id_prefix + "-"):
        raise ExtractorError(f"{where}: id {agency.agency_id} lacks the prefix {city.id_prefix}-")
    if agency.kind not in KINDS:
        raise ExtractorError(f"{where}: unknown kind {agency.kind!r} (one of {sorted(KINDS)})")
    return agency


def _template_id(name: str, city: str) -> str | None:
    """The template's id for an official full name in ``city`` (None if it is no template type)."""
    found = default_template_resolver().match(name, parse_jurisdiction(city), None)
    return found.agency_id if found and found.rule == "template" else None


def _date_field(entry: dict[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None or value == "":
        return None
    value = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if not _DATE_RE.match(value):
        raise ExtractorError(f"{where}: {key} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _check_links(agencies: Mapping[str, Agency]) -> None:
    for a in agencies.values():
        for pred in a.successor_of:
            if pred not in agencies:
                raise ExtractorError(f"{a.agency_id}: successor_of names unknown id {pred}")


def _lineage_roots(agencies: Mapping[str, Agency]) -> dict[str, str]:
    """Union-find over successor_of links: agency_id -> one id per lineage."""
    return lineage_roots({i: a.successor_of for i, a in agencies.items()})


def default_registry() -> Registry:
    """The registry shipped with the package, plus the folders named in $EXTRACTOR_REGISTRY."""
    return load_registry(REGISTRY_DIR, *user_registry_dirs())


def user_registry_dirs() -> tuple[Path, ...]:
    """The user's registry folders ($EXTRACTOR_REGISTRY, set by ``--registry DIR``)."""
    return tuple(Path(d) for d in os.environ.get(REGISTRY_ENV, "").split(os.pathsep) if d)


def default_patterns() -> AgencyPatterns:
    """The agency vocabulary shipped with the package."""
    return load_patterns(PATTERNS_FILE)


# ---------------------------------------------------------------- user aliases and cities


def resolution_fingerprint(aliases: str | Path | None = None) -> str:
    """A digest of everything that decides how names resolve: the registry
    files, the patterns file and the user aliases.  The archive stores it, so
    a run after the registry or aliases changed re-resolves what it re-reads
    (review.csv -> add an alias -> run again must take effect)."""
    import hashlib

    digest = hashlib.sha256()
    files = [PATTERNS_FILE, TEMPLATE_FILE, PLACES_FILE, *(f for d in (REGISTRY_DIR, *user_registry_dirs())
                                             for f in sorted(d.glob("*.toml")))]
    if aliases is not None and Path(aliases).is_file():
        files.append(Path(aliases))
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def read_aliases(path: str | Path) -> list[tuple[str, str, str | None, str]]:
    """Rows of a user alias CSV ``name,agency_id[,city]`` with their ``file:line``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractorError(f"{path}: cannot read aliases ({exc})") from exc
    rows = []
    for lineno, row in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#") or (lineno == 1 and cells[0] == "name"):
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise ExtractorError(f"{path}:{lineno}: expected name,agency_id[,city]")
        rows.append((cells[0], cells[1], cells[2] if len(cells) > 2 and cells[2] else None,
                     f"{path}:{lineno}"))
    return rows


def check_aliases(path: str | Path, registry: Registry | None = None) -> None:
    """Read a user alias CSV and check its lines, cheaply (no resolver): a run
    can refuse a wrong line before it reads any notice."""
    check_alias_rows(read_aliases(path), registry or default_registry())


def check_alias_rows(rows: Iterable[tuple[str, str, str | None, str]], registry: Registry) -> None:
    """Raise ExtractorError naming ``file:line`` for the first line that cannot
    hold: an unknown agency_id, an unknown city (a misspelt one would apply
    nowhere), or a name the file already gave for the same city (which line
    won used to depend on their order)."""
    first: dict[tuple[str, str | None], str] = {}
    for name, agency_id, city, where in rows:
        agency = registry.agencies.get(agency_id)
        if agency is None:
            raise ExtractorError(f"{where}: unknown agency_id {agency_id!r}")
        known = registry.city(city)
        if city and known is None:
            raise ExtractorError(f"{where}: unknown city {city!r}")
        key = (clean_name(name), known.name if known else agency.city)
        if key in first:
            raise ExtractorError(f"{where}: {name} is already given on line {first[key]}")
        first[key] = where.rpartition(":")[2]


# ---------------------------------------------------------------- a notice's jurisdiction

#: where a title names its jurisdiction: 关于印发绵阳市…的通知
_TITLE_OPENERS = ("关于印发", "关于转发", "关于", "")
#: what may follow a place a title opens with: a year, a quoted name, a verb of policy
_TITLE_FOLLOWERS = ("贯彻", "进一步", "推进", "加快", "关于", "《", "“", "\"")


def detect_city(issuer: str | None = None, *texts: str | None, doc_number: str | None = None,
                registry: Registry | None = None, date: str | None = None) -> str | None:
    """The notice's jurisdiction (东莞市, 成都市武侯区, 仪陇县, 四川省) or None.

    In order: the place chain the issuer opens with (an ad-hoc office's too, a town's government's county-level
    place, or a development zone's committee signing by the zone's official name: ``signers.py``), completed by a longer
    chain a title prints for the same place (issuer 武侯区…, title
    成都市武侯区…); the registry's document-number prefixes (东府办 ->
    东莞市); a registry city named in the issuer or a title; a chain a title
    opens with.  A district or county chain that names no city gets it from the
    document-number prefix, else from ``counties.csv`` (``with_parent_city``;
    among the places of that name, those under a province or city the issuer
    or a title prints, and on the notice's ``date`` a district since merged away:
    崇文区 in 2008 -> 北京市崇文区).  ``registry``: the shipped one unless given.
    """
    if part := area_part_chain(issuer):
        return part.key     # 陕西省西咸新区秦汉新城管理委员会办公室: a part of a national new area by the name it signs
    if joint_places(issuer) > 1:
        return None   # offices of two cities issuing together (济南市…办公厅、临沂市…办公室): neither alone
    registry = default_registry() if registry is None else registry
    patterns = default_patterns()
    titles = [t for t in texts if t]
    # 南阳市“一改双优”活动办公室; 晋江市陈埭镇人民政府: the town's county-level city
    found = jurisdiction_in(issuer, is_issuer_rest) or office_chain(issuer) or town_county(issuer)
    if found is None and (zone := zone_chain(issuer)):
        return zone.key     # 潍坊高新技术产业开发区管理委员会办公室: the zone by the name it signs, no city added
    if found:
        for title in titles:
            if may_lengthen(found, to_simplified(clean_name(title))):   # else no title chain can change it
                found = merge_chains(found, _title_chain(title))
        return _with_city(found, doc_number, patterns, (issuer, *titles), date).key
    city = _city_from_doc_number(doc_number, registry, patterns)
    if city:
        return city
    for text in (to_simplified(clean_name(t)) for t in (issuer, *titles) if t):
        hits = [(text.find(n), c.name) for c in registry.cities.values() for n in (c.name, c.short) if n in text]
        if hits:
            at, city = min(hits)
            rest = _after_opener(text)     # a title opening 丽水市莲都区… places it in the district
            chain = listed_chain(rest) if at == len(text) - len(rest) else None
            return chain.key if chain and len(chain.places) > 1 and chain.places[0].name == city else city
    chain = next(filter(None, map(_title_chain, titles)), None) or next(filter(None, map(_title_place, titles)), None) \
        or next(filter(None, map(_headline_place, titles)), None)
    return _with_city(chain, doc_number, patterns, titles, date).key if chain else None


def _with_doc_city(found: Jurisdiction, doc_number: str | None, patterns: AgencyPatterns) -> Jurisdiction:
    """A district or county chain without its city, completed from the document-number
    prefix when that names one (鞍立政发 for 立山区 -> 鞍山市立山区)."""
    if found.own.level not in ("district", "county") or found.city_place() is not None or not doc_number:
        return found
    prefix = doc_number_prefix(doc_number, patterns)
    city = city_for_doc_prefix(prefix, found.own) if prefix else None
    return Jurisdiction((Place(city, "city"), *found.places)) if city else found


def _with_city(found: Jurisdiction, doc_number: str | None, patterns: AgencyPatterns,
               texts: Iterable[str | None], date: str | None = None) -> Jurisdiction:
    """``found`` completed by its city: from the document-number prefix, else from
    ``counties.csv`` (and on ``date`` ``former_districts.csv``) among the places of its name under a
    province or city ``texts`` print; a city printed bare by its listed name (泰州 -> 泰州市)."""
    found = with_listed_names(_with_doc_city(found, doc_number, patterns))
    if found.places[0].level not in ("district", "county") or found.city_place() is not None:
        return found
    return with_parent_city(found, places_named(to_simplified(clean_name(t)) for t in texts if t), date)


def joint_places(issuer: str | None) -> int:
    """How many places the bodies of a joint issuer open with, one within another counted once
    (中共济宁市委办公室、济宁市人民政府办公室: 1); 0 or 1 for one body."""
    if not issuer or JOINT_ISSUER_SEP not in issuer:
        return 0
    keys = {found.key for part in issuer.split(JOINT_ISSUER_SEP) if (found := jurisdiction_in(part, is_issuer_rest))}
    return sum(1 for k in keys if not any(o != k and k.startswith(o) for o in keys))


def is_issuer_rest(rest: str) -> bool:
    """What may follow an issuer's (or a site owner's, a unit's) places: government wording or a
    department the template knows (成都市 + 郫都区人民政府 is no chain: the place is 成都市郫都区)."""
    return is_government_word(rest) or default_template_resolver().is_department(rest)


def _title_chain(title: str) -> Jurisdiction | None:
    """The place chain a title opens with after its opener (关于印发某县…), followed by a year, a quoted
    name, a verb of policy, a news headline's verb of announcing (``[city] headline_verbs``: 郑州公布2012年十大
    实事任务分解表, a mirror's headline in the page's <title> where the content prints no title) or an issuer's rest.  Only the longest opener the title starts with is taken
    off: 印发 and 转发 are verbs, never a place's first characters (关于印发区政府…的通知, a district's
    2011 title naming itself 区政府, read 印发区 before: holdout docsite-zhenhai, batch 57)."""
    text = to_simplified(clean_name(title)).lstrip("《“\"")
    opener = next(o for o in _TITLE_OPENERS if text.startswith(o))   # "" opens every title
    rest = text[len(opener):].lstrip("《“\"")
    followers = _TITLE_FOLLOWERS + default_patterns().headline_verbs   # 郑州公布…: a headline's place
    found = split_places(rest, lambda r: bool(r) and (r[0].isdigit() or r.startswith(followers)
                                                       or is_issuer_rest(r)))
    return Jurisdiction(found[0]) if found else None


def _title_place(title: str) -> Jurisdiction | None:
    """The listed places a title opens with, whatever follows them (孝义市城市更新三年行动2023年度任务清单;
    宁波市鄞州区科技创新扶持政策: the city and its district, ``listed_chain``): asked only of a notice no
    issuer, document number or title chain placed, since a topic, unlike the followers ``_title_chain``
    knows, says nothing of where the place ends; a listed name says it."""
    return listed_chain(_after_opener(to_simplified(clean_name(title))))


#: a news headline's place label: the place it reports from, before a colon (安陆：35个重点项目“认主”)
_HEADLINE_LABEL_RE = re.compile(r"^([^\s：:，,。；;、《》“”]{2,8})[：:]")


def _headline_place(title: str) -> Jurisdiction | None:
    """The place a news headline's label names (``安陆：35个重点项目“认主”``: a 孝感 daily's item on 安陆市, holdout
    glossquote-anlu): the words before the headline's colon, a listed place printed whole or without its level word,
    when exactly one listed place is so named; asked after every other title source, of a title that places nothing
    else.  A label that is no place (通知：, 重要：) names none."""
    m = _HEADLINE_LABEL_RE.match(_after_opener(to_simplified(clean_name(title))))
    if m is None:
        return None
    label = m.group(1)
    named = {label} if is_listed_place(label) else {label + word for word, _ in level_words()
                                                     if is_listed_place(label + word)}
    return listed_chain(named.pop()) if len(named) == 1 else None


def _after_opener(text: str) -> str:
    """A title (simplified) without the opener, quotes and year before the place it may name (关于印发《…;
    2007年郑州市人民政府目标管理工作方案: a plan's own title may open with its year), and without the verbs of
    policy a plan's own name may open with before it (加快西宁市流通业发展实施意见, 关于进一步加快某县…:
    ``agency_patterns.toml [city] title_verbs``)."""
    text = text.lstrip("《“\"")
    for opener in _TITLE_OPENERS:
        if opener and text.startswith(opener):
            text = text[len(opener):].lstrip("《“\"")
            break
    text = _TITLE_YEAR_RE.sub("", text, count=1)
    verbs = default_patterns().title_verbs
    while verb := next((v for v in verbs if text.startswith(v)), None):
        text = text[len(verb):]
    return text


#: the year a title may print before the place it names (2007年郑州市…, 2024年度某区…)
_TITLE_YEAR_RE = re.compile(r"^\d{4}\s*年度?")


def _city_from_doc_number(doc_number, registry: Registry, patterns: AgencyPatterns) -> str | None:
    """A registry city whose document-number prefix opens ``doc_number`` (东府办 -> 东莞市)."""
    prefix = doc_number_prefix(doc_number, patterns)
    if not prefix:
        return None
    best = max(((len(p), c.name) for c in registry.cities.values() for p in c.doc_prefixes
                if prefix.startswith(p)), default=None)
    return best[1] if best else None


def doc_number_prefix(doc_number: str | None, patterns: AgencyPatterns | None = None) -> str | None:
    """The words a document number opens with before its year (徐政发〔2010〕29号 -> 徐政发, 東府辦 -> 东府办), in
    simplified characters, or None."""
    if not doc_number:
        return None
    m = (patterns or default_patterns()).doc_prefix.match(to_simplified(clean_name(doc_number)))
    return m.group(1) if m else None
