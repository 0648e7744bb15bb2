"""Stage 3, parse: an item's steps folded into its text (the outline's events, ``outline.Outline``).

An item may print its steps (（1）（2）…) on lines of their own, before or after the one set of labels the whole item
shares; the steps are then the item's text, not measures of their own.  Split from outline.py (the house's module
size); the rules are as they were there.
"""
from __future__ import annotations

from .assign import Assignment, parse_heading_lead
from .headlines import heading_unit, opens_with_task_verb, stops_inside_sentence
from .items import MARK_KIND, TOPIC_KIND, Item, opens_measure
from ..hanzi import simplified
from ..lazyre import lazy_re
from ..numbering import is_dash_label
from ..text import vocab

#: the form of an assignment printed as label lines of their own (``牵头单位：X``)
LABELLED = "labelled"


#: steps an item prints before its last one's bracket may be read as the item's stand-alone assignment
#: (``part_glued_bracket``): at least this many, numbered 1, 2 …; one lone ``（1）`` is no run of steps
MIN_GLUED_STEPS = 2


def part_glued_bracket(events: list) -> None:
    """A copy that lost the line break between an item's last step and the bracket line under it (a notice run
    into one line, ``2.稳定扩大就业（1）…；（2）…。（X牵头，Y配合）3.…``, or a hard-wrapped one whose last step
    filled its line to the width, so the wrap joiner took the bracket line for its rest) prints the bracket the
    whole item shares as the last step's own.  Read so, the step alone was a measure, the steps before it (no
    units) were lost and the item was read as a heading.  When an item with no assignment stands over a run of
    steps of one kind a level below it, numbered 1, 2 … (at least ``MIN_GLUED_STEPS``), none with units of its
    own but the last, and the run ends there (what follows is no item of a level below the item's, nor a
    stand-alone assignment), the last step's assignment is parted from it as the stand-alone line it was on the
    page; ``fold_sub_items`` then reads the steps as on the page (the item's text where its level holds measures,
    else the measures, each covered).  Left as they are: an assignment closing a paragraph under the last step
    (a bare item glued to a heading: ``（三）进展缓慢的有1项。`` / ``北山…工程。（责任单位：X）``), and items under a heading
    naming their unit (``一、县发改局牵头工作`` / ``1.…`` / ``2.…`` / ``3.…。（县财政局配合）``: the heading gives each its lead,
    ``fromheadings.give_heading_leads``, and the last one's bracket is its own)."""
    at = 0
    while at < len(events):
        end = _glued_run_end(events, at)
        if end is not None:
            last = events[end]
            events.insert(end + 1, last.own)
            last.own = None
            at = end + 2
        else:
            at += 1


def _glued_run_end(events: list, at: int) -> int | None:
    """The index of the last step of the run ``part_glued_bracket`` parts, when ``events[at]`` heads one, or None."""
    head = events[at]
    if not isinstance(head, Item) or head.assignment is not None or head.kind == TOPIC_KIND:
        return None
    end = at
    while end + 1 < len(events) and isinstance(events[end + 1], Item) and events[end + 1].rank > head.rank:
        end += 1
    steps = events[at + 1:end + 1]
    if len(steps) < MIN_GLUED_STEPS or any(e.kind != steps[0].kind or e.no != k for k, e in enumerate(steps, 1)) \
            or any(e.assignment is not None for e in steps[:-1]) or steps[-1].own is None or steps[-1].more_own \
            or (end + 1 < len(events) and isinstance(events[end + 1], Assignment)):
        return None
    if parse_heading_lead(head.text) is not None or heading_unit(head.text) is not None:
        return None   # a heading naming its items' unit (一、县发改局牵头工作): the last item's bracket is its own
    own = steps[-1].own
    if own.lead and steps[-1].text.startswith(own.lead[0]):
        return None   # 4、西宁晚报社、西宁电视台要开设专栏…: the step names its units as its subject, no bracket glued to it
    return end


