"""``Resolver.explain``: how one printed name resolves, and why (for review).

The registry's rule, key and scope; when the registry has nothing, the
template's reading (jurisdiction and department type); and the candidates: the
ids that shared the matched key, or for a name nothing matched the registry
agencies whose keys come closest (difflib ratio, never used to resolve).
"""
from __future__ import annotations

import difflib

from .keyindex import GLOBAL
from .records import Agency
from .named import TemplateMatch

#: the closest keys a miss lists, and the lowest similarity worth listing
CANDIDATES = 5
MIN_SIMILARITY = 0.4


def explain_name(resolver, name: str, *, city: str | None = None, date: str | None = None) -> dict:
    """The explanation dict of ``name`` in ``city`` at ``date``."""
    city = resolver._city_name(city)
    m = resolver._match(name, city, date)
    keys = resolver.name_keys(resolver._split_capacity(name)[0][0])
    out = {
        "name": name, "city": city, "date": date, "scope": m.scope, "rule": m.rule,
        "key": m.key, "keys": list(keys.keys), "capacity": m.capacity,
        "agency_id": (m.agency.agency_id if m.agency else
                      None if m.rule == "group" else resolver.unresolved_id(name, city)),
        "canonical": m.agency.name if m.agency else None, "score": round(m.score, 3),
        "jurisdiction": None, "department": None, "naming": None,
        "candidates": candidates(resolver, m, keys, m.scope, date),
    }
    if m.agency is None and m.rule != "group":
        ref = resolver.resolve(name, city=city, date=date)
        found = resolver._template(name, city, date)
        if ref.match != "unresolved":
            out.update(rule=ref.match, agency_id=ref.agency_id, canonical=ref.canonical, score=ref.score)
        if isinstance(found, TemplateMatch):
            out.update(key=found.key, scope=found.jurisdiction, jurisdiction=found.jurisdiction,
                       department=found.type_code, naming=found.naming)
    return out


def candidates(resolver, m, keys, scope: str | None, date: str | None) -> list[dict]:
    """The ids that shared the matched key, or for an unmatched name the closest keys."""
    if m.candidates:
        return [_candidate(resolver.registry.agencies[i], m.score if m.agency and i == m.agency.agency_id
                           else 0.0, date) for i in m.candidates]
    target = keys.keys[-1] if keys.keys else keys.clean
    pool = resolver.index.derived.get(scope or GLOBAL, {})
    scored: dict[str, float] = {}
    for key, bucket in pool.items():
        ratio = difflib.SequenceMatcher(None, target, key).ratio()
        for i in bucket.ids:
            scored[i] = max(scored.get(i, 0.0), ratio)
    best = sorted(scored.items(), key=lambda kv: -kv[1])[:CANDIDATES]
    return [_candidate(resolver.registry.agencies[i], round(r, 3), date) for i, r in best if r >= MIN_SIMILARITY]


def _candidate(agency: Agency, score: float, date: str | None) -> dict:
    return {"agency_id": agency.agency_id, "canonical": agency.name, "score": score,
            "valid_at_date": agency.valid_at(date),
            "valid_from": agency.valid_from, "valid_to": agency.valid_to}
