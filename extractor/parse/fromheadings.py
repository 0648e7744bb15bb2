"""What the items of an outline take from the headings over them.

A heading may name what its items share instead of each item printing it: units named
once for a section (its own bracket or label lines, ``give_section_units``), a lead in
its wording or a heading that is a unit's name (``give_heading_leads``), a deadline
(``give_heading_deadlines``).  Each pass gives it to the items of the first level below
the heading, down to the next heading of its own level or higher, leaving what an item
prints of its own in place.  ``outline.Outline.parsed`` runs them in that order over its
events (items and stand-alone assignments, ``items.Item``)."""
from __future__ import annotations

from dataclasses import replace

from .assign import HEADING_FORM, Assignment, parse_heading_lead
from .deadlinephrases import parse_heading_deadline, parse_ongoing_heading
from .headlines import heading_role, heading_unit
from .items import BARE_KIND, BARE_RANK, MIN_UNIT_HEADINGS, Item
from ..numbering import SECTION_KINDS
from ..text import SENTENCE_ENDS
from .ranges import give_support, give_units
from .unitduties import is_catch_all_heading, subject_units
from .modalduties import part_assignment

#: units named once per section over items that print no part of their own (no deadline):
#: only when at least this many headings print the shape (one measure with labels over its
#: own steps is no such list)
MIN_SECTION_UNIT_HEADINGS = 2

#: the numbering kind of items numbered in digits (``1.`` ``2、``, ``numbering.NUMBERING``): the tasks' level
#: under headings numbered in Chinese numerals
DIGIT_ITEM_KIND = "num"


def give_section_units(events: list) -> None:
    """Units named once for a section: a heading whose own assignment (its bracket, or the
    label lines right under it) names units gives them, role by role, to the items of the
    level below (``一、推进城乡建设`` / ``牵头部门：X`` / ``1、…`` / ``完成时间：…`` / ``2、…（配合单位：Y）``):
    its lead to each item that prints no lead, its support to each that prints no support,
    with the item's own deadline (``_fill_roles``); the heading is then no measure.  When no
    item under it leaves a role empty that the heading names, the heading is left alone.  So
    is a heading none of whose items prints a part or an assignment of its own, unless at
    least ``MIN_SECTION_UNIT_HEADINGS`` headings print the shape and none of them ends like
    a sentence: a measure with labels over its own steps (``1.加强古城风貌管控。`` /
    ``牵头单位：X`` / ``（1）…；`` / ``（2）…。``) keeps its units and its steps stay text; a heading numbered
    in Chinese numerals over items numbered in digits gives its units alone (``_digit_items_under``).  Headings whose
    items each print every role the heading names (``一、强化科技创新（市科技局牵头）`` over ``（一）…（责任单位：
    A、B）``) are section titles on the same terms (``_titles``), counted alone or with the headings of their
    numbering and level that gave their units (``_siblings_of``): they give nothing, and are no measures."""
    shaped, covered = [], []
    for i, event in enumerate(events):
        found = event.assignment if isinstance(event, Item) else None
        if found is None or not found.has_units:
            continue
        under = _first_level_under(events, i)
        if any(_takes_from(e, found) for e in under):
            shaped.append((event, found, under))
        elif under:
            covered.append(event)
    titles = _titles([event for event, _found, _under in shaped])
    sections = []   # the headings that gave their units: section titles now
    for event, found, under in shaped:
        if not titles and not _digit_items_under(event, under) and all(
                e.part is None and e.assignment is None for e in under):
            continue
        for e in under:
            _fill_roles(e, found)
        event.own = event.group = None
        sections.append(event)
    together = _titles(covered)
    for event in covered:
        # alone, or with the list's section titles numbered as it is at its level (一、…（X牵头） over items printing
        # their own lead beside 二、…（Y牵头） over items taking it)
        if together or _titles(_siblings_of(event, covered + sections)):
            event.own = event.group = None   # 一、强化科技创新（市科技局牵头） over items naming their own units


