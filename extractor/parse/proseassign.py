"""An assignment a paragraph writes as a sentence of its own wording, not in a bracket (docs/forms.md): the
closing sentence (``split_prose``: ``……。由市发改局会同市财政局负责落实。``, the ``prose`` form, and its kin with a subject
naming the item, a topic, or units and a copula) and the clauses that open the paragraph (``split_leading``:
``由A负责，B牵头，C配合，做好某某工作。``, ``inline-verb``).  ``inline.split_assignment`` asks them after the
paragraph's brackets.  Moved out of inline.py (session 66), unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .assign import Assignment, clause_roles, duty_only_units, is_leader, parse_labels, parse_verbs, with_form
from .decided import after_topic, cut_report, opens_report
from .headlines import RUN_IN_COLONS
from .labels import (assign_vocab, colon_copulas, copula_label_words, match_copy, prose_opener,
                     starts_with_label)
from .directive import directive_item
from .namedfirst import named_first_sentence
from .unitlists import CLOSERS, OPENERS, is_town_list, is_unit_and_town_list, is_unit_list, split_clauses
from ..brackets import cuts_outside_brackets
from ..hanzi import simplified
from ..text import CJK_RE, FULL_STOPS, SENTENCE_ENDS, TRAILING_MARKS, alternation

#: the 由 of the prose form stands this near its sentence's start (此项重点工作，由: 8): a cheap test before the opener's
PROSE_OPENER_MAX_CHARS = 10   # expression on every paragraph


@lru_cache(maxsize=None)
def _prose_subject_re() -> re.Pattern:
    """The words naming the item a closing sentence assigns (此项工作, 该项任务，); ``match`` only."""
    verbs = assign_vocab()["verbs"]
    return re.compile(rf"(?:{alternation(verbs['prose_demonstratives'])})(?:{verbs['prose_subject']})")


@lru_cache(maxsize=None)
def _prose_opener_re() -> re.Pattern:
    """由, maybe after the item's subject and an adverb (此项工作由, 此项工作分别由: ``[verbs] prose_adverbs``);
    ``match`` only."""
    adverbs = alternation(assign_vocab()["verbs"]["prose_adverbs"])
    return re.compile(rf"(?:{_prose_subject_re().pattern})?(?:{adverbs})?{re.escape(prose_opener())}")


@lru_cache(maxsize=None)
def _prose_topic_re() -> re.Pattern:
    """The topic a sentence names its item by before its 由 clause (关于“…”的问题，); ``match`` only."""
    return re.compile(assign_vocab()["verbs"]["prose_topic"])


@lru_cache(maxsize=None)
def _prose_demonstratives() -> frozenset[str]:
    return frozenset(assign_vocab()["verbs"]["prose_demonstratives"])


def split_prose(text: str) -> tuple[str, Assignment | None]:
    """``……。由X会同Y、Z等部门负责落实。`` -> (``……。``, X leads, Y、Z support);
    ``……。此项工作由X牵头，Y配合，2024年底前完成。`` -> (``……。``, X, Y, the deadline);
    ``……。此项工作X牵头，Y配合。`` / ``……。该项任务牵头单位为X，配合单位为Y。`` alike.

    Only the paragraph's last sentence, and only when it opens with 由 (after a
    subject naming the item, ``[verbs] prose_subject``), or with that subject and no
    由, and every clause after it is verb wording, units or a deadline (``parse_verbs``)
    or labels (``parse_labels``), so a 由 in the middle of the wording, or a unit's
    part in it, is never taken for an assignment.
    """
    body = text.rstrip(TRAILING_MARKS)
    cut = max(map(body.rfind, SENTENCE_ENDS))
    sentence = body[cut + 1:]
    if prose_opener() in sentence[:PROSE_OPENER_MAX_CHARS]:
        m = _prose_opener_re().match(simplified(sentence))
        if m is not None:
            clauses = split_clauses(sentence[m.end() - 1:])   # from 由 on: tidy_units drops it
            found = with_form(parse_verbs("，".join(clauses), "prose"), "prose") or _before_report(clauses)
            return (text[:cut + 1].strip(), found) if found is not None else (text, None)
    found = _topic_sentence(sentence)
    if found is not None:
        return (text[:cut + 1] + found[0]).strip(), found[1]
    found = _subject_sentence(sentence) or _unit_copula_sentence(sentence)
    if found is not None:
        return text[:cut + 1].strip(), found
    if cut >= 0 and body[cut] not in FULL_STOPS:   # label clauses may part at ；: the sentence from its 。
        stop = max(map(body.rfind, FULL_STOPS))
        found = _subject_sentence(body[stop + 1:])
        if found is not None:
            return text[:stop + 1].strip(), found
    found = named_first_sentence(text)
    if found is not None:
        return found
    directed = directive_item(text)   # 学校要求总务处…: the institution's own office as its verb's object
    return (text, directed) if directed is not None else (text, None)


def _before_report(clauses: list[str]) -> Assignment | None:
    """The assignment of a prose sentence's clauses before a report run on after them
    (``这项工作由国家发展改革委负责，去年国内生产总值增长6.7%``): from the first clause after the first that opens
    with a report's words (``decided.opens_report``: 已, 目前, 截至, 去年, …) to the sentence's end, the clauses say
    what has been done, no role, deadline or text; the clauses before them are read as ever.  None where no such
    clause follows, or where the clauses before it are no assignment (holdout thiswork-guowuyuan-2017-1, batch 111:
    before, the report made the sentence wording and the page gave no row)."""
    at = next((i for i, clause in enumerate(clauses) if i and opens_report(clause)), None)
    if at is None:
        return None
    return with_form(parse_verbs("，".join(clauses[:at]), "prose"), "prose")


def _topic_sentence(sentence: str) -> tuple[str, Assignment] | None:
    """(the topic, the assignment) of a sentence that names its item by topic before its 由 clause
    (``关于“…”的问题，由X会同Y等部门研究提出落实意见``: ``[verbs] prose_topic``), or None."""
    if simplified(sentence[:2]) != "关于":
        return None   # most paragraphs (关于 in either script: 關於)
    m = _prose_topic_re().match(simplified(sentence))
    if m is None or not sentence.startswith(prose_opener(), m.end()):
        return None
    found = with_form(parse_verbs("，".join(split_clauses(sentence[m.end():])), "prose"), "prose")
    return (sentence[:m.end()].rstrip("，,"), found) if found is not None else None


def _subject_sentence(sentence: str) -> Assignment | None:
    """The assignment of a sentence that opens with the item's subject and no 由 (此项工作X牵头，
    Y配合 / 本项工作责任单位：X / 该项任务牵头单位为X，配合单位为Y), or None."""
    if not sentence or simplified(sentence[0]) not in _prose_demonstratives():
        return None   # most paragraphs
    m = _prose_subject_re().match(simplified(sentence))
    if m is None:
        return None
    rest = colon_copulas(sentence[m.end():])
    if starts_with_label(rest):
        return parse_labels(rest, "inline-label")
    found = with_form(parse_verbs("，".join(split_clauses(rest)), "prose"), "prose")
    # no 由 to set them off: every name before a verb must end like a unit (此项工作各部门要明确专人负责)
    return found if found is not None and all(map(is_unit_list, found.lead + found.support)) else None


def _unit_copula_sentence(sentence: str) -> Assignment | None:
    """The assignment of a sentence naming units and then their role after a copula, each clause
    ``<units>为<label word>`` (``市政府法制办、市审改办、浦东新区政府为主要责任单位`` / ``A为牵头单位，B为配合单位``:
    a copula of ``[labels] copulas``, a label word of a role), read as the labels it says
    (``主要责任单位：A、B、C``, form ``inline-label``), or None.  Every clause must be one such, its units a unit
    list (a town or a street office among bodies allowed: ``…、大公桥街道为配合单位``, blindsynth session 57 seeds 6047
    and 5218), so wording (``把要求落实为具体措施``) is never read.  上海's 2004 市政府重点工作 closes each part's
    paragraph so, over the part's contents (holdout mainresp-shanghai, batch 57: before, the sentence was
    wording and the page gave no row)."""
    copy = match_copy(sentence)   # once: a long sentence's copy is no cached one
    if not any(c in copy for c in _copula_chars()):
        return None   # most sentences (a traditional copy's 為 is matched simplified)
    labels = []
    for clause in split_clauses(sentence.strip().rstrip(TRAILING_MARKS)):
        m = _unit_copula_re().fullmatch(match_copy(clause.strip()))
        units = clause.strip()[:m.end("u")] if m is not None else ""
        if m is None or not (is_unit_list(units, place_groups=True) or is_unit_and_town_list([units])):
            return None
        labels.append(f"{m.group('w')}：{units}")
    return parse_labels("；".join(labels), "inline-label") if labels else None


@lru_cache(maxsize=1)
def _copula_chars() -> frozenset[str]:
    return frozenset(w[-1] for w in assign_vocab()["labels"]["copulas"])


@lru_cache(maxsize=1)
def _unit_copula_re() -> re.Pattern:
    """``<units><copula><label word>``: a role's label word after the units it names (labels.copula_label_words)."""
    copulas = alternation(assign_vocab()["labels"]["copulas"])
    return re.compile(rf"(?P<u>.+?)(?:{copulas})(?P<w>{copula_label_words()})")


