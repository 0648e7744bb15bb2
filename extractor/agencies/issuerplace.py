"""The notice's issuer with its place, where it prints only its level.

A government gazette prints its documents' titles with the issuer's level alone (市人民政府关于…,
区政府办公室关于…): the gazette is the place's own, so the place goes without saying.  A notice
whose only issuer is such a title's (no signature, no box) names it so too; its place is the
notice's jurisdiction (``noticeplace.notice_place``: the issuer, titles, doc number or unit names gave it),
and the issuer is that place's body: 市人民政府 in 咸宁市 -> 咸宁市人民政府, as the fixtures write
an issuer (tests/fixtures/README.md: a district under its city).
"""
from __future__ import annotations

from .jurisdiction import LOCAL_LEVEL_CHARS, PROVINCE_LEVEL_WORDS
from .placeclues import place_heads
from .signers import names_ad_hoc_office
from ..hanzi import to_simplified


def prints_level_alone(issuer: str | None, offices: bool = True) -> bool:
    """``issuer`` opens with a place's level word alone and then a body (区政府, 市人民政府办公室: ``[place_groups]
    heads``), the way a title or a gazette prints it, or (``offices``) an ad-hoc office the place set up for a piece
    of work (市卫生城市复审工作督导组: ``signers.names_ad_hoc_office``), the way its own signature prints it: the place
    is written before it once the notice's place is known (``issuer_with_place``).  While the place is not known,
    a government printed by its level alone names no body (the issuer none: ask with ``offices=False``), but an
    ad-hoc office's own words still name the group, and it stays as printed."""
    if not issuer or issuer[0] not in LOCAL_LEVEL_CHARS:
        return False
    rest = to_simplified(issuer[1:])
    return rest.startswith(place_heads()) or (offices and names_ad_hoc_office(rest))


def issuer_with_place(issuer: str | None, city: str | None, page: str = "") -> str | None:
    """``issuer`` with the notice's place ``city`` (a jurisdiction key: 咸宁市, 常州市钟楼区) before it
    when it opens with that place's level word alone and then a body (``[place_groups] heads``:
    人民政府, 政府 …): 市人民政府 -> 咸宁市人民政府.  An issuer naming its place (咸宁市人民政府,
    a district called 市中区: 市中区人民政府), or a place of another level, is left as printed; so is an ad-hoc
    office printed by the level alone (市…督导组 -> 濮阳市…督导组: ``prints_level_alone``).  The level
    words: ``jurisdiction.LOCAL_LEVEL_CHARS`` (市, 区, 县, 州, 旗, 盟).  Where the page's text ``page`` prints the
    placed name in another script (a traditional page's info line, 信息來源：綿陽市人民政府辦公室, under the title's
    市人民政府辦公室; the jurisdiction key is simplified, 绵阳市), the name is written as the page prints it
    (``_as_page_prints``)."""
    if not issuer or not city or not prints_level_alone(issuer) or not city.endswith(issuer[0]):
        return issuer
    return _as_page_prints(city[:-1], issuer, page) or city + issuer[1:]


def _as_page_prints(stem: str, issuer: str, page: str) -> str | None:
    """``stem + issuer`` as ``page`` prints it where the page prints ``issuer`` right after a name whose simplified
    form is ``stem`` (the place before its level word) in other characters (綿陽 for 绵阳), else None: a body's
    name is written as the page prints it (tests/fixtures/README.md: names as printed; blindsynth session 73
    cause 2, bs2113: before, a traditional page's issuer read 绵阳市人民政府辦公室, two scripts in one name)."""
    if not page or not stem:
        return None
    at = page.find(issuer, len(stem))
    while at >= 0:
        before = page[at - len(stem):at]
        if before != stem and to_simplified(before) == stem:
            return before + issuer
        at = page.find(issuer, at + 1)
    return None



def prints_province_alone(issuer: str | None) -> bool:
    """``issuer`` opens with a province's level word alone and then a body (省政府办公厅, 自治区人民政府办公厅:
    ``jurisdiction.PROVINCE_LEVEL_WORDS``, ``[place_groups] heads``), as a title quoted in a news item prints it: it is
    the body of the province the notice's place lies in, which the resolver names (``engine/extract.py``)."""
    if not issuer:
        return False
    s = to_simplified(issuer)
    return any(s.startswith(word) and s[len(word):].startswith(place_heads()) for word in PROVINCE_LEVEL_WORDS)
