"""Small facts every agency module shares: the kinds of agency, and dates.

Kept apart from ``registry`` so that the template and the jurisdiction
parser (which the registry itself uses to give entries their template ids)
can use them without importing the registry back.  Text normalisation
(``clean_name``, ``to_simplified``) is in ``extractor.text`` and ``extractor.hanzi``.
"""
from __future__ import annotations

from typing import Iterable, Mapping

#: What an agency can be; a registry entry with another kind is an error.
KINDS = frozenset({
    "government", "government department", "party organ", "mass organization",
    "vertical branch", "bank branch", "development zone", "town/street", "state company",
    "public institution",
})


def pad_date(value: str) -> str:
    """'2019' -> '2019-01-01', '2019-03' -> '2019-03-01' (start of the period)."""
    parts = value.split("-")
    return "-".join([parts[0]] + [p.zfill(2) for p in parts[1:]] + ["01"] * (3 - len(parts)))



def valid_at(date: str | None, valid_from: str | None, valid_to: str | None) -> bool:
    """True when a body (or department type) valid from ``valid_from`` until before
    ``valid_to`` existed at ``date`` (ISO); always True without a date."""
    if not date:
        return True
    if valid_from and date < pad_date(valid_from):
        return False
    return not (valid_to and date >= pad_date(valid_to))

def lineage_roots(successor_of: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Union-find over successor links (id -> ids it replaced): id -> one id per lineage,
    for registry entries and template types alike."""
    parent = {i: i for i in successor_of}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, preds in successor_of.items():
        for pred in preds:
            parent[root(pred)] = root(i)
    return {i: root(i) for i in successor_of}
