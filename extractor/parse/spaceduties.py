"""Duties by subject run into one line, a space where each paragraph broke (``space_duty_joints``).

A law database's page of a split copy may print its text in one table cell with no line breaks, each
paragraph only set off by the spaces of its indent (``[接上页] 交通部门，负责…。 教育部门，负责…。 … （七）严格…``):
the locate stage reads the cell as one line, a run of spaces as one.  The paragraphs are duties by subject, one
department each, with no number (``unitduties.bare_duties`` reads such paragraphs one a line), so no label of a
numbering cuts the line (``runon.split_run_on``) and the whole page was one paragraph: no measure (holdout
commaduty-unplaced, batch 125).  Here the line is cut before each such duty, where at least
``unitduties.MIN_SUBJECT_DUTY_ITEMS`` of them follow one another, each after a space that follows a sentence's end
or a closing mark (the database's ``[接上页]``); a numbered heading printed right after the run (``（七）``) is cut off
too, and so is the paragraph right after the run (its spaces are the copy's breaks).  A space inside a sentence, or
in a line with no such run, cuts nothing."""
from __future__ import annotations

from ..numbering import split_numbering
from .unitduties import MIN_SUBJECT_DUTY_ITEMS, subject_units

#: what a paragraph's last character is when a space after it may stand where the paragraph broke: a sentence's
#: end, or a closing mark (a page mark ``[接上页]``, a bracket closing an item)
_PARAGRAPH_ENDS = "。；;！？!?]】）)"


def space_duty_joints(text: str) -> set[int]:
    """Where ``text`` (a line that lost its breaks, or a part of one) is cut into its paragraphs: before each duty of
    a run of at least ``MIN_SUBJECT_DUTY_ITEMS`` consecutive duties by subject, each after a space that follows a
    paragraph's end, before the paragraph right after the run, and before a numbered heading after a paragraph's end
    anywhere after the run's first duty; no cut where there is no such run."""
    if " " not in text:
        return set()
    joints = [i + 1 for i, ch in enumerate(text) if ch == " " and i > 0 and text[i - 1] in _PARAGRAPH_ENDS
              and i + 1 < len(text) and text[i + 1] != " "]
    cuts: set[int] = set()
    run: list[int] = []
    for at in [*joints, None]:
        if at is not None and subject_units(text[at:]) is not None:
            run.append(at)
            continue
        if len(run) >= MIN_SUBJECT_DUTY_ITEMS:
            cuts.update(run)
            if at is not None:
                cuts.add(at)   # the last duty ends with its paragraph: the copy's spaces are its breaks
        run = []
    if cuts:   # a numbered heading after a paragraph's end opens its line too (``（七）严格目标考核。``)
        first = min(cuts)
        cuts.update(at for at in joints if at > first and split_numbering(text[at:]) is not None)
    return cuts