def split_leading(text: str) -> tuple[str, Assignment | None]:
    """``由A负责，B牵头，C配合，做好某某工作。`` -> (``做好某某工作。``, the assignment).

    The clauses that open the paragraph's first sentence, as far as the last
    one with an assignment verb; the first must have one itself, and wording
    must follow, so an item that merely starts with a unit name is left alone.  After the first, a clause of units by
    their duties (``B各负其责``: ``assign.duty_only_units``, the support ``parse_verbs`` reads it as) is one of them:
    before session 73 the run stopped before it, and a closing ``由A牵头，B各负其责。`` under an item's short first
    sentence was read as opening its task, ``B各负其责`` the task's words and B lost (blindsynth seeds 961, 6740).
    """
    first = _first_clause(text)
    if first is None or not _names_units(first.group(1), leaders=True):
        return after_topic(text, split_leading)   # most paragraphs: no topic before a clause naming units (decided.py)
    cuts = _clause_ends(text)
    best = None
    for k, cut in enumerate(cuts[:-1], start=1):
        clause = text[cuts[k - 2] if k > 1 else 0:cut].strip(_CLAUSE_ENDS + " ")
        if _names_units(clause, leaders=True, towns=best is not None) or (
                best is not None and duty_only_units(clause) is not None):
            best = cut   # (A牵头，B各负其责: units by their duties after a lead are the run's too)
        if text[cut - 1] in SENTENCE_ENDS:
            break   # the first sentence only
    # verb wording wherever it stands: the form is inline-verb (prose is the 由X会同Y closing sentence)
    found = parse_verbs(text[:best], "inline-verb") if best is not None else None
    rest = text[best:].strip() if best is not None else ""
    if found is None or len(rest.strip(TRAILING_MARKS)) < MIN_LEADING_REST:
        return text, None
    return cut_report(_without_lead_in(rest)), found   # a decided item's report is no text (decided.py)


