"""A run of assigning clauses in one paragraph (docs/parsing.md, "A run of assigning clauses").

A meeting report on a county site lists what each department is to do as clauses of one
paragraph, each opening with its units, separated by ；:
``…会议要求，由A牵头，B、C配合，在8月底前完成<task>；由D负责，E配合，<task>；…。``
No number, bracket or label marks the items.  Each clause is a measure (numbered by its
place); its units are read by the one verb grammar (``assign.parse_verbs``), its deadline
is the date phrase printed before the task's verb (``在8月底前`` | ``完成…``), its text the task.

Prose mentions 由…牵头 often, so the run is read only when at least ``MIN_RUN_CLAUSES``
such clauses follow each other, every one opening with 由 and a lead (牵头/负责), and every
task opening with a task verb (``[outline] task_openers``); the text around the run (the
clause that introduces it, a closing appeal to every department) is no measure.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .assign import Assignment, clause_roles, parse_verbs
from .deadlinephrases import is_deadline_phrase
from .deadlines import deadline_date, deadline_length
from .headlines import opens_with_task_verb
from .labels import assign_vocab, match_copy, prose_opener, verb_re
from .unitlists import CLAUSE_MARKS, CLAUSE_RUN_ENDS, CLOSERS, OPENERS, names_units_only
from ..agencies.gazetteer import is_listed_place
from ..brackets import cuts_outside_brackets, split_outside_brackets
from ..hanzi import simplified
from ..text import fold, vocab

#: a run is a list when it holds at least this many clauses; fewer is a story that mentions who leads
MIN_RUN_CLAUSES = 3
# the word each clause of a run opens with (由A牵头: ``labels.prose_opener``): a paragraph holding it fewer than
# ``MIN_RUN_CLAUSES`` times is no run (most paragraphs stop at this count)
#: what ends one clause of the run and what parts its units from its task
_RUN_ENDS, _CLAUSE_MARKS = CLAUSE_RUN_ENDS, CLAUSE_MARKS   # (unitlists)
_TRIM = " \t\u3000，,；;。"
#: the roles a run clause's first units may have: it names who leads
_LEAD_ROLES = ("lead", "responsible")
#: the level words a bare county-level place a run clause names as a unit ends with (城关区, 皋兰县, 某某市, 某某旗)
_PLACE_UNIT_LEVELS = "县区市旗"
#: the word opening a catch-all group after a place's name (兰州市各县区)
_EACH = "各"
#: the deadline kinds a phrase before the task may be: a date or a period (持续推进 is wording)
_DATED_KINDS = ("date", "notice-year")


@lru_cache(maxsize=None)
def _completion_tail_re() -> re.Pattern:
    """A completion verb (``[verbs] completion``: 完成, 建成) ending a deadline phrase."""
    return re.compile(f"(?:{assign_vocab()['verbs']['completion']})$")


def read_clause_run(text: str) -> list[tuple[str, Assignment]] | None:
    """[(task, assignment)] of the runs of at least ``MIN_RUN_CLAUSES`` assigning clauses in
    paragraph ``text``, in order; None when it holds none.  Only the first clause of a run may
    follow an introduction in its own sentence (``会议要求，由A牵头…``)."""
    if text.count(prose_opener()) < MIN_RUN_CLAUSES:
        return None   # most paragraphs
    found: list[tuple[str, Assignment]] = []
    run: list[tuple[str, Assignment]] = []
    for part in split_outside_brackets(text, _RUN_ENDS, OPENERS, CLOSERS):
        clause = _read_clause(part, introduced=False) if run else None
        if clause is None:
            found.extend(run if len(run) >= MIN_RUN_CLAUSES else ())
            clause = _read_clause(part, introduced=True)
            run = []
        if clause is not None:
            run.append(clause)
    found.extend(run if len(run) >= MIN_RUN_CLAUSES else ())
    return found or None


def _read_clause(part: str, introduced: bool) -> tuple[str, Assignment] | None:
    """(task, assignment) of ``由A牵头，B配合，<deadline><verb><task>``, or None.  With
    ``introduced`` the 由 may open a later clause of ``part``."""
    starts = _clause_starts(part)
    clauses = [part[a:b].strip(_TRIM) for a, b in zip(starts, starts[1:] + [len(part)])]
    first = next((k for k, c in enumerate(clauses) if _opens_run_clause(c)), None) if introduced else (
        0 if clauses and _opens_run_clause(clauses[0], later=True) else None)
    if first is None:
        return None
    last = first
    for k in range(first + 1, len(clauses)):
        if _names_units(clauses[k]):
            last = k
        elif not names_units_only(clauses[k]):
            break   # the task
    found = parse_verbs("，".join(clauses[first:last + 1]), "inline-verb")
    if found is None or not found.lead or last + 1 >= len(clauses):
        return None
    task = part[starts[last + 1]:].strip(_TRIM)
    deadline, task = _deadline_before(task)
    if deadline is None:
        deadline, task = _deadline_after(task)
    if not opens_with_task_verb(_after_occasion(task)):
        return None
    return task, replace(found, deadline=deadline)


def _after_occasion(task: str) -> str:
    """``task`` after the occasion it may open with (``沙尘过后马上组织…``: ``[outline] task_occasion``)."""
    occasion = re.match(vocab()["outline"]["task_occasion"], simplified(task))
    return task[occasion.end():] if occasion else task


def _opens_run_clause(clause: str, later: bool = False) -> bool:
    """``由A牵头`` / ``由A负责``: a clause opening with 由 whose units lead; a ``later`` clause of a run may
    leave the 由 out (``…；X牵头，Y负责，督促…。``: a dispatch's last order, holdout sandclauses-lanzhou)."""
    if not clause.startswith(prose_opener()) and not later:
        return False
    roles = clause_roles(clause)
    return bool(roles) and roles[0][0] in _LEAD_ROLES and _names_units(clause, roles)


def _names_units(clause: str, roles: list[tuple[str, str]] | None = None) -> bool:
    """A clause with a role verb whose every name is a unit's (``县自然资源局、漾月街道配合``;
    not ``各部门要积极配合``): ``unitlists.names_units_only``."""
    roles = clause_roles(clause) if roles is None else roles
    return bool(roles) and all(names_units_only(units) or _names_places(units) for _role, units in roles)


def _names_places(units: str) -> bool:
    """A list of county-level places the gazetteer lists (``城关区、皋兰县负责``: their governments, as a dispatch
    names them) or a listed place before a 各 group of its own places (``由兰州市各县区负责``), units of a run's
    clause as any unit (holdout sandclauses-lanzhou, batch 113: before, such a clause ended the run)."""
    names = split_outside_brackets(units, "、", OPENERS, CLOSERS)
    return all(place_unit(name.strip()) for name in names)


def place_unit(name: str) -> bool:
    """One name of ``_names_places``: a listed county-level place, or a listed place and a 各 group after it."""
    name = simplified(name)   # 城關區 in a traditional copy
    if name[-1:] in _PLACE_UNIT_LEVELS and is_listed_place(name):
        return True
    at = name.find(_EACH)
    return at > 1 and is_listed_place(name[:at]) and names_units_only(name[at:])


def _clause_starts(text: str) -> list[int]:
    """Where each clause of ``text`` starts: 0 and after each ，outside brackets."""
    return [0] + cuts_outside_brackets(text, _CLAUSE_MARKS, OPENERS, CLOSERS)


def _deadline_before(task: str) -> tuple[str | None, str]:
    """(deadline, task after it) of a task that opens with a dated deadline (``在8月底前完成…``,
    ``2024年底前，建成…``: ``[verbs] deadline_opener``, then a phrase the date grammar reads); the
    completion verb that ends the phrase (``[verbs] completion``) is the task's."""
    copy = fold(match_copy(task))
    opener = verb_re("deadline_opener").match(copy)
    at = opener.end() if opener else 0
    length = deadline_length(copy[at:])
    if not length:
        return None, task
    verb = _completion_tail_re().search(copy[at:at + length])
    cut = at + (verb.start() if verb else length)
    when = task[at:cut].strip(_TRIM)
    if deadline_date(when)[1] not in _DATED_KINDS:
        return None, task
    return when, task[cut:].strip(_TRIM)


def _deadline_after(task: str) -> tuple[str | None, str]:
    """(deadline, task before it) of a task whose last clause is a deadline (``…，6月底前完成``)."""
    starts = _clause_starts(task)
    if len(starts) < 2:
        return None, task
    tail = task[starts[-1]:].strip(_TRIM)
    if not is_deadline_phrase(tail):
        return None, task
    return tail, task[:starts[-1]].strip(_TRIM)
