"""Points run in with a topic's name whose duties name their bodies as the subject of a modal, not of a role verb
(docs/parsing.md "Duties whose subjects are named with 要 or 作为"; tests/fixtures/README.md "A point named by its topic
whose sentences give its duties to several subjects" and "A government's own assessment inside a point"): ``（四）严格督导检查。市建设局要强化项目督导，…`` or ``（二）落实工作责任。
市建设局作为供热行业的主管部门，要做好…。各供热企业作为…，要…`` is one measure, its text whole, led by every unit list
opening a clause before a modal (``[modalduty] subject_words``: 要, 应, 须 … and 作为), in printed order; in a clause
``由A会同B…``, A leads and B supports (``clauseroles``), a clause ``并由X办理…`` names X as a doer (it leads), a unit list
named right after a subject's modal by 会同 (``X要会同Y…``) supports, and a unit list between 与 and 共同 supports.

A modal names no duty by itself: ``各地各部门要…`` is a cover letter's call to all.  So such points are read only in a
notice whose items of one numbering kind are such points at least ``MIN_MODAL_POINTS`` times, at least one of them with
a subject that is a body, not a catch-all group (``modal_kinds``, ``_is_run``: 市建设局要…, never 各地各部门要… alone;
every one of them on a page printing a table, whose letter exhorts); then every point of that kind naming any subject
so is read, a catch-all's too (``市发改、规划、…等部门要大力支持…``, one run of kinds).  A run of unnumbered paragraphs each
opening with a modal's subject is read the same way (``modal_paragraphs``).  The role-verb readers
(``topicduties.topic_duty``, ``unitduties.subject_duty``) go first.  Holdout modelpage-unplaced-2011-2 (batch 127).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .assign import HEADING_FORM, Assignment, clause_roles
from .headlines import opens_with_task_verb, task_verbs_end
from .labels import assign_vocab, match_copy
from .namedfirst import ITEM_NAME_MAX_CHARS
from .topicduties import helped_units
from .unitlists import CLAUSE_SEPARATORS, CLOSERS, OPENERS, is_unit_list, tidy_units
from ..agencies.registry import default_patterns
from ..agencies.units import is_kind_run
from ..agencies.segments import jieba_tokenizer
from ..numbering import split_numbering
from ..brackets import cuts_outside_brackets, split_outside_brackets
from ..placegroups import join_place_groups
from ..text import SENTENCE_ENDS, alternation, vocab

#: a notice's items of one kind (or a run of its unnumbered paragraphs) are read so only when at least this many of
#: them name a modal's subject: one or two such points are any plan's exhortation, a run of them is a division of the work
MIN_MODAL_POINTS = 3

#: of those, at least this many name a body that is no catch-all group (``_is_run``): a run whose every subject is a
#: catch-all (各地各部门要…, 各级政府要…) is a letter's call to all; one body named so makes the run a division of work
MIN_BODY_POINTS = 1

#: the most characters a topic's name has (the point's first sentence: 加强组织领导, 落实优惠政策; a State Council plan's
#: 坚决打击非法开采和超控制指标开采, 16): the bound namedfirst.py gives an item's name, one bound for the names items are
#: run in with (before, 16 here: an 18-character topic, 严厉查处非法开采和超出控制指标的开采, lost its point and shifted
#: every later one; holdout tradpage-guowuyuan-2011-12, batch 128)
TOPIC_MAX_CHARS = ITEM_NAME_MAX_CHARS

#: a catch-all of places a modal's subject may name beside units (各地, 各地区, 各市县) is this long at most: a longer
#: group ends like a unit itself (各有关部门) and is read by ``is_unit_list``
PLACE_GROUP_MAX_CHARS = 4

#: the marks a point's clauses are parted by (a subject may open any of them): ``unitlists.CLAUSE_SEPARATORS``
_CLAUSE_CUTS = CLAUSE_SEPARATORS

#: the most characters a unit list named after 会同 or 由 inside a clause runs to (商务部等有关部门: a few names; the
#: longest prefix of the clause that is a unit list is the list, so the bound only keeps the scan short)
UNIT_RUN_MAX_CHARS = 40


def modal_duty(text: str) -> Assignment | None:
    """The assignment of a point run in with a topic's name whose clauses name their bodies as a modal's subject
    (module doc), or None: ``text`` is the point after its number."""
    found = _read(text)
    return None if found is None else found[0]


def role_duty(text: str) -> Assignment | None:
    """The assignment of an item that names a body as the doer of its work by 作为 and a role noun (``[modalduty]
    role_nouns``: ``柴旦镇人民政府作为禁牧工作的主体，要…``, ``…作为禁牧休牧的具体组织实施者，要…``), or None: in any clause of
    the item, a unit list naming a body that is no catch-all group before 作为 (catch-alls beside it lead too: 各乡镇人民政府、
街道办事处筹备组作为…实施者), and a role noun closing the clause.  Such a clause
    assigns the work by itself, so one item is read, unlike a modal's subject (``MIN_MODAL_POINTS``): ``各地各部门作为
    责任主体，要…`` (a catch-all) stays a call to all.  The text is the item whole (holdout forestorder-dachaidan-2024-3,
    batch 128: a 总林长令's 工作要求 item)."""
    patterns = default_patterns()
    nouns = tuple(assign_vocab()["modalduty"]["role_nouns"])
    lead: list[str] = []
    for clause in (c.strip() for c in split_outside_brackets(text, _CLAUSE_CUTS, OPENERS, CLOSERS)):
        at = match_copy(clause).find("作为")
        if at <= 0 or not match_copy(clause).endswith(nouns):
            continue
        head = clause[:at]
        if is_unit_list(head, place_groups=True):
            names = _names(head)
            if not all(patterns.is_group(n) for n in names):   # catch-alls alone: a call to all
                lead.extend(n for n in names if n not in lead)
    return Assignment(lead=tuple(lead), form=HEADING_FORM) if lead else None


def modal_kinds(items: list[tuple[str, str]], tabled: bool = False,
                parts: tuple[tuple[str, list[str]], ...] = ()) -> frozenset[str]:
    """The numbering kinds whose items, in this notice, are a run of duties by a modal's subject (``_is_run``):
    ``items`` are (kind, text) of its numbered paragraphs, each read as a point run in with its topic or as an item
    opening with its subject (``modal_item_duty``); ``tabled``: the page prints a table among its lines (``_is_run``);
    ``parts``: (kind, subjects) of each part's sentence handing the items of that kind under it to units
    (``part_subjects``), one more such assignment of the kind."""
    read: dict[str, list[list[str]]] = {}
    for kind, text in items:
        if (found := _read_item(text)) is not None:
            read.setdefault(kind, []).append(found[1])
    for kind, subjects in parts:
        read.setdefault(kind, []).append(subjects)
    return frozenset(kind for kind, subjects in read.items() if _is_run(subjects, tabled))


def modal_item_duty(text: str) -> Assignment | None:
    """The assignment of an item of a run of modal points (``modal_kinds``): a point run in with its topic
    (``modal_duty``) or one opening with its subject (``7、计划生育工作机构要把…``: ``joined_paragraph``), or None."""
    found = _read_item(text)
    return None if found is None else found[0]


def _read_item(text: str) -> tuple[Assignment, list[str]] | None:
    """``_read``, or the reading of an item whose first clause opens with a modal's subject (``_opens_with_modal_subject``:
    a bare subject before its verb, ``县人民政府对…实行督查``, is any letter's sentence and opens no such item)."""
    found = _read(text)
    if found is None and _opens_with_modal_subject(text):
        found = _read_clauses(text)
    return found


def part_subjects(lines: list[str]) -> tuple[tuple[str, list[str]], ...]:
    """(the items' kind, the units) of each part's sentence in ``lines`` (``part_assignment``): an unnumbered line right
    under a numbered heading and right over an item of another kind a level below it."""
    found = []
    for k in range(1, len(lines) - 1):
        head, below = split_numbering(lines[k - 1]), split_numbering(lines[k + 1])
        if split_numbering(lines[k]) is None and head is not None and below is not None and below[0] != head[0] \
                and below[1] > head[1] and (duty := part_assignment(lines[k])) is not None:
            found.append((below[0], [*duty.lead, *duty.support]))
    return tuple(found)


def _is_run(subjects: list[list[str]], tabled: bool) -> bool:
    """True when points (or paragraphs) naming these subjects of a modal, one list a point, divide a work rather than
    exhort: at least ``MIN_MODAL_POINTS`` of them name a subject, and at least ``MIN_BODY_POINTS`` of those a body that
    is no catch-all group.  A letter's 各地各部门要… names only catch-alls, however often; a plan's 意见 gives its points
    to 各级政府, to 省卫生行政主管部门 and to 各地、各有关部门 (holdout topicpoints-guangdong-1999-9, batch 131).  On a
    page that prints a table (``tabled``) the table is what divides the work and the letter over it exhorts
    (``（一）提高站位抓落实。各地各部门要…`` / ``（四）…省政府督查室要…`` over a 分解表: holdout mirrortab-gansu-2022-9):
    there every one of the points must name a body, as before session 74 everywhere."""
    patterns = default_patterns()
    bodies = sum(any(not patterns.is_group(u) for u in named) for named in subjects)
    return len(subjects) >= MIN_MODAL_POINTS and bodies >= (len(subjects) if tabled else MIN_BODY_POINTS)


def _read(text: str) -> tuple[Assignment, list[str]] | None:
    """(the point's assignment, the units named as a modal's subject) or None."""
    end = min(cuts_outside_brackets(text, SENTENCE_ENDS, OPENERS, CLOSERS), default=None)
    if end is None or not _is_topic(text[:end - 1]):
        return None
    return _read_clauses(text[end:])


def _read_clauses(text: str) -> tuple[Assignment, list[str]] | None:
    """(the assignment of ``text``'s clauses, the units named as a modal's subject) or None where no clause names one."""
    lead: list[str] = []
    support: list[str] = []
    subjects: list[str] = []
    held: list[str] = []   # a clause of units alone, set off by a comma before its modal (…等社会团体，要…)
    for clause in (c.strip() for c in split_outside_brackets(text, _CLAUSE_CUTS, OPENERS, CLOSERS)):
        opener = _subject_re().match(match_copy(clause))
        if held and opener is not None and opener.group() != "作为":
            subjects.extend(held)
            lead.extend(held)
            support.extend(_with_units(clause, opener.end()))
            held = []
            continue
        held = _kind_units(clause)
        if held:
            continue
        joint = _joint(clause)
        if joint is not None:
            lead.extend(joint.lead)
            support.extend(joint.support)
            continue
        by = _by_units(clause)
        if by:
            lead.extend(by)
            continue
        named, after = _modal_subject(clause)
        if named:
            subjects.extend(named)
            # 卫生部门要给予技术支持: a subject whose duty is only to help supports ([modalduty] support_duty)
            (support if _support_duty_re().fullmatch(match_copy(clause[after:])) else lead).extend(named)
            support.extend(_with_units(clause, after))
        elif subjects and opener is not None and opener.group() != "作为":
            # 农业部门要…。要会同有关部门，…: a clause opening with its modal goes on with the subject named before it,
            # and the bodies it names right after the modal by 会同 support, as after a named subject's modal; a body it is
            # to 配合 (要积极配合卫生等部门编印…) leads that task, as in a duty line by subject (topicduties.helped_units)
            support.extend(_with_units(clause, opener.end()))
            helped = helped_units(clause[opener.end():])
            if helped is not None:
                lead.extend(_kind_units(helped) or _names(helped))
        together = _together_re().search(match_copy(clause))
        if together is not None and is_unit_list(clause[together.start(1):together.end(1)], place_groups=True):
            support.extend(_names(clause[together.start(1):together.end(1)]))
    if not subjects:
        return None
    lead = list(dict.fromkeys(lead))
    support = [u for u in dict.fromkeys(support) if u not in lead]
    return Assignment(lead=tuple(lead), support=tuple(support), form=HEADING_FORM), subjects


def part_assignment(text: str) -> Assignment | None:
    """The assignment of a part's paragraph that hands the part to units (``铁路、民航、…等部门要主动开展…宣传，卫生部门要
    给予技术支持。``), or None: every sentence of it opens with a modal's subject (``joined_paragraph``), at least one of
    them leading; a subject whose duty is only to help supports (``[modalduty] support_duty``).  Read by
    ``fromheadings.give_heading_leads`` for a heading whose only paragraph this is, over items naming no unit
    (tests/fixtures/README.md "A part handed to units in one sentence over targets naming none")."""
    cuts = [0, *cuts_outside_brackets(text, SENTENCE_ENDS, OPENERS, CLOSERS)]
    sentences = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)])]
    if not all(joined_paragraph(s) is not None for s in sentences if s.strip("".join(SENTENCE_ENDS))):
        return None
    found = _read_clauses(text)
    return found[0] if found is not None and found[0].lead else None


