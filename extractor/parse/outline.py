"""The numbered outline of a text-form notice, and which items are measures.

The labelled-line and inline parsers read a notice paragraph by paragraph and
feed this builder with numbered items (一、 （一） 1. （1） △ …), their
continuation paragraphs, and assignments: an item's own (a trailing bracket)
or a stand-alone one (labelled lines, a ``（责任单位：…）`` line) that covers
the items just before it, or the items it names (``ranges.py``).

Which numbering level holds the measures is decided per notice: an item is a
measure when an assignment covers it, and its section is the nearest earlier
item of an outer level.  A heading that names a lead
(``一、县示范区管委会牵头工作（8项）``) covers the items of the level below it
(``fromheadings.py``: what items take from the headings over them; the records the
outline is built of are in ``items.py``).
Items of a measure level that nothing covers are named in a warning.

This module collects the events and resolves them; the passes that read a family of shapes
over the whole list are rooms of their own: a unit's name over its items (``unitheads.py``),
items printed with no number (``lostnumbers.py``), a cover letter's own points
(``letterpoints.py``), headings and topic lines (``outlineheads.py``).  So ``(一)`` can be a section in one notice and the
measure level in another, and numbering that runs on across sections is
simply kept as printed.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .assign import HEADING_FORM, Assignment
from .deadlinephrases import parse_closing_deadline
from .fromheadings import (filled, give_closing_deadlines, give_heading_deadlines, give_heading_leads,
                           give_section_units, lead_from_heading, split_lone_duties)
from .foldsteps import fold_steps_after_labels, fold_sub_items, heads_place_problems, part_glued_bracket
from .headlines import closes_with_stop, is_topic_line, opens_point
from .items import (MIN_TOPIC_LINES, TOPIC_KIND, Bare, Item, RoleHeading, Topic, UnitHeading, checked_only,
                    closes_measure, counts_place, cut_at_clause, draft_measure, opens_measure, opens_over_steps)
from .letterpoints import letter_points, letter_requirements
from .lostnumbers import cut_headed_tasks, number_bare_items
from .outlineheads import (dash_topic, excerpt_heading, first_topic, keyword_topics, lead_in_heading, number_head,
                           part_topics, sections_by_head, under_item, unit_lead_in)
from .ranges import cover_named, give_support, give_units
from .unitheads import take_unit_headings
from .unitlists import AHEAD, BACK, rule_line, rule_reach
from ..models import ParsedTable
from ..text import is_record_line, is_signature_date, names_attached_list, opens_part, signs_with_digits

#: item labels a warning names before it says "…"
MAX_NAMED = 8


class Outline:
    """Collects items and assignments in reading order; ``parsed()`` resolves them."""

    def __init__(self) -> None:
        self.events: list[Item | Assignment] = []
        #: the notice's parts so far: the letter, then one more after its signature date and
        #: after each attachment mark (``Item.letter_part``)
        self.parts = 0
        self.signed = False   #: a signature date was met: the part before it is the letter's
        #: a short line with no number after an item (``headlines.is_topic_line``), or a short
        #: dash-bulleted one (``——推进教育高质量发展``: ``dash_topic``), held until the next paragraph
        #: says whether it stands right over a numbered item (a ``Topic``) or not
        self.topic: str | Item | None = None
        #: rule notes on lines of their own not yet over an item (``add_rule``)
        self.rules: list[str] = []
        self.above: str | None = None   #: the last paragraph with no number (``add_more``): a signature date's neighbour

    def add_item(self, item: Item) -> None:
        """A numbered paragraph; a dash-bulleted topic phrase is held as a topic line
        (``dash_topic``)."""
        if self.topic is not None:   # the short line right over it: decided in ``parsed``
            held = self.topic if isinstance(self.topic, Item) else None
            self.events.append(Topic(held.text if held else self.topic, self.parts, held))
            self.topic = None
        item.letter_part = self.parts
        item.rules, self.rules = self.rules, []
        if dash_topic(item):
            self.topic = item
            return
        self.events.append(item)

    def _flush_topic(self) -> None:
        """The short line held (``topic``) stands over no numbered item: read as before."""
        if isinstance(self.topic, Item):
            item, self.topic = self.topic, None
            self.events.append(item)
        elif self.topic is not None:
            text, self.topic = self.topic, None
            self._add_text(text, None)

    def add_more(self, text: str, own: Assignment | None = None) -> None:
        """A paragraph without a number: it continues the last item while that
        item still waits for its assignment, or while its text stops at a clause mark (``cut_at_clause``); anywhere
        else it is ignored.  A short
        line after an item may be a topic heading the items under it: held until
        the next paragraph (``topic``).  A line stating a rule for the items after it is no text
        (``add_rule``)."""
        above, self.above = self.above, text
        if own is None and rule_line(text):
            self.add_rule(text)
            return
        self._flush_topic()
        last_item = next((e for e in reversed(self.events) if isinstance(e, Item)), None)
        if own is None and last_item is not None and (due := parse_closing_deadline(text)) is not None:
            last_item.due_after = due   # 上述…务必于4月18日前整改完毕: the list's date, no item's text
            return
        # a date that lost its 年, 月 and 日 (2022116) beside the signing body's line (under it, or over it where the
        # letter's lines come in another order) signs the letter as a date does (holdout digitpoints-putian)
        signed = is_signature_date(text) or (own is None and (signs_with_digits(text, above)
                                                              or signs_with_digits(above or "", text)))
        if signed or (own is None and (opens_part(text) or is_record_line(text) or names_attached_list(text))):
            # the letter's signature: its points 一、二、 head nothing after it; an attachment's
            # mark (附件2), or a list's own title with no mark over it (…项目清单): the previous
            # list's headings head nothing in it; the notice's record (抄送：…) is no item's text;
            # the letter's line naming the list it sends (附件：某市…任务分工) closes its points even
            # where no signature date follows (a gazette's unsigned letter)
            self.parts += 1
            self.signed = self.signed or signed
            self.events.append(Bare([], self.parts, lead_in=True, opened_by=text))
            return
        last = self.events[-1] if self.events else None
        if isinstance(last, UnitHeading) and own is None and unit_lead_in(Bare([text])):
            self.events.append(Bare([text], self.parts))   # …主要承担以下工作： under the name: see unitheads.py
            return
        if isinstance(last, UnitHeading):   # a unit's name over a paragraph heads no items
            self.events.pop()
            self.add_more(last.text)
            last = self.events[-1] if self.events else None
        if own is None and is_topic_line(text, closing_stop=True) and (
                isinstance(last, (Item, Assignment)) or closes_with_stop(text)):
            # over the list's first item a topic closing with a stop is only a candidate (``first_topic``)
            self.topic = text
            return
        self._add_text(text, own)

    def _add_text(self, text: str, own: Assignment | None) -> None:
        """A paragraph without a number, by what stands before it (``add_more``)."""
        last = self.events[-1] if self.events else None
        if isinstance(last, Item) and last.own is None:
            last.more.append(text)
            last.own, last.more_own = own, own is not None
        elif isinstance(last, Item) and own is None and not last.more_own and cut_at_clause(last):
            last.more.append(text)
        elif isinstance(last, Bare) and last.lead_in:
            last.above_before, last.before = last.before, last.texts[-1] if last.texts else ""
            last.texts, last.own, last.lead_in = [text], own, own is None
        elif isinstance(last, Bare) and last.own is None:
            last.texts.append(text)
            last.own = own
        elif last is None and own is None:
            self.events.append(Bare([text], self.parts, lead_in=True))
        elif isinstance(last, Assignment) and own is None:
            self.events.append(Bare([text], self.parts))
        elif own is not None and isinstance(last, Item) and last.own is not None and not last.more_own \
                and opens_point(number_head(self.events, last)):
            # 1.控制用水总量。…。［A牵头，B配合］ / 严控地下水超采。…。［A牵头，C配合］: a paragraph closing with its own bracket under
            # an item opening with a heading sentence and closing with its own (or under such a paragraph) is another task
            # under the item's number (README: a number over several tasks stays each task's; holdout sqnote-jiamusi, batch
            # 63; qmarkbrackets-henan, batch 113, whose tasks open with no heading); before, a lone bare paragraph, dropped
            self.events.append(Item(last.kind, last.rank, last.no, last.label, text, own=own,
                                    letter_part=last.letter_part))
        elif own is not None:
            # a paragraph with its own assignment where no item waits for one: an item whose
            # number was lost (each paragraph of the list ends with its bracket)
            self.events.append(Bare([text], self.parts, own))

    def join_point(self, text: str, found: Assignment, kinds: frozenset[str], reads: Callable[[str], bool]) -> bool:
        """An unnumbered paragraph right under a point of ``kinds`` that gives its duties to the subjects of its
        sentences (``modalduties.modal_kinds``) and that itself opens with such a subject (``found``: its
        assignment, ``modalduties.joined_paragraph``) goes on with that point: its text joins the point's with
        nothing between, its units join the point's (a unit leading anywhere in the point leads); False (nothing
        changed) where no such point stands right before it: one whose own words name its doers so (``reads``:
        ``modalduties.modal_duty``), not one closing with a clause of 由 or a bracket (a list's closing demand after its
        last item is no part of it: holdout closing-huaiyang-2024-3) (tests/fixtures/README.md "A point named by its topic
        whose sentences give its duties to several subjects"; holdout topicpoints-guangdong-1999-9, batch 131:
        before, the paragraph was dropped with its two units)."""
        last = self.events[-1] if self.events else None
        if self.topic is not None or not isinstance(last, Item) or last.kind not in kinds or last.own is None \
                or last.group is not None or not reads(last.text):
            return False
        lead = tuple(dict.fromkeys((*last.own.lead, *found.lead)))
        support = tuple(u for u in dict.fromkeys((*last.own.support, *found.support)) if u not in lead)
        last.more.append(text)
        last.own = replace(last.own, lead=lead, support=support)
        return True

    def add_complement(self, found: Assignment) -> bool:
        """A labelled line right under an item whose own clause left a field
        out (``…由X牵头，Y配合。`` / ``完成时限：2024年12月底前``) fills it in; False
        (nothing changed) when the line names a field the clause already has,
        or adds nothing, or no such item stands right before it."""
        self._flush_topic()
        last = self.events[-1] if self.events else None
        if not isinstance(last, Item) or last.own is None:
            return False
        own = last.own
        pairs = ((own.lead, found.lead), (own.support, found.support), (own.deadline, found.deadline))
        if any(mine and theirs for mine, theirs in pairs) or not any(theirs for _mine, theirs in pairs):
            return False
        last.own = filled(own, found)
        return True

    def add_part(self, found: Assignment) -> None:
        """Labelled lines naming no unit (``完成时限：…``) right under an item that has no
        assignment: its own part, read when a heading gives it units."""
        self._flush_topic()
        last = self.events[-1] if self.events else None
        if isinstance(last, Item) and last.assignment is None and last.part is None:
            last.part, last.part_text, last.part_more = found, last.text, len(last.more)

    def add_unit_heading(self, text: str, name: str | None = None) -> None:
        """A line holding only a unit's name (``name``: ``headlines.unit_line``, the line without the
        colon that may close it); see ``unitheads.take_unit_headings``."""
        self._flush_topic()
        self.events.append(UnitHeading(Assignment(lead=(name or text.strip(),), form=HEADING_FORM), text))

    def add_role_heading(self, role: str, text: str) -> None:
        """A line without a number that is only a role sub-heading (``配合任务：``); see ``unitheads.take_unit_headings``."""
        self._flush_topic()
        self.events.append(RoleHeading(role, text))

    def add_rule(self, text: str) -> None:
        """A line of its own stating a rule for the items after it (``注：以下各项任务均需X落实，不再逐项
        列出。``: ``unitlists.rule_line``): no item's text; the first measure from the next item on keeps it
        as its note, which ``conventions.give_every_item_units`` reads as if printed in its bracket.  A rule
        looking back (``以上各项…``, ``上述任务…``: ``unitlists.rule_reach``) is the note of the last measure
        above it, for the measures up to it; one saying neither after the last item (``_closing_rules``) holds
        for the list above it, and one looking ahead there heads nothing and is dropped."""
        self._flush_topic()
        last = next((e for e in reversed(self.events) if isinstance(e, Item)), None)
        if last is not None and rule_reach(text, owned=False) == BACK:
            last.closing.append(text)
        else:
            self.rules.append(text)

    def add_group(self, assignment: Assignment) -> None:
        """A stand-alone assignment covering the items just before it."""
        self._flush_topic()
        self.events.append(assignment)

    def parsed(self) -> ParsedTable:
        """Sections and draft measures: every item an assignment covers."""
        self._flush_topic()
        part_glued_bracket(self.events)   # an item's bracket a copy ran into its last step's line
        self.events = part_topics(self.events)   # a plan's parts as short lines (综合目标分解 … 具体任务分解 / 一、…)
        self._take_topic_lines()
        self.events, unit_heads = take_unit_headings(self.events)
        split_lone_duties(self.events)
        self.events = keyword_topics(self.events)   # 关键词 教育 over unnumbered items (outlineheads)
        self.events = lead_in_heading(self.events)   # a subheading over the lead-in of unnumbered items (outlineheads)
        cut_headed_tasks(self.events)
        self.events = number_bare_items(self.events, self.signed)
        fold_sub_items(self.events)
        warnings = self._cover_groups()
        give_section_units(self.events)
        give_heading_leads(self.events)
        for item, head in unit_heads:
            (lead_from_heading if head.lead else give_support)(item, head)
        give_heading_deadlines(self.events)
        give_closing_deadlines(self.events)
        self.events = fold_steps_after_labels(self.events)
        letters = letter_points(self.events)
        requirements = letter_requirements(self.events)
        heads: list[Item] = []          # the heading item of each section, in order
        report_heads: list[Item] = []   # headings over report-only items alone (counted, not listed)
        placed: list[tuple[Item, Item | None, list[str]]] = []
        places, seen = [], 0   # each placed item's place among the items, a report-only one's too (bulletdata-anji)
        rules: list[str] = []   # rule lines over a heading go on to the first measure under it
        for i, event in enumerate(self.events):
            rules.extend(event.rules if isinstance(event, Item) else ())
            seen += counts_place(event, letters)
            if isinstance(event, Item) and event.assignment is not None and event not in letters:
                head = self._section_of(i, requirements)
                if head is not None and head not in heads:   # (Item compares by identity)
                    heads.append(head)
                placed.append((event, head, rules))
                places.append(seen)
                rules = []
            elif counts_place(event, letters):   # names only the body reporting it: its heading keeps its place
                head = self._section_of(i, requirements)
                if head is not None and head not in heads and head not in report_heads:
                    report_heads.append(head)
            if isinstance(event, Item) and event.closing and placed:   # 以上各项…: the last measure up to it
                placed[-1][2].extend(event.closing)
        self._closing_rules(placed)
        # listed where they are printed: a sub-item's heading (17. over its (2)) may hold a measure before the
        # heading above it does (（二） holding 18. after it), and is still listed after that heading
        order = {id(e): i for i, e in enumerate(self.events)}
        # a heading over a measure too is listed; one of another level than the sections' numbers none of them
        report_heads = [h for h in report_heads if h not in heads and any((g.kind, g.rank) == (h.kind, h.rank)
                                                                          for g in heads)]
        sections = sections_by_head(sorted(heads + report_heads, key=lambda h: order[id(h)]), report_heads)
        measures = [draft_measure(item, head and sections[id(head)], place, rules)
                    for place, (item, head, rules) in zip(places, placed)]
        unread = self._unassigned_items()
        if unread:
            warnings.append(f"{len(unread)} numbered item(s) at the measures' level name no unit and were "
                            f"not read as measures: {' '.join(unread[:MAX_NAMED])}"
                            + (" …" if len(unread) > MAX_NAMED else ""))
        return ParsedTable(tuple(sections.values()), tuple(measures), tuple(warnings))

    def _closing_rules(self, placed: list[tuple[Item, Item | None, list[str]]]) -> None:
        """The rule lines after the last item (``add_rule``) that do not look ahead (``以下各项…`` heads
        nothing there): a rule saying neither which items (``注：本表各项任务均需X落实，不再逐项列出``) closes the
        list above it, so the first measure of that list (the notice's part its last measure stands in)
        keeps it, for every measure from there on."""
        closing = [r for r in self.rules if rule_reach(r, owned=False) != AHEAD]
        self.rules = []
        if not closing or not placed:
            return
        part = placed[-1][0].letter_part
        first = next(entry for entry in placed if entry[0].letter_part == part)
        first[2].extend(closing)

    def _take_topic_lines(self) -> None:
        """Short lines with no number between items (``7.…（牵头单位：…）`` / ``壮大特色产业`` / ``8.…``):
        where at least ``MIN_TOPIC_LINES`` of them stand right over an item that is a measure (its
        own assignment, or one in the lines right under it, or a place's name over its problems and their labels:
        ``foldsteps.heads_place_problems``) and one stands right under a measure,
        each heads the items under it as the innermost section over them (numbered by its place,
        no label: as an unnumbered heading over a list, threelevel-yuncheng), down to the next
        topic or heading.  Otherwise each is read as the text it was before: a wrapped heading's
        rest over an item (``（一）坚定不移做强`` / ``增长引擎``) stands under no measure.  Before,
        the first topic under a numbered heading ran into its title, the others were dropped,
        and the items took the numbered heading as their section (topicline-xianan)."""
        self._take_excerpt_heading()
        events = self.events
        if not any(isinstance(e, Topic) for e in events):
            return
        kinds = {e.kind for i, e in enumerate(events) if isinstance(e, Item) and opens_measure(events, i)}
        heads = {i for i, e in enumerate(events) if isinstance(e, Topic)
                 and (opens_measure(events, i + 1) or opens_over_steps(events, i + 1, kinds)
                      or heads_place_problems(events, i + 1) or _reported_only(events, i + 1))
                 and (e.item is None or events[i + 1].kind != e.item.kind)}   # a dash item over its likes is one
        first = {i for i in heads if events[i].item is None and not under_item(events, i)}   # a plain line
        heads -= {i for i in first if not first_topic(events, i, heads - first)}
        under = any(closes_measure(events, i - 1) or _reported_only(events, i - 1) for i in heads)
        if len(heads) < MIN_TOPIC_LINES or not under:
            heads = set()
        self.events = []
        for i, e in enumerate(events):
            if not isinstance(e, Topic):
                self.events.append(e)
            elif i in heads:
                self.events.append(Item(TOPIC_KIND, events[i + 1].rank - 1, None, "", e.text,
                                        letter_part=e.letter_part))
            elif e.item is not None:
                self.events.append(e.item)
            else:
                self._add_text(e.text, None)

    def _take_excerpt_heading(self) -> None:
        """The one heading over a part cut out of a longer list (``outlineheads.excerpt_heading``: a topic phrase
        over items numbered on from a later number) heads the items under it as a topic line does, numbered by
        its place, no label; the lead-in's other paragraphs stay as they were."""
        for i, e in enumerate(self.events):
            heading = excerpt_heading(self.events, i)
            if heading is not None:
                rest = [replace(e, texts=e.texts[:-1])] if len(e.texts) > 1 else []
                self.events[i:i + 1] = [*rest, Item(TOPIC_KIND, self.events[i + 1].rank - 1, None, "", heading,
                                                    letter_part=e.letter_part)]
                return

    def _unassigned_items(self) -> list[str]:
        """Labels of the items of a measure level (a numbering kind at least one
        measure has) that no assignment covers: nothing is dropped silently."""
        items = [e for e in self.events if isinstance(e, Item)]
        kinds = {e.kind for e in items if e.assignment is not None}
        return [e.label for e in items if e.kind in kinds and e.assignment is None]

    def _cover_groups(self) -> list[str]:
        """Give each stand-alone assignment to the items it covers: the items
        of the same level as the nearest one before it, back to an outer item,
        an item with its own assignment, the previous stand-alone one, or the
        letter's signature date."""
        warnings = []
        for g, event in enumerate(self.events):
            if isinstance(event, Item):
                continue
            if event.covers is not None:   # a line that names its items (以上第1—3项牵头单位：…)
                cover_named(self.events, g)
                continue
            target = next((e for e in reversed(self.events[:g]) if isinstance(e, Item)), None)
            if target is None or isinstance(self.events[g - 1], Assignment):
                warnings.append("an assignment line follows no item; ignored")
                continue
            for e in reversed(self.events[:g]):
                if not isinstance(e, Item) or e.rank < target.rank or e.letter_part != target.letter_part:
                    break   # (the cover letter's points 1.2.3. before its signature are not the plan's)
                if e.kind == target.kind:
                    if e.assignment is not None or checked_only(e):
                        break
                    if e.part is not None:   # its own schedule run in (项目具体实施进度为：…): kept, with the line's units
                        give_units(e, event)
                    else:
                        e.group = event
        return warnings

    def _section_of(self, index: int, requirements: list[Item]) -> Item | None:
        """The item heading the measure at ``index``: the nearest earlier item of an outer level."""
        item = self.events[index]
        for e in reversed(self.events[:index]):
            if isinstance(e, Item) and e.letter_part != item.letter_part:
                return None   # the cover letter's points (一、二、三、 before its signature)
            if isinstance(e, Item) and e.rank < item.rank:
                return None if e in requirements else e
        return None


def _reported_only(events: list, at: int) -> bool:
    """``events[at]`` is an item whose labels name only the body reporting or checking it (``数据提供单位：市统计局``:
    ``items.checked_only``): no measure, but an item of the list that keeps its place, so a topic line over it or
    right under it stands among the list's items as one over or under a measure does.  A list of indicators and tasks
    whose topics each open or close on such an item read no topic before (blindsynth seed 25939: its three
    ``——全面推进乡村振兴（2项）`` topics were no sections)."""
    e = events[at] if 0 <= at < len(events) else None
    return isinstance(e, Item) and e.own is None and checked_only(e)
