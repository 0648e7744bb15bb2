"""A list grouped by unit: a unit's name over its items, and the role lines under the name.

A list printed department by department (``市发改委`` / 1.… / 2.… / ``市工信局`` / 3.…) names each
group's lead once, on a line of its own over its items, maybe with role sub-headings under it
(``牵头任务：`` / ``（二）配合任务``); a unit named once right under a division's title heads the whole
list.  The outline (``outline.py``) collects those lines as ``UnitHeading`` and ``RoleHeading`` events
as it reads (``Outline.add_unit_heading``, ``add_role_heading``) and asks this room, once all are read,
which items they cover (``take_unit_headings``); where they cover none they are read back as text.
"""
from __future__ import annotations

from .assign import HEADING_FORM, Assignment
from .headlines import heading_role
from .items import MIN_UNIT_HEADINGS, Bare, Item, RoleHeading, UnitHeading
from .outlineheads import unit_lead_in
from ..text import titles_division


def take_unit_headings(events: list) -> tuple[list, list[tuple[Item, Assignment]]]:
    """(item, heading's unit in its role) for the items under a unit's name heading: a list
    grouped by department (``市发改委`` / 1.… / 2.… / ``市工信局`` / 3.…) names
    each group's lead once, over its items, which name only support and
    deadline.  Only when at least ``MIN_UNIT_HEADINGS`` such lines each stand
    right over a numbered item (role lines between them allowed); a heading covers
    the items of that item's kind down to the next heading or an outer item.  Role
    sub-headings under the name (``（一）牵头任务`` / ``（二）配合任务`` numbered, or
    ``牵头任务：`` lines) give the unit their role for the items below them and are no
    items of the unit's (``unit_items``).  A unit named once over a whole list, under its
    title, heads the list alone (``list_unit``).  Otherwise the lines are read as before:
    the text of an item still waiting for its assignment.  Returns the events with the name and role lines
    taken out, and the items they cover."""
    heads = [i for i, e in enumerate(events[:-1]) if isinstance(e, UnitHeading) and isinstance(next(
             (f for f in events[i + 1:] if not isinstance(f, RoleHeading) and not unit_lead_in(f)), None), Item)]
    covered: list[tuple[Item, Assignment]] = []
    lone = list_unit(events, heads)
    if len(heads) >= MIN_UNIT_HEADINGS:
        for i in heads:
            name = events[i].found.lead
            covered.extend((e, Assignment(**{role: name}, form=HEADING_FORM)) for e, role in unit_items(events, i))
    elif lone is not None:
        found = events[lone] if isinstance(events[lone], Assignment) else events[lone].found
        covered = [(e, found) for e, _role in unit_items(events, lone)]
        del events[lone]   # a labelled run over the list covers no item before it
    out: list = []
    for e in events:
        if isinstance(e, RoleHeading) and not covered:
            e = UnitHeading(Assignment(), e.text)   # read as before: text, as a name line's is
        if not isinstance(e, (UnitHeading, RoleHeading)):
            out.append(e)
        elif not covered and isinstance(out[-1:] and out[-1], Item) and out[-1].own is None:
            out[-1].more.append(e.text)
        elif not covered and isinstance(out[-1:] and out[-1], Bare) and out[-1].own is None:
            out[-1].texts.append(e.text)
        elif not covered and out and (isinstance(out[-1], Assignment)
                                      or isinstance(out[-1], Bare) and out[-1].own is not None):
            # after a paragraph closing with its own assignment (a bare item), a unit's name alone (the
            # signature under the notice's last item) waits for an assignment of its own, as after one
            out.append(Bare([e.text]))
    return out, covered


def list_unit(events: list, heads: list[int]) -> int | None:
    """The index of the unit named once over a whole list, or None: a unit's name line (the only
    one over items, ``heads``) or a run of labelled lines (a stand-alone ``Assignment``) standing
    right under the list's title line (``titles_division``: …工作任务分工, …任务清单) and right over
    its first item, when no item under it names a unit of its own and no other assignment follows
    it: nothing else gives the items a unit, so it is every item's.  A letter to one
    bureau prints the bureau's name over its points too, but under the letter's own title
    (…的批复), never under a division's: its points stay unassigned."""
    if len(heads) > 1:
        return None
    at = heads[0] if heads else next((i for i, e in enumerate(events[:-1]) if isinstance(e, Assignment)
                                      and e.has_units and isinstance(events[i + 1], Item)), None)
    title = events[at - 1] if at else None
    if not isinstance(title, Bare) or not title.lead_in or not titles_division(
            title.texts[-1] if title.texts else title.opened_by):
        return None
    items = [e for e, _role in unit_items(events, at)]
    if not items or any(e.own is not None for e in items) or any(isinstance(e, Assignment) for e in events[at + 1:]):
        return None
    return at


def unit_items(events: list, head: int) -> list[tuple[Item, str]]:
    """(item, the role its unit line gives it) for the items under the unit line at ``head``:
    "lead", or the role of the role sub-heading last above the item (a ``RoleHeading`` line, or a
    numbered item that is only a role word, ``headlines.heading_role``: those numbered
    sub-headings are then no items of the unit's)."""
    out: list[tuple[Item, str]] = []
    role, sub, first = "lead", None, None
    for e in events[head + 1:]:
        if isinstance(e, UnitHeading):
            break
        if isinstance(e, RoleHeading):
            role = e.role
            continue
        if not isinstance(e, Item):
            continue
        named = heading_role(e.text) if e.own is None else None
        if first is None and sub is None and named is not None:
            sub, role = e, named   # （一）牵头任务: the unit's items are below it
            continue
        if sub is not None and e.rank <= sub.rank:
            if e.rank < sub.rank or e.kind != sub.kind or named is None:
                break
            role = named
            continue
        first = first or e
        if e.rank < first.rank:
            break
        if e.kind == first.kind:
            out.append((e, role))
    return out
