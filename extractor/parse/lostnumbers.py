"""Items whose numbers are not printed: paragraphs an assignment follows, and headings' glued first items.

A copy that lost Word's auto-numbering prints a list's items as bare paragraphs, each followed by its
stand-alone assignment or closing with its own; a heading may hold its first such item run into it, and a
numbered heading over one task paragraph and its assignment holds that task.  The outline (``outline.py``)
collects the paragraphs as ``Bare`` events; once all are read, this room makes items of them, numbered by
their place in the notice (``number_bare_items``), and cuts the tasks off their headings (``cut_headed_tasks``).
"""
from __future__ import annotations

from .assign import Assignment
from .headlines import first_item_start
from .items import BARE_KIND, BARE_RANK, HEADED_TASK_KIND, Bare, Item
from .outlineheads import headed_tasks, plan_after_letter, unnumbered_items
from .runinschedule import run_in_schedule
from ..text import SENTENCE_ENDS

#: paragraphs that end with their own assignment where no item waits for one make a list of
#: items whose numbers were lost when there are at least this many (one such paragraph is a
#: note after an item, not a list)
MIN_BARE_OWN_ITEMS = 2


def cut_headed_tasks(events: list) -> None:
    """A numbered heading over ONE task paragraph and its stand-alone assignment (``（七）抓好农业技能培训`` /
    ``围绕…。`` / ``责任单位：…``: ``outlineheads.headed_tasks``) is a section holding that task: the paragraph is cut
    off the heading as an item of its own, numbered as the heading is (the one number the notice prints for it)."""
    for i in reversed(headed_tasks(events)):
        head = events[i]
        task = Item(HEADED_TASK_KIND, BARE_RANK, head.no, "", head.more[0], letter_part=head.letter_part)
        head.more = []
        events.insert(i + 1, task)


def number_bare_items(events: list, signed: bool) -> list:
    """Items whose numbers are not printed (Word's auto-numbering lost in a copy):
    when paragraphs with no number stand between two stand-alone assignments
    (``…。`` / ``牵头单位：…`` / ``企业开办…。`` / ``牵头单位：…``), each paragraph an
    assignment follows is an item, numbered by its place in the notice.  The
    first one under a heading was read as the heading's text: it is cut off it,
    unless the heading's numbering kind also numbers measures of its own.  A heading's
    one item printed with no number (``outlineheads.lone_items``), or each heading's of a list of
    headings over one paragraph each (``outlineheads.headed_paragraphs``), is cut off it the same way."""
    events = [e for e in events if not isinstance(e, Bare) or e.texts]
    bare_between = any(isinstance(e, Bare) and 0 < i < len(events) - 1 and isinstance(events[i - 1], Assignment)
                       and isinstance(events[i + 1], Assignment) for i, e in enumerate(events))
    if not (bare_between or bare_own_list(events) or unnumbered_items(events) or lone_own_measure(events)):
        return [e for e in events if not isinstance(e, Bare)]
    glued = glued_headings(events)
    measure_kinds = {e.kind for i, e in enumerate(events[:-1]) if isinstance(e, Item) and i not in glued
                     and ((e.own is not None and not e.more_own)
                          or (not e.more and isinstance(events[i + 1], Assignment)))}
    out: list[Item | Assignment] = []
    count = 0
    cover = signed and plan_after_letter(events)   # a letter before the plan, not the plan itself
    for i, e in enumerate(events):
        follows = i + 1 < len(events) and isinstance(events[i + 1], Assignment)
        if isinstance(e, Bare):
            if follows or (e.own is not None and (e.letter_part or not cover)):   # not a cover letter's
                tasks = scheduled_tasks(e.texts) if e.own is None else None
                for text in tasks or ["".join(e.texts)]:
                    count += 1
                    out.append(_bare_item(count, text, e.own, e.letter_part, scheduled=tasks is not None))
            continue
        out.append(e)
        if not isinstance(e, Item) or e.kind in measure_kinds:
            continue
        first, tasks = None, []
        if i in glued:
            e.text, first = e.text[:glued[i]], e.text[glued[i]:]
        elif e.more and (e.more_own or (e.own is None and follows)):
            tasks, first, e.more = list(e.more), "".join(e.more), []
        if first is not None:
            tasks = scheduled_tasks(tasks) if e.own is None else None
            for text in tasks or [first]:
                count += 1
                out.append(_bare_item(count, text, e.own, e.letter_part, scheduled=tasks is not None))
            e.own = None
    return out


