"""Indents a lossy re-encoding turned into question marks, given back as indents: the locate
stage does it on a page's block lines and on a text copy's lines once letter spacing is closed
(``layout/locate.py``), before hard wraps are joined (``hardwraps.join_hard_wraps``), which reads
a paragraph's start from its indent.

A mirror that saved a notice in a charset without the ideographic space wrote each character it
could not encode as ``?`` (or a full-width ``？``), so every indented line opens with ``??``:
``??1.聚焦…``, ``??一、…``, ``??2025年3月31日``.  No item number, heading, date or title was
read behind them.  Such a run is taken for the indent only at a line's start (after any real
indent), followed by the line's text, and only when at least ``LOST_INDENT_MIN_LINES`` lines open
so: a question mark ending a sentence, or a line of marks alone, is never touched."""
from __future__ import annotations

import re

#: the damage shows on this many lines at least before any line is repaired: a notice's own
#: text never opens a line with a question mark, a mirror's indents open every paragraph so
LOST_INDENT_MIN_LINES = 3
#: the longest run read as an indent (two ideographic spaces are two marks; four ASCII spaces
#: survive any charset and never come out as marks)
LOST_INDENT_MAX_MARKS = 4
_LOST_INDENT_RE = re.compile(rf"^([ \t\u3000]*)([?？]{{1,{LOST_INDENT_MAX_MARKS}}})(?=[^?？\s])")
#: each mark becomes a space as wide as it printed (a full-width mark takes two columns, as the
#: ideographic space does), so a wrap measured in columns is measured as before
_AS_SPACES = str.maketrans({"?": " ", "？": "\u3000"})


def restore_lost_indents(lines) -> list[str]:
    """``lines`` with each line-opening run of question marks (``??``, ``？？``) turned into the
    indent it replaced, when at least ``LOST_INDENT_MIN_LINES`` lines open with one."""
    lines = list(lines)
    if sum(1 for ln in lines if ("?" in ln[:8] or "？" in ln[:8]) and _LOST_INDENT_RE.match(ln)) \
            < LOST_INDENT_MIN_LINES:
        return lines
    return [_LOST_INDENT_RE.sub(lambda m: m.group(1) + m.group(2).translate(_AS_SPACES), ln, count=1)
            for ln in lines]
