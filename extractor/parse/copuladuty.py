"""Duties named in copula sentences (docs/parsing.md, "Duties named in copula sentences"): a plan for ONE matter
(a 人大代表议案's 办理方案) may name its units in the point on duties as sentences of their own, each opening with a
unit list, a copula and a role's label word, the matter it is the role for sometimes between them, and then that
unit's duty (``州水利水产局为该议案办理工作的牵头责任单位，负责研究制定…。州发改委、…为协办单位，各单位要…。``).
The paragraph is one measure whose text is the paragraph WHOLE (the duties are stated in the same sentences as the
units) and whose units are those the sentences name, read as the labels they say (``牵头责任单位：X；协办单位：A、B``,
form ``inline-label``): tests/fixtures/README.md "One matter handed out in copula sentences"; holdout
copuladuty-enshi-2012-1, batch 88.  A sentence naming units so and nothing after them, closing an item's task, is
``proseassign._unit_copula_sentence``'s (the text is the item without it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .assign import Assignment, parse_labels
from .labels import assign_vocab, copula_label_words, match_copy
from .unitlists import CLOSERS, OPENERS, is_unit_and_town_list, is_unit_list, split_clauses
from ..brackets import split_outside_brackets
from ..text import COLONS, FULL_STOPS, TRAILING_MARKS, alternation, compare_key

#: the matter a copula sentence names its units' role for, between the copula and the label word
#: (``为该议案办理工作的牵头责任单位``, ``为老旧小区改造的牵头单位``): at most this many characters, then 的
MATTER_MAX_CHARS = 16


@lru_cache(maxsize=1)
def _opening_re() -> re.Pattern:
    """``<units><copula>[<matter>的]<label word>``, a clause that names units and their role (``fullmatch``)."""
    copulas = alternation(assign_vocab()["labels"]["copulas"])
    matter = rf"(?:[^，,；;。：:]{{1,{MATTER_MAX_CHARS}}}?的)?"
    return re.compile(rf"(?P<u>.+?)(?:{copulas}){matter}(?P<w>{copula_label_words()})")


def _sentences(text: str) -> list[str]:
    """The paragraph's sentences (parted at a full stop outside brackets), each without its closing stop."""
    parts = split_outside_brackets(text, "".join(FULL_STOPS), OPENERS, CLOSERS)
    return [p.strip() for p in parts if p.strip(TRAILING_MARKS)]


@lru_cache(maxsize=1)
def _rule_res() -> tuple[re.Pattern, ...]:
    """The phrases of the conventions a notice states (``[conventions]`` first_leads, all_lead: 列第一位的为牵头单位)."""
    found = [assign_vocab()["conventions"][name] for name in ("first_leads", "all_lead")]
    return tuple(re.compile(p) for f in found for p in ([f] if isinstance(f, str) else f))


def _named(clause: str) -> str | None:
    """``<label word>：<units>`` of a clause naming units and their role after a copula, else None: a label
    before them (``注：…``) makes it none."""
    m = _opening_re().fullmatch(match_copy(clause))
    units = clause[:m.end("u")] if m is not None else ""
    if m is None or any(c in units for c in COLONS) \
            or not (is_unit_list(units, place_groups=True) or is_unit_and_town_list([units])):
        return None
    return f"{m.group('w')}：{units}"


def copula_duties(paragraph: str) -> Assignment | None:
    """The units of a paragraph whose every sentence opens by naming units and their role after a copula
    (``_opening_re``) and at least one goes on with that unit's duty, read as the labels the sentences say; None
    for any other paragraph.  Every sentence must open so, its units a unit list (a town or a street office among
    bodies allowed, as ``proseassign._unit_copula_sentence`` allows), so wording that merely contains a copula
    (``把要求落实为具体措施``) or a cover letter's rule (``牵头单位为排在第一位的单位``: no unit before the copula) is
    never read."""
    sentences = _sentences(paragraph)
    if not sentences or any(rx.search(compare_key(paragraph)) for rx in _rule_res()):
        return None   # 注：责任单位中列第一位的单位为牵头单位，其他为配合单位: the notice's rule, no duty
    labels, duties = [], 0
    for sentence in sentences:
        clauses = [c.strip() for c in split_clauses(sentence)]
        named = 0
        for clause in clauses:   # the sentence's opening clauses that name units so; the rest is their duty
            found = _named(clause)
            if found is None:
                break
            labels.append(found)
            named += 1
        if not named:
            return None
        duties += named < len(clauses)
    if not duties:
        return None   # only units named: the closing copula sentence's reading (proseassign._unit_copula_sentence)
    found = parse_labels("；".join(labels), "inline-label")
    return found if found is not None and found.lead else None


def copula_units(clause: str) -> Assignment | None:
    """The units ONE clause names with a copula and its role (``X为主体责任部门``, ``A、B为协办单位``: ``_named``) read as
    the label says, or None (a point's sentence opening so: ``topicduties.topic_duty``)."""
    found = _named(clause.strip())
    return parse_labels(found, "inline-label") if found is not None else None


def add_duty_paragraph(outline, paragraph: str) -> bool:
    """Add an unnumbered ``paragraph`` naming its units in copula sentences (``copula_duties``) to ``outline``: the
    paragraph whole under its heading, then its units as a stand-alone assignment, so a numbered heading printing no
    sentence over it alone is a section holding it, numbered as the heading (``outlineheads.headed_tasks``: README
    "A numbered heading over one task"); False, adding nothing, for any other paragraph."""
    duties = copula_duties(paragraph)
    if duties is None:
        return False
    outline.add_more(paragraph, None)
    outline.add_group(duties)
    return True
