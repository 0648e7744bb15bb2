"""A closing bracket of verb clauses whose closer is lost, cut after a complete clause and the units of the next one,
before that clause's verb (``（A、B、C等按职责分工负责，各市〔特区、区〕人民政府`` and the copy's end: tests/fixtures/README.md
"A bracket the copy cuts inside a clause, before its verb"; holdout cutclause-liupanshui-2022-1, batch 122).

The complete clauses are read as ever; the cut clause's units SUPPORT, after theirs: in such brackets the clause after
the departments' is the places' ``…负责落实`` or ``…配合``, never a second set of leads over the first, and a lead read
from a verb the copy lost would credit every place with leading the departments' work.  Before, the verb rules read
the cut clause's bare list as one more lead.  ``inline._unclosed_assignment`` asks ``with_cut_clause``.
"""
from __future__ import annotations

from dataclasses import replace

from .assign import Assignment, parse_verbs
from .unitlists import CLOSERS, OPENERS, is_unit_list
from ..brackets import cuts_outside_brackets

#: what parts a bracket's clauses (the verb rules' separators)
_CLAUSE_SEPARATORS = "，,；;"


def with_cut_clause(inner: str, found: Assignment) -> Assignment:
    """``found`` (the verb rules' reading of an unclosed bracket's ``inner``) with the units of a cut last clause as
    support: the last clause outside inner brackets is a unit list with no verb (``is_unit_list``, ``parse_verbs``
    reading nothing), and the clauses before it read by the verb rules name a lead.  Any other bracket: ``found``."""
    cuts = cuts_outside_brackets(inner, _CLAUSE_SEPARATORS, OPENERS, CLOSERS)
    if not cuts:
        return found   # one clause: nothing was cut after a complete one
    head, tail = inner[:cuts[-1] - 1], inner[cuts[-1]:].strip()
    if not tail or not is_unit_list(tail) or parse_verbs(tail, found.form) is not None:
        return found
    before = parse_verbs(head, found.form)
    if before is None or not before.lead or tail in before.lead + before.support:
        return found
    return replace(before, support=before.support + (tail,))
