"""Points run in with a topic's name whose sentences give the point's duties to several subjects
(tests/fixtures/README.md "A point named by its topic whose sentences give its duties to several subjects, and a
paragraph of accountability after it"; docs/parsing.md "A list of duties by subject"): ``（四）疫情处置。市农牧林业局
负责制定…，镇(乡)人民政府负责落实…。市直有关部门按照各自职责…`` is one measure, its text whole, led by every subject
of a duty verb or of a follower in order, a subject of 协助 / 配合 only, or a unit after 与 … 共同, supporting.  The
paragraph after such a point saying whose people are held to account when it fails (``因…，追究市农牧林业局有关责任人的
责任；…``) is no text of it (``is_sanction``).  Holdout accountpara-unplaced-undated-1 and subjectpoints-laoting-2017-3
(batch 110, session 67).  A numbered heading naming whose duties the paragraphs under it are (``(四)动物卫生监督机构、
动物疫病预防控制机构和乡(镇)畜牧兽医中心站工作职责`` over ``动物卫生监督机构组织实施…`` / ``动物疫病预防控制机构承担…``)
makes each paragraph opening with one of its units a duty of that unit (``heading_duties``; holdout
deptduties-datong-undated-3).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .assign import HEADING_FORM, Assignment
from .copuladuty import copula_units
from .labels import assign_vocab, match_copy
from .unitduties import MIN_SUBJECT_DUTY_ITEMS, _names_a_lead, _units_before_follower, subject_duty, subject_units
from .unitlists import CLAUSE_SEPARATORS, CLOSERS, OPENERS, is_unit_list, tidy_units
from ..agencies.registry import default_patterns
from ..agencies.units import is_kind_run
from ..brackets import cuts_outside_brackets, split_outside_brackets
from ..numbering import split_numbering
from ..text import SENTENCE_ENDS, TRAILING_MARKS
from ..placegroups import join_place_groups


def topic_duty(text: str) -> Assignment | None:
    """The units of a point run in with a topic's name (its first sentence: ``[topicduty] topic_max_chars`` at most,
    no clause mark, no unit list) whose next sentence opens with units as a duty's subject (``unitduties.subject_units``,
    or before a follower: ``市直有关部门按照各自职责…``), or None.  Every clause of the point opening so names a subject:
    of 协助 / 配合 (``[topicduty] support_verbs``) it supports, else it leads (the first must be a role verb's or a
    copula's: ``各地各部门要…`` is a call to all, a cover letter's point); a unit list between 与 and 共同
    (``与市动物卫生监督所共同做好…``) supports; a unit that leads anywhere in the point only leads."""
    end = min(cuts_outside_brackets(text, SENTENCE_ENDS, OPENERS, CLOSERS), default=None)
    if end is None or not _is_topic(text[:end - 1]):
        return None
    lead: list[str] = []
    support: list[str] = []
    for k, clause in enumerate(c.strip() for c in split_outside_brackets(text[end:], _CLAUSE_CUTS, OPENERS, CLOSERS)):
        together = _together_units(clause)
        named = _subject(clause, k > 0) if not together or not match_copy(clause).startswith("与") else None
        if k == 0 and named is None:
            return None   # the duties open with a role verb's subject (各地各部门要…: a call to all, no duty)
        if named is not None:
            units, supports = named
            (support if supports else lead).extend(u for u in units if u not in lead)
        support.extend(together)
    if not lead:
        return None
    support = [u for u in dict.fromkeys(support) if u not in lead]
    return Assignment(lead=tuple(dict.fromkeys(lead)), support=tuple(support), form=HEADING_FORM)


def line_duty(text: str) -> Assignment | None:
    """The assignment of a numbered line of a list of duties by subject (``unitduties.subject_duty``), or None, with the
    two ways such a line names a second body (tests/fixtures/README.md "A duty line whose subject is to cooperate with a
    body named after the verb"): a subject that is to 配合 / 协助 (``[topicduty] support_verbs``) a unit list printed
    right after the verb (``市城管执法局要配合市、区环保部门开展联合执法``) supports, that list leading; a unit list
    between 与 and 共同 (``市民政局牵头，与区级政府共同做好…``) supports the subject."""
    found = subject_duty(text)
    if found is None or len(found.lead) != 1:
        return found
    end = min(cuts_outside_brackets(text, SENTENCE_ENDS, OPENERS, CLOSERS), default=len(text))
    subject, sentence = found.lead[0], text[:end]
    if sentence.startswith(subject):
        verb = _support_re().match(match_copy(sentence[len(subject):]))
        helped = _units_opening(sentence[len(subject) + verb.end():]) if verb else None
        if helped is not None:
            return Assignment(lead=(helped,), support=(subject,), form=HEADING_FORM)
    together = [u for u in _together_units(sentence) if u not in found.support]
    return replace(found, support=(*found.support, *together)) if together else found


#: the most characters of a unit list a support verb's object is read from (a phrase, not a clause)
MAX_HELPED_CHARS = 24


def helped_units(rest: str) -> str | None:
    """The units a clause's support verb (``[topicduty] support_verbs``, after any verb modifiers) names as whose work
    it helps, when ``rest`` opens with that verb (``积极配合卫生等部门编印…`` -> ``卫生等部门``), or None: the doer of the
    task, as in ``line_duty`` (tests/fixtures/README.md "A duty line whose subject is to cooperate with a body named
    after the verb")."""
    verb = _support_re().match(match_copy(rest))
    return _units_opening(rest[verb.end():]) if verb else None


def _units_opening(rest: str) -> str | None:
    """The longest unit list ``rest`` opens with, before its first clause mark (``市、区环保部门开展联合执法`` ->
    ``市、区环保部门``), or None; at most ``MAX_HELPED_CHARS`` characters are asked."""
    phrase = re.split(r"[，,。；;：:]", rest, maxsplit=1)[0][:MAX_HELPED_CHARS]
    # a run of bare kinds closed by 等 is one unit (卫生等部门: README "Bare kinds closed by 等")
    return next((phrase[:k] for k in range(len(phrase), 1, -1)
                 if is_unit_list(phrase[:k], place_groups=True) or is_kind_run(phrase[:k], default_patterns())), None)


def duty_kinds(items: list[tuple[str, str]]) -> frozenset[str]:
    """The numbering kinds whose items, in this notice, are duties naming their units as the subject, run in after a
    topic's name or not (``unitduties.subject_units``, ``topic_duty``), at least ``MIN_SUBJECT_DUTY_ITEMS`` of them
    (``unitduties.subject_duty_kinds`` counts the second kind only); ``items`` are (kind, text) of its numbered
    paragraphs."""
    counts = Counter(kind for kind, text in items
                     if not _names_a_lead(text) and (subject_units(text) is not None or topic_duty(text) is not None))
    return frozenset(kind for kind, n in counts.items() if n >= MIN_SUBJECT_DUTY_ITEMS)


def is_sanction(paragraph: str) -> bool:
    """A paragraph saying whose people are held to account when a duty fails (``因…，追究X有关责任人的责任；…``,
    ``在疫情处置中，因…``: ``[topicduty] sanction``): no duty, and no text of the point above it."""
    return bool(_sanction_re().match(match_copy(paragraph.strip())))


#: the marks a point's clauses are parted by (a subject may open any of them): ``unitlists.CLAUSE_SEPARATORS``
_CLAUSE_CUTS = CLAUSE_SEPARATORS


def _is_topic(sentence: str) -> bool:
    """A topic's name: short, no clause mark, naming no unit (``（十四）市工商局、市卫生局。`` names the item's units)."""
    return (0 < len(sentence) <= _vocab()["topic_max_chars"] and not any(ch in sentence for ch in "，,；;：:、")
            and not is_unit_list(sentence, place_groups=True) and subject_units(sentence) is None)


def _subject(clause: str, followed: bool = True) -> tuple[tuple[str, ...], bool] | None:
    """(the units ``clause`` opens with as its subject, whether its verb only supports) or None; a copula naming
    their role (``散煤堆场所在镇（乡）、街道为主体责任部门``: ``copuladuty.copula_units``) reads as its label says.  With
    ``followed`` a subject closed by a follower word counts too (``市直有关部门按照各自职责…`` after the point's first
    duty); the first must be a role verb's subject or a copula's."""
    copula = copula_units(clause)
    if copula is not None:
        return (*copula.lead, *copula.support), not copula.lead
    found = subject_units(clause) or (_units_before_follower(clause) if followed else None)
    if found is None:
        return None
    units = tuple(u for cell in found.lead for u in _names(cell))
    after = clause[len(found.lead[-1]):] if clause.startswith(found.lead[-1]) else ""
    return units, bool(_support_re().match(match_copy(after)))


def _names(cell: str) -> list[str]:
    """The unit names of ``cell``, a 各 group (or a site's: 散煤堆场所在镇（乡）、街道) one name."""
    return join_place_groups([n for n in split_outside_brackets(tidy_units(cell), "、", OPENERS, CLOSERS) if n]) or [cell]


def _together_units(clause: str) -> list[str]:
    """The units of a 与 … 共同 phrase in ``clause`` (a body sharing the work the subject leads)."""
    m = _together_re().search(match_copy(clause))
    if m is None:
        return []
    units = clause[m.start(1):m.end(1)]
    return _names(units) if is_unit_list(units, place_groups=True) else []


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return assign_vocab()["topicduty"]


@lru_cache(maxsize=1)
def _support_re() -> re.Pattern:
    verbs = assign_vocab()["verbs"]["verb_modifiers"]
    modifiers = "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))
    return re.compile(rf"(?:{modifiers})*(?:{'|'.join(map(re.escape, _vocab()['support_verbs']))})")


@lru_cache(maxsize=1)
def _together_re() -> re.Pattern:
    return re.compile(_vocab()["together"])


@lru_cache(maxsize=1)
def _sanction_re() -> re.Pattern:
    return re.compile(_vocab()["sanction"])


#: a heading naming whose duties its paragraphs are gives them only when at least this many of its paragraphs open
#: with one of its units (one such paragraph may be a point that happens to open with a unit)
MIN_HEADED_DUTIES = 2


def heading_duties(lines: list[str]) -> dict[int, tuple[str, Assignment]]:
    """The unnumbered paragraphs of ``lines`` under a numbered heading that is a unit list and a word of duties
    (``[topicduty] duty_heading_words``: ``…和乡(镇)畜牧兽医中心站工作职责``), each opening with one of the heading's
    units, by index, each with its text (whole: the unit is its subject) and that unit as its lead; at least
    ``MIN_HEADED_DUTIES`` under one heading.  Another numbered line or a paragraph opening with none of them ends
    the heading's run."""
    found: dict[int, tuple[str, Assignment]] = {}
    run: list[tuple[int, tuple[str, Assignment]]] = []
    names: tuple[str, ...] = ()
    for k, line in enumerate([*lines, ""]):
        copy = match_copy(line)   # the heading and its paragraphs may be in two scripts (a mirror's partial conversion)
        unit = next((line[:len(n)] for n in names if copy.startswith(n) and len(line) > len(n)), None)
        if unit is not None and split_numbering(line) is None:   # the unit as the paragraph prints it
            run.append((k, (line, Assignment(lead=(unit,), form=HEADING_FORM))))
            continue
        if len(run) >= MIN_HEADED_DUTIES:
            found.update(run)
        run = []
        numbered = split_numbering(line)
        names = _duty_heading_units(numbered[4]) if numbered is not None else ()
    return found


def _duty_heading_units(heading: str) -> tuple[str, ...]:
    """The units a heading names as whose duties follow (``A、B和C工作职责`` -> A, B, C), or ()."""
    text = heading.strip().rstrip(TRAILING_MARKS)
    copy = match_copy(text)   # a traditional copy's 工作職責 (match_copy keeps the length)
    word = next((w for w in sorted(_vocab()["duty_heading_words"], key=len, reverse=True) if copy.endswith(w)), None)
    units = text[:-len(word)] if word else ""
    if not units or not is_unit_list(units, place_groups=True):
        return ()
    return tuple(match_copy(n) for n in _names(units) if n)