def _digit_items_under(event: Item, under: list[Item]) -> bool:
    """True when a heading numbered in Chinese numerals (``numbering.SECTION_KINDS``: 一、, （一）) is over items
    numbered in digits (``1.`` ``2.``): the numbering a notice gives its sections over the one it gives its tasks
    (一、 > （一） > 1. > （1）), so the items are the list's tasks, not the steps of a measure the heading would be
    (a measure with labels over its steps is numbered 1. over （1）: ``_titles``' case)."""
    return event.kind in SECTION_KINDS and bool(under) and all(e.kind == DIGIT_ITEM_KIND for e in under)


def _siblings_of(event: Item, headings: list[Item]) -> list[Item]:
    """The headings of ``headings`` numbered as ``event`` is, at its level (itself among them)."""
    return [e for e in headings if e.kind == event.kind and e.rank == event.rank]


def _titles(headings: list[Item]) -> bool:
    """True when ``headings`` read as a list's section titles, not as measures over their own steps:
    at least ``MIN_SECTION_UNIT_HEADINGS`` of them, none ending like a sentence."""
    return len(headings) >= MIN_SECTION_UNIT_HEADINGS and not any(
        event.text.rstrip().endswith(SENTENCE_ENDS) for event in headings)


def _first_level_under(events: list, index: int, leaves: bool = False) -> list[Item]:
    """The items of the first level below the item at ``index``, down to the next item
    of its own level or higher; with ``leaves``, of the first level whose items head
    no items of their own (``第一部分 …主责任务`` > ``一、主要指标`` > ``1.…``: the 1. items)."""
    return [e for _j, e in _first_level_at(events, index, leaves)]


def _first_level_at(events: list, index: int, leaves: bool = False) -> list[tuple[int, Item]]:
    """``_first_level_under`` with each item's index.  Walks the events after ``index`` only down
    to the next item of its own level or higher (each heading's own items, not the rest of the
    list: a pass over every heading stays linear in the list's length)."""
    head = events[index]
    items = ((j, events[j]) for j in range(index + 1, len(events)) if isinstance(events[j], Item))
    kind, out = None, []
    current = next(items, None)
    while current is not None and current[1].rank > head.rank:
        following = next(items, None)
        e = current[1]
        if leaves and kind is None and following is not None and following[1].rank > e.rank:
            current = following
            continue   # a heading over deeper items, not an item the lead goes to
        kind = kind or e.kind
        if e.kind == kind:
            out.append(current)
        current = following
    return out


def give_heading_leads(events: list) -> None:
    """A heading that names a lead (``一、县示范区管委会牵头工作（8项）``) gives
    it to the items of the first level below it, down to the next heading
    of its own level or higher: bare items become measures, an item whose
    own assignment names support only gets the lead.  So does a heading that is a unit's
    name (``_unit_name_headings``), and one whose unit has one duty prints it as a paragraph
    under the name (made an item by ``split_lone_duties``, which ``Outline.parsed`` runs
    first).  Under a catch-all heading (``其他部门``) an item naming its units as its subject
    (``unitduties.subject_units``) is led by them."""
    units = _unit_name_headings(events)
    for i, event in enumerate(events):
        if not isinstance(event, Item) or event.assignment is not None:
            continue
        head = parse_heading_lead(event.text) or units.get(i) or _part_sentence(events, i)
        if head is None:
            continue
        catch_all = bool(head.lead) and all(map(is_catch_all_heading, head.lead))
        for e in _first_level_under(events, i, leaves=True):
            if catch_all and e.assignment is None and (own := subject_units("".join([e.text, *e.more]))):
                e.own = own   # 各区外经贸局负责落实签约项目: the duty names its units
                continue
            (lead_from_heading if head.lead else give_support)(e, head)


