"""Text printed after an item's closing assignment bracket (tests/fixtures/README.md "Text after an item's closing
bracket"; docs/parsing.md "A tail after the closing bracket").

``inline.split_assignment`` finds an item's assignment in the bracket that ENDS its paragraph.  Pages print more
after it: the deadline, bare (``…落地。（市发展改革局牵头，市科技局配合）2019年底前``, ``…）长期坚持``), with its verb
and stop (``…）2019年12月底前完成。``), labelled (``…）完成时限：2019年底``) or in a bracket of its own
(``…）（2019年9月底前）``); a note of reading (``…）下同``); a mark ranking the task (``…）★``).  Read as wording, such a
tail hid the bracket: the item named no unit and was dropped, or (a deadline bracket) it took the next item's units.
``split_tailed`` reads the bracket before such a tail; any other tail (a sentence, the next item run on) is none.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .assign import Assignment
from .deadlinephrases import is_deadline_clause, is_deadline_phrase, is_rhythm_clause, labelled_deadline
from .labels import VALUE_STRIP, match_copy, verb_re
from .unitlists import CLOSERS, OPENERS
from ..brackets import matching_bracket, own_kind_opener
from ..numbering import ITEM_MARKS
from ..text import SENTENCE_ENDS, TRAILING_MARKS, vocab

#: the marks a plan ranks a task by (``[outline] item_marks``, ``[table] number_marks``: ★ ☆ ▲ ※ * …): after the
#: bracket they stay in the text as printed, as they do before the task
_TAIL_MARKS = frozenset(ITEM_MARKS + "".join(vocab()["table"]["number_marks"]))
#: what parts one clause from the next: a bare tail holding one is a sentence, no deadline of the bracket
_CLAUSE_MARKS = "，,；;。：:"


def split_tailed(text: str, parse_bracket: Callable[[str], Assignment | None]) -> tuple[str, Assignment] | None:
    """(the item's text, its assignment) of a paragraph whose closing assignment bracket is followed by a deadline,
    a note of reading or a mark (module doc), or None.  ``parse_bracket`` reads a bracket's inside
    (``inline.parse_bracket``: labels, verbs or a bare unit list)."""
    body = text.strip()
    core = body.rstrip(TRAILING_MARKS)
    parts = _head_and_tail(core)
    if parts is None:
        return None
    head, tail = parts
    opener = _opener(head)
    if opener is None or opener == 0:
        return None
    before = head[:opener].strip()
    found = parse_bracket(head[opener + 1:-1])
    if found is None or not found.has_units or not before:
        return None
    if found.form == "inline-list" and not before.endswith(SENTENCE_ENDS):
        return None   # 建设市民中心（含市图书馆）2019年底前完成: a bare list mid-sentence is wording (inline._cut_unit_list)
    stop = body[len(core):].strip()[:1]
    if not before.endswith(SENTENCE_ENDS) and stop in SENTENCE_ENDS:
        before += stop   # …改造（X牵头）2019年底前完成。: the stop closes the text, as one after the bracket does
    if all(ch in _TAIL_MARKS for ch in tail):
        return before + tail, found   # …。（X牵头）★: the mark stays, as printed
    if verb_re("note").fullmatch(match_copy(tail)):
        return before, found   # …）下同: a note of reading, no wording and no unit
    when = _tail_deadline(tail)
    if when is None:
        return None
    return before, replace(found, deadline=when if found.deadline is None else f"{found.deadline}，{when}")


def _head_and_tail(core: str) -> tuple[str, str] | None:
    """(the text up to the assignment bracket's closer, the tail after it) of a paragraph whose last bracket is
    followed by a bare tail or is itself a bracket right after the assignment's, else None."""
    if core and core[-1] in CLOSERS:
        opener = _opener(core)   # …）（2019年9月底前）: the last bracket is the tail when a bracket ends right before it
        if opener is None or opener == 0:
            return None
        head = core[:opener].rstrip()
        return (head, core[opener:]) if head and head[-1] in CLOSERS else None
    closer = max(core.rfind(ch) for ch in CLOSERS)
    if closer < 1:
        return None
    tail = core[closer + 1:].strip()
    if not tail or any(ch in OPENERS or ch in CLOSERS for ch in tail):
        return None
    return core[:closer + 1], tail


def _opener(text: str) -> int | None:
    """Where the bracket closing ``text`` opens (a balanced scan, 镇街(园区) inside stays inside), or None."""
    end = len(text) - 1
    start = matching_bracket(text, end, OPENERS, CLOSERS)
    return own_kind_opener(text, end) if start is None else start


def _tail_deadline(tail: str) -> str | None:
    """The deadline a tail prints, as printed: a labelled one's value, a bracket's inside, one clause saying when
    (``2019年底前``, ``2019年12月底前完成``, ``长期坚持``); a rhythm of reports or a sentence is none."""
    if tail[0] in OPENERS:
        tail = tail[1:-1]
    tail = tail.strip(VALUE_STRIP)
    if not tail:
        return None
    if (when := labelled_deadline(tail)) is not None:
        return when
    if is_deadline_phrase(tail):
        return tail
    if any(ch in _CLAUSE_MARKS for ch in tail) or is_rhythm_clause(tail) or not is_deadline_clause(tail):
        return None
    return tail
