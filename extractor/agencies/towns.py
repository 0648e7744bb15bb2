"""A town's or a street's own offices (docs/agencies.md, "Towns as the notice's place").

A town's notice (its chain ends in the town: 宜昌市秭归县茅坪镇, ``Jurisdiction.town``) prints its offices bare or
after 镇 (党政办, 镇综合执法队); its county's notice prints them after the town's name (茅坪镇党政办). Either way the
office is the town's: named after it (秭归县茅坪镇党政办公室) with an id made of the county, the town and the
office's code, so two towns' offices never share one. The kinds of office and their spellings are data
(``town_offices.toml``, read by ``named.office_spellings``; ``named.named_office`` reads the county's notice).
"""
from __future__ import annotations

from ..hanzi import to_simplified
from ..text import clean_name
from .jurisdiction import Jurisdiction
from .named import TemplateMatch, office_of

#: the words a town's own notice prints before its offices for the town (镇党政办, 街道综合执法队)
TOWN_WORDS = ("街道", "苏木", "镇", "乡")


def own_office(name: str, notice: Jurisdiction) -> TemplateMatch | None:
    """In a town's own notice: its office printed bare, after the town word (镇党政办) or the town's name."""
    if notice.town is None:
        return None
    text = to_simplified(clean_name(name))
    for head in (notice.town, *TOWN_WORDS):
        if text.startswith(head) and len(text) > len(head):
            if head in TOWN_WORDS and not notice.town.endswith(head):
                return None     # 乡党政办 in a 镇's notice: which town?
            return office_of(notice, notice.town, text[len(head):])
    return office_of(notice, notice.town, text)


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
