"""Indents a lossy re-encoding turned into question marks, given back as indents: the locate
stage does it on a page's block lines and on a text copy's lines once letter spacing is closed
(``layout/locate.py``), before hard wraps are joined (``hardwraps.join_hard_wraps``), which reads
a paragraph's start from its indent.

A mirror that saved a notice in a charset without the ideographic space wrote each character it
could not encode as ``?`` (or a full-width ``？``), so every indented line opens with ``??``:
``??1.聚焦…``, ``??一、…``, ``??2025年3月31日``.  No item number, heading, date or title was
read behind them.  Such a run is taken for the indent only at a line's start (after any real
indent), followed by the line's text, and only when at least ``LOST_INDENT_MIN_LINES`` lines open
so: a question mark ending a sentence, or a line of marks alone, is never touched.

A copy that also lost its line breaks (``textlayer.is_run_on``: one line holds most of the text)
keeps the indents where its lines started, between two characters of text
(``…制定本要点。??一、…職責??1.聚焦…``).  Such a line is cut by its own numbering and letter
joints first (``runon.split_run_on``: a label may follow a mark); then each piece is cut again
where a run of at least ``RUN_ON_MIN_MARKS`` marks stands (a sentence ends with one mark, a notice
never prints two), when the line holds ``LOST_INDENT_MIN_LINES`` such runs: the lines it lost
come back with no marks on their ends (``cut_at_lost_indents``)."""

from __future__ import annotations

import re

#: the damage shows on this many lines at least before any line is repaired: a notice's own
#: text never opens a line with a question mark, a mirror's indents open every paragraph so
LOST_INDENT_MIN_LINES = 3
#: the longest run read as an indent (two ideographic spaces are two marks; four ASCII spaces
#: survive any charset and never come out as marks)
LOST_INDENT_MAX_MARKS = 4
_LOST_INDENT_RE = re.compile(rf"^([ \t\u3000]*)([?？]{{1,{LOST_INDENT_MAX_MARKS}}})(?=[^?？\s])")
#: in a line that lost its breaks, a run this long is an indent where a line started
RUN_ON_MIN_MARKS = 2
_INNER_INDENT_RE = re.compile(rf"(?<![?？])[?？]{{{RUN_ON_MIN_MARKS},{LOST_INDENT_MAX_MARKS}}}(?![?？])")
#: each mark becomes a space as wide as it printed (a full-width mark takes two columns, as the
#: ideographic space does), so a wrap measured in columns is measured as before
_AS_SPACES = str.maketrans({"?": " ", "？": "\u3000"})


def _opens_with_marks(line: str) -> bool:
    return ("?" in line[:8] or "？" in line[:8]) and _LOST_INDENT_RE.match(line) is not None


def restore_lost_indents(lines) -> list[str]:
    """``lines`` with each line-opening run of question marks (``??``, ``？？``) turned into the
    indent it replaced, when at least ``LOST_INDENT_MIN_LINES`` lines open with one."""
    lines = list(lines)
    if sum(1 for ln in lines if _opens_with_marks(ln)) < LOST_INDENT_MIN_LINES:
        return lines
    return [_LOST_INDENT_RE.sub(lambda m: m.group(1) + m.group(2).translate(_AS_SPACES), ln, count=1)
            if _opens_with_marks(ln) else ln for ln in lines]


def has_lost_indents(line: str) -> bool:
    """``line``, one that lost its breaks, holds at least ``LOST_INDENT_MIN_LINES`` runs of
    ``RUN_ON_MIN_MARKS`` marks or more."""
    return ("??" in line or "？？" in line) and len(_INNER_INDENT_RE.findall(line)) >= LOST_INDENT_MIN_LINES


def cut_at_lost_indents(pieces) -> list[str]:
    """The pieces of a line that lost its breaks (``has_lost_indents``), each cut where a run of
    marks stands, without the marks and without the pieces nothing is left of."""
    return [part.strip() for piece in pieces for part in _INNER_INDENT_RE.split(piece) if part.strip()]
