"""A plan's point that divides the work in clauses, each opening with its units (tests/fixtures/README.md, "A point
that divides the work in clauses, each opening with its units"): ``（二）明确分工，责任到人。市发改委负责编制全市节能
规划；市经贸委负责全市工业领域节能；…；市科技、财政…等部门按照各自职责，协同做好相关工作。``.  The point's first
sentence is its name, and the name says it divides the work (``[outline] division_point_words``: 分工, 职责); the
sentence after it runs clauses parted by ``；``, each a unit list as its subject and that list's share, so each clause
is a measure: its text the clause whole (the units are its subject, as a list of duties by subject keeps its items:
``unitduties.subject_duty``), its units the subject, the point's number shared by all (``inline._add_paragraph``).
Sentences after the run (the units' heads named as the persons responsible, a reporting rule) give none.

A paragraph printing no number may divide the work so too (``paragraph_clauses``): its opening sentence says so and
ends with a colon (``依据…，妇儿工委对成员单位…的职责任务作了具体分工：省发展计划委员会负责…；省教育厅负责…；``, a gazetteer's
section, holdout gazclauses-heilongjiang-2003-1); its clauses are read as a point's, sharing the paragraph's place
(tests/fixtures/README.md "The same clauses in a paragraph with no number of its own").
"""
from __future__ import annotations

from .assign import Assignment
from .unitduties import subject_before_follower, subject_duty
from .unitlists import CLOSERS, OPENERS
from ..agencies.kindruns import join_kind_runs
from ..agencies.registry import default_patterns
from ..brackets import cuts_outside_brackets
from ..text import COLONS, FULL_STOPS, vocab

#: a point's name is a short phrase (明确分工，责任到人): a longer first sentence is a task, not a name
MAX_POINT_NAME_CHARS = 16
#: clauses a run needs before its point is read so: one clause opening with a unit is any point's sentence
MIN_POINT_CLAUSES = 3
#: the marks that part a run's clauses (full- and half-width)
CLAUSE_ENDS = ("；", ";")
#: the colons that close an unnumbered paragraph's opening sentence over its clauses
LEAD_IN_COLONS = COLONS
#: an opening sentence saying the work is divided is one sentence: a longer one is a letter's reasoning
MAX_LEAD_IN_CHARS = 60


def point_clauses(text: str) -> list[tuple[str, Assignment]] | None:
    """(clause, its assignment) for each clause of a point dividing the work (module doc), or None: ``text`` is the
    point's paragraph after its number (``明确分工，责任到人。A负责…；B负责…。…``)."""
    stops = cuts_outside_brackets(text, FULL_STOPS, OPENERS, CLOSERS)
    if len(stops) < 2 or stops[0] - 1 > MAX_POINT_NAME_CHARS or not _names_division(text[:stops[0] - 1]):
        return None
    run = text[stops[0]:stops[1]]   # the sentence after the name, its full stop kept
    clauses = _clauses(run)
    if len(clauses) < MIN_POINT_CLAUSES:
        return None
    found = [subject_duty(clause) or _kind_run_subject(clause) for clause in clauses]
    if any(f is None for f in found):
        return None   # every clause opens with its units, or the sentence is no run of shares
    return list(zip(clauses, found))


def paragraph_clauses(text: str) -> list[tuple[str, Assignment]] | None:
    """(clause, its assignment) for each clause of an unnumbered paragraph dividing the work (module doc), or None:
    its first colon outside brackets closes one sentence of at most ``MAX_LEAD_IN_CHARS`` characters naming the
    division (``[outline] division_point_words``), and the sentence after it (to its full stop, or the paragraph's
    end where a copy cut it) runs at least ``MIN_POINT_CLAUSES`` clauses, each opening with its units."""
    colons = cuts_outside_brackets(text, LEAD_IN_COLONS, OPENERS, CLOSERS)
    if not colons or colons[0] - 1 > MAX_LEAD_IN_CHARS:
        return None
    lead_in = text[:colons[0] - 1]
    if cuts_outside_brackets(lead_in, FULL_STOPS, OPENERS, CLOSERS) or not _names_division(lead_in):
        return None
    rest = text[colons[0]:]
    stop = min(cuts_outside_brackets(rest, FULL_STOPS, OPENERS, CLOSERS), default=len(rest))
    clauses = _clauses(rest[:stop])
    if len(clauses) < MIN_POINT_CLAUSES:
        return None
    found = [subject_duty(clause) or _kind_run_subject(clause) for clause in clauses]
    return None if any(f is None for f in found) else list(zip(clauses, found))


def _names_division(name: str) -> bool:
    return any(word in name for word in vocab()["outline"]["division_point_words"])


def _clauses(run: str) -> list[str]:
    """``run`` cut after each clause end outside brackets, each piece keeping its mark."""
    pieces, start = [], 0
    for cut in cuts_outside_brackets(run, CLAUSE_ENDS, OPENERS, CLOSERS):
        pieces.append(run[start:cut].strip())
        start = cut
    if run[start:].strip():
        pieces.append(run[start:].strip())
    return [piece for piece in pieces if piece]


def _kind_run_subject(clause: str) -> Assignment | None:
    """The subject of a clause opening with a run of bare kinds after one level word and a group word
    (``市科技、财政、…、质量技术监督等部门按照各自职责，协同做好…``: ONE catch-all as printed, ``agencies.kindruns``),
    closed by a word a subject is followed by (``[verbs] subject_followers``, the verb modifiers), else None."""
    patterns = default_patterns()
    return subject_before_follower(clause, lambda head: head if join_kind_runs(head.split("、"), patterns) == [head]
                                   else None)