def _part_sentence(events: list, index: int) -> Assignment | None:
    """The assignment of the heading at ``index`` when its only paragraph hands the part to units
    (``(六)积极做好过往旅客的宣传工作`` / ``铁路、…等部门要主动开展…，卫生部门要给予技术支持。``:
    ``modalduties.part_assignment``) and items a level below it follow, none naming a unit of its own: the
    sentence is the part's assignment printed before its targets, each target a measure taking it
    (tests/fixtures/README.md "A part handed to units in one sentence over targets naming none"; holdout
    unitsthentargets-guoaiban-2004-4, batch 131: before, the page gave no measure); None otherwise."""
    event = events[index]
    if len(event.more) != 1 or event.part is not None:
        return None
    under = _first_level_under(events, index, leaves=True)
    if not under or any(e.assignment is not None or e.rank <= event.rank for e in under):
        return None
    return part_assignment(event.more[0])


def _unit_name_headings(events: list) -> dict[int, Assignment]:
    """{event index: the lead} for the numbered headings whose wording is a unit's name
    (``一、县发展改革局（2项）``, ``headlines.heading_unit``): a list organised by unit, the
    tasks each unit leads under its name, as the unnumbered name lines of
    ``unitheads.take_unit_headings`` head them.  Only when at least ``MIN_UNIT_HEADINGS`` headings of
    one level and numbering print the shape (one such heading may be a stray point), or when one is
    the only heading of its level over items naming no unit (``_lone_unit_heading``).  When
    sub-headings under the name are role words (``（一）牵头任务`` / ``（二）配合任务``,
    ``headlines.heading_role``), each gives the unit its role instead."""
    below = _items_below(events)
    found = {i: name for i in range(len(events)) if (name := _unit_heading_over_items(events[i], below[i])) is not None}
    groups: dict[int, set[int]] = {}   # the siblings of one heading are each other's (``_siblings``): asked once
    out: dict[int, Assignment] = {}
    for i, name in found.items():
        if i not in groups:
            group = {i, *_siblings(events, i)}
            groups.update(dict.fromkeys(group, group))
        if sum(j in found for j in groups[i]) >= MIN_UNIT_HEADINGS or _lone_unit_heading(events, i, groups[i]):
            roles = {j: role for j, e in _first_level_at(events, i) if (role := heading_role(e.text))}
            for j, role in (roles or {i: "lead"}).items():
                out[j] = Assignment(**{role: (name,)}, form=HEADING_FORM)
    return out


def _lone_unit_heading(events: list, index: int, group: set[int]) -> bool:
    """True when the unit-name heading at ``index`` is the only heading of its level and numbering
    under its parent (``group``: itself and its siblings) and no item of the first level under it
    names a unit of its own (``（一）区应急局`` / ``1.…`` / ``2.…``, one unit's tasks): with no
    sibling it could be a stray point among, and no bracket its name could be the subject of, the
    name says who leads them."""
    return len(group) == 1 and all(e.assignment is None for e in _first_level_under(events, index, leaves=True))


def _items_below(events: list) -> list[Item | None]:
    """For each event, the first item after it (None after the last): read once for the whole
    list, not walked again from each heading."""
    below: list[Item | None] = [None] * len(events)
    following = None
    for i in range(len(events) - 1, -1, -1):
        below[i] = following
        if isinstance(events[i], Item):
            following = events[i]
    return below


def _unit_heading_over_items(e, below: Item | None) -> str | None:
    """The unit of the numbered heading ``e`` when its wording is a unit's name and items stand
    under it (``below``: the first item after it; ``headlines.heading_unit``), else None."""
    if not isinstance(e, Item) or e.assignment is not None or e.more or below is None or below.rank <= e.rank:
        return None
    return heading_unit(e.text)


