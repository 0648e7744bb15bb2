"""A run of items in one paragraph, each closed by its own label clause (docs/parsing.md, "A run of labelled clauses").

A news item quoting a plan's list (a city's 重点项目交办会: each project given its units), or a paragraph that lost its
item breaks, may print the items as clauses of ONE paragraph, no number or bracket, each item's name or task first
and its label and units after it, the items parted by ；:
``“楚禾食品工业园，责任单位畜牧局；华旭农产品创业园二期，责任单位开发区；通达综合物流园，责任单位李店镇、交通局……”``.
Each part is ``<task>，<label><units>`` (more label clauses may follow: ``，配合单位B``; a deadline label too): the
labels are the assignment grammar's words (``roles.toml``), read by ``assign.parse_labels`` as any label line; the colon
may be left out (``责任单位畜牧局``), and then every name of the value must be a unit's (``names_units_only``) or a
zone's kind alone (开发区: a county's list names its one zone so), else the clause is wording (``各责任单位是…``).

Only a run of at least ``MIN_RUN_ITEMS`` such parts one after another counts; a quote around the run (``“…”``) bounds
it: the run opens after a quote mark left open and closes at one closing a quote opened before it, and an elision
(``……``) closes the last unit list.  Each part read so is a measure (form inline-label), numbered by its place.
"""
from __future__ import annotations

from .assign import Assignment, parse_labels
from .clauseroles import looks_like_units
from .deadlinephrases import is_deadline_phrase
from .labels import match_copy, may_open_clause_labels, opening_label
from .roles import UNIT_ROLES
from .unitlists import CLAUSE_MARKS, CLAUSE_RUN_ENDS, CLOSERS, OPENERS, names_units_only
from ..agencies.zones import kind_words
from ..brackets import cuts_outside_brackets, split_outside_brackets
from ..hanzi import simplified
from ..text import COLONS

#: a run is a list when it holds at least this many items; one is a sentence that names its units
MIN_RUN_ITEMS = 2
#: the form of the measures a run gives (docs/forms.md: the label follows the item without a bracket)
RUN_FORM = "inline-label"
#: what ends one item of the run and what parts its task from its label clauses
_RUN_ENDS, _CLAUSE_MARKS = CLAUSE_RUN_ENDS, CLAUSE_MARKS   # (unitlists)
#: a quote's marks: an opener left open starts the run's first task, a closer of a quote opened before ends the run
_QUOTE_OPEN, _QUOTE_CLOSE = "“「", "”」"
#: an elision closing the list (``交通局……”``): no part of a unit's name
_ELISION = "…"
#: what a task and a value are stripped of
_TRIM = " \t\u3000，,；;。：:、" + _QUOTE_OPEN + _QUOTE_CLOSE + _ELISION
#: an introduction before the first task ends at its colon (``会议明确：<task>，责任单位…``)
_INTRO_END = COLONS


def read_label_run(text: str) -> list[tuple[str, Assignment]] | None:
    """[(task, assignment)] of the runs of at least ``MIN_RUN_ITEMS`` items each closed by its label clause in
    paragraph ``text``, in order; None when it holds none."""
    if not may_open_clause_labels(text, MIN_RUN_ITEMS):
        return None   # most paragraphs
    found: list[tuple[str, Assignment]] = []
    run: list[tuple[str, Assignment]] = []
    for part in split_outside_brackets(text, _RUN_ENDS, OPENERS, CLOSERS):
        start, end = _quote_bounds(part)
        item = _read_item(part[start:end], opens=not run or start > 0)
        if item is None or start > 0:
            found.extend(run if len(run) >= MIN_RUN_ITEMS else ())
            run = []
        if item is not None:
            run.append(item)
        if end < len(part):   # a quote opened before closes here: the run ends with this part
            found.extend(run if len(run) >= MIN_RUN_ITEMS else ())
            run = []
    found.extend(run if len(run) >= MIN_RUN_ITEMS else ())
    return found or None


def _quote_bounds(part: str) -> tuple[int, int]:
    """(start, end) of what ``part`` holds of a run: after a quote mark it leaves open (the quote's first item),
    up to a quote mark closing a quote opened before it (the last); quotes opened and closed inside stay."""
    opened: list[int] = []
    for at, ch in enumerate(part):
        if ch in _QUOTE_OPEN:
            opened.append(at)
        elif ch in _QUOTE_CLOSE:
            if not opened:
                return 0, at
            opened.pop()
    return (opened[-1] + 1 if opened else 0), len(part)


def _read_item(part: str, opens: bool) -> tuple[str, Assignment] | None:
    """(task, assignment) of ``<task>，<label><units>[，<label><units>…]``, or None; an item that ``opens`` a run
    may follow an introduction ending in a colon."""
    if not part or part.count("，") + part.count(",") == 0:
        return None
    starts = [0] + cuts_outside_brackets(part, _CLAUSE_MARKS, OPENERS, CLOSERS)
    labelled: list[str] = []
    first = len(starts)
    for k in range(len(starts) - 1, 0, -1):   # the label clauses close the part
        clause = part[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(part)].strip(_TRIM)
        line = _label_line(clause)
        if line is None:
            break
        labelled.insert(0, line)
        first = k
    if not labelled:
        return None
    task = part[:starts[first]].strip(_TRIM)
    if opens and (cut := max(task.rfind(c) for c in _INTRO_END)) >= 0:
        task = task[cut + 1:].strip(_TRIM)
    found = parse_labels("；".join(labelled), RUN_FORM)
    if not task or found is None or not found.has_units:
        return None
    return task, found


def _label_line(clause: str) -> str | None:
    """``clause`` as a label line (``责任单位：畜牧局``) when it opens with a unit role's or the deadline's label word
    and its value is a unit list or a deadline phrase; None otherwise.  A label printed with no colon must be followed by
    names that are all units' (or a zone's kind alone)."""
    m = opening_label(match_copy(clause))
    if m is None:
        return None
    value = clause[m.end:].strip(_TRIM)
    if not value:
        return None
    if m.role == "deadline":
        return f"{m.word}：{value}" if m.colon or is_deadline_phrase(value) else None
    if m.role not in UNIT_ROLES or not looks_like_units(value):
        return None
    if not m.colon and not _names_units(value):
        return None
    return f"{m.word}：{value}"


def _names_units(value: str) -> bool:
    """Every name of ``value`` is a unit's (``names_units_only``), or a development zone's kind alone (开发区)."""
    names = split_outside_brackets(value, "、", OPENERS, CLOSERS)
    zones = kind_words()
    rest = [n for n in names if simplified(n) not in zones]
    return bool(names) and (not rest or names_units_only("、".join(rest)))
