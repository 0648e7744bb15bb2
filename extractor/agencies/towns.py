"""A town's or a street's own offices (docs/agencies.md, "Towns as the notice's place").

A town's notice (its chain ends in the town: 宜昌市秭归县茅坪镇, ``Jurisdiction.town``) prints its offices bare or
after 镇 (党政办, 镇综合执法队); its county's notice prints them after the town's name (茅坪镇党政办). Either way the
office is the town's: named after it (秭归县茅坪镇党政办公室) with an id made of the county, the town and the
office's code, so two towns' offices never share one. The kinds of office and their spellings are data
(``town_offices.toml``, read by ``named.office_spellings``; ``named.named_office`` reads the county's notice).

A town's notice placed by its signature (晋江市陈埭镇人民政府: the notice's place is 晋江市, ``signers.town_county``)
names no town in its chain: ``issuer_town`` tells the resolver whose notice it is, and there the town's offices
printed bare stay unresolved (``is_town_office``), as the holdout's expected files for towns' notices keep them,
rather than becoming the county's bodies of the same spelling (应急管理办公室, or 市商务局、经济发展办公室 read under
the 市 of the name before it).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..hanzi import to_simplified
from ..text import clean_name
from .jurisdiction import Jurisdiction
from .named import (ALL_TOWNS_RE, TOWN_PARTY_SUFFIX, TOWN_PARTY_WORDS_ALTERNATION, TemplateMatch, not_town_names, office_of,
                    office_spellings)
from .placechains import NOT_PLACE_START, town_body_chain

#: the words a town's own notice prints before its offices for the town (镇党政办, 街道综合执法队): the town words with
#: a party body (``town_offices.toml [[town_word]]``: 镇 乡 街道 苏木)
TOWN_WORDS = tuple(TOWN_PARTY_SUFFIX)
#: a town's or a street's own government signing with its name alone (朱家角镇人民政府, 碧溪街道办事处)
ISSUER_TOWN_RE = re.compile(rf"^(.{{1,6}}?(?:{TOWN_PARTY_WORDS_ALTERNATION}))(?:人民政府|政府|办事处)$")


def issuer_town(issuer: str | None) -> str | None:
    """The town or street whose own government signs the notice (晋江市陈埭镇人民政府, 陈埭镇人民政府 -> 陈埭镇;
    常熟市碧溪街道办事处 -> 碧溪街道), or None: the notice is that town's own."""
    if not issuer:
        return None
    text = to_simplified(clean_name(issuer))
    if (chain := town_body_chain(text)) is not None:
        return chain.town
    m = ISSUER_TOWN_RE.match(text)
    if m is None or m.group(1)[0] in NOT_PLACE_START or ALL_TOWNS_RE.match(m.group(1)) \
            or m.group(1).startswith(not_town_names()):
        return None
    return m.group(1)


def is_town_office(name: str, town: str) -> bool:
    """True when ``name`` spells one of a town's offices (``town_offices.toml``) printed bare or after the town
    word of ``town`` (党政办, 应急管理办公室, 镇经发办 in 陈埭镇's notice): in the town's own notice that office is the
    town's, never a body of the county's of the same spelling."""
    text = to_simplified(clean_name(name))
    if text in office_spellings():
        return True     # 乡村振兴办: an office whose own name opens with a town word
    word = next((w for w in TOWN_WORDS if town.endswith(w)), None)
    if word is not None and text.startswith(word) and len(text) > len(word):
        text = text[len(word):]
    return text in office_spellings()


def own_office(name: str, notice: Jurisdiction) -> TemplateMatch | None:
    """In a town's own notice: its office printed bare, after the town word (镇党政办) or the town's name."""
    if notice.town is None:
        return None
    text = to_simplified(clean_name(name))
    if text in office_spellings():
        return office_of(notice, notice.town, text)     # 乡村振兴办 in a 镇's notice: its own name opens with 乡
    for head in (notice.town, *TOWN_WORDS):
        if text.startswith(head) and len(text) > len(head):
            if head in TOWN_WORDS and not notice.town.endswith(head):
                return None     # 乡党政办 in a 镇's notice: which town?
            return office_of(notice, notice.town, text[len(head):])
    return office_of(notice, notice.town, text)


def town_station(name: str, notice: Jurisdiction, words: Iterable[str]) -> str | None:
    """In a town's own notice, a county bureau's station printed bare or after the town word (派出所, 镇派出所,
    市场监管所: ``words``, the template's station words) as the county's notice prints it, with the town's name
    (茅坪镇派出所), for the county's reading of a station (``named.station_match``: 秭归县公安局茅坪镇派出所); None for
    anything else.  Before session 65 it stayed unresolved: which town's station it is, only the notice's place says."""
    if notice.town is None:
        return None
    text = to_simplified(clean_name(name))
    word = next((w for w in TOWN_WORDS if notice.town.endswith(w)), None)
    if word is not None and text.startswith(word):
        text = text[len(word):]
    return notice.town + text if text in words else None


def town_party_name(name: str, notice: Jurisdiction) -> str | None:
    """In a town's own notice, its party committee printed with the town word (镇党委, 街道党工委) as the
    town's name would print it (茅坪镇党委), for ``named.town_match``; None for anything else."""
    if notice.town is None:
        return None
    text = to_simplified(clean_name(name))
    for word in TOWN_WORDS:
        if notice.town.endswith(word) and text.startswith(word) and text[len(word):] in ("党委", "委", "党工委", "工委"):
            return notice.town + text[len(word):]
    return None