def _is_topic(sentence: str) -> bool:
    """A topic's name: short, no clause mark, naming no unit."""
    return (0 < len(sentence) <= TOPIC_MAX_CHARS and not any(ch in sentence for ch in "，,；;：:、")
            and not is_unit_list(sentence, place_groups=True))


def modal_paragraphs(lines: list[str], assigned: Callable[[str], bool],
                     tabled: bool = False) -> dict[int, tuple[str, Assignment]]:
    """The unnumbered paragraphs of ``lines`` that each give their duties to a modal's subjects, by index, each with
    its text whole and its assignment: a run of consecutive paragraphs with no number (``split_numbering``), each
    OPENING with a unit list before a modal (``各级各类新闻宣传单位要…``, ``农业部门要…``; a bare subject is not enough
    here: a paragraph opening with a body and a verb is any letter's sentence), the run judged as points are
    (``_is_run``: three at least, one naming a body that is no catch-all; every one on a page printing a table,
    ``tabled``).  Each paragraph is a measure numbered by its
    place, led by every subject of a modal in its clauses, in printed order (``_read_clauses``), as a point run in with
    its topic is (tests/fixtures/README.md "A point named by its topic whose sentences give its duties to several
    subjects"; holdout subjectparas-jiangxi-2004-2, batch 131: the page of a split 意见 opening inside a part).  A
    paragraph the paragraph readers find an assignment in (``assigned``) breaks the run; so does any numbered line."""
    found: dict[int, tuple[str, Assignment]] = {}
    run: list[tuple[int, str, tuple[Assignment, list[str]]]] = []
    for k, line in enumerate([*lines, ""]):
        text = line.strip()
        read = None
        if text and split_numbering(text) is None and not assigned(text) and _opens_with_modal_subject(text):
            read = _read_clauses(text)
        if read is not None:
            run.append((k, text, read))
            continue
        if _is_run([subjects for _k, _text, (_duty, subjects) in run], tabled):
            found.update((j, (text_j, duty)) for j, text_j, (duty, _subjects) in run)
        run = []
    return found


