"""What an analyst checks before trusting agency ids (issue 4).

- ``list_agencies``  the registry, filtered by city and kind (``extractor agencies``);
- ``explain_name``   how one printed name resolves and why: rule, key, scope,
  score, candidates (``extractor agencies explain``);
- review.csv (every name that came out ``unresolved``, with the closest
  registry agencies) is built by ``store/reviewcsv.py`` from ``Resolver.explain``.

The resolver (jieba, OpenCC) is loaded only when a name has to be explained:
a run with no unresolved name and the registry listing never load it.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable

from ..models import ExtractorError
from ..text import JOINER

log = logging.getLogger(__name__)

#: what each rule of ``Resolver.explain`` means, for the printed explanation
RULE_MEANING = {
    "user": "a line of the aliases file (wins over everything)",
    "exact": "the official full name in the registry",
    "alias": "a short name, alias or second title listed in the registry",
    "derived": "a key derived from a listed name (prefixes, traditional characters, 和 dropped), "
               "or a town or development zone named inside the jurisdiction",
    "abbreviation": "an abbreviation derived from the official full name",
    "template": "a department of the national template, in the jurisdiction the name's prefix gives",
    "group": "a catch-all group of units, not one agency",
    "unresolved": "no registry key matched; the name gets a stable id and goes to review.csv",
}


def _registry():
    from .registry import default_registry
    return default_registry()


def check_city(city: str | None) -> str | None:
    """The registry's full name for ``city`` (东莞 -> 东莞市); an unknown city is an error."""
    if not city:
        return None
    registry = _registry()
    known = registry.city(city)
    if known is None:
        raise ExtractorError(f"unknown city {city!r}: the registry has {'、'.join(registry.cities)}")
    return known.name


def list_agencies(city: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """The registry entries of ``city`` and ``kind`` (both optional), as dicts."""
    from .names import KINDS

    if kind and kind not in KINDS:
        raise ExtractorError(f"unknown kind {kind!r}: one of {', '.join(sorted(KINDS))}")
    return _registry().listing(check_city(city), kind)


def explain_name(name: str, *, city: str | None = None, date: str | None = None,
                 aliases: str | Path | None = None) -> dict[str, Any]:
    """``Resolver.explain`` for one name, with the user's aliases file if given."""
    from .resolve import load_resolver

    if not name.strip():
        raise ExtractorError("explain needs a unit name")
    known = _registry().city(city) if city else None     # any jurisdiction: 东莞 -> 东莞市, 成都市武侯区 as is
    if city and known is None:
        from .national import is_nation
        from .placechains import parse_jurisdiction
        if parse_jurisdiction(city) is None and not is_nation(city):    # 中华人民共和国: a national notice's
            raise ExtractorError(f"{city!r} names no city, district or county (成都市, 武侯区, 仪陇县 …)")
    return load_resolver(aliases).explain(name, city=known.name if known else city, date=date)


# ---------------------------------------------------------------- printing


def format_agencies(rows: Iterable[dict[str, Any]]) -> str:
    """One line per agency: id | city | kind | name | other names | era | successor_of."""
    cols = ("agency_id", "city", "kind", "name", "short names / aliases", "valid", "successor_of")
    lines = [" | ".join(cols)]
    for a in rows:
        era = f"{a['valid_from'] or ''}..{a['valid_to'] or ''}" if a["valid_from"] or a["valid_to"] else ""
        others = JOINER.join(dict.fromkeys([*a["short"], *a["aliases"], *a["titles"]]))
        lines.append(" | ".join((a["agency_id"], a["city"], a["kind"], a["name"], others, era,
                                 JOINER.join(a["successor_of"]))))
    lines.append(f"{len(lines) - 1} agencies")
    return "\n".join(lines)


def format_explanation(e: dict[str, Any]) -> str:
    """``Resolver.explain`` output as a few lines a person can read."""
    where = ", ".join(x for x in (e["city"], e["date"]) if x) or "no city, no date"
    lines = [f"{e['name']}  ({where})",
             f"  result:     {e['agency_id'] or '-'}  {e['canonical'] or ''}".rstrip(),
             f"  rule:       {e['rule']} -- {RULE_MEANING.get(e['rule'], '')}",
             f"  key:        {e['key'] or '-'}   (keys tried: {JOINER.join(e['keys'])})",
             f"  scope:      {e['scope'] or 'all cities (no city given)'}",
             f"  score:      {e['score']}"]
    if e.get("department"):
        lines.append(f"  template:   department {e['department']} of {e['jurisdiction']}")
    if e.get("naming"):
        lines.append(f"  naming:     {e['naming']}")
    if e.get("capacity"):
        lines.append(f"  capacity:   {e['capacity']}")
    lines.append("  candidates:" + ("" if e["candidates"] else " none"))
    for c in e["candidates"]:
        era = "" if c["valid_at_date"] else "  (not valid at the date)"
        lines.append(f"    {c['agency_id']}  {c['canonical']}  {c['score']}{era}")
    return "\n".join(lines)
