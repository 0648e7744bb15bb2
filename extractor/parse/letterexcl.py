"""An item's note excluding the letter's default units (tests/fixtures/README.md, an item excluding the letter's
default units).

A letter may give every item default support units "unless an item says otherwise" (``conventions.
letter_support_units``); an item's note saying those units take no part (``备注：此项不涉及各县（市、区）政府``,
``各县（市、区）政府不参与本项``: ``assign.toml [conventions] default_exclusion``) withholds from that item the units
it names, all of them when it names none.  A unit named by its place level (县区, 县（市、区）) names the letter's
各 group of that level; a note naming nothing the letter gives (不涉及资金) withholds nothing."""
from __future__ import annotations

import re
from functools import lru_cache

from ..agencies.jurisdiction import LEVEL_CHARS
from ..agencies.units import split_units
from ..text import compare_key
from .labels import assign_vocab

#: what parts a group's levels as printed (县（市、区）): no level of its own
_LEVEL_MARKS = "（）()、，,"
#: the word opening a group of units (各县（市、区）政府): no part of what it names
_GROUP_WORD = "各"


def excluded_units(note: str, units: tuple[str, ...]) -> tuple[str, ...]:
    """The letter's default ``units`` that ``note`` (an item's note, as printed) says take no part in the item,
    in their order; () for a note saying nothing of the kind (most notes)."""
    if not note or not units:
        return ()
    key = compare_key(note)
    found = next((m for m in (p.search(key) for p in _exclusion_res()) if m), None)
    if found is None:
        return ()
    named = [_core(n) for n in split_units(found.group("units"))] if found.group("units") else []
    named = [n for n in named if n]
    if not named:
        return units   # 此项不适用默认配合单位: all of them
    return tuple(u for u in units if any(_names(n, _core(compare_key(u))) for n in named))


def _names(named: str, unit: str) -> bool:
    """Whether a unit the note names (``named``, its core) names the letter's ``unit`` (its core): the same name,
    or both groups of place levels (县区 / 县市区) one of whose levels holds the other's."""
    if not named or not unit:
        return False
    if named == unit:
        return True
    a, b = _levels(named), _levels(unit)
    return bool(a) and bool(b) and (a <= b or b <= a)


def _levels(core: str) -> frozenset[str]:
    """The place levels ``core`` names when it is nothing but level words (县市区 -> {县, 市, 区}), else empty."""
    return frozenset(core) if core and all(ch in LEVEL_CHARS for ch in core) else frozenset()


def _core(name: str) -> str:
    """``name`` without its group word, the marks parting its levels and its body word (各县（市、区）政府 -> 县市区)."""
    core = compare_key(name)
    core = core[len(_GROUP_WORD):] if core.startswith(_GROUP_WORD) else core
    for word in _body_words():
        if core.endswith(word) and len(core) > len(word):
            core = core[:-len(word)]
            break
    return "".join(ch for ch in core if ch not in _LEVEL_MARKS)


@lru_cache(maxsize=1)
def _exclusion_res() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in assign_vocab()["conventions"]["default_exclusion"])


@lru_cache(maxsize=1)
def _body_words() -> tuple[str, ...]:
    """``[conventions] exclusion_body_words``, longest first (人民政府 before 政府)."""
    return tuple(sorted(assign_vocab()["conventions"]["exclusion_body_words"], key=len, reverse=True))