def scheduled_tasks(texts: list[str]) -> list[str] | None:
    """The paragraphs of a run with no numbers, each a task of its own, when every one closes with its own schedule
    run in (``改建…4家。项目具体实施进度为：第一季度…。`` / ``在6家…系统。项目具体实施进度为：…。``:
    ``runinschedule.run_in_schedule``): a paragraph so closed is a whole task, as one closing with its own bracket
    is, and the run over one stand-alone line (``上述项目由区商务委牵头负责。``) is that many items; else None (the run
    is one item's paragraphs, as before)."""
    if not texts or not all(run_in_schedule(t)[1] is not None for t in texts):
        return None
    return list(texts)


def _bare_item(count: int, text: str, own: Assignment | None, letter_part: int, scheduled: bool = False) -> Item:
    """An item whose number was lost, numbered ``count``; where it is one paragraph closing with its schedule run in
    (``scheduled``: ``scheduled_tasks``), the schedule, naming no unit, is its part, read with the units a line under
    it or a heading gives (``ranges.give_units``)."""
    item = Item(BARE_KIND, BARE_RANK, count, "", text, own=own, letter_part=letter_part)
    if scheduled:
        item.part_text, item.part = run_in_schedule(text)
    return item


def bare_own_list(events: list) -> bool:
    """Paragraphs ending with their own assignment make a list of items whose numbers were
    lost: at least ``MIN_BARE_OWN_ITEMS`` of them, counting the first item under a heading
    (a numbered line that is no sentence, ``（一）促进产业发展（牵头领导：…）``, whose own assignment
    came in the paragraph after it), when one such paragraph stands where no item waits: a
    section of one item prints its item glued under its heading alone."""
    bare = sum(isinstance(e, Bare) and e.own is not None for e in events)
    under_headings = sum(isinstance(e, Item) and e.more_own and not e.text.rstrip().endswith(SENTENCE_ENDS)
                         for e in events)
    return bare > 0 and bare + under_headings >= MIN_BARE_OWN_ITEMS


#: the form of an assignment read from a sentence of prose (``由A牵头，B配合，…``), not from a bracket or a label
PROSE_FORM = "prose"


def lone_own_measure(events: list) -> bool:
    """ONE paragraph ending with its own assignment where nothing else of the notice assigns anything (no item
    holds an assignment, no stand-alone assignment line, no other such paragraph): a page that prints one task
    of a plan with its bracket, as a news site's lead copies one measure before the notice's letter and the
    store cuts the list (tests/fixtures/README.md "A news lead that copies one measure before the notice it
    reposts"; holdout leadmeasure-heilongjiang-2022-1, batch 122).  Among other items such a paragraph is a note
    after an item (``MIN_BARE_OWN_ITEMS``); alone it is the page's one measure, where before the page gave none.
    The assignment must be the paragraph's closing bracket: a sentence of prose assigning work (``会议明确，由A牵头，
    B配合，于4月底前完成…。``) is a news story's report of a meeting, no copied measure (tests/test_clause_run.py)."""
    owned = [e for e in events if isinstance(e, Bare) and e.own is not None]
    return len(owned) == 1 and owned[0].own.form != PROSE_FORM and not any(isinstance(e, Assignment) or (isinstance(e, Item) and e.own is not None)
                                       for e in events)


def glued_headings(events: list) -> dict[int, int]:
    """{event index: where its first item begins} for the headings run into their first
    unnumbered item: a copy that lost the line breaks as well as the item numbers prints
    ``一、政务服务推进“一件事一次办”…。`` / ``牵头单位：…`` / ``企业开办…。`` / ``牵头单位：…``.
    A numbered item is such a heading when an assignment follows it right away, its first
    item begins at the last run of task verbs (``task_openers``) in its opening phrase, and
    one item of its numbering kind has an unnumbered item under it (a section may hold one
    item only)."""
    found, kinds = {}, set()
    for i, e in enumerate(events[:-1]):
        if not isinstance(e, Item) or e.more or (e.own is None and not isinstance(events[i + 1], Assignment)):
            continue
        cut = first_item_start(e.text)
        if cut is not None:
            found[i] = cut
            if isinstance(next((x for x in events[i + 1:] if isinstance(x, (Item, Bare))), None), Bare):
                kinds.add(e.kind)
    return {i: cut for i, cut in found.items() if events[i].kind in kinds}