def _opens_with_modal_subject(text: str) -> bool:
    """True when ``text``'s first clause opens with a unit list before a modal (``_modal_head``)."""
    first = next((c.strip() for c in split_outside_brackets(text, _CLAUSE_CUTS, OPENERS, CLOSERS) if c.strip()), "")
    return bool(_modal_head(first)[0])


def _modal_subject(clause: str) -> tuple[list[str], int]:
    """The units ``clause`` opens with before a modal or 作为 (``_modal_head``), or as the bare subject of its verb
    (``_bare_subject``), and where they end, or ([], 0)."""
    named, after = _modal_head(clause)
    return (named, after) if named else _bare_subject(clause)


def _modal_head(clause: str) -> tuple[list[str], int]:
    """The units ``clause`` opens with before a modal or 作为 (``[modalduty] subject_words``), as printed, and where the
    modal ends, or ([], 0): a unit list (its names apart) or a run of kinds under one group word (one catch-all)."""
    for m in _subject_re().finditer(match_copy(clause)):
        head = clause[:m.start()]
        if not head:
            continue
        if is_unit_list(head, place_groups=True) or _catch_all_list(head) or _media_list(head):
            return _names(head), m.end()
        kinds = _kind_units(head)
        if kinds:
            return kinds, m.end()
    return [], 0


