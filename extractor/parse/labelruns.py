"""Labelled lines run into one paragraph, a space where each break stood (``label_run_joints``).

A news item reporting a division of tasks may print every task and its labelled lines in one
paragraph, each part after a single space: ``…分工如下： <task>。 分管领导：<a person> 部门分工：X牵头，
A、B配合。 <task>。 分管领导：…`` (runonlead-guangdong).  The labelled reader wants each label on a
line of its own and the task on the line over them, as the notice printed them; so such a
paragraph, when it holds no numbered item (whose own line may carry its labels, the
``inline-label`` form), is cut before each label word that follows a space and at each space that
follows a sentence's end or a colon (where the task after the lead sentence, and each next task,
began a line).  docs/parsing.md, "A notice run into one line", says what each joint is for.
"""
from __future__ import annotations

from .labels import hit_role, label_hits, match_copy
from .roles import OTHER
from ..brackets import ANY_CLOSERS, ANY_OPENERS
from ..text import SENTENCE_ENDS

#: a paragraph is a run of labelled lines when at least this many label words with a role stand
#: after a space in it: one is a sentence's own words (…，并由 牵头单位：… is no run of lines)
MIN_RUN_LABELS = 2
#: the spaces a joint stands on (a break the copy turned into a space)
_SPACES = " \u3000\xa0"
#: before a space, these end a line of the run: a task's sentence, a lead ending in a colon (如下：)
_LINE_ENDS = "".join(SENTENCE_ENDS) + "!?：:"


def label_run_joints(text: str) -> set[int]:
    """Where the lines of labelled tasks run into ``text`` with a space each began: before each
    label word with a role (``roles.toml``: 牵头单位, 分管领导, 部门分工 …) that follows a space, and
    after each space that follows a sentence's end or a colon outside brackets; nothing when fewer
    than ``MIN_RUN_LABELS`` such labels stand in it."""
    copy = match_copy(text)
    labels = [m.start() for m in label_hits(copy)
              if m.start() and copy[m.start() - 1] in _SPACES and hit_role(m) not in (None, OTHER)]
    if len(labels) < MIN_RUN_LABELS:
        return set()
    cuts = set(labels)
    depth = 0
    for at, ch in enumerate(copy):
        depth += (ch in ANY_OPENERS) - (ch in ANY_CLOSERS)
        if ch in _SPACES and depth <= 0 and at and copy[at - 1] in _LINE_ENDS:
            cuts.add(at + 1)
    return cuts
