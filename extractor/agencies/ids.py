"""Agency ids of the template: a jurisdiction's hash and a department type's code
(``j1a2b3c4d-fgw``), or a named town or zone inside a jurisdiction (``j1a2b3c4d-zone-…``).
The id depends on the two halves alone, never on a registry (docs/agencies.md, "Ids and lineage")."""
from __future__ import annotations

import hashlib

#: how many hex digits of the jurisdiction's hash go into an id: 8 keeps two of
#: China's ~3,000 county-level governments from sharing a prefix (4 would not)
ID_HASH_DIGITS = 8


def jurisdiction_code(full_name: str) -> str:
    """The id prefix of a jurisdiction: 'j' + the first hex digits of its name's sha1."""
    return "j" + hashlib.sha1(full_name.encode("utf-8")).hexdigest()[:ID_HASH_DIGITS]


def template_id(full_name: str, code: str) -> str:
    """The id of department type ``code`` in the jurisdiction called ``full_name``."""
    return f"{jurisdiction_code(full_name)}-{code}"


#: the middle part of the id of a named body: j1a2b3c4d-town-…, j1a2b3c4d-zone-…, a public institution's -inst-
NAMED_KINDS = ("town", "zone", "inst")


def named_id(full_name: str, kind: str, name: str) -> str:
    """The id of a named zone, town or institution inside a jurisdiction."""
    return f"{jurisdiction_code(full_name)}-{kind}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:6]}"


def is_named_id(agency_id: str | None) -> bool:
    """True for the id of a town, zone or institution derived from its printed name."""
    parts = (agency_id or "").split("-")
    return len(parts) == 3 and parts[0].startswith("j") and parts[1] in NAMED_KINDS