def fold_sub_items(events: list) -> None:
    """Sub-items that share their item's one set of labels are its text: an item prints its
    steps ``（1）（2）`` on lines of their own and a stand-alone assignment after the last of
    them (``1.推进污水管网建设：`` / ``（1）…；`` / ``（2）…。`` / ``牵头单位：…``).  When none of the
    steps carries units of its own and the item's level holds measures elsewhere in the
    notice (an item of its kind with its own assignment or one right under it), the steps
    are folded into the item's text (``（1）…；（2）…。``, numbers as printed) and the
    assignment covers the item.  An item whose own assignment closes the paragraph under it holds a measure so
    when its line stops inside a sentence (``headlines.stops_inside_sentence``: ``3.建设…平台29个，实现`` /
    ``镇街全覆盖。（责任单位：…）``, a line a page break cut), not when it is a heading over a paragraph of its own.
    Where the item's level holds no measure (``（一）压缩企业开办
    时间。`` heads its steps everywhere), the steps are the measures, as before."""
    groups = [g for g, e in enumerate(events) if isinstance(e, Assignment) and g and isinstance(events[g - 1], Item)]
    if not groups:
        return   # no stand-alone assignment under an item (the inline form, mostly)
    direct = {e.kind for i, e in enumerate(events) if isinstance(e, Item) and (
        (e.own is not None and (not e.more_own or stops_inside_sentence(e.text)))
        or (i + 1 < len(events) and isinstance(events[i + 1], Assignment)))}
    for g in reversed(groups):   # from the end: deleting steps leaves the earlier indexes as they are
        steps = _steps_before(events, g, direct)
        if steps:
            events[g - len(steps) - 1].more.extend(step.label + step.text + "".join(step.more) for step in steps)
            del events[g - len(steps):g]


def fold_steps_after_labels(events: list) -> list:
    """Steps printed after their measure's label lines are its text (``1.加强古城风貌管控。`` /
    ``牵头单位：X`` / ``（1）…；`` / ``（2）…。``): the items of a level below a measure whose
    labels stand right under it, down to the next item of its level or higher, that carry no
    units of their own and whose numbering kind is no measure's anywhere in the notice, are
    joined to its text with their numbers as printed, as steps printed before the labels are
    (``fold_sub_items``).  Before, they were dropped without a word.  Lines opening with an
    item mark (``MARK_KIND``: ▲ △ ★ …, ``numbering.ITEM_MARKS``) under a measure whose bracket closed
    its own line are its indicators (``…。（牵头单位：X）`` / ``▲增加值增长10%。``): its text
    too, mark kept, as a continuation line is, when no mark item is a measure anywhere.  A dash item the page
    CUTS off is none of these (``cut_dash_item``)."""
    measure_kinds = {e.kind for e in events if isinstance(e, Item) and e.assignment is not None}
    out: list = []
    head: Item | None = None
    labelled = False
    for i, e in enumerate(events):
        if isinstance(e, Item) and head is not None and e.rank > head.rank and e.assignment is None \
                and e.kind not in measure_kinds and (labelled or e.kind == MARK_KIND) \
                and not cut_dash_item(events, i):
            head.more.append(e.label + e.text + "".join(e.more))
            continue
        out.append(e)
        if isinstance(e, Item):
            labelled = e.assignment is not None and i + 1 < len(events) and isinstance(events[i + 1], Assignment)
            head = e if e.assignment is not None else None
        elif not isinstance(e, Assignment):
            head = None
    return out


def cut_dash_item(events: list, at: int) -> bool:
    """``events[at]`` is a dash item (``——规范…``) that the page cuts off: the last item of the notice, its line
    stopping inside a sentence (``headlines.stops_inside_sentence``: ``——规范劳务中介市场秩序，严``), as a copy whose
    stored text lost its tail prints it.  It is an item of its own cut before its units, no measure and no
    indicator of the measure over it (tests/fixtures/README.md "A part of a notice": an item the page cuts off
    before any unit of its own is none; holdout goalsteps-guoban, batch 104: before, its words were glued to the
    text of the bracketed item above it)."""
    item = events[at]
    if not is_dash_label(item.label) or item.more or any(isinstance(e, Item) for e in events[at + 1:]):
        return False
    return stops_inside_sentence(item.text)


def heads_place_problems(events: list, at: int) -> bool:
    """``events[at]`` is a place's name over the problems found there, its steps and then the one set of labels
    closing them (``1.县汽车站`` / ``（1）…；`` / ``（2）…。`` / ``责任单位：X``, or steps numbered from 1 in the place's own
    form, ``_restarted_steps``): a measure once ``fold_sub_items`` folds the steps into its text, which it does after
    the outline has read its topic lines (``outline.Outline._take_topic_lines``).  A topic line right over it so
    stands over a measure, as one over an item printing its labels right under it does (``items.opens_measure``)."""
    head = events[at] if at < len(events) else None
    if not isinstance(head, Item) or head.assignment is not None:
        return False
    g = at + 1
    while g < len(events) and isinstance(events[g], Item) and events[g].assignment is None:
        g += 1
    if g == at + 1 or g == len(events) or not isinstance(events[g], Assignment):
        return False
    run = events[at:g]
    return (all(e.rank > head.rank for e in run[1:]) or bool(_restarted_steps(run))) \
        and _place_over_problems(events, g, head)