def split_lone_duties(events: list) -> None:
    """In a list by unit, a numbered heading that is a unit's name with no item under it but paragraphs
    of its own (``（五）市气象局`` / ``负责赛期天气预报服务。``) holds its unit's one duty: the paragraphs
    become an item under it (no number: numbered by place, as an item whose number is not printed), so
    the heading gives it its lead as it does its siblings' numbered duties.  Only when at least
    ``MIN_UNIT_HEADINGS`` sibling headings (same level and numbering, same parent) are a unit's name
    over items: a unit's name over a paragraph alone may name the subject of a point.  A heading whose
    wording names a lead (``（一）市档案局牵头的工作``, ``assign.parse_heading_lead``) says so itself: its
    paragraphs are its one duty with no sibling asked.  A sibling still holding its own paragraphs counts too
    (``_unit_heading_over_paragraph``): a list whose every unit has one duty prints no item under any name.  ``Outline.parsed`` runs this first, before a
    label line under the paragraph is given to the items above it."""
    below = _items_below(events)
    for i in reversed(range(len(events))):
        head = events[i]
        if not isinstance(head, Item) or head.own is not None or not head.more:
            continue
        if below[i] is not None and below[i].rank > head.rank:
            continue
        if (unit := _unit_under_role_heading(events, i)) is not None:
            # 3.各协办单位 / (1)市发改委 / 负责…: the name line and its paragraph are one measure in the role's part
            head.text, head.more, head.own = "".join(head.more), [], Assignment(lead=(unit,), form=HEADING_FORM)
            continue
        named = parse_heading_lead(head.text)
        if not (named is not None and named.lead) and (heading_unit(head.text) is None or sum(
                _unit_heading_over_items(events[j], below[j]) is not None or _unit_heading_over_paragraph(events[j])
                for j in _siblings(events, i)) < MIN_UNIT_HEADINGS):
            continue
        duty = Item(BARE_KIND, BARE_RANK, None, "", "".join(head.more), letter_part=head.letter_part)
        head.more = []
        events.insert(i + 1, duty)
        below.insert(i + 1, below[i])   # the events before the head keep theirs: the head is an item
        below[i] = duty


def _unit_under_role_heading(events: list, index: int) -> str | None:
    """The unit of the numbered heading at ``index`` when it is a unit's name holding its one duty's paragraphs
    right under a heading that names a role the units under it play in the whole work (``3.各协办单位``,
    ``4.联合共建单位``: a unit name that is a group by role, ``unitduties.is_catch_all_heading``), else None.  The
    role heading is the part's section; each name line with its paragraph is one measure numbered as printed, the
    unit leading its own duties (tests/fixtures/README.md "A role heading over units each followed by its duties")."""
    unit = heading_unit(events[index].text)
    parent = _parent(events, index)
    if unit is None or is_catch_all_heading(unit) or parent is None:
        return None
    role = heading_unit(parent.text)
    return unit if role is not None and parent.assignment is None and is_catch_all_heading(role) else None


def _parent(events: list, index: int) -> Item | None:
    """The nearest item before ``index`` of a lower rank (a higher level), in the same part of the letter."""
    head = events[index]
    for j in range(index - 1, -1, -1):
        e = events[j]
        if isinstance(e, Item) and e.letter_part == head.letter_part and e.rank < head.rank:
            return e
        if isinstance(e, Item) and e.letter_part != head.letter_part:
            return None
    return None


def _unit_heading_over_paragraph(e) -> bool:
    """``e`` is a numbered heading that is a unit's name holding paragraphs of its own and no assignment (a sibling
    not yet split by ``split_lone_duties``, which walks the list from its end): every heading of a list by unit may
    hold its one duty so (``1、县纪委（监察局）`` / ``通报…。`` / ``2、县委组织部`` / ``通报…。``, a county's 联席会议
    意见, holdout modelunitlines-county-2005-1), no item standing under any of them."""
    return isinstance(e, Item) and e.assignment is None and bool(e.more) and heading_unit(e.text) is not None


