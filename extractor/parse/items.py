"""The records an outline (``outline.Outline``) is built of, in reading order: numbered items,
paragraphs with no number where no item waits for its text, and lines that are only a
unit's name.  The parsers of text-form notices (``labelled.py``, ``inline.py``) make the
items; the outline's passes (``outline.py``, ``fromheadings.py``) read and change them; the last functions
ask what an item prints (``opens_measure``, ``closes_measure``) and make its draft measure."""
from __future__ import annotations

from dataclasses import dataclass, field

from .assign import Assignment, with_notes
from .roles import checking_label_words
from ..hanzi import simplified
from ..models import DraftMeasure, Section


@dataclass(eq=False)
class Item:
    """One numbered paragraph while the outline is being built.

    Compared by identity (``in``, ``index``, ``==``): two paragraphs printed alike are still two,
    and the outline asks whether an item IS one it set aside (a cover letter's point or
    requirement), never whether one reads the same."""

    kind: str                 #: numbering kind (patterns.NUMBERING), e.g. "num"
    rank: int                 #: level, 0 outermost
    no: int | None            #: the number as an integer (None for △)
    label: str                #: the number as printed, e.g. "（一）"
    text: str                 #: wording after the number
    more: list[str] = field(default_factory=list)  #: continuation paragraphs
    own: Assignment | None = None    #: assignment printed in the paragraph itself
    group: Assignment | None = None  #: assignment from a line after it
    #: a bracket of its own that names no unit (（完成时限：持续推进）), and the text
    #: without it: used when a heading's lead makes the item a measure
    part: Assignment | None = None
    part_text: str = ""
    #: how many continuation paragraphs stood before its part: those after it are not its text
    part_more: int = 0
    #: how many signature dates and attachment marks (附件2) stand before it: the part of the notice
    #: it stands in (the letter's points are not the plan's sections, nor 附件1's headings 附件2's)
    letter_part: int = 0
    #: ``own`` was printed in a paragraph after the number's (a bare item glued to its heading)
    more_own: bool = False
    #: rule notes printed on lines of their own right over it (``注：以下各项均需X落实，不再逐项列出``:
    #: ``Outline.add_rule``), for the first measure from it on
    rules: list[str] = field(default_factory=list)
    #: rule notes looking back (``注：以上各项均需X落实，不再逐项列出``) printed on lines of their own after it,
    #: for the last measure up to it
    closing: list[str] = field(default_factory=list)
    #: the date a sentence after it sets for the whole list up to it (``上述…务必于4月18日前整改完毕``:
    #: ``deadlinephrases.parse_closing_deadline``), for the measures up to it that print none
    due_after: str | None = None
    #: a clause after the first of an unnumbered paragraph dividing the work (``pointclauses.paragraph_clauses``):
    #: its measure shares the place, and so the number, of the clause before it
    shares_place: bool = False

    @property
    def assignment(self) -> Assignment | None:
        """The assignment that makes this item a measure, if any."""
        return self.own or self.group

    def take_part_text(self) -> None:
        """Its text once its part makes it a measure: the wording before the part; a paragraph
        after the part (a page's footer under the last item) is not its text, as none is after
        an item's own assignment."""
        self.text = self.part_text
        del self.more[self.part_more:]


@dataclass
class Bare:
    """Paragraphs with no number where no item waits for its text (after an
    assignment): an item whose printed number was lost, when an assignment follows
    or the paragraph ends with its own (``own``)."""

    texts: list[str]
    letter_part: int = 0
    own: Assignment | None = None
    #: paragraphs where nothing numbered stands before (the top of the text, or right after the
    #: letter's signature date): only the last one can be the first item, the others are the
    #: letter's or the plan's title
    lead_in: bool = False
    #: the line that opened the part this lead-in starts (the signature date, an attachment's mark,
    #: a list's own title), which is no paragraph of it
    opened_by: str = ""
    #: the lead-in's paragraph before its last one (a preamble over a heading: ``…提出如下任务分工：``), or ""
    before: str = ""
    #: the lead-in's paragraph before ``before`` (a subheading over the list's lead-in sentence:
    #: ``outlineheads.lead_in_heading``), or ""
    above_before: str = ""


@dataclass
class Topic:
    """A short line with no number standing right over a numbered item (``壮大特色产业`` between
    ``7.…（牵头单位：…）`` and ``8.…``): the heading of the items under it where the notice prints
    such lines between its items (``outline.Outline._take_topic_lines``), else read as the text it
    was before."""

    text: str
    letter_part: int = 0
    #: the dash-bulleted item it was printed as (``——推进教育高质量发展``), given back as that item
    #: where it heads nothing
    item: Item | None = None


@dataclass
class UnitHeading:
    """A line that is only a unit's name (``市发改委``) in the body: in a list grouped
    by department it heads the items that unit leads."""

    found: Assignment
    text: str


@dataclass
class RoleHeading:
    """A line without a number that is only a role sub-heading (``牵头任务``, ``配合任务：``,
    ``headlines.role_line``): under a unit's name line it gives that unit this role for the
    items below it."""

    role: str   #: "lead" | "support"
    text: str


#: a list grouped by department prints one heading per lead unit; a single unit
#: name alone on a line (a signature, a stray line) is no such grouping
MIN_UNIT_HEADINGS = 2

#: the numbering kind (numbering.NUMBERING) of a line opening with an item mark (▲ △ ★ …): no number
MARK_KIND = "mark"

