"""A printed name reduced to the keys the resolver matches it on (``resolve.py``, rule 4).

NFKC, traditional -> simplified, pinyin glosses dropped, the rewrites of agency_patterns.toml (中共…市委 -> 市委,
中国人民银行 / 人行 -> 人民银行), a registry city's name and the government prefixes stripped, joiners (和) dropped;
and the abbreviations derived from a full name with jieba (发展/和/改革/局 -> 发改局).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..hanzi import to_simplified
from ..text import PINYIN_GLOSS_RE, clean_name
from .records import Agency, AgencyPatterns, Registry
from .segments import jieba_tokenizer, segment_words

__all__ = ["NameKeyer", "NameKeys"]


@dataclass(frozen=True)
class NameKeys:
    """A name reduced to what it is matched on."""

    clean: str                    #: NFKC, no white space (exact/alias tiers)
    city: str | None              #: a registry city the name itself names (东莞银监分局)
    keys: tuple[str, ...]         #: derived keys, most specific first


class NameKeyer:
    """The keys of names over one registry and its patterns."""

    def __init__(self, registry: Registry, patterns: AgencyPatterns):
        self.registry = registry
        self.patterns = patterns
        # jieba's cut of every abbreviation stem, from the file cache: a run loads jieba only for
        # stems the cache lacks or for unlisted run-together names
        self._segments = segment_words(p[1] for a in registry.agencies.values()
                                       if (p := self._abbreviation_parts(a)))

    def name_keys(self, name: str) -> NameKeys:
        """Normalise a name into its match keys (see the module docstring)."""
        clean = clean_name(name)
        text = PINYIN_GLOSS_RE.sub("", to_simplified(clean))
        text = self._rewrite(text)
        city = self._city_in(text)
        body = text
        if city and body.startswith(self.registry.cities[city].short):
            body = body[len(self.registry.cities[city].short):]
        body = self._rewrite(self._strip_government(body))
        keys = dict.fromkeys(self._drop_joiners(k) for k in (text, body) if k)
        return NameKeys(clean=clean, city=city, keys=tuple(keys))

    def _rewrite(self, text: str) -> str:
        for pattern, replacement in self.patterns.rewrites:
            text = pattern.sub(replacement, text)
        return text

    def _city_in(self, text: str) -> str | None:
        """The first registry city whose short name occurs in ``text``."""
        hits = [(text.find(c.short), c.name) for c in self.registry.cities.values() if c.short in text]
        return min(hits)[1] if hits else None

    def _strip_government(self, body: str) -> str:
        p = self.patterns
        for prefix in p.government_prefixes:
            if body.startswith(prefix):
                return body[len(prefix):] or p.bare_government
        for prefix in p.plain_prefixes:
            rest = body[len(prefix):]
            if body.startswith(prefix) and rest and not rest.startswith(p.keep_after_plain):
                return rest
        return body

    def _drop_joiners(self, text: str) -> str:
        for joiner in self.patterns.joiners:
            text = text.replace(joiner, "")
        return text

    def abbreviations(self, agency: Agency) -> list[str]:
        """Abbreviation keys of a full name: 发展和改革局 -> 发改局, 发展改革局.

        The stem before the unit suffix is segmented with jieba; four-character
        words are read as two words (科学技术 -> 科学/技术); joiners (和) and
        droppable words (行政, 管理) go; one word left is kept whole
        (工商行政管理局 -> 工商局), several give their first characters.
        """
        parts = self._abbreviation_parts(agency)
        if parts is None:
            return []
        level, stem, short = parts
        words = self._stem_words(stem)
        abbr = words[0] if len(words) == 1 else "".join(w[0] for w in words)
        out = [level + "".join(words) + short, level + abbr + short]
        return [k for k in dict.fromkeys(out) if not any(r in k for r in self.patterns.abbrev_reserved)]

    def _abbreviation_parts(self, agency: Agency) -> tuple[str, str, str] | None:
        """(level, stem, short suffix) of a full name, e.g. ("", 发展和改革, 局); no jieba."""
        p = self.patterns
        if agency.kind not in p.abbrev_kinds:
            return None
        body = self.name_keys(agency.name).keys[-1]
        level = "市委" if body.startswith("市委") else ""
        stem = body[len(level):]
        full, short = next(((f, s) for f, s in p.abbrev_suffixes if stem.endswith(f)), (None, None))
        if not full or len(stem) <= len(full) + 1:
            return None
        return level, stem[:-len(full)], short

    def _stem_words(self, stem: str) -> list[str]:
        p = self.patterns
        words: list[str] = []
        cut = self._segments.get(stem)
        for word in cut if cut is not None else jieba_tokenizer().lcut(stem, HMM=False):
            words.extend([word[:2], word[2:]] if len(word) == 4 else [word])
        words = [w for w in words if w not in p.abbrev_joiners]
        content = [w for w in words if w not in p.abbrev_droppable]
        return content or words
