"""The agency registry and the agency vocabulary, loaded once from data files.

Two kinds of data, both TOML (see ``registry/README.md``):

* ``agency_patterns.toml`` -- generic vocabulary: separators, group
  words, prefixes, rewrites and abbreviation rules.  No agency names.
* ``registry/<city>.toml`` -- one file per city: the city (name, short
  name, id prefix, document-number prefixes) and its agencies.

This module only loads, validates and indexes those files and owns the one
jieba tokenizer of the process; splitting is in ``agencies.py`` and matching
in ``resolve.py``.
"""
from __future__ import annotations

import csv
import json
import logging
import os
import re
import tempfile
import threading
import tomllib
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..models import ExtractorError
from ..text import clean_name, to_simplified

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent
PATTERNS_FILE = DATA_DIR / "agency_patterns.toml"
REGISTRY_DIR = DATA_DIR / "registry"

#: What an agency can be; a registry entry with another kind is an error.
KINDS = frozenset({
    "government", "government department", "party organ", "mass organization",
    "vertical branch", "bank branch", "development zone", "town/street", "state company",
})
_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class City:
    """A city with a registry file."""

    name: str                     #: full name, e.g. 东莞市
    short: str                    #: name without 市, e.g. 东莞
    id_prefix: str                #: prefix of its agency ids, e.g. dg
    province: str | None = None
    doc_prefixes: tuple[str, ...] = ()  #: 东府, 东府办, ... (document-number prefixes)
    source: str = ""              #: the registry file it came from


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

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling the registry lists: full name, short names, aliases, titles."""
        return (self.name, *self.short, *self.aliases, *self.titles)

    def valid_at(self, date: str | None) -> bool:
        """True when the body existed at ``date`` (ISO); always True without a date."""
        if not date:
            return True
        if self.valid_from and date < pad_date(self.valid_from):
            return False
        return not (self.valid_to and date >= pad_date(self.valid_to))

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
    role_words: frozenset[str]            #: bracketed role marks that are not a capacity
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
    issuer_city: re.Pattern
    doc_prefix: re.Pattern
    #: is_group answers by name: every unit name of every cell asks, and names repeat
    _groups: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def is_group(self, name: str) -> bool:
        """True for a catch-all such as 各相关部门 or 市直各有关单位."""
        known = self._groups.get(name)
        if known is None:
            text = clean_name(name)
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


def pad_date(value: str) -> str:
    """'2019' -> '2019-01-01', '2019-03' -> '2019-03-01' (start of the period)."""
    parts = value.split("-")
    return "-".join([parts[0]] + [p.zfill(2) for p in parts[1:]] + ["01"] * (3 - len(parts)))


# ---------------------------------------------------------------- patterns


@lru_cache(maxsize=None)
def load_patterns(path: str | Path = PATTERNS_FILE) -> AgencyPatterns:
    """Read and compile the generic agency vocabulary (once per path)."""
    raw = _read_toml(Path(path))
    split, pre, norm, abbr = raw["split"], raw["prefixes"], raw["normalize"], raw["abbreviation"]
    return AgencyPatterns(
        separators=frozenset(split["separators"]),
        brackets={o: c for o, c in split["brackets"]},
        empty_cells=frozenset(split["empty_cells"]),
        trailing_drop=re.compile(split["trailing_drop"]),
        strip_chars=split["strip_chars"],
        role_words=frozenset(raw["capacity"]["role_words"]),
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
        issuer_city=re.compile(raw["city"]["issuer_pattern"]),
        doc_prefix=re.compile(raw["city"]["doc_prefix_pattern"]),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractorError(f"{path}: cannot read agency data ({exc})") from exc


# ---------------------------------------------------------------- registry


@lru_cache(maxsize=None)
def load_registry(directory: str | Path = REGISTRY_DIR) -> Registry:
    """Read every ``<city>.toml`` in ``directory`` (once per directory) and validate it."""
    cities: dict[str, City] = {}
    agencies: dict[str, Agency] = {}
    for path in sorted(Path(directory).glob("*.toml")):
        city, entries = _read_city_file(path)
        if city.name in cities:
            raise ExtractorError(f"{path}: city {city.name} already defined in {cities[city.name].source}")
        cities[city.name] = city
        for agency in entries:
            if agency.agency_id in agencies:
                raise ExtractorError(f"{path}: duplicate agency_id {agency.agency_id}")
            agencies[agency.agency_id] = agency
    _check_links(agencies)
    registry = Registry(cities=cities, agencies=agencies, family=_lineage_roots(agencies))
    log.debug("registry: %d cities, %d agencies from %s", len(cities), len(agencies), directory)
    return registry


def _read_city_file(path: Path) -> tuple[City, list[Agency]]:
    raw = _read_toml(path)
    try:
        c = raw["city"]
        city = City(name=c["name"], short=c["short"], id_prefix=c["id_prefix"],
                    province=c.get("province"), doc_prefixes=tuple(c.get("doc_prefixes", ())),
                    source=str(path))
    except KeyError as exc:
        raise ExtractorError(f"{path}: [city] lacks {exc}") from exc
    return city, [_read_agency(path, city, n, e) for n, e in enumerate(raw.get("agency", []), 1)]


def _read_agency(path: Path, city: City, n: int, entry: dict[str, Any]) -> Agency:
    where = f"{path}: agency #{n}"
    try:
        agency = Agency(
            agency_id=entry["agency_id"], city=entry.get("city", city.name), name=entry["name"],
            kind=entry["kind"], short=tuple(entry.get("short", ())),
            aliases=tuple(entry.get("aliases", ())), titles=tuple(entry.get("titles", ())),
            valid_from=_date_field(entry, "valid_from", where),
            valid_to=_date_field(entry, "valid_to", where),
            successor_of=tuple(entry.get("successor_of", ())), note=entry.get("note"),
        )
    except KeyError as exc:
        raise ExtractorError(f"{where} lacks {exc}") from exc
    if agency.city != city.name:
        raise ExtractorError(f"{where}: city {agency.city} in the file of {city.name}")
    if not agency.agency_id.startswith(city.id_prefix + "-"):
        raise ExtractorError(f"{where}: id {agency.agency_id} lacks the prefix {city.id_prefix}-")
    if agency.kind not in KINDS:
        raise ExtractorError(f"{where}: unknown kind {agency.kind!r} (one of {sorted(KINDS)})")
    return agency


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
    parent = {i: i for i in agencies}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a in agencies.values():
        for pred in a.successor_of:
            parent[root(pred)] = root(a.agency_id)
    return {i: root(i) for i in agencies}


def default_registry() -> Registry:
    """The registry shipped with the package."""
    return load_registry(REGISTRY_DIR)


def default_patterns() -> AgencyPatterns:
    """The agency vocabulary shipped with the package."""
    return load_patterns(PATTERNS_FILE)


# ---------------------------------------------------------------- jieba

_TOKENIZER = None
_TOKENIZER_WORDS: set[str] = set()
_TOKENIZER_LOCK = threading.Lock()
#: frequency given to registry names so that jieba keeps them whole
USER_WORD_FREQ = 100_000


def jieba_tokenizer(words: Iterable[str] = ()):
    """The process's one private ``jieba.Tokenizer``, built on first use.

    Private rather than ``jieba.dt`` so that our user dictionary (agency
    names) does not change how other stages segment text.  Its cache file
    goes to a writable temp dir (FACTS.md: set it where the default is
    read-only).  ``add_word`` is not thread-safe, hence the lock.
    """
    global _TOKENIZER
    with _TOKENIZER_LOCK:
        if _TOKENIZER is None:
            import jieba
            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = _writable_cache_dir()
            tokenizer.initialize()
            _TOKENIZER = tokenizer
            log.debug("jieba loaded (cache in %s)", tokenizer.tmp_dir)
        for word in words:
            if word and word not in _TOKENIZER_WORDS:
                _TOKENIZER.add_word(word, freq=USER_WORD_FREQ)
                _TOKENIZER_WORDS.add(word)
        return _TOKENIZER


def _writable_cache_dir() -> str:
    """$EXTRACTOR_CACHE_DIR, else the temp dir, else a fresh temp dir."""
    for candidate in (os.environ.get("EXTRACTOR_CACHE_DIR"), tempfile.gettempdir()):
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK):
            return candidate
    return tempfile.mkdtemp(prefix="extractor-jieba-")


# ---------------------------------------------------------------- segmentation cache

#: bump when the layout of the segmentation cache file changes
SEGMENT_CACHE_FORMAT = 1


def segment_words(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """jieba's words for each text (``lcut``, HMM off), from a file cache.

    The resolver needs jieba only to cut the stems of registry names
    (发展和改革 -> 发展/和/改革), yet loading it costs ~1 s a process (every
    ``--jobs`` worker too).  The words are kept in a JSON file under
    ``segment_cache_dir()``, keyed by the stem itself and named after the
    installed jieba (its dictionary decides the cut), so a changed registry or
    patterns file simply asks for stems the file lacks: only then is jieba
    loaded, and the file rewritten atomically.  A corrupt or unreadable file
    is ignored and rebuilt.  Stems cut by a tokenizer that already holds our
    user words are not written: the file holds the plain dictionary's cut,
    which is what a fresh process computes.
    """
    texts = sorted({t for t in texts if t})
    path = _segment_cache_file()
    cached = _read_segments(path) if path else {}
    missing = [t for t in texts if t not in cached]
    if missing:
        tokenizer = jieba_tokenizer()
        plain = not _TOKENIZER_WORDS
        fresh = {t: tuple(tokenizer.lcut(t, HMM=False)) for t in missing}
        if path and plain:
            _write_segments(path, {**cached, **fresh})
        cached = {**cached, **fresh}
    return {t: cached[t] for t in texts}


def segment_cache_dir() -> Path:
    """$EXTRACTOR_CACHE_DIR, else $XDG_CACHE_HOME/extractor (~/.cache/extractor),
    else a per-user folder in the temp dir."""
    explicit = os.environ.get("EXTRACTOR_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if base and not base.startswith("~"):
        return Path(base) / "extractor"
    return Path(tempfile.gettempdir()) / f"extractor-{os.getuid() if hasattr(os, 'getuid') else 'user'}"


def _segment_cache_file() -> Path | None:
    """The cache file for the installed jieba, or None when jieba is not installed."""
    import importlib.util
    import zlib

    spec = importlib.util.find_spec("jieba")   # finds the package without importing it
    if spec is None or not spec.origin:
        return None
    package = Path(spec.origin).parent
    stamp = []
    for f in (package / "__init__.py", package / "dict.txt"):
        try:
            st = f.stat()
        except OSError:
            return None
        stamp.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    key = zlib.crc32("|".join([str(SEGMENT_CACHE_FORMAT), *stamp]).encode())
    return segment_cache_dir() / f"jieba-segments-{key:08x}.json"


def _read_segments(path: Path) -> dict[str, tuple[str, ...]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != SEGMENT_CACHE_FORMAT:
            return {}
        out = {t: tuple(words) for t, words in raw["segments"].items()}
        if not all(isinstance(w, str) for words in out.values() for w in words):
            return {}
        return out
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.debug("segmentation cache %s ignored: %s", path, exc)
        return {}


def _write_segments(path: Path, segments: dict[str, tuple[str, ...]]) -> None:
    """Write the cache atomically (temp file, fsync, replace); a failure only costs speed."""
    data = json.dumps({"format": SEGMENT_CACHE_FORMAT, "segments": {t: list(w) for t, w in sorted(segments.items())}},
                      ensure_ascii=False)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        log.debug("segmentation cache %s not written: %s", path, exc)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


# ---------------------------------------------------------------- user aliases and cities


def resolution_fingerprint(aliases: str | Path | None = None) -> str:
    """A digest of everything that decides how names resolve: the registry
    files, the patterns file and the user aliases.  The archive stores it, so
    a run after the registry or aliases changed re-resolves what it re-reads
    (review.csv -> add an alias -> run again must take effect)."""
    import hashlib

    digest = hashlib.sha256()
    files = [PATTERNS_FILE, *sorted(REGISTRY_DIR.glob("*.toml"))]
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
    """Read a user alias CSV and check each agency_id is in the registry, cheaply
    (no resolver): a run can refuse a wrong line before it reads any notice."""
    registry = registry or default_registry()
    for _, agency_id, _, where in read_aliases(path):
        if agency_id not in registry.agencies:
            raise ExtractorError(f"{where}: unknown agency_id {agency_id!r}")


def detect_city(*texts: str | None, doc_number: str | None = None) -> str | None:
    """The notice's city (e.g. "东莞市") from its doc-number prefix, issuer or title.

    The document-number prefix (东府办〔2014〕75号 -> 东府办) is looked up in the
    registry files; then each text in turn is searched for a registry city
    name, or for an issuer that opens with an unlisted city
    (杭州市人民政府办公厅), that city.
    """
    registry, patterns = default_registry(), default_patterns()
    city = _city_from_doc_number(doc_number, registry, patterns)
    if city:
        return city
    for text in (to_simplified(clean_name(t)) for t in texts if t):
        hits = [(text.find(n), c.name) for c in registry.cities.values()
                for n in (c.name, c.short) if n in text]
        if hits:
            return min(hits)[1]
        m = patterns.issuer_city.match(text)
        if m:       # an earlier text (the issuer) outranks a city a later title mentions
            return m.group(1)
    return None


def _city_from_doc_number(doc_number: str | None, registry: Registry,
                          patterns: AgencyPatterns) -> str | None:
    if not doc_number:
        return None
    m = patterns.doc_prefix.match(to_simplified(clean_name(doc_number)))
    if not m:
        return None
    prefix = m.group(1)
    best = max(((len(p), c.name) for c in registry.cities.values() for p in c.doc_prefixes
                if prefix.startswith(p)), default=None)
    return best[1] if best else None