def _steps_before(events: list, g: int, direct: set[str]) -> list[Item]:
    """The sub-items right before the stand-alone assignment at ``g`` that are their item's
    steps (``fold_sub_items``), or []."""
    j = g - 1
    while j >= 0 and isinstance(events[j], Item) and events[j].rank >= events[g - 1].rank \
            and events[j].assignment is None and events[j].kind != TOPIC_KIND:
        j -= 1   # a topic line (outline.Outline._take_topic_lines) heads a section, never an item's steps
    head = events[j] if j >= 0 else None
    steps = events[j + 1:g]
    if (restarted := _restarted_steps(steps)) and _place_over_problems(events, g, restarted[0]):
        return restarted[1:]
    if not isinstance(head, Item) or head.assignment is not None or _numbered_on_after(events, g, steps):
        return []
    return steps if head.kind in direct or _place_over_problems(events, g, head) else []


def _numbered_on_after(events: list, g: int, steps: list) -> bool:
    """The one sub-item right over the stand-alone assignment at ``g`` carries it itself: the item right after the
    assignment is of its kind, numbered one on, and a measure by its own units (``（二）推进…。`` / ``1、…`` / labels /
    ``2、…`` / labels: sub-items each over their own labels, the heading their section, tests/fixtures/README.md "An
    item over the sub-items that carry the units").  A lone step sharing its item's labels is followed by the next
    item of the item's level instead.  Only one: under a run of steps the later items prove nothing of the first."""
    after = g + 1
    return len(steps) == 1 and after < len(events) and isinstance(events[after], Item) \
        and events[after].kind == steps[0].kind and steps[0].no is not None and events[after].no == steps[0].no + 1 \
        and opens_measure(events, after)


def _restarted_steps(run: list) -> list[Item]:
    """[the place's item, its steps] when the items ``run`` (those right over a stand-alone assignment, none with
    an assignment of its own) open with a place's name (``names_a_place``) whose problems are numbered from 1 in
    one form (``（4）汽车客运站`` / ``（1）…；`` / ``（2）…。``; ``③人民公园`` / ``（1）…``): the steps of a list numbered
    （1）, (1) or ①, whose form ranks at or below the steps' own (``patterns.NUMBERING``), so that the walk up from
    the labels passes the place's item.  A restart in the list's own form that its numbering does not continue
    (the next item after the labels is ``（5）``) is a run one level down, printed alike; else []."""
    if len(run) < 2 or not all(isinstance(e, Item) for e in run) or run[0].no is None or not names_a_place(run[0].text):
        return []
    steps = run[1:]
    if any(e.kind != steps[0].kind or e.no != k for k, e in enumerate(steps, start=1)):
        return []
    return run


#: a place's name heading the problems found there is a name, not a sentence: at most this long
#: (沙市区红门路沿街商铺: 10; 某某县人民医院门诊楼东侧停车场: 15)
PLACE_NAME_MAX_CHARS = 20


def names_a_place(text: str) -> bool:
    """Whether ``text`` is a place's or a body's name alone (``市图书馆``, ``沙市区北京路菜市场``): no
    punctuation, no task verb nor a heading's other opener (``[outline] unit_heading_not_openers``: 建设, 关于)
    opening it, at most ``PLACE_NAME_MAX_CHARS``, ending in one of ``[outline] place_nouns``."""
    copy = simplified(text.strip())
    outline = vocab()["outline"]
    return 0 < len(copy) <= PLACE_NAME_MAX_CHARS and not _PUNCT_RE.search(copy) \
        and not opens_with_task_verb(copy) and not copy.startswith(tuple(outline["unit_heading_not_openers"])) \
        and copy.endswith(tuple(outline["place_nouns"]))


_PUNCT_RE = lazy_re(r"[，。；：、,.;:！？!?（）()]")


def _place_over_problems(events: list, g: int, head: Item) -> bool:
    """The item ``head`` is a place's name over the problems found there, one set of label lines
    closing them (``1. 市图书馆`` / ``（1）…；`` / ``（2）…。`` / ``问题整改责任单位：X 整改时限：3天``, a 创文
    督查's list): the steps are its text whatever its level holds elsewhere, as every item of such a list
    prints them (tests/fixtures/README.md "Problems handed over for rectification").  The labels are lines
    of their own (a bracket line under steps covers them as measures, threelevel-yuncheng) and close the
    item: what follows is the next item of its level or higher, or nothing."""
    after = events[g + 1] if g + 1 < len(events) else None
    return events[g].form == LABELLED and not head.more and names_a_place(head.text) \
        and (after is None or not isinstance(after, Item) or after.rank <= head.rank)