def give_heading_deadlines(events: list) -> None:
    """A heading that is a deadline (``一、2019年3月底前完成的工作``: a list ordered by when
    its items are due) gives it, as ``parse_heading_deadline`` reads it, to the measures of
    the first level below it that print none; the heading stays their section, as printed.
    A heading of ongoing work (``三、持续推进的任务``, ``parse_ongoing_heading``) is one when a
    sibling heading is, or when it names its period (``全年持续推进的任务``)."""
    heads: dict[int, str] = {}
    ongoing: dict[int, tuple[str, bool]] = {}
    for i, event in enumerate(events):
        if not isinstance(event, Item) or event.assignment is not None:
            continue
        if (when := parse_heading_deadline(event.text)) is not None:
            heads[i] = when
        elif (found := parse_ongoing_heading(event.text)) is not None:
            ongoing[i] = found
    for i, (when, names_period) in ongoing.items():
        if names_period or any(j in heads for j in _siblings(events, i)):
            heads[i] = when
    for i, when in heads.items():
        for e in _first_level_under(events, i, leaves=True):
            found = e.assignment
            if found is not None and not found.deadline:
                e.own, e.group = replace(found, deadline=when), None


def give_closing_deadlines(events: list) -> None:
    """A sentence after a list that sets one date for all of it (``Item.due_after``, read by
    ``Outline.add_more``) gives the date to every measure up to it, back to the previous such
    sentence, that prints no deadline of its own (tests/fixtures/README.md "One due date for the
    whole list in a closing sentence"); a measure's own deadline wins."""
    since: list[Item] = []
    for event in events:
        if not isinstance(event, Item):
            continue
        since.append(event)
        if event.due_after is None:
            continue
        for e in since:
            found = e.assignment
            if found is not None and not found.deadline:
                e.own, e.group = replace(found, deadline=event.due_after), None
        since = []


def _siblings(events: list, index: int) -> list[int]:
    """Where the items of the level and numbering of the item at ``index`` stand under
    the same heading (the cover letter's points are none of the plan's sections')."""
    head, out = events[index], []
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(events):
            e = events[j]
            if isinstance(e, Item) and (e.rank < head.rank or e.letter_part != head.letter_part):
                break
            if isinstance(e, Item) and e.rank == head.rank and e.kind == head.kind:
                out.append(j)
            j += step
    return out



def _takes_from(item: Item, head: Assignment) -> bool:
    """True when the item leaves a role empty that the heading's assignment names."""
    own = item.assignment
    return own is None or bool(head.lead and not own.lead) or bool(head.support and not own.support)


def _fill_roles(item: Item, head: Assignment) -> None:
    """A section heading's units for one item under it, role by role: an item that names no
    unit takes them all (``give_units``, its own part's deadline winning); one that names some
    keeps its own lead, support and deadline and takes the heading's for the roles it leaves
    empty, in its own form."""
    own = item.assignment
    if own is None:
        give_units(item, head, own=True)
        return
    item.own, item.group = replace(filled(own, head), covers=None), None


def filled(own: Assignment, other: Assignment) -> Assignment:
    """``own`` with the lead, support and deadline it leaves empty taken from ``other``."""
    return replace(own, lead=own.lead or other.lead, support=own.support or other.support,
                   deadline=own.deadline or other.deadline, extra={**other.extra, **own.extra})


def lead_from_heading(item: Item, head: Assignment) -> None:
    """Give a heading's lead to one item under it: a bare item becomes a measure
    (its own unit-less bracket, ``（完成时限：持续推进）``, read with it), an item
    whose assignment names no lead gets it."""
    if item.assignment is None and item.part is not None:
        item.own = filled(item.part, head)   # the part names no unit: the heading's lead (and support)
        item.take_part_text()
    elif item.assignment is None:
        item.group = head
    elif not item.assignment.lead:
        item.own = replace(item.assignment, lead=head.lead, form=head.form if not item.assignment.support
                           else item.assignment.form)
        item.group = None