#: the numbering kind and level of an item whose number is not printed: innermost
BARE_KIND = "bare"
BARE_RANK = 99
#: the numbering kind of a topic line heading items (``Topic``): no number printed, numbered by its
#: place among the sections
TOPIC_KIND = "topic"
#: a notice prints its topics between its items more than once: one short line over an item is
#: as likely a wrapped heading's rest
MIN_TOPIC_LINES = 2
#: the numbering kind of the one task paragraph under a numbered heading that holds it alone
#: (``outlineheads.headed_tasks``): innermost (``BARE_RANK``), numbered as its heading
HEADED_TASK_KIND = "headed-task"
#: the numbering kind of a clause of a run of assigning clauses in one paragraph (``clauserun.py``):
#: no number printed, innermost level, numbered by its place
CLAUSE_KIND = "clause"


#: the marks that part a sentence's clauses without ending it: an item's text stopping at one goes on below
CLAUSE_MARKS = "，；、,;"


def cut_at_clause(item: Item) -> bool:
    """``item``'s text as far as read stops at a clause mark (``CLAUSE_MARKS``: ``4.市交通运输局：负责推进…医院；``):
    its sentence goes on in the paragraph under it, where the copy broke its line (a hard wrap its reader did not
    find, a line ending short of the width).  ``Outline.add_more`` adds that paragraph to its text even when the
    item's own assignment came with it (the units before the colon): before session 54 the paragraph was dropped
    and the measure's text stopped at the ；(blindsynth seed 12492)."""
    return (item.more[-1] if item.more else item.text).rstrip().endswith(tuple(CLAUSE_MARKS))


def opens_measure(events, at: int) -> bool:
    """``events[at]`` is an item that is a measure by what it prints: its own assignment, or a
    stand-alone one under it (labelled lines right under it, or a line closing the run of bare items of its
    kind it opens: ``（1）…`` ``（2）…`` ``以上两项目标的责任单位均为X。``, blindsynth BLIND5201 cause 4)."""
    item = events[at] if at < len(events) else None
    if not isinstance(item, Item):
        return False
    if item.own is not None:
        return True
    for e in events[at + 1:]:
        if isinstance(e, Assignment):
            return True
        if not (isinstance(e, Item) and e.kind == item.kind and e.own is None):
            return False
    return False


def opens_over_steps(events, at: int, measure_kinds: set[str]) -> bool:
    """``events[at]`` is an item printed over its steps and then one stand-alone assignment (``3.加快城市更新步伐`` /
    ``（1）…；`` / ``（2）…。`` / ``牵头单位：X`` or a bracket line alone): no units of its own, at least one item of a
    level below it right under it, none with units of its own, and then the assignment; and its kind is a measure's
    elsewhere in the notice (``measure_kinds``), so the steps are its text (``foldsteps.fold_sub_items`` folds them
    so) and the item is the measure.  A topic line over it heads a measure as over an item closing with its own
    bracket (the generator's session-60 cause 1)."""
    item = events[at] if at < len(events) else None
    if not isinstance(item, Item) or item.own is not None or item.kind not in measure_kinds:
        return False
    steps = 0
    for e in events[at + 1:]:
        if isinstance(e, Assignment):
            return steps > 0
        if not (isinstance(e, Item) and e.rank > item.rank and e.own is None):
            return False
        steps += 1
    return False


def counts_place(event, letters) -> bool:
    """``event`` takes a place among the items (the number of a measure printing none): an item outside the cover
    letter's points (``letters``) that is a measure or names only the body checking it (``checked_only``), and opens
    its paragraph's share rather than sharing the one before (``Item.shares_place``)."""
    return isinstance(event, Item) and event not in letters and not event.shares_place \
        and (event.assignment is not None or checked_only(event))


def closes_measure(events, at: int) -> bool:
    """``events[at]`` ends a measure: an item printing its own assignment, or a stand-alone one."""
    e = events[at] if at >= 0 else None
    return isinstance(e, Assignment) or (isinstance(e, Item) and e.own is not None)


def draft_measure(item: Item, section: Section | None, place: int, rules: list[str]) -> DraftMeasure:
    """The measure of ``item``; ``rules``: the rule lines printed over it (``Outline.add_rule``), kept
    in its note after the note of its own."""
    found = item.assignment   # an item with no number (a bullet's: ●, ——; one whose number was
    text = "".join([item.text, *item.more]).strip()   # lost, BARE_KIND) is numbered by its place
    no = place if item.no is None or item.kind == BARE_KIND else item.no
    extra = with_notes(dict(found.extra), rules)
    return DraftMeasure(section=section, measure_no=no, text=text,
                        lead_cells=found.lead, support_cells=found.support, deadline=found.deadline, form=found.form,
                        extra=extra, from_responsible=found.from_responsible)


def checked_only(item: Item) -> bool:
    """Whether ``item``'s own label lines name only the body that reports its figure or checks it
    (``数据提供单位：县统计局``, ``督办单位：…``: ``roles.checking_label_words``): it names no unit and gives no
    measure, and a run of labels after a later item is not its (``Outline._cover_groups``; tests/fixtures/README.md,
    a body that only checks or reports, as an item's only unit)."""
    part = item.part
    return part is not None and not part.lead and not part.support and bool(part.extra) \
        and all(simplified(k) in checking_label_words() for k in part.extra)