#: characters of wording that must follow a leading assignment (else the
#: paragraph is only an assignment, which the stand-alone line handles)
MIN_LEADING_REST = 4
#: a paragraph's closing lead-in to the items under it (主要措施：, 具体措施如下：) is a short phrase
LEAD_IN_MAX_CHARS = 10


def _without_lead_in(rest: str) -> str:
    """The wording after a leading assignment without the lead-in phrase that may close its paragraph over the
    items below (``由X承办，Y协办。治理工作目标：…。主要措施：``, chengban-fujian-2007-1): a phrase after the last full
    stop, closed by a colon, at most ``LEAD_IN_MAX_CHARS`` long, introduces what follows, never the task's words."""
    body = rest.rstrip()
    if not body.endswith(RUN_IN_COLONS):
        return rest
    stop = max(map(body.rfind, FULL_STOPS))
    if stop <= 0 or len(body) - stop - 1 > LEAD_IN_MAX_CHARS:
        return rest
    return body[:stop + 1]


_CLAUSE_ENDS = "，," + "".join(SENTENCE_ENDS)
#: the paragraph's first clause, when a separator ends it; a first clause holding a
#: bracket is not taken for a leading assignment (found by a regex: most paragraphs
#: stop here, and a scan of every paragraph's clauses cost 5 % of a run) ...
_FIRST_CLAUSE_RE = re.compile(rf"([^{_CLAUSE_ENDS}（(〔【\[［｛{{]{{2,60}})[{_CLAUSE_ENDS}]")
#: ... except a unit's second sign in round brackets right after its name (``由市财政局（市国资委）承办。``,
#: ``由区应急管理局(安委办)承办``), a short phrase: the brackets of a longer one are no name's
NAME_BRACKET_MAX_CHARS = 12
_NAMED_FIRST_CLAUSE_RE = re.compile(rf"((?:[^{_CLAUSE_ENDS}（(〔【\[［｛{{]"
                                    rf"|(?<=[\u4e00-\u9fff])[（(][^{_CLAUSE_ENDS}（()）]{{1,{NAME_BRACKET_MAX_CHARS}}}[）)])"
                                    rf"{{2,60}})[{_CLAUSE_ENDS}]")
#: the run before a paragraph's first clause end or bracket (the slower pattern is asked only where a
#: round bracket after a name stops the plain one)
_BEFORE_STOP_RE = re.compile(rf"[^{_CLAUSE_ENDS}（(〔【\[［｛{{]*")


def _first_clause(text: str) -> re.Match | None:
    """The paragraph's first clause (``_FIRST_CLAUSE_RE``), a unit's bracketed second sign in it allowed."""
    first = _FIRST_CLAUSE_RE.match(text)
    if first is None:
        at = _BEFORE_STOP_RE.match(text).end()
        if 0 < at < len(text) and text[at] in "（(" and CJK_RE.match(text[at - 1]):
            return _NAMED_FIRST_CLAUSE_RE.match(text)
    return first


def _names_units(clause: str, leaders: bool = False, towns: bool = False) -> bool:
    """A clause with an assignment verb whose every name ends like a unit
    (``区发改局牵头``; not ``各单位要明确专人负责``), a town or a street office among bodies allowed
    (``长桥街道、区审计局协办``: ``is_unit_and_town_list``); with ``leaders``, or names a leader
    (``由吴某副县长负责``: ``assign.is_leader``, kept out of the units by ``parse_verbs``); with ``towns`` (after a first
    assignment: ``由X承办，鹭江街道协办。``, holdout chengbanstreet-siming), streets or towns alone too (``is_town_list``)."""
    return (roles := clause_roles(clause)) is not None and all(is_unit_list(units) or is_unit_and_town_list([units]) or (
        towns and is_town_list(units)) or (leaders and is_leader(units)) for _role, units in roles)


def _clause_ends(text: str) -> list[int]:
    """Index just after each clause separator outside brackets, then len(text)."""
    return cuts_outside_brackets(text, _CLAUSE_ENDS, OPENERS, CLOSERS) + [len(text)]
