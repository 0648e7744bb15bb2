"""An institution's report item naming the office it sets to work as its verb's object (stage 5, the prose form).

``1、学校要求总务处抓紧更换老化灯管…，保证2018年7月低完成整改；``: a school's (a hospital's, a company's) 整改报告 says
what each of its own offices is to do in a sentence whose subject is the institution itself and whose verb directs
the office after it (``[verbs] directive_subjects`` then ``directive_verbs``).  The office leads; the item's text is
the paragraph as printed (the unit is inside its sentence, as a 由 clause's is not cut out of a task it names), its
deadline the first date the paragraph prints with a year, as printed from the date to its last period word
(tests/fixtures/README.md "A school's rectification report whose items name the office the school sets to work";
holdout schoolreport-shangzhou, batch 120: before, such items gave no rows).  ``proseassign.split_prose`` asks it
last, after every reading of a closing or first sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .assign import Assignment
from .deadlines import deadline_length
from .labels import assign_vocab, match_copy
from .unitlists import CONJUNCTIONS, is_unit_list
from ..hanzi import simplified
from ..text import CJK_RE, alternation, close_cjk_gaps, fold

#: an office's name after the directive verb is at most this long (总务处: 3; 后勤保障处: 5)
OFFICE_MAX_CHARS = 12
#: what a paragraph's date opens with: a year in digits
_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年")
#: the words that end a deadline's phrase after its period (deadlines.toml [kinds] phrase_tails): the verb, never the date's
_VERB_TAILS = ("完成",)
#: what goes on a unit list after a name (the list mark and the conjunctions' last characters, ``[verbs] conjunctions``)
_LIST_MARKS = "、" + CONJUNCTIONS
#: marks and joins left at a cut phrase's end
_TRAILING = "，,、 \u3000"


@lru_cache(maxsize=1)
def _opener_re() -> re.Pattern:
    """The institution's word for itself and its verb: a directive (``directive``: 要求, 责成) or an urging one
    (``urging``: 督促, its object an outside party)."""
    verbs = assign_vocab()["verbs"]
    return re.compile(rf"(?:{alternation(verbs['directive_subjects'])})"
                      rf"(?:(?P<directive>{alternation(verbs['directive_verbs'])})|(?P<urging>{alternation(verbs['urging_verbs'])}))")


def directive_item(text: str) -> Assignment | None:
    """The assignment of a paragraph opening ``<institution><directive verb><office><action>`` (``学校要求总务处抓紧…``),
    or None: the office is the shortest run after the verb that is a unit list (``is_unit_list``) and is followed by
    the action's first character (a Chinese character that goes on no list: not 、 和 及 与), so ``学校要求各处室…``
    and wording (``学校要求全体师生…``) give none."""
    simple = simplified(text)
    m = _opener_re().match(simple)
    if m is None:
        return None
    office = _office(text, m.end()) if m.group("directive") else _clause_subject(text, m.end())
    if office is None:
        return None
    return Assignment(lead=(office,), deadline=_date_phrase(text), form="prose")


def _office(text: str, start: int) -> str | None:
    """The office named right after the directive verb at ``start``: the longest run of Chinese characters there
    (at most ``OFFICE_MAX_CHARS``) that is a unit list and is followed by the action's first character (``各处室认真…``
    is 各处室, not 各处), or None."""
    found = None
    for end in range(start + 2, min(len(text) - 1, start + OFFICE_MAX_CHARS) + 1):
        name = text[start:end]
        if not CJK_RE.match(name[-1]):
            break
        after = text[end]
        if after not in _LIST_MARKS and CJK_RE.match(after) and is_unit_list(name):
            found = name
    return found


def _clause_subject(text: str, start: int) -> str | None:
    """After an urging verb's object (an outside party: ``学校督促操场建设施工单位加快施工，总务处同步选购…``), the office
    opening a later clause of the same sentence (``总务处``), or None."""
    stop = next((i for i, ch in enumerate(text) if i >= start and ch in _SENTENCE_STOPS), len(text))
    for m in _CLAUSE_COMMA_RE.finditer(text, start, stop):
        office = _office(text, m.end())
        if office is not None:
            return office
    return None


#: a clause's comma, full-width or ASCII (a copy that turned its marks to ASCII ones)
_CLAUSE_COMMA_RE = re.compile(r"[，,]")


#: the marks that end the sentence an urging verb opens
_SENTENCE_STOPS = "。；;！？!?"


def _date_phrase(text: str) -> str | None:
    """The first date the paragraph prints with a year, as printed from its year to its last period word
    (``保证2018年7月低完成整改`` -> ``2018年7月低``; ``…标准2018年10月低，完成整改任务`` -> ``2018年10月低``), or None."""
    text = close_cjk_gaps(text)   # pdftotext's spaces around the digits (2018 年 7 月低): the phrase as output
    copy = fold(match_copy(text))   # the matching copy (full-width digits folded; same length), as deadlines read it
    for m in _YEAR_RE.finditer(copy):
        length = deadline_length(copy[m.start():])
        if not length:
            continue
        phrase = text[m.start():m.start() + length]
        while True:
            cut = phrase.rstrip(_TRAILING)
            cut = next((cut[:-len(t)] for t in _VERB_TAILS if cut.endswith(t)), cut)
            if cut == phrase:
                break
            phrase = cut
        return phrase or None
    return None
