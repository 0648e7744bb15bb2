"""Dash topics run on in a one-line copy (``dash_topic_joints``): ``runon.split_run_on`` cuts each off as a line of its
own, as the copy with its breaks prints it (docs/parsing.md "A notice run into one line")."""
from __future__ import annotations

from .headlines import is_topic_line
from .items import MIN_TOPIC_LINES
from .labels import find_labels, holds_label_mark
from ..brackets import ANY_CLOSERS
from ..numbering import BULLET_DASHES, is_dash_label, split_numbering
from ..text import RUN_ON_SENTENCE_ENDS, fold, titles_division

#: what may close an item after its bracket or its sentence's end (a full stop, a space), passed looking back
ITEM_CLOSE = "。；;.， \t\u3000\u00a0"
#: a sentence's end (``text.SENTENCE_ENDS``) or its ASCII ! and ?, which a run-on copy may print
_SENTENCE_END = RUN_ON_SENTENCE_ENDS


def dash_topic_joints(title: str, items: list[str]) -> dict[int, set[int]]:
    """{index of an item's part (-1: ``title``, the last piece before the list): the joint before the dash topic
    run on at its end}: printed with its breaks a topic line of its own over the items after it (``——深化重点领域改革``
    between ``3．…（…）`` and ``4．…``: ``outlineheads.dash_topic``, docs/parsing.md "Topic lines").  In an item's
    part the dash stands after the item's close (a sentence's end or a bracket, ``ITEM_CLOSE`` passed); in the
    list's title after its name (``…任务清单——扩大有效投资``: ``text.titles_division``); the words after the dash
    to the part's end are a topic's phrase (``headlines.is_topic_line``).  Only where the items' parts show one
    and the title and the items together at least ``items.MIN_TOPIC_LINES``, as the outline asks of topic lines
    printed with their breaks: a title's subtitle after a dash cuts nothing.  Glued, each topic was the item's
    text or the title's, no section was read and the items after the first such part were matched to the wrong
    numbers (blindsynth seed 12597, session 54)."""
    found = {i: {at} for i, part in enumerate(items) if (at := _dash_topic_at(part, after_title=False)) is not None}
    if found and (at := _dash_topic_at(title, after_title=True)) is not None:
        found[-1] = {at}
    return found if len(found) >= MIN_TOPIC_LINES else {}


def _dash_topic_at(text: str, after_title: bool) -> int | None:
    """Where the dash topic at the end of ``text`` opens (``dash_topic_joints``), else None."""
    copy = fold(text)
    for k in range(len(copy) - 1, 0, -1):
        if copy[k] not in BULLET_DASHES or copy[k - 1] in BULLET_DASHES:
            continue
        numbered = split_numbering(copy[k:])
        if numbered is None or not is_dash_label(numbered[3]) or not is_topic_line(numbered[4]):
            return None   # the last dash run heads no topic: nothing further back is asked
        before = text[:k].rstrip(ITEM_CLOSE)
        if after_title:
            return k if titles_division(before) else None
        return k if before[-1:] in ANY_CLOSERS or (before[-1:] and before[-1] in _SENTENCE_END) \
            or _ends_label_value(before) else None
    return None


def _ends_label_value(text: str) -> bool:
    """``text`` (an item's part up to a dash) ends with the value of a label it holds (``…。责任单位：X整改时限：立行立改``):
    the item's label lines close it where a sentence's end or a bracket would, so a dash topic may follow them
    (``…整改时限：立行立改——病媒生物防制``, a labelled list run into one line)."""
    if not holds_label_mark(text):
        return False
    found = find_labels(text)
    return bool(found) and bool(found[-1][2]) and text.endswith(found[-1][2])
