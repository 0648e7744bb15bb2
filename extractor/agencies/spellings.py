"""The spelling index of the department template: every spelling of every form, a spelling
two unrelated types share dropped unless they never meet in one place, and the spellings no
form lists (a province's 厅 printed as its cities' 局 abbreviation, a commission's 委员会 as
委). Split from the template's loader (departments.py), which calls ``index_spellings``."""
from __future__ import annotations

import logging
from typing import Any

from ..hanzi import to_simplified
from ..text import clean_name
from .names import lineage_roots

log = logging.getLogger(__name__)

#: removed from every key: 发展和改革委员会 == 发展改革委员会, 教育和体育局 == 教育体育局
JOINER = "和"
#: a province's department is a 厅 where a city's of the same name is a 局 (应急管理厅 / 应急管理局)
PROVINCE_WORD, LOCAL_WORD = "厅", "局"
#: a commission's 委员会, which notices print as 委 (市工业和信息化委)
COMMISSION_WORD, COMMISSION_SHORT = "委员会", "委"
#: what must stand before 委员会 for the 委 spelling: a party committee's own form (委员会 alone)
#: would otherwise read any ...委 (团省委) as itself
COMMISSION_MIN_STEM = 2


def normalize_key(text: str) -> str:
    """What spellings are compared in: NFKC, simplified, no spaces, no 和."""
    return to_simplified(clean_name(text)).replace(JOINER, "")


# ``template`` below is a departments.Template and ``a``/``b`` its Form records, typed Any because
# departments.py imports this module (no import cycles: tests/test_house.py)


def index_spellings(template: Any) -> None:
    """Every spelling of every form; a spelling two unrelated types share is dropped."""
    owners: dict[str, set[tuple[str, int]]] = {}
    for t in template.types.values():
        for i, form in enumerate(t.forms):
            if form.printed:
                template.printed.extend((normalize_key(p), t.code, i) for p in form.printed)
            if form.unread or form.canonical and not form.short and form.printed:
                continue            # only printed whole (共青团…委员会), or a spelling naming no body
            spellings = {form.name, *form.short}
            for s in spellings:
                if not (form.party and form.bare and form.places):
                    # a place's own bare form names the body where the spelling prints no 委; the 委 spelling is
                    # read by the type's forms of every place, each in its era (an undated 市委农办: today's name)
                    owners.setdefault(normalize_key(("委" if form.party else "") + s), set()).add((t.code, i))
                if form.party and form.bare:
                    owners.setdefault(normalize_key(s), set()).add((t.code, i))
    for key, hit in (*_province_twins(template), *_commission_twins(template)):
        owners.setdefault(key, {hit})      # never over a listed spelling
    lineage = _lineage(template.types)
    for key, hits in owners.items():
        if len({lineage[c] for c, _ in hits}) > 1 and not _apart(template, lineage, hits):
            log.debug("template spelling %r dropped: shared by %s", key, sorted({c for c, _ in hits}))
            continue
        template.keys[key] = sorted(hits)


def _apart(template: Any, lineage: dict[str, str], hits: set[tuple[str, int]]) -> bool:
    """True when the unrelated types sharing a spelling never meet in one place: every two
    forms of different lineages are place-bound apart (北京's 城管执法局, a body of its own
    there, and the 城管执法局 of the type that names it everywhere else but 北京)."""
    forms = [(lineage[c], template.types[c].forms[i]) for c, i in hits]
    return all(_disjoint(a, b) for n, (la, a) in enumerate(forms) for lb, b in forms[n + 1:] if la != lb)


def _disjoint(a: Any, b: Any) -> bool:
    """True when no jurisdiction is in the places of both forms, or of the levels of both (a
    province's 地震局, the earthquake administration's, and a city's own 地震局)."""
    if a.levels.isdisjoint(b.levels):
        return True
    if a.places and b.places:
        return a.places.isdisjoint(b.places)
    return bool(a.places and a.places <= b.except_places or b.places and b.places <= a.except_places)


def _province_twins(template: Any):
    """A province's X厅 printed as its cities print the X局 of the same name: for a province
    form 应急管理厅 whose type has a form 应急管理局, each abbreviation of that form ending in
    局 (应急局) read with 厅 (应急厅) as a spelling of the province form."""
    for t in template.types.values():
        for i, form in enumerate(t.forms):
            if form.party or not form.name.endswith(PROVINCE_WORD) or "province" not in form.levels:
                continue
            twin_name = form.name[:-1] + LOCAL_WORD
            for twin in t.forms:
                if twin.name == twin_name:
                    for s in twin.short:
                        if s.endswith(LOCAL_WORD):
                            yield normalize_key(s[:-1] + PROVINCE_WORD), (t.code, i)


def _commission_twins(template: Any):
    """A commission's name printed with 委 for 委员会, as notices print 市工业和信息化委 and
    市旅游发展委: the name cut to 委 as a spelling of its form (party organs, forms printed only
    whole and a bare 委员会 keep their own spellings)."""
    for t in template.types.values():
        for i, form in enumerate(t.forms):
            stem = form.name[:-len(COMMISSION_WORD)]
            if (form.party or not form.name.endswith(COMMISSION_WORD) or len(stem) < COMMISSION_MIN_STEM
                    or form.canonical and not form.short and form.printed):     # printed whole only
                continue
            yield normalize_key(stem + COMMISSION_SHORT), (t.code, i)


def _lineage(types: dict[str, Any]) -> dict[str, str]:
    return lineage_roots({c: t.successor_of for c, t in types.items()})
