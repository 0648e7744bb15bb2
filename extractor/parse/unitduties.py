"""Duties listed under headings that are a unit's name (docs/parsing.md, "A numbered heading that is a
unit's name"): the two shapes such a list prints beside its numbered duties.

- A unit with ONE duty prints it as a paragraph under its name, no number (``（五）市气象局`` /
  ``负责赛期天气预报服务。``): in a list by unit, that paragraph is the heading's item
  (``split_lone_duties``), led by the unit as the numbered duties of the other headings are.
- A catch-all heading (``（八）其他部门``, ``其他单位``: a group by the agencies' ``[groups]``) names no unit:
  each duty under it names its own as the sentence's subject, before its verb
  (``各区、县级市外经贸局负责落实签约项目；``): those units lead it (``subject_units``), and the text keeps them,
  since they are the sentence's subject, not a clause set apart.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .assign import HEADING_FORM, Assignment
from .headlines import heading_unit
from .items import BARE_KIND, BARE_RANK, MIN_UNIT_HEADINGS, Item
from .labels import assign_vocab, match_copy, verb_re
from .unitlists import CLOSERS, OPENERS, ends_like_unit, tidy_units
from ..agencies.registry import default_patterns
from ..brackets import cuts_outside_brackets, split_outside_brackets
from ..text import SENTENCE_ENDS, alternation, join_place_groups

#: a conjunction that opens a clause of the subject (``，以及广州海关、黄埔海关负责…``): no part of a name
_CLAUSE_CONJUNCTION_RE = re.compile("^(?:以及|及|和|与|并)")
_DIGIT_RE = re.compile(r"\d")


def is_catch_all_heading(name: str) -> bool:
    """A heading's unit that is a catch-all group (其他部门, 有关单位): it names no unit of its own."""
    return default_patterns().is_group(name)


def subject_units(text: str) -> Assignment | None:
    """The units a duty names as its subject before its verb (``市公安局、交警支队负责赛事安保；``,
    ``A、B，以及C参与宣传推广``), as leads (each clause of the subject a cell), or None: the first role
    verb of the first sentence (``[verbs] role_hint``) outside brackets, and before it only unit
    lists (every name ends like a unit, a group of places joined as in a unit cell, no digit)."""
    end = min((k for k in cuts_outside_brackets(text, SENTENCE_ENDS, OPENERS, CLOSERS)), default=len(text))
    sentence = text[:end]
    copy = match_copy(sentence)
    verb = next((m for m in verb_re("role_hint").finditer(copy) if _outside_brackets(sentence, m.start())), None)
    if verb is None or verb.start() == 0:
        return None
    subject = sentence[:verb.start()]
    subject = subject[:len(subject) - len(_trailing_modifiers(match_copy(subject)))]
    cells = [tidy_units(_CLAUSE_CONJUNCTION_RE.sub("", c)) for c in split_outside_brackets(subject, "，,")]
    if not cells or not all(_names_units(c) for c in cells):
        return None
    return Assignment(lead=tuple(cells), form=HEADING_FORM)


def _names_units(cell: str) -> bool:
    names = join_place_groups(split_outside_brackets(cell, "、", OPENERS, CLOSERS))
    return bool(names) and all(ends_like_unit(n) and not _DIGIT_RE.search(n) for n in names)


def _outside_brackets(text: str, at: int) -> bool:
    depth = 0
    for ch in text[:at]:
        depth += ch in OPENERS
        depth -= ch in CLOSERS and depth > 0
    return depth == 0


def _trailing_modifiers(copy: str) -> str:
    """The run of ``[verbs] verb_modifiers`` closing the subject (``A、B分别负责``: 分别)."""
    m = _modifiers_re().search(copy)
    return m.group() if m else ""


@lru_cache(maxsize=1)
def _modifiers_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(assign_vocab()['verbs']['verb_modifiers'])})*$")


def split_lone_duties(events: list, siblings) -> None:
    """In a list by unit, a numbered heading that is a unit's name with no item under it but paragraphs
    of its own (``（五）市气象局`` / ``负责赛期天气预报服务。``) holds its unit's one duty: the paragraphs
    become an item under it (no number: numbered by place, as an item whose number is not printed), so
    the heading gives it its lead as it does its siblings' numbered duties.  Only when at least
    ``MIN_UNIT_HEADINGS`` sibling headings (``siblings``: same level and numbering, same parent) are a
    unit's name over items: a unit's name over a paragraph alone may name the subject of a point."""
    lone = [i for i, e in enumerate(events) if _lone_unit_heading(events, i)]
    for i in reversed(lone):
        over_items = sum(_unit_heading_over_items(events, j) for j in siblings(events, i))
        if over_items < MIN_UNIT_HEADINGS:
            continue
        head = events[i]
        duty = Item(BARE_KIND, BARE_RANK, None, "", "".join(head.more), letter_part=head.letter_part)
        head.more = []
        events.insert(i + 1, duty)


def _lone_unit_heading(events: list, i: int) -> bool:
    e = events[i]
    if not isinstance(e, Item) or e.assignment is not None or not e.more or heading_unit(e.text) is None:
        return False
    below = next((f for f in events[i + 1:] if isinstance(f, Item)), None)
    return below is None or below.rank <= e.rank


def _unit_heading_over_items(events: list, i: int) -> bool:
    e = events[i]
    below = next((f for f in events[i + 1:] if isinstance(f, Item)), None)
    return (isinstance(e, Item) and e.assignment is None and not e.more and below is not None
            and below.rank > e.rank and heading_unit(e.text) is not None)
