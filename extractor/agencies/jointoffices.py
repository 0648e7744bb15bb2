"""A joint office run together with no mark: a level's party committee by its level word alone (县委, 市委), then
the same level's government and an office (县政府督查室, 市人民政府信访局), is one office both bodies share
(县委县政府督查室: named after both), not the committee and a government office.  ``units.split_run_together``
puts such a pair back together whatever cut it (jieba's joint after 委, or a listed 市委).  docs/agencies.md.
"""
from __future__ import annotations

from .records import AgencyPatterns

#: the party committee of a level, printed by its level word alone (县委, 市委)
COMMITTEE_WORD = "委"


def join_joint_offices(names: list[str], patterns: AgencyPatterns) -> list[str]:
    """``names`` (the pieces a run-together token was cut into) with a level's committee joined to the piece
    after it where the two name one joint office (``joint_office``)."""
    out: list[str] = []
    for name in names:
        if out and joint_office(out[-1], name, patterns):
            out[-1] += name
        else:
            out.append(name)
    return out


def joint_office(head: str, rest: str, patterns: AgencyPatterns) -> bool:
    """``head`` is a level's party committee by its level word alone (县委: ``[prefixes] level``) and ``rest`` the
    same level's government (``[prefixes] government_words``) run on into an office (县政府督查室): one joint office (before session 51 the pair was cut after
    县委: holdout spaceflat-jianli).  The committee and its government alone (县委县政府) are two bodies, and
    another level's government after the committee (县委市政府督查室) is a name of its own."""
    level = head[:-len(COMMITTEE_WORD)]
    if not head.endswith(COMMITTEE_WORD) or level not in patterns.level_prefixes:
        return False
    return any(rest.startswith(level + word) and len(rest) > len(level + word) for word in patterns.government_words)
