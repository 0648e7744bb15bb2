"""Small facts every agency module shares: the kinds of agency, and dates.

Kept apart from ``registry`` so that the template and the jurisdiction
parser (which the registry itself uses to give entries their template ids)
can use them without importing the registry back.  Text normalisation
(``clean_name``, ``to_simplified``) is in ``extractor.text``.
"""
from __future__ import annotations

#: What an agency can be; a registry entry with another kind is an error.
KINDS = frozenset({
    "government", "government department", "party organ", "mass organization",
    "vertical branch", "bank branch", "development zone", "town/street", "state company",
})


def pad_date(value: str) -> str:
    """'2019' -> '2019-01-01', '2019-03' -> '2019-03-01' (start of the period)."""
    parts = value.split("-")
    return "-".join([parts[0]] + [p.zfill(2) for p in parts[1:]] + ["01"] * (3 - len(parts)))
