"""A unit's heading run into the lead-in under it that names the same unit (``unit_lead_in_joints``).

A duty list by unit prints each unit's name on a line of its own, then a lead-in naming it again as the subject of
the items under it (``徐州市教育局`` / ``按照职责分工，徐州市教育局重点抓好以下工作：`` / ``1、…``; parse/unitheads.py
reads the shape).  Run into one line, the name is glued to the words before it (the list's title, the last item of
the unit above: ``…改造学校食堂40个。徐州市民政局2025年，徐州市民政局要…完成以下工作：1、…``) and to its lead-in, so
nothing heads the items.  A line of a run-on copy that closes with the lead-in's colon, in which a unit's name
(``unitlists.is_unit_list``, at least ``MIN_NAME_CHARS`` long) opens one of the lead-in's clauses and stands once
before it too, is cut before that first name and after it: the heading and its lead-in as the copy printed them
(holdout cutleadin-xuzhou's one-line copy, session 75: before, the notice gave no row).
"""
from __future__ import annotations

from .unitlists import is_unit_list
from ..text import COLONS

#: a unit's name repeated is at least this long (市教育局); a shorter repeat (市局, 本局) is wording ...
MIN_NAME_CHARS = 4
#: ... and at most this long (a city's bureau with its place: 徐州市交通运输局; longer is a clause, not a name)
MAX_NAME_CHARS = 20
#: the marks that part a lead-in's clauses, after which its subject opens a clause
_CLAUSE_MARKS = "，,"


def unit_lead_in_joints(text: str) -> set[int]:
    """The joints before and after a unit's heading run into its lead-in in ``text`` (module doc), or none."""
    if not text.rstrip().endswith(COLONS) or not any(m in text for m in _CLAUSE_MARKS):
        return set()   # most lines: no lead-in closing with a colon, or no clause to name the subject in
    for at, mark in enumerate(text):
        if mark not in _CLAUSE_MARKS:
            continue
        clause = text[at + 1:]
        for end in range(min(len(clause), MAX_NAME_CHARS), MIN_NAME_CHARS - 1, -1):   # the longest name first
            name = clause[:end]
            first = text.find(name)
            if first < at and first + len(name) <= at and is_unit_list(name):
                return {first, first + len(name)}
    return set()
