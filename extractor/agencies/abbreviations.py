"""A notice's own short names for its units: ``安徽阜阳界首高新技术产业开发区管委会（以下简称高新区管委会）`` in a
unit list says that the later lists' ``高新区管委会`` is that committee (docs/agencies.md "A notice's own short
names").  ``defined_abbreviations`` reads the definitions off the notice's lines; ``with_abbreviations`` wraps a
cells resolver so a unit printed by such a short name is the body its full name is, the name kept as printed."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from ..models import AgencyRef

#: what may stand before a unit's name in the line that defines its short name: a label's colon, a list's
#: separators, a bracket opened before it
_NAME_START = "：:、，,；;（(【\\[\\s"
#: the longest unit name and short name read so (a name running further is wording, not a unit)
MAX_FULL_CHARS = 40
MAX_SHORT_CHARS = 16


@lru_cache(maxsize=1)
def _definition_re() -> re.Pattern:
    """``NAME（以下简称SHORT）`` (下文简称, 后文简称, or 简称 alone; the short name in quotes or not; ``，下同`` after
    it): a unit's own bracket naming how the notice calls it from there on."""
    return re.compile(
        rf"(?P<full>[^{_NAME_START}]{{2,{MAX_FULL_CHARS}}})[（(](?:以下|下文|后文)?简称[“\"「『]?"
        rf"(?P<short>[^”\"」』）)，,、；;\s]{{2,{MAX_SHORT_CHARS}}})[”\"」』]?(?:[，,]下同)?[）)]")


def defined_abbreviations(lines: Sequence[str]) -> dict[str, str]:
    """{short name: full name as printed} for each unit the notice gives a short name of its own in a
    bracket after it (``高新区管委会`` -> ``安徽阜阳界首高新技术产业开发区管委会``).  A short name defined twice for
    two names says nothing: it is left out."""
    found: dict[str, str] = {}
    clashing: set[str] = set()
    for line in lines:
        if "简称" not in line:
            continue
        for m in _definition_re().finditer(line):
            short, full = m.group("short"), m.group("full")
            if short == full or any(mark in short + full for mark in "《》〈〉"):   # a document's short title
                continue
            if found.get(short, full) != full:
                clashing.add(short)
            found[short] = full
    return {short: full for short, full in found.items() if short not in clashing}


def with_abbreviations(resolve_cells: Callable[[Sequence[str]], tuple[AgencyRef, ...]],
                       abbreviations: dict[str, str]) -> Callable[[Sequence[str]], tuple[AgencyRef, ...]]:
    """``resolve_cells`` for a notice that defines short names of its own (``defined_abbreviations``): a unit
    printed by one is the body its full name resolves to (the page says so), its name kept as printed.  A
    full name that resolves to no one body leaves the short name as it resolves alone."""
    def resolve(cells: Sequence[str]) -> tuple[AgencyRef, ...]:
        refs = resolve_cells(cells)
        if not any(r.name in abbreviations for r in refs):
            return refs
        return tuple(_as_defined(r, abbreviations, resolve_cells) for r in refs)
    return resolve


def _as_defined(ref: AgencyRef, abbreviations: dict[str, str],
                resolve_cells: Callable[[Sequence[str]], tuple[AgencyRef, ...]]) -> AgencyRef:
    full = abbreviations.get(ref.name)
    if full is None:
        return ref
    found = resolve_cells([full])
    if len(found) != 1 or found[0].match == "unresolved" or (found[0].canonical is None and found[0].match != "group"):
        return ref
    return replace(found[0], name=ref.name)
