"""Duties under a catch-all heading in a list by unit (docs/parsing.md, "A numbered heading that is a
unit's name"): ``（八）其他部门``, ``其他单位`` (a group by the agencies' ``[groups]``) names no unit, so each
duty under it names its own as the sentence's subject, before its verb
(``各区、县级市外经贸局负责落实签约项目；``): those units lead it (``subject_units``), and the text keeps them,
since they are the sentence's subject, not a clause set apart.  The one-duty headings of such a list are
``fromheadings.split_lone_duties``'s.
"""
from __future__ import annotations

from .assign import HEADING_FORM, Assignment, role_verb_re
from .labels import match_copy
from .unitlists import CLOSERS, OPENERS, is_unit_list, tidy_units, without_conjunction
from ..agencies.registry import default_patterns
from ..brackets import bracket_balance, cuts_outside_brackets, split_outside_brackets
from ..text import SENTENCE_ENDS


def is_catch_all_heading(name: str) -> bool:
    """A heading's unit that is a catch-all group (其他部门, 有关单位): it names no unit of its own."""
    return default_patterns().is_group(name)


def subject_units(text: str) -> Assignment | None:
    """The units a duty names as its subject before its verb (``市公安局、交警支队负责赛事安保；``,
    ``A、B，以及C参与宣传推广``), as leads (each clause of the subject a cell), or None: the first role
    verb of the first sentence (``[verbs] role_hint``, its modifiers before it) outside brackets, and
    before it only unit lists (``is_unit_list`` with a group of places joined as in a unit cell)."""
    end = min(cuts_outside_brackets(text, SENTENCE_ENDS, OPENERS, CLOSERS), default=len(text))
    sentence = text[:end]
    verb = next((m for m in role_verb_re("role_hint").finditer(match_copy(sentence))
                 if bracket_balance(sentence[:m.start()], OPENERS, CLOSERS) == 0), None)
    if verb is None or verb.start() == 0:
        return None
    cells = [tidy_units(without_conjunction(c)) for c in split_outside_brackets(sentence[:verb.start()], "，,")]
    if not cells or not all(is_unit_list(c, place_groups=True) for c in cells):
        return None
    return Assignment(lead=tuple(cells), form=HEADING_FORM)