def _kind_units(head: str) -> list[str]:
    """``head`` as units when it is a run of bare kinds closed by one group word (``宣传、广播影视、新闻出版等部门``,
    ``卫生等部门``: ONE catch-all as printed, ``agencies.units.is_kind_run``), or two lists joined by a conjunction
    (``[verbs] conjunctions``) each closing with its own group word, one of them such a run (``卫生、…、公安和司法等有关
    部门及工、青、妇等社会团体``: two units, tests/fixtures/README.md "Bare kinds closed by 等"); else []."""
    patterns = default_patterns()
    if is_kind_run(head.strip(), patterns):
        return [head.strip()]
    for word in assign_vocab()["verbs"]["conjunctions"]:
        k = head.find(word)
        while k > 0:
            left, right = head[:k].strip(), head[k + len(word):].strip()
            if right and any(is_kind_run(side, patterns) for side in (left, right)) \
                    and all(is_kind_run(side, patterns) or is_unit_list(side, place_groups=True) or _catch_all_list(side)
                            for side in (left, right)):
                return [u for side in (left, right)
                        for u in ([side] if is_kind_run(side, patterns) else _names(side))]
            k = head.find(word, k + 1)
    return []


def _catch_all_list(head: str) -> bool:
    """True when ``head`` is a list of units and catch-alls of places that end like no unit (``各地、各部门``,
    ``各地、各有关部门``: 各地 is a catch-all group, ``AgencyPatterns.is_group``, short as such a group is,
    ``PLACE_GROUP_MAX_CHARS``), at least one of them such a catch-all; the rest each a unit list."""
    names = [n for n in split_outside_brackets(tidy_units(head), "、", OPENERS, CLOSERS) if n]
    patterns = default_patterns()
    places = [n for n in names if len(n) <= PLACE_GROUP_MAX_CHARS and patterns.is_group(n)]
    return bool(places) and all(n in places or is_unit_list(n, place_groups=True) for n in names)


