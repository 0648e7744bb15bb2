"""The clauses and headings of the assignment wording that say when.

A clause beside the units may be the measure's deadline (``2023年底前完成``, ``确保年内投入运营``:
``is_deadline_clause``; a phrase the date grammar reads whole: ``is_deadline_phrase``) or
a rhythm of reports (``按季度调度``: ``is_rhythm_clause``), a note and no deadline; a heading
may state the deadline or the ongoing phrase of the items under it
(``parse_heading_deadline``, ``parse_ongoing_heading``).  The dates themselves are read by
``deadlines.py``; the words are ``[verbs]`` in ``assign.toml`` (``labels.verb_re``).
"""
from __future__ import annotations

from ..text import fold
from .deadlines import deadline_length, holds_ongoing_word, holds_recurring_word
from .labels import VALUE_STRIP, labelled_parts, match_copy, verb_re


def is_rhythm_clause(clause: str) -> bool:
    """A clause that says how often the work is reported or dispatched, not when it is done: it
    holds a recurring word (deadlines.toml ``[kinds] recurring``: ``按季度调度``, ``每月报送进展``,
    ``定期通报``), no completion word (``[verbs] completion``: ``每年6月底前完成`` recurs, yet is
    a deadline) and more than a time: a recurring time alone, which the date grammar reads whole
    (``每季度末``, ``每月底前``, ``每季度``), says by when and is a deadline that recurs
    (tests/fixtures/README.md "A recurring time in an item's assignment").  Beside units a rhythm is
    a note; a notice whose deadlines print rhythms takes a lone one for the deadline
    (``conventions.give_rhythm_deadlines``)."""
    copy = fold(match_copy(clause)).strip()
    return (holds_recurring_word(copy) and not verb_re("completion").search(copy)
            and deadline_length(copy) < len(copy))


def is_deadline_clause(clause: str) -> bool:
    """A clause that names when: a deadline word (年底, 持续: ``[verbs] deadline``) or a period the
    date grammar opens it with (全年推进, 当年见效)."""
    copy = match_copy(clause)
    return bool(verb_re("deadline").search(copy)) or deadline_length(fold(copy)) > 0


def is_deadline_phrase(text: str) -> bool:
    """Whether ``text`` is a deadline phrase and nothing more (``2023年6月30日前``, ``持续推进``):
    the date grammar (``deadlines.deadline_length``) reads all of it."""
    return bool(text) and deadline_length(match_copy(fold(text))) == len(text)


def parse_heading_deadline(text: str) -> str | None:
    """The deadline a heading states for the items under it, as printed
    (``2019年3月底前完成的工作`` -> ``2019年3月底前``), or None (``[verbs] heading_deadline``)."""
    s = text.strip()
    m = verb_re("heading_deadline").match(match_copy(s))
    when = s[:m.end("when")] if m is not None else ""
    return when if is_deadline_phrase(when) else None


def parse_closing_deadline(text: str) -> str | None:
    """The date a sentence looking back at a whole list sets for it, as printed from the date to its 前
    (``上述责任单位要…，对存在的问题务必于4月18日前整改完毕。`` -> ``4月18日前``), or None (``[verbs]
    closing_deadline``; the date must read whole as a deadline phrase)."""
    m = verb_re("closing_deadline").search(match_copy(text))
    when = text[m.start("when"):m.end("when")] if m is not None else ""
    return when if is_deadline_phrase(when) else None


def parse_ongoing_heading(text: str) -> tuple[str, bool] | None:
    """The ongoing phrase a heading names, as printed (``全年持续推进的任务`` -> ``全年持续推进``,
    ``持续推进的事项`` -> ``持续推进``), and whether it names its period (``[verbs] heading_period``:
    全年, 长期), or None (``[verbs] heading_ongoing``).  Whether it is the items' deadline depends
    on that and on the headings beside it (``outline``)."""
    s = text.strip()
    m = verb_re("heading_ongoing").match(match_copy(s))
    when = s[:m.end("when")] if m is not None else ""
    if not is_deadline_phrase(when) or not holds_ongoing_word(copy := match_copy(when)):
        return None
    return when, verb_re("heading_period").search(copy) is not None


def labelled_deadline(clause: str) -> str | None:
    """The value of a clause that is one deadline label and its value (``完成时限：2022年10月``, beside the verb
    clause of a bracket: ``（A、B负责落实，完成时限：2022年10月）``, 西城区's 2022 政务公开要点, holdout
    limitinbracket-xicheng, batch 109), as printed, or None.  The label names the slot and is no word of the
    deadline, as a label line's is not; before, the bracket's deadline kept it (``完成时限：2022年10月``)."""
    before, found = labelled_parts(clause.strip(VALUE_STRIP))
    if before or len(found) != 1 or found[0][0] != "deadline":
        return None
    return found[0][2].strip(VALUE_STRIP) or None
