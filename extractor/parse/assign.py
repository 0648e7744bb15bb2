"""Assignment wording of the text forms: who leads, who supports, by when.

Three wordings say the same thing (docs/forms.md: labelled, inline-label,
inline-verb, prose):

- labels:  ``牵头单位：A、B；配合单位：C；完成时限：2016年底`` (lines or a bracket);
- verbs:   ``A牵头，B、C配合，2016年底前完成`` / ``由A、B负责`` / ``A分别负责，年内持续推进``;
- prose:   ``由A会同B、C等部门负责落实`` (the last sentence of a paragraph).

Each becomes an ``Assignment`` holding unit *list text* ("A、B"): splitting the
names is the agencies stage's job.  Vocabulary lives in ``assign.toml``;
words are found in a simplified-character copy so mirrors printing 牽頭單位
match, while the values keep the characters as printed (``labels.match_copy``).
Finding the labels themselves is ``labels.py``'s job; this module reads what
their values, the verbs and the prose say.

Unit lists themselves (where one stops, its notes and remarks) are ``unitlists.py``'s;
a label's value read clause by clause, ``unitvalue.py``'s; the clauses that say when, ``deadlinephrases.py``'s.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..models import TABLE_MARK, Cover
from ..agencies.units import split_units
from ..brackets import closing_opener, split_outside_brackets
from .deadlinephrases import is_deadline_clause, is_deadline_phrase, is_rhythm_clause, labelled_deadline
from .roles import UNIT_ROLES
from .labels import VALUE_STRIP, assign_vocab, label_search, labelled_parts, match_copy, verb_re
from .levellabels import higher_labels
from .unitlists import (CLOSERS, OPENERS, ends_like_unit, every_item_rule, every_item_units, is_note, is_town_list,
                        is_unit_and_town_list, is_unit_list, owned_rule_units, owned_rules, split_clauses, tidy_units)
from .unitvalue import (CLAUSE_MARKS_RE as _CLAUSE_MARKS_RE, read_unit_value, role_clause as _role_clause,
                        without_rule_sentences as _without_rule_sentences)
from .clauseroles import clause_roles, looks_like_units, role_verb_re, verb_parted   # (clause_roles and role_verb_re
# re-exported: readers import them from here)

#: the form of a measure whose lead comes from its section heading alone: the
#: heading is verb wording (县发改局牵头工作), read by the verb rules
HEADING_FORM = "inline-verb"


@dataclass(frozen=True)
class Assignment:
    """Units and deadline given for one measure (or a group of measures)."""

    lead: tuple[str, ...] = ()      #: unit list texts that lead, as printed
    support: tuple[str, ...] = ()   #: unit list texts that support, as printed
    deadline: str | None = None     #: 完成时限 as printed
    form: str = ""                  #: "labelled" | "inline-label" | "inline-verb" | "prose"
    #: the lead came from a bare 责任单位 list (a cover-letter convention may re-split it)
    from_responsible: bool = False
    extra: dict[str, str] = field(default_factory=dict)  #: leader lines etc., label -> value
    #: the items a stand-alone line names (``以上第1—3项牵头单位：…``); None: those just before it
    covers: Cover | None = None

    @property
    def has_units(self) -> bool:
        """True when it names at least one lead or support unit."""
        return bool(self.lead or self.support)


def parse_labels(text: str, form: str, units_needed: bool = True) -> Assignment | None:
    """The assignment of labelled text (``牵头单位：A；配合单位：B``), or None; with
    ``units_needed`` False, labels naming no unit (``完成时限：…`` alone) give one too.

    A part that carries no label and is a deadline phrase (``is_deadline_phrase``) is the
    deadline unless a deadline label names one, wherever it stands: before the first label
    (``2022年12月底前，牵头单位：A``) or as a clause after a unit label's units
    (``配合单位：B，2023年底前完成``: ``read_unit_value``, which also gives the units a role verb
    names after them their role and keeps other prose there as a note)."""
    lead, support, responsible, extra = [], [], [], {}
    lists = {"lead": lead, "support": support, "responsible": responsible}
    deadline, notes = None, []
    head, labels = labelled_parts(text)
    head = head.strip(VALUE_STRIP)
    loose = [head] if is_deadline_phrase(head) else []   # unlabelled deadline parts
    named_leads: list[str] = []   # units a requirement's clause names as leading (工作要求：由X牵头，…)
    higher = higher_labels(labels, UNIT_ROLES) if len(labels) > 1 else set()
    for at, (role, label, value) in enumerate(labels):
        if at in higher:   # 省牵头单位：… beside the notice's 市… units: a higher level's lead, no unit (levellabels)
            if value:
                extra[label] = value
            continue
        if role == REQUIREMENT:
            if value:
                extra[label] = value
            named_leads.extend(requirement_leads(value))
            continue
        if role == NOTE_ROLE:
            notes.extend([value] if value else [])   # 备注：此项不涉及…: the item's note, no unit
            continue
        if role == "division":
            verbs = parse_verbs(value, form)
            if verbs:
                lead.extend(verbs.lead)
                support.extend(verbs.support)
                deadline = deadline or verbs.deadline
                notes.extend(n for n in [verbs.extra.get(NOTE_KEY)] if n)
            continue
        if role in UNIT_ROLES and (verbs := _verb_value(value, form)):
            lead.extend(verbs.lead)   # 责任单位：A牵头，B等有关部门参加，各镇街落实: the clauses' verbs give the roles
            support.extend(verbs.support)
            deadline = deadline or verbs.deadline
            notes.extend(n for n in [verbs.extra.get(NOTE_KEY)] if n)
            continue
        if role in UNIT_ROLES:
            parts = read_unit_value(value)
            if units := tidy_units(parts.units):
                lists[role].append(units)
            notes.extend(owned_rules(parts.units))   # 各县市区（以下各项均需落实，不再逐项列出）: a unit and a rule
            for named, units in parts.roles:   # 各乡镇配合 after the label's list
                lists[named].append(units)
            loose.extend(parts.deadlines)
            notes.extend(parts.notes)
        elif role == "deadline" and value:
            deadline = value
        elif value:  # leader lines name people, never units
            extra[label] = value
    if notes:
        extra[NOTE_KEY] = "；".join(notes)
    if not (lead or support or responsible) and _names_people_only(labels) and is_unit_list(head):
        responsible.append(tidy_units(head))   # （经开区管委会，责任人：…）: the units the people answer for
    if named_leads and responsible and not lead:
        lead, responsible = named_leads, _without_units(responsible, named_leads)
    return _settle(lead, support, responsible, deadline or "，".join(loose) or None, form, extra, units_needed)


#: the label role of a line naming people (责任人：…, 分管领导：…: roles.toml ``[label_roles] leader``), never units
LEADER_ROLE = "leader"


def _names_people_only(labels: list[tuple[str, str, str]]) -> bool:
    """Whether every label found names people (``LEADER_ROLE``): then units printed before them with no label of their
    own (``（经开区管委会，责任人：某某）``, a point among ``（责任单位：A、B，责任人：…）`` ones: holdout pointunits-xianyang,
    batch 134) are the units those people answer for, as a 责任单位 label's would be (tests/fixtures/README.md "Points
    handed to their units with the people answering for them").  Before, the bracket named no unit and its item was
    lost."""
    return bool(labels) and all(role == LEADER_ROLE for role, _label, _value in labels)


def _verb_value(value: str, form: str) -> Assignment | None:
    """The assignment of a unit label's value that OPENS with a clause naming its lead by a lead verb (牵头,
    主办) and whose every later clause names units by a role verb or is a deadline (``责任单位：县扶贫开发办牵头，
    县教育和体育局…等有关部门参加，各镇街落实``, a county's 乡村振兴 清单: holdout labelverbs-jinxiang, batch 63), read
    with the verb grammar as a 部门分工 line is (``parse_verbs``): the verbs say which unit leads, the label only
    that they are the item's units.  None for a value of one clause (``A、B按职责分工负责``), when the first
    clause is a unit list (``A，各乡镇配合做好…`` stays ``read_unit_value``'s), when a later clause names units by
    no verb (``A牵头，B、C（列第一位的为牵头…，下同）``: the label's reading) or when the verb grammar names no
    lead.  Before, the whole value was one unit, its verbs glued to the names, and it led."""
    clauses = split_clauses(value) if _CLAUSE_MARKS_RE.search(value) else []
    if len(clauses) < 2 or not any(role == "lead" for role, _units in _role_clause(clauses[0]) or ()) \
            or not all(_names_by_verb(c) or is_deadline_clause(c) for c in clauses[1:]):
        return None
    verbs = parse_verbs(value, form)
    return verbs if verbs and verbs.lead else None


def _names_by_verb(clause: str) -> bool:
    """Whether ``clause`` names unit lists by a role verb, a responsible one too (``各镇街落实``)."""
    found = clause_roles(clause)
    return bool(found) and all(is_unit_list(units) for _role, units in found)


#: the label role of an item's note line (``备注：…``, roles.toml ``[label_roles] note``): kept as its note
NOTE_ROLE = "note"
#: the label role of a requirement line (``工作要求：…``, roles.toml ``[label_roles] requirement``)
REQUIREMENT = "requirement"


def requirement_leads(value: str) -> list[str]:
    """The units a requirement's clauses name as leading (``由市发改委牵头，并负责报进度`` -> [市发改委]): the
    item's lead among its listed units (tests/fixtures/README.md); a clause naming no role names none."""
    return [units for clause in split_clauses(value) for role, units in clause_roles(clause) or () if role == "lead"]


def _without_units(cells: list[str], named: list[str]) -> list[str]:
    """``cells`` (unit lists as printed) without the units ``named`` (each split as the agencies stage
    splits): what stays of a 责任单位 list once a requirement named its lead, in printed order."""
    gone = {unit for cell in named for unit in split_units(cell)}
    kept = ["、".join(u for u in split_units(cell) if u not in gone) for cell in cells]
    return [cell for cell in kept if cell]


#: the key of ``Assignment.extra`` that holds a note on the measure printed beside its units
NOTE_KEY = "备注"


def with_notes(extra: dict[str, str], notes: list[str]) -> dict[str, str]:
    """``extra`` with ``notes`` (rule notes printed apart from the measure: a line of their own, a row merged
    across) kept in its note after the note of its own."""
    if not notes:
        return extra
    return {**extra, NOTE_KEY: "；".join([n for n in [extra.get(NOTE_KEY)] if n] + notes)}


def _settle(lead, support, responsible, deadline, form, extra=None, units_needed=True) -> Assignment | None:
    """责任单位 beside a lead supports; alone it leads (from_responsible)."""
    from_responsible = bool(responsible) and not lead
    if lead:
        support = support + responsible
    else:
        lead = responsible
    found = Assignment(tuple(lead), tuple(support), deadline, form, from_responsible, dict(extra or {}))
    return found if found.has_units or not units_needed else None


def duty_only_units(clause: str) -> str | None:
    """The units of a clause by duties that names no role alone (``A、B各负其责``: ``[verbs] duty_only``), or None."""
    m = verb_re("duty_only").search(match_copy(clause))
    units = tidy_units(clause[:m.start()]) if m else ""
    # towns or streets named (东南隅街道、西关街道), a count group (15个镇、街道) among them, are units here as before any
    # role verb: 各负其责 is the verb that takes them (is_town_list); before, such a clause was lost with its item
    return units if units and looks_like_units(units) and (is_unit_list(units, place_groups=True)
                                                           or is_town_list(units)) else None


def parse_verbs(text: str, form: str = "inline-verb") -> Assignment | None:
    """The assignment of verb wording (``A牵头，B、C配合，年底前完成``), or None.

    A clause that only lists units (``A牵头，B等部门，C配合``) takes the role of
    the next clause with a verb (else it supports the lead); a clause that
    states a rule (``除标注外，列第一位为牵头单位，下同``) is a note, never units; a rhythm
    (``每季度通报进度``, ``is_rhythm_clause``) is a note under ``NOTE_KEY``.  Any other clause that is neither units nor a deadline makes the whole
    text something else (e.g. ``（以下简称“某某”）``), so None is returned.
    """
    text, rule_sentences = _without_rule_sentences(text)
    # a rule giving units to every item (以下各项均需各县市区配合落实) names no role of its own
    clauses = []
    for clause in split_clauses(text):
        found = None if every_item_units(clause) else clause_roles(clause)
        if found is not None and "、" in clause and len(parts := verb_parted(clause)) > 1:
            clauses.extend((part, clause_roles(part)) for part in parts)   # A牵头、B配合: two clauses
        else:
            clauses.append((clause, found))
    if all(found is None for _clause, found in clauses):
        return None   # no role verb at all (most bare lists end here, cheaply)
    roles: dict[str, list[str]] = {"lead": [], "support": [], "responsible": []}
    printed: list[tuple[str, str]] = []   # (role, units) of every clause, in printed order
    pending: list[str] = []   # verbless unit clauses waiting for a verb
    by_duty: list[str] = []   # 按职责分工负责 after a clause that named the responsible unit
    deadline, rhythms, leaders, rules = None, [], [], []
    places_pending = False   # a clause of places alone waits in ``pending`` for a role verb
    for clause, found in clauses:
        if found is None and (split := _units_before_rule(clause)):
            pending.append(tidy_units(split[0]))   # 镇江新区、高新区管委会〔以下均需…落实，不再列出〕: units, then a rule
            rules.append(split[1])
            continue
        if found is None and is_note(clause):
            rules.append(clause)
            continue
        if found is None and (labelled := _label_clause(clause)):
            role, units = labelled   # 〔A等按职责分工负责。责任单位：X、Y。以下均需X、Y落实…〕: a label among verb clauses
            roles[role].append(units)   # its role as a label's (责任单位 beside a lead supports: _settle)
            printed.append((role, units))
            continue
        rules.extend(owned_rules(clause))   # a unit whose own bracket gives it to every later item
        if found is not None and all(is_leader(units) for _role, units in found):
            leaders.extend(units for _role, units in found)   # 由吴某副县长负责: a person, no unit
            continue
        if found is None:
            if (when := labelled_deadline(clause)) is not None:   # 完成时限：2022年10月: the label's value
                deadline = when if deadline is None else f"{deadline}，{when}"
            elif is_rhythm_clause(clause):   # 每季度通报进度: a note, not the deadline
                rhythms.append(clause.strip(VALUE_STRIP))
            elif is_deadline_clause(clause):
                deadline = clause if deadline is None else f"{deadline}，{clause}"
            elif (roles["lead"] or roles["responsible"]) and (duty := duty_only_units(clause)):
                by_duty.extend(pending + [duty])   # X牵头，A、B各负其责: units by their duties support
                pending, places_pending = [], False
            elif (units_listed := is_unit_list(clause)) or is_town_list(clause):
                # towns or street offices, bodies among them or not (区财政局、建设街道，各街道办事处参加), are units
                # as a bare bracket's (parse_unit_list) and a role verb's own (proseassign._names_units) are; places
                # alone only when a role verb follows to take them (else where a project lies: checked below)
                pending.append(tidy_units(clause))
                places_pending = places_pending or not (units_listed or is_unit_and_town_list([clause]))
            else:
                return None
            continue
        if pending and not printed and found[0][0] == "support":
            # （地区监察局，有关部门参与）: units opening the bracket before its first verb names supports are whom
            # they help, the responsible units, as a bracket listing units alone is (tests/fixtures/README.md)
            roles["responsible"].extend(pending)
            printed.extend(("responsible", u) for u in pending)
            pending, places_pending = [], False
        for role, units in found:
            later_duty = bool(role == "responsible" and roles["responsible"] and verb_re("by_duty").search(
                match_copy(clause)))
            (by_duty if later_duty else roles[role]).extend(pending + [units])
            if not later_duty:
                printed.extend((role, u) for u in pending + [units])
            pending, places_pending = [], False
    if places_pending:
        return None   # 区住建局牵头，新市镇、乾元镇: places no role verb takes
    if pending and rules and (given := every_item_rule("；".join(rules))) and all(p in given for p in pending):
        # …等按职责分工负责；各市、区人民政府，镇江新区、高新区管委会〔以下均需…落实，不再列出〕: units the item's note
        # gives every item from its own on take the note's role, support (docs/forms.md; holdout glossnote-zhenjiang)
        roles["support"].extend(pending)
    else:
        roles["support" if roles["lead"] else "responsible"].extend(pending)
    lead, support, responsible = roles["lead"], roles["support"] + by_duty, roles["responsible"]
    if lead and responsible:  # A牵头，各相关部门按职责分工负责: the 负责 part supports, in printed order
        # (A牵头，B参与，C负责落实: B, then C)
        support = [u for role, u in printed if role in ("support", "responsible")] + pending + by_duty
        responsible = []
    notes = rhythms + [rule] if (rule := every_item_note(rules)) else rhythms
    notes += rule_sentences
    extra = {NOTE_KEY: "；".join(notes)} if notes else {}
    if leaders:
        extra[LEADER_KEY] = "、".join(leaders)
    return _settle(lead, support, responsible, deadline, form, extra)


def _label_clause(clause: str) -> tuple[str, str] | None:
    """(role, units) of a clause of a verb bracket that is one unit label and its list (``责任单位：各县（市、区）
    人民政府、各开发园区管委``, after a duty clause's full stop: 玉林's 2024 降碳 方案, holdout dutyrule-yulin, batch
    95), or None.  Before, the label word was read as the first unit's name (``责任单位：各县…``)."""
    before, found = labelled_parts(clause.strip(VALUE_STRIP))
    if before or len(found) != 1 or found[0][0] not in UNIT_ROLES:
        return None
    units = tidy_units(found[0][2])
    return (found[0][0], units) if units and is_unit_list(units) else None


def _units_before_rule(clause: str) -> tuple[str, str] | None:
    """(the units, the rule) of a clause that lists units and closes with a bracket stating a rule (``镇江新区、高新区
    管委会〔以下均需各市、区人民政府，镇江新区、高新区管委会落实，不再列出〕``, 镇江's 2022 就业 措施: holdout
    glossnote-zhenjiang, batch 63); None for any other clause.  Before, the whole clause was a note and its units lost."""
    body = clause.strip(VALUE_STRIP)
    start = closing_opener(body, OPENERS, CLOSERS)
    if not start:
        return None
    head, inner = body[:start].strip(VALUE_STRIP), body[start + 1:-1]
    return (head, inner) if head and is_note(inner) and is_unit_list(head) else None


#: the key of ``Assignment.extra`` that holds the leader a verb clause puts in charge (由吴某副县长负责)
LEADER_KEY = "责任领导"


def is_leader(units: str) -> bool:
    """True when a verb clause's "units" name a person (``[verbs] leader``: 吴某副县长, 分管副区长, 孙某同志),
    not a body: a leader clause, kept out of the units."""
    return bool(units) and verb_re("leader").search(match_copy(units)) is not None


def is_marked_list(text: str) -> bool:
    """True for a bare unit list whose only role word is the conventions' co-lead mark
    (``A、B分别牵头，C``): A and B lead by the mark, and C, named with no verb, supports as
    the rest of a marked list does (docs/forms.md, conventions), so the bracket is read as a
    list (``inline-list``), not as verb wording.  A verb for C (``C配合``) makes it verbs."""
    mark = assign_vocab()["conventions"]["co_lead_mark"]
    if mark not in match_copy(text):
        return False
    bare = False
    for clause in split_clauses(text):
        clause = clause.strip(VALUE_STRIP)
        if match_copy(clause).endswith(mark) and is_unit_list(clause[:-len(mark)]):
            continue
        if is_unit_list(clause):
            bare = True
        elif not is_note(clause):
            return False
    return bare


def parse_unit_list(text: str, form: str = "inline-list") -> Assignment | None:
    """A bracket that only lists units (``市发改委、市建设局，各县（市、区）政府``):
    a bare 责任单位 list, so it leads unless the cover letter says the first
    listed unit leads (conventions.py).  None unless every name ends like a
    unit, so a note such as ``（含县(市、区)）`` or ``（以下简称…）`` is left alone.  A 、 run a leading 各
    distributes over is one name (``，各县、市、区人民政府``), as the unit splitter keeps it
    (letterrule-xianning-2016-1: before, 市 alone was no unit and the bracket no list)."""
    every = split_clauses(text)
    clauses = [c for c in every if not is_note(c)]
    if not clauses or not (all(is_unit_list(c, place_groups=True) for c in clauses) or is_unit_and_town_list(clauses)):
        return None
    rule = every_item_note([c for c in every if is_note(c)] + [n for c in clauses for n in owned_rules(c)])
    return _settle([], [], [tidy_units("，".join(clauses))], None, form, {NOTE_KEY: rule} if rule else None)


def every_item_note(notes: list[str]) -> str | None:
    """The note clauses of one bracket or value joined, when one of them gives units to every item
    (``every_item_units``: ``以下各项均需各县市区落实``, ``不再逐项列出``; or a unit whose own bracket holds such a
    rule, ``owned_rule_units``: ``各县市区（以下各项均需落实，不再逐项列出）``; or a rule whole, as a unit list's own
    bracket states it, ``every_item_rule``): kept under ``NOTE_KEY`` for
    ``conventions.give_every_item_units``; else None (a first-leads rule alone is read from the whole
    notice, and kept nowhere)."""
    if not any(every_item_units(n) or owned_rule_units(n) or every_item_rule(n) for n in notes):
        return None
    return "，".join(n.strip(VALUE_STRIP) for n in notes)


def mentions_roles(located) -> bool:
    """True when a line outside the page's tables holds a role word
    (``[verbs] role_hint``) or a label spaced out (``牵 头 单 位：``): only then
    can a text form read an assignment."""
    copy = match_copy("".join(ln for ln in located.lines if not ln.startswith(TABLE_MARK)))
    return bool(verb_re("role_hint").search(copy)) or label_search(copy) is not None


def parse_heading_lead(text: str) -> Assignment | None:
    """The lead a heading names for the items under it
    (``县示范区管委会牵头工作（8项）``, ``市发改委负责的重点任务``), or None.  Only
    unit names qualify: ``某某市长主抓重点工作`` names a person."""
    m = verb_re("heading_lead").match(match_copy(text.strip()))
    if m is None:
        return None
    units = tidy_units(text.strip()[:m.end("units")])
    names = split_outside_brackets(units, "、，,")
    if not names or not looks_like_units(units) or not all(ends_like_unit(n) for n in names):
        return None
    return Assignment(lead=(units,), form=HEADING_FORM)


def with_form(found: Assignment | None, form: str) -> Assignment | None:
    """``found`` re-labelled with ``form`` (None stays None)."""
    return replace(found, form=form) if found else None