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
(``headlines.is_run_in_point``).  Anything else stays one item, as before.
"""
from __future__ import annotations

from collections.abc import Callable

from .assign import Assignment
from .headlines import is_run_in_point
from .unitlists import CLOSERS, OPENERS
from ..brackets import matching_bracket
from ..text import FULL_STOPS, SENTENCE_ENDS

#: an item runs several tasks on when at least this many of its brackets close one each
MIN_RUN_BRACKETS = 2
_SPACES = " \t\u3000"


def read_bracket_run(text: str, parse: Callable[[str], Assignment | None]
                     ) -> tuple[str, list[tuple[str, Assignment]]] | None:
    """(the run-in heading without its full stop, [(task, assignment)]) of an item's ``text``
    (its number cut off) that runs several bracket-closed tasks on, or None.  ``parse`` reads a
    bracket's inside (``inline.parse_bracket``)."""
    if sum(text.count(ch) for ch in OPENERS) < MIN_RUN_BRACKETS:
        return None   # most items
    body = text.rstrip(_SPACES + "".join(SENTENCE_ENDS))
    spans = _assigning_brackets(body, parse)
    if len(spans) < MIN_RUN_BRACKETS or spans[-1][1] != len(body) - 1:
        return None
    tasks, at = [], 0
    for start, end, found in spans:
        task = body[at:start].strip(_SPACES)
        if not task.endswith(SENTENCE_ENDS):
            return None
        tasks.append((task, found))
        at = end + 1
    first = tasks[0][0]
    if not is_run_in_point(first):
        return None
    cut = min(k for k in map(first.find, FULL_STOPS) if k >= 0)
    tasks[0] = (first[cut + 1:].strip(_SPACES), tasks[0][1])
    return first[:cut].strip(_SPACES), tasks


def _assigning_brackets(body: str, parse) -> list[tuple[int, int, Assignment]]:
    """(opener, closer, assignment) of each outermost bracket in ``body`` that opens right after
    a sentence end and names units."""
    out, i = [], 0
    while i < len(body):
        if body[i] in OPENERS:
            end = matching_bracket(body, i, OPENERS, CLOSERS)
            if end is None:
                return out
            if body[:i].rstrip(_SPACES).endswith(SENTENCE_ENDS):
                found = parse(body[i + 1:end])
                if found is not None and found.has_units:
                    out.append((i, end, found))
            i = end + 1
            continue
        i += 1
    return out
