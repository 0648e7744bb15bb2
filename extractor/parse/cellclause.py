"""Stage 5a, table: the assignment a task cell carries itself.

A table may print no unit column at all (序号 | 重点任务 | 完成时限) and close each task cell
with the clause a paragraph would carry (``……。（牵头单位：A；配合单位：B）``), or have a unit
column that a row leaves empty.  Such a cell is read with the same grammar as a paragraph of
the inline forms (``inline.split_assignment``: a closing bracket of any shape, labelled or in
verbs or a bare list, 【label】 runs, leading verbs, a closing 由…负责 sentence) or as label
lines under the task (``<br>牵头单位：A<br>配合单位：B``), so one grammar reads the clause
wherever a notice prints it (docs/parsing.md).  Only a row whose unit cells name nothing asks:
a filled unit column is what the row says.

A group row (a cell across the table, a section cell) may name units for the rows under it, as
a heading does for its items in the text forms: its own closing clause
(``一、提升政务服务效能（牵头单位：A；配合单位：B）``) or lead wording (``二、县农业农村局牵头工作``,
``assign.parse_heading_lead``).  A row under it that names no lead takes them (``with_group``).

A range row names the rows it is for, as a range line does in the text forms (``以上第1—3项…``,
``（以上任务由A牵头，B配合）``, ``牵头单位：A（以上两项）``): a row whose only text is such a clause,
across the table or in its task cell (``range_row``).  It is no measure and no section; the rows
it covers (``ranges.covered_items``) that name no lead take its units (``cover_rows``).

A note column (备注, 说明: ``roles.toml [note_columns]``) may name units behind a label
(``配合单位：A、B``) where the table has one unit column: the labels are read as a labelled
cell's are and join the row's units (``with_notes``); what stands before them stays a note.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .assign import NOTE_KEY, Assignment, parse_heading_lead, parse_labels
from .deadlinephrases import is_deadline_phrase
from .labels import holds_label_mark, label_hits, match_copy, starts_with_label
from .unitlists import CLOSERS
from .grid import join_parts
from .inline import read_range_line, split_assignment, unitless_bracket
from .ranges import covered_items
from ..agencies.units import split_units
from ..hanzi import simplified
from ..text import SENTENCE_ENDS, TRAILING_MARKS, compact

#: the characters a closing bracket ends in (``inline.closing_bracket``)
_CLOSING = frozenset(CLOSERS)


def cell_assignment(text: str, parts: tuple[str, ...], form: str) -> tuple[str, Assignment | None]:
    """(``text`` without its clause, the clause's assignment) of a task cell whose text is
    ``text`` (its numbering already cut off) and whose printed lines are ``parts``; (``text``,
    None) when it carries no clause naming a unit, or nothing but one."""
    rest, found = _label_lines(text, parts, form)
    if found is None:
        rest, found = split_assignment(text)
        if found is not None and len((labelled := _run_in_labels(text, form))[0]) < len(rest):
            rest, found = labelled   # the bracket closes the labels' last unit (…、市财政局（市国资委）): its second sign
    if found is None:
        rest, found = _run_in_labels(text, form)
    if found is None or not found.has_units or not rest.strip(TRAILING_MARKS):
        return text, None
    return rest, found


def _label_lines(text: str, parts: tuple[str, ...], form: str) -> tuple[str, Assignment | None]:
    """The label lines that close the cell (every line from the first one opening with a
    label word, the task's wording above them; a label of no role, 分值：8分, opens them when
    a role's label follows)."""
    first = next((k for k in range(1, len(parts)) if starts_with_label(parts[k])
                  or holds_label_mark(parts[k]) and starts_with_label("；".join(parts[k:]))), None)
    if first is None:
        return text, None
    tail = join_parts(parts[first:])
    if not text.endswith(tail):
        return text, None
    return text[:-len(tail)].strip(), parse_labels("；".join(parts[first:]), form)


def _run_in_labels(text: str, form: str) -> tuple[str, Assignment | None]:
    """The labels run on after the task's last sentence in the same line, with no bracket
    (``……以上。责任单位：A、B``), as a paragraph of the inline-label form prints them
    (docs/forms.md): the first label standing right after a sentence's end opens them, and
    they name the cell's units when the label grammar reads units there (holdout halfyear-huzhou:
    a progress report's 目标任务 cells, the plan's item with its 责任单位 list).  A closing bracket after
    such labels stands inside them (``……。牵头单位：A；配合单位：B、市财政局（市国资委）``: the last unit's second
    sign), so they win over it (``cell_assignment``)."""
    for m in label_hits(match_copy(text)):
        k = m.start()
        if k == 0 or text[k - 1] not in SENTENCE_ENDS:
            continue
        found = parse_labels(text[k:], form)
        if found is not None and found.has_units:
            return text[:k].strip(), found
        break
    return text, None


def cell_deadline(text: str) -> tuple[str, Assignment | None]:
    """(``text`` without it, the fields) of a bracket closing a task cell that names no unit and
    states a deadline: only a deadline (``……。（2022年6月底前）``) or labelled fields with one
    (``（完成时限：年底前）``), read as the text forms read an item's unit-less bracket
    (``inline.unitless_bracket``); (``text``, None) when there is none, or nothing but it."""
    if text.rstrip(TRAILING_MARKS)[-1:] not in _CLOSING:
        return text, None   # most task cells end in no bracket: not asked
    rest, found = unitless_bracket(text)
    if found is None or found.deadline is None or not rest.strip(TRAILING_MARKS):
        return text, None
    return rest, found


def group_units(title: str) -> tuple[str, Assignment | None]:
    """(``title`` without its clause, the units it names for the rows under it) of a group row's
    title (its numbering already cut off): its own closing clause, read as a paragraph's is,
    or heading wording naming a lead (kept in the title, as the text forms keep it);
    (``title``, None) when it names no unit."""
    rest, found = split_assignment(title)
    if found is not None and found.has_units and rest.strip(TRAILING_MARKS):
        return rest.rstrip(TRAILING_MARKS), found
    return title, parse_heading_lead(title)


def with_group(draft, group: Assignment | None):
    """``draft`` (a ``DraftMeasure``) with the units of its group row where it names no lead:
    a row naming nothing takes the group's lead and support, one naming support only takes its
    lead (a heading naming a lead in the text forms gives it so); its own deadline wins."""
    if group is None or draft.lead_cells or (draft.support_cells and not group.lead):
        return draft
    return replace(draft, lead_cells=group.lead, support_cells=draft.support_cells or group.support,
                   deadline=draft.deadline or group.deadline, from_responsible=group.from_responsible,
                   extra={**group.extra, **draft.extra})


@dataclass(frozen=True)
class RowEvent:
    """A table's row as ``ranges.covered_items`` reads an outline's item: a measure row (its
    index among the measures, its printed number) or a section row, an outer item whose number
    names no row (a range counts only measure rows and stops at a section's row)."""

    index: int | None
    no: int | None
    rank: int
    kind: str
    letter_part: int = 0   #: a table is all one part of its notice


#: the rank of a section row and of a measure row (a section's is outer)
SECTION_RANK, ROW_RANK = 0, 1


def range_row(text: str, deadline: str = "") -> Assignment | None:
    """The assignment of a row whose only text ``text`` names the rows it covers
    (``inline.read_range_line``), with the row's own deadline cell's ``deadline`` when its
    clause names none; None for any other row."""
    found = read_range_line(text)
    if found is not None and deadline and not found.deadline:
        found = replace(found, deadline=deadline)
    return found


def task_range_row(row, plan) -> Assignment | None:
    """``range_row`` of a body row (``grid.Cell`` list; ``tablerow.RowPlan``) printed in the task
    column: one task cell holds the clause, every other cell of its own is empty but the
    deadline's (cells carried down a rowspan, a section's, are no text of the row's)."""
    texts, deadline = [], []
    for i, cell in enumerate(row):
        if not cell.text or cell.row_copy or cell.col_copy:
            continue
        if i in plan.measure:
            texts.append(cell.text)
        elif i in plan.deadline:
            deadline.append(cell.text)
        else:
            return None   # a number, a unit, a note: a row of its own
    return range_row(texts[0], " ".join(deadline)) if len(texts) == 1 else None


def cover_rows(measures: list, marks: list) -> None:
    """Give each range row to the measure rows it covers (``with_group``: a row naming its own
    lead keeps it).  ``marks`` holds the table's range rows and the first rows of its sections,
    in order, each as (how many measures came before it, the range row's assignment or None for
    a section's row); the measure rows fall between them (``row_events``)."""
    if all(mark is None for _, mark in marks):
        return   # most tables: no range row, and no events to build
    events = row_events(measures, marks)
    for g, event in enumerate(events):
        if isinstance(event, Assignment):
            before, after = events[g - 1::-1] if g else [], events[g + 1:]
            for row in covered_items(before, after, event.covers):
                measures[row.index] = with_group(measures[row.index], event)


def row_events(measures: list, marks: list) -> list:
    """The table's rows as ``ranges.covered_items`` reads an outline's events, in order: a
    ``RowEvent`` per measure row and per section row, and the range rows' assignments."""
    events: list = []
    done = 0   # the measure rows placed so far
    for at, mark in marks:
        events.extend(RowEvent(k, measures[k].measure_no, ROW_RANK, "row") for k in range(done, at))
        done = at
        events.append(RowEvent(None, None, SECTION_RANK, "section") if mark is None else mark)
    events.extend(RowEvent(k, measures[k].measure_no, ROW_RANK, "row") for k in range(done, len(measures)))
    return events


def note_units(text: str, form: str) -> tuple[str, Assignment | None]:
    """(what of a note column's cell is a note, the units its labels name) of a cell that holds
    a unit label (``配合单位：A、B``, ``列入年度考核。协办单位：C``): the labels are read by
    ``assign.parse_labels``, and what stands before the first one is the note (a deadline
    phrase there is the labels' deadline, no note); (``text``, None) when no label names a unit."""
    if not holds_label_mark(text):
        return text, None
    found = parse_labels(text, form)
    if found is None:
        return text, None
    head = text[:label_hits(match_copy(text))[0].start()].strip(TRAILING_MARKS + "：:、")
    prose = found.extra.get(NOTE_KEY, "")   # what stands after a label's unit lists (unitvalue.read_unit_value)
    found = replace(found, extra={k: v for k, v in found.extra.items() if k != NOTE_KEY})
    note = "；".join(p for p in ("" if is_deadline_phrase(head) else head, prose) if p)
    return (note, found) if found.has_units else (text, None)


def with_notes(draft, cells: list[tuple[str, str]]):
    """``draft`` with the units its note cells (header name, text) name behind labels, read as
    the labels of one labelled cell with the row's unit columns: a lead label beside a bare
    责任单位 column makes that column support (as 责任单位 beside 牵头单位 does in a labelled
    cell), support labels add support, a deadline label fills a row no column gives one.  A
    cell naming units keeps only its note in ``extra``; a cell without a unit label is a note,
    unless the date grammar reads it whole (``2020年12月``, merged over a group's rows): the
    rows' deadline where no column gives one, and no note then."""
    extra = dict(draft.extra)
    for name, text in cells:
        if draft.deadline is None and is_deadline_phrase(text.strip()):
            extra.pop(name, None)
            draft = replace(draft, deadline=text.strip())
            continue
        rest, found = note_units(text, draft.form)
        if found is None:
            continue
        extra = {**found.extra, **extra}   # a leader label (责任领导：…) names people: kept as a note
        if rest:
            extra[name] = rest
        else:
            extra.pop(name, None)
        draft = _add_labelled(draft, found)
    return replace(draft, extra=extra)


def _add_labelled(draft, found: Assignment):
    """``draft`` with ``found``'s units, the roles settled over both as ``assign`` settles one
    labelled cell: leads named by a lead word lead, bare 责任单位 lists lead only where none does."""
    responsible = ((draft.lead_cells if draft.from_responsible else ())
                   + (found.lead if found.from_responsible else ()))
    lead = (() if draft.from_responsible else draft.lead_cells) + (() if found.from_responsible else found.lead)
    support = draft.support_cells + found.support
    if lead:
        support, from_responsible = _without(support + responsible, lead), False
    else:
        lead, from_responsible = responsible, bool(responsible)
    return replace(draft, lead_cells=lead, support_cells=support, from_responsible=from_responsible,
                   deadline=draft.deadline or found.deadline)


def _without(support: tuple[str, ...], lead: tuple[str, ...]) -> tuple[str, ...]:
    """``support`` without the units ``lead`` names (a 责任单位 column listing the unit a note
    labels 牵头: the lead wins), split into names (``conventions.split_units``) only then."""
    leads = {_unit_key(u) for cell in lead for u in split_units(cell)}
    names = [u for cell in support for u in split_units(cell)]
    if not any(_unit_key(u) in leads for u in names):
        return support
    return tuple(u for u in names if _unit_key(u) not in leads)


def _unit_key(name: str) -> str:
    return compact(simplified(name))