def _media_list(head: str) -> bool:
    """True when ``head`` is a list whose names each end like a unit or name a kind of medium (``[modalduty]
    media``: 报纸, 期刊 …), at least one of them such a medium: ``省级主要报纸、期刊要定期刊出…`` gives its duty to the
    papers and journals, which print no body's name (tests/fixtures/README.md "A point named by its topic whose
    sentences give its duties to several subjects": every subject of a duty verb; holdout subjectparas-jiangxi-2004-2,
    batch 131: before, the clause named nobody).  Read only before a modal: elsewhere a medium is wording (在报纸上刊登)."""
    names = [n for n in split_outside_brackets(tidy_units(head), "、和及", OPENERS, CLOSERS) if n]
    media = tuple(assign_vocab()["modalduty"]["media"])
    named = [n for n in names if match_copy(n).endswith(media)]
    return bool(named) and all(n in named or is_unit_list(n, place_groups=True) for n in names)


def _bare_subject(clause: str) -> tuple[list[str], int]:
    """The units ``clause`` opens with as the subject of its verb with no modal between (``区城市管理部门执行…``,
    ``各镇街、工程项目主管部门牵头抓好…``, ``区城市管理部门按照相关文件规定，…``), as printed, and where they end, or ([], 0):
    the unit list the clause opens with (``_leading_units``, name by name at the segmenter's word ends), followed right
    away by a task's verb (``[outline] task_openers``), a role verb (``[verbs] role_hint``) or a word a subject is
    followed by (``[verbs] subject_followers`` and the verb modifiers).  A list that itself opens with a task's verb
    (``督促运输服务单位按时清运…``: the body urged is the verb's object) is none, and so is a bracket (``（省科技厅、
    省教育厅负责）`` closing a point names its units as a bracket does, read by the bracket's readers).  Read only where the point's kind is a run of
    such points (``MIN_MODAL_POINTS``), as a modal's subject is: holdout subjectpoints-changping-2024-1 (batch 129)."""
    if clause[:1] in OPENERS:   # a bracket closing the point (（A、B负责）) is its units' own clause, no subject
        return [], 0
    if _subject_re().match(match_copy(clause)):
        # a clause opening with its modal (需要动员全社会共同参与, 要会同有关部门…) has its subject elsewhere or none:
        # the words after the modal are its verb's (before, 需要动员全社会 was read as a unit leading: holdout
        # topicpoints-guangdong-1999-9, batch 131)
        return [], 0
    if opens_with_task_verb(clause):
        return _role_verb_subject(clause)
    units = _leading_units(clause)
    if not units or not _after_subject_re().match(match_copy(clause[len(units):])):
        return [], 0
    return _names(units), len(units)


