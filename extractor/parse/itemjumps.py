"""A digest's items left out, in a notice that lost its line breaks (stage 4, ``breakrepair.repair_breaks``).

A policy site's summary of a district's plan run into one paragraph keeps the plan's numbers and leaves items out
(``…7.…（责任单位：区乙局等）（五）丙行动10.…（责任单位：区丁局）13.…``): a label jumping several numbers on is still the
run's next item where it stands right after an item's closed assignment bracket (the item before it ended there), or
right under a section's heading standing so (holdout runon-pengshan, batch 107: before, the run stopped at 7. and the
rest of the part ran into item 7's text).  A jump after wording (``占地约10.``) or after a bracket of wording (``（含广场）``)
is a number of the text, as before.
"""
from __future__ import annotations

from typing import Callable

from .labels import label_re, label_search, match_copy, verb_re
from .unitlists import names_units_only
from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance, matching_bracket

#: numbers a run of labels in a notice that lost its breaks may jump over where the label stands right after an
#: item's closed assignment bracket (``…（责任单位：A等）10.…``: a digest that left items 8 and 9 out)
SKIPPED_AFTER_ITEM_MAX = 9


def skips_to(last: int, no: int, pos: int, closed: Callable[[int], bool]) -> bool:
    """Whether a label numbered ``no`` at ``pos`` goes on a run that ended at ``last`` over items a digest left out:
    at most ``SKIPPED_AFTER_ITEM_MAX`` numbers on, right after an item's closed assignment bracket (``closed``)."""
    return last + 1 < no <= last + SKIPPED_AFTER_ITEM_MAX + 1 and closed(pos)


def after_assignment(folded: str) -> Callable[[int], bool]:
    """Whether a label at a position of ``folded`` stands right after the close of a bracket that assigns (its words
    hold a unit label, ``（责任单位：…）``, or a role verb, ``（A牵头，B配合）``): the item before it ended there.  The
    item's stop and the space a copy kept where its line broke may stand between (``…（协办单位：B）； 3.…``)."""
    copy = match_copy(folded)
    verbs = [verb_re(name) for name in ("lead", "support", "responsible")]
    valued = _after_unit_value(folded, copy)

    def closed(pos: int) -> bool:
        end = len(folded[:pos].rstrip(" "))
        end -= end > 0 and folded[end - 1] in _ITEM_STOPS
        if end >= 2 and valued(end):
            return True
        if end < 2 or folded[end - 1] not in ANY_CLOSERS:
            return False
        start = matching_bracket(folded, end - 1, ANY_OPENERS, ANY_CLOSERS)
        inner = copy[start + 1:end - 1] if start is not None else ""
        return bool(inner) and (label_search(inner) is not None or any(rx.search(inner) for rx in verbs))
    return closed


def _after_unit_value(folded: str, copy: str) -> Callable[[int], bool]:
    """Whether a position of ``folded`` closes the value of a unit label line run into it (``…责任科室（单位）：县总医院、
    县妇幼保健院4.开展…``: a summary that lost its breaks and left items 2 and 3 out): the text from the last label's colon
    (``labels.label_re``, outside brackets) up to it is unit names only (``unitlists.names_units_only``), no sentence's
    end, as a label line closing an item prints them.  The item before it ended there, as at a closed assignment
    bracket (holdout targetlabel-unplaced, batch 125: before session 73, 4. ran into the units and read as a name)."""
    ends = [m.end() for m in label_re().finditer(copy)
            if bracket_balance(copy[:m.start()], ANY_OPENERS, ANY_CLOSERS) <= 0]

    def valued(end: int) -> bool:
        start = next((e for e in reversed(ends) if e < end), None)
        if start is None:
            return False
        value = folded[start:end].strip()
        return bool(value) and not any(ch in _VALUE_ENDS for ch in value) and names_units_only(value)
    return valued


#: a unit label's value holding one of these is no bare list of names (a sentence, a clause after it)
_VALUE_ENDS = "。；;！!？?：:"


#: an item's stop between its closed assignment bracket and the next item's label (the folded copy's ; for ；)
_ITEM_STOPS = "。;"


def opens_lost_list(numbered: list[tuple[int, int]], k: int, closed: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The run the ``k``-th label opens in a list whose first item the copy lost, or ``[]``: numbered past 1, it stands
    right after an item's closed assignment bracket (``closed``) and the next label goes on from it (``…如下： 2.关于…
    （牵头单位：A）； 3.关于…（…）；``: a mirror dropped item 1, and each list after it, numbered from 1 again, lost its
    first item too); the label numbered one less just before it opens the run (the item that bracket closed).  Without
    it no run opened (a run opens at 1) and the whole list stayed the letter's line (holdout labelproposals-guangdong)."""
    pos, no = numbered[k]
    if no <= 1 or not closed(pos) or k + 1 >= len(numbered) or numbered[k + 1][1] != no + 1:
        return []
    return [*(numbered[k - 1:k] if k and numbered[k - 1][1] == no - 1 else ()), (pos, no)]


def closed_under_heading(closed: Callable[[int], bool], under: Callable[[int], bool],
                         headings: list[int]) -> Callable[[int], bool]:
    """``closed``, or the label stands right under a section's heading (``under``: ``breakrepair._under_heading``) whose
    label (at one of ``headings``, in order) stands right after an item's closed assignment bracket
    (``…（责任单位：…）（五）…行动10.…``: the digest left items out under headings it left out too)."""
    def after(pos: int) -> bool:
        head = next((h for h in reversed(headings) if h < pos), None)
        return closed(pos) or (head is not None and under(pos) and closed(head))
    return after
