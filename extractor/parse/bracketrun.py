"""A run of bracketed assignments in one numbered item (docs/parsing.md, "A run of brackets in one item").

A 工作要点 may print each item as one paragraph that opens with a run-in heading sentence and
then runs several tasks on, each closed by its own bracket of units:
``（一）<heading>。<task>。（A负责落实）<task>。（B、C分别负责落实）<task>。（D负责落实）``.
Each bracket closes one measure (its text the sentence(s) since the previous bracket), the item
is the section the heading titles, and the measures, printing no numbers, are numbered by place.

Most items that hold a bracket hold one, closing the paragraph, or a bracket that follows a
clause inside a sentence (``建设X（A牵头）、Y（B牵头）``), or one followed by its deadline
(``…。（A牵头）2024年底前完成。``).  So a run is read only when at least ``MIN_RUN_BRACKETS``
brackets that the assignment grammar reads as naming units (``inline.parse_bracket``) each stand
right after a sentence end, the last one closes the paragraph, the text between two of them is
a sentence of its own (ends as one), and the item opens with a run-in heading
(``headlines.is_run_in_point``).  An item with no such heading whose sentences are each closed
by their own bracket holds several tasks under one number: a measure each, numbered as printed
(``BracketRun.heading`` None).  Where the notice's items are runs (``run_kinds``), an item of
their kind with a run-in heading and ONE closing bracket is read the same way, its heading its
section's title.  Anything else stays one item, as before.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .assign import Assignment
from .headlines import is_run_in_point
from .unitlists import CLOSERS, OPENERS
from ..brackets import matching_bracket
from ..text import FULL_STOPS, SENTENCE_ENDS

#: an item runs several tasks on when at least this many of its brackets close one each
MIN_RUN_BRACKETS = 2
#: a notice's items are bracket runs when at least this many items of one numbering kind read as
#: runs under a run-in heading (one such item may be a stray long paragraph) ...
MIN_RUN_ITEMS = 2
#: ... and they are at least this share of the items of that kind that read as a run-in heading
#: over tasks closed by brackets (the others holding one bracket): most of them print so
RUN_ITEMS_MIN_SHARE = 0.5
#: in a notice of runs, an item's first sentence up to this long, with tasks after it before the first
#: bracket, is its heading (a 工作要点's theme, 围绕…做好…信息公开: about 30; a point's heading elsewhere
#: is at most ``headlines.POINT_HEAD_MAX_CHARS``); a task's text after a sentence stays longer
RUN_HEAD_MAX_CHARS = 40
_SPACES = " \t\u3000"
#: the comma that parts two clauses of a sentence, each closed by its own bracket (…政策（A负责），建设…（B牵头）。)
CLAUSE_MARKS = ("，", ",")


@dataclass(frozen=True)
class BracketRun:
    """An item read as tasks each closed by its own bracket of units."""

    heading: str | None   #: the run-in heading without its full stop; None: tasks under the item's number
    tasks: tuple[tuple[str, Assignment], ...]   #: (task text, its bracket's assignment), in order


def read_bracket_run(text: str, parse: Callable[[str], Assignment | None], in_runs: bool = False,
                     headed: bool = True) -> BracketRun | None:
    """The run of bracket-closed tasks an item's ``text`` (its number cut off) holds, or None.
    ``parse`` reads a bracket's inside (``inline.parse_bracket``).  ``in_runs``: the notice's items
    of this kind are runs (``run_kinds``), so one closing bracket under a run-in heading is one too,
    and a run-in heading may be as long as ``RUN_HEAD_MAX_CHARS``.  ``headed`` False: the notice's
    items of this kind are whole items (``whole_kinds``), so a run-in heading titles no section: the
    tasks stand under the item's number, the heading in the first one's text."""
    need = 1 if in_runs else MIN_RUN_BRACKETS
    if sum(text.count(ch) for ch in OPENERS) < need:
        return None   # most items
    body = text.rstrip(_SPACES + "".join(SENTENCE_ENDS))
    spans = _assigning_brackets(body, parse, text)
    if len(spans) < need or spans[-1][1] != len(body) - 1:
        return None
    tasks, at = [], 0
    for start, end, found, mark in spans:
        task = body[at:start].strip(_SPACES)
        if not task.strip("".join(SENTENCE_ENDS) + _SPACES):
            return None
        if mark is None and not task.endswith(SENTENCE_ENDS):
            return None
        if mark is not None and task.endswith((*SENTENCE_ENDS, *CLAUSE_MARKS)):
            return None   # a bracket before its clause's mark closes words, not a mark
        # a bracket before its sentence's full stop (…政策（A负责）。): the task's text takes the stop;
        # before a clause's comma (…政策（A负责），建设…): the clause is the task, the comma parts it from the next
        tasks.append((task + mark if mark in SENTENCE_ENDS else task, found))
        at = end + 1 + (len(mark) if mark else 0)
    first = tasks[0][0]
    cut = min((k for k in map(first.find, FULL_STOPS) if k >= 0), default=-1)
    # a first task closed by its bracket before a clause's comma (…落地（A牵头），加快…) is a clause: the
    # point it opens ends with the sentence, so the heading is asked of it as of a sentence
    point = first + FULL_STOPS[0] if spans[0][3] in CLAUSE_MARKS else first
    if not headed or not (is_run_in_point(point) or in_runs and 0 < cut <= RUN_HEAD_MAX_CHARS
                          and cut < len(first) - 1):
        # no heading (or one among whole items): several tasks under one number, or one item
        return BracketRun(None, tuple(tasks)) if len(tasks) >= MIN_RUN_BRACKETS else None
    tasks[0] = (first[cut + 1:].strip(_SPACES), tasks[0][1])
    return BracketRun(first[:cut].strip(_SPACES), tuple(tasks))


def run_kinds(items: Iterable[tuple[str, str]], parse: Callable[[str], Assignment | None]) -> frozenset[str]:
    """The numbering kinds whose items are bracket runs in this notice: ``items`` are (kind, text)
    of its numbered paragraphs.  A kind counts when at least ``MIN_RUN_ITEMS`` of its items read as
    a run-in heading over several bracket-closed tasks, and they are at least ``RUN_ITEMS_MIN_SHARE``
    of its items reading as a run-in heading over one or more (a notice of one-bracket items with one
    run among them keeps its items whole)."""
    items = list(items)
    runs = Counter(kind for kind, text in items if (run := read_bracket_run(text, parse)) and run.heading)
    kinds = {kind for kind, n in runs.items() if n >= MIN_RUN_ITEMS}
    if not kinds:
        return frozenset()
    singles = Counter(kind for kind, text in items if kind in kinds
                      and (run := read_bracket_run(text, parse, in_runs=True)) and run.heading and len(run.tasks) == 1)
    return frozenset(kind for kind in kinds if runs[kind] >= RUN_ITEMS_MIN_SHARE * (runs[kind] + singles[kind]))


def whole_kinds(items: Iterable[tuple[str, str]], parse: Callable[[str], Assignment | None]) -> frozenset[str]:
    """The numbering kinds whose items, in this notice, are mostly whole: more of them close with one
    bracket naming units and read as no run than read as runs (``items`` are (kind, text) of its numbered
    paragraphs).  A run among such items (``1.制定…。完成…。〔A牵头，B参与〕按照…。（C牵头）`` among items
    each closing with its one bracket) keeps its number: its tasks stand under it, heading and all, as the
    tasks of an item with no heading do (tests/fixtures/README.md: a number over several tasks stays each
    task's number); its run-in heading titles no section the other items lack."""
    runs, wholes = Counter(), Counter()
    for kind, text in items:
        if read_bracket_run(text, parse) is not None:
            runs[kind] += 1
        elif _closes_with_assignment(text, parse):
            wholes[kind] += 1
    return frozenset(kind for kind in runs if wholes[kind] > runs[kind])


def _closes_with_assignment(text: str, parse: Callable[[str], Assignment | None]) -> bool:
    """``text`` ends with one bracket naming units that closes the paragraph."""
    body = text.rstrip(_SPACES + "".join(SENTENCE_ENDS))
    spans = _assigning_brackets(body, parse, text)
    return bool(spans) and spans[-1][1] == len(body) - 1


def _assigning_brackets(body: str, parse, text: str) -> list[tuple[int, int, Assignment, str | None]]:
    """(opener, closer, assignment, mark) of each outermost bracket in ``body`` (``text`` without its
    closing marks) that names units and opens right after a sentence end (mark None), or stands right
    before one or before a clause's comma (mark that 。/；/，: ``…政策（A负责）。``, ``…政策（A负责），建设…``, as a
    province's 部门分工 opinion prints its brackets; never before a list's 、)."""
    out, i = [], 0
    while i < len(body):
        if body[i] in OPENERS:
            end = matching_bracket(body, i, OPENERS, CLOSERS)
            if end is None:
                return out
            after = text[end + 1:end + 2]
            mark = (None if body[:i].rstrip(_SPACES).endswith(SENTENCE_ENDS)
                    else after if after and after in (*SENTENCE_ENDS, *CLAUSE_MARKS) else "")
            if mark != "":
                found = parse(body[i + 1:end])
                if found is not None and found.has_units:
                    out.append((i, end, found, mark))
            i = end + 1
            continue
        i += 1
    return out


def without_cut_task(line: str, parse: Callable[[str], Assignment | None],
                     is_deadline: Callable[[str], bool]) -> str:
    """``line``, the notice's LAST line, without the task a copy's end cut after a run's last bracket: at least
    ``MIN_RUN_BRACKETS`` brackets naming units each stand right after a sentence end (``_assigning_brackets``' mark
    None) or right before one (its mark that 。 or ；: ``…完成情况（A牵头，B负责落实）。做好…``, a district's 要点 printing
    each bracket inside its task's sentence), and what follows the last, past its own stop, is words ending no
    sentence and holding no bracket, no deadline (``is_deadline``: the date grammar's clause, ``…（A负责）2024年底前完成``,
    is the bracket's), a clause's comma in them or not — the opening of a task the store cut
    (``…排放。（牵头单位：X；责任单位：Y）积极推动企业废水资源化利`` and the page's end: holdout runpair-danjiangkou-2022-1,
    batch 122; ``…（区科委负责落实）。公开高精尖``: clausebrackets-daxing-2018-1, and ``…（A、B。）编制并发布规划，动态发布美丽``:
    gatewaystop-haidian-2018-1, batch 129).  The cut task names no unit and is no measure (tests/fixtures/README.md
    "A part of a notice": an item cut before its units gives none), and without it the run reads as any run does;
    before, its words kept the last bracket from closing the paragraph and the item gave no row.  A bracket before a
    clause's comma stands inside a sentence, so a line holding one is no run's end; any other line is returned as
    it is."""
    if sum(line.count(ch) for ch in OPENERS) < MIN_RUN_BRACKETS:
        return line
    spans = _assigning_brackets(line, parse, line)
    if len(spans) < MIN_RUN_BRACKETS or any(mark not in (None, *SENTENCE_ENDS) for *_, mark in spans):
        return line
    _, close, _, mark = spans[-1]
    end = close + 1 + len(mark or "")
    tail = line[end:].strip(_SPACES)
    if not tail or any(ch in tail for ch in (*SENTENCE_ENDS, *OPENERS, *CLOSERS)) or is_deadline(tail):
        return line
    return line[:end]


def join_broken_runs(lines: list[str], parse: Callable[[str], Assignment | None]) -> list[str]:
    """``lines`` with a run of brackets that a line break cut back together: a line opening with a bracket
    that names units (``parse``), after a line ending with a sentence whose bracket has not come yet
    while an earlier sentence of it was closed by one standing right after its full stop
    (``…面积。`` / ``（市国土房管局牵头）主要污染物…。（市环保局牵头）``: stopbracket-tianjin-2006-1's copy breaks its
    run of targets before a bracket), is that line's rest.  A line of bracket-first items (``（X牵头）task。``)
    follows no such line: its brackets open sentences, none follows a full stop."""
    out: list[str] = []
    for line in lines:
        if out and _opens_with_units(line, parse) and _run_wants_bracket(out[-1], parse):
            out[-1] += line
        else:
            out.append(line)
    return out


def _opens_with_units(line: str, parse) -> bool:
    if not line or line[0] not in OPENERS:
        return False
    end = matching_bracket(line, 0, OPENERS, CLOSERS)
    if end is None or not line[end + 1:].strip(_SPACES):
        return False   # a line that is only a bracket covers the items above it (inline.read_range_line, groups)
    found = parse(line[1:end])
    return found is not None and found.has_units


def _run_wants_bracket(line: str, parse) -> bool:
    """``line`` ends a sentence with no bracket after it, and an earlier bracket of it naming units stands
    right after a full stop (``_assigning_brackets``' mark None)."""
    if not line.rstrip(_SPACES).endswith(tuple(FULL_STOPS)) or sum(line.count(ch) for ch in OPENERS) == 0:
        return False
    return any(mark is None for *_, mark in _assigning_brackets(line, parse, line))