def _role_verb_subject(clause: str) -> tuple[list[str], int]:
    """The units named as a role verb's subject after the task's verbs a clause opens with (``落实各镇街轮流牵头开展…``:
    the towns lead, whatever verb puts them to it), and where they end, or ([], 0).  Only a role verb (``[verbs]
    role_hint``, after any verb modifiers) names them so: ``督促运输服务单位加强…`` urges a body, which is the verb's object."""
    at = task_verbs_end(clause)
    units = _leading_units(clause[at:])
    if not units or not _role_after_re().match(match_copy(clause[at + len(units):])):
        return [], 0
    return _names(units), at + len(units)


def _with_units(clause: str, at: int) -> list[str]:
    """The bodies a modal's subject works with, named right after the modal (``X要会同Y立即开展…``: ``[modalduty]
    with_words``): they support, as the 会同 units of a 由 clause do; [] where none is named so."""
    m = _with_re().match(match_copy(clause), at)
    units = _leading_units(clause[m.end():]) if m else ""
    return _names(units) if units else []


def opening_with_units(duties: str) -> tuple[str, ...]:
    """The bodies a unit's duties name first, right after 会同 (``市商务局：会同市发展改革委负责…``, ``[modalduty]
    with_words``): they support the unit the duties belong to, as the 会同 units of a 由 clause or of a modal's subject
    do; () where the duties open otherwise (a 会同 later in them works with that one duty only)."""
    return tuple(_with_units(duties, 0))


def _by_units(clause: str) -> list[str]:
    """The bodies a clause names after its opening 由 as the doers of the rest (``并由X限期办理…``: ``[modalduty] by``),
    or []: a clause of the point naming its doer so leads, as a 由 clause does everywhere."""
    m = _by_re().match(match_copy(clause))
    if m is None:
        return []
    units = _leading_units(clause[m.end():])
    return _names(units) if units and len(units) < len(clause) - m.end() else []


def _leading_units(text: str) -> str:
    """The unit list ``text`` opens with (within ``UNIT_RUN_MAX_CHARS`` characters), or '': name by name, each ending
    like a unit AT A WORD'S END (the segmenter's words: 部 of 部门 and 办 of 办法 or 办理 end no name) and going on word
    by word while it still does (市委员会 + 办公室), names chained by a list's joints (``[modalduty] list_joints``: 、 和 及 等), so
    ``商务部等有关部门立即开展…`` gives 商务部等有关部门, ``工商行政管理部门限期办理…`` stops before 限期 and
    ``研究制定办法`` names nobody."""
    joints = tuple(sorted(assign_vocab()["modalduty"]["list_joints"], key=len, reverse=True))
    copy = match_copy(text[:UNIT_RUN_MAX_CHARS])
    bounds, at = set(), 0
    for word in jieba_tokenizer().lcut(copy, HMM=False):
        at += len(word)
        bounds.add(at)
    def names_unit(e: int) -> bool:
        return (e in bounds and is_unit_list(text[start:e], place_groups=True)
                and not any(copy.startswith(j, e - len(j)) for j in joints))

    found, start = "", 0
    while start < len(copy):
        end = next((e for e in range(start + 2, len(copy) + 1) if names_unit(e)), None)
        if end is None:
            break
        # a name goes on word by word while it still ends like a unit (市委员会 + 办公室), up to the first word that does not
        while (nxt := min((b for b in bounds if b > end), default=None)) is not None and names_unit(nxt):
            end = nxt
        found = text[:end]
        joint = next((j for j in joints if copy.startswith(j, end)), None)
        if joint is None:
            break
        start = end + len(joint)
    return found


def _joint(clause: str) -> Assignment | None:
    """The assignment of a ``由A会同B…`` phrase in ``clause`` (A leads, B supports: ``assign.clause_roles``), or of its
    short form ``由A会B…`` (``_short_joint``), or None."""
    m = _joint_re().search(match_copy(clause))
    if m is None:
        return _short_joint(clause)
    roles = clause_roles(clause[m.start():]) or ()
    lead = [u for role, cell in roles if role == "lead" for u in _names(cell)]
    support = [cell for role, cell in roles if role == "support"]
    return Assignment(lead=tuple(lead), support=tuple(support), form=HEADING_FORM) if lead else None


