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
Items of a measure level that nothing covers are named in a warning.  So ``(一)`` can be a section in one notice and the
measure level in another, and numbering that runs on across sections is
simply kept as printed.
"""
from __future__ import annotations

from dataclasses import replace

from .assign import HEADING_FORM, Assignment
from .deadlinephrases import parse_closing_deadline
from .fromheadings import (filled, give_closing_deadlines, give_heading_deadlines, give_heading_leads,
                           give_section_units, lead_from_heading, split_lone_duties)
from .foldsteps import fold_steps_after_labels, fold_sub_items, heads_place_problems, part_glued_bracket
from .headlines import closes_with_stop, first_item_start, heading_role, is_run_in_point, is_topic_line, opens_point
from .items import (BARE_KIND, BARE_RANK, HEADED_TASK_KIND, MIN_TOPIC_LINES, MIN_UNIT_HEADINGS, TOPIC_KIND, Bare,
                    Item, RoleHeading, Topic, UnitHeading, checked_only, closes_measure, counts_place, cut_at_clause, draft_measure,
                    opens_measure, opens_over_steps)
from .outlineheads import (dash_topic, excerpt_heading, first_topic, headed_tasks, keyword_topics, number_head, part_topics,
                           plan_after_letter, unnumbered_items, point_text, sections_by_head, under_item, unit_lead_in)
from .ranges import cover_named, give_support
from .unitlists import AHEAD, BACK, rule_line, rule_reach
from ..models import ParsedTable
from ..text import (SENTENCE_ENDS, is_record_line, is_signature_date, names_attached_list, opens_part, signs_with_digits,
                    titles_division)

#: item labels a warning names before it says "…"
MAX_NAMED = 8

#: paragraphs that end with their own assignment where no item waits for one make a list of
#: items whose numbers were lost when there are at least this many (one such paragraph is a
#: note after an item, not a list)
MIN_BARE_OWN_ITEMS = 2

#: the forms a cover letter's numbered point before the plan may seem to have: an unlabelled
#: bracket of names (an address, ``邮寄地址：…投资科（碧江区金滩行政中心）``), never a labelled one
LETTER_POINT_FORMS = ("inline-list",)

#: a cover letter numbers at least this many requirements of its own (一、提高认识… 二、压实责任…)
MIN_LETTER_REQUIREMENTS = 2


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
            self.events.append(Bare([text], self.parts))   # …主要承担以下工作： under the name: see _take_unit_headings
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
            last.before = last.texts[-1] if last.texts else ""
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
        colon that may close it); see ``_take_unit_headings``."""
        self._flush_topic()
        self.events.append(UnitHeading(Assignment(lead=(name or text.strip(),), form=HEADING_FORM), text))

    def add_role_heading(self, role: str, text: str) -> None:
        """A line without a number that is only a role sub-heading (``配合任务：``); see ``_take_unit_headings``."""
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
        unit_heads = self._take_unit_headings()
        split_lone_duties(self.events)
        self.events = keyword_topics(self.events)   # 关键词 教育 over unnumbered items (outlineheads)
        self._cut_headed_tasks()
        self._number_bare_items()
        fold_sub_items(self.events)
        warnings = self._cover_groups()
        give_section_units(self.events)
        give_heading_leads(self.events)
        for item, head in unit_heads:
            (lead_from_heading if head.lead else give_support)(item, head)
        give_heading_deadlines(self.events)
        give_closing_deadlines(self.events)
        self.events = fold_steps_after_labels(self.events)
        letters = self._letter_points()
        requirements = self._letter_requirements()
        heads: list[Item] = []          # the heading item of each section, in order
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
            if isinstance(event, Item) and event.closing and placed:   # 以上各项…: the last measure up to it
                placed[-1][2].extend(event.closing)
        self._closing_rules(placed)
        # listed where they are printed: a sub-item's heading (17. over its (2)) may hold a measure before the
        # heading above it does (（二） holding 18. after it), and is still listed after that heading
        order = {id(e): i for i, e in enumerate(self.events)}
        sections = sections_by_head(sorted(heads, key=lambda h: order[id(h)]))
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
                      or heads_place_problems(events, i + 1))
                 and (e.item is None or events[i + 1].kind != e.item.kind)}   # a dash item over its likes is one
        first = {i for i in heads if events[i].item is None and not under_item(events, i)}   # a plain line
        heads -= {i for i in first if not first_topic(events, i, heads - first)}
        under = any(closes_measure(events, i - 1) for i in heads)
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

    def _letter_points(self) -> list[Item]:
        """The cover letter's numbered points (``1.通过邮箱反馈…`` ``2.通过信函反馈，邮寄地址：…（…）``)
        before the plan: items of the notice's first part (before its signature date, an
        attachment's mark or a list's own title, ``Item.letter_part``) are no measures when a
        later part holds more measures than it does and each of them has its units only from a
        bracket of bare names (``LETTER_POINT_FORMS``: an address, not an assignment).  A first
        list whose items are labelled, or a notice whose measures all stand in its first part,
        keeps them."""
        assigned = [e for e in self.events if isinstance(e, Item) and e.assignment is not None]
        first = [e for e in assigned if not e.letter_part]
        if not 0 < len(first) < len(assigned) - len(first):
            return []
        return first if all(e.assignment.form in LETTER_POINT_FORMS for e in first) else []

    def _letter_requirements(self) -> list[Item]:
        """The cover letter's own requirements (``一、提高认识，吃透政策要求。各县区、各部门要…。``
        ``二、…`` ``三、加强调度，确保取得实效。市发改委负责…。``) that a copy with no plan title and no
        signature runs straight into the plan's items (``1.`` ``2.``): they head none of them.  They
        are the items of the numbering kind that heads the first measure, in its part, when at least
        ``MIN_LETTER_REQUIREMENTS`` of them stand before it with no other item among them or after the
        last, none of that kind stands after it, and each says its point in full
        (``headlines.is_run_in_point``).  A plan's sections hold their items each (``一、…`` ``1.`` ``二、…``
        ``2.``), or print a title alone or a lead into the list over them (``三、重点任务`` /
        ``…重点抓好以下工作：``): they keep them."""
        events = self.events
        first = next((i for i, e in enumerate(events) if isinstance(e, Item) and e.assignment is not None), None)
        if first is None:
            return []
        measure = events[first]
        part = [e for e in events if isinstance(e, Item) and e.letter_part == measure.letter_part]
        heads = part[:part.index(measure)]
        kind = next((e.kind for e in reversed(heads) if e.rank < measure.rank), None)
        points = [e for e in heads if e.kind == kind]
        if len(points) < MIN_LETTER_REQUIREMENTS or points != heads[-len(points):] \
                or any(e.kind == kind for e in part[len(heads):]):
            return []
        return points if all(is_run_in_point(point_text(e)) for e in points) else []

    def _take_unit_headings(self) -> list[tuple[Item, Assignment]]:
        """(item, heading's unit in its role) for the items under a unit's name heading: a list
        grouped by department (``市发改委`` / 1.… / 2.… / ``市工信局`` / 3.…) names
        each group's lead once, over its items, which name only support and
        deadline.  Only when at least ``MIN_UNIT_HEADINGS`` such lines each stand
        right over a numbered item (role lines between them allowed); a heading covers
        the items of that item's kind down to the next heading or an outer item.  Role
        sub-headings under the name (``（一）牵头任务`` / ``（二）配合任务`` numbered, or
        ``牵头任务：`` lines) give the unit their role for the items below them and are no
        items of the unit's (``_unit_items``).  A unit named once over a whole list, under its
        title, heads the list alone (``_list_unit``).  Otherwise the lines are read as before:
        the text of an item still waiting for its assignment."""
        events = self.events
        heads = [i for i, e in enumerate(events[:-1]) if isinstance(e, UnitHeading) and isinstance(next(
                 (f for f in events[i + 1:] if not isinstance(f, RoleHeading) and not unit_lead_in(f)), None), Item)]
        covered: list[tuple[Item, Assignment]] = []
        lone = self._list_unit(heads)
        if len(heads) >= MIN_UNIT_HEADINGS:
            for i in heads:
                name = events[i].found.lead
                covered.extend((e, Assignment(**{role: name}, form=HEADING_FORM)) for e, role in self._unit_items(i))
        elif lone is not None:
            found = events[lone] if isinstance(events[lone], Assignment) else events[lone].found
            covered = [(e, found) for e, _role in self._unit_items(lone)]
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
        self.events = out
        return covered

    def _list_unit(self, heads: list[int]) -> int | None:
        """The index of the unit named once over a whole list, or None: a unit's name line (the only
        one over items, ``heads``) or a run of labelled lines (a stand-alone ``Assignment``) standing
        right under the list's title line (``titles_division``: …工作任务分工, …任务清单) and right over
        its first item, when no item under it names a unit of its own and no other assignment follows
        it: nothing else gives the items a unit, so it is every item's.  A letter to one
        bureau prints the bureau's name over its points too, but under the letter's own title
        (…的批复), never under a division's: its points stay unassigned."""
        events = self.events
        if len(heads) > 1:
            return None
        at = heads[0] if heads else next((i for i, e in enumerate(events[:-1]) if isinstance(e, Assignment)
                                          and e.has_units and isinstance(events[i + 1], Item)), None)
        title = events[at - 1] if at else None
        if not isinstance(title, Bare) or not title.lead_in or not titles_division(
                title.texts[-1] if title.texts else title.opened_by):
            return None
        items = [e for e, _role in self._unit_items(at)]
        if not items or any(e.own is not None for e in items) or any(isinstance(e, Assignment) for e in events[at + 1:]):
            return None
        return at

    def _unit_items(self, head: int) -> list[tuple[Item, str]]:
        """(item, the role its unit line gives it) for the items under the unit line at ``head``:
        "lead", or the role of the role sub-heading last above the item (a ``RoleHeading`` line, or a
        numbered item that is only a role word, ``headlines.heading_role``: those numbered
        sub-headings are then no items of the unit's)."""
        out: list[tuple[Item, str]] = []
        role, sub, first = "lead", None, None
        for e in self.events[head + 1:]:
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

    def _cut_headed_tasks(self) -> None:
        """A numbered heading over ONE task paragraph and its stand-alone assignment (``（七）抓好农业技能培训`` /
        ``围绕…。`` / ``责任单位：…``: ``outlineheads.headed_tasks``) is a section holding that task: the paragraph is cut
        off the heading as an item of its own, numbered as the heading is (the one number the notice prints for it)."""
        for i in reversed(headed_tasks(self.events)):
            head = self.events[i]
            task = Item(HEADED_TASK_KIND, BARE_RANK, head.no, "", head.more[0], letter_part=head.letter_part)
            head.more = []
            self.events.insert(i + 1, task)

    def _number_bare_items(self) -> None:
        """Items whose numbers are not printed (Word's auto-numbering lost in a copy):
        when paragraphs with no number stand between two stand-alone assignments
        (``…。`` / ``牵头单位：…`` / ``企业开办…。`` / ``牵头单位：…``), each paragraph an
        assignment follows is an item, numbered by its place in the notice.  The
        first one under a heading was read as the heading's text: it is cut off it,
        unless the heading's numbering kind also numbers measures of its own.  A heading's
        one item printed with no number (``outlineheads.lone_items``), or each heading's of a list of
        headings over one paragraph each (``outlineheads.headed_paragraphs``), is cut off it the same way."""
        events = self.events = [e for e in self.events if not isinstance(e, Bare) or e.texts]
        bare_between = any(isinstance(e, Bare) and 0 < i < len(events) - 1 and isinstance(events[i - 1], Assignment)
                           and isinstance(events[i + 1], Assignment) for i, e in enumerate(events))
        if not (bare_between or self._bare_own_list(events) or unnumbered_items(events)):
            self.events = [e for e in events if not isinstance(e, Bare)]
            return
        glued = self._glued_headings()
        measure_kinds = {e.kind for i, e in enumerate(events[:-1]) if isinstance(e, Item) and i not in glued
                         and ((e.own is not None and not e.more_own)
                              or (not e.more and isinstance(events[i + 1], Assignment)))}
        out: list[Item | Assignment] = []
        count = 0
        cover = self.signed and plan_after_letter(events)   # a letter before the plan, not the plan itself
        for i, e in enumerate(events):
            follows = i + 1 < len(events) and isinstance(events[i + 1], Assignment)
            if isinstance(e, Bare):
                if follows or (e.own is not None and (e.letter_part or not cover)):   # not a cover letter's
                    count += 1
                    out.append(Item(BARE_KIND, BARE_RANK, count, "", "".join(e.texts), own=e.own,
                                    letter_part=e.letter_part))
                continue
            out.append(e)
            if not isinstance(e, Item) or e.kind in measure_kinds:
                continue
            first = None
            if i in glued:
                e.text, first = e.text[:glued[i]], e.text[glued[i]:]
            elif e.more and (e.more_own or (e.own is None and follows)):
                first, e.more = "".join(e.more), []
            if first is not None:
                count += 1
                out.append(Item(BARE_KIND, BARE_RANK, count, "", first, own=e.own, letter_part=e.letter_part))
                e.own = None
        self.events = out

    @staticmethod
    def _bare_own_list(events) -> bool:
        """Paragraphs ending with their own assignment make a list of items whose numbers were
        lost: at least ``MIN_BARE_OWN_ITEMS`` of them, counting the first item under a heading
        (a numbered line that is no sentence, ``（一）促进产业发展（牵头领导：…）``, whose own assignment
        came in the paragraph after it), when one such paragraph stands where no item waits: a
        section of one item prints its item glued under its heading alone."""
        bare = sum(isinstance(e, Bare) and e.own is not None for e in events)
        under_headings = sum(isinstance(e, Item) and e.more_own and not e.text.rstrip().endswith(SENTENCE_ENDS)
                             for e in events)
        return bare > 0 and bare + under_headings >= MIN_BARE_OWN_ITEMS

    def _glued_headings(self) -> dict[int, int]:
        """{event index: where its first item begins} for the headings run into their first
        unnumbered item: a copy that lost the line breaks as well as the item numbers prints
        ``一、政务服务推进“一件事一次办”…。`` / ``牵头单位：…`` / ``企业开办…。`` / ``牵头单位：…``.
        A numbered item is such a heading when an assignment follows it right away, its first
        item begins at the last run of task verbs (``task_openers``) in its opening phrase, and
        one item of its numbering kind has an unnumbered item under it (a section may hold one
        item only)."""
        events = self.events
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