def _short_joint(clause: str) -> Assignment | None:
    """The assignment of ``由A会B…`` in ``clause`` (``具体检查评估办法由省卫生厅会有关部门另行制订``: ``[modalduty] with_short``,
    会 the short form of 会同), or None: after 由 a unit list (``_leading_units``, ending at a word's end), the short word
    right after it, then a unit list and more words (its verb).  A leads and B supports, as in ``由A会同B…``; 会 anywhere
    else (会议, 将会, 会商) is read as ever (tests/fixtures/README.md "Bare kinds closed by 等 with no level word; 会 for
    会同"; holdout topicpoints-guangdong-1999-9, batch 131)."""
    copy = match_copy(clause)
    shorts = tuple(assign_vocab()["modalduty"]["with_short"])
    for m in _by_re().finditer(copy):
        for short in shorts:   # 会 itself ends a unit (…委员会): the lead is the unit list right before a 会 after 由
            at = copy.find(short, m.end() + 2, m.end() + UNIT_RUN_MAX_CHARS)
            while at > 0:
                lead, rest = clause[m.end():at], clause[at + len(short):]
                whole = any(copy.startswith(w, at) for w in assign_vocab()["modalduty"]["with_words"])   # 会同: _joint's
                helped = _leading_units(rest) if not whole and is_unit_list(lead, place_groups=True) else ""
                if helped and len(helped) < len(rest):
                    return Assignment(lead=tuple(_names(lead)), support=tuple(_names(helped)), form=HEADING_FORM)
                at = copy.find(short, at + 1, m.end() + UNIT_RUN_MAX_CHARS)
    return None


def joined_paragraph(text: str) -> Assignment | None:
    """The assignment of an unnumbered paragraph that goes on with the point above it (``inline._add_paragraph``):
    one whose first words are a modal's subject (``卫生、…等有关部门及工、青、妇等社会团体，要制订…``, the subject set off
    by a comma before its modal), led by every subject of a modal in its clauses (``_read_clauses``); None otherwise."""
    found = _read_clauses(text)
    return found[0] if found is not None and text.startswith(found[1][0]) else None


def _names(cell: str) -> list[str]:
    """The unit names of ``cell``, a 各 group one name."""
    return join_place_groups([n for n in split_outside_brackets(tidy_units(cell), "、", OPENERS, CLOSERS) if n]) or [cell]


@lru_cache(maxsize=1)
def _subject_re() -> re.Pattern:
    words = sorted(assign_vocab()["modalduty"]["subject_words"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _after_subject_re() -> re.Pattern:
    """What may follow a bare subject (``_bare_subject``): any run of verb modifiers, then a task's verb, a role verb or a
    word a subject is followed by."""
    verbs = assign_vocab()["verbs"]
    modifiers = alternation(verbs["verb_modifiers"])
    words = alternation({*vocab()["outline"]["task_openers"], *verbs["subject_followers"]})
    return re.compile(rf"(?:{modifiers})*(?:{words}|{verbs['role_hint']})")


@lru_cache(maxsize=1)
def _role_after_re() -> re.Pattern:
    """A role verb after any run of verb modifiers (``_role_verb_subject``)."""
    verbs = assign_vocab()["verbs"]
    modifiers = alternation(verbs["verb_modifiers"])
    return re.compile(rf"(?:{modifiers})*(?:{verbs['role_hint']})")


@lru_cache(maxsize=1)
def _support_duty_re() -> re.Pattern:
    return re.compile(assign_vocab()["modalduty"]["support_duty"])


@lru_cache(maxsize=1)
def _with_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, assign_vocab()["modalduty"]["with_words"])))


@lru_cache(maxsize=1)
def _by_re() -> re.Pattern:
    return re.compile(assign_vocab()["modalduty"]["by"])


@lru_cache(maxsize=1)
def _joint_re() -> re.Pattern:
    return re.compile(assign_vocab()["modalduty"]["joint"])


@lru_cache(maxsize=1)
def _together_re() -> re.Pattern:
    return re.compile(assign_vocab()["topicduty"]["together"])
